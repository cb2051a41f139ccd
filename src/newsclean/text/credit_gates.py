"""Cheap necessary conditions for the photo-credit patterns, checked with ``str`` methods first.

``CREDIT_TAIL``, ``CREDIT_LINE`` and ``CREDIT_GLUED`` cost tens of microseconds on a line they reject,
which is nearly every line. Each function here answers False only when its pattern certainly finds
nothing; where it answers True, the pattern runs as before. ``docs/performance.md`` gives the argument
alternative by alternative; ``tests/test_speed_gates.py`` runs each gate beside its pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate

from newsclean.markers import CREDIT_PREFIXES, FREE_CREDIT_WORDS, FREE_CREDITS, FREE_FOR_WORDS
from newsclean.text.marker_syntax import fold, literal_pattern, required_literals, split_alternatives
from newsclean.text.patterns import (
    AGENCY_NAMES,
    BRACKET_CREDIT_INSIDE,
    CREDIT_GLUED,
    FREE_MAX_LINE_CHARS,
    FREE_TAIL_CHARS,
)

# Gates: necessary conditions for CREDIT_TAIL, checked with str methods first because the pattern costs
# tens of microseconds even on lines it rejects. They go through its ``credit`` alternatives (A1-A15
# in the order of the pattern): A1 A2 A4 A5 A15 end in a closing bracket; A3 A8 A9 hold a slash; A12 "©";
# A13 A14 end in an agency name; the others hold words, matched case-insensitively, where the pattern's
# simple case folding agrees with ``fold`` on every character that can match their letters (checked
# over all of Unicode by tests/test_speed_gates.py), so a folded word is a substring of the folded tail.
#: Every spelling of an agency name that ``AGENCY`` matches (case-sensitive), by its last two characters.
AGENCY_BY_END: dict[str, tuple[str, ...]] = {}
for _name in AGENCY_NAMES:
    assert len(_name) >= 2, _name  # the two-character key is then the name's own end
    AGENCY_BY_END[_name[-2:]] = (*AGENCY_BY_END.get(_name[-2:], ()), _name)


def _words(words: Iterable[str]) -> str:
    """Folded words as one ``re`` alternation of literals: linear, and ``re`` scans these 3x faster."""
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


#: A7 and A3: "photo", "foto", "bild", "beeld", "fot." or "zdj." ("PHOTO AFP", "Fot. PAP/Jan Kowal", "AP Photo/X",
#: "Photo Jane Roe");
#: A11: "courtesy". One scan for all of them.
_PHOTO_WORD = re.compile(_words(("photo", "foto", "bild", "beeld", "fot", "zdj", "courtesy")))
#: A10: "photo", "image" or "picture" (plural allowed), then at most two characters, end the line
#: (lines with "photo" anywhere are let through by _PHOTO_WORD already).
_PHOTO_END_WORDS = ("image", "picture")
_PHOTO_END_FORMS = tuple(f for w in _PHOTO_END_WORDS for f in (w, w + "s"))
#: Every word of _PHOTO_WORD and _PHOTO_END_WORDS but those that hold another ("foto" holds "fot"): a
#: line with none of them skips both (a few ``in`` scans beat one ``re`` scan for so few words).
_HINT_WORDS = {"photo", "foto", "bild", "beeld", "fot", "zdj", "courtesy", *_PHOTO_END_WORDS}
_PHOTO_HINTS = tuple(sorted(w for w in _HINT_WORDS if not any(o != w and o in w for o in _HINT_WORDS)))
#: A6: the credit labels, before "s", a space and a colon or "by" ("Photograph: ...", "Photo by ...").
_LABELS = tuple(sorted({fold(w) for w in CREDIT_PREFIXES}))
#: A1, A2: what may follow an opening bracket ("(Photo: ...", "[File: ...", "(Archivo ...").
_BRACKET_WORDS = tuple(sorted({*_LABELS, "file", "archiv", "arquivo"}))  # archiv: archive, archivo, archivio
#: A9 ends in an agency name, or in one of these after it ("... /AFP via Getty Images", "... /AP file").
_AGENCY_SUFFIXES = ("getty images", "file", "pool")


def _agency_ends(text: str, start: int, end: int, slack: int) -> bool:
    """An agency name (case-sensitive, as ``AGENCY``) ends within ``slack`` characters before ``end``."""
    get = AGENCY_BY_END.get
    e = end
    while e >= end - slack and e >= start + 2:  # a name has two characters at least
        names = get(text[e - 2 : e])
        if names is not None and text.endswith(names, start, e):
            return True
        e -= 1
    return False


def _ends_with(folded: str, words: tuple[str, ...], slack: int) -> bool:
    return any(folded.endswith(words, 0, len(folded) - k) for k in range(slack + 1))


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for w in words:  # noqa: SIM110 - a plain loop: any() over a generator costs twice as much here
        if w in text:
            return True
    return False


def _by_char(words: Iterable[str], at: int) -> dict[str, tuple[str, ...]]:
    """Words by their character at index ``at`` (0: first, -1: last), so a check tries only those."""
    table: dict[str, tuple[str, ...]] = {}
    for w in sorted(set(words)):
        table[w[at]] = (*table.get(w[at], ()), w)
    return table


def _word_before(folded: str, anchors: tuple[str, ...], words: dict[str, tuple[str, ...]], gap: int) -> bool:
    """One of ``words`` (by last character) ends at most ``gap`` characters before one of ``anchors``."""
    for anchor in anchors:
        p = folded.find(anchor)
        while p >= 0:
            for e in range(p, max(p - gap - 1, 0), -1):
                ending = words.get(folded[e - 1])
                if ending is not None and folded.endswith(ending, 0, e):
                    return True
            p = folded.find(anchor, p + 1)
    return False


def _word_after(folded: str, openers: str, words: dict[str, tuple[str, ...]], gap: int) -> bool:
    """One of ``words`` (by first character) starts at most ``gap`` characters after one of ``openers``."""
    for opener in openers:
        p = folded.find(opener)
        while p >= 0:
            for b in range(p + 1, min(p + gap + 2, len(folded))):
                starting = words.get(folded[b])
                if starting is not None and folded.startswith(starting, b):
                    return True
            p = folded.find(opener, p + 1)
    return False


_LABELS_BY_LAST = _by_char(_LABELS, -1)
_A6_ANCHORS = (":", "：", "by")
_BRACKET_WORDS_BY_FIRST = _by_char(_BRACKET_WORDS, 0)


def _bracketed_credit(text: str, start: int, tail: str, folded: str) -> bool:
    # A4 A5: a separator in the brackets, or an agency, a space and the bracket (then two more characters);
    # A1 A2: a label right after the opening bracket (a space between for A1). A15: an agency, a space
    # and "）" (then two more characters), as A4.
    if "/" in tail or "|" in tail or _agency_ends(text, start, len(text), 4):
        return True
    return _word_after(folded, "([", _BRACKET_WORDS_BY_FIRST, 1)


def _slashed_credit(text: str, start: int, folded: str) -> bool:
    # A8: an agency, a space and the slash ("REUTERS/Kevin Lamarque"); A9: an agency ends the line, or
    # one of _AGENCY_SUFFIXES after it (then two more characters). A3 is caught by _PHOTO_WORD.
    p = text.find("/", start)
    while p >= 0:
        if _agency_ends(text, start, p, 1):
            return True
        p = text.find("/", p + 1)
    return _ends_with(folded, _AGENCY_SUFFIXES, 2)


def may_end_in_credit(text: str, start: int) -> bool:
    """False only when ``CREDIT_TAIL.search(text, start)`` certainly finds nothing (a cheap gate)."""
    if text.endswith("\n"):  # "$" also matches before a final line break: no shortcut
        return True
    tail = text[start:]
    if "©" in tail:  # A12
        return True
    folded = fold(tail)
    # Archive credits: "... | ARCHIVES OUEST-FRANCE", "... - Europa Press - Archivo", "... - Lusa - Arquivo"
    # (the Portuguese word holds no "archiv").
    if "archiv" in folded or "arquivo" in folded:
        return True
    n = len(folded)
    # A3 A7 A11 (and A10 with "photo"); A10 and two more characters. One scan rules out most lines.
    if _holds_any(folded, _PHOTO_HINTS) and (
        _PHOTO_WORD.search(folded) is not None or any(folded.endswith(_PHOTO_END_FORMS, 0, n - k) for k in (0, 1, 2))
    ):
        return True
    last = text[max(start, len(text) - 3) :]  # A1 A2 A4 A5 A15 end in a bracket and two of [.\s]
    return (
        ((")" in last or "]" in last or "）" in last) and _bracketed_credit(text, start, tail, folded))
        or ("/" in tail and _slashed_credit(text, start, folded))
        # A6: a label, "s", a space, then a colon or "by"
        or (_holds_any(folded, _A6_ANCHORS) and _word_before(folded, _A6_ANCHORS, _LABELS_BY_LAST, 2))
        or _agency_credit_end(text, start)
    )


#: What CREDIT_TAIL's lookbehind takes before a credit (then up to three spaces), and its separators.
_CREDIT_OPENERS = ".!?”’»\"')]…"
_BAR_MARKS = "-–—|·•"


def _agency_credit_end(text: str, start: int) -> bool:
    r"""The credits left when every other test of ``may_end_in_credit`` fails: those ending in an agency
    name and then at most two dots or spaces ("... , dpa", "Jane Roe/AFP", "AP via Getty Images",
    "... . Reuters", "Jane Roe - Europa Press"). Each needs, right before that name, a separator of its
    own or what CREDIT_TAIL allows before a credit:

    * ", " (``NAME,\sAGENCY``); "/" and a space at most (``NAME\s?/\s?AGENCY``); " via " (``AGENCY via
      AGENCY``); a space after another agency name (``AGENCY\sAGENCY``, two or three of them);
    * for one agency name alone: the start of the text or of the search; one of ``.!?”’»"')]…`` and
      at most three spaces (the lookbehind); a space, one of ``-–—|·•`` and a space (also ``NAME - AGENCY``).

    The rest of CREDIT_TAIL's openings cannot be met: no agency name starts with a bracket, and the
    one before "submitted photo" and the like needs a photo word at the line's end, which the photo test
    above has let through. Spaces are tested with ``str.isspace`` (it takes every ``\s``: tested).
    """
    n = len(text)
    for e in range(n, max(n - 2, start + 2) - 1, -1):
        if text[e:].strip(_END_GAP):  # only dots and spaces may follow the name
            break
        names = AGENCY_BY_END.get(text[e - 2 : e])
        if names is None:
            continue
        for name in names:
            b = e - len(name)
            if b >= start and text.startswith(name, b) and _opens_agency_credit(text, start, b):
                return True
    return False


def _opens_agency_credit(text: str, start: int, b: int) -> bool:
    """What may stand right before an agency name at ``b`` that ends a credit (``_agency_credit_end``)."""
    if b <= start:
        return True
    before = text[b - 1]
    if before in _CREDIT_OPENERS or before == "/":
        return True
    return before.isspace() and (
        (b >= 2 and text[b - 2] in ",/")
        or (b >= 3 and text[b - 2] in _BAR_MARKS and text[b - 3].isspace())
        # "via" in any case: "İ" and "ı" are the only non-ASCII characters (?i:i) may match (CASE_EXOTIC).
        or (b >= 4 and text[b - 4] in "vV" and text[b - 3] in "iIİı" and text[b - 2] in "aA")
        or _agency_ends(text, 0, b - 1, 0)  # another agency name, then the space
        or _opened_after_spaces(text, b)
    )


def _opened_after_spaces(text: str, b: int) -> bool:
    """CREDIT_TAIL's lookbehind before ``b``: one to three spaces, then one of ``_CREDIT_OPENERS``."""
    j = b - 1
    while j >= max(b - 3, 1) and text[j].isspace():
        if text[j - 1] in _CREDIT_OPENERS:
            return True
        j -= 1
    return False


