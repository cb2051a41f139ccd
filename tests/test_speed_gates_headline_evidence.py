"""find_headline's evidence, the block-at-a-time paths: each gives exactly what the plain computation gives.

The plain versions below are the code these paths replaced (per line: ``normalise_title``, ``stem_hits``
over ``tokens``, the generator sums, the shape test with a regex per question). Each runs beside its
fast path on every line of the dev corpus (skipped when absent), of the fixtures and of invented hostile
lines; where a path rests on a property of Unicode, on every code point. Floats are compared with ``==``:
the fast paths must give the same bits, not nearly the same numbers.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections import Counter
from collections.abc import Iterator
from itertools import chain, compress, islice

import pytest
import regex

from newsclean.config import DEFAULT_CONFIG, CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.text import headline_evidence as ev
from newsclean.text import similarity as sim

from .conftest import EVERY_CHARACTER, corpus_texts, fixture_texts, prepared

_EVERY = EVERY_CHARACTER

HOSTILE = (
    "",
    " ",
    "  Storm  closes\tSchools ",
    "«Storm closes schools»! | Daily Example",
    "ΟΔΟΣ ΣΟΦΙΑΣ",  # final sigma at a line's end ...
    "Σ",
    "ΣΑ ΣΟΦΟΣ",  # ... and at the start of the next
    "\u0301starts with a combining mark",
    "ends with a base letter e",
    "\u1100",  # a Hangul leading jamo ...
    "\u1161 on the next line",  # ... and a vowel jamo: they compose only when adjacent
    "İstanbul’da ² ⓐ K ﬁnal ½ ™ ǆ Ｆｕｌｌ",
    "tab\tseparated\u00a0no-break\u2003em\u3000ideographic",
    "odd \x85 next-line \u2028 line-sep \u2029 para-sep \x1c\x1d\x1e\x1f \x0b\x0c\r",
    "soft\u00adhyphen and zero\u200bwidth and joiner\u200d",
    "a" + "a".join("‹›«»“”‘’–—…·•¿¡§¶†‡"),  # more separator kinds than tokens() replaces one by one
    "東京都で新しい会議が始まった",
    "ข่าวด่วน วันนี้",
    "mixed ab中文 token",
    "Home » News » Storm closes schools",
    "News / World / Europe",
    "By Jane Doe - Staff Writer 2024-05-03",
    "by jane doe",
    "Von der Leyen warnt vor neuen Zöllen",
    "przez Jana Kowalskiego",
    "3 May 2024 | by Jane Doe",
    "11.14.2019 09:00 AM",
    "Storm hits 3 counties and closes 40 schools",
    "1 2 3 4 5 6",
    "• list item about the storm",
    "photos © Example, 2018",
    "the storm closed the schools.",
    "Schools » closed",
    "a line with\na line break inside it",
)


def _fixture_texts() -> Iterator[str]:
    return fixture_texts()


def _corpus_texts() -> Iterator[str]:
    return corpus_texts()


def _prepared(text: str) -> Document:
    """``text`` as find_headline sees it: after the cleaners before it."""
    return prepared(text)


# ------------------------------------------------------------------ Unicode properties the block paths rest on


def test_no_character_lowercases_or_normalises_to_or_from_a_line_break() -> None:
    for c in _EVERY:
        if c != "\n":
            assert "\n" not in c.lower(), hex(ord(c))
            assert "\n" not in unicodedata.normalize("NFKC", c), hex(ord(c))
    assert "\n".lower() == unicodedata.normalize("NFKC", "\n") == "\n"


def test_every_whitespace_but_the_space_is_not_printable() -> None:
    for c in _EVERY:
        if c.isspace() and c != " ":
            assert not c.isprintable(), hex(ord(c))


def test_no_space_gate_in_its_complement_form_takes_the_same_code_points() -> None:
    plain = regex.compile(f"[{sim._NO_SPACE_BLOCKS}]")
    for c in _EVERY:
        assert (sim._NO_SPACE_GATE.match(c) is not None) == (plain.match(c) is not None), hex(ord(c))


def test_no_letter_or_digit_separates_tokens() -> None:
    # _separators skips a rest of characters that str.isalnum() takes: none of them is a separator.
    for c in _EVERY:
        if not c.isascii() and c.isalnum():
            assert sim._NON_ASCII_NON_ALNUM.match(c) is None, hex(ord(c))
    for c in sim._COMMON_SEPARATORS:
        assert sim._NON_ASCII_NON_ALNUM.match(c), hex(ord(c))


def _plain_separators(low: str) -> set[str]:
    return {c for c in low if not c.isascii() and sim._NON_ASCII_NON_ALNUM.match(c)}


def test_separators_are_the_plain_set() -> None:
    many = "a".join(chr(c) for c in range(0x2190, 0x2190 + 3 * sim._MAX_SEPARATOR_SCANS))  # arrows: past the scans
    lowered = [many, "\n".join(HOSTILE).lower(), "ünïcödé ÄÖÜ ß", "«»", ""]
    lowered += ["\n".join(texts).lower() for texts in _documents_lines()]
    for low in lowered:
        found = sim._separators(low)
        assert len(found) == len(set(found))
        assert set(found) == _plain_separators(low)


def test_lower_memo_gives_each_text_its_own_lower() -> None:
    for text in ("Storm CLOSES", "Storm CLOSES", "ΟΔΟΣ", "Storm CLOSES", "x" * (sim._LOWER_KEEP_CHARS + 1), "ΟΔΟΣ"):
        assert sim._lower(text) == text.lower()


def test_digit_like_takes_every_digit() -> None:
    for c in _EVERY:
        if c.isdigit() or ev._DIGIT.match(c):
            assert ev._DIGIT_LIKE.match(c), hex(ord(c))
    for c in map(chr, range(128)):
        assert ev._has_digit_like(c) == (ev._DIGIT_LIKE.match(c) is not None) == (ev._DIGIT.match(c) is not None)


_DATES = (
    "2024-05-03",
    "03.05.2024 text",
    "on 3 May 2024",
    "3. Mai 2024",
    "May 3, 2024",
    "Sept. 13, 2019",
    "at 18:30",
    "18:30:15",
    "score 3:1",
    "1:2345",
    "May 3,2024",
    "May 3, 20245",
    "a2024-05-03",
    "version 1.2.3",
    "١٢:٣٠",
    "3 мая 2024",
    "３ May ２０２４",
    "Storm hits 3 counties",
)


def test_date_branches_find_what_the_whole_pattern_finds() -> None:
    texts = chain(_DATES, HOSTILE, chain.from_iterable(t.splitlines() for t in _fixture_texts()))
    for text in chain(texts, chain.from_iterable(t.splitlines() for t in _corpus_texts())):
        assert ev._has_date_or_time(text) == (ev._DATE_OR_TIME.search(text) is not None), text


def test_lower_of_joined_lines_is_the_join_of_their_lowers() -> None:
    # Final sigma is the one context rule of str.lower(): a "\n" stops its look to either side.
    lines = [*HOSTILE[:-1], "Σ", "ΑΣ", "Σ", "'Σ", "Σ'", "Α\u0301Σ", "Σ\u0301"]
    assert "\n".join(lines).lower() == "\n".join(line.lower() for line in lines)


def test_byline_words_start_only_with_the_gate_letters() -> None:
    words = ("by", "von", "par", "por", "door", "przez")
    for c in _EVERY:
        if any(ev._BYLINE_START.match(c + w[1:] + " X") for w in words):
            assert c in ev._BYLINE_FIRST, hex(ord(c))


def test_a_crumb_separator_needs_a_gate_character() -> None:
    for c in _EVERY:
        if ev._CRUMB_SEPARATOR.search(" " + c + " "):
            assert ev._CRUMB_CHARS.search(c), hex(ord(c))


# ------------------------------------------------------------------ title keys


def _documents_lines() -> Iterator[list[str]]:
    """The lines of each text, as find_headline sees them and as split from the raw text."""
    yield list(HOSTILE)
    for text in _fixture_texts():
        yield text.splitlines()
        yield [ln.text for ln in _prepared(text).lines if ln.role is not Role.REMOVED]


def _corpus_lines() -> Iterator[list[str]]:
    for text in _corpus_texts():
        yield text.splitlines()
        yield [ln.text for ln in _prepared(text).lines if ln.role is not Role.REMOVED]


def _check_keys(texts: list[str]) -> None:
    assert sim.title_keys(texts) == [sim.normalise_title(t) for t in texts]


@pytest.mark.parametrize("block_chars", [1, 40, sim._BLOCK_CHARS])
def test_title_keys_on_invented_lines_and_fixtures(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(sim, "_BLOCK_CHARS", block_chars)
    for texts in _documents_lines():
        _check_keys(texts)
    for line in HOSTILE:  # each hostile line inside ordinary ones, so it spoils only its own block
        _check_keys(["Storm closes schools", line, "“Quoted” line"])


def test_title_keys_on_the_dev_corpus() -> None:
    for texts in _corpus_lines():
        _check_keys(texts)


def test_title_keys_of_no_texts() -> None:
    assert sim.title_keys([]) == []


# ------------------------------------------------------------------ stem counts


def _plain_counts(texts: list[str], wanted: set[str]) -> Counter[str]:
    return Counter(chain.from_iterable(sim.stem_hits(map(sim.tokens, texts), wanted, True)))


def _wanted(texts: list[str], rng: random.Random) -> set[str]:
    stems = sorted({s for t in texts for s in sim.stems_of(sim.tokens(t), True)})
    return set(rng.sample(stems, min(len(stems), 80))) | {"ab", "中文", "the", "storm", "schoo"}


def _check_counts(texts: list[str], rng: random.Random) -> None:
    wanted = _wanted(texts, rng)
    want = _plain_counts(texts, wanted)
    assert sim.stem_counts(texts, wanted) == want
    if not sim.has_no_space_script("\n".join(texts)):  # the caller's promise for no_space_script=False
        assert sim.stem_counts(texts, wanted, False) == want


@pytest.mark.parametrize("block_chars", [1, 40, sim._BLOCK_CHARS])
def test_stem_counts_on_invented_lines_and_fixtures(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(sim, "_BLOCK_CHARS", block_chars)
    rng = random.Random(block_chars)
    for texts in _documents_lines():
        _check_counts(texts, rng)
    for line in HOSTILE:
        _check_counts(["Storm closes the schools", line, "The schools stay closed"], rng)


def test_stem_counts_on_the_dev_corpus() -> None:
    rng = random.Random(3)
    for texts in _corpus_lines():
        _check_counts(texts, rng)


@pytest.mark.parametrize("block_chars", [1, 40, sim._BLOCK_CHARS])
def test_block_words_are_each_texts_tokens(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(sim, "_BLOCK_CHARS", block_chars)
    for texts in chain(_documents_lines(), [["Storm closes the schools", line, "“Quoted” line"] for line in HOSTILE]):
        for no_space_script in (True, False):
            got: list[list[str]] = []
            for words, no_space in sim.block_words(texts, no_space_script):
                block = texts[len(got) : len(got) + len(words)]
                assert no_space == (no_space_script and sim.NO_SPACE_GATE.search("\n".join(block)) is not None)
                got.extend(map(str.split, words))
            assert got == [sim.tokens(t) for t in texts]


def test_stem_weights_are_the_formula() -> None:
    df = {"the": 30, "storm": 2, "schoo": 2, "close": 1, "mayor": 7}
    assert sim.stem_weights(df, 40) == {w: math.log(41 / (c + 0.5)) + 0.1 for w, c in df.items()}


def test_stems_of_at_c_speed_is_the_comprehension() -> None:
    for texts in _documents_lines():
        for t in texts:
            words = sim.tokens(t)
            assert sim.stems_of(words, False) == [w[: sim.STEM_CHARS] for w in words if len(w) >= 3]


# ------------------------------------------------------------------ overlaps, and the words of the evidence


def _plain_overlaps(words: list[str], references: list[set[str]], weights: dict[str, float]) -> list[float]:
    distinct = set(words)
    total = sum(weights.get(w, 1.0) for w in distinct)
    if not total:
        return [0.0 for _ in references]
    return [sum(weights.get(w, 1.0) for w in distinct & reference) / total for reference in references]


class _PlainWords:
    """``_Words`` as it was: every line's wanted stems by ``stem_hits``, counts by set comprehension."""

    def __init__(self, lines: list[Line], keys: list[str], no_space: bool, cand_pos: list[int]) -> None:
        self._texts = [ln.text for ln in lines]
        self._no_space = no_space
        self._full: dict[int, list[str]] = {}
        wanted: set[str] = set().union(*(self.stems(pos) for pos in cand_pos))
        hits = sim.stem_hits(map(sim.tokens, self._texts), wanted, no_space)
        is_body = [ln.role is Role.BODY for ln in lines]
        n = len(lines)
        self.weights = {w: math.log((n + 1) / (c + 0.5)) + 0.1 for w, c in Counter(chain.from_iterable(hits)).items()}
        self._body_count = Counter(chain.from_iterable(compress(hits, is_body)))
        cand_keys = {keys[pos] for pos in cand_pos}
        same = [i for i, key in enumerate(keys) if key in cand_keys and is_body[i]]
        self._key_count = Counter((keys[i], w) for i in same for w in hits[i])

    def stems(self, pos: int) -> list[str]:
        if pos not in self._full:
            no_space = self._no_space and sim.has_no_space_script(self._texts[pos])
            self._full[pos] = sim.stems_of(sim.tokens(self._texts[pos]), no_space)
        return self._full[pos]

    def rest(self, pos: int, key: str) -> set[str]:
        return {w for w in self.stems(pos) if self._body_count[w] > self._key_count[key, w]}


