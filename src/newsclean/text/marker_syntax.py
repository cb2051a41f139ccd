"""Reading a marker's regular-expression source: how its matches begin and what they must hold.

``marker_dispatch`` uses these facts to try a line only with the markers that can match it. The reader
knows the syntax the marker lists use (literals, classes, escapes, groups, lookarounds, quantifiers);
anything else makes it answer None ("unknown"), and an unknown marker is simply tried on every line.

>>> split_alternatives("a(b|c)|d")
['a(b|c)', 'd']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import regex

_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!", "(?#")
_GLOBAL_FLAGS = regex.compile(r"\?[aiLmsuxfVbew-]{1,8}")  # "(?i)": sets flags, consumes nothing
#: A global inline flag group such as "(?x)" anywhere in a source.
INLINE_GLOBAL = regex.compile(r"\(\?[aiLmsuxfVbew-]{1,8}\)")
# "?:", "?i-x:", "?P<name>", "?>": the opening of a group that captures or scopes flags (group 1).
_SCOPED_FLAGS = regex.compile(r"\?(?:([aiLmsuxfVbew-]{0,8}):|P<\w{1,40}>|>)")
_FULL_OR_VERBOSE = regex.compile(r"[fVx]")  # flags under which a character may not be one character


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


def _group(source: str, i: int) -> tuple[str, str, int, str] | None:
    """(kind, inner source, next index, the flags it scopes) for the group at ``source[i] == "("``;
    None if not understood."""
    end = _group_end(source, i)
    inner = source[i + 1 : end - 1]
    if source.startswith(_ZERO_WIDTH, i):
        return "zero", "", end, ""  # lookaround or comment: consumes nothing
    if not inner.startswith("?"):
        return "group", inner, end, ""
    flags = _GLOBAL_FLAGS.fullmatch(inner)
    head = regex.match(r"\?(?:([aiLmsuxfVbew-]{0,8}):|P<\w{1,40}>|>)", inner)
    if "x" in (flags.group() if flags else head.group(1) or "" if head else ""):
        return None  # verbose mode: whitespace is not literal there
    if flags is not None:
        return "zero", "", end, ""  # "(?i)": sets flags, consumes nothing
    if head is None:
        return None
    return "group", inner[head.end() :], end, head.group(1) or ""


# An atom as _atoms reads it: (kind, text, least repeats, most repeats or None when unbounded, the
# flags a group scopes: "-i" for "(?-i:...)", "" for none).
_Atom = tuple[str, str, int, "int | None", str]


def _atoms(source: str) -> list[_Atom] | None:
    """(kind, text, least repeats, most repeats, scoped flags) per atom, or None on syntax this reader
    does not know.

    kind is "lit" (text: the character), "group" (text: its inner source), "zero" (consumes nothing)
    or "other" (one character of a class; text: its source, e.g. ``[àa]``, ``\\d``, ``.``).
    """
    atoms: list[_Atom] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        got: tuple[str, str, int] | None
        scope = ""
        if ch == "\\":
            got = _escape(source, i)
        elif ch == "[":
            end = _class_end(source, i)
            got = ("other", source[i:end], end) if end <= n else None
        elif ch == "(":
            group = _group(source, i)
            got, scope = (None, "") if group is None else (group[:3], group[3])
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
        least: int = 1
        most: int | None = 1
        q = _QUANTIFIER.match(source, i)
        if q is not None:
            i = q.end()
            if kind == "zero":
                return None
            op = q.group()[0]
            least = 0 if op in "?*" else 1 if op == "+" else int(q.group(1) or 0)
            bound = q.group(3) if q.group(2) else q.group(1)
            most = 1 if op == "?" else None if op in "*+" or not bound else int(bound)
            if kind == "lit" and least >= 1:
                atoms.append((kind, text, 1, 1, ""))
                kind = "other"  # a repeated character: one copy is certain, the rest is not a literal
                text = regex.escape(text)
        atoms.append((kind, text, least, most, scope))
    return atoms


def max_length(source: str) -> int | None:
    r"""The most characters a match of ``source`` can span; None when unbounded or unknown.

    Every literal, class, escape such as ``\d`` and ``.`` matches one character: simple case folding
    (the ``regex`` default, V0 without FULLCASE) maps one character to one, so ``(?i:ß)`` never matches
    "ss". A scoped group that may turn full case folding (``f``, or ``V1``) or verbose mode on is unknown.

    >>> max_length(r"(?:\d{1,6} )?comments?")
    15
    >>> max_length(r"read(?: more)+"), max_length(r"(?f:ß)")
    (None, None)
    """
    total, i = 0, 0
    while i < len(source):
        got = _atom_width(source, i)
        if got is None:
            return None
        most, i = got
        q = _QUANTIFIER.match(source, i)
        if q is not None:
            i = q.end()
            bound = q.group(3) if q.group(2) else q.group(1)
            if q.group()[0] in "*+" or (q.group()[0] == "{" and not bound):
                return None  # unbounded
            most *= int(bound) if q.group()[0] == "{" else 1
        total += most
    return total


def _atom_width(source: str, i: int) -> tuple[int, int] | None:
    """(the most characters the atom at ``i`` can match once, the index after it); None if unknown."""
    return _atom(source, i, _widest)


def _widest(inner: str) -> int | None:
    """The most characters a group's inside can match: its widest alternative."""
    branches = [max_length(b) for b in split_alternatives(inner)]
    return None if None in branches else max(b for b in branches if b is not None)


