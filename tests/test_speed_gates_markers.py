"""The marker dispatch's length, digit and literal gates change no answer of the full patterns.

``MarkerDispatch.first`` skips an alternative whose matches are all shorter than the line
(``marker_syntax.max_length``), one that needs a digit on a line without one (``needs_digit``) and one
that needs a literal the folded line lacks (``required_literals(spelled=True)``); it folds only a
line's first characters to find its table entry. ``strip_boilerplate`` asks the dispatch of
``TEASER_PREFIXES`` instead of ``TEASER_PREFIX``. Each is run here beside the plain path (the full
alternation, the old cleaner) on every line of the dev corpus (skipped when absent), the fixtures,
the marker examples and invented hostile lines.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import markers
from newsclean.config import DEFAULT_CONFIG
from newsclean.decode import decode
from newsclean.document import Document, Line, Role
from newsclean.pipeline import default_pipeline
from newsclean.text import captions, marker_dispatch, patterns
from newsclean.text import strip_link_lists as sll
from newsclean.text.marker_dispatch import KEY_CHARS, MarkerDispatch
from newsclean.text.marker_syntax import (
    flat_gate,
    fold,
    gate_holds,
    has_digit,
    literal_gate,
    max_length,
    min_length,
    needs_digit,
    required_literals,
    starts,
)
from newsclean.text.patterns import (
    AD_DISPATCH,
    AD_LINE,
    CHROME_DISPATCH,
    CHROME_KINDS,
    CHROME_LINE,
    CONTACT_DISPATCH,
    FLAGS,
    LIST_HEADING,
    MAX_MARKER_CHARS,
    TEASER_LINE,
    TEASER_PREFIX,
    trim,
)
from newsclean.text.strip_ad_markers import remove_sponsored_headlines
from newsclean.text.strip_boilerplate import (
    _AUTHOR,
    _BARE_BY,
    _OPENING_DISPATCH,
    _TEASER_DISPATCH,
    _WHY,
    _strip_author_bios,
    _strip_comments,
    strip_boilerplate,
)

from .conftest import (
    CORPUS,
    EVERY_CHARACTER,
    ROOT,
    corpus_lines,
    fixture_lines,
    shared_file,
)

_EVERY = EVERY_CHARACTER

# Lines a table keyed on first characters, a length bound or a digit test could get wrong.
HOSTILE = (
    "",
    " ",
    "i\u0307i\u0307i\u0307i\u0307 Share",
    "İİİ comments",
    "ẞhare Tweet Email",
    "ſhare",
    "STRAẞE 3 hours ago",
    "٣ hours ago",
    "3 hours ago",
    "१२ comments",
    "12 Kommentare",
    "© dpa-infocom, dpa:261127-99-041233/4",
    "— Advertisement —",
    "--- ADVERTISEMENT 12 ---",
    "Advertisement" + " 1" * 80,
    "Share " * 9,
    "Share " * 8,
    "Le 25 novembre 2026 à 18:04",
    "Le 25 novembre deux mille vingt-six",
    "Ayla Kaya | 27.11.2026 - Güncelleme : 27.11.2026",
    "Ayla Kaya | 27.11.2026 - Güncelleme : 27.11.2026" + " x" * 70,
    "MADRID, 27 Nov. (EUROPA PRESS) -",
    "MADRID, 27 Nov (EUROPA PRESS",
    "Weekly Newsletter",
    "The Morning Briefing Weekly Local Newsletter",
    "Click to share on X (Opens in new window)",
    "Sponsored by the Harbour Trust",
    "Market Update sponsored by Acme",
    "Read more: Ten things to know about the vote",
    "Read more:",
    "READ MORE » x",
    "Lire aussi : Les dix dates clés",
    "À lire aussi - x",
    "Читайте также: Главные вопросы",
    "By Jane Doe and John Roe, Associated Press",
    "By",
    "przez:",
    "November 27, 20268:05 AM UTCUpdated 2 hours ago",
    "19 November 2019 • 1:16pm",
    "Mon, 19 Nov 2019 10:00 CET",
    "2026年11月27日 10時15分",
    "The council voted on Monday to close the library at the end of the year.",
    "x" * (MAX_MARKER_CHARS + 1),
    "Copyright 2024 The Harbour Press. All rights reserved." + " More text." * 30,
)


def _examples() -> list[str]:
    lists = (
        markers.AD_LINES,
        markers.TEASER_LINES,
        markers.BOILERPLATE_LINES,
        markers.MEDIA_LINES,
        markers.BYLINE_LINES,
        markers.TEASER_PREFIXES,
        markers.OBITUARY_CHROME,
        markers.AUTHOR_BOX_HEADINGS,
    )
    return [m.example for ms in lists for m in ms]


def _variants(line: str) -> set[str]:
    stripped = line.strip()
    return {stripped, trim(stripped), stripped.upper(), stripped[: KEY_CHARS + 2]}


# --------------------------------------------------------------------------- each dispatch vs its full pattern


def _full_answer(full: regex.Pattern[str], names: tuple[str, ...], text: str, whole: bool) -> object:
    m = full.fullmatch(text) if whole else full.match(text)
    if m is None:
        return None
    return next((n for n in names if m.group(n) is not None), None), m.span()


def _check(lines: Iterator[str]) -> int:
    """Every dispatch answers as its full pattern on each line; returns how many lines a marker matched."""
    hits = 0
    for line in lines:
        for text in _variants(line):
            for dispatch, full, names in (
                (AD_DISPATCH, AD_LINE, ()),
                (CHROME_DISPATCH, CHROME_LINE, CHROME_KINDS),
                (CONTACT_DISPATCH, CONTACT_DISPATCH.full, ()),
            ):
                found = dispatch.first(text)
                got = None if found is None else (found[0], found[1].span())
                want = _full_answer(full, names, text, True)
                assert got == want, text
                hits += want is not None
            teaser = _TEASER_DISPATCH.first(text, whole=False)
            m = TEASER_PREFIX.match(text)
            assert (teaser and teaser[1].span()) == (m and m.span()), text
            opening = _OPENING_DISPATCH.first(text, whole=False)
            m = _OPENING_DISPATCH.full.match(text)
            assert (opening and opening[1].span()) == (m and m.span()), text
            for kind, full in (("teaser", TEASER_LINE), ("boilerplate", LIST_HEADING)):
                heading = sll._HEADINGS[kind].first(text)
                assert (heading and heading[1].span()) == ((h := full.fullmatch(text)) and h.span()), text
    return hits


def test_dispatch_on_hostile_lines_and_marker_examples() -> None:
    assert _check(iter((*HOSTILE, *_examples()))) > 100


def test_dispatch_on_fixtures() -> None:
    assert _check(fixture_lines()) > 10


def test_dispatch_on_dev_corpus() -> None:
    assert _check(line for line in corpus_lines() if len(line) <= MAX_MARKER_CHARS * 2) > 100


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([*_examples(), *HOSTILE]),
    st.text(st.sampled_from("ſKİßẞ١٣3 -:|.,()©i\u0307aZ"), max_size=4),
    st.text(st.sampled_from("ſKİßẞ١٣3 -:|.,()©i\u0307aZ"), max_size=4),
)
def test_dispatch_on_generated_lines(base: str, head: str, tail: str) -> None:
    _check(iter([head + base + tail, head + base, base + tail, (head + base)[:8]]))


# --------------------------------------------------------------------------- the gates one by one


def _units() -> list[marker_dispatch._Unit]:
    headings = [u for d in sll._HEADINGS.values() for u in d.units]
    return [*AD_DISPATCH.units, *CHROME_DISPATCH.units, *CONTACT_DISPATCH.units, *_TEASER_DISPATCH.units, *headings]


def test_no_marker_is_left_without_a_length_bound() -> None:
    # Every marker's length is bounded (the house rule for linear patterns), so every unit is gated.
    assert all(u.most < marker_dispatch._UNBOUNDED for u in _units())


def test_max_length_bounds_every_match_seen() -> None:
    lines = [t for line in (*HOSTILE, *_examples()) for t in _variants(line)]
    with shared_file(CORPUS).open(encoding="utf-8") as f:
        for row in f:
            if row.strip():
                lines += [t for line in json.loads(row)["input_text"].splitlines() for t in _variants(line)]
    matched = 0
    for unit in _units():
        for text in lines:
            if len(text) > unit.most and unit.pattern.fullmatch(text):
                pytest.fail(f"{unit.source!r} matched {len(text)} characters: {text!r}")
            matched += len(text) == unit.most and unit.pattern.fullmatch(text) is not None
    assert matched >= 0


@pytest.mark.parametrize(
    ("source", "most"),
    [
        ("abc", 3),
        (r"(?:\d{1,6} )?comments?", 15),
        (r"a{2}b{,3}c{1,4}", 9),
        (r"(?=x{9})ab", 2),  # a lookaround consumes nothing
        (r"(?<!y)\bab\Z", 2),
        (r"(?P<n>ab|c)", 2),
        (r"(?-i:\p{Lu}[\p{L} .'-]{1,30})", 31),
        (r"(?>ab|abcd)x", 5),
        (r"[^\n]{0,120}", 120),
        (r"\x41\u0042\N{LATIN SMALL LETTER C}", 3),
        ("a+", None),
        ("a*", None),
        ("a{2,}", None),
        (r"(?f:ß)", None),  # full case folding: one pattern character may match two
        (r"(?x: a b)", None),
        (r"(a)\1", None),
        (r"\X", None),
        ("a{", None),
        ("(?|a|b)", None),
    ],
)
def test_max_length(source: str, most: int | None) -> None:
    assert max_length(source) == most
    if most is not None:
        regex.compile(source)


def test_simple_case_folding_matches_one_character_with_one() -> None:
    # Under the dispatch's flags (V0, no FULLCASE), no character matches a two-character text.
    assert not FLAGS & (regex.FULLCASE | regex.VERSION1)
    for c in _EVERY:
        if len(c.casefold()) > 1:
            assert regex.fullmatch(regex.escape(c), c.casefold(), FLAGS) is None, c
            assert regex.fullmatch(regex.escape(c.casefold()), c, FLAGS) is None, c


def test_a_full_case_folding_dispatch_has_no_length_gate() -> None:
    dispatch = MarkerDispatch([(None, markers.AD_LINES)], FLAGS | regex.FULLCASE)
    assert all(u.most == marker_dispatch._UNBOUNDED for u in dispatch.units)
    for text in ("Anzeige", "Advertisement", "Werbung", "x" * 200):
        found = dispatch.first(text)
        assert (found and found[1].span()) == ((m := dispatch.full.fullmatch(text)) and m.span())


@pytest.mark.parametrize(
    ("source", "needed"),
    [
        (r"\d{1,2} (?:jan|feb)", True),
        (r"(?:\p{L}{2,10} )?\d{1,2}", True),
        (r"(?=[^\n]{0,40}\d)(?:mon|tue)", True),
        (r"(?:a\d|\d{2}b)", True),
        (r"(?-i:x\d)", True),
        (r"(?:\d{1,6} )?comments?", False),
        (r"\d{0,6} ?shares?", False),
        (r"(?:\d|x)y", False),
        (r"(?!\d)x", False),
        (r"(?x: \d )", False),
        (r"[\d]", False),  # a class is not read: unsure
    ],
)
def test_needs_digit(source: str, needed: bool) -> None:
    assert needs_digit(source) is needed


def test_the_digit_test_sees_every_digit_a_marker_can_match() -> None:
    # A marker's \d, under any flags a marker can scope, matches no character _DIGIT misses, and
    # folding keeps every such character (the key and literal checks read the folded text).
    digits = set(marker_dispatch._DIGIT.findall(_EVERY))
    for flags in (0, regex.IGNORECASE, regex.ASCII, regex.IGNORECASE | regex.ASCII):
        assert set(regex.findall(r"\d", _EVERY, flags)) <= digits
    assert all(fold(c) == c for c in digits)


def test_the_ascii_digit_test_is_the_digit_pattern() -> None:
    for text in (*HOSTILE, *_EVERY, "abc", "abc7", "٣", "x" * 300 + "9"):
        assert has_digit(text) is (marker_dispatch._DIGIT.search(text) is not None), text


def test_units_that_need_a_digit_match_only_lines_with_one() -> None:
    lines = [t for line in (*HOSTILE, *_examples()) for t in _variants(line)]
    for unit in _units():
        if unit.digit:
            for text in lines:
                if unit.pattern.fullmatch(text):
                    assert marker_dispatch._DIGIT.search(text), (unit.source, text)


def test_spelled_literals_are_held_by_every_match_seen() -> None:
    lines = [t for line in (*HOSTILE, *_examples()) for t in _variants(line)]
    for unit in _units():
        literals = unit.holds
        assert literals == required_literals(unit.source, spelled=True)
        if not literals:
            continue
        for text in lines:
            if unit.pattern.fullmatch(text):
                assert any(w in fold(text) for w in literals), (unit.source, text)


def test_spelled_gate_words_fold_as_the_patterns_match() -> None:
    """A text a unit matches folds to one of its literals: every character (?i:q) matches for a
    character q of a gate word folds to q's fold, or to the character another spelling of the same
    literal set has there ("haklar[ıi]": "I" matches "ı" and folds to "i", spelled too)."""
    matched: dict[str, set[str]] = {}
    for unit in _units():
        words = unit.holds or frozenset()
        for w in words:
            assert "\u0307" not in w  # fold drops it after "i"
            for j, q in enumerate(w):
                if q not in matched:
                    matched[q] = {fold(c) for c in regex.findall(f"(?i:{regex.escape(q)})", _EVERY)}
                for f in matched[q] - {q}:
                    assert w[:j] + f + w[j + 1 :] in words, (unit.source, w, q, f)


def test_min_length_bounds_every_match_seen() -> None:
    # A fullmatch is at least as long as the unit's shortest match (``marker_syntax.min_length``).
    lines = [t for line in (*HOSTILE, *_examples()) for t in _variants(line)]
    with shared_file(CORPUS).open(encoding="utf-8") as f:
        for row in f:
            if row.strip():
                lines += [t for line in json.loads(row)["input_text"].splitlines() for t in _variants(line)]
    for unit in _units():
        for text in lines:
            if len(text) < unit.least and unit.pattern.fullmatch(text):
                pytest.fail(f"{unit.source!r} matched {len(text)} characters: {text!r}")


@pytest.mark.parametrize(
    ("source", "least"),
    [
        ("abc", 3),
        (r"(?:\d{1,6} )?comments?", 7),
        (r"a{2}b{,3}c{1,4}", 3),
        (r"(?=x{9})ab", 2),  # a lookaround consumes nothing
        (r"(?<!y)\bab\Z", 2),
        (r"(?P<n>ab|c)", 1),
        (r"(?-i:[a-z]{3})(?: (?-i:[a-z]{3})){2,4}", 11),
        (r"(?>ab|abcd)x", 3),
        (r"[^\n]{0,120}", 0),
        (r"a+b*", 1),
        ("ab|c|de", 1),
        (r"\x41\u0042\N{LATIN SMALL LETTER C}", 3),
        (r"(?f:ss)", 0),  # full case folding: "ß" is one character
        (r"(?x: a b)", 0),
        (r"(a)\1", 0),
        (r"\X", 0),
        ("a{", 0),
    ],
)
def test_min_length(source: str, least: int) -> None:
    assert min_length(source) == least


def test_a_scoped_class_begins_only_what_its_flags_allow() -> None:
    # "(?-i:[a-z])" begins a lowercase line only, though the dispatch's flags ignore case.
    assert starts(r"(?-i:[a-z]{3})(?: [a-z]{3}){2,4}") == frozenset({("atom", "(?-i:[a-z])")})
    marker = markers.Marker(r"(?-i:[a-z]{3})(?: (?-i:[a-z]{3})){2}", "abc def ghi")
    dispatch = MarkerDispatch([(None, (marker,))], FLAGS)
    for text in ("abc def ghi", "Abc def ghi", "ABC DEF GHI", "abc Def ghi"):
        assert _dispatched_span(dispatch, text) == _full_span(dispatch, text), text
    assert _dispatched_span(dispatch, "abc def ghi") is not None


def _dispatched_span(dispatch: MarkerDispatch, text: str) -> tuple[int, int] | None:
    found = dispatch.first(text)
    return None if found is None else found[1].span()


def _full_span(dispatch: MarkerDispatch, text: str) -> tuple[int, int] | None:
    m = dispatch.full.fullmatch(text)
    return None if m is None else m.span()


def test_a_fold_of_the_first_characters_starts_the_fold() -> None:
    # The key is read from the first 2 * KEY_CHARS characters: casefold maps each character alone to
    # one or more, and fold only joins "i" + U+0307, so no character folds to nothing.
    assert all(len(c.casefold()) >= 1 for c in _EVERY)
    for text in (*HOSTILE, "i\u0307" * 5, "İi\u0307ß", "ßßß", "\u0307\u0307\u0307abc"):
        head = fold(text[: 2 * KEY_CHARS])[:KEY_CHARS]
        if len(head) == KEY_CHARS or len(text) <= 2 * KEY_CHARS:
            assert head == fold(text)[:KEY_CHARS], text


# --------------------------------------------------------------------------- the cleaners vs their plain paths


def _plain_strip_boilerplate(doc: Document) -> None:
    """strip_boilerplate as it was: TEASER_PREFIX.match and CHROME_LINE.fullmatch on every line."""
    body = list(doc.body())
    for i, line in enumerate(body):
        if line.role is not Role.BODY:
            continue
        text = line.text
        if _BARE_BY.fullmatch(text) and i + 1 < len(body) and _AUTHOR.fullmatch(body[i + 1].text):
            doc.remove(line, "byline", "a byline's 'By' on a line of its own")
            doc.remove(body[i + 1], "byline", "author's name under a 'By' line")
            continue
        if line.n_words <= 120:
            m = _OPENING_DISPATCH.full.match(text)
            if m is not None:
                doc.remove(line, "boilerplate", f"page chrome paragraph starting {m.group().strip()!r}")
                continue
        if len(text) > MAX_MARKER_CHARS * 2:
            continue
        if line.n_words <= 30:
            m = TEASER_PREFIX.match(text)
            if m and m.end() < len(text):
                doc.remove(line, "teaser", f"teaser line starting {m.group().strip()!r}")
                continue
        if len(text) > MAX_MARKER_CHARS:
            continue
        label = trim(text)
        full = CHROME_LINE.fullmatch(label) if label else None
        if full is not None:
            kind = next(k for k in CHROME_KINDS if full.group(k) is not None)
            doc.remove(line, kind, _WHY[kind])
    # the comment-thread and author-bio passes after the line loop, the same on both paths
    _strip_comments(doc)
    _strip_author_bios(doc)


def _plain_strip_ad_markers(doc: Document) -> None:
    for line in doc.body():
        if len(line.text) > MAX_MARKER_CHARS or line.n_words > 16:
            continue
        label = trim(line.text)
        if label and AD_LINE.fullmatch(label):
            doc.remove(line, "ad", f"advertisement label {label[:60]!r}")
    remove_sponsored_headlines(doc)  # a rule of its own after the labels, not a marker path


def _plain_strip_link_lists(doc: Document) -> None:
    """strip_link_lists as it was: TEASER_LINE or LIST_HEADING.fullmatch on every removed heading."""

    def is_heading(line: Line) -> bool:
        if line.role is not Role.REMOVED or line.kind not in ("teaser", "boilerplate"):
            return False
        return (TEASER_LINE if line.kind == "teaser" else LIST_HEADING).fullmatch(trim(line.text)) is not None

    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED or is_heading(ln)]
    left = 0
    for i, line in enumerate(lines):
        if line.role is Role.REMOVED:
            left = sll._MAX_ITEMS
            continue
        if not left:
            continue
        after = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].role is Role.BODY else None
        if line.role is not Role.BODY or not (sll._is_item(line) or sll._is_dek(line, after)):
            left = 0
            continue
        doc.remove(line, "teaser", "story link listed under a related-stories heading")
        left -= 1


def _state(doc: Document) -> list[tuple[object, ...]]:
    return [(ln.index, ln.role, ln.kind, ln.reason) for ln in doc.lines]


def _compare_cleaners(text: str) -> None:
    """Run the pipeline to strip_link_lists; each of S2's cleaners leaves the lines as its plain path."""
    plain_paths = {
        "strip_ad_markers": _plain_strip_ad_markers,
        "strip_boilerplate": _plain_strip_boilerplate,
        "strip_link_lists": _plain_strip_link_lists,
    }
    doc = Document.from_text(text)
    for step in default_pipeline().steps:
        doc.rule = step.name
        plain = copy.deepcopy(doc)
        step(doc, DEFAULT_CONFIG)
        if step.name in plain_paths:
            plain_paths[step.name](plain)
            assert _state(doc) == _state(plain), step.name
        if step.name == "strip_link_lists":
            return


