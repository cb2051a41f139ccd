"""join_split_paragraphs: paragraphs cut in two mid-sentence, joined back.

Catches a paragraph broken by an ad label, an image or a hard line break::

    "The council voted to close the"          (then "- Advertisement -", removed)
    "library at the end of the year."         -> "The council voted to close the library at the end of the year."

    "a thorough exam-"  /  "ination of the accounts"  -> "a thorough examination of the accounts"

Two body lines are joined only when the first does not end a sentence and the second starts with a
lowercase letter, so headings, list items and scripts without case are never merged. Across a removed
ad label a capitalised second line is joined too when the first ends on a word no sentence ends on
(``markers.CONTINUATION_WORDS``)::

    "Der Stadtrat hat beschlossen, die"  /  "Anzeige"  /  "Bibliothek zu schließen."
        -> "Der Stadtrat hat beschlossen, die Bibliothek zu schließen." The join is
recorded as a Fix with ``start == -1`` (the line break before the second line).

A list item ending in "," is not a sentence cut in two, so nothing is joined to it
(``list_item_ends``, which fix_punctuation asks too, so that it keeps the comma)::

    "Die Stadt empfiehlt folgende Strecken:"  /  "über die Brücke in Ruhrort,"  /  "über die A42,"
    /  "mit Bus und Bahn."                                               -> four paragraphs, as given
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import CONTINUATION_WORDS

_HYPHEN_BREAK = regex.compile(r"(?<=\p{Ll})-$")
_BRAND = regex.compile(r"\p{Ll}{1,3}\p{Lu}")
_MIN_WORDS = 3
# Across an ad label a capitalised next line may still continue the sentence (German nouns).
_MIN_WORDS_ACROSS_AD = 5
_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11
# A list item's mark, then a space: a bullet or dash, or a number or letter with "." or ")" ("1.",
# "2)", "a)"). Items of one list share a mark, so a run of them is asked to share it too.
_LIST_MARK = regex.compile(r"[-–—•·▪◦‣●○■□►▸*+](?= )|\d{1,2}[.)](?= )|\p{Ll}\)(?= )")
# Items of an unmarked list after a lead-in ending ":" are short; a paragraph of more words after a
# line ending ":" is prose (a quote introduced by "he said:").
_ITEM_MAX_WORDS = 25
# An unmarked list goes on while its items end in "," or ";"; the first item that does not is its last.
_ITEM_GOES_ON = (",", ";")


def _starts_lower(line: Line) -> bool:
    # A lowercase brand ("iPhone", "eBay") starts a new sentence, not the rest of an old one; a list
    # item's letter ("a) mehr Personal") a new item.
    text = line.text
    return text[0].islower() and text[1:2] != ")" and _BRAND.match(text) is None


def continues(prev: Line, line: Line) -> bool:
    """``line`` is the rest of ``prev``'s sentence: the pair this cleaner joins (outside ad splits and
    list items, ``list_item_ends``).

    Earlier cleaners that judge a line by its neighbours ask this, so that a paragraph still cut in
    two counts as the paragraph it will be once joined.
    """
    return _joiner(prev, line) is not None


def _mark(text: str) -> str | None:
    """The list mark ``text`` starts with, digits and letters as one kind each ("1." and "12." alike)."""
    found = _LIST_MARK.match(text)
    if found is None:
        return None
    mark = found.group()
    return mark if not mark[0].isalnum() else ("1" if mark[0].isdigit() else "a") + mark[-1]


def list_item_ends(lines: Sequence[Line]) -> set[int]:
    """The ``index`` of each body line among ``lines`` that ends a list item with ",".

    Scraped lists (German, Polish and French pages most of all) end their items with ",": such a
    comma is not stray (fix_punctuation keeps it) and the next item is not the rest of a cut sentence
    (this cleaner does not join it). A paragraph is such an item when it sits in a run of two or more
    list-like paragraphs: each starting with the same mark (bullet, dash, "1.", "a)"), or short ones
    right after a paragraph ending ":", the run going on while they end in "," or ";". Paragraphs are
    the body lines joined as this cleaner would join them (across the ad labels among ``lines``), but
    never after a ",", so the verdict is the same on the text cleaned once (where the items stand
    alone) as on the scrape.

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("Geplant sind:\\nmehr Personal,\\nlängere Öffnungszeiten,\\nein neues Ticketsystem.")
    >>> sorted(list_item_ends(doc.lines))
    [1, 2]
    >>> sorted(list_item_ends(Document.from_text("The council voted to close the library,\\nThe mayor left.").lines))
    []
    """
    body: list[Line] = []
    # Paragraphs as [first, last, words], positions in ``body``.
    paras: list[list[int]] = []
    prev: Line | None = None
    ad_between = False
    for line in lines:
        role = line.role
        if role is _REMOVED:
            ad_between = ad_between or line.kind == "ad"
            continue
        if role is not _BODY:
            continue
        pos = len(body)
        body.append(line)
        joiner = None
        if prev is not None and not prev.text.endswith(","):
            joiner = _joiner(prev, line)
            if joiner is None and ad_between and line.text[0].isalnum() and _breaks_off(prev):
                joiner = " "  # cut by an ad label
        if joiner is None:
            paras.append([pos, pos, line.n_words])
        else:  # a word hyphenated across the break counts once (``line.joiner``: already joined)
            paras[-1][1:] = [pos, paras[-1][2] + line.n_words - (joiner == "" or line.joiner == "")]
        prev, ad_between = line, False
    if not any(line.text.endswith(",") for line in body):
        return set()
    items: set[int] = set()
    marks = [_mark(body[first].text) for first, _, _ in paras]
    for k in range(1, len(paras)):
        if marks[k] is not None and marks[k] == marks[k - 1]:
            items.update((k - 1, k))
    for k, (_, last, _) in enumerate(paras):
        if not body[last].text.endswith(":"):
            continue
        run: list[int] = []
        for j in range(k + 1, len(paras)):
            if paras[j][2] > _ITEM_MAX_WORDS:
                break
            run.append(j)
            if not body[paras[j][1]].text.endswith(_ITEM_GOES_ON):
                break
        if len(run) >= 2:
            items.update(run)
    ends = (body[paras[k][1]] for k in items)
    return {line.index for line in ends if line.text.endswith(",")}


def paragraph_runs(lines: Sequence[Line]) -> list[tuple[list[int], str]]:
    """The body paragraphs as this cleaner will leave them: the positions of their lines, and their text.

    Earlier cleaners that count repeated paragraphs ask this, so that a paragraph still cut in two is
    counted as the paragraph it will be (the joins across an ad label aside, which need the labels).

    >>> from newsclean.document import Document
    >>> doc = Document.from_text("The council voted to close the\\nlibrary at the end of the year.\\nNext.")
    >>> paragraph_runs(doc.lines)
    [([0, 1], 'The council voted to close the library at the end of the year.'), ([2], 'Next.')]
    """
    runs: list[tuple[list[int], str]] = []
    prev: Line | None = None
    item_ends: set[int] | None = None  # asked only when a line ending "," would be joined
    for pos, line in enumerate(lines):
        if line.role is not _BODY:
            continue  # a removed line or a caption between the halves: still one paragraph
        joiner = None if prev is None else _joiner(prev, line)
        if joiner is not None and prev is not None and prev.text.endswith(","):
            item_ends = list_item_ends(lines) if item_ends is None else item_ends
            joiner = None if prev.index in item_ends else joiner
        if joiner is None:
            runs.append(([pos], line.text))
        else:
            positions, text = runs[-1]
            runs[-1] = ([*positions, pos], (text[:-1] if joiner == "" else text) + joiner + line.text)
        prev = line
    return runs


def _joiner(prev: Line, line: Line) -> str | None:
    """How ``line`` joins body line ``prev`` by the lines alone: "" for a word hyphenated across the
    break (the hyphen goes), " " for a sentence cut in two, None when it starts a paragraph of its own."""
    if prev.n_words < _MIN_WORDS or not _starts_lower(line):
        return None
    if _HYPHEN_BREAK.search(prev.text):
        return ""
    return " " if not prev.ends_sentence else None


def _breaks_off(prev: Line) -> bool:
    """The line stops where no sentence stops: on an article, preposition or conjunction.

    Languages that capitalise nouns (German) continue a cut sentence with a capital letter
    ("... beschlossen, die" / "Bibliothek ..."), so across an ad label this is the evidence. A
    heading ends on a noun or verb, never on "die" or "of"; a final comma is no evidence, since
    agency feeds often end whole paragraphs with a stray one.
    """
    if prev.n_words < _MIN_WORDS_ACROSS_AD or prev.ends_sentence or not prev.text[-1].isalpha():
        return False
    return prev.words[-1] in CONTINUATION_WORDS


@cleaner("join_split_paragraphs", writes=("body",))
def join_split_paragraphs(doc: Document, config: CleanConfig) -> None:
    """Join a body line to the previous one when the previous breaks off mid-sentence."""
    if not config.join_split_paragraphs:
        return
    prev: Line | None = None
    ad_between = False
    item_ends: set[int] | None = None  # asked only when a line ending "," would be joined
    for line in doc.lines:
        role = line.role
        if role is _REMOVED:
            ad_between = ad_between or line.kind == "ad"
            continue
        if role is not _BODY:
            continue  # a caption or credit between the halves: still one paragraph
        if prev is not None:
            joiner = _joiner(prev, line)
            if joiner is not None and prev.text.endswith(","):
                item_ends = list_item_ends(doc.lines) if item_ends is None else item_ends
                joiner = None if prev.index in item_ends else joiner
            if joiner == "":
                doc.sub(prev, _HYPHEN_BREAK, "", "word hyphenated across a line break")
                doc.join(line, "", "word hyphenated across a line break")
            elif joiner is not None:
                doc.join(line, joiner, "paragraph split mid-sentence")
            elif ad_between and line.text[0].isalnum() and _breaks_off(prev):
                doc.join(line, " ", "paragraph split mid-sentence by an ad label")
        prev, ad_between = line, False
