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
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import accumulate, chain, repeat
from operator import add, itemgetter
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
# The same for UTF-8 bytes: ASCII letters and digits stay, other ASCII becomes a space, and the bytes of
# non-ASCII characters (all >= 0x80) stay, so the result still decodes.
_UTF8_ALNUM_BYTES = _ASCII_ALNUM_BYTES[:128] + bytes(range(128, 256))
#: A non-ASCII character that is not a letter or digit: it only separates words, like a space.
_NON_ASCII_NON_ALNUM = regex.compile(r"[^\p{L}\p{N}\x00-\x7f]")
# Distinct such characters replaced one by one before tokens() gives a line to the (slower) regex.
_MAX_SEPARATOR_KINDS = 8
_NO_SPACE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
#: No character of those scripts lies below Thai's block (tests/test_speed_gates.py checks all of Unicode).
NO_SPACE_SCRIPT_MIN = "\u0e00"
# The blocks that hold those scripts, as plain ranges for the stdlib ``re``, which scans a character
# class about 4x faster than ``regex``: a necessary condition, checked against every code point in
# tests/test_headline_gates.py.
# Written as the complement of the other code points: the same class, which ``re`` scans twice as fast
# (a class of ranges beyond the BMP is tested range by range; tests/test_speed_gates_headline_evidence.py checks that
# both forms take the same code points).
_NO_SPACE_BLOCKS = (
    "\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00016fe0-\U0001b2ff\U0001f200-\U0001f2ff"
    "\U00020000-\U0003ffff"
)
_NO_SPACE_GATE = re.compile(
    "[^\x00-\u0dff\u0e80-\u2e7f\ua000-\uf8ff\ufb00-\ufeff\ufff0-\U00016fdf\U0001b300-\U0001f1ff"
    "\U0001f300-\U0001ffff\U00040000-\U0010ffff]"
)
#: The gate as a public name, for scans of a whole text (headline_evidence).
NO_SPACE_GATE = _NO_SPACE_GATE


def has_no_space_script(text: str) -> bool:
    """``_NO_SPACE_SCRIPT.search(text)``, skipped when the faster gate finds no character of those blocks."""
    return _NO_SPACE_GATE.search(text) is not None and _NO_SPACE_SCRIPT.search(text) is not None

#: Letters kept of each word: long enough to tell words apart, short enough to meet inflections.
STEM_CHARS = 5
# t[:STEM_CHARS], and a truthy t[2:3] for tokens of three characters or more: map() and filter() with
# these run at C speed.
_CUT = itemgetter(slice(None, STEM_CHARS))
_THIRD = itemgetter(slice(2, 3))


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


def tokens(text: str) -> list[str]:
    """The letter-and-digit runs of ``text``, lowercased: ``_TOKEN.findall(text.lower())``, mostly at C speed.

    >>> tokens("L’été, c’est «super» — 2024!")
    ['l', 'été', 'c', 'est', 'super', '2024']
    """
    if text.isascii():
        # [\p{L}\p{N}]+ on ASCII is [A-Za-z0-9]+: mask the rest to spaces and split.
        return text.encode("ascii").translate(_ASCII_ALNUM_BYTES).decode("ascii").lower().split()
    low = text.lower()
    # Curly quotes, dashes, no-break spaces: a line has a few kinds of non-ASCII separators. Each
    # becomes a space (str.replace); then only ASCII and letters or digits are left, and masking the
    # ASCII punctuation in the UTF-8 bytes finds the words.
    found = _NON_ASCII_NON_ALNUM.search(low)
    for _ in range(_MAX_SEPARATOR_KINDS):
        if found is None:
            return low.encode("utf-8").translate(_UTF8_ALNUM_BYTES).decode("utf-8").split()
        low = low.replace(found.group(), " ")
        found = _NON_ASCII_NON_ALNUM.search(low, found.start())
    return _TOKEN.findall(low)


def stems(text: str) -> list[str]:
    """Word prefixes of ``text``, lowercased; words under three letters are skipped.

    >>> stems("Die Koalition streitet über den Haushalt")
    ['die', 'koali', 'strei', 'über', 'den', 'haush']
    """
    return stems_of(tokens(text), has_no_space_script(text))


