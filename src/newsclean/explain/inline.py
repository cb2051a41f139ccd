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


def replay(text: str, fixes: Sequence[Fix]) -> tuple[Piece, ...] | None:
    """The pieces of ``text`` after ``fixes`` (in record order), or None if one does not apply.

    Joins (``start == -1``) edit the line break before the line, not its text, so they are skipped.
    """
    pieces: list[Piece] = [Piece(text, text)] if text else []
    for fix in fixes:
        if fix.start < 0:
            continue
        applied = _apply(pieces, fix)
        if applied is None:
            return None
        pieces = applied
    return tuple(pieces)


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