def _atom(source: str, i: int, measure: Callable[[str], int | None]) -> tuple[int, int] | None:
    """(the atom at ``i`` measured once, the index after it); None if unknown. A group's inside is
    measured by ``measure`` (its widest or its shortest match); any other atom is one character or none."""
    ch = source[i]
    if ch == "\\":
        got = _escape(source, i)
        return None if got is None else (0 if got[0] == "zero" else 1, got[2])
    if ch == "[":
        end = _class_end(source, i)
        return None if end > len(source) else (1, end)
    if ch in "^$":
        return 0, i + 1
    if ch in "|)?*+{":
        return None  # alternatives are split first; a quantifier is read with its atom: stray, unknown
    return _measured_group(source, i, measure) if ch == "(" else (1, i + 1)


def _measured_group(source: str, i: int, measure: Callable[[str], int | None]) -> tuple[int, int] | None:
    """``_atom`` of the group that opens at ``source[i] == "("``."""
    end = _group_end(source, i)
    if source.startswith(_ZERO_WIDTH, i):
        return 0, end  # lookaround or comment: consumes nothing
    inner = source[i + 1 : end - 1]
    if inner.startswith("?"):
        head = _SCOPED_FLAGS.match(inner)
        if head is None or _FULL_OR_VERBOSE.search(head.group(1) or ""):
            return None  # a global flag group, an unknown group, or flags that change widths
        inner = inner[head.end() :]
    size = measure(inner)
    return None if size is None else (size, end)


def min_length(source: str) -> int:
    r"""The fewest characters a match of ``source`` can span (0 when unsure: a lower bound).

    The counterpart of ``max_length``: every literal, class and escape such as ``\d`` matches one
    character under simple case folding; a scoped group that may turn full case folding (``f``, ``V1``)
    or verbose mode on, and syntax this reader does not know, count as 0.

    >>> min_length(r"(?:\d{1,6} )?comments?"), min_length(r"(?-i:[a-z]{3})(?: (?-i:[a-z]{3})){2,4}")
    (7, 11)
    >>> min_length(r"(?=x{9})ab|c"), min_length(r"(?f:ss)"), min_length(r"(a)\1")
    (1, 0, 0)
    """
    least = _least(source)
    return 0 if least is None else least


