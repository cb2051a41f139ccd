"""strip_article_frame: the page's labels around the headline block that carry no marker word.

A news page prints, above the headline and its byline, the section the story sits in, and beside the
byline the author's name on a line of its own. Neither says what it is ("Sport", "Wirtschaft | Regional",
"Jane Roe"); where it stands does::

    "News › Crime & Courts"                     -> boilerplate (section kicker above the headline block)
    "TECH"                                      -> boilerplate
    "Harbour council approves ferry timetable"  (title)
    "Jane Roe"                                  -> byline (the author's name beside the byline)
    "Updated 12:03 GMT"                         (byline: timestamp, removed by strip_boilerplate)
    "The council voted on Monday to ..."        (the first paragraph: the head of the page ends here)

The head of the page is every line before the article's first paragraph (a finished sentence of at
least ``_PARAGRAPH_WORDS`` words, or any longer line). Its headline block ends at its last title or
byline/timestamp line; a short label above that (one to four words per part, up to six parts joined by
"›", ">", "»", "|", "/", "·", no sentence punctuation, capitalised) is a section kicker. When the head
has no such block but the headline was found lower down (between paragraphs), the labels above the
first paragraph are kickers too: a page starts with its section, a story does not start with a
two-word line. A line that is a name alone (two to four capitalised words) next to a byline or
timestamp line is the author's, anywhere in the text (an agency's "JANE ROE" over the author's bio).

An agency's name alone above or below the article ("Associated Press", "(AFP)") signs it. After the last
paragraph, the short lines under a removed press-contact heading are the contact block, and one
paragraph under a removed author-box heading that ends the text is the author's biography::

    "Pressekontakt:"             (boilerplate, strip_boilerplate)
    "Nordwind Energie AG"        -> boilerplate (press-contact block)
    "Jana Roe"                   -> boilerplate
    "Telefon: +49 421 555 0187"  (boilerplate, strip_boilerplate)
    "Über den Autor"             (boilerplate, strip_boilerplate)
    "Timo Roe testet seit 2015 Smartphones ..."  -> byline (the author's biography)

Runs after ``find_headline``, so the headline itself is never taken for a label. Subheadings, one-line
paragraphs and short quotes inside the article are after its first paragraph, or end like a sentence,
and stay.
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import AUTHOR_BOX_HEADINGS, CONTACT_BLOCK_WORDS
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.patterns import AGENCY_NAMES, AGENCY_ONLY, FLAGS, trim

_BODY, _TITLE, _REMOVED = Role.BODY, Role.TITLE, Role.REMOVED  # globals: faster than Role.X in loops
# The article's first paragraph: a finished sentence this long, or any line longer than _LONG_WORDS.
_PARAGRAPH_WORDS = 10
_LONG_WORDS = 25
# A kicker: at most this many parts, each of at most this many words, and this many characters.
_KICKER_PARTS = 6
_PART_WORDS = 4
_KICKER_CHARS = 80
# The separators of a breadcrumb's parts ("Sport > Football", "Wirtschaft | Regional", "Inicio / Deportes").
_CRUMB = regex.compile(r" [›>»|/·•] ")
# Separators only a breadcrumb uses: such a line in the page's head is one wherever it stands there.
_ARROWS = frozenset("›>»")
# Ends that make a line a sentence, a list item, a heading that announces what follows, or a quote.
_NOT_A_LABEL_END = frozenset(".!?…:;,\"'”’»“")
_QUOTES = frozenset("\"'“”„‘’«»‹›")
# A name alone: two to four capitalised (or all-capital) words, particles allowed ("Annelies de Vries",
# "ÁLVARO SEGURA", "Marie-Laure Chappuis", "R. Martín").
_PARTICLE = r"(?:de|van|von|der|den|la|le|di|da|du|del|dos|ten|ter) "
# ... and the author's handle after the name or alone ("Jane Roe @janeroe", "@janeroe / 2 days").
_HANDLE = r"@[\w.]{2,30}(?: ?[/|·•] ?[\p{L}\p{N} ]{1,20})?"
_NAME = regex.compile(
    rf"\p{{Lu}}[\p{{L}}.'’-]{{0,25}}(?: (?:{_PARTICLE}){{0,2}}\p{{Lu}}[\p{{L}}.'’-]{{0,25}}){{1,3}}"
    r"(?:(?:, | at (?:the )?)\p{Lu}[\p{L}'’-]{1,25}(?: \p{Lu}[\p{L}'’-]{1,25}){0,2})?"
    rf"(?: {_HANDLE})?|{_HANDLE}"
)
# Under the headline with no byline beside it, only a plain name: two or three capitalised words, no
# particle and no full stop ("Nach der Wahl." over a headline is a sentence), maybe the author's handle.
_PLAIN_NAME = regex.compile(
    rf"\p{{Lu}}[\p{{L}}'’-]{{1,25}}(?: \p{{Lu}}[\p{{L}}'’-]{{1,25}}){{1,2}}(?: {_HANDLE})?|{_HANDLE}"
)
_NAME_CHARS = 60
# The lines of a press-contact block: short, not a sentence.
_CONTACT_BLOCK_WORDS = 6
# An author box: its heading, then one or two lines of biography that end the text.
_AUTHOR_BOX = MarkerDispatch([(None, AUTHOR_BOX_HEADINGS)], FLAGS)
_BIO_LINES = 2
_HEADING_CHARS = 40
_NAME_WORDS = 6  # four name words and a place ("Reto Ammann, Bern")
# Byline and timestamp lines of one byline block; more between paragraphs make a live blog.
_BLOCK_LINES = 3


def _is_paragraph(line: Line) -> bool:
    return (line.n_words >= _PARAGRAPH_WORDS and line.ends_sentence) or line.n_words > _LONG_WORDS


def _is_label(text: str) -> bool:
    """A section label's shape: short capitalised parts, no sentence or list punctuation at its end."""
    if not text or len(text) > _KICKER_CHARS or text[-1] in _NOT_A_LABEL_END or text[0] in _QUOTES:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or ", " in text:
        return False  # a lowercase start continues a sentence; "BAAR, SWITZERLAND" is a dateline
    parts = _CRUMB.split(text) if " " in text else [text]
    if len(parts) > _KICKER_PARTS:
        return False
    return all(part.strip() and len(part.split()) <= _PART_WORDS for part in parts)


