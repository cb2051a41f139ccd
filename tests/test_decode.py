"""Bytes to text: BOMs, sniffed UTF-16, declared and meta charsets, mixed bytes, the detector, binary refusal."""

from __future__ import annotations

import bz2
import gzip
import lzma

import pytest

from newsclean.decode import check_text, decode, repair_surrogates
from newsclean.errors import InputError

FRENCH = "Le café était fermé à cause de la grève, a déclaré le maire. « C’est inacceptable », dit-il."
GERMAN = "Die Bürger in München äußerten sich über die Straßenbahn. „Das ist schön“, sagte er."
POLISH = "Władze w Łodzi poinformowały, że źródło zakażenia zostało ustalone. Ratownicy pracowali całą noc."
RUSSIAN = "Власти сообщили, что источник заражения установлен. Спасатели работали всю ночь."
JAPANESE = "東京都は月曜日、新しい対策を発表した。関係者によると、会議は来週開かれる。"
ENGLISH = "Storm closes schools\nAll schools in the county closed on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("data", "kwargs", "text", "encoding", "source"),
    [
        pytest.param(b"\xef\xbb\xbf" + GERMAN.encode(), {}, GERMAN, "utf-8", "bom", id="utf-8-bom"),
        pytest.param(FRENCH.encode("utf-16"), {}, FRENCH, "utf-16-le", "bom", id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + FRENCH.encode("utf-16-be"), {}, FRENCH, "utf-16-be", "bom", id="utf-16-be-bom"),
        pytest.param(ENGLISH.encode("utf-32"), {}, ENGLISH, "utf-32-le", "bom", id="utf-32-bom"),
        pytest.param(ENGLISH.encode("utf-16-le"), {}, ENGLISH, "utf-16-le", "sniffed", id="utf-16-le-no-bom"),
        pytest.param(FRENCH.encode("utf-16-be"), {}, FRENCH, "utf-16-be", "sniffed", id="utf-16-be-no-bom"),
        pytest.param(ENGLISH.encode("utf-32-le"), {}, ENGLISH, "utf-32-le", "sniffed", id="utf-32-le-no-bom"),
        pytest.param(ENGLISH.encode(), {}, ENGLISH, "utf-8", "utf-8", id="ascii"),
        pytest.param(GERMAN.encode(), {}, GERMAN, "utf-8", "utf-8", id="utf-8"),
        # A page that declares Latin-1 but serves valid UTF-8: the bytes win.
        pytest.param(FRENCH.encode(), {"declared": "iso-8859-1"}, FRENCH, "utf-8", "utf-8", id="utf-8-beats-declared"),
        pytest.param(FRENCH.encode("cp1252"), {"declared": "windows-1252"}, FRENCH, "cp1252", "declared",
                     id="declared-cp1252"),
        pytest.param(RUSSIAN.encode("koi8-r"), {"declared": "koi8-r"}, RUSSIAN, "koi8-r", "declared",
                     id="declared-koi8"),
        pytest.param(JAPANESE.encode("iso-2022-jp"), {"declared": "iso-2022-jp"}, JAPANESE, "iso2022_jp", "declared",
                     id="declared-7-bit-iso-2022"),
        pytest.param(b'<html><head><meta charset="windows-1251"></head><body>' + RUSSIAN.encode("cp1251"),
                     {"html": True}, '<html><head><meta charset="windows-1251"></head><body>' + RUSSIAN,
                     "cp1251", "meta", id="meta-charset"),
        pytest.param(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>' + POLISH.encode(
                     "iso-8859-2"), {"html": True},
                     '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>' + POLISH,
                     "iso8859-2", "meta", id="meta-http-equiv"),
        pytest.param("Le café est fermé. ".encode() + "Prix : 5 € le thé".encode("cp1252"), {},
                     "Le café est fermé. Prix : 5 € le thé", "utf-8", "utf-8+cp1252", id="utf-8-with-cp1252-bytes"),
        pytest.param(FRENCH.encode("cp1252"), {}, FRENCH, "cp1252", "detector", id="detector-french-cp1252"),
        pytest.param(GERMAN.encode("cp1252"), {}, GERMAN, "cp1252", "detector", id="detector-german-cp1252"),
        pytest.param(POLISH.encode("cp1250"), {}, POLISH, "cp1250", "detector", id="detector-polish-cp1250"),
        pytest.param(RUSSIAN.encode("cp1251"), {}, RUSSIAN, "cp1251", "detector", id="detector-russian-cp1251"),
        pytest.param(JAPANESE.encode("shift_jis"), {}, JAPANESE, "shift_jis", "detector", id="detector-shift-jis"),
    ],
)
def test_decode(data: bytes, kwargs: dict[str, object], text: str, encoding: str, source: str) -> None:
    decoded = decode(data, **kwargs)  # type: ignore[arg-type]
    assert (decoded.text, decoded.encoding.replace("_", "-"), decoded.source) == (
        text,
        encoding.replace("_", "-"),
        source,
    )


