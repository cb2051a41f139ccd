"""Compare a golden Article with a fresh one, field by field, naming the rules involved.

Works on the dicts that ``Article.to_dict()`` gives (what ``expected.json`` stores), so a golden
written by an older newsclean still loads. Each :class:`Difference` says which field changed, how,
and which rules (``removed[].rule``, ``findings[].rule``, ``fixes[].rule``) account for it::

    body: paragraph 3 changed (input line 2): ...and Huawei[-,-]{+.+}
          fix_punctuation: + ',' -> '.' at line 2 (end-of-paragraph comma)
    captions: - 'A technician inspects ...' (split_captions) is now body paragraph 8

``diff_articles`` returns an empty list exactly when the two dicts are equal.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]
_EXCERPT = 72
_CONTEXT_WORDS = 5
_KNOWN = ("title", "body", "captions", "credits", "removed", "fixes", "findings", "metadata")


@dataclass(frozen=True, slots=True)
class Difference:
    """One change between the golden and the fresh Article."""

    field: str
    message: str
    rules: tuple[str, ...] = ()


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


def _fix_key(f: Record) -> tuple[Any, ...]:
    return (f.get("rule"), f.get("before"), f.get("after"), f.get("line"), f.get("start"))


def describe_fix(f: Record) -> str:
    if f.get("start") == -1:
        where = "joined to the line before"
    else:
        where = f"{short(f.get('before'), 30)} -> {short(f.get('after'), 30)}"
    reason = f" ({f['reason']})" if f.get("reason") else ""
    return f"{f.get('rule')}: {where} at line {f.get('line')}{reason}"


class _Side:
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


def _diff_title(exp: _Side, act: _Side) -> list[Difference]:
    old, new = exp.data.get("title"), act.data.get("title")
    if old == new:
        return []
    rules = []
    notes = []
    for label, side in (("golden", exp), ("now", act)):
        f = next((f for f in side.data.get("findings", []) if f.get("field") == "title"), None)
        if f is not None:
            rules.append(str(f.get("rule")))
            notes.append(f"{label} by {f.get('rule')} ({f.get('reason')})")
    message = f"{short(old)} -> {short(new)}" + "".join(f"; {n}" for n in notes)
    return [Difference("title", message, tuple(rules))]


def _changed_paragraph(pair: tuple[int, int], old: str, new: str, exp: _Side, act: _Side) -> Difference:
    i, j = pair
    lines = act.lines_of(j) or exp.lines_of(i)
    where = f" (input line {', '.join(map(str, lines))})" if lines else ""
    msg = [f"paragraph {j + 1} changed{where}: {inline_diff(old, new)}"]
    old_fixes = {_fix_key(f): f for f in exp.fixes_on(lines)}
    new_fixes = {_fix_key(f): f for f in act.fixes_on(lines)}
    rules: list[str] = []
    for key, f in new_fixes.items():
        mark = "=" if key in old_fixes else "+"
        msg.append(f"    {mark} {describe_fix(f)}")
        rules.append(str(f.get("rule")))
    for key, f in old_fixes.items():
        if key not in new_fixes:
            msg.append(f"    - {describe_fix(f)}")
            rules.append(str(f.get("rule")))
    if old_fixes.keys() == new_fixes.keys():
        msg.append(
            "    no fix record on these lines differs: the golden was edited by hand, "
            "or a rule changed the text without recording a Fix"
        )
    return Difference("body", "\n".join(msg), tuple(dict.fromkeys(rules)))


_SIMILAR = 0.6
_MAX_FUZZY_PAIRS = 400


def _same_paragraph(i: int, j: int, exp: _Side, act: _Side) -> bool:
    old_lines, new_lines = exp.lines_of(i), act.lines_of(j)
    if old_lines and new_lines:
        return bool(set(old_lines) & set(new_lines))
    a, b = exp.data["body"][i].split(), act.data["body"][j].split()
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _SIMILAR


def _pairs(olds: range, news: range, exp: _Side, act: _Side) -> list[tuple[int, int]]:
    """Old and new paragraphs that are the same paragraph edited (same input lines, else similar words)."""
    fuzzy = exp.paragraphs is None or act.paragraphs is None
    if fuzzy and len(olds) * len(news) > _MAX_FUZZY_PAIRS:  # a huge rewrite: pair by position, stay cheap
        return list(zip(olds, news, strict=False)) if len(olds) == len(news) else []
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i in olds:
        j = next((j for j in news if j not in used and _same_paragraph(i, j, exp, act)), None)
        if j is not None:
            pairs.append((i, j))
            used.add(j)
    return pairs


def _diff_body(exp: _Side, act: _Side) -> list[Difference]:
    a, b = exp.data.get("body", []), act.data.get("body", [])
    out: list[Difference] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        pairs = _pairs(range(i1, i2), range(j1, j2), exp, act)
        out.extend(_changed_paragraph((i, j), a[i], b[j], exp, act) for i, j in pairs)
        paired_old, paired_new = {i for i, _ in pairs}, {j for _, j in pairs}
        for i in range(i1, i2):
            if i not in paired_old:
                where, rules = act.where(exp.lines_of(i), a[i])
                out.append(Difference("body", f"- paragraph {i + 1} {short(a[i])} left the body: now {where}", rules))
        for j in range(j1, j2):
            if j not in paired_new:
                where, rules = exp.where(act.lines_of(j), b[j])
                message = f"+ paragraph {j + 1} {short(b[j])} entered the body: in the golden it was {where}"
                out.append(Difference("body", message, rules))
    return out


def _keyed(items: Sequence[Record], fields: Sequence[str]) -> dict[tuple[Any, ...], Record]:
    keyed: dict[tuple[Any, ...], Record] = {}
    for item in items:
        # The n-th item with the same key: duplicates (two identical ad labels) pair up in order.
        n = 0
        while (key := tuple([*(item.get(f) for f in fields), n])) in keyed:
            n += 1
        keyed[key] = item
    return keyed


def _change(old: object, new: object) -> str:
    if isinstance(old, str) and isinstance(new, str):
        return inline_diff(old, new)  # long reasons differ in a word or a score: show just that
    return f"{short(old, 40)} -> {short(new, 40)}"


def _changes(old: Record, new: Record) -> str:
    return ", ".join(f"{k}: {_change(old.get(k), v)}" for k, v in new.items() if old.get(k) != v)


def _lines(item: Record) -> list[int]:
    return [item["line"]] if item.get("line") is not None else []


def _diff_records(name: str, exp: _Side, act: _Side, finding: str | None) -> list[Difference]:
    """Appeared, vanished and changed items of a list field, keyed by line (or text when lineless)."""
    old = _keyed(exp.data.get(name, []), ("line", "text"))
    new = _keyed(act.data.get(name, []), ("line", "text"))
    out: list[Difference] = []
    for key, item in new.items():
        if key in old:
            if old[key] != item:
                message = f"~ {short(item.get('text'))}: {_changes(old[key], item)}"
                out.append(Difference(name, message, _rules_of(item, old[key])))
            continue
        src = act.findings.get((finding, item.get("line"))) if finding else item
        by = f" by {src.get('rule')} ({src.get('reason')})" if src and src.get("rule") else ""
        was, was_rules = exp.where(_lines(item), str(item.get("text", "")))
        message = f"+ {_describe(item)}{by}; in the golden it was {was}"
        out.append(Difference(name, message, (*_rules_of(src or {}), *was_rules)))
    for key, item in old.items():
        if key in new:
            continue
        src = exp.findings.get((finding, item.get("line"))) if finding else item
        by = f" (golden: by {src.get('rule')})" if src and src.get("rule") else ""
        now, now_rules = act.where(_lines(item), str(item.get("text", "")))
        out.append(Difference(name, f"- {_describe(item)}{by}; now {now}", (*_rules_of(src or {}), *now_rules)))
    return out


def _describe(item: Record) -> str:
    line = f"line {item['line']} " if item.get("line") is not None else ""
    extra = f" [{item['kind']}]" if "kind" in item else ""
    credit = f" credit {short(item['credit'], 40)}" if item.get("credit") else ""
    return f"{line}{short(item.get('text'))}{extra}{credit}"


def _rules_of(*items: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(i["rule"]) for i in items if i.get("rule")))


def _diff_credits(exp: _Side, act: _Side) -> list[Difference]:
    old, new = list(exp.data.get("credits", [])), list(act.data.get("credits", []))
    out: list[Difference] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        out.extend(Difference("credits", f"- {short(c)} vanished") for c in old[i1:i2])
        out.extend(Difference("credits", f"+ {short(c)} appeared") for c in new[j1:j2])
    return out


def _diff_fixes(exp: _Side, act: _Side) -> list[Difference]:
    old = _keyed(exp.data.get("fixes", []), ("rule", "before", "after", "line", "start"))
    new = _keyed(act.data.get("fixes", []), ("rule", "before", "after", "line", "start"))
    out = [Difference("fixes", f"+ {describe_fix(f)}", _rules_of(f)) for k, f in new.items() if k not in old]
    out += [Difference("fixes", f"- {describe_fix(f)}", _rules_of(f)) for k, f in old.items() if k not in new]
    for k, f in new.items():
        if k in old and old[k] != f:
            message = f"~ {describe_fix(f)}: reason was {short(old[k].get('reason'))}"
            out.append(Difference("fixes", message, _rules_of(f)))
    return out


def _diff_findings(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[Difference]:
    """Findings on both sides whose rule or reason changed (appearing ones show under their field)."""
    old = _keyed(expected.get("findings", []), ("field", "line", "text"))
    out: list[Difference] = []
    for key, f in _keyed(actual.get("findings", []), ("field", "line", "text")).items():
        if key in old and old[key] != f:
            message = f"~ {f.get('field')} {short(f.get('text'))}: {_changes(old[key], f)}"
            out.append(Difference("findings", message, _rules_of(f, old[key])))
    return out


def _diff_mapping(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Difference]:
    keys = list(dict.fromkeys([*old, *new]))
    return [
        Difference(name, f"{k}: {short(old.get(k))} -> {short(new.get(k))}") for k in keys if old.get(k) != new.get(k)
    ]


def diff_articles(
    expected: Mapping[str, Any], actual: Mapping[str, Any], input_lines: Sequence[int] | None = None
) -> list[Difference]:
    """Field-by-field differences from ``expected`` to ``actual`` (empty when they are equal).

    ``input_lines``, the indices of the input's non-blank lines, lets the diff say which input line a
    changed paragraph came from and which rule took it out of (or let it into) the body.
    """
    if expected == actual:
        return []
    exp, act = _Side(expected, input_lines), _Side(actual, input_lines)
    out = _diff_title(exp, act) + _diff_body(exp, act)
    out += _diff_records("captions", exp, act, "caption")
    out += _diff_credits(exp, act)
    out += _diff_records("removed", exp, act, None)
    out += _diff_fixes(exp, act)
    out += _diff_findings(expected, actual)
    out += _diff_mapping("metadata", expected.get("metadata") or {}, actual.get("metadata") or {})
    other = {k: v for k, v in expected.items() if k not in _KNOWN}
    out += _diff_mapping("article", other, {k: v for k, v in actual.items() if k not in _KNOWN})
    if not out:  # equal field by field yet unequal: show the raw JSON so nothing hides
        a = json.dumps(expected, indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        b = json.dumps(actual, indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        out.append(Difference("article", "\n".join(difflib.unified_diff(a, b, "expected.json", "now", lineterm=""))))
    return out
