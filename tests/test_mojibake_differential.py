"""Differential checks: newsclean's encoding repair against ftfy, and each fast path against the slow one.

**Equivalence.** For one line ``L`` (no line break inside), newsclean's repair is the line's text after
the character steps of the default pipeline (``fix_markup -> fix_encoding -> fix_whitespace``). ftfy's
is ``ftfy.fix_text(L, cfg)`` with ``cfg = ftfy_config("NFC")`` (curly quotes kept, no width or
ligature fixes, NFC) plus ``unescape_html=True``, because newsclean decodes entities in ``fix_markup``
before ``fix_encoding`` runs, in the order ftfy applies the two. The two must be equal, character for
character. Whitespace is outside the comparison: no case below holds no-break or zero-width spaces,
which ``fix_whitespace`` changes and ftfy keeps. U+0085 (NEL) is outside it too: it is a line break for
``str.splitlines``, so newsclean splits there, where ftfy turns it into "…".

**Pre-checks.** ``fix_encoding`` only hands a line to ftfy when ``MOJIBAKE_HINT`` matches, which it
decides with ``looks_like_mojibake``: a stdlib scan for the union of the pairs, each place found then
confirmed by a dict lookup. The properties below generate mojibake by encoding/decoding round trips through
every charset ftfy undoes and assert that the hint never skips a line ftfy would change, and that the
fast check always answers as the pattern does.
"""

from __future__ import annotations

import html
import json
import unicodedata

import ftfy
import ftfy.bad_codecs  # registers the sloppy-windows-* codecs
import pytest
import regex
from ftfy.chardata import CHARMAP_ENCODINGS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Document, Pipeline
from newsclean.document import _LINE_BREAK, Line, count_words
from newsclean.text.fix_encoding import _ftfy_may_change, fix_encoding, ftfy_config, looks_like_mojibake, repair
from newsclean.text.fix_markup import fix_markup
from newsclean.text.fix_whitespace import fix_whitespace
from newsclean.text.patterns import CONTROL, CREDIT_TAIL, MOJIBAKE_HINT, TAIL_CHARS, WHITESPACE_ODD
from newsclean.text.split_credits import _ends_in_credit

from .conftest import CORPUS, corpus_lines, shared_file

CHARACTER_STEPS = Pipeline((fix_markup, fix_encoding, fix_whitespace))
FTFY_SAME = ftfy_config("NFC")._replace(unescape_html=True)
FTFY_NO_NORM = ftfy_config(None)


def newsclean_repair(line: str) -> str:
    doc = CHARACTER_STEPS.run(Document.from_text(line))
    return "\n".join(ln.text for ln in doc.lines)


def mojibake(text: str, encoding: str, times: int = 1) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(encoding)
    return text


