"""strip_link_lists: the list of story links under a "Related" / "Most popular" heading.

A news page closes (and often interrupts) the article with boxes of links to other stories. Scraped to
text, the box is a heading that ``strip_boilerplate`` already removed, then one headline per line,
sometimes numbered::

    "Most Popular"                                       (heading, removed as a teaser label)
    "1"                                                  -> teaser
    "Council approves new bus lanes on the ring road"    -> teaser
    "2"                                                  -> teaser
    "Storm closes schools across the county"             -> teaser
    "The council meets again on Thursday, when ..."      (a paragraph: the list has ended)

Headline-shaped lines after such a heading go, up to the first line that reads like a paragraph (a
finished sentence of ``_PARAGRAPH_WORDS`` words or more, or any line longer than a headline). A short
line right after a heading is a link far more often than a subheading, and a heading with nothing
headline-shaped after it removes nothing more. Runs after ``find_headline``, so the article's own
headline is never taken for a link.
"""

from __future__ import annotations

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import LIST_HEADINGS, TEASER_LINES
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.patterns import FLAGS, trim

# A story link is a headline: at most this many words...
_ITEM_MAX_WORDS = 20
# ...and not a finished sentence of this many words (a paragraph).
_PARAGRAPH_WORDS = 12
# Link boxes hold a handful of stories; a longer run is more likely a list inside the article.
_MAX_ITEMS = 24
# A link may carry a one-sentence summary ("dek") before the next link.
_DEK_MAX_WORDS = 30
_QUOTES = "\"'“”„‘’«»‹›—–-"
_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11
# TEASER_LINE and LIST_HEADING (the same alternatives in the same order), each line tried only with the
# alternatives that can match it: ``.first(label) is not None`` where ``.fullmatch(label)`` matches.
_HEADINGS = {
    "teaser": MarkerDispatch([(None, TEASER_LINES)], FLAGS),
    "boilerplate": MarkerDispatch([(None, LIST_HEADINGS)], FLAGS),
}


def _is_heading(line: Line) -> bool:
    if line.role is not _REMOVED or line.kind not in ("teaser", "boilerplate"):
        return False
    return _HEADINGS[line.kind].first(trim(line.text)) is not None


def _is_item(line: Line) -> bool:
    n = line.n_words
    if n == 0 or n > _ITEM_MAX_WORDS:
        return False
    return not (line.text.endswith(".") and n >= _PARAGRAPH_WORDS)


def _is_dek(line: Line, after: Line | None) -> bool:
    """A one-sentence summary under a story link, when another link follows it.

    Quoted text is not a summary: a statement quoted in the article can sit between two short lines
    ("Club statement", an embedded post's attribution).
    """
    if line.n_words > _DEK_MAX_WORDS or line.text[0] in _QUOTES:
        return False
    return after is not None and _is_item(after) and not after.ends_sentence


@cleaner("strip_link_lists", reads=("body", "title"), writes=("removed",), kinds=("teaser",))
def strip_link_lists(doc: Document, config: CleanConfig) -> None:
    """Remove the headline-shaped lines listed under a "Related" or "Most popular" heading.

    >>> import newsclean
    >>> text = "\\n".join(["The council met on Monday and approved the plan for the new bus lanes.",
    ...     "Most Popular", "1", "Storm closes schools across the county", "2", "Derby winner retires"])
    >>> [r.text for r in newsclean.clean_text(text).removed]
    ['Most Popular', '1', 'Storm closes schools across the county', '2', 'Derby winner retires']
    """
    lines = [ln for ln in doc.lines if ln.role is not _REMOVED or (ln.kind in _HEADINGS and _is_heading(ln))]
    left = 0
    for i, line in enumerate(lines):
        if line.role is _REMOVED:
            left = _MAX_ITEMS
            continue
        if not left:
            continue
        after = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].role is _BODY else None
        if line.role is not _BODY or not (_is_item(line) or _is_dek(line, after)):
            left = 0
            continue
        doc.remove(line, "teaser", "story link listed under a related-stories heading")
        left -= 1