#: Words a whole credit line (CREDIT_LINE's L1, L2, L3 and L8, matched case-insensitively) starts with.
_LINE_HEAD_WORDS = ("image copyright", "image source", "copyright", "bildquelle", "quelle", "courtesy", "zdj.", "phot.")
CREDIT_LINE_HEADS: tuple[str, ...] = tuple(sorted({fold(w) for w in (*CREDIT_PREFIXES, *_LINE_HEAD_WORDS)}))


def may_be_credit_line(text: str) -> bool:
    """False only when ``CREDIT_LINE.fullmatch(text)`` certainly fails (a cheap gate).

    CREDIT_LINE's alternatives (L1-L10 in the order of the pattern): L4 L5 L9 hold a separator ("/"
    or "|"); L8 "©" or "(c)"; L6 and L10 end in an agency name (or hold "/"); L7 holds "via"; L1 L2
    L3 L8 start with a credit label or "courtesy".
    """
    if "/" in text or "|" in text or "©" in text or "(c)" in text:
        return True
    names = AGENCY_BY_END.get(text[-2:])
    if names is not None and text.endswith(names):
        return True
    folded = fold(text)
    return folded.startswith(CREDIT_LINE_HEADS) or "via" in folded


#: Every CREDIT_GLUED match holds one of these (its labels, folded), derived from the pattern's source.
GLUED_LABELS = required_literals(CREDIT_GLUED.pattern)
assert GLUED_LABELS, "CREDIT_GLUED must keep a literal label for its gate"
_GLUED_LABEL = re.compile(_words(GLUED_LABELS))