def stems_of(words: list[str], no_space_script: bool) -> list[str]:
    """:func:`stems` from the line's :func:`tokens`; ``no_space_script`` as ``has_no_space_script(line)``,
    or True when unsure (then each word is checked)."""
    if not no_space_script:
        # Interned: an article repeats a few thousand stems, and every line's list is kept at once.
        # (At C speed: _THIRD keeps the tokens of three characters or more, _CUT cuts them.)
        return list(map(intern, map(_CUT, filter(_THIRD, words))))
    out: list[str] = []
    for token in words:
        # Those scripts are not ASCII: most tokens skip the regex.
        if not token.isascii() and _NO_SPACE_SCRIPT.search(token):
            out.extend(map(add, token, token[1:]))  # its character pairs, at C speed
        elif len(token) >= 3:
            out.append(token[:STEM_CHARS])
    return out


def cut_stems(words: list[str]) -> list[str]:
    """``stems_of(words, False)``, not interned (equal strings hash, compare and fill sets alike), at C speed.

    >>> cut_stems(["the", "schools", "of", "storms"])
    ['the', 'schoo', 'storm']
    """
    return list(map(_CUT, filter(_THIRD, words)))


def stem_hits(line_tokens: Iterable[list[str]], wanted: set[str], no_space_script: bool) -> list[tuple[str, ...]]:
    """``[wanted & set(stems_of(words)) for words in line_tokens]``: which ``wanted`` stems each line has.

    ``no_space_script``: some line may hold such a script. Each distinct word is cut once (a cache),
    and ``line_tokens`` is read once, so a generator keeps only one line's words alive: memory stays
    linear in the vocabulary, not in the text. Each line's stems come as a tuple (distinct, in no
    particular order): a tenth of a set's size, for a list as long as the text.

    >>> hits = stem_hits([tokens("Storms closed the schools."), tokens("No school today")], {"schoo", "storm"}, False)
    >>> [sorted(found) for found in hits]
    [['schoo', 'storm'], ['schoo']]
    """
    out: list[tuple[str, ...]] = []
    append = out.append
    if no_space_script:
        # A line's stems are its tokens' stems, each token's alone: cut each distinct token once.
        # (stems_of([w], True) inline: most words are one stem or none, and skip the script's regex.)
        found: dict[str, tuple[str, ...]] = {}
        for words in line_tokens:
            for w in set(words).difference(found):  # each new word once
                if not w.isascii() and _NO_SPACE_GATE.search(w) is not None and _NO_SPACE_SCRIPT.search(w):
                    found[w] = tuple(wanted.intersection(map(add, w, w[1:])))  # distinct: the line's are a set
                else:
                    found[w] = (w[:STEM_CHARS],) if len(w) >= 3 and w[:STEM_CHARS] in wanted else ()
            append(tuple(set(chain.from_iterable(map(found.__getitem__, words)))))
        return out
    stem_of: dict[str, str | None] = {}
    for words in line_tokens:
        new = set(words).difference(stem_of)  # set operations at C speed; few new words per line
        if new:
            stem_of.update((w, w[:STEM_CHARS] if len(w) >= 3 and w[:STEM_CHARS] in wanted else None) for w in new)
        append(tuple(wanted.intersection(map(stem_of.__getitem__, words))))
    return out


# Many lines at once: their texts joined by "\n" and read by a few C-speed passes, not a few calls
# per line. Exact because no text holds a "\n" (checked: else line by line) and each step maps the
# "\n"-join of texts to the "\n"-join of its results: lower() (its one rule with context, final sigma,
# looks no further than a character that is neither cased nor case-ignorable, as "\n" is; and no
# character lowercases to or from a "\n": tests/test_speed_gates_headline_evidence.py checks every code point),
# single-character replaces, and byte masks that keep "\n". Blocks of about _BLOCK_CHARS characters keep
# the joined copies small on huge texts.
_BLOCK_CHARS = 1 << 16
_NL = 0x0A
_ASCII_ALNUM_NL_BYTES = _ASCII_ALNUM_BYTES[:_NL] + b"\n" + _ASCII_ALNUM_BYTES[_NL + 1 :]
_UTF8_ALNUM_NL_BYTES = _UTF8_ALNUM_BYTES[:_NL] + b"\n" + _UTF8_ALNUM_BYTES[_NL + 1 :]
_ASCII_BYTES = bytes(range(128))
_NFKC = partial(unicodedata.normalize, "NFKC")
# Whether a non-ASCII character separates tokens (_NON_ASCII_NON_ALNUM), remembered per character.
_SEPARATES: dict[str, bool] = {}
_MAX_SEPARATOR_SCANS = 32
# The non-ASCII separators news text holds most (each is one: tests/test_speed_gates_headline_evidence.py).
_COMMON_SEPARATORS = "\u2019\u2018\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb\u00a0\u00b7\u2022"
_SEPARATES_MAX = 50_000


