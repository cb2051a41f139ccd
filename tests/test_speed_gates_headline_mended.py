"""``_mended`` asks ``paragraph_runs`` only when a line starts in lower case or ends in a comma: the same answer.

Without such a line every paragraph is one line that does not end in a comma, so nothing is mended.
Checked against the plain loop on the dev corpus, the fixtures and invented texts (cut sentences,
hyphenated words, stray commas, list items, lowercase brands, captions between the halves).
"""

from __future__ import annotations

from newsclean.document import Document, Line, Role, count_words
from newsclean.text import headline_evidence as ev
from newsclean.text.join_split_paragraphs import list_item_ends, paragraph_runs

from .conftest import corpus_texts, fixture_texts, prepared

_INVENTED = (
    "The council voted to close the\nlibrary on Monday, the mayor said.\nStorm keeps schools closed",
    "The council voted to close the library on Monday and the mayor said,\nNext paragraph starts here.",
    "Geplant sind:\nmehr Personal,\nlängere Öffnungszeiten,\nein neues Ticketsystem.",
    "The new phone was shown on Monday by the com-\npany in a hall full of reporters and fans.",
    "iPhone sales rose again\nThe company sold more phones than a year ago, analysts said on Monday.",
    "a) mehr Personal\nb) längere Öffnungszeiten",
    "Storm keeps schools closed\nOfficials said the roads stayed icy on Monday\nand schools stayed shut.",
    "Headline without a paragraph\nAnother short line",
)


def _plain_mended(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """``_mended`` without its gate: every paragraph run read."""
    out: dict[int, tuple[int, str]] = {}
    for positions, text in paragraph_runs(lines):
        n_words = count_words(text) if len(positions) > 1 else lines[positions[0]].n_words
        stray_comma = text.endswith(",") and n_words >= ev._STRAY_COMMA_MIN_WORDS
        if stray_comma:
            stray_comma = lines[positions[-1]].index not in list_item_ends(lines)
        if len(positions) > 1:
            out[positions[0]] = (n_words, "." if stray_comma else ev._last_char(text))
        elif stray_comma:
            out[positions[0]] = (n_words, ".")
    return out


def _check(doc: Document) -> int:
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    want = _plain_mended(lines)
    assert ev._mended(lines) == want
    return len(want)


def test_mended_gate_on_invented_texts_and_fixtures() -> None:
    docs = [prepared(t) for t in (*_INVENTED, *fixture_texts())] + [Document.from_text(t) for t in _INVENTED]
    assert sum(map(_check, docs)) >= 8


def test_mended_gate_on_the_dev_corpus() -> None:
    assert sum(_check(prepared(t)) for t in corpus_texts()) >= 20
