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
from collections.abc import Iterable
from typing import Literal, cast

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, lines_matching
from newsclean.text.patterns import MOJIBAKE_AFTER_SPACE, MOJIBAKE_PAIRS, MOJIBAKE_SINGLES

_FTFY_CONFIGS: dict[str | None, ftfy.TextFixerConfig] = {}


def _cls(chars: Iterable[str]) -> str:
    return "".join(f"\\U{ord(c):08x}" for c in sorted(chars))


# MOJIBAKE_HINT is ~200 alternatives; the stdlib engine scans for their union instead (a lead followed by
# a possible follower), one simple pattern per shape, and each place found is confirmed with a dict
# lookup. In Cyrillic or accented text most letters are leads: a letter then a letter is no candidate.
_FOLLOWERS = {f for follow in MOJIBAKE_PAIRS.values() for f in follow} - {" "}
_SPACE_LEADS = [c for c, follow in MOJIBAKE_PAIRS.items() if " " in follow]
_SINGLE = re.compile(f"[{MOJIBAKE_SINGLES}]")
_PAIR = re.compile(f"[{_cls(MOJIBAKE_PAIRS)}](?=[{_cls(_FOLLOWERS)}])")
_SPACE_PAIR = re.compile(f"[{_cls(_SPACE_LEADS)}] ")
_AFTER_SPACE_FOLLOWERS = set().union(*MOJIBAKE_AFTER_SPACE.values())
_SPACE_TRIPLE = re.compile(f"[{_cls(MOJIBAKE_AFTER_SPACE)}](?= [{_cls(_AFTER_SPACE_FOLLOWERS)}])")
# The four shapes above as one pattern for one scan of all of a document's lines (``fix_encoding``): it
# stops only at a character that can be part of one, then looks around it. Every place the four find
# (and ``looks_like_mojibake`` confirms) it finds too: a single tell-tale; a follower after a lead; a
# space lead before a space; a lead of ``MOJIBAKE_AFTER_SPACE`` before a space and a continuation.
# Each look stays inside the line (every character looked for is neither a line break nor ASCII
# but the space), so it finds in the joined lines what it finds in each line.
_ANY_SHAPE = re.compile(
    f"[{MOJIBAKE_SINGLES}{_cls(_FOLLOWERS | set(_SPACE_LEADS) | set(MOJIBAKE_AFTER_SPACE))}]"
    f"(?:(?<=[{MOJIBAKE_SINGLES}])"
    f"|(?<=[{_cls(MOJIBAKE_PAIRS)}][{_cls(_FOLLOWERS)}])"
    f"|(?<=[{_cls(_SPACE_LEADS)}])(?= )"
    f"|(?<=[{_cls(MOJIBAKE_AFTER_SPACE)}])(?= [{_cls(_AFTER_SPACE_FOLLOWERS)}]))"
)


def looks_like_mojibake(text: str) -> bool:
    """``MOJIBAKE_HINT.search(text) is not None``, for about the cost of a few character-class scans.

    >>> looks_like_mojibake("The cafÃ© was closed"), looks_like_mojibake("“It’s open” – Café owner")
    (True, False)
    """
    if _SINGLE.search(text) or _SPACE_PAIR.search(text):
        return True
    # Each place found is a lead and a follower of *some* charset; the dict holds the pairs of one.
    pairs = MOJIBAKE_PAIRS
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        pos = m.end()
        if text[pos] in pairs[text[pos - 1]]:
            return True
    after_space = MOJIBAKE_AFTER_SPACE
    pos = 0
    while (m := _SPACE_TRIPLE.search(text, pos)) is not None:
        pos = m.end()
        if text[pos + 1] in after_space[text[pos - 1]]:
            return True
    return False


# What ftfy mends besides mojibake (with ``ftfy_config``'s settings): C1 controls, lone surrogates, and
# the control characters and terminal escapes it removes. A line without any of these that ftfy's own
# mojibake test (``is_bad``) passes over is given back unchanged but for normalisation.
# ftfy fixes a longer text in segments, which ``is_bad`` of the whole does not speak for.
_FTFY_SEGMENT = ftfy.TextFixerConfig().max_decode_length
_MENDED_BESIDES = re.compile(f"[\\x80-\\x9f\\ud800-\\udfff{_cls(chr(c) for c in CONTROL_CHARS)}]")


def _ftfy_may_change(text: str, normalization: str | None) -> bool:
    """False only where ``ftfy.fix_text(text, ftfy_config(normalization))`` is ``text`` normalised.

    The tell-tale pairs ``looks_like_mojibake`` looks for are common in clean text of some scripts (the
    Russian preposition "В" before a space is a lead byte before a no-break space that became one), and
    ftfy costs ~150 µs on such a line of prose. ftfy repairs an encoding only where ``is_bad`` finds
    mojibake in the text, or (on its second round) in the text normalised; its other repairs need the
    characters of ``_MENDED_BESIDES``. ``is_bad`` alone costs about two thirds of the whole call.
    """
    if len(text) > _FTFY_SEGMENT or _MENDED_BESIDES.search(text) or is_bad(text):
        return True
    if normalization and not unicodedata.is_normalized(normalization, text):  # type: ignore[arg-type]
        return is_bad(unicodedata.normalize(normalization, text))  # type: ignore[arg-type]
    return False


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
    if looks_like_mojibake(text) and _ftfy_may_change(text, normalization):
        text = ftfy.fix_text(text, ftfy_config(normalization))
    if normalization and not text.isascii() and not unicodedata.is_normalized(normalization, text):  # type: ignore[arg-type]
        text = unicodedata.normalize(normalization, text)  # type: ignore[arg-type]
    return text


@cleaner("fix_encoding", reads=("text",), writes=("text",))
def fix_encoding(doc: Document, config: CleanConfig) -> None:
    """Repair mojibake and C1 controls with ftfy, only where the text shows signs of it; normalise Unicode."""
    norm = config.normalization
    # ASCII lines have no mojibake and are in every normal form.
    lines = [line for line in doc.lines if not line.text.isascii()]
    if not lines:
        return
    joined = "\n".join([line.text for line in lines])
    # Lines not found here do not look like mojibake (see ``_ANY_SHAPE``), so ``repair`` only
    # normalises them; and none needs that if the joined lines are normalised: "\n" is a starter that
    # nothing composes with, so normalising the joined lines normalises each line on its own.
    suspects = {id(line) for line in lines_matching(lines, _ANY_SHAPE, joined=joined)}
    if norm and not unicodedata.is_normalized(norm, joined):  # type: ignore[arg-type]
        suspects = {id(line) for line in lines}
    for line in lines:
        if id(line) in suspects:
            text = line.text
            fixed = repair(text, norm)
            if fixed != text:
                doc.edit(line, fixed, "mojibake or non-normalised Unicode repaired")