def _blocks(texts: Sequence[str]) -> Iterator[Sequence[str]]:
    """``texts`` in runs of consecutive texts of about _BLOCK_CHARS characters (at least one text each)."""
    if texts and sum(map(len, texts)) <= _BLOCK_CHARS:  # one block (nearly every article): the loop's answer
        yield texts
        return
    ends = list(accumulate(map(len, texts)))
    start, n = 0, len(texts)
    while start < n:
        stop = max(bisect_right(ends, (ends[start - 1] if start else 0) + _BLOCK_CHARS), start + 1)
        yield texts[start:stop]
        start = stop


def _separators(low: str) -> list[str]:
    """The distinct non-ASCII characters of ``low`` that are not letters or digits (in no particular order)."""
    rest = _non_ascii(low)
    out = []
    for c in _COMMON_SEPARATORS:  # most texts' separators, each taken out by one C-speed replace
        if c in rest:
            out.append(c)
            rest = rest.replace(c, "")
    # Letters and digits only (str.isalnum; no such character separates, every code point checked):
    # a page of accented or Cyrillic letters is not looked at a character at a time.
    if not rest or rest.isalnum():
        return out
    # The few others one at a time: each search starts where the last one was found (all before it
    # are letters or digits) and each kind found is taken out; many kinds (hostile text) go by set.
    found = _NON_ASCII_NON_ALNUM.search(rest)
    for _ in range(_MAX_SEPARATOR_SCANS):
        if found is None:
            return out
        c = found.group()
        out.append(c)
        rest = rest.replace(c, "")
        found = _NON_ASCII_NON_ALNUM.search(rest, found.start())
    others = set(rest)
    if len(_SEPARATES) > _SEPARATES_MAX:
        _SEPARATES.clear()
    for c in others.difference(_SEPARATES):
        _SEPARATES[c] = _NON_ASCII_NON_ALNUM.match(c) is not None
    return out + [c for c in others if _SEPARATES[c]]


# The last block lowercased: title_keys and then block_words read the same blocks of an article's
# lines (find_headline's evidence), and an equal string is told by one memcmp. Only blocks of ordinary
# size are kept (a block of one huge line would stay alive until the next call).
_LAST_LOWER: tuple[str, str] = ("", "")
_LAST_NON_ASCII: tuple[str, str] = ("", "")
_LOWER_KEEP_CHARS = 2 * _BLOCK_CHARS


def _non_ascii(text: str) -> str:
    """The non-ASCII characters of ``text``, in order: its ASCII bytes dropped at C speed (often few are
    left). From the last call's result when ``text`` is the same text again, as ``_lower``."""
    global _LAST_NON_ASCII  # noqa: PLW0603 - a one-entry memo
    last = _LAST_NON_ASCII  # one read: another thread may set it meanwhile
    if text == last[0]:
        return last[1]
    rest = text.encode("utf-8").translate(None, _ASCII_BYTES).decode("utf-8")
    if len(text) <= _LOWER_KEEP_CHARS:
        _LAST_NON_ASCII = (text, rest)
    return rest


def has_no_space_script_in(texts: Sequence[str]) -> bool:
    """``has_no_space_script("\n".join(texts))``, read off the lowered blocks that ``title_keys`` and
    ``block_words`` read next: only their non-ASCII characters are searched, and those are kept for
    the masking (``_separators``). Exact because no character lowercases into or out of those scripts
    (tests/test_speed_gates_headline_blocks.py checks every code point)."""
    for block in _blocks(texts):
        joined = "\n".join(block)
        if not joined.isascii() and has_no_space_script(_non_ascii(_lower(joined))):
            return True
    return False


