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
finished sentence of ``_PARAGRAPH_WORDS`` words or more, a long line ending in ":" that announces a
list, or any line longer than a headline). A short line right after a heading is a link far more often
than a subheading, and a heading with nothing headline-shaped after it removes nothing more. Runs
after ``find_headline``, so the article's own headline is never taken for a link.

A box inside the article ("Auch interessant:", "À lire aussi") holds a link or three, and the article
resumes right after it. The box has ended, and the line stays, at

- a list item: a line ending in "," or ";" is part of a sentence, never a story link::

      "Auch interessant:" / "Balkonkraftwerk: Was ist 2027 erlaubt?" (teaser)
      "eine Preisgarantie von mindestens zwölf Monaten,"           -> kept, and the rest of the list

- a subheading over the next paragraph: a question ("Worauf sollte ich achten?") or a line the
  paragraph repeats (a pull quote, « On est en train de perdre des enfants » over a paragraph that
  quotes it). A story link is followed by another link, or by a paragraph about something else.
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
# A subheading the next paragraph repeats: at least this many words, this share of them repeated.
_ECHO_MIN_WORDS = 2
_ECHO_SHARE = 0.75
# What stands between a headline's topic and the rest ("Balkonkraftwerk: Was ist 2027 erlaubt?").
_TOPIC_SEPARATORS = (": ", " – ", " — ", " - ")
# Links that name their topic first, at least this many, set a box's style (see _is_subheading).
_TOPICAL_MIN_LINKS = 2
_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11
# TEASER_LINE and LIST_HEADING (the same alternatives in the same order), each line tried only with the
# alternatives that can match it: ``.first(label) is not None`` where ``.fullmatch(label)`` matches.
_HEADINGS = {
    "teaser": MarkerDispatch([(None, TEASER_LINES)], FLAGS),
    "boilerplate": MarkerDispatch([(None, LIST_HEADINGS)], FLAGS),
}


_HEADING_KINDS = frozenset(_HEADINGS)


def _is_heading(line: Line) -> bool:
    if line.role is not _REMOVED or line.kind not in ("teaser", "boilerplate"):
        return False
    return _HEADINGS[line.kind].first(trim(line.text)) is not None


def _ends_clause(line: Line) -> bool:
    """The line ends on "," or ";": a list item or part of a sentence, never a headline or its summary.

    A lone "," (the separator between tags in some scrapes) has no words and is not meant.
    """
    return line.n_words > 0 and line.text[-1] in ",;"


def _is_item(line: Line) -> bool:
    n = line.n_words
    if n == 0 or n > _ITEM_MAX_WORDS or _ends_clause(line):
        return False
    # A long line ending in ":" announces a list or a quote: a paragraph of the article.
    return not (line.text[-1] in ".:" and n >= _PARAGRAPH_WORDS)


def _is_dek(line: Line, after: Line | None) -> bool:
    """A one-sentence summary under a story link, when another link follows it.

    Quoted text is not a summary: a statement quoted in the article can sit between two short lines
    ("Club statement", an embedded post's attribution). Nor is a line that ends on ":" (it announces
    what follows) or on "," / ";" (a list item).
    """
    if line.n_words > _DEK_MAX_WORDS or line.text[0] in _QUOTES or line.text[-1] == ":" or _ends_clause(line):
        return False
    return after is not None and _is_item(after) and not after.ends_sentence


def _is_plain_question(line: Line) -> bool:
    """A question with no topic before it: "Worauf sollte ich achten?", not a teaser's "Balkonkraftwerk:
    Was ist 2027 erlaubt?" (a headline names its topic first, a subheading's topic is the article's)."""
    text = line.text
    if not text.rstrip(_QUOTES).endswith("?"):
        return False
    return not any(sep in text for sep in _TOPIC_SEPARATORS)