def _least(source: str) -> int | None:
    """``min_length`` of ``source``, or None when unsure."""
    branches = split_alternatives(source)
    if len(branches) > 1:
        mins = [_least(b) for b in branches]
        return None if None in mins else min(m for m in mins if m is not None)
    total, i = 0, 0
    while i < len(source):
        got = _atom_least(source, i)
        if got is None:
            return None
        least, i = got
        q = _QUANTIFIER.match(source, i)
        if q is not None:
            i = q.end()
            op = q.group()[0]
            least *= 0 if op in "?*" else 1 if op == "+" else int(q.group(1) or 0)
        total += least
    return total


def _atom_least(source: str, i: int) -> tuple[int, int] | None:
    """(the fewest characters the atom at ``i`` can match once, the index after it); None if unknown."""
    return _atom(source, i, _least)


def needs_digit(source: str) -> bool:
    r"""True when every match of ``source`` holds a character ``\d`` matches (under any flags).

    Found in a ``\d`` that is not optional, in a group every branch of which needs one, or in a
    positive lookaround that needs one (it looks at the same text). False when unsure.

    >>> needs_digit(r"(?:\p{L}{2,10} )?\d{1,2} (?:jan|feb)"), needs_digit(r"(?=[^\n]{0,40}\d)(?:mon|tue)")
    (True, True)
    >>> needs_digit(r"(?:\d{1,6} )?comments?"), needs_digit(r"(?:\d|x)y"), needs_digit(r"(?!\d)x")
    (False, False, False)
    """
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        needed = False
        if ch == "\\":
            got = _escape(source, i)
            if got is None:
                return False
            _, text, i = got
            needed = text == r"\d"
        elif ch == "[":
            i = _class_end(source, i)
        elif ch == "(":
            end = _group_end(source, i)
            inner = source[i + 1 : end - 1]
            if source.startswith(("(?=", "(?<="), i):
                inner = inner[2:] if inner.startswith("?=") else inner[3:]
            elif source.startswith(("(?!", "(?<!", "(?#"), i):
                inner = ""
            elif inner.startswith("?"):
                head = _SCOPED_FLAGS.match(inner)
                if head is None or "x" in (head.group(1) or ""):
                    return False  # unknown, or verbose: its text is not read as written
                inner = inner[head.end() :]
            needed = bool(inner) and all(needs_digit(b) for b in split_alternatives(inner))
            i = end
        else:
            i += 1
        q = _QUANTIFIER.match(source, i)
        if q is not None:
            i = q.end()
            if q.group()[0] in "?*" or (q.group()[0] == "{" and not int(q.group(1) or 0)):
                needed = False  # may be left out
        if needed:
            return True
    return False


def required_literals(source: str, *, spelled: bool = False) -> frozenset[str] | None:
    """Folded strings one of which every match of ``source`` (one alternative) holds; None if unknown.

    With ``spelled``, a class of a few literal characters ("[ée]", matched once) spells each of them
    into the run: ``f[ée]v`` holds "fev" or "fév" (else the run ends there).

    >>> sorted(required_literals(r"(?:[\\w ]{1,30} )?sponsored by(?: [\\w .&'-]{1,40})?"))
    ['sponsored by']
    >>> sorted(required_literals(r"(?:[\\w'’&+-]{1,20} ){0,4}(?:newsletters?|e-?mail alerts)"))
    ['mail alerts', 'newsletter']
    >>> required_literals(r"[\\w ]{1,40}")
    >>> source = r"\\d (?:jan|f[ée]v)"
    >>> sorted(required_literals(source)), sorted(required_literals(source, spelled=True))
    ([' '], ['fev', 'fév', 'jan'])
    """
    atoms = _atoms(source)
    if atoms is None:
        return None
    found: list[frozenset[str]] = []
    run = {""}
    for kind, text, least, most, _ in atoms:
        if kind == "lit" and least == 1:
            run = {s + text for s in run}
            continue
        simple = _SIMPLE_CLASS.fullmatch(text) if spelled and kind == "other" and least == most == 1 else None
        if simple is not None and len(run) * len(simple.group(1)) <= _MAX_SPELLINGS:
            run = {s + c for s in run for c in simple.group(1)}
            continue
        if run != {""}:
            found.append(frozenset(fold(s) for s in run))
            run = {""}
        if kind == "group" and least >= 1:
            branches = [required_literals(b, spelled=spelled) for b in split_alternatives(text)]
            if all(b for b in branches):
                found.append(frozenset().union(*(b for b in branches if b)))
    if run != {""}:
        found.append(frozenset(fold(s) for s in run))
    return max(found, key=lambda s: min(len(w) for w in s), default=None)


