"""Bytes to text, and the checks that tell text from data that is not text.

:func:`decode` tries, in order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. a file signature of a known binary format (gzip, zip, PDF, images ...) -> :class:`InputError`;
3. UTF-16/32 *without* a BOM, sniffed from the NUL bytes of mostly-Latin text;
4. control bytes: more than 10% of the first 8 KB -> binary data -> :class:`InputError`;
5. valid UTF-8 that is not plain ASCII (it beats a declared single-byte charset: pages declare
   ``iso-8859-1`` and serve UTF-8 far more often than the reverse, and real Latin-1 text almost never
   happens to be valid UTF-8);
6. the charset the caller was told (``declared``: an HTTP header, a WARC record), then the page's
   ``<meta charset>`` (HTML only);
7. UTF-8 with a few Windows-1252 bytes mixed in (pages stitched from two sources): each invalid
   byte is read as Windows-1252;
8. charset_normalizer, limited to the encodings the web uses; on a tie Windows-1252 wins (it is the
   most common legacy web encoding, and HTML reads ``iso-8859-1`` labels as it).

:func:`Decoded.source` says which step decided, so callers can record it in the Article's metadata.
Input that no step can read raises :class:`~newsclean.errors.InputError` with what to do instead.
"""

from __future__ import annotations

import codecs
import re
from typing import Any, NamedTuple

import regex

from newsclean.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, near the top.
_META_CHARSET = regex.compile(
    rb"""<meta\b[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([A-Za-z0-9._:-]{1,40})""", regex.I
)
_SNIFF_BYTES = 8192
_DETECT_BYTES = 256 * 1024
#: Share of control bytes (or characters) above which input is taken for binary data.
BINARY_CONTROL_SHARE = 0.10
# C0 controls that never occur in text. Tab, line breaks, form feed and ESC (ISO-2022) are text.
# (The stdlib engine scans a plain character class three to four times faster than ``regex``: these
# run over every input.)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A well-formed multi-byte UTF-8 sequence (counted to tell "UTF-8 with stray bytes" from a legacy page).
_UTF8_MULTIBYTE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Bytes that ``surrogateescape`` could not decode, as lone surrogates U+DC80..U+DCFF.
_ESCAPED = regex.compile(r"[\udc80-\udcff]{1,64}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

#: File signatures of formats that are not text, with what to do about each.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip-compressed data: decompress it first (gzip.decompress)"),
    (b"(\xb5/\xfd", "zstd-compressed data: decompress it first (zstandard)"),
    (b"BZh", "bzip2-compressed data: decompress it first (bz2.decompress)"),
    (b"\xfd7zXZ\x00", "xz-compressed data: decompress it first (lzma.decompress)"),
    (b"PK\x03\x04", "a zip archive (or an Office document): extract the text first"),
    (b"%PDF-", "a PDF document: extract its text first (e.g. with pdfminer.six)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF87a", "a GIF image, not an article"),
    (b"GIF89a", "a GIF image, not an article"),
    (b"\x7fELF", "an executable, not an article"),
)

#: Legacy encodings seen on news sites, in the order preferred when the detector cannot tell them
#: apart. Limiting the detector to these stops rare codecs (mac_latin2, cp775) winning on short texts.
WEB_ENCODINGS: tuple[str, ...] = (
    "cp1252", "cp1250", "cp1251", "iso8859_2", "cp1253", "cp1254", "cp1257", "iso8859_15", "koi8_r",
    "koi8_u", "cp1255", "cp1256", "cp1258", "iso8859_7", "gb18030", "big5", "shift_jis", "euc_jp",
    "euc_kr", "iso2022_jp", "cp874", "tis_620",
)  # fmt: skip
# charset_normalizer's scores closer than this are a tie. Coherence (language fit) is noisy on a short
# article, so its margin is wider; a wrong single-byte codec shows up in chaos (symbols amid letters).
_CHAOS_TIE = 0.01
_COHERENCE_TIE = 0.1


class Decoded(NamedTuple):
    text: str
    encoding: str
    #: "bom", "sniffed" (UTF-16/32 without BOM), "utf-8", "declared", "meta", "utf-8+cp1252", "detector"
    source: str


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def check_text(text: str) -> None:
    """Raise :class:`InputError` if ``text`` is binary data that was decoded as text.

    A stray NUL or escape character is scraping noise (``fix_whitespace`` drops it and records a
    Fix); a string whose first 8 KB are more than 10% control characters is not an article.

    >>> check_text("Prices rose\\x00 sharply.")
    >>> check_text("\\x00\\x01\\x02\\x03 PNG")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    newsclean.errors.InputError: the input looks like binary data, not text: 4 of its first 8 ...
    """
    sample = text[:_SNIFF_BYTES]
    controls = len(_CONTROL_CHARS.findall(sample))
    if controls and controls > BINARY_CONTROL_SHARE * len(sample):
        raise InputError(
            f"the input looks like binary data, not text: {controls} of its first {len(sample)} characters "
            "are control characters. Pass the article's text or HTML."
        )


def parser_text(markup: str) -> str:
    """HTML given as ``str``, made safe for the parser: binary data refused, lone surrogates repaired.

    lxml cannot encode a lone surrogate and silently cuts the document there, so surrogate pairs are
    joined and lone ones become U+FFFD first (ftfy's ``fix_surrogates``, as text mode does per line).
    NUL characters are dropped, as browsers drop them from body text (lxml would make them U+FFFD).

    >>> parser_text("<p>Caf\\udce9 open\\x00 \\ud83d\\ude00</p>")
    '<p>Caf\ufffd open 😀</p>'
    """
    check_text(markup)
    if "\x00" in markup:
        markup = markup.replace("\x00", "")
    return repair_surrogates(markup)