def may_be_glued(text: str, start: int) -> bool:
    """False only when ``CREDIT_GLUED.search(text, start)`` certainly finds nothing (a cheap gate).

    The glued label is followed by a colon, two or three dots or an ellipsis, and is one of GLUED_LABELS.
    """
    tail = text[start:]
    if ":" not in tail and ".." not in tail and "…" not in tail:
        return False
    return _GLUED_LABEL.search(fold(tail)) is not None


# --------------------------------------------------------------------------- many lines at once
#
# ``credit_candidates`` marks, over the texts of many lines joined by line breaks, every line on which
# one of split_credits' patterns could match (CREDIT_TAIL, CREDIT_GLUED, CREDIT_LINE on ``credit_text``,
# CREDIT_BRACKETED, CREDIT_LABEL, CREDIT_HEAD). Each match needs one of the marks below (A1-A15 are
# CREDIT_TAIL's credit alternatives, L1-L10 CREDIT_LINE's, in source order); tests/test_speed_gates_credits.py
# checks that on every line of the dev corpus and on invented and generated lines. The marks cost a few
# scans at C speed (``str.find`` of one character is a memchr; ``re`` with a literal first character
# jumps between its hits) and a little Python per hit: a ``regex`` alternation tried at every position,
# or Python work for every line, costs ten times more.
#
# M1  "©" anywhere (A12, L1, L8, CREDIT_HEAD); "/" or "|" with, next to it, a credit label (any case)
#     ending at most two characters before it (A1, A3, L1, L4), an agency name ending at most one before
#     it (A4, A8, L6, L9, CREDIT_HEAD), or an agency name or a name token (an uppercase letter, any
#     non-ASCII character, or a particle and a space) starting at most one after it (A4, A5, A8, A9,
#     L5, L6, L9): every separator of these patterns is ``\s?[/|]\s?`` or ``\s?/\s?`` between such parts.
# M2  "(c)" anywhere: L1, L8.
# M3  a credit label (any case) ending at most two characters ("s", a space) before ":", "：", "by",
#     ".." or "…": A1 A6, L1 L3, CREDIT_LABEL, CREDIT_GLUED.
# M4  the line, without trailing spaces, dots and brackets, ends in an agency name (case-sensitive,
#     as ``AGENCY``): A4 A7 A13 A14 A15, L6 L10 (``credit_text`` strips only such characters).
# M5  "photo", "image" or "picture" (any case), then spaces, dots or brackets end the line: A10.
# M6  ")" or "]" and at most two dots or spaces end the line, and the line starts with "("
#     (CREDIT_BRACKETED) or the last "(" or "[" before it is followed by a credit label (A2).
# M7  in any case: "photo" or "foto" with an agency name ending at most one character before it (A3);
#     "courtesy" (A11, L8); "via" between spaces, a name token after it (L7); "copyright" or "image
#     source" (L2); "archiv" or "arquivo" (the archive credits). Found in an ASCII-lowered copy of the
#     text (one byte per character, so positions agree); the only non-ASCII characters that match an
#     ASCII letter case-insensitively (the Kelvin sign, "İ", "ı" and "ſ": ``CASE_EXOTIC``) mark their
#     lines outright.
# M8  a word of a rights notice ("reserv" of "reserved", "r?serv" of "réservés" lowered to ASCII;
#     "riservat", "vorbehalten" ...) or "摄": ``credit_shapes.signed_caption``'s rights and Chinese credits.
# M9  ")" as in M6 where the brackets hold ``BRACKET_CREDIT_INSIDE`` ("(Supplied)", "(KTRV)").
# M10 "photo", "foto" or "beeld" (any case, "s" allowed), a space, then a name token or a "by" word
#     (``_BY_WORDS``): a label without a colon before a name ("Photo Jane Roe", "Foto di Luca Roe").
# M11 the single words of ``credit_freeform`` (``FREE_CREDIT_WORDS``, "PR", "zVg") end the line as M4's
#     agency names do. Its "Name/The Outlet" is under M1; its phrases and "Name for The Outlet" have
#     their own scan, ``free_candidates``, for lines no other rule can act on.
# M12 an agency name (case-sensitive) ending right before " - ", " – " or " — ": ``credit_shapes``'
#     ``AGENCY_DASH_NAME`` ("... - AFP - Jane ROE"; with "/Archives" after the agency it is under M1).