def _check_words(doc: Document) -> int:
    """The words' weights, stems, rests and overlaps on every headline-shaped line of ``doc``, fast and plain."""
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    texts = [ln.text for ln in lines]
    no_space = sim.has_no_space_script("\n".join(texts))
    n_words = [ev._n_words(ln) for ln in lines]
    cand_pos = [
        p for p, ln in enumerate(lines) if ln.role is Role.BODY and ev._headline_shaped(ln, n_words[p], DEFAULT_CONFIG)
    ]
    if not cand_pos:
        return 0
    keys = [sim.normalise_title(t) for t in texts]
    ledes = range(min(3, len(lines)))
    fast, plain = ev._Words(lines, keys, no_space, cand_pos, ledes), _PlainWords(lines, keys, no_space, cand_pos)
    assert fast.weights == plain.weights
    assert [fast.stems(p) for p in ledes] == [plain.stems(p) for p in ledes]
    lede = set(chain.from_iterable(plain.stems(p) for p in ledes))
    for pos in cand_pos:
        assert fast.stems(pos) == plain.stems(pos)
        rest = fast.rest(pos, keys[pos])
        assert rest == plain.rest(pos, keys[pos])
        assert list(rest) == list(plain.rest(pos, keys[pos]))  # same order too: sums go in set order
        refs = [lede, rest]
        want = _plain_overlaps(plain.stems(pos), refs, plain.weights)
        assert sim.overlaps(fast.stems(pos), refs, fast.weights) == want
    return len(cand_pos)


