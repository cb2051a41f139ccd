"""Bytes to text: BOM, then a declared charset (HTML meta), then strict UTF-8, then a detector.

Returns the text with the encoding used and where it came from, so callers can record both in the
Article's metadata. Input that no step can read raises :class:`~newsclean.errors.InputError`.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

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
_META_CHARSET = regex.compile(rb"""<meta\b[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([A-Za-z0-9._:-]{1,40})""", regex.I)
_SNIFF_BYTES = 8192
_DETECT_BYTES = 256 * 1024


class Decoded(NamedTuple):
    text: str
    encoding: str
    source: str  # "bom", "declared", "meta", "utf-8", "detector"


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, *, html: bool = False, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is a charset the caller was told (an HTTP header, a WARC record)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name, "bom")
            except UnicodeDecodeError:
                break
    candidates: list[tuple[str, str]] = []
    if declared and (codec := _codec(declared)):
        candidates.append((codec, "declared"))
    if html:
        m = _META_CHARSET.search(data, 0, _SNIFF_BYTES)
        if m and (codec := _codec(m.group(1).decode("ascii", "replace"))):
            # A page that declares UTF-16 in ASCII meta cannot be UTF-16: the meta is a leftover.
            if not codec.startswith("utf-16") and not codec.startswith("utf-32"):
                candidates.append((codec, "meta"))
    candidates.append(("utf-8", "utf-8"))
    for codec, source in candidates:
        try:
            return Decoded(data.decode(codec), codec, source)
        except UnicodeDecodeError:
            continue
    return _detect(data)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # brought by trafilatura; imported only when needed

    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is None or best.encoding is None:
        raise InputError(
            "could not decode the input bytes: no BOM, no declared charset, not UTF-8, and the detector "
            "found no text encoding (is it binary data?). Decode it yourself and pass a str."
        )
    try:
        return Decoded(data.decode(best.encoding, errors="replace"), best.encoding, "detector")
    except LookupError as exc:  # pragma: no cover - detector names are Python codecs
        raise InputError(f"the detected encoding {best.encoding!r} is not available: {exc}") from exc