def _repeated_in(line: Line, paragraph: Line) -> bool:
    """Most of the line's words come back in ``paragraph``: a pull quote or a subheading over it.

    >>> from newsclean.document import Line
    >>> _repeated_in(Line(0, "« On est en train de perdre des enfants »"),
    ...     Line(1, "« On avait 180 enfants inscrits. On est en train de perdre des enfants », regrette-t-elle."))
    True
    """
    words = [w.casefold() for w in line.words]
    if len(words) < _ECHO_MIN_WORDS:
        return False
    seen = {w.casefold() for w in paragraph.words}
    return sum(w in seen for w in words) >= _ECHO_SHARE * len(words)


def _has_topic(line: Line) -> bool:
    return any(sep in line.text for sep in _TOPIC_SEPARATORS)


def _is_subheading(line: Line, paragraph: Line, *, topical: bool = False) -> bool:
    """``line`` heads ``paragraph`` (the line the link list stops at): the article has resumed.

    A plain question over a paragraph is the article's own subheading (an explainer's "Wie funktioniert
    der Wechsel?"), and so is a line the paragraph repeats. The last link of a box is followed by a
    paragraph too, but by one about something else. When every link of the box named its topic first
    (``topical``: "Spitalfinanzierung: Die Kantone streiten"), a line over a paragraph that names none
    ("Gemeinsame Planung als Ausweg") is the article's subheading, not one more link.
    """
    return _is_plain_question(line) or _repeated_in(line, paragraph) or (topical and not _has_topic(line))


def _body_at(lines: list[Line], i: int) -> Line | None:
    return lines[i] if i < len(lines) and lines[i].role is _BODY else None


def _continues_list(line: Line, after: Line | None) -> bool:
    """``line`` would still be taken as a link or a link's summary: the list goes on past it."""
    return _is_item(line) or _is_dek(line, after)


def listed_links(doc: Document, kinds: frozenset[str] = _HEADING_KINDS) -> list[Line]:
    """The body lines the boxes of links under removed headings of ``kinds`` hold ("teaser": related
    stories, "boilerplate": tags and topics): what ``strip_link_lists`` removes, without removing it.

    ``find_headline`` asks this before it runs, so that a story link in the box after the last
    paragraph ("Related Articles" / "Storm closes schools across the county") is never taken for the
    headline. It asks only for the story boxes (``kinds={"teaser"}``): the heading test is the costly
    part, and most removed lines are of the other kind.
    """
    lines = [ln for ln in doc.lines if ln.role is not _REMOVED or (ln.kind in kinds and _is_heading(ln))]
    links: list[Line] = []
    left = 0
    topical = False  # every link under the current heading named its topic first
    topical_box = False  # ... and there were at least _TOPICAL_MIN_LINKS of them
    for i, line in enumerate(lines):
        if line.role is _REMOVED:
            left, topical, topical_box = _MAX_ITEMS, False, False
            continue
        if not left:
            continue
        after, after_next = _body_at(lines, i + 1), _body_at(lines, i + 2)
        if line.role is not _BODY or not _continues_list(line, after):
            left = 0
            continue
        if (
            after is not None
            and not _continues_list(after, after_next)
            and _is_subheading(line, after, topical=topical_box)
        ):
            left = 0  # the article has resumed: this line heads its next paragraph
            continue
        links.append(line)
        # Two links or more, each naming its topic: one alone says too little about the box's style.
        topical = _has_topic(line) and (topical or left == _MAX_ITEMS)
        left -= 1
        topical_box = topical and left <= _MAX_ITEMS - _TOPICAL_MIN_LINKS
    return links


@cleaner("strip_link_lists", reads=("body", "title"), writes=("removed",), kinds=("teaser",))
def strip_link_lists(doc: Document, config: CleanConfig) -> None:
    """Remove the headline-shaped lines listed under a "Related" or "Most popular" heading.

    >>> import newsclean
    >>> text = "\\n".join(["The council met on Monday and approved the plan for the new bus lanes.",
    ...     "Most Popular", "1", "Storm closes schools across the county", "2", "Derby winner retires"])
    >>> [r.text for r in newsclean.clean_text(text).removed]
    ['Most Popular', '1', 'Storm closes schools across the county', '2', 'Derby winner retires']
    """
    for line in listed_links(doc):
        doc.remove(line, "teaser", "story link listed under a related-stories heading")