def _is_arrow_crumb(text: str) -> bool:
    """A breadcrumb joined by arrows ("BLOG > Nutrition > Meal Plans"): a label wherever it stands in the head."""
    return " " in text and any(ch in _ARROWS for ch in text) and len(_CRUMB.split(text)) > 1


def _is_name(text: str) -> bool:
    if text.endswith(".") and not text.rsplit(" ", 1)[-1].isupper():
        return False  # "Nach der Wahl." is a sentence; "Gaëlle LE GALL." signs a story
    return len(text) <= _NAME_CHARS and _NAME.fullmatch(text) is not None


def _by_char(names: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name in names:
        found.setdefault(name[at], []).append(name)
    return {ch: tuple(group) for ch, group in found.items()}


# AGENCY_ONLY (case-sensitive) matches agency names (AGENCY_NAMES, every spelling) joined by spaces: a
# match starts with one and ends with one. Looked up by the text's first and last character, those two
# tests spare the alternation of ~570 names on nearly every line (~3 µs each).
_AGENCY_BY_FIRST = _by_char(AGENCY_NAMES, 0)
_AGENCY_BY_LAST = _by_char(AGENCY_NAMES, -1)


def is_agency_only(text: str) -> bool:
    """``AGENCY_ONLY.fullmatch(text) is not None``, the pattern called only on a text that starts and
    ends with an agency's name."""
    if not text:
        return False
    heads, tails = _AGENCY_BY_FIRST.get(text[0]), _AGENCY_BY_LAST.get(text[-1])
    return (
        heads is not None
        and tails is not None
        and text.startswith(heads)
        and text.endswith(tails)
        and AGENCY_ONLY.fullmatch(text) is not None
    )


def _is_byline(line: Line | None) -> bool:
    return line is not None and line.role is _REMOVED and line.kind == "byline"


@cleaner("strip_article_frame", writes=("removed",), kinds=("boilerplate", "byline"))
def strip_article_frame(doc: Document, config: CleanConfig) -> None:
    """Remove section kickers above the headline block and an author's bare name beside the byline."""
    lines = doc.lines
    first = next((i for i, line in enumerate(lines) if line.role is _BODY and _is_paragraph(line)), None)
    if first is None:
        return
    # The headline block ends at the last title or byline/timestamp line above the first paragraph: the
    # labels above it go. Without one, the labels that open the text go when the headline stands lower,
    # between paragraphs. (Under the block, a short line may be the story's dateline: it stays.)
    block = max((i for i in range(first) if lines[i].role is _TITLE or _is_byline(lines[i])), default=None)
    if block is None and any(line.role is _TITLE for line in lines[first + 1 :]):
        # only the labels that open the text: after a line of another shape (a dek, a list) they are the
        # story's, as "200 g Mehl" under "Zutaten"
        shaped = (i for i in range(first) if lines[i].role is _BODY and not _is_label(lines[i].text.strip()))
        block = next(shaped, first)
    for i in range(first):
        line = lines[i]
        if line.role is not _BODY:
            continue
        text = line.text.strip()
        if not _is_label(text) or (i >= (block or 0) and not _is_arrow_crumb(text)):
            continue
        if _is_name(text) and (_is_byline(lines[i - 1] if i else None) or _is_byline(lines[i + 1])):
            doc.remove(line, "byline", "the author's name on its own line beside the byline")
        else:
            doc.remove(line, "boilerplate", "a section label (kicker, breadcrumb) above the headline block")
    # The last paragraph exists too (the first one is at least that): both tail rules start below it.
    end = next(i for i in range(len(lines) - 1, first - 1, -1) if lines[i].role is _BODY and _is_paragraph(lines[i]))
    _strip_bare_names(doc, first, end)
    _strip_tail_boxes(doc, end)


def _strip_bare_names(doc: Document, first: int, end: int) -> None:
    """Remove a name alone on a line next to a byline or timestamp line (the author's).

    Between paragraphs only when the article has one byline block (at most ``_BLOCK_LINES`` byline or
    timestamp lines there): a live blog's many timestamps head entries whose own heading may be a few
    capitalised words."""
    lines = doc.lines
    last = len(lines) - 1
    inside = sum(1 for line in lines[first:end] if line.role is _REMOVED and line.kind == "byline") <= _BLOCK_LINES
    for i, line in enumerate(lines):
        if line.role is not _BODY or line.n_words > _NAME_WORDS:
            continue
        outside = i < first or i > end
        if not outside and not inside:
            continue
        before, after = (lines[i - 1] if i else None), (lines[i + 1] if i < last else None)
        text = line.text.strip()
        # An agency's name alone above or below the article signs it ("STT", "(ATS)", "Agencia EFE").
        if outside and is_agency_only(text.strip("()")):
            doc.remove(line, "byline", "the agency's name alone on a line above or below the article")
            continue
        # next to a byline (or, above the first paragraph, the headline): attribute reads before the regex
        if _is_byline(before) or _is_byline(after):
            name = _is_name(text)
        elif i < first and (
            (before is not None and before.role is _TITLE) or (after is not None and after.role is _TITLE)
        ):
            name = len(text) <= _NAME_CHARS and _PLAIN_NAME.fullmatch(text) is not None
        else:
            continue
        if name:
            doc.remove(line, "byline", "the author's name on its own line beside the byline")


def _strip_tail_boxes(doc: Document, end: int) -> None:
    """Remove the lines of a press-contact block and an author box's biography after the article.

    Under a removed press-contact heading ("Pressekontakt:") after the last paragraph, the short lines
    up to the next paragraph are the block's company, name and department. Under a removed author-box
    heading ("Über den Autor"), one paragraph (and maybe a short line under it) that ends the text is
    the author's biography, however long. ``end``: the index of the last paragraph."""
    lines = doc.lines
    block = False
    for i, line in enumerate(lines):
        role = line.role
        if role is _REMOVED:
            if line.kind == "boilerplate":
                low = line.lower
                if i > end and any(w in low for w in CONTACT_BLOCK_WORDS):
                    block = True
                elif len(line.text) <= _HEADING_CHARS and _AUTHOR_BOX.first(trim(line.text)) is not None:
                    _strip_bio(doc, i, end)
            continue
        if role is not _BODY:
            block = False
        elif block and line.n_words <= _CONTACT_BLOCK_WORDS and not line.ends_sentence:
            doc.remove(line, "boilerplate", "a line of the press-contact block after the article")
        else:
            block = False


def _strip_bio(doc: Document, heading: int, end: int) -> None:
    """Remove the one or two body lines under an author box's heading when they end the text (``end``:
    the index of the last paragraph)."""
    lines = doc.lines
    run: list[Line] = []
    j = heading + 1
    while j < len(lines) and lines[j].role is _BODY and len(run) <= _BIO_LINES:
        run.append(lines[j])
        j += 1
    if not run or len(run) > _BIO_LINES or not run[0].text[:1].isupper():
        return
    if any(_is_paragraph(line) for line in run[1:]):
        return  # a biography is one paragraph (maybe with a link under it), not the article's last ones
    if end >= j:
        return  # the article goes on: a subheading "Der Autor" over a paragraph about a book's author
    for line in run:
        doc.remove(line, "byline", "the author's biography under the author box's heading")
