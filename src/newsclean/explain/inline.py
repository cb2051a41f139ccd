"""Replay a line's :class:`~newsclean.article.Fix` records into an inline before/after view.

The Article records fixes as edits of a line *as it was at that moment* (``start`` is an offset into
the text after the earlier fixes). To show them inline, :func:`replay` keeps the line as a list of
:class:`Piece` objects, unchanged runs and edited runs, and applies each fix in order. Joining the
``before`` sides gives the input line back and joining the ``after`` sides gives the cleaned line, so
a mismatch (a fix that does not apply) proves the record wrong instead of showing a made-up diff.

    >>> from newsclean.article import Fix
    >>> pieces = replay("China and Huawei,", [Fix("fix_punctuation", ",", ".", 2, 16)])
    >>> [(p.before, p.after, p.rules) for p in pieces]
    [('China and Huawei', 'China and Huawei', ()), (',', '.', ('fix_punctuation',))]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.article import Fix


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a line: unchanged (``rules == ()``, ``before == after``) or edited by ``rules``."""

    before: str
    after: str
    rules: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.rules)


#: Above this much work (fixes x characters) a line's edits are shown as one span: piece-wise replay
#: costs that product, and a hostile line with thousands of fixes must not stall a report.
MAX_PIECEWISE_WORK = 2_000_000


def replay(text: str, fixes: Sequence[Fix]) -> tuple[Piece, ...] | None:
    """The pieces of ``text`` after ``fixes`` (in record order), or None if one does not apply.

    Joins (``start == -1``) edit the line break before the line, not its text, so they are skipped.
    A line with very many fixes comes back as at most three pieces (unchanged head, one edited span,
    unchanged tail), still exact in its ``before`` and ``after`` sides.
    """
    edits = [f for f in fixes if f.start >= 0]
    if len(edits) * max(len(text), 1) > MAX_PIECEWISE_WORK:
        return _coarse(text, edits)
    pieces: list[Piece] = [Piece(text, text)] if text else []
    for fix in edits:
        applied = _apply(pieces, fix)
        if applied is None:
            return None
        pieces = applied
    return tuple(pieces)


def replay_text(text: str, fixes: Sequence[Fix]) -> str | None:
    """``text`` after ``fixes``, or None if one does not apply; linear in the text per pass of fixes.

    Fixes that move left to right (each starting after the previous one's replacement, as one
    cleaner's pass makes them) are applied in a single sweep; a fix that goes back starts a new one.
    """
    edits = [f for f in fixes if f.start >= 0]
    i = 0
    while i < len(edits):
        out: list[str] = []
        src = shift = 0  # src: how far the old text is copied; shift: length change so far
        while i < len(edits):
            fix = edits[i]
            s = fix.start - shift  # the offset in the text as it was before this sweep
            if s < src:
                break
            e = s + len(fix.before)
            if text[s:e] != fix.before:
                return None
            out += (text[src:s], fix.after)
            src, shift, i = e, shift + len(fix.after) - len(fix.before), i + 1
        if not out:  # a first fix that starts before the text does (a negative offset after shift)
            return None
        out.append(text[src:])
        text = "".join(out)
    return text


def _coarse(text: str, fixes: Sequence[Fix]) -> tuple[Piece, ...] | None:
    after = replay_text(text, fixes)
    if after is None:
        return None
    p = 0
    limit = min(len(text), len(after))
    while p < limit and text[p] == after[p]:
        p += 1
    q = 0
    while q < limit - p and text[-1 - q] == after[-1 - q]:
        q += 1
    rules = tuple(dict.fromkeys(f.rule for f in fixes))
    mid = Piece(text[p : len(text) - q], after[p : len(after) - q], rules)
    head, tail = Piece(text[:p], text[:p]), Piece(text[len(text) - q :], text[len(text) - q :])
    return tuple(x for x in (head, mid, tail) if x.before or x.after)


def _apply(pieces: list[Piece], fix: Fix) -> list[Piece] | None:
    s, e = fix.start, fix.start + len(fix.before)
    current = "".join(p.after for p in pieces)
    if e > len(current) or current[s:e] != fix.before:
        return None
    head: list[Piece] = []
    tail: list[Piece] = []
    before: list[str] = []
    prefix: list[str] = []
    suffix: list[str] = []
    rules: list[str] = []
    pos = 0
    for p in pieces:
        start, end = pos, pos + len(p.after)
        pos = end
        if end <= s:
            head.append(p)
        elif start >= e:
            tail.append(p)
        elif not p.changed:
            lo, hi = max(s, start) - start, min(e, end) - start
            if lo:
                head.append(Piece(p.after[:lo], p.after[:lo]))
            before.append(p.after[lo:hi])
            if hi < len(p.after):
                tail.append(Piece(p.after[hi:], p.after[hi:]))
        else:
            # An earlier edit overlapping this one: both become one edited run, keeping the parts
            # of the earlier edit's output that this fix did not touch.
            before.append(p.before)
            prefix.append(p.after[: max(0, s - start)])
            suffix.append(p.after[max(0, e - start) :])
            rules.extend(r for r in p.rules if r not in rules)
    if fix.rule not in rules:
        rules.append(fix.rule)
    merged = Piece("".join(before), "".join(prefix) + fix.after + "".join(suffix), tuple(rules))
    return [*head, merged, *tail]