#: Every character ``str.isspace`` accepts but the line break (all lie below U+3001: tested).
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")
#: What ``credit_text`` may strip off a line's end (spaces, dots, brackets); every ``\s`` of ``regex``
#: is among the spaces (tested), so this also covers ``[.\s]{0,2}`` after a credit.
_END_STRIP = _SPACES + ".()[]（）"
_END_GAP = _SPACES + "."
#: Non-ASCII characters that ``(?i:q)`` matches for an ASCII letter q, either case (tested over all of
#: Unicode): a line that holds one is marked outright. "ı" (matched by "I") is also the one character
#: that a label's letter matches and ``fold`` does not fold to that letter's fold.
CASE_EXOTIC = ("\u212a", "\u0130", "\u0131", "\u017f")
#: The lowercase particles a name token may be (``patterns._TOK``: tested), each before a space.
NAME_PARTICLES = ("de", "da", "del", "van", "von", "der", "den", "la", "le", "di", "du", "y", "and", "und", "et")

_PARTICLES_BY_FIRST = _by_char(NAME_PARTICLES, 0)


#: Labels of M1, M3 and M6, folded: the credit prefixes, CREDIT_GLUED's labels and A1's archive words.
_ANCHOR_LABELS = frozenset({*_LABELS, *GLUED_LABELS, "file", "archive", "archiv", "archivo", "archivio", "arquivo"})
_ANCHOR_LABELS_BY_LAST = _by_char(_ANCHOR_LABELS, -1)
_PREFIX_LABELS = tuple(sorted(_LABELS))
#: Original characters a label can span: each matched character folds to one (tested), so a window of
#: this many characters before an anchor holds the label and its gap of two.
_LABEL_CHARS = max(map(len, _ANCHOR_LABELS))
_ANCHORS = (":", "：", "..", "…", "by")
#: Agency names by their first two characters (M1, M7).
AGENCY_BY_START: dict[str, tuple[str, ...]] = {}
for _name in AGENCY_NAMES:
    AGENCY_BY_START[_name[:2]] = (*AGENCY_BY_START.get(_name[:2], ()), _name)

