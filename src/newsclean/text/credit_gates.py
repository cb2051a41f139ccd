"""Cheap necessary conditions for the photo-credit patterns, checked with ``str`` methods first.

``CREDIT_TAIL``, ``CREDIT_LINE`` and ``CREDIT_GLUED`` cost tens of microseconds on a line they reject,
which is nearly every line. Each function here answers False only when its pattern certainly finds
nothing; where it answers True, the pattern runs as before. ``docs/performance.md`` gives the argument
alternative by alternative; ``tests/test_speed_gates.py`` runs each gate beside its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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


