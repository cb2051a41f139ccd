"""The agency names as a trie (``patterns.literal_trie``) match what their flat alternation matched.

``AGENCY`` was ``|``-joined spellings sorted longest first; it is now one trie, and the reversed
``CREDIT_TAIL`` (``CREDIT_TAIL_REVERSED``) has a trie of the names' ends. Each pattern that holds the
names is run beside the same pattern with the flat alternation on every dev-corpus and fixture line
and on generated lines: same match, same groups. ``literal_trie`` itself is checked against the flat
alternation on generated word lists, with continuations that make the engine backtrack into it.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text import caption_layouts, credit_freeform, credit_shapes, patterns, split_captions, split_credits
from newsclean.text.patterns import AGENCY, AGENCY_NAMES, CREDIT_TAIL, CREDIT_TAIL_REVERSED, TAIL_CHARS, literal_trie

from .conftest import corpus_lines, fixture_lines

_FLAT = "(?:" + "|".join(regex.escape(n) for n in AGENCY_NAMES) + ")"
_MODULES: tuple[ModuleType, ...] = (
    patterns,
    caption_layouts,
    credit_shapes,
    credit_freeform,
    split_captions,
    split_credits,
)


def _holding_agency() -> Iterator[tuple[str, regex.Pattern[str]]]:
    seen: set[int] = set()
    for module in _MODULES:
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern) and AGENCY in value.pattern and id(value) not in seen:
                seen.add(id(value))
                yield f"{module.__name__}.{name}", value


_PAIRS = [(name, p, regex.compile(p.pattern.replace(AGENCY, _FLAT), p.flags)) for name, p in _holding_agency()]
_FLAT_REVERSED = regex.compile(patterns._credit_tail(_FLAT), regex.VERBOSE | regex.REVERSE)


def _lines() -> list[str]:
    return sorted({*fixture_lines(newline_only=True), *corpus_lines(required=False, newline_only=True)})


def _result(m: regex.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


def _same(lines: list[str]) -> None:
    for text in lines:
        for name, trie, flat in _PAIRS:
            short = text[: patterns.MAX_MARKER_CHARS]
            assert _result(trie.fullmatch(short)) == _result(flat.fullmatch(short)), (name, text)
            assert _result(trie.match(short)) == _result(flat.match(short)), (name, text)
            if trie is CREDIT_TAIL or len(text) <= patterns.MAX_MARKER_CHARS:
                start = max(0, len(text) - TAIL_CHARS)
                assert _result(trie.search(text, start)) == _result(flat.search(text, start)), (name, text)
        start = max(0, len(text) - TAIL_CHARS)
        ends = CREDIT_TAIL_REVERSED.match(text, start) is not None
        assert ends == (_FLAT_REVERSED.match(text, start) is not None), text
        assert ends == (CREDIT_TAIL.search(text, start) is not None) or text.endswith("\n"), text


def test_the_patterns_holding_agency_names_are_found() -> None:
    names = {name for name, _, _ in _PAIRS}
    assert {"newsclean.text.patterns.CREDIT_TAIL", "newsclean.text.patterns.CREDIT_LINE"} <= names
    assert "newsclean.text.patterns.AGENCY_ONLY" in names
    assert len(names) >= 10


def test_corpus_and_fixture_lines_match_as_with_the_flat_names() -> None:
    lines = _lines()
    assert lines
    _same(lines)


_NAMED = st.sampled_from([n for n in AGENCY_NAMES if len(n) <= 12])
_AROUND = st.sampled_from(["", " ", ". ", " - ", " / ", "/", ", ", " (", ")", " via ", "Jane Roe", "Photo", " | "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NAMED, _AROUND, st.text(max_size=6)), min_size=1, max_size=8))
def test_generated_credit_lines_match_as_with_the_flat_names(parts: list[str]) -> None:
    _same(["".join(parts), "Rescuers at the scene. " + "".join(parts)])


def test_every_agency_name_is_matched_whole_in_both_directions() -> None:
    forward = regex.compile(AGENCY)
    backward = regex.compile(patterns._AGENCY_REVERSED, regex.REVERSE)
    for name in AGENCY_NAMES:
        assert forward.fullmatch(name) is not None, name
        assert backward.fullmatch(name) is not None, name


_WORDS = st.lists(st.text(alphabet="abAB .", min_size=1, max_size=5), min_size=1, max_size=12, unique=True)
_AFTER = ("", "b", "B", r"\.", ".*", ".*?$", r"\s?a", "(?:a|b)b")


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.text(alphabet="abAB .", max_size=12))
def test_literal_trie_tries_the_words_as_the_flat_alternation(words: list[str], text: str) -> None:
    flat = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    trie = literal_trie(words)
    backward = literal_trie(words, reverse=True)
    for after in _AFTER:
        p, q = regex.compile(f"(?P<w>{flat}){after}"), regex.compile(f"(?P<w>{trie}){after}")
        r_flat = regex.compile(f"{after}(?P<w>{flat})", regex.REVERSE)
        r_trie = regex.compile(f"{after}(?P<w>{backward})", regex.REVERSE)
        for i in range(len(text) + 1):
            assert _result(p.match(text, i)) == _result(q.match(text, i)), (words, text, after, i)
            assert (r_flat.match(text, 0, i) is None) == (r_trie.match(text, 0, i) is None), (words, text, after, i)


@pytest.mark.parametrize("words", [["a"], ["ab", "a"], ["abc", "abd", "ab", "b"], ["A.B", "A", "A.BC"]])
def test_literal_trie_matches_each_word_whole(words: list[str]) -> None:
    for reverse in (False, True):
        p = regex.compile(literal_trie(words, reverse=reverse), regex.REVERSE if reverse else 0)
        for w in words:
            assert p.fullmatch(w) is not None, (words, w, reverse)
        assert p.fullmatch(words[0] + "x") is None