_INVENTED_TEXTS = (
    "Politik\nKoalition einigt sich auf den Haushalt\nKoalition einigt sich auf den Haushalt | Beispielzeitung\n"
    "Die Koalition hat sich am Freitag nach langen Verhandlungen auf den Haushalt geeinigt.\n"
    "Der Bundestag soll im Dezember abstimmen, die Länder fordern mehr Geld für Investitionen.",
    "東京都で新しい会議が始まった\n東京都の会議は月曜日に始まり、多くの市民が参加した。\n会議は来週も続く予定だ。",
    "\n".join(HOSTILE),
)


@pytest.mark.parametrize("block_chars", [1, 40, sim._BLOCK_CHARS])
def test_words_on_invented_texts_and_fixtures(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(sim, "_BLOCK_CHARS", block_chars)  # one block, or many: stems and counts alike
    checked = sum(_check_words(_prepared(t)) for t in (*_INVENTED_TEXTS, *_fixture_texts()))
    checked += sum(_check_words(Document.from_text(t)) for t in _INVENTED_TEXTS)
    assert checked > 50


def test_words_on_the_dev_corpus() -> None:
    assert sum(_check_words(_prepared(t)) for t in _corpus_texts()) > 1000


def test_overlaps_on_random_weights() -> None:
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(40)]
    for _ in range(300):
        words = rng.choices(vocab, k=rng.randint(0, 15))
        refs = [set(rng.sample(vocab, rng.randint(0, 30))) for _ in range(2)]
        weights = {w: rng.random() * 5 + 0.1 for w in rng.sample(vocab, 30)}
        assert sim.overlaps(words, refs, weights) == _plain_overlaps(words, refs, weights)


