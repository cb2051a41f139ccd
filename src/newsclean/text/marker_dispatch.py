"""Whole-line marker patterns tried on each line only with the alternatives that can match it.

A marker list compiled into one alternation costs about 10 µs on a line it rejects, because the engine
tries every alternative at the start of the line. :class:`MarkerDispatch` splits the markers into their
top-level alternatives and looks a line up by its first character and the first ``KEY_CHARS``
characters of its fold: the candidates are the alternatives whose matches can begin so (read off their
source by ``marker_syntax.starts``; a class keeps the flags of its group, so ``(?-i:[a-z])`` begins only
a lowercase line); one that may begin with a class (a letter of any word) is kept only where the folded
line holds a literal it requires (``marker_syntax.required_literals``). Then each candidate is tried
only past more necessary conditions, read off its source as well: a fullmatch is no longer than the
longest text it can match (``max_length``) and no shorter than the shortest (``min_length``), which
picks the candidates per line length once; the folded line holds one of the literals its every match
holds (small classes such as ``[ée]`` spelled out; only when there are a few: looking for dozens costs
more than the anchored fullmatch they would save), and a digit if its every match holds one
(``needs_digit``). Everything is derived from the marker data, so a new marker is dispatched without
anyone editing a table.

The candidates are tried in the order of the full alternation, and the engine returns the first
alternative that matches, so the match, its span and its named group are those the full pattern gives.
``tests/test_speed_gates.py`` runs every dispatch beside its full pattern on every corpus, fixture and
generated line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

import regex

from newsclean.markers import Marker
from newsclean.text.lazy_pattern import lazy
from newsclean.text.marker_syntax import (
    INLINE_GLOBAL,
    flat_gate,
    fold,
    has_digit,
    literal_gate,
    max_length,
    min_length,
    needs_digit,
    required_literals,
    split_alternatives,
    starts,
)

__all__ = ["KEY_CHARS", "MAX_KEYS", "MarkerDispatch", "fold", "required_literals", "starts"]

#: Distinct line starts remembered per dispatch; past that a line gets the full pattern (bounds the
#: memory and the one-off work of deriving entries on hostile input).
MAX_KEYS = 4096


class _Unit:
    """One top-level alternative of a marker, with how its matches begin and what they must hold."""

    __slots__ = ("_compiled", "_facts", "_try", "atoms", "flags", "group", "index", "keys", "source")

    def __init__(self, index: int, group: str | None, source: str, flags: int) -> None:
        self.index = index
        self.group = group
        self.source = source
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None
        self._try: _Try | None = None
        self._facts: _Facts | None = None
        begin = starts(source)
        # keys: the first KEY_CHARS folded characters of every literal a match may begin with;
        # atoms: the one-character patterns its first character may match instead. None: anything.
        self.keys = None if begin is None else frozenset(s[:KEY_CHARS] for kind, s in begin if kind == "lit")
        self.atoms = None if begin is None else tuple(sorted(s for kind, s in begin if kind == "atom"))

    def _measured(self) -> _Facts:
        """What the gates need, read off the source when the unit is first a line's candidate: reading
        all ~1,700 units costs ~0.3 s, and a short text meets few of them."""
        facts = self._facts
        if facts is None:
            # A unit that may begin with a class (a letter of any word, a digit) also needs a literal to be
            # chosen for a line. Any unit is tried only on a line that holds one of the literals its every
            # match holds (holds; the spelled classes included), and a digit when its every match holds one.
            holds = required_literals(self.source, spelled=True)
            # The longest text it can match whole (full case folding could match one character with two).
            most = None if self.flags & _WIDENING_FLAGS else max_length(self.source)
            least = 0 if self.flags & _WIDENING_FLAGS else min_length(self.source)  # and the shortest
            facts = self._facts = (holds, needs_digit(self.source), least, _UNBOUNDED if most is None else most)
        return facts

    @property
    def holds(self) -> frozenset[str] | None:
        return self._measured()[0]

    @property
    def digit(self) -> bool:
        return self._measured()[1]

    @property
    def least(self) -> int:
        return self._measured()[2]

    @property
    def most(self) -> int:
        return self._measured()[3]

    @property
    def candidate(self) -> _Try:
        """The unit as a line's candidate (derived on first use, then kept: many entries share a unit)."""
        if self._try is None:
            words = _gate(self.holds) or _conjunct(self.source)
            self._try = (self.group, self.pattern, words, self.digit, _heads(self))
        return self._try

    @property
    def pattern(self) -> regex.Pattern[str]:
        if self._compiled is None:  # compiled on first use: most units are never tried on a text
            self._compiled = regex.compile(f"(?:{self.source})", self.flags)
        return self._compiled


