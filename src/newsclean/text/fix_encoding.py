"""fix_encoding: mojibake, C1 controls and Unicode normalisation, repaired by ftfy.

Catches text decoded with the wrong charset, once or twice over::

    "The cafÃ© was closed"           -> "The café was closed"
    "Itâ€™s a â€œtestâ€\x9d"          -> "It’s a “test”"
    "Ð¡Ð¿Ð°ÑÐ¸Ð±Ð¾"                     -> "Спасибо"

ftfy's heuristics cost about a millisecond per article even on clean text, so they only run on lines
whose characters show a tell-tale shape (a UTF-8 lead byte read as Latin-1 or cp1252 followed by a
continuation byte, C1 controls, lone surrogates, U+FFFD). Correct curly quotes and dashes are kept.
Lines that are not in the configured normal form are normalised (a cheap check first).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, cast

import ftfy

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document
from newsclean.text.patterns import MOJIBAKE_HINT, MOJIBAKE_START

_FTFY_CONFIGS: dict[str | None, ftfy.TextFixerConfig] = {}

# Every MOJIBAKE_HINT match starts with a character of this class, which most non-ASCII news text
# (curly quotes, dashes, CJK) lacks. A one-class scan with the stdlib engine costs a fraction of the
# full hint, so the hint (and ftfy) only see lines that hold a possible first character.
_MAYBE_MOJIBAKE = re.compile(f"[{MOJIBAKE_START}]")


def ftfy_config(normalization: str | None) -> ftfy.TextFixerConfig:
    """ftfy settings that repair encodings but leave typography and character widths alone."""
    cfg = _FTFY_CONFIGS.get(normalization)
    if cfg is None:
        cfg = ftfy.TextFixerConfig(
            unescape_html=False,  # fix_markup decodes entities
            uncurl_quotes=False,  # correct typography stays (CleanConfig.straighten_quotes)
            fix_line_breaks=False,  # lines are already split
            fix_latin_ligatures=False,
            fix_character_width=False,  # full-width CJK punctuation is correct text
            normalization=cast(Literal["NFC", "NFD", "NFKC", "NFKD"] | None, normalization),
            explain=False,
        )
        _FTFY_CONFIGS[normalization] = cfg
    return cfg


def repair(text: str, normalization: str | None = "NFC") -> str:
    """The encoding repair of one line, exactly as ``fix_encoding`` applies it."""
    if _MAYBE_MOJIBAKE.search(text) and MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, ftfy_config(normalization))
    if normalization and not text.isascii() and not unicodedata.is_normalized(normalization, text):  # type: ignore[arg-type]
        text = unicodedata.normalize(normalization, text)  # type: ignore[arg-type]
    return text


@cleaner("fix_encoding", reads=("text",), writes=("text",))
def fix_encoding(doc: Document, config: CleanConfig) -> None:
    """Repair mojibake and C1 controls with ftfy, only where the text shows signs of it; normalise Unicode."""
    norm = config.normalization
    for line in doc.lines:
        text = line.text
        if text.isascii():
            continue  # no mojibake, and ASCII is in every normal form
        fixed = repair(text, norm)
        if fixed != text:
            doc.edit(line, fixed, "mojibake or non-normalised Unicode repaired")