def _lower(joined: str) -> str:
    """``joined.lower()``, from the last call's result when ``joined`` is the same text again."""
    global _LAST_LOWER  # noqa: PLW0603 - a one-entry memo
    last = _LAST_LOWER  # one read: another thread may set it meanwhile
    if joined == last[0]:
        return last[1]
    low = joined.lower()
    if len(joined) <= _LOWER_KEEP_CHARS:
        _LAST_LOWER = (joined, low)
    return low


def _masked(joined: str) -> str:
    """:func:`tokens`' masking of texts joined by "\n", which stays: ``part.split()`` is that text's tokens."""
    if joined.isascii():
        return joined.encode("ascii").translate(_ASCII_ALNUM_NL_BYTES).decode("ascii").lower()
    low = _lower(joined)
    for sep in _separators(low):  # never "\n" (ASCII)
        low = low.replace(sep, " ")
    return low.encode("utf-8").translate(_UTF8_ALNUM_NL_BYTES).decode("utf-8")


def title_keys(texts: Sequence[str]) -> list[str]:
    """``[normalise_title(text) for text in texts]``, lowercased and respaced a block of texts at a time.

    NFKC only for blocks where some text needs it (one C-speed check of the block), and then per text.
    Keys are respaced only in blocks with a double space or a character that is not printable: every
    whitespace character but the space is not (every code point checked), so else
    ``" ".join(key.split())`` differs from ``key`` at most by a space at either end, which the edge
    strip takes off anyway.

    >>> title_keys(["  «Storm  closes Schools»! ", "", "Ｆｕｌｌ width"])
    ['storm closes schools', '', 'full width']
    """
    out: list[str] = []
    for block in _blocks(texts):
        # NFKC puts no "\n" into a text, nor takes one out (every code point checked), and a "\n" starts
        # a text afresh (no character composes with it): the block is normalised when each text is.
        # One C-speed check of the block, then NFKC only where it was not.
        joined = "\n".join(block)
        text = _lower(joined) if unicodedata.is_normalized("NFKC", joined) else "\n".join(map(_NFKC, block)).lower()
        if text.count("\n") != len(block) - 1:  # a text holds a line break
            out.extend(map(normalise_title, block))
            continue
        if not text.isascii():
            for quote, plain in _QUOTE_PAIRS:
                if quote in text:
                    text = text.replace(quote, plain)
        parts = text.split("\n")
        if "  " not in text and all(map(str.isprintable, parts)):
            out.extend(map(str.strip, parts, repeat(_EDGE)))
        else:
            out.extend([" ".join(part.split()).strip(_EDGE) for part in parts])
    return out


def block_words(texts: Sequence[str], no_space_script: bool = True) -> Iterator[tuple[list[str], bool]]:
    """Each text's :func:`tokens` joined by spaces (``words.split()`` gives them back), a block of
    consecutive texts at a time (about _BLOCK_CHARS characters), and whether some text of the block
    may hold a character of the scripts without spaces (always False when ``no_space_script`` is: the
    caller knows that none does).

    A block is masked once (:func:`_masked`), not a text at a time; a block where a text holds a line
    break goes text by text. One string per text, not a list of tokens: a caller splits a text when it
    reads it, so its tokens are still in the CPU's cache while they are cut and counted (a list of
    every line's tokens, made first and read after, was slower).

    >>> list(block_words(["Storms closed the schools.", "No “school” today"]))
    [(['storms closed the schools ', 'no  school  today'], False)]
    """
    for block in _blocks(texts):
        joined = "\n".join(block)
        no_space = no_space_script and _NO_SPACE_GATE.search(joined) is not None
        if joined.count("\n") != len(block) - 1:  # a text holds a line break
            yield [" ".join(tokens(text)) for text in block], no_space
        else:
            yield _masked(joined).split("\n"), no_space