# (label, line) — invented sentences in the style of scraped news, broken the ways pages break them.
BROKEN: list[tuple[str, str]] = [
    ("latin1-accents", mojibake("The café on Rue de l’Église reopened.", "latin-1")),
    ("cp1252-quotes", "Itâ€™s a â€œtestâ€\x9d, the mayor said â€” again."),
    ("cp1252-euro-ellipsis", mojibake("Tickets cost €25… or more.", "sloppy-windows-1252")),
    ("double-encoded", mojibake("Zürich’s mayor said “no”.", "sloppy-windows-1252", times=2)),
    ("double-encoded-latin1", mojibake("Señora Muñoz — née García", "latin-1", times=2)),
    ("german-umlauts", mojibake("Der Bürgermeister schließt das Gebäude.", "sloppy-windows-1252")),
    ("polish-cp1250", mojibake("Zażółć gęślą jaźń, powiedział rzecznik.", "sloppy-windows-1250")),
    ("polish-latin2", mojibake("Łódź i Gdańsk głosowały w niedzielę.", "iso-8859-2")),
    ("cyrillic-as-latin1", mojibake("Спасибо, сказал министр.", "latin-1")),
    ("cyrillic-as-cp1252", mojibake("Москва ответила на санкции.", "sloppy-windows-1252")),
    ("cyrillic-as-cp1251", mojibake("Правительство объявило о новых мерах.", "sloppy-windows-1251")),
    ("ukrainian-as-cp1251", mojibake("Київ отримав нову допомогу.", "sloppy-windows-1251")),
    ("greek-as-cp1252", mojibake("Η Αθήνα ανακοίνωσε νέα μέτρα.", "sloppy-windows-1252")),
    ("greek-as-cp1253", mojibake("Το υπουργείο είπε “όχι”.", "sloppy-windows-1253")),
    ("turkish-cp1254", mojibake("İstanbul’da yağmur yağdı.", "sloppy-windows-1254")),
    ("baltic-cp1257", mojibake("Vilniuje – €100 už bilietą.", "sloppy-windows-1257")),
    ("macroman", mojibake("Ünïcödé déjà vu", "macroman")),
    ("cp437", mojibake("Ünïcödé déjà vu", "cp437")),
    ("c1-controls-as-cp1252", "Prices rose \x93sharply\x94 \x96 analysts said \x80 5 bn."),
    ("lone-c1", "Fee: 30\x80 per month"),
    ("entities-named", "Smith &amp; Sons said &ldquo;no&rdquo; to the &euro;5 offer."),
    ("entities-numeric", "Shares fell &#8212; again &#x2014; on &#8220;weak&#8221; data."),
    ("entity-of-mojibake", "The caf&Atilde;&copy; reopened."),
    ("mixed-clean-and-broken", "Clean “quotes” stay, but cafÃ© does not."),
    ("emoji-mojibake", mojibake("Fans cheered 🎉 at the final.", "sloppy-windows-1252")),
    ("nbsp-lost-a0", "Ã  la carte"),
    ("bom-inside", "Text with a\ufeff byte order mark."),
]

CLEAN: list[tuple[str, str]] = [
    ("english-curly", "“It’s over,” she said — and left…"),
    ("french", "Le café a rouvert près de l’église à Noël."),
    ("german", "Die Straße über dem Fluss bleibt gesperrt."),
    ("spanish", "El niño comió paella en A Coruña."),
    ("polish", "Żółw przeszedł przez ulicę w Łodzi."),
    ("russian", "Всё хорошо, сказал он, и ушёл."),
    # "В" is a UTF-8 lead byte in cp1251 and a space may stand for a lost 0xA0: a tell-tale pair that
    # Russian prose is full of. ftfy keeps it; fix_encoding does not even hand it over.
    ("russian-preposition", "В Москве открыли мост. В среду движение перекрыли, сообщила мэрия·24 мая"),
    ("ukrainian", "Їжак у Києві — це новина."),
    ("greek", "Η ΑΘΉΝΑ είναι η πρωτεύουσα."),
    ("cjk-fullwidth", "東京（共同）＝首相は３日、会見した。"),
    ("symbols", "½ price, 25 °C, © 2024, № 5, ±3 %"),
    ("arabic", "قال الوزير إن الاجتماع سيعقد غدا."),
    ("replacement-char", "The minister\ufffds office declined."),  # ftfy keeps a lone U+FFFD too
]


@pytest.mark.parametrize(("label", "line"), BROKEN + CLEAN, ids=[c[0] for c in BROKEN + CLEAN])
def test_repair_equals_ftfy(label: str, line: str) -> None:
    assert newsclean_repair(line) == ftfy.fix_text(line, FTFY_SAME).strip()


