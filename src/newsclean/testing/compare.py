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

from newsclean.testing.trace import Record, Side, describe_fix, fix_key, inline_diff, short

_KNOWN = ("title", "body", "captions", "credits", "removed", "fixes", "findings", "metadata")


@dataclass(frozen=True, slots=True)
class Difference:
    """One change between the golden and the fresh Article."""

    field: str
    message: str
    rules: tuple[str, ...] = ()


def _diff_title(exp: Side, act: Side) -> list[Difference]:
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


def _changed_paragraph(pair: tuple[int, int], old: str, new: str, exp: Side, act: Side) -> Difference:
    i, j = pair
    lines = act.lines_of(j) or exp.lines_of(i)
    where = f" (input line {', '.join(map(str, lines))})" if lines else ""
    msg = [f"paragraph {j + 1} changed{where}: {inline_diff(old, new)}"]
    old_fixes = {fix_key(f): f for f in exp.fixes_on(lines)}
    new_fixes = {fix_key(f): f for f in act.fixes_on(lines)}
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


def _same_paragraph(i: int, j: int, exp: Side, act: Side) -> bool:
    old_lines, new_lines = exp.lines_of(i), act.lines_of(j)
    if old_lines and new_lines:
        return bool(set(old_lines) & set(new_lines))
    a, b = exp.data["body"][i].split(), act.data["body"][j].split()
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _SIMILAR


def _pairs(olds: range, news: range, exp: Side, act: Side) -> list[tuple[int, int]]:
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


def _diff_body(exp: Side, act: Side) -> list[Difference]:
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


def _diff_records(name: str, exp: Side, act: Side, finding: str | None) -> list[Difference]:
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


def _diff_credits(exp: Side, act: Side) -> list[Difference]:
    old, new = list(exp.data.get("credits", [])), list(act.data.get("credits", []))
    out: list[Difference] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        out.extend(Difference("credits", f"- {short(c)} vanished") for c in old[i1:i2])
        out.extend(Difference("credits", f"+ {short(c)} appeared") for c in new[j1:j2])
    return out


def _diff_fixes(exp: Side, act: Side) -> list[Difference]:
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
    exp, act = Side(expected, input_lines), Side(actual, input_lines)
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
