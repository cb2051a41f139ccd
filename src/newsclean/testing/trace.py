"""Where a line of the input is in an Article dict, and short renderings of text and fixes for diffs.

An Article records the input line of every removal, finding and fix, but not of its body paragraphs;
:func:`paragraph_lines` recovers those from the lines nobody claimed, so a diff can say that body
paragraph 3 *is* input line 2 and which rule moved a line in or out of the body::

    >>> paragraph_lines({"body": ["A.", "B"], "removed": [{"line": 1}], "findings": [], "fixes": []}, [0, 1, 2])
    [(0,), (2,)]
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

Record = dict[str, Any]
_EXCERPT = 72
_CONTEXT_WORDS = 5


def short(text: object, limit: int = _EXCERPT) -> str:
    """A quoted one-line excerpt of ``text`` for diff messages."""
    if text is None:
        return "None"
    s = str(text)
    return repr(s if len(s) <= limit else s[: limit - 1] + "…")


def inline_diff(old: str, new: str) -> str:
    """Changed words marked ``[-old-]{+new+}``, with a few words of context around each change."""
    a, b = old.split(" "), new.split(" ")
    out: list[str] = []
    last = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start = max(last, i1 - _CONTEXT_WORDS)
        if start > last or (start == 0 and last == 0 and i1 > 0):
            out.append("…" if start > 0 else "")
        out.extend(a[start:i1])
        piece = ""
        if i2 > i1:
            piece += "[-" + " ".join(a[i1:i2]) + "-]"
        if j2 > j1:
            piece += "{+" + " ".join(b[j1:j2]) + "+}"
        out.append(piece)
        last = i2
        out.extend(a[i2 : min(len(a), i2 + _CONTEXT_WORDS)])
        last = min(len(a), i2 + _CONTEXT_WORDS)
    if last < len(a):
        out.append("…")
    return " ".join(w for w in out if w)


def paragraph_lines(article: Mapping[str, Any], input_lines: Sequence[int]) -> list[tuple[int, ...]] | None:
    """Input line numbers of each body paragraph, or None when they cannot be told apart.

    Body lines are the input's lines that no removal or finding claims; a join fix (``start == -1``)
    continues the previous paragraph.
    """
    claimed = {r.get("line") for r in article.get("removed", [])}
    claimed |= {f.get("line") for f in article.get("findings", [])}
    joins = {f.get("line") for f in article.get("fixes", []) if f.get("start") == -1}
    groups: list[list[int]] = []
    for line in input_lines:
        if line in claimed:
            continue
        if line in joins and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    if len(groups) != len(article.get("body", [])):
        return None
    return [tuple(g) for g in groups]


def fix_key(f: Record) -> tuple[Any, ...]:
    return (f.get("rule"), f.get("before"), f.get("after"), f.get("line"), f.get("start"))


def describe_fix(f: Record) -> str:
    if f.get("start") == -1:
        where = "joined to the line before"
    else:
        where = f"{short(f.get('before'), 30)} -> {short(f.get('after'), 30)}"
    reason = f" ({f['reason']})" if f.get("reason") else ""
    return f"{f.get('rule')}: {where} at line {f.get('line')}{reason}"


class Side:
    """One Article dict with lookups by input line."""

    def __init__(self, data: Mapping[str, Any], input_lines: Sequence[int] | None) -> None:
        self.data = data
        self.paragraphs = paragraph_lines(data, input_lines) if input_lines is not None else None
        self.removed = {r.get("line"): r for r in data.get("removed", []) if r.get("line") is not None}
        self.findings = {
            (f.get("field"), f.get("line")): f for f in data.get("findings", []) if f.get("line") is not None
        }

    def lines_of(self, paragraph: int) -> tuple[int, ...]:
        if self.paragraphs is None or paragraph >= len(self.paragraphs):
            return ()
        return self.paragraphs[paragraph]

    def fixes_on(self, lines: Sequence[int]) -> list[Record]:
        return [f for f in self.data.get("fixes", []) if f.get("line") in lines]

    def where(self, lines: Sequence[int], text: str) -> tuple[str, tuple[str, ...]]:
        """Where these input lines (or this text) are on this side, and the rule that put them there."""
        for line in lines:
            if line in self.removed:
                r = self.removed[line]
                return f"removed by {r.get('rule')} as {r.get('kind')} ({r.get('reason')})", (str(r.get("rule")),)
            for fld in ("title", "caption", "credit"):
                if (fld, line) in self.findings:
                    f = self.findings[(fld, line)]
                    return f"the {fld}, by {f.get('rule')} ({f.get('reason')})", (str(f.get("rule")),)
            if self.paragraphs is not None:
                for i, group in enumerate(self.paragraphs):
                    if line in group:
                        return f"body paragraph {i + 1}", ()
        return self._where_text(text.strip())

    def _where_text(self, needle: str) -> tuple[str, tuple[str, ...]]:
        # No line numbers to go by (HTML captions, a hand-edited golden): match the text instead.
        if not needle:
            return "nowhere it can be traced", ()
        for i, para in enumerate(self.data.get("body", [])):
            if needle in para:
                return f"in body paragraph {i + 1}", ()
        for r in self.data.get("removed", []):
            if needle in str(r.get("text")):
                return f"removed by {r.get('rule')} as {r.get('kind')} ({r.get('reason')})", (str(r.get("rule")),)
        for f in self.data.get("findings", []):
            if needle in str(f.get("text")):
                return f"the {f.get('field')}, by {f.get('rule')} ({f.get('reason')})", (str(f.get("rule")),)
        return "nowhere it can be traced", ()


