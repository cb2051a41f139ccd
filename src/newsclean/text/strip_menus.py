"""strip_menus: the site's footer menu after the article, told by the known chrome among its labels.

A scraped page ends with the site's footer: "About us", "Contact us", "Careers", "Terms and
conditions", "Sitemap", the social networks, the paper's own name. ``strip_boilerplate`` knows many
such labels in many languages, but not the ones a site makes up ("Puzzles", "Family notices",
"E-Edition", "Harbour Gazette"). Their neighbours tell what they are: after the last paragraph, a
short line in a run of short lines where several were already removed as page chrome is one more
label of the same menu::

    "… said Tom Harker, who chairs the association."   (the last paragraph)
    "About us"                                          (removed by strip_boilerplate)
    "Careers"                                           -> boilerplate
    "Contact us"                                        (removed by strip_boilerplate)
    "Puzzles"                                           -> boilerplate
    "Harbour Gazette"                                   -> boilerplate

A label is at most ``_LABEL_MAX_WORDS`` words, with no digit, no colon and no sentence end; any other
line ends the run. Only labels after the run's first known chrome line go, and only when the run holds
``_MIN_CHROME`` known lines: a fact box or a short list the article ends with ("Where: Town Hall",
"Tickets", "Fishermen's association") sits *before* the share bar and stays.
"""

from __future__ import annotations

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role

_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11
# A menu's label: "Terms and conditions", "Family notices", "Advertise with us".
_LABEL_MAX_WORDS = 4
# The last paragraph: a finished sentence of this many words. Everything after it is the page's tail.
_PARAGRAPH_WORDS = 8
# Known chrome lines a run needs before its other short lines count as labels of the same menu.
_MIN_CHROME = 2
# What earlier cleaners removed as the page's own furniture (not ads, captions or bylines).
_CHROME_KINDS = frozenset({"boilerplate", "teaser"})
_NOT_LABEL = frozenset(".!?:;,")


def _is_label(line: Line) -> bool:
    text = line.text
    return (
        line.role is _BODY
        and 0 < line.n_words <= _LABEL_MAX_WORDS
        and text[-1] not in _NOT_LABEL
        and ":" not in text
        and not any(ch.isdigit() for ch in text)
    )


def _tail_start(lines: list[Line]) -> int:
    """The index after the last paragraph (a finished sentence of some length), or 0 when none."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.role is _BODY and line.ends_sentence and line.n_words >= _PARAGRAPH_WORDS:
            return i + 1
    return 0


@cleaner("strip_menus", reads=("body", "title"), writes=("removed",), kinds=("boilerplate",))
def strip_menus(doc: Document, config: CleanConfig) -> None:
    """Remove the short labels of the footer menu that known chrome lines stand among.

    >>> import newsclean
    >>> text = "\\n".join(["The council approved the plan for the new bus lanes on Monday evening.",
    ...     "About us", "Puzzles", "Contact us", "Family notices"])
    >>> [r.text for r in newsclean.clean_text(text).removed if r.rule == "strip_menus"]
    ['Puzzles', 'Family notices']
    """
    lines = doc.lines
    start = _tail_start(lines)
    if start == 0 or start >= len(lines):
        return
    chrome = 0
    labels: list[Line] = []
    for line in [*lines[start:], None]:
        if line is not None and line.role is _REMOVED and line.kind in _CHROME_KINDS:
            chrome += 1
            continue
        if line is not None and chrome and _is_label(line):
            labels.append(line)
            continue
        if line is not None and line.role is not _BODY:
            continue  # a caption, a credit, an ad label: no word on the menu either way
        if chrome >= _MIN_CHROME:
            for label in labels:
                doc.remove(label, "boilerplate", "link label of the page's menu, among known page chrome")
        chrome, labels = 0, []
