"""Language-neutral text similarity for headline detection: title keys, stems and weighted overlap.

Nothing here knows a language. Words are cut to a short prefix (so "investigating" meets
"investigation", "Haushaltsstreit" meets "Haushalt" only through its first letters, and Polish or
Spanish inflections mostly agree); scripts written without spaces (Chinese, Japanese) are compared by
character pairs. Function words are not listed anywhere: they are the words that occur in most lines of
the document, and :func:`line_weights` gives them little weight.

>>> same_title("“Storm closes schools” | Daily Example", "Storm closes schools")
True
>>> overlap(stems("County schools close"), set(stems("Schools in the county closed.")))
1.0
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from sys import intern

import regex

_QUOTE_MAP = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
)
_QUOTE_PAIRS = tuple((chr(k), str(v)) for k, v in _QUOTE_MAP.items())
#: Characters stripped from both ends of a title before comparison (the scorer's set, plus guillemets).
_EDGE = " \t\"'“”‘’„«».:;,!?-–—|"
# "Headline | Site", "Headline - Site", "Headline :: Site": the site's name after a separator. A
# name starts with a capital or a digit, or is a domain ("tagesschau.de"); "Covid - what next" keeps its tail.
_SITE_SUFFIX = regex.compile(r"\s(?:[|–—-]|::|·|•)\s(?:[\p{Lu}\p{N}][^|–—:]{0,59}|[^|–—:\s]{1,60}\.\p{L}{2,6})$")
# "Site | Headline": the same, in front (only "|" and "::", since "X - Y" is common inside headlines).
_SITE_PREFIX = regex.compile(r"^[^|:]{1,60}\s(?:\||::)\s")
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_ASCII_ALNUM_BYTES = bytes(b if chr(b).isalnum() else 0x20 for b in range(128)) + b" " * 128
#: A letter or digit outside ASCII: a line without one is tokenised like an ASCII line.
_NON_ASCII_ALNUM = regex.compile(r"[[\p{L}\p{N}]--[\x00-\x7f]]", regex.V1)
_NO_SPACE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
#: No character of those scripts lies below Thai's block (tests/test_speed_gates.py checks all of Unicode).
NO_SPACE_SCRIPT_MIN = "\u0e00"


def has_no_space_script(text: str) -> bool:
    """``_NO_SPACE_SCRIPT.search(text)``, skipped when ``max(text)`` (a C loop) is below every such character."""
    return bool(text) and max(text) >= NO_SPACE_SCRIPT_MIN and _NO_SPACE_SCRIPT.search(text) is not None

#: Letters kept of each word: long enough to tell words apart, short enough to meet inflections.
STEM_CHARS = 5


def normalise_title(text: str) -> str:
    """Lowercase, NFKC, straight quotes, single spaces, no edge punctuation: for title comparison.

    >>> normalise_title("  «Storm  closes Schools»! ")
    'storm closes schools'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    if not text.isascii():  # the quotes mapped are all non-ASCII; translate with a dict is slow
        for quote, plain in _QUOTE_PAIRS:  # seven C-speed replaces beat translate's dict lookup per char
            if quote in text:
                text = text.replace(quote, plain)
    return " ".join(text.split()).strip(_EDGE)


def title_variants(text: str) -> set[str]:
    """The normalised title, and the same without a site name after it (or before it, for "|" and "::").

    Which side of "A | B" is the site cannot be told from the text, so both halves are variants.

    >>> sorted(title_variants("Storm closes schools | Daily Example"))
    ['daily example', 'storm closes schools', 'storm closes schools | daily example']
    """
    out = {normalise_title(text)}
    for pattern in (_SITE_SUFFIX, _SITE_PREFIX):
        stripped = pattern.sub("", text, count=1)
        if stripped != text and len(stripped.split()) >= 2:
            out.add(normalise_title(stripped))
    out.discard("")
    return out


def same_title(line: str, title: str) -> bool:
    """True when ``line`` is ``title``, allowing quotes, case, spacing and a site name around it."""
    return bool(title_variants(line) & title_variants(title))


def stems(text: str) -> list[str]:
    """Word prefixes of ``text``, lowercased; words under three letters are skipped.

    >>> stems("Die Koalition streitet über den Haushalt")
    ['die', 'koali', 'strei', 'über', 'den', 'haush']
    """
    out: list[str] = []
    if text.isascii() or _NON_ASCII_ALNUM.search(text) is None:
        # [\p{L}\p{N}]+ on ASCII is [A-Za-z0-9]+, and other non-ASCII characters (curly quotes, dashes)
        # only separate tokens: mask all but [A-Za-z0-9] to spaces and split, at C speed.
        masked = text.encode("ascii", "replace").translate(_ASCII_ALNUM_BYTES).decode("ascii").lower()
        return [intern(token[:STEM_CHARS]) for token in masked.split() if len(token) >= 3]
    tokens = _TOKEN.findall(text.lower())
    if not has_no_space_script(text):  # one scan of the text, not one per token
        # Interned: an article repeats a few thousand stems, and every line's list is kept at once.
        return [intern(token[:STEM_CHARS]) for token in tokens if len(token) >= 3]
    for token in tokens:
        if _NO_SPACE_SCRIPT.search(token):
            out.extend(token[i : i + 2] for i in range(len(token) - 1))
        elif len(token) >= 3:
            out.append(token[:STEM_CHARS])
    return out


def line_weights(lines: Sequence[Iterable[str]]) -> dict[str, float]:
    """Weight of each stem: low for stems found in many lines (function words), high for rare ones.

    A smoothed inverse document frequency over the lines of one article, so it works in any language
    without a stop-word list.
    """
    df: Counter[str] = Counter()
    for words in lines:
        df.update(set(words))  # Counter.update counts an iterable at C speed
    n = len(lines)
    return {w: math.log((n + 1) / (c + 0.5)) + 0.1 for w, c in df.items()}


def overlap(words: Sequence[str], reference: set[str], weights: dict[str, float] | None = None) -> float:
    """Weighted share of ``words`` (distinct) that also occur in ``reference``; 0.0 for no words."""
    distinct = set(words)
    if not distinct:
        return 0.0
    if weights is None:
        return len(distinct & reference) / len(distinct)
    total = sum(weights.get(w, 1.0) for w in distinct)
    hit = sum(weights.get(w, 1.0) for w in distinct & reference)
    return hit / total if total else 0.0


def contains_title(line: str, title_key: str, max_extra_words: int = 12, *, norm: str | None = None) -> bool:
    """True when ``line`` holds the normalised title plus at most ``max_extra_words`` other words.

    Catches "Share All sharing options for: <headline>", "Home » News » <headline>" and
    "<headline> (2024, May 3) retrieved from ...", not a paragraph that quotes the headline.

    >>> contains_title("Home » News » Storm closes schools", "storm closes schools")
    True
    """
    if len(title_key) < 12:
        return False
    if norm is None:  # callers comparing many titles pass the line's key, normalised once
        norm = normalise_title(line)
    if title_key not in norm:
        return False
    return len(norm.split()) - len(title_key.split()) <= max_extra_words
