"""split_credits' scan over many lines (``credit_gates.credit_candidates``) is a necessary condition.

Where it leaves a line unmarked, none of split_credits' patterns matches that line, so no rule can
fire there; and the marks of lines scanned together are the marks of each line scanned alone. Checked
on every line of the dev corpus (skipped when absent), of the fixtures, on invented hostile lines and
on generated ones; the facts about Unicode the marks rely on are checked over all of Unicode.
"""

from __future__ import annotations

import json

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.text import credit_gates, patterns
from newsclean.text import split_credits as split_credits_module
from newsclean.text.credit_freeform import free_credit_shape
from newsclean.text.credit_gates import CASE_EXOTIC, NAME_PARTICLES, credit_candidates, free_candidates
from newsclean.text.marker_syntax import fold
from newsclean.text.patterns import (
    AGENCY_NAMES,
    CREDIT_BRACKETED,
    CREDIT_GLUED,
    CREDIT_HEAD,
    CREDIT_LABEL,
    CREDIT_LINE,
    CREDIT_TAIL,
    TAIL_CHARS,
)
from newsclean.text.split_credits import credit_text

from .conftest import (
    CORPUS,
    EVERY_CHARACTER,
    ROOT,
    corpus_lines,
    fixture_lines,
    shared_file,
)

_EVERY = EVERY_CHARACTER