# A necessary condition of a match, as a tree: ("all", parts) and ("any", parts) join their parts;
# ("lit", words) needs one of the folded strings in the folded text; ("digit", ()) needs a ``\\d``.
Gate = tuple[str, tuple["Gate", ...] | frozenset[str]]


def literal_gate(source: str, *, optional: bool = False) -> Gate | None:
    r"""What every match of ``source`` holds, as a tree of literals (and digits) to look for; None if
    nothing is certain.

    With ``optional``, a run of literals also goes on through a group whose branches are literals
    with optional parts (``jan(?:uary|\.)?``: "jan", "january", "jan."), so that ``\ (?:jan(?:uary)?|may)\ ``
    needs " jan ", " january " or " may " rather than " " and "jan" or "may", which "Main Street" holds.

    Unlike ``required_literals``, which keeps one set of a sequence, a sequence needs all of its runs
    and required groups, and a group one of its branches, each branch with all of its parts: a line is
    ruled out (``flat_gate``, ``gate_holds``) when it lacks "pos" or " for" of ``pos(?:es?|ing) for``, though
    ``required_literals`` keeps only " for", which nearly every sentence holds.

    >>> literal_gate(r"\b(?:pose\ for|\d{1,2} ma[i])")
    ('any', (('lit', frozenset({'pose for'})), ('all', (('digit', frozenset()), ('lit', frozenset({' mai'}))))))
    >>> literal_gate(r"x|[\w ]{1,40}")
    >>> flat_gate(literal_gate(r"\ (?:jan(?:uary)?|may)\ \d", optional=True))
    ((True, ((' jan ', ' january ', ' may '),)),)
    """
    branches = split_alternatives(source)
    gates = [_sequence_gate(b, optional) for b in branches]
    if any(g is None for g in gates):
        return None  # a branch with nothing certain: any text may match
    return gates[0] if len(gates) == 1 else ("any", tuple(g for g in gates if g is not None))


def _sequence_gate(source: str, optional: bool = False) -> Gate | None:
    atoms = _atoms(source)
    if atoms is None:
        return None
    parts: list[Gate] = []
    run = {""}
    for kind, text, least, most, _ in atoms:
        if kind == "lit" and least == 1:
            run = {s + text for s in run}
            continue
        simple = _SIMPLE_CLASS.fullmatch(text) if kind == "other" and least == most == 1 else None
        if simple is not None and len(run) * len(simple.group(1)) <= _MAX_SPELLINGS:
            run = {s + c for s in run for c in simple.group(1)}
            continue
        if kind == "zero":
            continue  # "\b", a lookaround: consumes nothing, so the run goes on
        spelled = _literal_branches(text, optional) if kind == "group" and least == most == 1 else None
        if spelled is not None and len(run) * len(spelled) <= _MAX_GATE_SPELLINGS:
            # "(" + "(?:l|left)" + ")": the run goes on through a group of literals: "(l)", "(left)".
            run = {s + b for s in run for b in spelled}
            continue
        if run != {""}:
            parts.append(("lit", frozenset(fold(s) for s in run)))
            run = {""}
        if least < 1:
            continue
        if kind == "group":
            inner = literal_gate(text, optional=optional)
            if inner is not None:
                parts.append(inner)
        elif text == r"\d":
            parts.append(("digit", frozenset()))
    if run != {""}:
        parts.append(("lit", frozenset(fold(s) for s in run)))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


