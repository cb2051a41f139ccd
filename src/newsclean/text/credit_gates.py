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

from newsclean.markers import CREDIT_PREFIXES
from newsclean.text.marker_syntax import fold, required_literals
from newsclean.text.patterns import AGENCY_NAMES, CREDIT_GLUED

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


#: A7 and A3: "photo", "foto", "bild", "fot." or "zdj." ("PHOTO AFP", "Fot. PAP/Jan Kowal", "AP Photo/X");
#: A11: "courtesy". One scan for all of them.
_PHOTO_WORD = re.compile(_words(("photo", "foto", "bild", "fot", "zdj", "courtesy")))
#: A10: "photo", "image" or "picture" (plural allowed), then at most two characters, end the line
#: (lines with "photo" anywhere are let through by _PHOTO_WORD already).
_PHOTO_END_WORDS = ("image", "picture")
_PHOTO_END_FORMS = tuple(f for w in _PHOTO_END_WORDS for f in (w, w + "s"))
#: Every word of _PHOTO_WORD and _PHOTO_END_WORDS but those that hold another ("foto" holds "fot"): a
#: line with none of them skips both (a few ``in`` scans beat one ``re`` scan for so few words).
_HINT_WORDS = {"photo", "foto", "bild", "fot", "zdj", "courtesy", *_PHOTO_END_WORDS}
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
    if "©" in tail or _agency_ends(text, start, len(text), 2):  # A12; A13 A14 and two more characters
        return True
    folded = fold(tail)
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
    )


#: Words a whole credit line (CREDIT_LINE's L1, L2, L3 and L8, matched case-insensitively) starts with.
_LINE_HEAD_WORDS = ("image copyright", "image source", "copyright", "bildquelle", "quelle", "courtesy")
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


#: Whatever a ``split_credits`` rule needs, short of an agency name at the end: a character of a credit
#: (separators, brackets, colons, "©", "…", ".."), a word of one ("via", "by", the photo words), or a
#: credit label starting the line. Matched on the folded text of many lines joined by line breaks.
CREDIT_TRIGGER = re.compile(
    "[/|©:：…()（）\\[\\]]|\\.\\.|" + _words(("via", "by", *_PHOTO_HINTS)) + f"|^(?:{_words(CREDIT_LINE_HEADS)})",
    re.MULTILINE,
)


def agency_ends(text: str, slack: int) -> bool:
    """An agency name (case-sensitive, as ``AGENCY``) ends ``text`` but for at most ``slack`` characters."""
    return _agency_ends(text, 0, len(text), slack)


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
# CREDIT_BRACKETED, CREDIT_LABEL, CREDIT_HEAD). Each pattern needs one of the marks below; the
# argument, alternative by alternative (A1-A15 of CREDIT_TAIL and L1-L10 of CREDIT_LINE in source
# order), is in ``docs/performance.md`` and ``tests/test_speed_gates_s1.py`` checks it on every line
# of the dev corpus and on invented and generated lines. It costs a few scans at C speed (``str.find``
# for one character is a memchr; ``re`` with a literal first character jumps between its hits): a
# ``regex`` alternation over every position, or any work per line in Python, costs ten times more.
#
# M1  "/", "|" or "©" anywhere: A3 A4 A5 A8 A9 A12, L4 L5 L6 L9 and L1's separators, CREDIT_HEAD.
# M2  "(c)" anywhere: L1, L8.
# M3  a credit label (any case) ending at most two characters ("s", a space) before ":", "：", "by",
#     ".." or "…": A1 A6, L1 L3, CREDIT_LABEL, CREDIT_GLUED.
# M4  the line, without trailing spaces, dots and brackets, ends in an agency name (case-sensitive,
#     as ``AGENCY``): A4 A7 A13 A14 A15, L6 L10 (``credit_text`` strips only such characters).
# M5  "photo", "image" or "picture" (any case), an optional "s" and at most two dots or spaces end the
#     line: A10.
# M6  a closing bracket and at most two dots or spaces end the line, and the line starts with "("
#     (CREDIT_BRACKETED) or the last "(" or "[" before it is followed by a credit label (A2).
# M7  "photo" or "foto" (A3), "courtesy" (A11, L8), "via" (L7), "copyright" or "image source" (L2)
#     anywhere, in any case: found in an ASCII-lowered copy of the text (one byte per character, so
#     positions agree); the only non-ASCII characters that match an ASCII letter case-insensitively
#     (the Kelvin sign, "İ" and "ſ") mark their lines outright.