@pytest.mark.parametrize(
    ("data", "kwargs", "source"),
    [
        # An ASCII meta that claims UTF-16 is a leftover of a re-encoded page: ignored.
        # (ASCII of even length would decode as UTF-16 without error, so ignoring it is what is tested.)
        pytest.param(b'<meta charset="utf-16"><p>Rain is due.</p>', {"html": True}, "utf-8", id="meta-utf-16-ignored"),
        # Meta is only read in HTML mode; plain text mentioning "charset=" is just text.
        pytest.param(b'Set charset="koi8-r" in the header. ' + FRENCH.encode(), {}, "utf-8", id="meta-only-in-html"),
        # An unknown declared charset is skipped, not an error.
        pytest.param(GERMAN.encode(), {"declared": "x-no-such-charset"}, "utf-8", id="unknown-declared"),
        # A stray NUL in UTF-8 text does not make it UTF-16.
        pytest.param(b"Prices rose\x00 sharply on Monday, traders said.", {}, "utf-8", id="stray-nul-not-utf-16"),
    ],
)
def test_decode_hard_negatives(data: bytes, kwargs: dict[str, object], source: str) -> None:
    assert decode(data, **kwargs).source == source  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(gzip.compress(ENGLISH.encode()), "gzip-compressed data: decompress it first", id="gzip"),
        pytest.param(bz2.compress(ENGLISH.encode()), "bzip2-compressed", id="bzip2"),
        pytest.param(lzma.compress(ENGLISH.encode()), "xz-compressed", id="xz"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a zip archive", id="zip"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document: extract its text first", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image", id="jpeg"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00", "an executable", id="elf"),
        pytest.param(bytes(range(256)) * 4, "looks like binary data, not text", id="all-bytes"),
        pytest.param(b"\x00\x01\x02\x03" * 64 + ENGLISH.encode(), "control bytes", id="control-bytes"),
    ],
)
def test_binary_input_is_refused_with_advice(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Prices rose\x00 sharply.\nTraders were surprised.", id="stray-nul"),
        pytest.param("Page one.\x0cPage two of the report.", id="form-feed"),
        pytest.param("\x1b$B%F%9%H\x1b(B and more text around the escape", id="iso-2022-escape"),
        pytest.param("", id="empty"),
    ],
)
def test_check_text_accepts_text_with_stray_controls(text: str) -> None:
    check_text(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\x00\x01\x02\x03\x04 IHDR \x00\x00", id="binary-as-latin-1"),
        pytest.param("ab\x00" * 100, id="every-third-char-nul"),
    ],
)
def test_check_text_refuses_binary_strings(text: str) -> None:
    with pytest.raises(InputError, match="looks like binary data"):
        check_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Caf\udce9 open", "Caf\ufffd open", id="lone-low-surrogate"),
        pytest.param("x\ud800y", "x\ufffdy", id="lone-high-surrogate"),
        pytest.param("smile \ud83d\ude00 please", "smile 😀 please", id="pair-joined"),
        pytest.param("no surrogates here: 😀", "no surrogates here: 😀", id="unchanged"),
    ],
)
def test_repair_surrogates(text: str, expected: str) -> None:
    repaired = repair_surrogates(text)
    assert repaired == expected
    repaired.encode("utf-8")  # writable as UTF-8