def test_cleaners_match_their_plain_paths_on_hostile_lines() -> None:
    _compare_cleaners("\n".join((*HOSTILE, *_examples())))
    _compare_cleaners("\n".join(reversed((*HOSTILE, *_examples()))))


def test_cleaners_match_their_plain_paths_on_fixtures() -> None:
    for p in sorted((ROOT / "fixtures").glob("*/input.txt")):
        _compare_cleaners(decode(p.read_bytes()).text)


def test_cleaners_match_their_plain_paths_on_dev_corpus() -> None:
    with shared_file(CORPUS).open(encoding="utf-8") as f:
        for row in f:
            if row.strip():
                _compare_cleaners(json.loads(row)["input_text"])


def test_strip_boilerplate_is_the_registered_cleaner() -> None:
    assert "strip_boilerplate" in default_pipeline().names and strip_boilerplate.name == "strip_boilerplate"


# --------------------------------------------------------------------------- the caption cue gate


_GATED = (
    (captions.CUE_GATE, patterns.CAPTION_CUE),
    (captions.NOTE_GATE, captions.PICTURE_NOTE),
    (captions.VERB_GATE, captions.REPORTING_VERB),
)


@pytest.mark.parametrize(("gate", "pattern"), _GATED)
def test_every_character_a_gate_letter_folds_into_the_gate(gate: captions.Gate, pattern: regex.Pattern[str]) -> None:
    # The gates look for folded literals in the folded line: each character that a literal's
    # character matches case-insensitively folds to it, or to a character that spells another word of
    # the same set ("[ıi]" spells both). The patterns are written in lowercase, so the folded letters
    # are as written ("I" would match the dotless "ı", which folds to itself).
    assert gate is not None and (pattern.flags & regex.IGNORECASE or pattern.pattern.startswith("(?i:"))
    assert not regex.search(r"\p{Lu}", regex.sub(r"\\[pPN]\{[^}]*\}", "", pattern.pattern))
    assert "\u0307" not in pattern.pattern  # fold drops it after "i"
    folds: dict[str, set[str]] = {}
    for _, sets in gate:
        for words in sets:
            for w in words:
                for j, q in enumerate(w):
                    if q not in folds:
                        folds[q] = {fold(c) for c in regex.findall(f"(?i:{regex.escape(q)})", _EVERY)}
                    for f in folds[q] - {q}:
                        assert w[:j] + f + w[j + 1 :] in words, (w, q, f)


