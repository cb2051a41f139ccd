"""The document plumbing's and the small fixers' fast paths give exactly what the plain paths give.

Each fast path runs beside the path it replaces: word counts from one mask of all lines beside
``regex.findall(r"\\w+")`` per line, ``fix_encoding``'s one scan of the joined lines beside
``repair`` on every line, ``fix_punctuation``'s fixed gate beside ``_quick_skip`` on every line.
Inputs are invented hostile lines, hypothesis-generated ones, the fixtures and (when present) the
dev corpus.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.config import DEFAULT_CONFIG, CleanConfig
from newsclean.document import Document, count_words, count_words_of_lines, lines_matching
from newsclean.text import fix_encoding as fe
from newsclean.text import fix_punctuation as fp

from .conftest import corpus_texts, fixture_texts
from .test_properties import PROFILE

_WORD = regex.compile(r"\w+")


def _corpus_texts() -> list[str]:
    return list(corpus_texts())


def _fixture_texts() -> Iterator[str]:
    return fixture_texts()


def _lines(text: str) -> list[str]:
    return [stripped for raw in text.splitlines() if (stripped := raw.strip())]


# Scripts the mask encodes in other codecs (Greek, Cyrillic) or leaves to the error handler (CJK,
# Korean, emoji), characters cp1252 lacks (C1 controls, its five undefined bytes), combining marks,
# joiners, digits that are no decimal digits, lone surrogates, and a line break inside a text.
_HOSTILE = (
    "Привет, мир — “ok” café",
    "ΑΒΓ αβγ ’x ΣΩ;",
    "x\x81y\x9dz\x8f\x90\x80",
    "é\u0301e a\u0308b",
    "Ⅻ ²³ ⁿ ½ ①",
    "a\u200db\u200cc",
    "🙂a🙂 👨‍👩‍👧",
    "\ud800x\udfff",
    "Мир\nмир",
    "ıİ ß ﬁ ŉ",
    "ок – ok — é … Ω\u0400 Ѐ",
    "\x00\x85\u2028\u2029 a_b",
    "한국어 단어 中文字 かな",
    "Cyrillic then Greek: Дом Δόμος then Latin é",
    "Greek then Cyrillic: Δόμος Дом",
    "",
    "‿tie_word",
    "٣٤ ٥ ۱۲",
    "Łódź i Kraków, café ñandú — ŉ ſ ĸ",
    "Zażółć gęślą jaźń\nПривет é",
    "ğış Ω café",
)
_PIECES = (" ", "a", "é", "Д", "Δ", "ł", "ñ", "’", "—", "\u0301", "\u200d", "\x81", "한", "🙂", "_", "²", "\n", ",")


def _assert_counts(texts: list[str]) -> None:
    expected = [len(_WORD.findall(text)) for text in texts]
    assert count_words_of_lines(texts) == expected, texts
    assert [count_words(text) for text in texts] == expected, texts


def test_word_counts_on_hostile_lines() -> None:
    _assert_counts(list(_HOSTILE))
    for text in _HOSTILE:
        _assert_counts([text])
        _assert_counts([text, text[::-1], "plain ascii words"])


@PROFILE
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join), max_size=8))
def test_word_counts_on_generated_lines(texts: list[str]) -> None:
    _assert_counts(texts)


def test_word_counts_on_fixtures() -> None:
    for text in _fixture_texts():
        _assert_counts(_lines(text))


def test_word_counts_on_dev_corpus() -> None:
    for text in _corpus_texts():
        _assert_counts(_lines(text))


def test_from_text_and_from_blocks_count_words_of_every_line() -> None:
    text = "\n".join(_HOSTILE)
    for doc in (Document.from_text(text), Document.from_blocks(list(_HOSTILE))):
        assert [ln.n_words for ln in doc.lines] == [len(_WORD.findall(ln.text)) for ln in doc.lines]


# --------------------------------------------------------------------------- fix_encoding


_MOJIBAKE = (
    "The cafÃ© was closed",
    "Itâ€™s a â€œtestâ€\x9d",
    "Ð¡Ð¿Ð°ÑÐ¸Ð±Ð¾",
    "voilÃ le travail",
    "â€ at the end â",
    "— В начале «слово» в «кавычках»",
    "Ã\nÂ",
    "a\x85b",
    "\ufffd replacement",
    "\ufeffbom",
    "Â",
    "Ã ",
    "â €",
    "e\u0301 not NFC",
    "Å\u030a",
    "ΓΓ Î± Ï",
    "РЎРї",
)


def _plain_fix_encoding(doc: Document, config: CleanConfig) -> None:
    """fix_encoding as it was before its one-scan gate: ``repair`` asked of every non-ASCII line."""
    for line in doc.lines:
        if not line.text.isascii():
            fixed = fe.repair(line.text, config.normalization)
            if fixed != line.text:
                doc.edit(line, fixed, "mojibake or non-normalised Unicode repaired")


def _assert_fix_encoding_same(text: str, config: CleanConfig = DEFAULT_CONFIG) -> None:
    docs = (Document.from_text(text), Document.from_text(text))
    for doc in docs:
        doc.rule = "fix_encoding"
    fe.fix_encoding(docs[0], config)
    _plain_fix_encoding(docs[1], config)
    assert docs[0].fixes == docs[1].fixes, text
    assert [ln.text for ln in docs[0].lines] == [ln.text for ln in docs[1].lines], text


def test_any_shape_finds_every_line_that_looks_like_mojibake() -> None:
    lines = [*_MOJIBAKE, *_HOSTILE, *(t for text in _fixture_texts() for t in _lines(text))]
    for text in lines:
        if fe.looks_like_mojibake(text):
            assert fe._ANY_SHAPE.search(text), text
    # Every shape on its own, and each next to a line break (the joined lines' separator).
    doc = Document.from_text("\n".join(_MOJIBAKE))
    found = lines_matching(doc.lines, fe._ANY_SHAPE)
    assert all(ln in found for ln in doc.lines if fe.looks_like_mojibake(ln.text))


def test_fix_encoding_gated_equals_plain_on_invented_lines() -> None:
    _assert_fix_encoding_same("\n".join((*_MOJIBAKE, *_HOSTILE)))
    for text in (*_MOJIBAKE, *_HOSTILE):
        _assert_fix_encoding_same(text)
        _assert_fix_encoding_same(f"plain line\n{text}\nmore “text”")
    for norm in (None, "NFD", "NFKC"):
        _assert_fix_encoding_same("\n".join(_MOJIBAKE), DEFAULT_CONFIG.with_options(normalization=norm))


def test_fix_encoding_gated_equals_plain_on_fixtures_and_dev_corpus() -> None:
    for text in _fixture_texts():
        _assert_fix_encoding_same(text)
    for text in _corpus_texts():
        _assert_fix_encoding_same(text)


_ENC_PIECES = ("Ã", "©", "Â", " ", "В", "«", "\u0301", "e", "\n", "â", "€", "\x85", "’")


@PROFILE
@given(st.lists(st.sampled_from(_ENC_PIECES), max_size=30))
def test_fix_encoding_gated_equals_plain_on_generated_text(pieces: list[str]) -> None:
    _assert_fix_encoding_same("".join(pieces))


def test_joined_lines_are_normalised_exactly_when_each_is() -> None:
    # "\n" is a starter nothing composes with: no normal form reaches across it.
    pieces = ["e", "\u0301", "Å", "A\u030a", "ﬁ", "\u1100\u1161", "\u1161", "한", "ḱ\u0323", "a"]
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        for a in pieces:
            for b in pieces:
                joined = f"{a}\n{b}"
                each = unicodedata.is_normalized(form, a) and unicodedata.is_normalized(form, b)
                assert unicodedata.is_normalized(form, joined) == each, (form, a, b)


# --------------------------------------------------------------------------- fix_punctuation


_PUNCT = (
    ",starts with a comma",
    ".starts with a stop",
    ";",
    "ends with a space ,",
    "He said.The next",
    "He said.Élan",
    "He said!Yes?No",
    "e.g.; x",
    ".. and ,, and ,.",
    "x ,\n.y",
    "a.\nB",
    "3.5 and 4,5 and...",
    "“Quote,” he said. “Next.”",
    ".”",
)


def test_punctuation_gate_finds_every_line_to_mend() -> None:
    texts = [*_PUNCT, *_HOSTILE, *(t for text in _fixture_texts() for t in _lines(text))]
    for text in texts:
        if not fp._quick_skip(text):
            assert fp._GATE.search(text), text
        if any(c in text for c in fp._CURLY):
            assert fp._GATE_QUOTES.search(text), text
    for gate in (fp._GATE, fp._GATE_QUOTES):
        doc = Document.from_text("\n".join(texts))
        assert lines_matching(doc.lines, gate) == [ln for ln in doc.lines if gate.search(ln.text)]


def test_punctuation_gate_finds_every_line_to_mend_on_dev_corpus() -> None:
    for text in _corpus_texts():
        doc = Document.from_text(text)
        found = lines_matching(doc.lines, fp._GATE)
        assert found == [ln for ln in doc.lines if fp._GATE.search(ln.text)]
        assert all(ln in found for ln in doc.lines if not fp._quick_skip(ln.text))