# A unit's facts: (the literals one of which its every match holds, whether every match holds a digit,
# the shortest and the longest text it can match whole).
_Facts = tuple["frozenset[str] | None", bool, int, int]
# One compiled alternative to try: (its group name, its pattern, the literals one of which its every
# match holds, whether every match holds a digit, the folded literals one of which every match begins
# with when they say more than the line's key).
_Try = tuple["str | None", regex.Pattern[str], tuple[str, ...], bool, tuple[str, ...]]
# A unit is gated on its literals only when it has at most this many: each costs an ``in`` scan, and
# looking for dozens (a list of month names) costs more than the anchored fullmatch it would save.
_FEW_LITERALS = 4
# What the ``\d`` of a marker matches, under any flags (tests/test_speed_gates_markers.py checks that over
# all of Unicode): a line without one cannot match a marker that needs a digit.
_DIGIT = regex.compile(r"\d")


# Candidates for a line, in the order of the full pattern: all of them, and those that need no digit
# (the same tuple when none needs one), for a line without a digit.
_Tries = tuple[tuple[_Try, ...], tuple[_Try, ...]]


def _tries(tries: tuple[_Try, ...]) -> _Tries:
    plain = tuple(t for t in tries if not t[3])
    return tries, (tries if len(plain) == len(tries) else plain)


class _Entry:
    """The candidates for the lines of one start, in the order of the full pattern.

    ``span`` holds, per length, those that can match a line that long whole (filled on first use);
    ``most`` is the longest text any of them can match whole.
    """

    __slots__ = ("bounds", "every", "gates", "most", "span", "units")

    def __init__(self, units: list[_Unit], tries: tuple[_Try, ...]) -> None:
        self.units = units
        self.every = _tries(tries)
        # The units' literal gates, when every unit has one (else None): a text without any of their
        # literals matches none of them.
        self.gates = None if any(not t[2] for t in tries) else tuple(t[2] for t in tries)
        self.bounds = tuple((u.least, u.most) for u in units)
        self.most = max((most for _, most in self.bounds), default=-1)
        self.span: dict[int, _Tries] = {}

    def spanning(self, n: int) -> _Tries:
        """The candidates that can match ``n`` characters whole: no shorter than the shortest, no
        longer than the longest text they can match."""
        every = self.every[0]
        tries = _tries(tuple(t for (least, most), t in zip(self.bounds, every, strict=True) if least <= n <= most))
        if n <= MAX_MARKER_LENGTH:  # remembered for the lengths of marker lines only: bounded
            self.span[n] = tries
        return tries


#: Line lengths whose candidates an entry remembers (longer lines are filtered on each call).
MAX_MARKER_LENGTH = 256
#: Folded characters of a line's start that pick its candidates (a literal start is indexed by its
#: first KEY_CHARS characters, or all of it when shorter).
KEY_CHARS = 3
# Characters of a line folded to find its key: folding never shortens a text by more than half (only
# "i" + U+0307 becomes one character), so twice KEY_CHARS give KEY_CHARS folded ones.
_HEAD_CHARS = 2 * KEY_CHARS
_UNBOUNDED = sys.maxsize
# Flags under which one pattern character may match two text characters (full case folding).
_WIDENING_FLAGS = regex.FULLCASE | regex.VERSION1


