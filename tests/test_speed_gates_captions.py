"""split_captions' fast paths give exactly what its plain paths give.

Every gate in ``split_captions`` and ``caption_layouts`` only picks which lines a rule looks at (or
skips a pattern whose answer is implied); the rule then checks its conditions as before. Turning the
gates off (every line a candidate, every pattern run, the full score computed) must change nothing:
each document is cleaned both ways, from the state it reaches ``split_captions`` in, and the lines
(text, role, kind, rule, reason, credit) and fixes compared. Inputs: the dev corpus (skipped when
absent), with and without its gold titles, the fixtures, invented pages and hypothesis-drawn pages.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any
from unittest import mock

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.config import DEFAULT_CONFIG
from newsclean.document import Document, Line
from newsclean.pipeline import default_pipeline
from newsclean.text import caption_layouts
from newsclean.text import split_captions as sc
from newsclean.text.caption_layouts import LineIndex
from newsclean.text.captions import (
    PICTURE_NOTE,
    PLACE_IN_PICTURE,
    WIRE_DATELINE,
    StartGate,
    caption_score,
    reports_speech,
    score_before_speech,
    speech_penalty,
)
from newsclean.text.marker_syntax import fold
from newsclean.text.patterns import CAPTION_CUE, CAPTION_PREFIX

from .conftest import corpus_docs, fixture_texts
from .test_properties import PROFILE

_STEPS = list(default_pipeline())
_BEFORE = _STEPS[: [s.name for s in _STEPS].index("split_captions")]

# Lines of the shapes the rules look for, and near misses.
_POOL = (
    "© Jane Roe/AFP",
    "© Иван Петров/ТАСС",
    "© 2026 Harbour Media",
    "© Jane Roe of Harbour Town The old ferry terminal at dusk",
    "© infocom, ag:261127-99-041233/4",
    "Kay Roe/dpa",
    "Frankfurt/Main",
    "Lusa/Fim",
    "Foto:",
    "Фото",
    "Jan Kowal",
    "“Harbour Lights”",
    "'Harbour'",
    "4",
    "12",
    "²",
    "Video abspielen",
    "Video",
    "Neue Kräne für den Hafen",
    "Die ersten Kräne wurden am Montag entladen.",
    "By Jane Roe",
    "Published 9:12 PM Nov 19",
    "The harbour choir performs at the opening of the new quay.",
    "Harbour Festival 2024 [Opening night] at the quay",
    "Harbour Festival 2024 [Opening night] at the quay Choir: Jane Roe, Jim Poe",
    "The choir sang on the new quay until late, the organisers said.",
    "the choir sang on until late at night without a break",
    "Video: In this talk the harbour master explains how cranes are lifted.",
    "Video: Signing Day highlights",
    "Image caption Rescue teams worked through the night",
    "FILE PHOTO: A man walks past the bank's logo in London, May 3, 2019.",
    "File photo",
    "In this undated photo released by the ministry, soldiers march.",
    "In this town the quay is old.",
    "2of4A shopper looks at extension cords at a hardware store.",
    "Bildunterschrift: Helfer räumen Trümmer",
    "Légende : Des secouristes au travail près du quai",
    "EPA-EFE/PHILIPP GUELLAND",
    "(Jim Poe / Associated Press)",
    "Associated Press",
    "Photo: Jane Doe/Reuters",
    "Jane Doe, the harbour authority's chief engineer",
    "Visitors are reflected in a mirror in Munich, southern Germany, 16 October 2017 (reissued 18 June 2018)",
    "Eastern Harbour quarterback Jim Roe",
    "Advertisement",
    "What happens next?",
    "The council voted on Monday to close the library at the end of the year.",
    '"We will rebuild the quay by spring," the mayor promised.',
    "La récolte devrait reculer de 12 %, selon le ministère.",
    "Harbour cranes",
)


def _snapshot(doc: Document) -> list[Any]:
    lines = [(ln.text, ln.role, ln.kind, ln.rule, ln.reason, ln.credit, ln.credit_embedded) for ln in doc.lines]
    return [lines, doc.fixes, doc.title]


class _PlainIndex(LineIndex):
    """The index with its filters off: every line short, every line holds every pattern, texts printed often."""

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.short = list(range(len(self.lines)))

    def printed(self, copies: int) -> bool:
        return True

    def holding(self, pattern: Any) -> list[Line]:
        return list(self.lines)


def _plain_score(text: str) -> int:
    """``caption_score`` as it was written before the speech patterns were split off."""
    if len(text) > 4000:
        return -1
    score = -6 if WIRE_DATELINE.match(text) is not None else 0
    if CAPTION_PREFIX.match(text):
        score += 3
    cues = sum(1 for _ in CAPTION_CUE.finditer(text))
    score += min(3, cues + (PLACE_IN_PICTURE.search(text) is not None) + (PICTURE_NOTE.search(text) is not None))
    if reports_speech(text):
        score -= 1
    return score


class _OpenGate:
    def passing(self, texts: list[str]) -> list[int]:
        return list(range(len(texts)))


def _plain_reaching(self: object, text: str, need: int) -> int | None:
    score = _plain_score(text)
    return score if score >= need else None


@contextmanager
def _gates_off() -> Iterator[None]:
    with ExitStack() as stack:
        for target, name, value in (
            (sc, "_LABEL_GATE", _OpenGate()),
            (sc, "_media_slots", lambda lines, n_words: list(range(len(lines) - 2))),
            (sc, "_above_bylines", lambda lines: list(range(len(lines) - 1))),
            (sc._Scores, "reaching", _plain_reaching),
            (sc, "LineIndex", _PlainIndex),
        ):
            stack.enter_context(mock.patch.object(target, name, value))
        yield


def _at_split_captions(text: str, title: str | None = None) -> Document:
    doc = Document.from_text(text, title=title)
    for step in _BEFORE:
        doc.rule = step.name
        step(doc, DEFAULT_CONFIG)
    doc.rule = "split_captions"
    return doc


def _assert_same(text: str, title: str | None = None) -> None:
    start = _at_split_captions(text, title)
    fast, plain = copy.deepcopy(start), copy.deepcopy(start)
    sc.split_captions(fast, DEFAULT_CONFIG)
    with _gates_off():
        sc.split_captions(plain, DEFAULT_CONFIG)
    assert _snapshot(fast) == _snapshot(plain), text[:300]


def _corpus() -> Iterator[dict[str, Any]]:
    return corpus_docs()


def _fixture_texts() -> Iterator[str]:
    return fixture_texts()


# --------------------------------------------------------------------------- the whole cleaner


def test_gates_change_nothing_on_the_corpus() -> None:
    for row in _corpus():
        _assert_same(row["input_text"])
        if row.get("gold_title"):
            _assert_same(row["input_text"], row["gold_title"])


def test_gates_change_nothing_on_the_fixtures() -> None:
    for text in _fixture_texts():
        _assert_same(text)


def test_gates_change_nothing_on_invented_pages() -> None:
    _assert_same("\n".join(_POOL))
    _assert_same("\n".join(reversed(_POOL)))
    shared, prose = _POOL[23], "The choir sang song number {} on the new quay until late."
    _assert_same("\n".join(x for n in range(4) for x in (prose.format(n), shared)), title=shared)
    _assert_same("Divers searched the old quay\n4\nA crane at dusk\n4\nThe new pier\n4\nA caption here (L)\n4")


@PROFILE
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=25), st.none() | st.sampled_from(_POOL))
def test_gates_change_nothing_on_drawn_pages(lines: list[str], title: str | None) -> None:
    _assert_same("\n".join(lines), title)


# --------------------------------------------------------------------------- the pieces


def _lines() -> Iterator[str]:
    yield from _POOL
    for text in _fixture_texts():
        yield from text.splitlines()
    for row in _corpus():
        yield from row["input_text"].splitlines()


def test_scores_split_exactly() -> None:
    """caption_score == the old formula; the score before speech is it plus the penalty (0 or 1)."""
    for text in _lines():
        score = caption_score(text)
        assert score == _plain_score(text), text
        assert score_before_speech(text) - speech_penalty(text) == score
        assert speech_penalty(text) in (0, 1)


def test_label_gate_is_a_necessary_condition() -> None:
    gate = StartGate(CAPTION_PREFIX)
    said_no = 0
    for text in [*_lines(), "2 of 4Apples", "2of4", "In", "I", "", "ǅ", "FİLE PHOTO: x y", "ﬁle photo: a b c"]:
        if not gate(text):
            said_no += 1
            assert CAPTION_PREFIX.match(text) is None, text
    assert said_no > 0


@PROFILE
@given(st.text(alphabet=st.sampled_from("fiIleE PHOTOthsn:2o4Aé ßİ\u0307ﬁ-"), max_size=16))
def test_label_gate_on_drawn_starts(text: str) -> None:
    assert StartGate(CAPTION_PREFIX)(text) or CAPTION_PREFIX.match(text) is None


def test_start_gate_passes_in_bulk_as_one_by_one() -> None:
    texts = list(_lines())
    one = StartGate(CAPTION_PREFIX)
    assert StartGate(CAPTION_PREFIX).passing(texts) == [pos for pos, text in enumerate(texts) if one(text)]
    with mock.patch("newsclean.text.captions.GATE_MAX_KEYS", 5):
        few = StartGate(CAPTION_PREFIX)
        assert few.passing(texts) == [pos for pos, text in enumerate(texts) if few(text)]


def test_start_gate_says_maybe_when_full() -> None:
    gate = StartGate(regex.compile("x"))
    with mock.patch("newsclean.text.captions.GATE_MAX_KEYS", 1):
        assert not gate("abc")  # remembered
        assert gate("def")  # not remembered: maybe
        assert not gate("abc")


def test_index_scan_finds_what_a_search_per_line_finds() -> None:
    for text in [*_fixture_texts(), "\n".join(_POOL), "a\n\n©\n/x: y\n©"]:
        doc = Document.from_text(text)
        index = LineIndex(doc)
        for pattern in (caption_layouts._COPYRIGHT_SIGN, caption_layouts._SLASH, caption_layouts._COLON_SPACE):
            assert index.holding(pattern) == [ln for ln in doc.lines if pattern.search(ln.text)]
        assert index.counts == Counter(ln.text for ln in doc.lines)
        most = max(index.counts.values(), default=0)
        assert [index.printed(n) for n in (2, 3)] == [most >= 2, most >= 3]


def test_index_filters_are_implied() -> None:
    """What each rule asks of a short line's text implies it is short; the quote openers are QUOTED_TITLE's."""
    assert caption_layouts._SHORT_MAX_WORDS >= caption_layouts._LABEL_MAX_WORDS
    assert caption_layouts._SHORT_MAX_WORDS >= caption_layouts._QUOTED_TITLE_MAX_WORDS
    assert caption_layouts._SHORT_MAX_WORDS >= caption_layouts._CREDIT_NAME_MAX_WORDS + 2
    opener = caption_layouts.QUOTED_TITLE.pattern[: caption_layouts.QUOTED_TITLE.pattern.index("]") + 1]
    every = "".join(map(chr, range(0x110000)))
    assert set(regex.findall(opener, every)) == set(caption_layouts._QUOTE_OPENERS)
    assert fold("İ") == "i"