# ------------------------------------------------------------------ the shape test


def _plain_shaped(line: Line, n_words: int, config: CleanConfig, *, dotted: bool = False) -> bool:
    """``_headline_shaped`` as it was, a regex for each question."""
    text = line.text
    if not config.headline_min_words <= n_words <= config.headline_max_words:
        return False
    last = ev._last_char(text)
    bad_end = last in ev._NOT_HEADLINE_END and not (dotted and last == ".")
    if len(text) > ev._MAX_CHARS or bad_end or text[0].islower():
        return False
    if text.startswith(ev._LIST_START) or "©" in text or ev._SOURCE_AFTER_STOP.search(text):
        return False
    lettered = sum(1 for w in line.words if not w.isdigit())
    if 2 * lettered <= line.n_words or (lettered < 2 and not sim.has_no_space_script(text)):
        return False
    if ev._BYLINE_START.match(text) or (ev._DIGIT.search(text) and ev._DATE_OR_TIME.search(text)):
        return False
    return not (text[-1] in ev._CRUMB_END or len(ev._CRUMB_SEPARATOR.findall(text)) >= ev._CRUMB_MIN_SEPARATORS)


def _check_shaped(text: str) -> None:
    if not text:
        return
    line = Line(0, text)
    n = ev._n_words(line)
    for dotted in (False, True):
        assert ev._headline_shaped(line, n, DEFAULT_CONFIG, dotted=dotted) == _plain_shaped(
            line, n, DEFAULT_CONFIG, dotted=dotted
        ), text