#: M4 and M5 (and M11), in the reversed text, where each line's end follows its line break.
_LINE_END_WORDS = [*(name[::-1] for name in AGENCY_NAMES), *(w.rstrip(".")[::-1] for w in FREE_CREDIT_WORDS)]
_LINE_END = re.compile(
    f"\n[{re.escape(_END_STRIP)}]*(?:{literal_pattern(_LINE_END_WORDS)}"
    f"|s?(?i:{'|'.join(w[::-1] for w in ('photo', 'image', 'picture'))}))"
)


#: The last two folded characters of every label: a label ends at most two characters before an
#: anchor only where one of these does (every label has two characters at least: tested).
_LABEL_ENDS = frozenset(label[-2:] for label in _ANCHOR_LABELS)


def _label_before(text: str, at: int, lo: int = 0) -> bool:
    """A credit label (any case) ends at most two characters before ``at`` (and after ``lo``)."""
    tail = text[at - 4 : at] if at - 4 >= lo else ""
    if tail.isascii() and len(tail) == 4:  # folded, an ASCII text is itself lowered: no fold needed
        tail = tail.lower()
        if tail[2:] not in _LABEL_ENDS and tail[1:3] not in _LABEL_ENDS and tail[:2] not in _LABEL_ENDS:
            return False
    window = fold(text[max(lo, at - _LABEL_CHARS - 2) : at])
    get = _ANCHOR_LABELS_BY_LAST.get
    n = len(window)
    for e in range(n, max(n - 3, 0), -1):
        labels = get(window[e - 1])
        if labels is not None and window.endswith(labels, 0, e):
            return True
    return False


def _agency_starts(text: str, at: int, hi: int) -> bool:
    """An agency name (case-sensitive) starts at ``at`` or one character later (and ends by ``hi``)."""
    for b in (at, at + 1):
        names = AGENCY_BY_START.get(text[b : min(b + 2, hi)])
        if names is not None and text.startswith(names, b, hi):
            return True
    return False


def _name_starts(text: str, at: int, hi: int) -> bool:
    r"""A name token may start at ``at`` (before ``hi``): "\p{Lu}" (an ASCII capital or any non-ASCII
    character) or a particle and a space."""
    if at >= hi:
        return False
    c = text[at]
    if not c.isascii() or "A" <= c <= "Z":
        return True
    for p in _PARTICLES_BY_FIRST.get(c, ()):
        if text.startswith(p, at) and at + len(p) < hi and text[at + len(p)].isspace():
            return True
    return False


def _separator_credit(text: str, at: int, lo: int, hi: int) -> bool:
    """M1 for the "/" or "|" at ``at``, in the line from ``lo`` to ``hi``."""
    return (
        _agency_ends(text, lo, at, 1)
        or _name_starts(text, at + 1, hi)
        or _name_starts(text, at + 2, hi)
        or _agency_starts(text, at + 1, hi)
        or _label_before(text, at, lo)
    )


def _bracket_label(text: str, close: int) -> bool:
    """M6: ``text`` starts with "(", or the last "(" or "[" before ``close`` is followed by a label."""
    if text.startswith("("):
        return True
    opening = max(text.rfind("(", 0, close), text.rfind("[", 0, close))
    return opening >= 0 and fold(text[opening + 1 : opening + 1 + _LABEL_CHARS]).startswith(_PREFIX_LABELS)