def wanted_hits(line_tokens: Iterable[list[str]], wanted: set[str], no_space_script: bool) -> Iterable[Collection[str]]:
    """``stem_hits(line_tokens, wanted, no_space_script)``, lazily and at C speed when no text holds those scripts.

    Then each text's stems are its tokens' first STEM_CHARS characters, for the tokens of three or
    more: a token of one or two is its own "cut", of that length, and no wanted stem that short can
    come from such a text (only character pairs are), so those stems are left out of ``wanted`` instead.

    >>> [sorted(h) for h in wanted_hits([["storms", "in", "schools"], ["no", "school"]], {"schoo", "in"}, False)]
    [['schoo'], ['schoo']]
    """
    if no_space_script:
        return stem_hits(line_tokens, wanted, True)
    return map(set(filter(_THIRD, wanted)).intersection, map(map, repeat(_CUT), line_tokens))


def stem_counts(texts: Sequence[str], wanted: set[str], no_space_script: bool = True) -> Counter[str]:
    """In how many of ``texts`` each ``wanted`` stem occurs (stems of no-space scripts included):
    ``Counter(chain.from_iterable(stem_hits(map(tokens, texts), wanted, True)))``. ``no_space_script``:
    some text may hold a character of those scripts (False only when none does). Blocks of texts are
    read by :func:`block_words` and :func:`wanted_hits`.

    >>> sorted(stem_counts(["Storms closed the schools.", "No school today", "storm"], {"schoo", "storm"}).items())
    [('schoo', 2), ('storm', 2)]
    """
    counts: Counter[str] = Counter()
    for words, no_space in block_words(texts, no_space_script):
        counts.update(chain.from_iterable(wanted_hits(map(str.split, words), wanted, no_space)))
    return counts


def line_weights(lines: Sequence[Iterable[str]]) -> dict[str, float]:
    """Weight of each stem: low for stems found in many lines (function words), high for rare ones.

    A smoothed inverse document frequency over the lines of one article, so it works in any language
    without a stop-word list.
    """
    df: Counter[str] = Counter()
    for words in lines:
        df.update(set(words))  # Counter.update counts an iterable at C speed
    return stem_weights(df, len(lines))


def stem_weights(df: Mapping[str, int], n_lines: int) -> dict[str, float]:
    """:func:`line_weights` from the counts of lines that hold each stem (for the stems one needs)."""
    # Most stems share a count with many others (1, 2, 3 lines): each count's weight is worked out once.
    weight = {c: math.log((n_lines + 1) / (c + 0.5)) + 0.1 for c in set(df.values())}
    return {w: weight[c] for w, c in df.items()}


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


def overlaps(words: Sequence[str], references: Sequence[set[str]], weights: dict[str, float]) -> list[float]:
    """``[overlap(words, r, weights) for r in references]``, weighing ``words`` once.

    >>> overlaps(stems("County schools close"), [set(stems("Schools in the county closed.")), set()], {})
    [1.0, 0.0]
    """
    distinct = set(words)
    get = weights.get
    # map() over the same sets in the same order as a generator would go: the same sums, at C speed.
    total = sum(map(get, distinct, repeat(1.0)))
    if not total:  # no words (weights are positive)
        return [0.0 for _ in references]
    return [sum(map(get, distinct & reference, repeat(1.0))) / total for reference in references]


#: A title key shorter than this is never looked for inside a longer line (too common to mean the title).
CONTAINS_MIN_CHARS = 12


def contains_title(line: str, title_key: str, max_extra_words: int = 12, *, norm: str | None = None) -> bool:
    """True when ``line`` holds the normalised title plus at most ``max_extra_words`` other words.

    Catches "Share All sharing options for: <headline>", "Home » News » <headline>" and
    "<headline> (2024, May 3) retrieved from ...", not a paragraph that quotes the headline.

    >>> contains_title("Home » News » Storm closes schools", "storm closes schools")
    True
    """
    if len(title_key) < CONTAINS_MIN_CHARS:
        return False
    if norm is None:  # callers comparing many titles pass the line's key, normalised once
        norm = normalise_title(line)
    if title_key not in norm:
        return False
    return len(norm.split()) - len(title_key.split()) <= max_extra_words