def test_shape_on_invented_lines_and_fixtures() -> None:
    for text in chain(HOSTILE, chain.from_iterable(t.splitlines() for t in _fixture_texts())):
        _check_shaped(text)
    for c in "bvpdBVPD»›>/|":  # each gate character in a line that passes every earlier test
        _check_shaped(f"{c}y Jane Doe {c} Storm {c} closes {c} schools")


def test_shape_on_the_dev_corpus() -> None:
    for text in _corpus_texts():
        for line in islice(text.splitlines(), None):
            _check_shaped(line)


def test_byline_gate_letters_are_byline_starts() -> None:
    # The gate is not wider than it must be by much: every letter in it starts some byline word.
    assert {w[0] for w in ("by", "von", "par", "por", "door", "przez")} | {"B", "V", "P", "D"} == set(ev._BYLINE_FIRST)
    assert regex.compile(r"(?i:[bvpd])").fullmatch("B")


def test_holders_from_a_key_on() -> None:
    keys = ["storm", "storm closes", "the storm", "x", "storms", ""]
    joined = "\n".join(keys)
    starts = [0]
    for k in keys[:-1]:
        starts.append(starts[-1] + len(k) + 1)
    for first in range(len(keys) + 1):
        for key in ("storm", "s", "x", "closes", "nothing", ""):
            want = [i for i in range(first, len(keys)) if key in keys[i]]
            assert list(ev._holders(joined, starts, key, first)) == want, (first, key)


@pytest.mark.parametrize(
    "texts",
    [
        ["a" * 13, "a" * 14, "b" * 13, "a" * 13 + " and more", "a" * 27],  # overlapping occurrences
        ["Storm closes schools today", "Home » News » Storm closes schools today", "Storm closes schools today."],
        ["Storm closes schools today", "x " * 30 + "Storm closes schools today", "other line entirely here"],
        [  # lines ending with "." repeat a key only as themselves; short keys hold none
            "Storm closes schools today.",
            "Storm closes schools today.",
            "Home » Storm closes schools today.",
            "Storm closes schools today",
            "Home » Storm closes schools today",
            "Storm",
            "storm closes schools today | Site.",
        ],
        list(HOSTILE[:-1]),
    ],
)
def test_repeat_counts_match_a_test_of_every_line(texts: list[str]) -> None:
    lines = [Line(i, t) for i, t in enumerate(texts)]
    keys = sim.title_keys(texts)
    repeats = ev._Repeats(lines, keys)
    for pos, key in enumerate(keys):
        if len(key) < sim.CONTAINS_MIN_CHARS:
            want = keys.count(key) - 1
        else:
            want = sum(1 for i, other in enumerate(lines) if i != pos and ev.repeats_key(other, keys[i], key))
        assert repeats.count(pos) == want, texts[pos]
