"""Whole-line marker patterns tried only where they can match: a dispatch on the line's first character.

A marker list compiled into one alternation costs about 10 µs on a line it rejects, because the engine
tries every alternative at the start of the line. :class:`MarkerDispatch` splits the markers into
their top-level alternatives ("units") and, for the first character of each line, keeps only the
units that can start with it; a unit that can start with a letter of any word (``[\\w ]{1,30} sponsored
by``) is also kept only when the folded line holds a literal the unit requires. Both facts are derived
from the marker data when first needed, so a new marker is dispatched without anyone editing a table:

* the first-character test asks the engine itself: ``unit.fullmatch(c, partial=True)`` is None exactly
  when no string that starts with ``c`` can match the unit (a leading lookahead is dropped first, which
  only widens the language);
* :func:`required_literals` reads a unit's source and returns strings one of which every match holds,
  or None when it meets syntax it does not know (then there is no literal gate).

The units that survive are compiled, in their original order, into one pattern with the same named
groups, so a match, its group and its text are those the full alternation gives: alternatives that
cannot match never change which one the engine finds first. ``tests/test_speed_gates.py`` runs every
dispatch beside its full pattern on every corpus and fixture line and on generated lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from newsclean.markers import Marker

#: Distinct line starts remembered per dispatch; past that a line gets the full pattern (bounds the
#: memory and the one-off work of deriving entries on hostile input).
MAX_KEYS = 4096

_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!", "(?#")
_GLOBAL_FLAGS = regex.compile(r"\?[aiLmsuxfVbew-]{1,8}")  # "(?i)": sets flags, consumes nothing
_INLINE_GLOBAL = regex.compile(r"\(\?[aiLmsuxfVbew-]{1,8}\)")


def fold(text: str) -> str:
    """``str.casefold``, except "İ" folds to "i" as the patterns' simple case folding has it, not to "i̇"."""
    if text.isascii():  # O(1) in CPython; on ASCII, casefold is lower and there is no "i̇"
        return text.lower()
    return text.casefold().replace("i\u0307", "i")


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern source: ``"a(b|c)|d"`` -> ``["a(b|c)", "d"]``."""
    out: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _class_end(source: str, i: int) -> int:
    """Index just past the character class that opens at ``source[i] == "["``."""
    j = i + 1
    if j < len(source) and source[j] == "^":
        j += 1
    if j < len(source) and source[j] == "]":  # a "]" first in a class is a literal
        j += 1
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def _group_end(source: str, i: int) -> int:
    """Index just past the group that opens at ``source[i] == "("``."""
    depth, j = 0, i
    while j < len(source):
        ch = source[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(source, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError(f"unbalanced group in {source!r}")


_QUANTIFIER = regex.compile(r"(?:[?*+]|\{(\d*)(?:(,)(\d*))?\})[?+]?")


# Escapes that match one character (their source is a one-character pattern), and zero-width ones.
_ONE_CHAR_ESCAPES = frozenset("dDwWsSpPNxuUtnrfvae")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZzGmM")


def _escape(source: str, i: int) -> tuple[str, str, int] | None:
    """(kind, text, next index) for the escape at ``source[i] == "\\"``; None if not understood."""
    if i + 1 >= len(source):
        return None
    nxt = source[i + 1]
    if not (nxt.isascii() and nxt.isalnum()):
        return "lit", nxt, i + 2
    if nxt in _ZERO_WIDTH_ESCAPES:
        return "zero", "", i + 2
    if nxt not in _ONE_CHAR_ESCAPES:
        return None  # backreferences, \X (a grapheme: several characters) and the like
    end = i + 2
    if nxt in "pPN" and end < len(source) and source[end] == "{":
        end = source.index("}", end) + 1
    elif nxt in "xuU":
        end = i + 2 + {"x": 2, "u": 4, "U": 8}[nxt]
    return "other", source[i:end], end


def _group(source: str, i: int) -> tuple[str, str, int] | None:
    """(kind, inner source, next index) for the group at ``source[i] == "("``; None if not understood."""
    end = _group_end(source, i)
    inner = source[i + 1 : end - 1]
    if source.startswith(_ZERO_WIDTH, i):
        return "zero", "", end  # lookaround or comment: consumes nothing
    if not inner.startswith("?"):
        return "group", inner, end
    flags = _GLOBAL_FLAGS.fullmatch(inner)
    head = regex.match(r"\?(?:([aiLmsuxfVbew-]{0,8}):|P<\w{1,40}>|>)", inner)
    if "x" in (flags.group() if flags else head.group(1) or "" if head else ""):
        return None  # verbose mode: whitespace is not literal there
    if flags is not None:
        return "zero", "", end  # "(?i)": sets flags, consumes nothing
    if head is None:
        return None
    return "group", inner[head.end() :], end


def _atoms(source: str) -> list[tuple[str, str, int]] | None:
    """(kind, text, least repeats) per atom, or None on syntax this reader does not know.

    kind is "lit" (text: the character), "group" (text: its inner source), "zero" (consumes nothing)
    or "other" (one character of a class; text: its source, e.g. ``[àa]``, ``\\d``, ``.``).
    """
    atoms: list[tuple[str, str, int]] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        got: tuple[str, str, int] | None
        if ch == "\\":
            got = _escape(source, i)
        elif ch == "[":
            end = _class_end(source, i)
            got = ("other", source[i:end], end) if end <= n else None
        elif ch == "(":
            got = _group(source, i)
        elif ch in "^$":
            got = ("zero", "", i + 1)
        elif ch == ".":
            got = ("other", ".", i + 1)
        elif ch in "|)" or (ch == "{" and _QUANTIFIER.match(source, i) is None) or ch in "?*+{":
            got = None  # units are split at the top level first; a stray brace or quantifier: unknown
        else:
            got = ("lit", ch, i + 1)
        if got is None:
            return None
        kind, text, i = got
        least = 1
        q = _QUANTIFIER.match(source, i)
        if q is not None:
            i = q.end()
            if kind == "zero":
                return None
            least = 0 if q.group()[0] in "?*" else 1 if q.group()[0] == "+" else int(q.group(1) or 0)
            if kind == "lit" and least >= 1:
                atoms.append((kind, text, 1))
                kind = "other"  # a repeated character: one copy is certain, the rest is not a literal
                text = regex.escape(text)
        atoms.append((kind, text, least))
    return atoms


def required_literals(source: str) -> frozenset[str] | None:
    """Folded strings one of which every match of ``source`` (one alternative) holds; None if unknown.

    >>> sorted(required_literals(r"(?:[\\w ]{1,30} )?sponsored by(?: [\\w .&'-]{1,40})?"))
    ['sponsored by']
    >>> sorted(required_literals(r"(?:[\\w'’&+-]{1,20} ){0,4}(?:newsletters?|e-?mail alerts)"))
    ['mail alerts', 'newsletter']
    >>> required_literals(r"[\\w ]{1,40}")
    """
    atoms = _atoms(source)
    if atoms is None:
        return None
    found: list[frozenset[str]] = []
    run = ""
    for kind, text, least in atoms:
        if kind == "lit" and least == 1:
            run += text
            continue
        if run:
            found.append(frozenset({fold(run)}))
            run = ""
        if kind == "group" and least >= 1:
            branches = [required_literals(b) for b in split_alternatives(text)]
            if all(b for b in branches):
                found.append(frozenset().union(*(b for b in branches if b)))
    if run:
        found.append(frozenset({fold(run)}))
    return max(found, key=lambda s: min(len(w) for w in s), default=None)


# A start item: ("lit", s) says a match begins with the folded string s; ("atom", a) that its first
# character matches the one-character pattern a (a class, an escape such as \d, or ".").
_Start = tuple[str, str]


_SIMPLE_CLASS = regex.compile(r"\[([^\\\]\[^-]{1,8})\]")  # "[àa]": a few literal characters, no ranges
_MAX_SPELLINGS = 16


def _spellings(atoms: list[tuple[str, str, int]], k: int) -> set[str]:
    """The folded strings the atoms from ``k`` on spell for certain, before the first uncertain one.

    Literals extend every spelling; a class of a few literal characters ("[àa]") branches them.
    """
    spelled = {""}
    for kind, text, least in atoms[k:]:
        simple = _SIMPLE_CLASS.fullmatch(text) if kind == "other" else None
        if kind == "lit" and least == 1:
            spelled = {s + fold(text) for s in spelled}
        elif simple is not None and least == 1 and len(spelled) * len(simple.group(1)) <= _MAX_SPELLINGS:
            spelled = {s + fold(c) for s in spelled for c in simple.group(1)}
        else:
            break
    return spelled


def starts(source: str) -> frozenset[_Start] | None:
    r"""How every match of one alternative begins; None when unknown or when it can match "".

    >>> sorted(starts(r"(?:read|see)(?: also)?:"))
    [('lit', 'read'), ('lit', 'see')]
    >>> sorted(starts(r"(?:\d{1,6} )?comments?"))
    [('atom', '\\d'), ('lit', 'comment')]
    >>> sorted(starts(r"d[ée]j[àa]"))
    [('lit', 'deja'), ('lit', 'dejà'), ('lit', 'déja'), ('lit', 'déjà')]
    """
    atoms = _atoms(source)
    if atoms is None:
        return None
    items: set[_Start] = set()
    for k, (kind, text, least) in enumerate(atoms):
        if kind == "zero":
            continue
        if kind == "lit" and least == 1:
            items.update(("lit", s) for s in _spellings(atoms, k))
            return frozenset(items)
        if kind == "lit":  # an optional character: the match may start with it or with what follows
            items.add(("lit", fold(text)))
        elif kind == "other":
            spelled = _spellings(atoms, k) if least == 1 else set()
            if spelled and all(spelled):
                items.update(("lit", s) for s in spelled)
            else:
                items.add(("atom", text))
        else:
            inner = [starts(b) for b in split_alternatives(text)]
            if any(b is None for b in inner):
                return None
            items.update(*(b for b in inner if b is not None))
        if least >= 1 and kind != "lit":
            return frozenset(items)
    return None  # every atom is optional: the alternative can match the empty string


class _Unit:
    """One top-level alternative of a marker, with how its matches begin and what they must hold."""

    __slots__ = ("_compiled", "atoms", "flags", "group", "index", "keys", "literals", "source")

    def __init__(self, index: int, group: str | None, source: str, flags: int) -> None:
        self.index = index
        self.group = group
        self.source = source
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None
        begin = starts(source)
        # keys: the first KEY_CHARS folded characters of every literal a match may begin with;
        # atoms: the one-character patterns its first character may match instead. None: anything.
        self.keys = None if begin is None else frozenset(s[:KEY_CHARS] for kind, s in begin if kind == "lit")
        self.atoms = None if begin is None else tuple(sorted(s for kind, s in begin if kind == "atom"))
        # A unit that may begin with a class (a letter of any word, a digit) also needs a literal.
        self.literals = required_literals(source) if self.atoms else None

    @property
    def pattern(self) -> regex.Pattern[str]:
        if self._compiled is None:  # compiled on first use: most units are never tried on a text
            self._compiled = regex.compile(f"(?:{self.source})", self.flags)
        return self._compiled


# One compiled alternative to try: (its group name, its pattern, its place in the full pattern).
_Try = tuple["str | None", regex.Pattern[str], int]
# (the candidates that need no literal, the candidates that do with their literals, all those literals)
_Entry = tuple[tuple[_Try, ...], tuple[tuple[_Try, frozenset[str]], ...], tuple[str, ...]]
#: Folded characters of a line's start that pick its candidates (a literal start is indexed by its
#: first KEY_CHARS characters, or all of it when shorter).
KEY_CHARS = 3


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
                if _INLINE_GLOBAL.search(marker.pattern):
                    # A global inline flag changes the whole alternation but not an alternative alone.
                    raise ValueError(f"use a scoped flag group (?i:...) instead of a global one in {marker.pattern!r}")
        self.flags = flags
        self.units: list[_Unit] = []
        for name, markers in groups:
            for marker in markers:
                for source in split_alternatives(marker.pattern):
                    self.units.append(_Unit(len(self.units), name, source, flags))
        self.names = tuple(name for name, _ in groups if name)
        self.full = self._compile_full()
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
        self._entries: dict[tuple[str, str], _Entry] = {}

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
        # Those that may begin with a class also need one of their literals, however they were chosen.
        plain = tuple((u.group, u.pattern, u.index) for u in units if not u.literals)
        gated = tuple(((u.group, u.pattern, u.index), u.literals) for u in units if u.literals)
        words = tuple(sorted({w for _, lits in gated for w in lits}))
        entry = self._entries[(first, key)] = (plain, gated, words)
        return entry

    def candidates(self, text: str) -> tuple[_Try, ...] | None:
        """The alternatives that can match ``text`` from its start, in order; None: use ``full``."""
        if not text:
            return None
        folded = fold(text)
        key = folded[:KEY_CHARS]
        entry = self._entries.get((text[0], key)) or self._entry(text[0], key)
        if entry is None:
            return None
        plain, gated, words = entry
        # An alternative that may begin with a class (a letter of any word, a digit) is tried only where
        # the folded text holds one of the literals its every match holds (str scans, at C speed).
        for w in words:
            if w in folded:
                break
        else:
            return plain
        keep = [t for t, lits in gated if any(w in folded for w in lits)]
        return tuple(sorted((*plain, *keep), key=lambda t: t[2]))

    def first(self, text: str, *, whole: bool = True) -> tuple[str | None, regex.Match[str]] | None:
        """(group name, match) as ``full.fullmatch(text)`` gives them (``whole=False``: ``full.match``)."""
        tries = self.candidates(text)
        if tries is None:
            m = self.full.fullmatch(text) if whole else self.full.match(text)
            if m is None:
                return None
            return next((u.group for u in self.units if u.group and m.group(u.group) is not None), None), m
        for group, pattern, _ in tries:
            m = pattern.fullmatch(text) if whole else pattern.match(text)
            if m is not None:
                return group, m
        return None