def repair_surrogates(text: str) -> str:
    """Surrogate pairs joined, lone surrogates replaced by U+FFFD (they cannot be written as UTF-8)."""
    if _SURROGATE.search(text):
        from ftfy.fixes import fix_surrogates

        text = fix_surrogates(text)
    return text


def _check_binary(data: bytes) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"the input is {what}")
    sample = data[:_SNIFF_BYTES]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls and controls > BINARY_CONTROL_SHARE * len(sample):
        raise InputError(
            f"the input looks like binary data, not text: {controls} of its first {len(sample)} bytes are "
            "control bytes. Pass the article's text or HTML (if it is text in an unusual encoding, decode it "
            "yourself, or pass encoding=...)."
        )


def _sniff_wide(data: bytes) -> Decoded | None:
    """UTF-16/32 without a BOM: mostly-Latin text has a NUL in every other (or three of four) bytes."""
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 4]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    quarter = len(sample) // 4
    zeros = [sample[i::4].count(0) for i in range(4)]
    even, odd, half = zeros[0] + zeros[2], zeros[1] + zeros[3], len(sample) // 2
    name = None
    if len(data) % 4 == 0 and zeros[1] == zeros[2] == zeros[3] == quarter > zeros[0]:
        name = "utf-32-le"
    elif len(data) % 4 == 0 and zeros[0] == zeros[1] == zeros[2] == quarter > zeros[3]:
        name = "utf-32-be"
    # Nearly every odd byte NUL and almost no even one: the high bytes of Latin text in UTF-16 LE.
    elif len(data) % 2 == 0 and odd > 0.6 * half and even < 0.05 * half:
        name = "utf-16-le"
    elif len(data) % 2 == 0 and even > 0.6 * half and odd < 0.05 * half:
        name = "utf-16-be"
    if name is None:
        return None
    try:
        return Decoded(data.decode(name), name, "sniffed")
    except UnicodeDecodeError:
        return None


def _cp1252_bytes(escaped: str) -> str:
    raw = bytes(ord(c) - 0xDC00 for c in escaped)
    # Five bytes are undefined in Windows-1252; Latin-1 keeps them (as C1 controls ftfy can still fix).
    return "".join(raw[i : i + 1].decode("cp1252", "strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(b) for i, b in enumerate(raw))  # fmt: skip


def _mixed(data: bytes) -> Decoded | None:
    """Mostly UTF-8 with some Windows-1252 bytes: keep the UTF-8, read each stray byte as cp1252."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", "surrogateescape")
    invalid = sum(len(m) for m in _ESCAPED.findall(text))
    if invalid > valid:
        return None
    return Decoded(_ESCAPED.sub(lambda m: _cp1252_bytes(m.group()), text), "utf-8", "utf-8+cp1252")


def decode(data: bytes, *, html: bool = False, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is a charset the caller was told (an HTTP header, a WARC record).

    >>> decode("Caf\\u00e9 cr\\u00e8me".encode("utf-8"), declared="iso-8859-1")
    Decoded(text='Café crème', encoding='utf-8', source='utf-8')
    >>> decode("\\u201eSch\\u00f6n\\u201c, sagte er.".encode("cp1252"))
    Decoded(text='„Schön“, sagte er.', encoding='cp1252', source='detector')
    """
    decoded = _decode(data, html=html, declared=declared)
    if html and "\x00" in decoded.text:
        # Browsers drop NULs from HTML text; lxml would turn each into U+FFFD glued to a word.
        decoded = decoded._replace(text=decoded.text.replace("\x00", ""))
    return decoded


def _decode(data: bytes, *, html: bool, declared: str | None) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name, "bom")
            except UnicodeDecodeError:
                break
    wide = _sniff_wide(data)
    if wide is not None:
        return wide
    _check_binary(data)
    if not data.isascii():
        try:
            return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
        except UnicodeDecodeError:
            pass
    candidates: list[tuple[str, str]] = []
    if declared and (codec := _codec(declared)):
        candidates.append((codec, "declared"))
    if html:
        m = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
        codec = _codec(m.group(1).decode("ascii", "replace")) if m else None
        # A page that declares UTF-16 in ASCII meta cannot be UTF-16: the meta is a leftover.
        if codec and not codec.startswith(("utf-16", "utf-32")):
            candidates.append((codec, "meta"))
    candidates.append(("utf-8", "utf-8"))
    for codec, source in candidates:
        try:
            return Decoded(data.decode(codec), codec, source)
        except UnicodeDecodeError:
            continue
    return _mixed(data) or _detect(data)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # brought by trafilatura; imported only when needed

    sample = data[:_DETECT_BYTES]
    matches = from_bytes(sample, cp_isolation=list(WEB_ENCODINGS)) or from_bytes(sample)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(
            "could not decode the input bytes: no BOM, no declared charset, not UTF-8, and the detector "
            "found no text encoding (is it binary data?). Decode it yourself and pass a str, or pass encoding=..."
        )
    encoding = _prefer(best, matches)
    return Decoded(data.decode(encoding, errors="replace"), encoding, "detector")


def _prefer(best: Any, matches: Any) -> str:
    """The detector's pick, or the most common web encoding among the candidates that tie with it."""
    tied: list[str] = []
    for m in matches:
        if abs(m.chaos - best.chaos) <= _CHAOS_TIE and abs(m.coherence - best.coherence) <= _COHERENCE_TIE:
            tied.extend(m.could_be_from_charset)
    ranked = [name for name in WEB_ENCODINGS if name in tied]
    return ranked[0] if ranked else str(best.encoding)
