"""find_headline's shortcuts change no decision: each is run beside the plain computation it replaces.

The plain versions below are the straightforward definitions (every line stemmed and normalised, one
regex per question). They run on every line of the dev corpus (skipped when absent), of the fixtures
and of invented lines, and where a shortcut rests on a property of Unicode, on every code point.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from itertools import islice

import pytest
import regex

from newsclean.config import DEFAULT_CONFIG
from newsclean.decode import decode
from newsclean.document import TERMINAL, Document, Line, Role, count_words
from newsclean.text import headline_evidence as ev
from newsclean.text import similarity as sim
from newsclean.text.fix_punctuation import fix_punctuation
from newsclean.text.join_split_paragraphs import continues, join_split_paragraphs, list_item_ends

from .conftest import (
    CORPUS,
    EVERY_CHARACTER,
    ROOT,
    corpus_texts,
    fixture_lines,
    prepared,
    shared_file,
)

_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_NO_SPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
_EVERY = EVERY_CHARACTER

INVENTED = (
    "Storm keeps county schools closed for second day",
    "L’été sera «chaud» — selon Météo-France…",
    "Ein „Durchbruch“ für die Koalition: Einigung im Haushaltsstreit",
    "Rada miasta zdecydowała – most na Wiśle powstanie w 2026 r.",
    "Городской совет одобрил бюджет\u00a0на 2025 год",
    "東京都で新しい会議が始まった",
    "ข่าวด่วน วันนี้",
    "ΟΔΟΣ ΣΟΦΙΑΣ: η κυκλοφορία σταματά",
    "İstanbul’da ² ⓐ K ﬁnal ½ ™ ǆ",
    "Emoji 👩‍👩‍👧 and ★★★ and © 2024 · • ‹ › ¿¡",
    "Share All sharing options for: Storm keeps county schools closed",
    "Home » News » Storm keeps county schools closed",
    "",
)


def _corpus_texts() -> Iterator[str]:
    return corpus_texts(required=False)


def _lines() -> Iterator[str]:
    yield from INVENTED
    yield from fixture_lines()
    for text in _corpus_texts():
        yield from text.splitlines()


# ------------------------------------------------------------------ Unicode properties the shortcuts rest on


def test_no_space_gate_holds_every_character_of_those_scripts() -> None:
    for c in _NO_SPACE.findall(_EVERY):
        assert sim._NO_SPACE_GATE.match(c), hex(ord(c))


def test_no_letter_or_digit_is_a_space_for_str_split() -> None:
    # tokens() splits on str.split()'s whitespace once only letters, digits and masked ASCII are left.
    assert [c for c in _TOKEN.findall(_EVERY) for c in c if c.isspace()] == []


@pytest.mark.parametrize("text", INVENTED)
def test_tokens_match_the_regex_on_invented_lines(text: str) -> None:
    assert sim.tokens(text) == _TOKEN.findall(text.lower())


def test_tokens_match_the_regex_on_every_character() -> None:
    # Every code point between letters, so each one either joins the word or separates it.
    for start in range(0, len(_EVERY), 4096):
        text = " a".join(_EVERY[start : start + 4096])
        assert sim.tokens(text) == _TOKEN.findall(text.lower())


def test_tokens_fall_back_to_the_regex_past_the_separator_limit() -> None:
    text = "a" + "a".join("‹›«»“”‘’–—…·•¿¡§¶†‡")  # more kinds of separators than the fast path replaces
    assert sim.tokens(text) == _TOKEN.findall(text.lower()) == ["a"] * 19


def test_tokens_and_stems_match_the_plain_versions_on_fixtures_and_corpus() -> None:
    checked = 0
    for text in _lines():
        assert sim.tokens(text) == _TOKEN.findall(text.lower()), text
        assert sim.stems(text) == _plain_stems(text), text
        checked += 1
    assert checked > 250  # fixtures and invented lines alone, without the shared corpus


def _plain_stems(text: str) -> list[str]:
    out: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        if _NO_SPACE.search(token):
            out.extend(token[i : i + 2] for i in range(len(token) - 1))
        elif len(token) >= 3:
            out.append(token[: sim.STEM_CHARS])
    return out


# ------------------------------------------------------------------ the whole evidence, shortcut against plain


def _plain_candidates(doc: Document) -> list[ev.Candidate]:
    """The evidence as first written: every line stemmed and normalised, every repeat found by a scan."""
    config = DEFAULT_CONFIG
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    n_words = [ev._n_words(ln) for ln in lines]
    dotted = _plain_dotted(doc, n_words)
    mended = _plain_mended(lines)
    para_pos = [
        i for i, ln in enumerate(lines) if i != dotted and ev._is_paragraph(ln, n_words[i], config, mended.get(i))
    ]
    if not para_pos:
        para_pos = [
            i
            for i, ln in enumerate(lines)
            if i != dotted and ln.role is Role.BODY and (ln.ends_sentence or mended.get(i, (0, ""))[1] in TERMINAL)
        ]
    first_para = para_pos[0] if para_pos else len(lines)
    last_para = para_pos[-1] if para_pos else -1
    line_stems = [_plain_stems(ln.text) for ln in lines]
    weights = sim.line_weights(line_stems)
    keys = [sim.normalise_title(ln.text) for ln in lines]
    out = []
    for pos, line in enumerate(lines):
        if line.role is not Role.BODY or not (pos == dotted or ev._headline_shaped(line, n_words[pos], config)):
            continue
        key = keys[pos]
        zone = "top" if pos < first_para else ("end" if pos > last_para else "mid")
        if zone != "top" and ev._pull_quote(line.text):
            continue
        lede: set[str] = set()
        for p in islice((p for p in para_pos if keys[p] != key), ev._LEDE_PARAGRAPHS):
            lede.update(line_stems[p])
        rest: set[str] = set()
        for i, other in enumerate(lines):
            if other.role is Role.BODY and keys[i] != key:
                rest.update(line_stems[i])
        rest &= set(line_stems[pos])
        if len(lines) <= ev._SCAN_MAX_LINES:
            repeats = sum(1 for i, other in enumerate(lines) if i != pos and ev.repeats_key(other, keys[i], key))
        else:
            repeats = keys.count(key) - 1
        agree = sim.overlap(line_stems[pos], lede, weights)
        agree_doc = sim.overlap(line_stems[pos], rest, weights)
        out.append(ev.Candidate(line, pos, zone, agree, agree_doc, repeats, n_words=n_words[pos]))
    ev._mark_first(out)
    return out


def _plain_mended(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """``_mended`` line by line: each unfinished body line followed through the lines that continue it."""
    out: dict[int, tuple[int, str]] = {}
    body = [i for i, ln in enumerate(lines) if ln.role is Role.BODY]
    item_ends = list_item_ends(lines)  # a list item ending in "," is not continued, and keeps its comma
    for k, i in enumerate(body):
        if lines[i].ends_sentence:
            continue
        words, j = lines[i].n_words, k
        while (
            j + 1 < len(body)
            and not lines[body[j]].ends_sentence
            and lines[body[j]].index not in item_ends
            and continues(lines[body[j]], lines[body[j + 1]])
        ):
            text = lines[body[j]].text
            words += lines[body[j + 1]].n_words - (text.endswith("-") and text[-2:-1].islower())
            j += 1
        last = lines[body[j]]
        stray_comma = last.text[-1] == "," and words >= 4 and last.index not in item_ends
        if j > k:
            out[i] = (words, "." if stray_comma else ev._last_char(last.text))
        elif stray_comma:
            out[i] = (words, ".")
    return out


def _plain_dotted(doc: Document, n_words: list[int]) -> int | None:
    """The dotted-headline rule as first written: every line in turn until the first paragraph."""
    config = DEFAULT_CONFIG
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    mended = _plain_mended(lines)
    pos = -1
    for i, line in enumerate(doc.lines):
        if line.role is Role.REMOVED:
            continue
        pos += 1
        below = doc.lines[i + 1] if i + 1 < len(doc.lines) else None
        if line.role is Role.BODY and ev._in_short_sentences(line.text) and below is not None and ev._is_meta(below):
            return pos if ev._headline_shaped(line, n_words[pos], config, dotted=True) else None
        if ev._is_paragraph(line, n_words[pos], config, mended.get(pos)):
            return None
    return None


def _prepared(text: str) -> Document:
    """``text`` as find_headline sees it: after the cleaners before it."""
    return prepared(text)


def _same(got: list[ev.Candidate], want: list[ev.Candidate]) -> None:
    assert [(c.pos, c.zone, c.repeats, c.first, c.n_words) for c in got] == [
        (c.pos, c.zone, c.repeats, c.first, c.n_words) for c in want
    ]
    # Sums in another order may differ in the last bit; the decisions compare with coarse thresholds.
    for c, w in zip(got, want, strict=True):
        assert math.isclose(c.agree, w.agree, abs_tol=1e-12) and math.isclose(c.agree_doc, w.agree_doc, abs_tol=1e-12)


_INVENTED_TEXTS = (
    "Politik\nKoalition einigt sich auf den Haushalt\nKoalition einigt sich auf den Haushalt | Beispielzeitung\n"
    "Die Koalition hat sich am Freitag nach langen Verhandlungen auf den Haushalt geeinigt.\n"
    "Der Bundestag soll im Dezember abstimmen, die Länder fordern mehr Geld für Investitionen.",
    "El ayuntamiento aprobó el lunes la ampliación del tranvía hasta el nuevo hospital de la ciudad.\n"
    "El tranvía llegará al nuevo hospital en dos años\n"
    "Las obras comenzarán en primavera y durarán unos dos años, según el calendario municipal.",
    "東京都で新しい会議が始まった\n東京都の会議は月曜日に始まり、多くの市民が参加した。\n会議は来週も続く予定だ。",
    "Short line one\nShort line two\nShort line three",
)


@pytest.mark.parametrize("text", _INVENTED_TEXTS, ids=["de-kicker-repeat", "es-mid", "ja", "no-paragraph"])
def test_candidates_match_the_plain_evidence_on_invented_texts(text: str) -> None:
    doc = _prepared(text)
    _same(ev.candidates(doc, DEFAULT_CONFIG), _plain_candidates(doc))


def test_candidates_match_the_plain_evidence_on_fixtures() -> None:
    for p in sorted((ROOT / "fixtures").glob("*/input.txt")):
        doc = _prepared(decode(p.read_bytes()).text)
        _same(ev.candidates(doc, DEFAULT_CONFIG), _plain_candidates(doc))


def test_candidates_match_the_plain_evidence_on_the_dev_corpus() -> None:
    shared_file(CORPUS)
    for text in _corpus_texts():
        doc = _prepared(text)
        _same(ev.candidates(doc, DEFAULT_CONFIG), _plain_candidates(doc))


_DOTTED_TEXTS = (
    "Stocks Fall After the Report. Why You Shouldn't Worry.\nBy Jane Doe\n"
    "Shares fell on Monday after the quarterly report showed weaker sales than analysts had expected.",
    "Politik\nPreise steigen. Was das bedeutet.\n3. Mai 2024 18:30\n"
    "Die Preise sind im April so stark gestiegen wie seit zwei Jahren nicht mehr, teilte das Amt mit.",
    "Prices rise. Why that matters.\nThe rise was the largest in two years, the office said on Friday.",
    "One. Two.\nThree. Four.\nBy Ana Ruiz\nFive. Six.\nBy John Roe",
    "A. B. C.\n" * 50 + "By Jane Doe",
    "Stocks fall. Bonds rise.\nBy Jane Doe",
)


# Lists whose items end in ",": neither joined nor given a full stop (``list_item_ends``), beside a
# paragraph cut in two and one with a stray comma, which are.
_LIST_TEXTS = (
    "Politik\nStadt plant neue Buslinien\nDie Stadt hat am Montag ihre Pläne vorgestellt. Geplant sind:\n"
    "mehr Busse in den Außenbezirken,\nlängere Fahrzeiten am Wochenende,\nein neues Ticketsystem.\n"
    "Der Stadtrat soll im Dezember über die Pläne und die\nKosten abstimmen, sagte die Bürgermeisterin,",
    "Le conseil municipal adopte son budget\nLe maire a présenté trois mesures :\n- plus de personnel,\n"
    "- des horaires élargis le week-end,\n- un nouveau système de billets.\n"
    "Le vote aura lieu en décembre, selon la mairie,\nLes travaux commenceront au printemps.",
)


def _dotted_inputs() -> Iterator[Document]:
    for text in _LIST_TEXTS:
        yield _prepared(text)
    for text in _DOTTED_TEXTS:
        yield _prepared(text)
        yield Document.from_text(text)
    for p in sorted((ROOT / "fixtures").glob("*/input.txt")):
        yield _prepared(decode(p.read_bytes()).text)
    for text in _corpus_texts():
        yield _prepared(text)


def test_dotted_headline_matches_the_plain_rule() -> None:
    found = 0
    for doc in _dotted_inputs():
        lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
        n_words = [ev._n_words(ln) for ln in lines]
        mended = ev._mended(lines)
        para0 = next(
            (i for i, ln in enumerate(lines) if ev._is_paragraph(ln, n_words[i], DEFAULT_CONFIG, mended.get(i))), None
        )
        texts = [ln.text for ln in lines]
        got = ev._dotted_headline(doc, lines, texts, n_words, first_para=para0, config=DEFAULT_CONFIG)
        assert got == _plain_dotted(doc, n_words), [ln.text for ln in lines][:5]
        found += got is not None
    assert found >= 3  # the invented texts hold dotted headlines


@pytest.mark.parametrize(
    ("texts", "pattern"),
    [
        (["a会", "", "bb", "会会", "x"], sim.NO_SPACE_GATE),
        (["Stop. Go", "Stop.", "x. y. z", "", "One two"], ev._SENTENCE_BREAK),
        (["", ""], ev._SENTENCE_BREAK),
    ],
)
def test_holders_of_finds_each_matching_line_once(texts: list[str], pattern: regex.Pattern[str]) -> None:
    sep = "\x00" if pattern is ev._SENTENCE_BREAK else ""
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t) + len(sep)
    want = [i for i, t in enumerate(texts) if pattern.search(t)]
    assert ev._holders_of(pattern, sep.join(texts), starts) == want


def test_stem_hits_match_the_plain_intersection() -> None:
    rng = random.Random(5)
    texts = [*INVENTED, *islice(fixture_lines(), 400)]
    every = sorted({s for t in texts for s in _plain_stems(t)})
    wanted = set(rng.sample(every, 60)) | {"storm", "koali"}
    want = [wanted & set(_plain_stems(t)) for t in texts]
    line_tokens = [sim.tokens(t) for t in texts]
    assert [set(h) for h in sim.stem_hits(line_tokens, wanted, True)] == want
    assert all(len(h) == len(set(h)) for h in sim.stem_hits(line_tokens, wanted, True))  # Counter counts each once
    plain = [t for t in texts if not _NO_SPACE.search(t)]
    want_plain = [wanted & set(_plain_stems(t)) for t in plain]
    assert [set(h) for h in sim.stem_hits([sim.tokens(t) for t in plain], wanted, False)] == want_plain


def test_date_gate_needs_a_digit() -> None:
    for text in _lines():
        if ev._DIGIT.search(text) is None:
            assert ev._DATE_OR_TIME.search(text) is None, text


def test_short_keys_are_never_held_inside_chrome() -> None:
    short = "storm hits"
    assert len(short) < sim.CONTAINS_MIN_CHARS
    assert not sim.contains_title("Home » News » Storm hits", short)


def _line(text: str) -> Line:
    return Line(0, text)


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Storm keeps county schools closed for second day", True),
        ("Sturm hält die Schulen am 3. Mai 2024 geschlossen", False),  # a date
        ("Updated 18:30 by the newsroom staff", False),  # a clock time
        ("Storm hits 3 counties and closes 40 schools", True),  # digits, but no date
    ],
)
def test_headline_shape_with_digits(text: str, shaped: bool) -> None:
    line = _line(text)
    assert ev._headline_shaped(line, ev._n_words(line), DEFAULT_CONFIG) is shaped


def test_mended_paragraphs_are_what_the_mending_cleaners_make() -> None:
    """find_headline judges a cut or comma-ended paragraph as join_split_paragraphs and fix_punctuation
    will leave it: its words and last character, read off the mended document."""
    checked = 0
    for doc in _dotted_inputs():
        lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
        mended = ev._mended(lines)
        # Chain starts: keyed by the line itself, since the mending cleaners edit the texts.
        before = {id(lines[pos]): value for pos, value in mended.items()}
        for step in (join_split_paragraphs, fix_punctuation):
            doc.rule = step.name
            step(doc, DEFAULT_CONFIG)
        body = [ln for ln in doc.lines if ln.role is Role.BODY]
        for k, line in enumerate(body):
            if line.joiner is not None or id(line) not in before:
                continue
            run = [line]
            while k + len(run) < len(body) and body[k + len(run)].joiner is not None:
                run.append(body[k + len(run)])
            text = run[0].text + "".join(f"{ln.joiner}{ln.text}" for ln in run[1:])
            assert before[id(line)] == (count_words(text), ev._last_char(run[-1].text)), text[:80]
            checked += 1
    assert checked >= 10