# Hostile lines: each credit shape with odd case, spacing, brackets and characters around it, and
# prose that holds the marks' characters without being a credit.
HOSTILE = (
    "Firefighters battle the blaze. (AP PHOTO/Jane Roe)",
    "Firefighters battle the blaze. (AP Photo / Jane Roe) .",
    "Rescuers at the scene [FILE: Reuters]",
    "Rescuers at the scene (PhOtO bY Jane Roe)",
    "Rescuers at the scene (Picture Jane Roe)",
    "Rescuers at the scene (Jane Roe | Harbour Press)",
    "Rescuers at the scene (NASA/JPL-Caltech/ASU)",
    "Rescuers at the scene ( Reuters ) ",
    "Rescuers at the scene. BELGA PHOTO JANE ROE",
    "Rescuers at the scene. AP Photo Jane Roe",
    "Rescuers at the scene. AFP PHOTOS Jane de Roe",
    "Rescuers at the scene. AFPfoto Jane Roe",
    "Rescuers at the scene. Photographs by Jane Roe",
    "Rescuers at the scene. PHOTOS: Jane Roe",
    "Rescuers at the scene. PHOTO AFP",
    "Rescuers at the scene. fot. PAP/Jan Kowal",
    "Rescuers at the scene. REUTERS/Jane Roe/File Photo",
    "Rescuers at the scene. Jane Roe/AFP via Getty Images",
    "Rescuers at the scene. jane roe / AFP pool",
    "Rescuers at the scene SUBMITTED PHOTOS",
    "Rescuers at the scene Handout Images..",
    "Rescuers at the scene. Photo COURTESY OF the city",
    "Rescuers at the scene. Courteſy Jane Roe",
    "Rescuers at the scene. © jane roe",
    "Rescuers at the scene. Getty Images. ",
    "Rescuers at the scene. - Jane Roe - Europa Press",
    "Rescuers at the scene. Kelly Roe/The Dunmore Sentinel",
    "Rescuers at the scene. (Bram Roe FOR The Machine Room)",
    "Rescuers at the scene. Jane Roe für Die Zeit",
    "Rescuers at the scene. COURTESY OF the Roe family",
    "Rescuers at the scene. Cortesía de Bomberos",
    "Rescuers at the scene. Dzięki uprzejmości OSP Lubań",
    "Rescuers at the scene. Viewer photo / Dolores Roe",
    "Rescuers at the scene. zVg",
    "Rescuers at the scene. Foto ufficio stampa",
    "強風で揺れる街路樹＝27日午前（共同）",
    "The hunter skinned a marmotCREDITS: Getty",
    "He did not get it.Credit...Doug Mills/The New York Times",
    "He did not get it.Photo…Doug Mills",
    "He did not get it. Fotografía: Ana Ruiz",
    "ФОТО: ТАСС",
    "Źródło: PAP",
    "İMAGE: Jane Roe",
    "ımage: Jane Roe",
    "IMAGE COPYRIGHT GETTY IMAGES",
    "((  Image Source, Getty",
    "  Copyright Jane Roe",
    "Bildquelle : dpa",
    "QUELLE: dpa",
    "COURTESY Google",
    "(c) Jane Roe",
    "Photo (c) Jane Roe",
    "Handout VIA Reuters",
    "Handout vİa Reuters",
    "Jane Roe via de Roe",
    "Jason Cipriani/ZDNet",
    "Jane Roe | Harbour Press",
    "picture alliance/dpa | Jan Woitas",
    "Meg Kinnard, AP",
    "Meg Kinnard, AP/Jane Roe",
    "AP Photo/Evan Vucci",
    "AP PHOTO /Evan Vucci",
    "Getty Images AFP",
    "(Walt Example Co.)",
    "(Walt Example Co.).",
    "dpa/Jan Woitas Helfer räumen am Morgen Trümmer weg",
    "© Jane Roe Detainees wait at a detention centre",
    "Lusa/Fim",
    "Vizinhos limpam a rua após a cheia. - Ana Roe - Lusa - Arquivo",  # pt: "arquivo" holds no "archiv"
    "Vizinhos limpam a rua após a cheia. | ARQUIVO Ana Roe",
    "Los vecinos limpian la calle. - Jane Roe - Europa Press - Archivo",
    "Le quai de Brest, le 3 mai 2026 - AFP - Jane ROE",
    "Le quai de Brest, le 3 mai 2026 – AFP/Archives – JANE ROE",
    "Le quai de Brest, le 3 mai 2026 — Belga — Jane de Roe",
    "Le quai de Brest au matin. | PHOTOS Le Courrier de l'Ouest – Jane Roe",
    "Il porto di Livorno. fOTO Il Tirreno/Mario Roe",
    "Posiedzenie Sejmu. Fot. PAP/Jan Kowal",
    "ПОСИДЕЛКИ. Фото: ТАСС",
    "http://amzn.to/2hWHtYm",
    "see https://example.com/a/b/c for more, 10:30 a.m.",
    "The vote was 5/4 and the photograph was printed by the paper.",
    "A prototype photon detector, the protocol says... and so on…",
    "He said: it was built by hand (and it shows)",
    "via Roma 5, Milano",
    "Courtesy calls were made; the copyright holder declined.",
    "ends in a particle y ",
    "Storm.",
    "",
    "/",
    "|x",
    "by",
    ":",
    ")",
    "(",
    "]",
    "..",
    "KELVIN",
)


def _matches(text: str) -> bool:
    """Whether any pattern split_credits tries can match the line (rules' other conditions aside)."""
    start = max(0, len(text) - TAIL_CHARS)
    return (
        CREDIT_TAIL.search(text, start) is not None
        or CREDIT_GLUED.search(text, start) is not None
        or CREDIT_LINE.fullmatch(credit_text(text)) is not None
        or CREDIT_BRACKETED.fullmatch(text) is not None
        or CREDIT_LABEL.match(text) is not None
        or CREDIT_HEAD.match(text) is not None
        or free_credit_shape(text) is not None
        or patterns.AGENCY_DASH_NAME.search(text) is not None
        or patterns.PHOTO_OUTLET_NAME.search(text) is not None
    )


def _marks(texts: list[str]) -> list[bool]:
    """split_credits' two scans together: its rules', and the free-form credit's (``free_candidates``)."""
    return [a or b for a, b in zip(credit_candidates(texts), free_candidates(texts), strict=True)]