_MAX_GATE_SPELLINGS = 256


def _literal_branches(source: str, optional: bool = False) -> set[str] | None:
    r"""The strings the branches of ``source`` spell when each is only literals; None otherwise.
    With ``optional``, a branch may also hold an optional literal or group of such branches.

    >>> sorted(_literal_branches(r"left|2nd\ r|[ée]t")), _literal_branches("jan(?:uary)?|feb")
    (['2nd r', 'et', 'left', 'ét'], None)
    >>> sorted(_literal_branches(r"jan(?:uary|\.)?|sept?", optional=True))
    ['jan', 'jan.', 'january', 'sep', 'sept']
    """
    found: set[str] = set()
    for branch in split_alternatives(source):
        atoms = _atoms(branch)
        if atoms is None:
            return None
        run = {""}
        for kind, text, least, most, _ in atoms:
            simple = _SIMPLE_CLASS.fullmatch(text) if kind == "other" and least == most == 1 else None
            if kind == "lit" and least == 1:
                run = {s + text for s in run}
            elif simple is not None and len(run) * len(simple.group(1)) <= _MAX_SPELLINGS:
                run = {s + c for s in run for c in simple.group(1)}
            elif optional and kind == "lit" and least == 0 and most == 1 and 2 * len(run) <= _MAX_SPELLINGS:
                run |= {s + text for s in run}  # "t?": with it or without
            elif optional and kind == "group" and least <= 1 and most == 1:
                inner = _literal_branches(text, optional)
                if inner is None:
                    return None
                if least == 0:
                    inner.add("")  # "(?:uary|\.)?": one of its branches, or nothing
                if len(run) * len(inner) > _MAX_SPELLINGS:
                    return None
                run = {s + b for s in run for b in inner}
            elif kind != "zero":
                return None
        found |= run
    return found


# A gate flattened for checking: alternatives, each (whether it needs a digit, the sets of folded
# literals it needs one of each of).
Conjunction = tuple[bool, tuple[tuple[str, ...], ...]]
# Most alternatives a flattened gate keeps; past that a part is left out (a weaker, still necessary gate).
_MAX_CONJUNCTIONS = 256


def flat_gate(gate: Gate) -> tuple[Conjunction, ...]:
    """``gate`` as alternatives of conjunctions (one loop checks them, no recursion per text).

    >>> flat_gate(literal_gate(r"\\b(?:pose\\ for|\\d{1,2} ma[iy])"))
    ((False, (('pose for',),)), (True, ((' mai', ' may'),)))
    """
    kind, parts = gate
    if kind == "lit":
        return ((False, (tuple(sorted(parts)),)),)  # type: ignore[arg-type]
    if kind == "digit":
        return ((True, ()),)
    flats = [flat_gate(p) for p in parts]  # type: ignore[arg-type]
    if kind == "any":
        alts = [c for f in flats for c in f]
        # Alternatives that need one word of one set each are one alternative: any of all their words.
        single = {w for digit, sets in alts if not digit and len(sets) == 1 for w in sets[0]}
        rest = tuple(c for c in alts if c[0] or len(c[1]) != 1)
        return ((False, (tuple(sorted(single)),)), *rest) if single else rest
    out: list[Conjunction] = [(False, ())]
    for f in flats:
        if len(out) * len(f) > _MAX_CONJUNCTIONS:
            continue  # leaving a part out only lets more texts through
        out = [(d1 or d2, s1 + s2) for d1, s1 in out for d2, s2 in f]
    return tuple(out)


def gate_holds(gate: tuple[Conjunction, ...], folded: str, digit: bool) -> bool:
    """Whether ``folded`` (a text's ``fold``; ``digit``: whether the text holds a ``\\d``) meets a
    ``flat_gate``: some alternative finds a digit if it needs one and a word of each of its sets."""
    for needs, sets in gate:
        if needs and not digit:
            continue
        for words in sets:
            for w in words:
                if w in folded:
                    break
            else:
                break  # a set without any of its words in the text: this alternative fails
        else:
            return True
    return False