class MarkerDispatch:
    """A whole-line alternation of markers, tried on each line only with the alternatives that can match.

    ``groups`` are (group name or None, markers) in pattern order. ``full`` is the alternation of every
    marker's top-level alternatives, ``(?:(?P<name>u1|u2|...)|...)``. :meth:`first` answers as
    ``full.fullmatch`` (or ``full.match``) would: the engine tries alternatives in order and returns the
    first that matches, so trying the candidates in the same order finds the same one, with the same span.
    """

    def __init__(self, groups: Sequence[tuple[str | None, Iterable[Marker]]], flags: int) -> None:
        if flags & regex.VERBOSE:
            raise ValueError("marker dispatch reads literal whitespace: VERBOSE patterns are not supported")
        for _, markers in groups:
            for marker in markers:
                if INLINE_GLOBAL.search(marker.pattern):
                    # A global inline flag changes the whole alternation but not an alternative alone.
                    raise ValueError(f"use a scoped flag group (?i:...) instead of a global one in {marker.pattern!r}")
        self.flags = flags
        self.units: list[_Unit] = []
        for name, markers in groups:
            for marker in markers:
                for source in split_alternatives(marker.pattern):
                    self.units.append(_Unit(len(self.units), name, source, flags))
        self.names = tuple(name for name, _ in groups if name)
        # Only the fallback (and tests) try the full alternation: compiled on first use, as the units are.
        self.full = lazy(self._compile_full)
        self._by_key: dict[str, list[_Unit]] = {}
        self._wild: list[_Unit] = []
        self._atom_units: list[_Unit] = []
        for unit in self.units:
            if unit.keys is None:
                self._wild.append(unit)
                continue
            for key in unit.keys:
                self._by_key.setdefault(key, []).append(unit)
            if unit.atoms:
                self._atom_units.append(unit)
        self._atom_patterns: dict[str, regex.Pattern[str]] = {}
        self._entries: dict[str, _Entry] = {}  # keyed by the first character + the key

    def _compile_full(self) -> regex.Pattern[str]:
        parts: list[str] = []
        for name in dict.fromkeys(u.group for u in self.units):
            alts = "|".join(f"(?:{u.source})" for u in self.units if u.group == name)
            parts.append(f"(?P<{name}>{alts})" if name else alts)
        return regex.compile(f"(?:{'|'.join(parts)})", self.flags)

    def _starts_with_atom(self, unit: _Unit, first: str) -> bool:
        for atom in unit.atoms or ():
            pattern = self._atom_patterns.get(atom)
            if pattern is None:
                pattern = self._atom_patterns[atom] = regex.compile(atom, self.flags)
            if pattern.fullmatch(first):
                return True
        return False

    def _entry(self, first: str, key: str) -> _Entry | None:
        """The candidates for lines that start with ``first`` and whose fold starts with ``key``."""
        if len(self._entries) >= MAX_KEYS:
            return None
        by_literal = set(self._wild)
        for n in range(1, len(key) + 1):
            by_literal.update(self._by_key.get(key[:n], ()))
        by_class = {u for u in self._atom_units if u not in by_literal and self._starts_with_atom(u, first)}
        units = sorted(by_literal | by_class, key=lambda u: u.index)
        tries = tuple(u.candidate for u in units)
        entry = self._entries[first + key] = _Entry(units, tries)
        return entry

    def _lookup(self, text: str) -> _Entry | None:
        """The entry for ``text``'s first character and first KEY_CHARS folded ones; None: use ``full``."""
        if not text:
            return None
        head = text[:KEY_CHARS]
        if head.isascii():
            key = head.lower()  # an ASCII character folds to itself lowered, one for one
        else:
            # fold is per character but for "i" + U+0307 -> "i", so a prefix's fold is a prefix of the fold.
            key = fold(text[:_HEAD_CHARS])[:KEY_CHARS]
            if len(key) < KEY_CHARS and len(text) > _HEAD_CHARS:
                key = fold(text)[:KEY_CHARS]
        first = text[0]
        return self._entries.get(first + key) or self._entry(first, key)

    def may_begin(self, text: str) -> bool:
        """False when no marker can match ``text`` or a non-empty prefix of it: ``first`` of each gives None.

        A prefix's entry holds no unit that ``text``'s lacks (the same first character, and its key, as
        the fold of a prefix is a prefix of the fold, a prefix of ``text``'s key), and a literal found in
        a prefix's fold is in ``text``'s: so where ``text`` holds none of the literals of its entry's
        units (each needs one of its own), neither it nor a prefix can match.
        """
        head = text[:KEY_CHARS]
        entry = self._entries.get(head[:1] + head.lower()) if head.isascii() else None
        if entry is None:
            entry = self._lookup(text)
        if entry is None or entry.gates is None:
            return True
        folded = text.lower() if text.isascii() else fold(text)
        return any(w in folded for words in entry.gates for w in words)

    def first(self, text: str, *, whole: bool = True) -> tuple[str | None, regex.Match[str]] | None:
        """(group name, match) as ``full.fullmatch(text)`` gives them (``whole=False``: ``full.match``).

        The entry's candidates are tried in order, each only past its gates, every one a necessary
        condition: a fullmatch spans the whole text (no longer than the unit's longest match, no shorter
        than its shortest), and every match holds one of the unit's literals (found in the folded text)
        and a digit if it needs one.
        """
        head = text[:KEY_CHARS]
        # The common case of _lookup inline: an ASCII start seen before.
        entry = self._entries.get(head[:1] + head.lower()) if head.isascii() else None
        if entry is None:
            entry = self._lookup(text)
        if entry is None:
            m = self.full.fullmatch(text) if whole else self.full.match(text)
            if m is None:
                return None
            return next((u.group for u in self.units if u.group and m.group(u.group) is not None), None), m
        if whole:
            n = len(text)
            if n > entry.most:
                return None
            tries, plain = entry.span.get(n) or entry.spanning(n)
        else:
            tries, plain = entry.every
        # A line without a digit skips, at once, the candidates that need one.
        if tries is not plain and not has_digit(text):
            tries = plain
        folded: str | None = None
        for group, pattern, words, _, heads in tries:
            if heads:
                if folded is None:
                    folded = text.lower() if text.isascii() else fold(text)  # fold, inline for ASCII
                if not folded.startswith(heads):
                    continue
            if words:
                if folded is None:
                    folded = text.lower() if text.isascii() else fold(text)  # fold, inline for ASCII
                for w in words:
                    if w in folded:
                        break
                else:
                    continue
            m = pattern.fullmatch(text) if whole else pattern.match(text)
            if m is not None:
                return group, m
        return None