def _signed_bracket(text: str, close: int, lo: int) -> bool:
    """M9: the brackets closing at ``close`` hold a credit of ``credit_shapes.signed_caption``."""
    opening = text.rfind("(", lo, close)
    return opening >= 0 and BRACKET_CREDIT_INSIDE.fullmatch(text, opening + 1, close) is not None


#: M8: what ``credit_shapes.signed_caption``'s rights notices and Chinese credits hold, in the
#: ASCII-lowered copy ("réservés" is "r?serv?s" there) or as written.
# Not "serv" alone: it is in "service", "served", "observe" ... (it let 150 more dev lines through).
_SIGNED_WORDS = (b"reserv", b"r?serv", b"riservat", b"vorbehalten", b"voorbehouden", b"zastrze")
#: Marks found without a check (M7's abbreviated labels and M8's words), grouped by a part they share:
#: each group is one scan for its part (``credit_candidates``). Tested: every word holds its part,
#: and the groups hold "fot.", "phot." and every word of _SIGNED_WORDS.
_SHARED_PARTS: tuple[tuple[bytes, tuple[bytes, ...]], ...] = (
    (b"ot.", (b"fot.", b"phot.")),
    (b"serv", (b"reserv", b"r?serv", b"riservat")),
    (b"rbeh", (b"vorbehalten", b"voorbehouden")),
    (b"zastrze", (b"zastrze",)),
)
_SIGNED_CHARS = ("摄", "攝")

_PLUS_ONE = (1).__add__
#: M10: what may stand between a photo label and the name ("Photo d'archives X", "Foto di X", "Photo par X").
_BY_WORDS = (b"d'", b"de ", b"di ", b"von ", b"door ", b"par ", b"por ", b"przez ")