_Trie = dict[str, "_Trie"]


def literal_pattern(words: Iterable[str]) -> str:
    """The words as one ``re`` alternation shaped as a trie: a failing branch costs one comparison.

    It matches exactly the words (one that ends where a longer one goes on is an optional tail).

    >>> literal_pattern(["pose", "posing", "pos"])
    'pos(?:e|ing)?'
    """
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


#: A set of more words than this is looked for by one ``re`` scan of a trie of its words (``GateCheck``).
SCAN_MIN_WORDS = 8


class GateCheck:
    r"""``gate_holds(gate, folded, digit)`` with each set of more than ``SCAN_MIN_WORDS`` words found by
    one ``re`` search of a trie of them, at C speed, instead of a substring test per word (a search
    finds a match exactly when the text holds one of the words).

    >>> check = GateCheck(flat_gate(literal_gate(r"(?:pos(?:es?|ing)|walk(?:s|ing)?|stand)\ (?:in|on)")))
    >>> check("she walks on the quay", False), check("walking", False)
    (True, False)
    """

    __slots__ = ("_alts",)

    def __init__(self, gate: tuple[Conjunction, ...]) -> None:
        self._alts = tuple((needs, tuple(map(_set_test, sets))) for needs, sets in gate)

    def __call__(self, folded: str, digit: bool) -> bool:
        for needs, tests in self._alts:
            if needs and not digit:
                continue
            for test in tests:
                if test.__class__ is tuple:
                    for w in test:
                        if w in folded:
                            break
                    else:
                        break  # a set without any of its words in the text: this alternative fails
                elif test(folded) is None:  # type: ignore[operator]
                    break
            else:
                return True
        return False


def _set_test(words: tuple[str, ...]) -> tuple[str, ...] | Callable[[str], re.Match[str] | None]:
    """A few words as they are (``in`` each), more as the search of one trie of them."""
    return re.compile(literal_pattern(words)).search if len(words) > SCAN_MIN_WORDS else words


_ASCII_DIGITS = b"0123456789"
_DIGIT = regex.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a character ``\\d`` matches (under any flags: tests/test_speed_gates_markers.py);
    on ASCII text, where that is 0-9, without a regex call."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_DIGITS)) < len(text)
    return _DIGIT.search(text) is not None


# A start item: ("lit", s) says a match begins with the folded string s; ("atom", a) that its first
# character matches the one-character pattern a (a class, an escape such as \d, or ".").
_Start = tuple[str, str]


_SIMPLE_CLASS = regex.compile(r"\[([^\\\]\[^-]{1,8})\]")  # "[àa]": a few literal characters, no ranges
_MAX_SPELLINGS = 16


def _spellings(atoms: list[_Atom], k: int) -> set[str]:
    """The folded strings the atoms from ``k`` on spell for certain, before the first uncertain one.

    Literals extend every spelling; a class of a few literal characters ("[àa]", matched exactly once)
    branches them.
    """
    spelled = {""}
    for kind, text, least, most, _ in atoms[k:]:
        simple = _SIMPLE_CLASS.fullmatch(text) if kind == "other" else None
        if kind == "lit" and least == 1:
            spelled = {s + fold(text) for s in spelled}
        elif simple is not None and least == most == 1 and len(spelled) * len(simple.group(1)) <= _MAX_SPELLINGS:
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
    for k, (kind, text, least, _, scope) in enumerate(atoms):
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
            for begin in inner:
                # A class keeps the flags of its group: "(?-i:[a-z])" begins only a lowercase line.
                items.update((k, f"(?{scope}:{s})" if scope and k == "atom" else s) for k, s in begin or ())
        if least >= 1 and kind != "lit":
            return frozenset(items)
    return None  # every atom is optional: the alternative can match the empty string