@pytest.mark.parametrize(("label", "line"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_lines_are_changed(label: str, line: str) -> None:
    # Guards the table: a "broken" case that nothing repairs would make the equality test vacuous.
    assert newsclean_repair(line) != line


@pytest.mark.parametrize(("label", "line"), CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_lines_stay_unchanged(label: str, line: str) -> None:
    assert newsclean_repair(line) == line


def test_a_document_repairs_line_by_line_as_ftfy_does_on_the_whole_text() -> None:
    text = "\n".join(line for _, line in BROKEN + CLEAN if "&" not in line)
    ours = [ln.text for ln in CHARACTER_STEPS.run(Document.from_text(text)).lines]
    theirs = [ln.strip() for ln in ftfy.fix_text(text, ftfy_config("NFC")).splitlines()]
    assert ours == theirs


# --------------------------------------------------------------------------- properties of the pre-checks

# Letters and punctuation of the languages in the corpus, as news text holds them.
NEWS_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()-")
    + list("éèêëàâäçîïôöùûüÿñßÉÀÇÖÜŒœæøåÅØąćęłńóśźżĄĆĘŁŃÓŚŹŻčšžřůěďťňČŠŽŘğışİŞĞ")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐ")
    + list("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏ")
    + list("“”‘’„«»–—…€£¥©®™°±½¼¾§¶•·№")
)
NEWS_TEXT = st.text(NEWS_ALPHABET, min_size=1, max_size=60)


@st.composite
def mojibake_lines(draw: st.DrawFn) -> str:
    text = draw(NEWS_TEXT)
    for _ in range(draw(st.integers(1, 2))):
        text = text.encode("utf-8").decode(draw(st.sampled_from(CHARMAP_ENCODINGS)))
    return text


PROPERTY_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(mojibake_lines())
def test_the_hint_never_skips_a_line_ftfy_would_change(line: str) -> None:
    if ftfy.fix_text(line, FTFY_NO_NORM) != line:
        assert MOJIBAKE_HINT.search(line), line
        assert looks_like_mojibake(line), line


@PROPERTY_SETTINGS
@given(st.one_of(mojibake_lines(), NEWS_TEXT, st.text(max_size=80)))
def test_the_fast_check_answers_as_the_pattern_does(line: str) -> None:
    assert looks_like_mojibake(line) == (MOJIBAKE_HINT.search(line) is not None)


@pytest.mark.parametrize(("label", "line"), BROKEN + CLEAN, ids=[c[0] for c in BROKEN + CLEAN])
def test_the_fast_check_answers_as_the_pattern_does_on_the_table(label: str, line: str) -> None:
    for i in range(len(line)):  # every suffix, so each position is the first one once
        assert looks_like_mojibake(line[i:]) == (MOJIBAKE_HINT.search(line[i:]) is not None)


@PROPERTY_SETTINGS
@given(st.one_of(mojibake_lines(), NEWS_TEXT))
def test_repair_equals_ftfy_on_generated_mojibake(line: str) -> None:
    assert repair(line) == ftfy.fix_text(line, ftfy_config("NFC"))


def _unchanged_but_normalised(line: str, normalization: str | None) -> None:
    """Where the pre-check sends a line past ftfy, ftfy would only have normalised it."""
    if not _ftfy_may_change(line, normalization):
        expected = unicodedata.normalize(normalization, line) if normalization else line  # type: ignore[arg-type]
        assert ftfy.fix_text(line, ftfy_config(normalization)) == expected, line


@PROPERTY_SETTINGS
@given(st.one_of(mojibake_lines(), NEWS_TEXT, st.text(max_size=80)), st.sampled_from(["NFC", "NFKC", None]))
def test_lines_past_ftfy_are_ones_it_would_only_normalise(line: str, normalization: str | None) -> None:
    _unchanged_but_normalised(line, normalization)


@pytest.mark.parametrize(("label", "line"), BROKEN + CLEAN, ids=[c[0] for c in BROKEN + CLEAN])
def test_lines_past_ftfy_on_the_table(label: str, line: str) -> None:
    _unchanged_but_normalised(line, "NFC")


def test_broken_lines_still_go_to_ftfy() -> None:
    # As fix_encoding sees them (entities decoded by fix_markup): every line ftfy mends goes to ftfy, so
    # the pre-check is not what makes the equality tests above pass.
    decoded = [html.unescape(line) for _, line in BROKEN]
    mended = [line for line in decoded if ftfy.fix_text(line, ftfy_config("NFC")) != line]
    assert len(mended) >= len(BROKEN) - 3  # all but the entity-only lines
    assert all(_ftfy_may_change(line, "NFC") for line in mended)


def test_lines_past_ftfy_on_the_corpus() -> None:
    lines = [ln for ln in corpus_lines(required=False) if not ln.isascii() and looks_like_mojibake(ln)]
    for line in lines:
        _unchanged_but_normalised(line, "NFC")


# --------------------------------------------------------------------------- other fast paths


def _all_characters() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_whitespace_pre_check_skips_only_lines_the_patterns_would_skip() -> None:
    # fix_whitespace skips printable lines without a double space; that is sound only if every
    # character its patterns look for is non-printable.
    everything = _all_characters()
    found = set(WHITESPACE_ODD.findall(everything)) | set(CONTROL.findall(everything))
    assert found and not [c for c in found if c.isprintable()]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_word_counts_equal_the_regex_count(text: str) -> None:
    words = regex.findall(r"\w+", text)
    assert count_words(text) == len(words)
    assert Line(0, text).words == words


@pytest.mark.parametrize(
    "text",
    ["a\nb", "a\r\nb", "a\rb", "a\x0bb\x0cc", "a\x1cb\x1dc\x1ed", "a\x85b", "a\u2028b\u2029c", "a\n\n  \nb\n", ""],
)
def test_line_split_equals_the_line_break_pattern(text: str) -> None:
    expected = [(i, s.strip()) for i, s in enumerate(_LINE_BREAK.split(text)) if s.strip()]
    assert [(ln.index, ln.text) for ln in Document.from_text(text).lines] == expected


def test_nel_is_a_line_break_not_an_ellipsis() -> None:
    # The one documented difference: "ą" in UTF-8 read as Latin-2 holds U+0085, where lines split.
    line = mojibake("Gdańsk głosują", "iso-8859-2")
    assert "\x85" in line
    assert ftfy.fix_text(line, FTFY_SAME) == "Gdańsk głosują"
    assert newsclean_repair(line) != "Gdańsk głosują"


def test_nfd_input_is_normalised_like_ftfy() -> None:
    line = unicodedata.normalize("NFD", "Le café a rouvert à Noël.")
    assert newsclean_repair(line) == ftfy.fix_text(line, FTFY_SAME) == unicodedata.normalize("NFC", line)


CREDIT_ENDINGS = [
    "Firefighters battle the blaze in Paradise, Calif. (AP Photo/Noah Berger)",
    "A man walks past the bank in Frankfurt. REUTERS/Jane Doe",
    "Visitors queue outside the museum on Sunday. Photo: Max Mustermann/dpa",
    "The mayor speaks to reporters – John Thys/AFP via Getty Images",
    "Crowds gather in the square. © Jane Doe",
    "Reuters reported that the talks would resume on Monday.",
    "The company said its profits rose by 5% (in dollar terms).",
    "Prices rose sharply, analysts at the bank said on Tuesday.",
    "Crowds gather in Rome. (AP Photo/Jane Doe).\n",  # "$" before a final line break
    "Crowds gather in Rome. (AP Photo/Jane Doe)..\n",
]


def _ends_agree(line: str) -> bool:
    start = max(0, len(line) - TAIL_CHARS)
    return _ends_in_credit(line, start) == (CREDIT_TAIL.search(line, start) is not None)


@pytest.mark.parametrize("line", CREDIT_ENDINGS)
def test_the_reverse_credit_check_agrees_with_the_forward_search(line: str) -> None:
    assert _ends_agree(line)


def test_the_reverse_credit_check_agrees_on_every_corpus_line() -> None:
    corpus = shared_file(CORPUS)
    with corpus.open(encoding="utf-8") as f:
        lines = [ln.strip() for row in f if row.strip() for ln in json.loads(row)["input_text"].splitlines()]
    assert all(_ends_agree(line) for line in lines if line)