def _gate_check(texts: Iterator[str]) -> int:
    hits = 0
    for text in texts:
        folded, digit = fold(text), has_digit(text)
        for gate, pattern in _GATED:
            found = pattern.search(text) is not None
            assert captions._holds(gate, folded, digit) or not found, (pattern.pattern[:40], text)
            hits += found
        assert captions.may_hold_a_cue(text) is captions._holds(captions.CUE_GATE, folded, digit)
    return hits


def _cue_variants(line: str) -> list[str]:
    return [line, line.upper(), line.lower(), line.title()]


def test_cue_gates_on_dev_corpus_and_fixtures() -> None:
    lines = [*corpus_lines(), *fixture_lines()]
    assert _gate_check(t for line in lines for t in _cue_variants(line)) > 20


_CUE_EXAMPLES = (
    "(reissued 18 June 2018)",
    "Jane Roe (L) and Jim Poe (2nd R)",
    "Helfer (links) und Jane Roe (à gauche)",
    "Jane Roe, left, and Jim Poe, second from right,",
    "Symbolbild",
    "na zdjęciu",
    "на фото прокурор",
    "from left: Jane, Jim",
    "Jane Roe attends the gala",
    "The mayor poses for a photo",
    "Jane Roe is pictured",
    "16 October 2017",
    "Oct. 16, 2017",
    "in Munich, southern Germany, 16",
    "Jim Roe holds up a trophy",
    "Arkivbild",
    "zdjęcie archiwalne",
    "(Symbolbild)",
    "资料图片",
    "dijo el ministro que informó",
    "a annoncé le maire",
    "сообщил мэр",
    "AÇIKLADI",
    "teilte am Montag mit",
)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_CUE_EXAMPLES),
    st.text(st.sampled_from("ſKİıßẞ١٣3 -:|.,()©i\u0307aZ"), max_size=4),
    st.text(st.sampled_from("ſKİıßẞ١٣3 -:|.,()©i\u0307aZ"), max_size=4),
)
def test_cue_gates_on_generated_lines(base: str, head: str, tail: str) -> None:
    _gate_check(iter([head + base + tail, (head + base).upper(), base + tail, base.replace(" ", head)]))