def _heads(unit: _Unit) -> tuple[str, ...]:
    """The literals every match of ``unit`` begins with (folded), when it cannot begin with a class and
    one of them is longer than the key that picked it (else the key said as much)."""
    if unit.keys is None or unit.atoms:
        return ()
    begin = starts(unit.source) or frozenset()
    heads = tuple(sorted(s for kind, s in begin if kind == "lit"))
    return heads if heads and max(map(len, heads)) > KEY_CHARS else ()


def _conjunct(source: str) -> tuple[str, ...]:
    """For a unit without a few literals one of which every match holds (``_gate``): a few literals of
    the literal gate (``literal_gate``), when that is one conjunction, one of which every match holds
    beside the others ("Jane Roe, staff writer" holds ", " and a job title). The longest such words;
    none when the shortest would be one character (a space, in nearly every line)."""
    tree = literal_gate(source)
    flat = () if tree is None else flat_gate(tree)
    if len(flat) != 1:
        return ()
    sets = [words for words in flat[0][1] if len(words) <= _FEW_LITERALS and min(map(len, words)) > 1]
    return max(sets, key=lambda words: (min(map(len, words)), -len(words)), default=())


def _gate(literals: frozenset[str] | None) -> tuple[str, ...]:
    """The literals a line is checked for before a unit is tried: none when there are too many."""
    return tuple(sorted(literals)) if literals and len(literals) <= _FEW_LITERALS else ()
