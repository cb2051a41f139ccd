"""The shortcuts that cut the fixed cost of a short document give exactly what the plain paths give.

Each runs beside the path it stands for: ``GateCheck`` (large word sets searched as one trie) beside
``gate_holds`` (a substring test per word), the caption gates read with optional parts beside the
patterns they guard, ``literal_pattern`` beside a test per word, ``LineIndex.printed`` and
``LineIndex.holding`` beside counting and ``lines_matching``, and the one-block split of
``similarity._blocks`` beside its loop. Inputs are invented lines, hypothesis-generated ones, the
fixtures and (when present) the dev corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import accumulate

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Document, lines_matching
from newsclean.text import captions, similarity
from newsclean.text.caption_layouts import LineIndex
from newsclean.text.marker_syntax import (
    GateCheck,
    flat_gate,
    fold,
    gate_holds,
    has_digit,
    literal_gate,
    literal_pattern,
)
from newsclean.text.patterns import CAPTION_CUES

from .conftest import corpus_lines, corpus_texts, fixture_lines, fixture_texts

_GATES = (
    ("cue", captions.CUE_GATE, captions._CUE_HOLDS),
    ("note", captions.NOTE_GATE, captions._NOTE_HOLDS),
    ("verb", captions.VERB_GATE, captions._VERB_HOLDS),
)

# Lines that pass or fail the gates at every kind of set: month names beside digits and inside other
# words ("Main Street", "market"), bracketed positions, verbs that take a cue and do not ("poses for",
# "possible"), notes and reporting verbs in other scripts, and characters whose fold differs.
_LINES = (
    "The council voted 7-2 on Tuesday to add bus lanes on Main Street.",
    "Jane Roe (2nd R) and Jim Poe (L) at the market in 2024",
    "16 October 2017",
    "Oct. 16, 2017, in Munich",
    "sept. 3 2019 and june 12, 2020",
    "The mayor poses for a photo; it is possible that he posed",
    "Архивное фото: сообщил мэр",
    "teilte am Montag mit, dass",
    "ſ K İ ı ẞ",
    "",
    "(reissued 18 June 2018)",
    "a annoncé le maire",
)


def _variants(line: str) -> list[str]:
    return [line, line.upper(), line.lower(), line.title()]


def _assert_checks(lines: Iterator[str]) -> int:
    passed = 0
    for line in lines:
        for text in _variants(line):
            folded, digit = fold(text), has_digit(text)
            for name, gate, check in _GATES:
                plain = gate is None or gate_holds(gate, folded, digit)
                assert check(folded, digit) is plain, (name, text)
                passed += plain
    return passed


def test_gate_checks_on_invented_lines() -> None:
    assert _assert_checks(iter(_LINES)) > len(_LINES)


def test_gate_checks_on_fixtures_and_dev_corpus() -> None:
    assert _assert_checks(fixture_lines()) > 0
    _assert_checks(corpus_lines(required=False))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_LINES),
    st.text(st.sampled_from(" ,.()0123456789ſKİıjanmayoctpos"), max_size=6),
    st.text(st.sampled_from(" ,.()0123456789ſKİıjanmayoctpos"), max_size=6),
)
def test_gate_checks_on_generated_lines(base: str, head: str, tail: str) -> None:
    _assert_checks(iter([head + base + tail, base.replace(" ", head), tail + head]))


def test_large_sets_are_searched_and_small_ones_tested() -> None:
    # The shortcut is in use: the cue gate has sets past the threshold, and the plain path has them too.
    assert any(len(words) > 8 for _, sets in captions.CUE_GATE for words in sets)
    assert not any(callable(t) for _, tests in GateCheck(((False, (("a", "b"),)),))._alts for t in tests)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(st.sampled_from("ab.( )é"), min_size=0, max_size=4), min_size=1, max_size=12),
    st.text(st.sampled_from("ab.( )é\n"), max_size=30),
)
def test_literal_pattern_finds_a_word_exactly_when_the_text_holds_one(words: list[str], text: str) -> None:
    found = re.compile(literal_pattern(words)).search(text) is not None
    assert found is any(w in text for w in words)
    assert {m for w in words if (m := re.fullmatch(literal_pattern(words), w))} or not words


@pytest.mark.parametrize(
    ("source", "holds", "lacks"),
    [
        (
            r"\b\d{1,2}\.?\ (?:jan(?:uary|\.)?|sept?(?:ember|\.)?|may)\ \d{4}\b",
            ["on 16 January 2017", "3 sept 2019", "3 Sep. 2019", "1 may 2020"],
            ["Main Street 7", "12 market 2020", "3 janvier 2020", "may 2020"],
        ),
        (r"pos(?:es?|ing)\ for", ["she poses for us", "posing for"], ["possible for", "pose, for"]),
        (r"(?:june?|jul)\ \d", ["jun 3", "June 3", "jul 1"], ["juli 3", "juni 3", "june"]),
    ],
)
def test_literal_gate_with_optional_parts(source: str, holds: list[str], lacks: list[str]) -> None:
    gate = flat_gate(literal_gate(source, optional=True) or ("any", ()))
    pattern = regex.compile(source, regex.IGNORECASE)
    for text in (*holds, *lacks):
        assert pattern.search(text) is None or gate_holds(gate, fold(text), has_digit(text)), text
    assert all(gate_holds(gate, fold(t), has_digit(t)) for t in holds)
    assert not any(gate_holds(gate, fold(t), has_digit(t)) for t in lacks)


def test_optional_parts_narrow_the_caption_cue_gate() -> None:
    # "Main Street" beside a score held "mai" and a digit, and sent the line to CAPTION_CUE's full
    # search (tens of microseconds); read with optional parts, the gate needs " mai " or "mai " and a
    # digit, and lets the line pass no more. The date branches still pass a real date.
    line = "The council voted 7-2 on Tuesday to add bus lanes on Main Street."
    plain = flat_gate(literal_gate(f"(?i:{'|'.join(CAPTION_CUES)})") or ("any", ()))
    assert gate_holds(plain, fold(line), True)
    assert not captions.may_hold_a_cue(line) and captions.CAPTION_CUE.search(line) is None
    assert captions.may_hold_a_cue("Visitors in Munich, 16 October 2017")


# --------------------------------------------------------------------------- plumbing


def _docs() -> Iterator[Document]:
    for text in (*fixture_texts(), *corpus_texts(required=False)):
        yield Document.from_text(text)
    yield Document.from_text("")
    yield Document.from_text("One\nTwo\nOne\nOne\nThree © x\nFour / five: six")


def _plain_printed(texts: Sequence[str], copies: int) -> bool:
    counts = Counter(texts)
    return bool(counts) and max(counts.values()) >= copies


def test_printed_is_the_plain_count() -> None:
    for doc in _docs():
        for copies in (1, 2, 3, 4):
            index = LineIndex(doc)
            assert index.printed(copies) is _plain_printed(index.texts, copies), (copies, index.texts[:3])
        index = LineIndex(doc)  # the count asked for first, then the answers from it
        assert index.counts == Counter(index.texts)
        assert [index.printed(c) for c in (1, 2, 3)] == [_plain_printed(index.texts, c) for c in (1, 2, 3)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c b", "d"]), max_size=8))
def test_printed_on_generated_texts(texts: list[str]) -> None:
    doc = Document.from_text("\n".join(texts))
    for copies in (1, 2, 3):
        assert LineIndex(doc).printed(copies) is _plain_printed([ln.text for ln in doc.lines], copies)


@pytest.mark.parametrize("literal", ["©", "/", ": "])
def test_holding_is_lines_matching(literal: str) -> None:
    pattern = re.compile(re.escape(literal))
    for doc in _docs():
        assert LineIndex(doc).holding(pattern) == lines_matching(doc.lines, pattern)


def _plain_blocks(texts: Sequence[str]) -> list[Sequence[str]]:
    """``similarity._blocks`` without its one-block shortcut: the loop alone."""
    ends = list(accumulate(map(len, texts)))
    out: list[Sequence[str]] = []
    start = 0
    while start < len(texts):
        limit = (ends[start - 1] if start else 0) + similarity._BLOCK_CHARS
        stop = max(bisect_right(ends, limit), start + 1)
        out.append(texts[start:stop])
        start = stop
    return out


@pytest.mark.parametrize("block_chars", [1 << 16, 40, 1])
def test_blocks_are_the_loops_blocks(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(similarity, "_BLOCK_CHARS", block_chars)
    cases: list[list[str]] = [[], [""], ["x" * block_chars], ["x" * block_chars, "y"], ["ab", "cd", "e" * 50]]
    cases += [[ln.text for ln in doc.lines] for doc in _docs()]
    for texts in cases:
        assert [list(b) for b in similarity._blocks(texts)] == [list(b) for b in _plain_blocks(texts)]
