"""Agency names and credit labels as tries (``patterns.literal_trie``) match what their flat alternations matched.

``AGENCY`` and ``PREFIX`` were ``|``-joined spellings sorted longest first; each is now one trie
(``PREFIX`` a caseless one, used inside ``(?i:...)``), and the reversed ``CREDIT_TAIL``
(``CREDIT_TAIL_REVERSED``) has a trie of the agency names' ends. Each pattern that holds them is run
beside the same pattern with the flat alternations on every dev-corpus and fixture line and on
generated lines: same match, same groups. ``literal_trie`` itself is checked against the flat
alternation on generated word lists, with continuations that make the engine backtrack into it, and
the facts about case that a caseless trie relies on are checked over all of Unicode.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text import (
    caption_layouts,
    captions,
    credit_freeform,
    credit_shapes,
    patterns,
    split_captions,
    split_credits,
)
from newsclean.text.lazy_pattern import compiled
from newsclean.text.patterns import (
    AGENCY,
    AGENCY_NAMES,
    CREDIT_LABEL_NAMES,
    CREDIT_TAIL,
    CREDIT_TAIL_REVERSED,
    PREFIX,
    TAIL_CHARS,
    literal_trie,
)

from .conftest import EVERY_CHARACTER, corpus_lines, fixture_lines

_FLAT = "(?:" + "|".join(regex.escape(n) for n in AGENCY_NAMES) + ")"
_FLAT_PREFIX = "(?:" + "|".join(regex.escape(n) for n in CREDIT_LABEL_NAMES) + ")"
_MODULES: tuple[ModuleType, ...] = (
    patterns,
    captions,
    caption_layouts,
    credit_shapes,
    credit_freeform,
    split_captions,
    split_credits,
)


def _holding_tries() -> Iterator[tuple[str, regex.Pattern[str]]]:
    seen: set[int] = set()
    for module in _MODULES:
        for name, value in vars(module).items():
            # A lazy pattern counts as the pattern it stands for (compiled here, its methods forwarded).
            holds = isinstance(compiled(value), regex.Pattern) and (AGENCY in value.pattern or PREFIX in value.pattern)
            if holds and id(value) not in seen:
                seen.add(id(value))
                yield f"{module.__name__}.{name}", value


def _flat(pattern: str) -> str:
    return pattern.replace(AGENCY, _FLAT).replace(PREFIX, _FLAT_PREFIX)


_PAIRS = [(name, p, regex.compile(_flat(p.pattern), p.flags)) for name, p in _holding_tries()]
_FLAT_REVERSED = regex.compile(patterns._credit_tail(_FLAT, _FLAT_PREFIX), regex.VERBOSE | regex.REVERSE)


_MATCHED = (patterns.CREDIT_HEAD, patterns.CREDIT_LABEL)


def _lines() -> list[str]:
    return sorted({*fixture_lines(newline_only=True), *corpus_lines(required=False, newline_only=True)})


def _result(m: regex.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


def _same(lines: list[str]) -> None:
    for text in lines:
        for name, trie, flat in _PAIRS:
            short = text[: patterns.MAX_MARKER_CHARS]
            assert _result(trie.fullmatch(short)) == _result(flat.fullmatch(short)), (name, text)
            if trie in _MATCHED:  # the patterns used with .match
                assert _result(trie.match(short)) == _result(flat.match(short)), (name, text)
            if trie is CREDIT_TAIL or len(text) <= patterns.MAX_MARKER_CHARS:
                start = max(0, len(text) - TAIL_CHARS)
                assert _result(trie.search(text, start)) == _result(flat.search(text, start)), (name, text)
        start = max(0, len(text) - TAIL_CHARS)
        ends = CREDIT_TAIL_REVERSED.match(text, start) is not None
        assert ends == (_FLAT_REVERSED.match(text, start) is not None), text
        assert ends == (CREDIT_TAIL.search(text, start) is not None) or text.endswith("\n"), text


def test_the_patterns_holding_the_tries_are_found() -> None:
    names = {name for name, _, _ in _PAIRS}
    assert {"newsclean.text.patterns.CREDIT_TAIL", "newsclean.text.patterns.CREDIT_LINE"} <= names
    assert {"newsclean.text.patterns.AGENCY_ONLY", "newsclean.text.patterns.CREDIT_LABEL"} <= names
    assert "newsclean.text.captions.CREDIT_LABEL_ALONE" in names
    assert len(names) >= 14
    # PREFIX is caseless: it must stand inside (?i:...) wherever it is used.
    for name, p, _ in _PAIRS:
        source = p.pattern
        at = source.find(PREFIX)
        while at >= 0:
            assert source[:at].endswith("(?i:"), name
            at = source.find(PREFIX, at + 1)


def test_cases_are_what_the_engine_matches_ignoring_case() -> None:
    # Every character of the caseless words (and those the generated words below use), over all of Unicode.
    chars = {ch for word in CREDIT_LABEL_NAMES for ch in word} | set(_CASELESS_ALPHABET)
    for ch in sorted(chars):
        found = frozenset(regex.compile(f"(?i:{regex.escape(ch)})").findall(EVERY_CHARACTER))
        assert patterns._cases(ch) == found, ch


def test_corpus_and_fixture_lines_match_as_with_the_flat_names() -> None:
    lines = _lines()
    assert lines
    _same(lines)


_NAMED = st.sampled_from([n for n in (*AGENCY_NAMES, *CREDIT_LABEL_NAMES) if len(n) <= 12])
_AROUND = st.sampled_from(
    ["", " ", ". ", " - ", " / ", "/", ", ", " (", ")", " via ", "Jane Roe", "Photo", " | ", ": ", " by ", "s"]
)
# Labels with the letters whose cases overlap ("ı" matches (?i:I) only, "İ" (?i:i) only).
_TURKISH_I = st.sampled_from(["İmage: ", "ımage credıt: ", "PHOTO İLLUSTRATİON: ", "Photo ıllustratıon: ", "Bİld: "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NAMED, _AROUND, _TURKISH_I, st.text(max_size=6)), min_size=1, max_size=8))
def test_generated_credit_lines_match_as_with_the_flat_names(parts: list[str]) -> None:
    _same(["".join(parts), "Rescuers at the scene. " + "".join(parts)])


def test_every_agency_name_and_label_is_matched_whole() -> None:
    forward = regex.compile(AGENCY)
    backward = regex.compile(patterns._AGENCY_REVERSED, regex.REVERSE)
    for name in AGENCY_NAMES:
        assert forward.fullmatch(name) is not None, name
        assert backward.fullmatch(name) is not None, name
    label = regex.compile(f"(?i:{PREFIX})")
    for name in CREDIT_LABEL_NAMES:
        assert label.fullmatch(name) is not None, name


_WORDS = st.lists(st.text(alphabet="abAB .", min_size=1, max_size=5), min_size=1, max_size=12, unique=True)
# Letters whose cases overlap without being the same set: (?i:I) takes "ı", (?i:i) takes "İ"; K and the Kelvin sign.
_CASELESS_ALPHABET = "aAiIıİkKK ."
_CASELESS_WORDS = st.lists(
    st.text(alphabet=_CASELESS_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12, unique=True
)
_AFTER = ("", "b", "B", r"\.", ".*", ".*?$", r"\s?a", "(?:a|b)b")


def _assert_trie_tries_as_flat(words: list[str], text: str, *, caseless: bool) -> None:
    """Forward and reversed, the trie matches as the flat alternation sorted longest first, at every
    position of ``text`` and before each of ``_AFTER`` (inside ``(?i:...)`` when ``caseless``)."""
    flat = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    trie = literal_trie(words, caseless=caseless)
    backward = literal_trie(words, caseless=caseless, reverse=True)
    wrap = "(?i:(?P<w>{}))" if caseless else "(?P<w>{})"
    for after in _AFTER:
        p, q = regex.compile(wrap.format(flat) + after), regex.compile(wrap.format(trie) + after)
        r_flat = regex.compile(after + wrap.format(flat), regex.REVERSE)
        r_trie = regex.compile(after + wrap.format(backward), regex.REVERSE)
        for i in range(len(text) + 1):
            assert _result(p.match(text, i)) == _result(q.match(text, i)), (words, text, after, i)
            assert (r_flat.match(text, 0, i) is None) == (r_trie.match(text, 0, i) is None), (words, text, after, i)


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.text(alphabet="abAB .", max_size=12))
def test_literal_trie_tries_the_words_as_the_flat_alternation(words: list[str], text: str) -> None:
    _assert_trie_tries_as_flat(words, text, caseless=False)


@settings(max_examples=300, deadline=None)
@given(_CASELESS_WORDS, st.text(alphabet=_CASELESS_ALPHABET, max_size=12))
def test_caseless_literal_trie_tries_the_words_as_the_flat_alternation(words: list[str], text: str) -> None:
    _assert_trie_tries_as_flat(words, text, caseless=True)


@pytest.mark.parametrize("words", [["a"], ["ab", "a"], ["abc", "abd", "ab", "b"], ["A.B", "A", "A.BC"]])
def test_literal_trie_matches_each_word_whole(words: list[str]) -> None:
    for reverse in (False, True):
        p = regex.compile(literal_trie(words, reverse=reverse), regex.REVERSE if reverse else 0)
        for w in words:
            assert p.fullmatch(w) is not None, (words, w, reverse)
        assert p.fullmatch(words[0] + "x") is None