def _check(texts: list[str]) -> tuple[int, int]:
    """Unmarked lines match no pattern; marks of the lines together = marks of each alone."""
    texts = [t for t in texts if "\n" not in t]
    alone = [_marks([t])[0] for t in texts]
    assert _marks(texts) == alone
    assert free_candidates(texts) == [free_candidates([t])[0] for t in texts]
    matched = 0
    for text, marked in zip(texts, alone, strict=True):
        if _matches(text):
            matched += 1
            assert marked, text
    return matched, sum(alone)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_lines_alone(text: str) -> None:
    _check([text])


def test_hostile_lines_together_and_marked_when_they_match() -> None:
    matched, marked = _check(list(HOSTILE))
    assert matched > 50 and marked < len(HOSTILE)  # credits are marked, and the scan does leave lines out


def testfixture_lines(newline_only=True) -> None:
    matched, _ = _check(list(fixture_lines(newline_only=True)))
    assert matched > 5


def test_devcorpus_lines(required=False, newline_only=True) -> None:
    shared_file(CORPUS)
    lines = list(corpus_lines(required=False, newline_only=True))
    matched, marked = _check(lines)
    assert matched > 100 and marked < len(lines) // 4  # the scan leaves most lines out


def test_each_dev_corpus_text_scanned_whole() -> None:
    # The lines of one article together, as split_credits scans them (neighbours must not leak in).
    shared_file(CORPUS)
    with CORPUS.open(encoding="utf-8") as f:
        for row in f:
            texts = [t.strip() for t in json.loads(row)["input_text"].splitlines() if t.strip()]
            assert _marks(texts) == [_marks([t])[0] for t in texts]


_EDGE = ("ſ", "K", "İ", "ı", "ß", "©", "(", ")", "[", "]", "（", "）", "/", "|", ":", "：", ".", "…", " ", "\xa0", "s")


@st.composite
def _credit_like(draw: st.DrawFn) -> str:
    base = draw(st.sampled_from(HOSTILE))
    i = draw(st.integers(0, len(base)))
    j = draw(st.integers(i, len(base)))
    cut = base[i:j] if draw(st.booleans()) else base
    swapped = "".join(c.swapcase() if draw(st.booleans()) else c for c in cut)
    head = draw(st.text(st.sampled_from(_EDGE), max_size=3))
    tail = draw(st.text(st.sampled_from(_EDGE), max_size=3))
    return head + swapped + tail


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_credit_like(), st.text(max_size=30)), min_size=1, max_size=5))
def test_generated_lines(texts: list[str]) -> None:
    _check(texts)


def test_a_line_break_inside_a_text_marks_every_line() -> None:
    assert credit_candidates(["Storm.", "a\nb", "Quiet line"]) == [True, True, True]


def test_split_credits_decides_as_with_every_line_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "fixtures").glob("*/input.txt"))]
    texts.append("\n".join(HOSTILE))
    if CORPUS.exists():
        texts += [json.loads(row)["input_text"] for row in CORPUS.read_text(encoding="utf-8").splitlines()]
    fast = [newsclean.clean_text(t).to_dict() for t in texts]
    monkeypatch.setattr(split_credits_module, "credit_candidates", lambda lines: [True] * len(lines))
    monkeypatch.setattr(split_credits_module, "free_candidates", lambda lines: [True] * len(lines))
    assert [newsclean.clean_text(t).to_dict() for t in texts] == fast


# --------------------------------------------------------------------------- facts the marks rely on


def test_only_these_non_ascii_characters_match_an_ascii_letter_in_any_case() -> None:
    # M7 looks for words in an ASCII-lowered copy; lines with these characters are marked outright.
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    exotic = {c for q in letters for c in regex.findall(f"(?i:{q})", _EVERY) if not c.isascii()}
    assert exotic == set(CASE_EXOTIC)


def test_spaces_are_below_u3001_and_cover_regex_spaces() -> None:
    assert max(ord(c) for c in _EVERY if c.isspace()) < 0x3001
    spaces = set(credit_gates._SPACES) | {"\n"}
    assert set(regex.findall(r"\s", _EVERY)) <= spaces
    assert {c for c in _EVERY if c.isspace()} == spaces