def credit_candidates(texts: list[str]) -> list[bool]:
    """Per line, False only when none of split_credits' patterns can match it (marks M1-M12 above).

    When a text holds a line break, the lines cannot be told apart in their join: all are True.
    """
    n = len(texts)
    joined = "\n".join(texts)
    if joined.count("\n") != n - 1:
        return [True] * n
    flags = [False] * n
    # next_start[i]: where the text after line i starts in ``joined``; a position's line is a bisection.
    next_start = list(accumulate(map(_PLUS_ONE, map(len, texts))))
    find = joined.find

    def mark(
        needle: str, check: Callable[[int, int, int], bool] | None = None, find: Callable[..., int] = find
    ) -> None:
        """Mark the lines that hold ``needle`` where ``check(at, line start, line end)`` agrees."""
        p = find(needle)
        while p >= 0:
            i = bisect_right(next_start, p)
            if flags[i] or check is None or check(p, next_start[i] - 1 - len(texts[i]), next_start[i] - 1):
                flags[i] = True
                if i + 1 == n:
                    return
                p = find(needle, next_start[i])  # the line is marked: on to the next one
            else:
                p = find(needle, p + 1)

    def closing(p: int, lo: int, hi: int) -> bool:  # M2 and M6 for the bracket at ``p``
        if joined.startswith("(c", p - 2):
            return True
        if hi - p > 3 or joined[p + 1 : hi].strip(_END_GAP):
            return False
        return _bracket_label(joined[lo:hi], p - lo) or _signed_bracket(joined, p, lo)

    size = len(joined)
    for m in _LINE_END.finditer("\n" + joined[::-1]):  # M4 M5: a line break, then the line's end
        flags[bisect_right(next_start, size - m.start())] = True
    # A needle the text lacks marks nothing: ``filter(held, ...)`` skips it at C speed, before a call
    # of ``mark`` (most needles, in most texts; a short text pays little else).
    held = joined.__contains__
    if "©" in joined:
        mark("©")  # M1
    for needle in filter(held, "/|"):
        mark(needle, lambda p, lo, hi: _separator_credit(joined, p, lo, hi))
    for needle in filter(held, ")]"):  # M2 M6
        mark(needle, closing)
    for needle in filter(held, _ANCHORS):  # M3
        mark(needle, lambda p, lo, hi: _label_before(joined, p, lo))
    for exotic in filter(held, CASE_EXOTIC):  # M7
        mark(exotic)
    lowered = joined.encode("ascii", "replace").lower()
    found, in_lowered = lowered.find, lowered.__contains__

    def photo(p: int, lo: int, hi: int) -> bool:  # "oto" at ``p``: "photo" or "foto" right after an agency
        q = p - 2 if lowered.startswith(b"ph", p - 2) else p - 1 if lowered.startswith(b"f", p - 1) else -1
        return q >= lo and _agency_ends(joined, lo, q, 1)

    def via(p: int, lo: int, hi: int) -> bool:  # "via" between spaces, a name after it
        return (
            p > lo
            and joined[p - 1].isspace()
            and p + 3 < hi
            and joined[p + 3].isspace()
            and _name_starts(joined, p + 4, hi)
        )

    def named(p: int, lo: int, hi: int, k: int) -> bool:  # M10: the label's ``k`` characters, then a name
        return _name_starts(joined, p + k, hi) or lowered.startswith(_BY_WORDS, p + k)

    def holding(anchor: bytes, words: tuple[bytes, ...], named_after: bool = False) -> Callable[[int, int, int], bool]:
        """A check for the hit ``p`` of ``anchor``: one of ``words`` (each holds ``anchor``) is there, within
        the line (and, with ``named_after``, a name or a "by" word follows it: M10)."""
        table = [(w, w.find(anchor)) for w in words]

        def check(p: int, lo: int, hi: int) -> bool:
            for w, offset in table:
                q = p - offset
                if q >= lo and lowered.startswith(w, q) and (not named_after or named(q, lo, hi, len(w))):
                    return True
            return False

        return check

    # Words that share a part are found by one scan for that part, each hit checked for the words
    # around it: every occurrence of a word holds the part at its offset, so the same lines are marked
    # as by a scan per word (a scan of the lowered text costs about as much as 100 hits' checks).
    # M7 and M10: "oto" right after an agency ("AP Photo"), or a photo label without a colon before a name
    # or an archive word ("Photo Jane Roe", "Photo d'archives Jane Roe").
    if b"oto" in lowered:
        labelled = holding(b"oto", (b"photo ", b"photos ", b"foto ", b"fotos "), named_after=True)
        mark(b"oto", lambda p, lo, hi: photo(p, lo, hi) or labelled(p, lo, hi), found)  # type: ignore[arg-type]
    if b"beeld " in lowered:  # "Beeld ANP"
        mark(b"beeld ", lambda p, lo, hi: named(p, lo, hi, 6), found)  # type: ignore[arg-type]
    if b"via" in lowered:
        mark(b"via", via, found)  # type: ignore[arg-type]
    # "archiv", "arquivo": CREDIT_TAIL's archive credits ("| ARCHIVES OUEST-FRANCE", "- Europa Press -
    # Archivo", "- Lusa - Arquivo"); "fot." "zdj." "phot.": CREDIT_LINE's abbreviated labels before a
    # name ("fot. Jan Nowak").
    for word in filter(in_lowered, (b"courtesy", b"copyright", b"image source", b"archiv", b"arquivo", b"zdj.")):
        mark(word, None, found)  # type: ignore[arg-type]
    for anchor, words in _SHARED_PARTS:
        if anchor in lowered:
            mark(anchor, holding(anchor, words), found)  # type: ignore[arg-type]
    for needle in filter(held, _SIGNED_CHARS):  # M8
        mark(needle)
    # M12: an agency name right before a spaced dash, ``AGENCY_DASH_NAME`` ("... - AFP - Jane ROE").
    for needle in filter(held, _AGENCY_DASHES):
        mark(needle, lambda p, lo, hi: _agency_ends(joined, lo, p, 0))
    return flags


#: M12: the dashes of ``AGENCY_DASH_NAME`` between spaces (its archive variant has a slash: M1).
_AGENCY_DASHES = (" - ", " – ", " — ")


# --------------------------------------------------------------------------- free-form credits
#
# ``free_candidates`` marks the lines on which ``credit_freeform.free_credit`` may find a phrase
# ("Courtesy of ...", "Foto lettore") or "Name for The Outlet": F1, a word every match of a phrase
# holds (``FREE_LITERALS``, derived from ``markers.FREE_CREDITS``), or F2, a word of ``FREE_FOR_WORDS``
# with a name token after it and a capitalised word before it. In every phrase such a word opens the
# credit or follows a space (any ``\s``), a bracket or a dot ("fot.czytelnika"), and the credit starts within
# ``FREE_TAIL_CHARS`` of the end of a line of at most ``FREE_MAX_LINE_CHARS``. F3 and F4 cover the
# rest of what it finds (``free_candidates`` is then a necessary condition of both its rules, which
# split_credits runs only where it marks): F3 a "/" with a name token after it (or after one more
# character), "Name/The Outlet"; F4 a single word of ``FREE_CREDIT_WORDS`` ("PR", "zVg") with only
# spaces, dots and a closing bracket after it to the line's end. Lines holding a character of
# ``CASE_EXOTIC`` are marked outright, as in M7. So only those lines'
# tails are scanned, in an ASCII-lowered copy where every such character (and every non-ASCII one,
# "?" there) is a space: one pattern, a space and then one of the words, jumps from space to space.

