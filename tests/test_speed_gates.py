"""The speed gates are necessary conditions: where a gate says "no", the full pattern finds nothing.

Each gate is run beside the pattern it guards on every line of the dev corpus (skipped when absent),
of the fixtures and of the invented lines below, including the lines' tails after a pipeline run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from itertools import accumulate, islice

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import markers
from newsclean.text import credit_gates, marker_dispatch, patterns
from newsclean.text import split_credits as split_credits_module
from newsclean.text.credit_gates import may_be_credit_line, may_be_glued, may_end_in_credit
from newsclean.text.find_headline import _holders
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.marker_syntax import fold, required_literals, starts
from newsclean.text.patterns import (
    AD_DISPATCH,
    BOILERPLATE_LINE,
    BYLINE_LINE,
    CHROME_DISPATCH,
    CHROME_KINDS,
    CHROME_LINE,
    CONTACT_DISPATCH,
    CREDIT_BRACKETED,
    CREDIT_GLUED,
    CREDIT_HEAD,
    CREDIT_LABEL,
    CREDIT_LINE,
    CREDIT_TAIL,
    MAX_MARKER_CHARS,
    MEDIA_LINE,
    TAIL_CHARS,
    TEASER_LINE,
    TEASER_PREFIX,
    trim,
)
from newsclean.text.similarity import NO_SPACE_SCRIPT_MIN, STEM_CHARS, has_no_space_script, normalise_title, stems
from newsclean.text.split_credits import credit_text, may_act, may_be_free
from newsclean.text.strip_boilerplate import _BARE_BY, _BARE_BY_CHARS

from .conftest import CORPUS, ROOT, corpus_lines, fixture_lines, shared_file

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


def _check_credit_gates(lines: Iterator[str]) -> int:
    checked = 0
    for text in lines:
        start = max(0, len(text) - TAIL_CHARS)
        if not may_end_in_credit(text, start):
            assert CREDIT_TAIL.search(text, start) is None, text
        if not may_be_glued(text, start):
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
        # pt: an archive credit after the agency, "Arquivo" (it holds no "archiv"), and one before a name
        ("Vizinhos limpam a rua após a cheia. - Ana Roe - Lusa - Arquivo", True),
        ("Vizinhos limpam a rua após a cheia. | Arquivo Ana Roe", True),
        ("O arquivo municipal abre na segunda-feira.", True),  # the gate opens; the pattern finds nothing:
        ("The council voted on Monday to close the library.", False),  # hard negative: prose
        ("Reuters reported that the council voted on Monday.", False),  # agency, but not at the end
    ],
)
def test_credit_gate_decisions(text: str, gate_open: bool) -> None:
    assert may_end_in_credit(text, 0) is gate_open


def test_archive_words_in_prose_are_no_credit() -> None:
    # Hard negatives for the "archiv"/"arquivo" marks: prose that names an archive has no credit's shape.
    for text in (
        "O arquivo municipal abre na segunda-feira.",
        "Das Stadtarchiv öffnet am Montag wieder.",
        "The archive opens again on Monday.",
    ):
        assert CREDIT_TAIL.search(text, max(0, len(text) - TAIL_CHARS)) is None, text


def test_credit_gates_on_fixtures() -> None:
    assert _check_credit_gates(fixture_lines(newline_only=True)) > 100


def test_credit_gates_on_dev_corpus() -> None:
    shared_file(CORPUS)
    assert _check_credit_gates(corpus_lines(required=False, newline_only=True)) > 1000


def _gate_words() -> set[str]:
    """Every folded word a gate looks for with ``in``, ``startswith``, ``endswith`` or a literal scan."""
    words = {
        *credit_gates._LABELS,
        *credit_gates._BRACKET_WORDS,
        *credit_gates._PHOTO_END_WORDS,
        *credit_gates._AGENCY_SUFFIXES,
        *credit_gates.CREDIT_LINE_HEADS,
        *(credit_gates.GLUED_LABELS or ()),
        *credit_gates._PHOTO_WORD.pattern.replace("\\", "").split("|"),
        "via",
        "by",
        "s",
    }
    for dispatch in (AD_DISPATCH, CHROME_DISPATCH):
        for unit in dispatch.units:
            words.update(unit.keys or ())
    return words


def test_fold_agrees_with_the_patterns_case_folding() -> None:
    """Every character that ``(?i:q)`` matches for a character q of a gate word folds to q's fold.

    Then a word the pattern matches case-insensitively is a substring of the casefolded text.
    """
    words = _gate_words()
    assert all("\u0307" not in w for w in words)  # fold drops it after "i"
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for q in sorted({c for w in words for c in w}):
        for c in regex.findall(f"(?i:{regex.escape(q)})", every):
            assert fold(c) == fold(q), (q, c)


def test_gaps_fold_to_one_character() -> None:
    # The gates count the characters between a word and what follows it ("s?\s?", "[.\s]{0,2}") in
    # the folded text, so each character those can match must fold to exactly one character.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert all(len(fold(c)) == 1 for c in regex.findall(r"(?i:[.\s]|s)", every))


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


def _stems_by_regex(text: str) -> list[str]:
    return [t[:STEM_CHARS] for t in _TOKEN.findall(text.lower()) if len(t) >= 3]


def _ascii_lines() -> Iterator[str]:
    # Every line: the fast path takes ASCII lines and lines whose only non-ASCII characters separate words.
    yield from INVENTED
    yield from fixture_lines(newline_only=True)
    yield from corpus_lines(required=False, newline_only=True)
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
    labels = {
        trim(t)
        for t in (*fixture_lines(newline_only=True), *corpus_lines(required=False, newline_only=True))
        if len(t) <= MAX_MARKER_CHARS
    }
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
    keys = [normalise_title(t) for t in fixture_lines(newline_only=True)] + [
        normalise_title(t) for t in corpus_lines(required=False, newline_only=True)
    ][:5000]
    starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
    joined = "\n".join(keys)
    for key in keys[::7]:
        assert list(_holders(joined, starts, key)) == [i for i, k in enumerate(keys) if key in k]


# --------------------------------------------------------------------------- marker dispatch


_Answer = tuple[str | None, tuple[int, int]] | None


def _full_answer(dispatch: MarkerDispatch, text: str, *, whole: bool = True) -> _Answer:
    m = dispatch.full.fullmatch(text) if whole else dispatch.full.match(text)
    if m is None:
        return None
    return next((n for n in dispatch.names if m.group(n) is not None), None), m.span()


def _dispatched(dispatch: MarkerDispatch, text: str, *, whole: bool = True) -> _Answer:
    found = dispatch.first(text, whole=whole)
    return None if found is None else (found[0], found[1].span())


_TEASER_DISPATCH = MarkerDispatch([(None, markers.TEASER_PREFIXES)], patterns.FLAGS)
_OPENING_DISPATCH = MarkerDispatch([(None, markers.CHROME_OPENINGS)], patterns.FLAGS)


def _check_dispatch(texts: Iterator[str]) -> int:
    """Each dispatch gives the group and span its full pattern gives, on labels and on raw lines."""
    hits = 0
    for text in texts:
        for candidate in {text, trim(text)}:
            for dispatch in (AD_DISPATCH, CHROME_DISPATCH, CONTACT_DISPATCH):
                want = _full_answer(dispatch, candidate)
                assert _dispatched(dispatch, candidate) == want, candidate
                hits += want is not None
            for prefix in (_TEASER_DISPATCH, _OPENING_DISPATCH):
                assert _dispatched(prefix, candidate, whole=False) == _full_answer(prefix, candidate, whole=False), (
                    candidate
                )
    return hits


def _marker_examples() -> list[str]:
    lists = (markers.AD_LINES, markers.TEASER_LINES, markers.BOILERPLATE_LINES, markers.MEDIA_LINES)
    residue = (
        markers.OBITUARY_CHROME,
        markers.CONTACT_LINES,
        markers.AUTHOR_BOX_HEADINGS,
    )
    return [m.example for ms in (*lists, markers.BYLINE_LINES, markers.TEASER_PREFIXES, *residue) for m in ms]


def test_dispatch_agrees_with_the_full_patterns_on_invented_lines_and_marker_examples() -> None:
    assert _check_dispatch(iter((*INVENTED, *_marker_examples()))) > 40  # the examples match


def test_dispatch_agrees_with_the_full_patterns_on_fixtures() -> None:
    assert _check_dispatch(fixture_lines(newline_only=True)) > 10


def test_dispatch_agrees_with_the_full_patterns_on_dev_corpus() -> None:
    shared_file(CORPUS)
    assert (
        _check_dispatch(
            line for line in corpus_lines(required=False, newline_only=True) if len(line) <= MAX_MARKER_CHARS * 2
        )
        > 100
    )


def test_full_patterns_are_the_public_ones() -> None:
    # The cleaners' fallbacks are the patterns other modules and tests import under the old names.
    assert CHROME_DISPATCH.full is CHROME_LINE and AD_DISPATCH.full is patterns.AD_LINE
    assert set(CHROME_DISPATCH.names) == set(CHROME_KINDS)


# Characters that change a line's first characters in ways a table keyed on them could get wrong:
# case, ſ and the Kelvin sign (they match "s" and "k" case-insensitively), İ, digits, decoration.
_EDGE = ("ſ", "K", "İ", "ß", "ẞ", "Σ", "ς", "“", "©", "(", "1", "٣", " ", "-", ":", "|", "é", "É", "\u0307", "\n")


@st.composite
def _marker_like(draw: st.DrawFn) -> str:
    base = draw(st.sampled_from([*_marker_examples(), *INVENTED]))
    if draw(st.booleans()):
        base = trim(base)
    i = draw(st.integers(0, len(base)))
    j = draw(st.integers(i, len(base)))
    cut = base[i:j] if draw(st.booleans()) else base
    swapped = "".join(c.swapcase() if draw(st.booleans()) else c for c in cut[:6]) + cut[6:]
    head = draw(st.text(st.sampled_from(_EDGE), max_size=2))
    tail = draw(st.text(st.sampled_from(_EDGE), max_size=2))
    return head + swapped + tail


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_marker_like(), st.text(max_size=40)))
def test_dispatch_and_credit_gates_agree_with_the_patterns_on_generated_lines(text: str) -> None:
    _check_dispatch(iter([text]))
    _check_credit_gates(iter([text]))


def test_an_overflowing_table_falls_back_to_the_full_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    dispatch = MarkerDispatch([(None, markers.AD_LINES)], patterns.FLAGS)
    monkeypatch.setattr(marker_dispatch, "MAX_KEYS", 2)
    lines = ["Anzeige", "Publicité", "Reklama", "The advertisement campaign drew complaints", "Advertisement"]
    assert [dispatch.first(t) is not None for t in lines] == [True, True, True, False, True]
    assert len(dispatch._entries) == 2


@pytest.mark.parametrize(
    ("source", "begins"),
    [
        (r"(?:read|see)(?: also)?:", {("lit", "read"), ("lit", "see")}),
        (r"d[ée]j[àa] x", {("lit", "deja x"), ("lit", "dejà x"), ("lit", "déja x"), ("lit", "déjà x")}),
        (r"(?:\d{1,6} )?comments?", {("atom", r"\d"), ("lit", "comment")}),
        (r"(?=[^\n]{0,40}\d)(?:mon|tue)", {("lit", "mon"), ("lit", "tue")}),  # a lookahead consumes nothing
        (r"Photos? by", {("lit", "photo")}),
        (r"[\w ]{1,40}\(opens", {("atom", r"[\w ]")}),
        (r"(?:a )?b", {("lit", "a "), ("lit", "b")}),
        (r"(?:x)?", None),  # can match "": fits any line
        (r"(a)\1", None),  # a backreference: unknown
        (r"(?x: a b)", None),  # verbose: whitespace is not literal
        (r"\X", None),  # a grapheme: several characters
    ],
)
def test_starts(source: str, begins: set[tuple[str, str]] | None) -> None:
    assert starts(source) == (None if begins is None else frozenset(begins))


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        (r"(?:[\w ]{1,30} )?sponsored by(?: [\w .&'-]{1,40})?", {"sponsored by"}),
        (r"(?:[\w'’&+-]{1,20} ){0,4}(?:newsletters?|e-?mail alerts)", {"newsletter", "mail alerts"}),
        (r"\d{1,3} (?:minuti|ore|giorni) fa", {"minuti", "ore", "giorni"}),
        (r"[\w ]{1,40}\(opens in (?:a )?new window\)", {"new window)"}),
        (r"A{2,3}bc", {"bc"}),  # a repeated letter: one copy is certain, its run ends there
        (r"(?:abc)?[\w ]{1,3}", None),  # nothing certain
        (r"(?:abc|[\w ])", None),  # one branch without a literal: no literal for the group
        (r"(?x: abc)", None),
    ],
)
def test_required_literals(source: str, literals: set[str] | None) -> None:
    assert required_literals(source) == (None if literals is None else frozenset(literals))


def test_a_new_marker_of_any_syntax_keeps_working() -> None:
    # Syntax the reader does not know makes the marker "wild": tried on every line, never skipped.
    odd = (markers.Marker(r"(?x: sale \s now)", "sale now"), markers.Marker(r"(ab)\1 ad", "abab ad"))
    dispatch = MarkerDispatch([(None, (*markers.AD_LINES, *odd))], patterns.FLAGS)
    for text in ("sale now", "SALE NOW", "salenow", "abab ad", "Anzeige", "Storm closes schools"):
        assert _dispatched(dispatch, text) == _full_answer(dispatch, text)
    assert _dispatched(dispatch, "sale now") is not None and _dispatched(dispatch, "abab ad") is not None


def test_a_global_inline_flag_is_refused() -> None:
    # "(?x)" inside an alternation would change every other marker of the full pattern.
    with pytest.raises(ValueError, match="scoped"):
        MarkerDispatch([(None, (markers.Marker(r"(?x) sale", "sale"),))], patterns.FLAGS)


def test_verbose_flag_is_refused() -> None:
    with pytest.raises(ValueError, match="VERBOSE"):
        MarkerDispatch([(None, markers.AD_LINES)], patterns.FLAGS | regex.VERBOSE)


def test_bare_by_gate_is_its_longest_match() -> None:
    begins = starts(_BARE_BY.pattern)
    assert begins is not None and all(kind == "lit" for kind, _ in begins)
    assert max(len(s) for _, s in begins) + 1 == _BARE_BY_CHARS  # the word and its colon


def test_teaser_prefix_is_the_dispatch_full_pattern_in_meaning() -> None:
    for text in _marker_examples():
        a, b = TEASER_PREFIX.match(text), _TEASER_DISPATCH.full.match(text)
        assert (a and a.span()) == (b and b.span())


# --------------------------------------------------------------------------- split_credits: lines that may act


def _check_quiet_lines(texts: list[str]) -> int:
    """Where ``may_act`` says no, no pattern of split_credits matches (the gates and rules aside)."""
    flags = [may_act([t])[0] for t in texts]
    if not any("\n" in t for t in texts):  # else the scan cannot tell the lines apart and says yes to all
        assert may_act(texts) == flags  # scanning the lines joined = one by one
    quiet = 0
    for text, acts in zip(texts, flags, strict=True):
        if acts:
            continue
        quiet += 1
        start = max(0, len(text) - TAIL_CHARS)
        assert CREDIT_TAIL.search(text, start) is None, text
        assert CREDIT_GLUED.search(text, start) is None, text
        assert CREDIT_LINE.fullmatch(credit_text(text)) is None, text
        assert CREDIT_BRACKETED.fullmatch(text) is None, text
        assert CREDIT_LABEL.match(text) is None, text
        assert CREDIT_HEAD.match(text) is None, text
    return quiet


def test_quiet_lines_on_invented_lines_and_fixtures() -> None:
    assert _check_quiet_lines([*INVENTED, *fixture_lines(newline_only=True)]) > 50


def test_quiet_lines_on_dev_corpus() -> None:
    shared_file(CORPUS)
    assert _check_quiet_lines(list(corpus_lines(required=False, newline_only=True))) > 1000


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_marker_like(), st.text(max_size=40)), max_size=6))
def test_quiet_lines_on_generated_lines(texts: list[str]) -> None:
    if any("\n" in t for t in texts):
        assert may_act(texts) == [True] * len(texts)  # lines that cannot be told apart: no shortcut
    else:
        _check_quiet_lines(texts)


def test_split_credits_decides_as_without_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "fixtures").glob("*/input.txt"))]
    if CORPUS.exists():
        texts += [json.loads(row)["input_text"] for row in CORPUS.read_text(encoding="utf-8").splitlines()[:60]]
    fast = [newsclean.clean_text(t).to_dict() for t in texts]
    monkeypatch.setattr(split_credits_module, "may_act", lambda lines: [True] * len(lines))
    monkeypatch.setattr(split_credits_module, "may_be_free", lambda lines: [True] * len(lines))
    assert [newsclean.clean_text(t).to_dict() for t in texts] == fast


def test_fold_fast_path_on_ascii_is_casefold() -> None:
    every_ascii = "".join(chr(c) for c in range(128))
    assert fold(every_ascii) == every_ascii.casefold()
    assert fold("İstanbul Straße") == "istanbul strasse"  # the slow path, with its one exception


@pytest.mark.parametrize("chunk_chars", [1, 40, 300])
def test_may_act_in_chunks_equals_one_scan(monkeypatch: pytest.MonkeyPatch, chunk_chars: int) -> None:
    # Chunks keep memory flat on big texts; the flags must not depend on where a chunk ends.
    # (Lines holding a line break make a whole scan say yes to every line: left out here.)
    texts = [t for t in [*INVENTED, *islice(fixture_lines(newline_only=True), 300)] if "\n" not in t]
    whole, free = may_act(texts), may_be_free(texts)
    monkeypatch.setattr(split_credits_module, "_SCAN_CHUNK_CHARS", chunk_chars)
    assert may_act(texts) == whole
    assert may_be_free(texts) == free


# --------------------------------------------------------------------------- credits ending in an agency


@pytest.mark.parametrize(
    ("text", "gate_open"),
    [
        ("Vecinos observan la crecida del río Ebro. EFE", True),  # es: after a sentence
        ("Helfer räumen Trümmer weg.  dpa", True),  # de: two spaces
        ("Des bénévoles sur le quai - AFP", True),  # fr: a dash
        ("Volontari al lavoro | ANSA", True),  # it: a bar
        ("Jane Roe, Reuters", True),  # en: a name, a comma
        ("Jan Kowal/PAP", True),  # pl: a slash
        ("Ana Roe / Lusa.", True),  # pt
        ("Bloomberg via Getty Images", True),
        ("Getty Images AFP", True),  # one agency after another
        ("Reuters", True),  # the whole line
        ("Le bilan s'est alourdi selon l'AFP.", True),  # fr: an apostrophe may open a credit; the rules decide
        # Hard negatives: prose that ends in an agency's name after a word
        ("The council will vote again next week, according to Reuters.", False),
        ("Die Sitzung wurde vertagt, berichtete die Nachrichtenagentur dpa.", False),
        ("Het water stijgt nog altijd, meldt ANP", False),  # nl
        ("Las lluvias continuarán el martes, informó EFE.", False),
        ("La seduta è stata rinviata secondo fonti ANSA.", False),  # it
        ("O governo confirmou a decisão à agência Lusa.", False),  # pt
        ("Posiedzenie przełożono, podała agencja PAP.", False),  # pl
        ("An insurgent source told Agence France-Presse.", False),
    ],
)
def test_agency_credit_end(text: str, gate_open: bool) -> None:
    assert may_end_in_credit(text, max(0, len(text) - TAIL_CHARS)) is gate_open
    if not gate_open:
        assert CREDIT_TAIL.search(text, max(0, len(text) - TAIL_CHARS)) is None, text


_BEFORE_AGENCY = (", ", ",\u00a0", "/", "/ ", " / ", " via ", " VIA ", " Vİa ", ". ", ".   ", "!", "” ", ") ", "… ")
_BEFORE_AGENCY += (" - ", " – ", " — ", " | ", " · ", " • ", " ", "  ", "-", " y ", " and ", " told ", "\t")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(("Jane Roe", "Vecinos observan la crecida del río", "AFP", "Getty Images", "", "(", "x")),
    st.sampled_from(_BEFORE_AGENCY),
    st.sampled_from(("AFP", "Reuters", "dpa", "EFE", "Getty Images", "Agence France-Presse", "ANSA", "PAP")),
    st.sampled_from(("", ".", " ", ". ", "..", " .", "\u00a0", "x")),
)
def test_agency_credit_end_is_a_necessary_condition(head: str, gap: str, agency: str, end: str) -> None:
    text = head + gap + agency + end
    start = max(0, len(text) - TAIL_CHARS)
    if not may_end_in_credit(text, start):
        assert CREDIT_TAIL.search(text, start) is None, text