def test_cue_gates_on_examples() -> None:
    assert _gate_check(t for line in _CUE_EXAMPLES for t in _cue_variants(line)) >= 4 * len(_CUE_EXAMPLES)


def test_the_caption_cue_is_its_listed_alternatives() -> None:
    # The gate is read off CAPTION_CUES; CAPTION_CUE must be exactly their alternation.
    assert patterns.CAPTION_CUE.pattern == f"(?i:{'|'.join(patterns.CAPTION_CUES)})"
    assert not patterns.CAPTION_CUE.flags & regex.VERBOSE


@pytest.mark.parametrize(
    ("source", "holds", "lacks"),
    [
        (
            r"\b(?:pos(?:es?|ing)\ for|\d{1,2} ma[iy])",
            ["Jane poses for x", "on 3 may"],
            ["poll for x", "may 3", "on x may"],
        ),
        (r"\((?:l|left|2nd\ r)\)", ["Roe (L)", "(2nd R) x"], ["(left side)", "(ll)", "l"]),
        (
            r",\ (?:left|second\ (?:from\ )?right),",
            ["Roe, left, and", "Roe, second right,"],
            ["Roe left and", "Roe, right,"],
        ),
    ],
)
def test_literal_gate(source: str, holds: list[str], lacks: list[str]) -> None:
    gate = flat_gate(literal_gate(source) or ("any", ()))
    pattern = regex.compile(source, regex.IGNORECASE)
    for text in (*holds, *lacks):
        assert pattern.search(text) is None or gate_holds(gate, fold(text), has_digit(text)), text
    assert all(gate_holds(gate, fold(t), has_digit(t)) for t in holds)
    assert not any(gate_holds(gate, fold(t), has_digit(t)) for t in lacks)
