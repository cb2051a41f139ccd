"""The speed gates are necessary conditions: where a gate says "no", the full pattern finds nothing.

Each gate is run beside the pattern it guards on every line of the dev corpus (skipped when absent),
of the fixtures and of the invented lines below, including the lines' tails after a pipeline run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from itertools import accumulate

import pytest
import regex

from newsclean.decode import decode
from newsclean.text.find_headline import _holders
from newsclean.text.patterns import (
    BOILERPLATE_LINE,
    BYLINE_LINE,
    CHROME_KINDS,
    CHROME_LINE,
    CREDIT_BRACKETED,
    CREDIT_GLUED,
    CREDIT_HEAD,
    CREDIT_LABEL,
    CREDIT_LINE,
    CREDIT_LINE_WORDS,
    CREDIT_TAIL,
    CREDIT_TAIL_WORDS,
    MAX_MARKER_CHARS,
    MEDIA_LINE,
    TAIL_CHARS,
    TEASER_LINE,
    fold,
    may_be_credit_line,
    may_end_in_credit,
    trim,
)
from newsclean.text.similarity import NO_SPACE_SCRIPT_MIN, STEM_CHARS, has_no_space_script, normalise_title, stems
from newsclean.text.split_credits import _may_be_glued, credit_text

from .conftest import CORPUS, ROOT, shared_file

# Invented lines in the shape of scrapes: credits the gates must let through, and prose they may stop.
INVENTED = (
    "Firefighters battle the blaze near the ridge. (AP Photo/Jane Roe)",
    "Crowds gather outside the town hall on Monday. REUTERS/John Doe",
    "Volunteers sort donations at the depot · Foto: Jan Kowal/dpa",
    "Le maire sur le quai. PHOTO AFP",
    "Jane Roe Submitted photo",
    "The harbour at dawn, seen from the old lighthouse. Getty Images",
    "The harbour at dawn, seen from the old lighthouse. Getty Images.\n",
    "Pupils leave the school after the storm warning. Reuters",
    "Pupils leave the school after the storm warning © Jane Roe",
    "The hunter skinned a marmot near the borderCredit: Getty",
    "Protesters march past the ministry [File: Reuters]",
    "Workers repair the roof of the station. Photo courtesy of the city",
    "Dzieci w parku miejskim. Fot. PAP/Jan Kowal",
    "Детская площадка в центре города. ФОТО ТАСС",
    "Schüler vor der Schule am Morgen. BILD: Jan Woitas",
    "Okul önünde veliler bekliyor. İMAGE: Jane Roe",
    "The council voted on Monday to close the library at the end of the year.",
    "Storm.",
    "Handout via Reuters",
    "Getty Images",
    "Courtesy Jane Roe",
    "(Walt Example Co.)",
    "dpa/Jan Woitas Helfer räumen am Morgen Trümmer weg",
    "Prices rose sharply in the city, officials said",
    "",
)


def _corpus_lines() -> Iterator[str]:
    path = CORPUS
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for row in f:
            if row.strip():
                yield from json.loads(row)["input_text"].split("\n")


def _fixture_lines() -> Iterator[str]:
    for p in sorted((ROOT / "fixtures").glob("*/input.txt")):
        yield from decode(p.read_bytes()).text.split("\n")


def _check_credit_gates(lines: Iterator[str]) -> int:
    checked = 0
    for text in lines:
        start = max(0, len(text) - TAIL_CHARS)
        if not may_end_in_credit(text, start):
            assert CREDIT_TAIL.search(text, start) is None, text
        if not _may_be_glued(text, start):
            assert CREDIT_GLUED.search(text, start) is None, text
        for candidate in (text, credit_text(text)):
            if candidate and not may_be_credit_line(candidate):
                assert CREDIT_LINE.fullmatch(candidate) is None, candidate
        if not text.startswith("("):
            assert CREDIT_BRACKETED.fullmatch(text) is None, text
        if ":" not in text and "：" not in text:
            assert CREDIT_LABEL.match(text) is None, text
        if "/" not in text and "©" not in text:
            assert CREDIT_HEAD.match(text) is None, text
        checked += 1
    return checked


@pytest.mark.parametrize("text", INVENTED)
def test_credit_gates_on_invented_lines(text: str) -> None:
    _check_credit_gates(iter([text]))


@pytest.mark.parametrize(
    ("text", "gate_open"),
    [
        ("Rescuers at the scene (AP Photo/Jane Roe)", True),
        ("Flood water in the valley. Getty Images", True),
        ("Flood water in the valley. Getty Images. ", True),
        ("Flood water in the valley. Photograph: Jane Roe", True),
        ("Hochwasser im Tal. Quelle: dpa", True),
        ("The council voted on Monday to close the library.", False),  # hard negative: prose
        ("Reuters reported that the council voted on Monday.", False),  # agency, but not at the end
    ],
)
def test_credit_gate_decisions(text: str, gate_open: bool) -> None:
    assert may_end_in_credit(text, 0) is gate_open


def test_credit_gates_on_fixtures() -> None:
    assert _check_credit_gates(_fixture_lines()) > 100


def test_credit_gates_on_dev_corpus() -> None:
    shared_file(CORPUS)
    assert _check_credit_gates(_corpus_lines()) > 1000


def test_fold_agrees_with_the_patterns_case_folding() -> None:
    """Every character that ``(?i:q)`` matches for a letter q of a gate word folds to q's fold.

    Then a word the pattern matches case-insensitively is a substring of the casefolded text.
    """
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for q in sorted({c for w in (*CREDIT_TAIL_WORDS, *CREDIT_LINE_WORDS) for c in w}):
        for c in regex.findall(f"(?i:{regex.escape(q)})", every):
            assert fold(c) == fold(q), (q, c)


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


def _stems_by_regex(text: str) -> list[str]:
    return [t[:STEM_CHARS] for t in _TOKEN.findall(text.lower()) if len(t) >= 3]


def _ascii_lines() -> Iterator[str]:
    # Every line: the fast path takes ASCII lines and lines whose only non-ASCII characters separate words.
    yield from INVENTED
    yield from _fixture_lines()
    yield from _corpus_lines()
    yield "".join(chr(c) for c in range(128))  # every ASCII character once
    yield "Don’t “stop” — the café’s ²nd İstanbul ⓐ K office"


def test_ascii_stems_match_the_regex_stems() -> None:
    # stems() splits such lines with bytes.translate instead of the regex: same tokens, same stems.
    assert all(stems(text) == _stems_by_regex(text) for text in _ascii_lines() if not has_no_space_script(text))


def _chrome_one_by_one(label: str) -> str | None:
    for pattern, kind in zip((MEDIA_LINE, TEASER_LINE, BOILERPLATE_LINE, BYLINE_LINE), CHROME_KINDS, strict=True):
        if pattern.fullmatch(label):
            return kind
    return None


def _chrome_combined(label: str) -> str | None:
    m = CHROME_LINE.fullmatch(label)
    return None if m is None else next(k for k in CHROME_KINDS if m.group(k) is not None)


@pytest.mark.parametrize(
    "label",
    [
        "Share Tweet Email",
        "Image 1 of 12",
        "Related stories",
        "12 comments",
        "By Jane Doe",
        "3 hours ago",
        "Storm closes schools",
        "The council voted on Monday to close the library.",
    ],
)
def test_chrome_line_agrees_with_the_four_patterns_on_invented_lines(label: str) -> None:
    assert _chrome_combined(label) == _chrome_one_by_one(label)


def test_chrome_line_agrees_with_the_four_patterns_on_fixtures_and_corpus() -> None:
    labels = {trim(t) for t in (*_fixture_lines(), *_corpus_lines()) if len(t) <= MAX_MARKER_CHARS}
    found = {label: _chrome_one_by_one(label) for label in labels if label}
    assert sum(kind is not None for kind in found.values()) > 20  # the check sees every kind at work
    assert all(_chrome_combined(label) == kind for label, kind in found.items())


@pytest.mark.parametrize(
    ("text", "gate_open"),
    [
        ("Handout via Reuters", True),
        ("Getty Images", True),
        ("Photograph: Jane Roe", True),
        ("Jane Roe/Example Press", True),
        ("Storm closes schools", False),  # hard negative: a headline
        ("Reuters reported the vote on Monday", False),  # agency, but prose
    ],
)
def test_credit_line_gate_decisions(text: str, gate_open: bool) -> None:
    assert may_be_credit_line(text) is gate_open


def test_no_space_scripts_start_at_thai() -> None:
    below = "".join(chr(c) for c in range(ord(NO_SPACE_SCRIPT_MIN)))
    assert regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]", below) is None
    assert has_no_space_script("東京で会議") and has_no_space_script("ข่าว")
    assert not has_no_space_script("Bürger café 2024") and not has_no_space_script("")


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        (["storm closes schools", "home » storm closes schools", "storm", "schools close"], "storm closes schools"),
        (["storm", "stormstorm", "a storm and a storm", ""], "storm"),
        (["a", "b", ""], ""),
        (["no match here"], "storm"),
    ],
)
def test_holders_finds_every_key_that_holds_the_key(keys: list[str], key: str) -> None:
    starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
    assert list(_holders("\n".join(keys), starts, key)) == [i for i, k in enumerate(keys) if key in k]


def test_holders_on_corpus_keys() -> None:
    keys = [normalise_title(t) for t in _fixture_lines()] + [normalise_title(t) for t in _corpus_lines()][:5000]
    starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
    joined = "\n".join(keys)
    for key in keys[::7]:
        assert list(_holders(joined, starts, key)) == [i for i, k in enumerate(keys) if key in k]