def test_agency_names_end_and_start_outside_what_is_stripped() -> None:
    # M4 strips spaces, dots and brackets off a line's end: it never eats into a name.
    assert all(name[-1] not in credit_gates._END_STRIP and len(name) >= 2 for name in AGENCY_NAMES)


def test_name_particles_are_the_patterns() -> None:
    particles = regex.search(r"\|\(\?:([a-z|]+)\)\(\?=\\s\)\)$", patterns._TOK)
    assert particles is not None and tuple(particles.group(1).split("|")) == NAME_PARTICLES


def test_a_name_token_starts_with_a_capital_or_a_non_ascii_character() -> None:
    # _name_starts takes any non-ASCII character: so every \p{Lu} that is ASCII must be A-Z.
    assert {c for c in regex.findall(r"\p{Lu}", _EVERY) if c.isascii()} == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def test_label_characters_fold_as_the_patterns_match_them() -> None:
    # M1 M3 M6 look for labels in the folded text, counting characters: each character (?i:q) matches
    # for a letter q of a label, as the patterns spell it in either case, folds to q's fold (a single
    # character), unless it is one of CASE_EXOTIC (whose lines are marked outright).
    labels = credit_gates._ANCHOR_LABELS
    assert all("\u0307" not in w for w in labels)
    assert min(map(len, labels)) >= 2  # _label_before's quick test reads each label's last two
    letters = {c for w in labels for c in (*w, *w.upper(), *w.title()) if c.isalpha()}
    letters |= {c for c in patterns.PREFIX + CREDIT_GLUED.pattern if c.isalpha()}
    for q in sorted(letters):
        assert len(fold(q)) == 1, q
        for c in regex.findall(f"(?i:{regex.escape(q)})", _EVERY):
            assert fold(c) == fold(q) or c in CASE_EXOTIC, (q, c)


def test_re_case_folding_covers_the_patterns_for_the_line_end_words() -> None:
    # M5 uses the stdlib's (?i:...) for "photo", "image", "picture": it must match whatever regex's does.
    import re

    for q in set("photoimagepicture"):
        assert set(regex.findall(f"(?i:{q})", _EVERY)) <= set(re.findall(f"(?i:{q})", _EVERY)), q


def test_words_found_through_a_shared_part_are_the_words_scanned_before() -> None:
    # credit_candidates finds "fot." and "phot." through "ot.", "reserv" ... through "serv": one scan a
    # group. Every word holds its part (so each of its occurrences is a hit of the part), and the groups
    # hold exactly the words that had a scan of their own (M7's abbreviated labels, M8's rights words).
    parts = credit_gates._SHARED_PARTS
    assert all(anchor in w for anchor, words in parts for w in words)
    assert sorted(w for _, words in parts for w in words) == sorted({b"fot.", b"phot.", *credit_gates._SIGNED_WORDS})


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("Obrady Senatu. Fot. Jan Kowal", True),  # pl: the abbreviated label, through "ot."
        ("Ein Kran. Phot. Jane Roe", True),
        ("Tous droits réservés", True),  # fr: "r?serv" in the ASCII copy, through "serv"
        ("Tutti i diritti riservati", True),  # it
        ("Alle Rechte vorbehalten", True),  # de, through "rbeh"
        ("Alle rechten voorbehouden", True),  # nl
        ("Wszelkie prawa zastrzeżone", True),  # pl
        ("Photo Jane Roe", True),  # en: a label before a name, through "oto"
        ("Foto di Luca Roe", True),  # it
        ("Photos par Jean Roe", True),  # fr
        ("Fotos von Jana Roe", True),  # de
        ("He was not. The service was observed.", False),  # hits of "ot." and "serv" without the words
        ("The photo of the day was a protest.", False),  # en: "photo" before a lowercase word
        ("Das Foto zeigt den Hafen am Morgen.", False),  # de: "Foto" before a lowercase word
        ("La photo montre le port.", False),  # fr
        ("Nosotros votamos.", False),  # es: "oto" inside a word
    ],
)
def test_shared_part_marks(line: str, marked: bool) -> None:
    assert credit_candidates([line]) == [marked]
    _check([line])