#: F1: per phrase of ``markers.FREE_CREDITS``, the folded words one of which every match holds.
FREE_LITERALS: tuple[str, ...] = tuple(
    sorted(
        {
            w
            for m in FREE_CREDITS
            for alt in split_alternatives(m.pattern)
            for w in required_literals(alt, spelled=True) or ()
        }
    )
)
#: What stands before a phrase's word (spaces, a bracket, a dot, a line break, "?" for any non-ASCII
#: character): one space in the scanned copy.
_FREE_GAP = bytes(range(0x20)) + b"(.?"
_FREE_TABLE = bytes.maketrans(_FREE_GAP, b" " * len(_FREE_GAP))


def _scanned(word: str) -> str:
    return word.encode("ascii", "replace").translate(_FREE_TABLE).decode("ascii")


# A word that holds another ("lectora" holds "lector") is found with it: only the shorter is scanned for.
_FREE_WORDS = {_scanned(w) for w in FREE_LITERALS}
_FREE_WORDS = {w for w in _FREE_WORDS if not any(o != w and o in w for o in _FREE_WORDS)}
#: F2: "for ", "pour ", "für " ... after the scan's space.
_FREE_FOR = {_scanned(fold(w)) + " " for w in FREE_FOR_WORDS}
_FREE_FOR_BYTES = frozenset(w.encode("ascii") for w in _FREE_FOR)
_FREE_WORD_BYTES = frozenset(w.encode("ascii") for w in _FREE_WORDS)
#: F4: the single words ("PR", "zVg"), lowered, without their final dots.
_FREE_END = {_scanned(fold(w).rstrip(".")) for w in FREE_CREDIT_WORDS}
# The word in a lookahead: a match takes no character, so "for " does not hide a word after its space.
_FREE_SCAN = re.compile(f" (?=({literal_pattern(sorted(_FREE_WORDS | _FREE_FOR | _FREE_END))}))".encode("ascii"))


def _between_names(tail: str, at: int, end: int) -> bool:
    """F2: the word ``tail[at:end]`` ("for ") has a name token after it and a capitalised word before it."""
    if not _name_starts(tail, end, len(tail)):
        return False
    before = tail[max(at - 40, 0) : max(at - 1, 0)].split()  # a name token has at most 31 characters
    return bool(before) and before[-1][:1].isupper()


def free_candidates(texts: list[str]) -> list[bool]:
    """Per line, False only when ``credit_freeform``'s ``free_credit`` and ``free_credit_line`` certainly
    find nothing (F1-F4 above)."""
    flags = [False] * len(texts)
    at = [i for i, text in enumerate(texts) if len(text) <= FREE_MAX_LINE_CHARS]
    tails = [texts[i][-FREE_TAIL_CHARS:] for i in at]
    # Each tail after a space (the line break before it is one in the scanned copy).
    joined = "\n".join(["", *tails])
    scanned = joined.encode("ascii", "replace").lower().translate(_FREE_TABLE)
    starts = list(accumulate(map(_PLUS_ONE, map(len, tails))))  # where the text after tail k starts, less one
    # A letter the phrases match ignoring case, lost in the ASCII copy (only the ones the text holds).
    for exotic in filter(joined.__contains__, CASE_EXOTIC):
        p = joined.find(exotic)
        while p >= 0:
            flags[at[bisect_right(starts, p)]] = True
            p = joined.find(exotic, p + 1)
    for m in _FREE_SCAN.finditer(scanned):
        k = bisect_right(starts, m.start())
        i = at[k]
        if flags[i]:
            continue
        word, tail = m.group(1), tails[k]
        offset = starts[k] - len(tail)  # where tail k starts in the scanned copy
        if word in _FREE_WORD_BYTES:  # F1
            flags[i] = True
        elif word in _FREE_FOR_BYTES:  # F2
            flags[i] = _between_names(tail, m.start() + 1 - offset, m.end(1) - offset)
        else:  # F4: spaces, dots or a bracket at most to the line's end
            flags[i] = not scanned[m.end(1) : starts[k]].strip(b" .)")
    p = scanned.find(b"/")  # F3: a slash, a name token after it or after one more character
    while p >= 0:
        k = bisect_right(starts, p)
        tail = tails[k]
        q = p - (starts[k] - len(tail))
        if _name_starts(tail, q + 1, len(tail)) or _name_starts(tail, q + 2, len(tail)):
            flags[at[k]] = True
        p = scanned.find(b"/", p + 1)
    return flags