#: Every character ``str.isspace`` accepts but the line break (all lie below U+3001: tested).
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n")
#: What ``credit_text`` may strip off a line's end (spaces, dots, brackets), and what A10 and the
#: bracketed alternatives allow after the credit (``[.\s]{0,2}``: every ``\s`` of ``regex`` is a space here).
_END_STRIP = re.escape(_SPACES + ".()[]（）")
_END_GAP = re.escape(_SPACES + ".")
#: Non-ASCII characters that ``(?i:q)`` matches for an ASCII letter q (tested over all of Unicode).
CASE_EXOTIC = ("\u212a", "\u0130", "\u017f")


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """The words as one ``re`` alternation shaped as a trie: a failing branch costs one comparison."""
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def render(node: _Trie) -> str:
        alts = [re.escape(ch) + render(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")" if len(alts) > 1 or "" in node else alts[0]
        return body + "?" if "" in node else body

    return render(root)


#: Labels of M3 and M6, folded: the credit prefixes, CREDIT_GLUED's labels and A1's archive words.
_ANCHOR_LABELS = frozenset(
    {*_LABELS, *GLUED_LABELS, "file", "archive", "archiv", "archivo", "archivio", "arquivo"}
)
_ANCHOR_LABELS_BY_LAST = _by_char(_ANCHOR_LABELS, -1)
_PREFIX_LABELS = tuple(sorted(_LABELS))
#: Original characters a label can span: each matched character folds to one (tested), so a window of
#: this many characters before an anchor holds the label and its gap of two.
_LABEL_CHARS = max(map(len, _ANCHOR_LABELS))
_ANCHORS = (":", "：", "..", "…", "by")

#: Line ends, scanned in the reversed text where each starts with its line break (M4 M5 M6).
_LINE_END = re.compile(
    "\n(?:"
    f"[{_END_STRIP}]*(?:{_trie(name[::-1] for name in AGENCY_NAMES)})"
    f"|[{_END_GAP}]{{0,2}}s?(?i:{'|'.join(w[::-1] for w in ('photo', 'image', 'picture'))})"
    f"|(?P<bracket>[{_END_GAP}]{{0,2}}[)\\]])"
    ")"
)
#: M7's words, in the ASCII-lowered text.
_ANY_CASE_WORDS = (b"oto", b"courtesy", b"via", b"copyright", b"image source")


def _label_before(text: str, at: int) -> bool:
    """A credit label (any case) ends at most two characters before ``at`` (M3)."""
    window = fold(text[max(0, at - _LABEL_CHARS - 2) : at])
    get = _ANCHOR_LABELS_BY_LAST.get
    n = len(window)
    for e in range(n, max(n - 3, 0), -1):
        labels = get(window[e - 1])
        if labels is not None and window.endswith(labels, 0, e):
            return True
    return False


def _bracket_label(text: str, close: int) -> bool:
    """M6: ``text`` starts with "(", or the last "(" or "[" before ``close`` is followed by a label."""
    if text.startswith("("):
        return True
    opening = max(text.rfind("(", 0, close), text.rfind("[", 0, close))
    return opening >= 0 and fold(text[opening + 1 : opening + 1 + _LABEL_CHARS]).startswith(_PREFIX_LABELS)


def credit_candidates(texts: list[str]) -> list[bool]:
    """Per line, False only when none of split_credits' patterns can match it (marks M1-M7 above).

    The texts must hold no line break (the caller checks): the marks are found in their join.
    """
    n = len(texts)
    flags = [False] * n
    if not n:
        return flags
    joined = "\n".join(texts)
    # next_start[i]: where the text after line i starts in ``joined``; a position's line is a bisection.
    next_start = list(accumulate(len(t) + 1 for t in texts))
    find = joined.find

    def mark(needle: str, check: Callable[[int], bool] | None = None) -> None:
        p = find(needle)
        while p >= 0:
            i = bisect_right(next_start, p)
            if flags[i] or check is None or check(p):
                flags[i] = True
                if i + 1 == n:
                    return
                p = find(needle, next_start[i])  # the line is marked: on to the next one
            else:
                p = find(needle, p + 1)

    for needle in ("/", "|", "©"):  # M1
        mark(needle)
    mark(")", lambda p: joined.startswith("(c", p - 2))  # M2
    for needle in _ANCHORS:  # M3
        mark(needle, lambda p: _label_before(joined, p))
    # M4 M5 M6: a match at a line break of the reversed text is the end of the line before it.
    size = len(joined)
    for m in _LINE_END.finditer("\n" + joined[::-1]):
        i = bisect_right(next_start, size - m.start())
        # (a bracket is the match's last character: its place in the line is passed on)
        if m.group("bracket") is None or _bracket_label(texts[i], size + 2 - m.end() - next_start[i] + len(texts[i])):
            flags[i] = True
    # M7
    for exotic in CASE_EXOTIC:
        mark(exotic)
    lowered = joined.encode("ascii", "replace").lower()
    for word in _ANY_CASE_WORDS:
        p = lowered.find(word)
        while p >= 0:
            i = bisect_right(next_start, p)
            flags[i] = True
            if i + 1 == n:
                break
            p = lowered.find(word, next_start[i])
    return flags
