"""Run cases: verify against the golden, update the golden, create a case from a raw scrape.

    >>> from newsclean.testing import find_cases, verify_case, render_result
    >>> results = [verify_case(c) for c in find_cases(["fixtures"])]  # doctest: +SKIP
    >>> print("\\n".join(render_result(r) for r in results if not r.ok))  # doctest: +SKIP

A case passes when its fresh Article equals ``expected.json`` *and* meets the intent of its
``case.toml``. ``xfail = "reason"`` in case.toml expects the intent to be broken (a known cleaner
gap): the case then reports ``xfail``, and ``xpass`` (a failure) once the gap is closed, so the marker
gets removed. A golden that differs fails whether or not the case is marked.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.errors import NewscleanError
from newsclean.testing.case import (
    CASE_FILE,
    Case,
    FixtureError,
    clean_case,
    golden,
    load_case,
    save_expected,
)
from newsclean.testing.compare import Difference, diff_articles
from newsclean.testing.intent import check_intent

if TYPE_CHECKING:
    from newsclean.article import Article
    from newsclean.pipeline import Pipeline

#: Statuses that count as success.
OK_STATUSES = frozenset({"pass", "xfail"})


@dataclass(frozen=True, slots=True)
class CaseResult:
    """The outcome of one case. ``differences`` are golden -> fresh (for update: what was rewritten)."""

    case: Case
    article: Article | None
    differences: tuple[Difference, ...] = ()
    violations: tuple[str, ...] = ()
    missing_golden: bool = False
    updated: bool = False
    error: str | None = None

    @property
    def status(self) -> str:
        """``pass``, ``fail``, ``xfail``, ``xpass``, ``missing`` (no expected.json) or ``error``."""
        if self.error is not None:
            return "error"
        if self.missing_golden:
            return "missing"
        if self.differences and not self.updated:
            return "fail"
        if self.case.xfail is not None:
            return "xfail" if self.violations else "xpass"
        return "fail" if self.violations else "pass"

    @property
    def ok(self) -> bool:
        return self.status in OK_STATUSES

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule named by the differences, in order of first mention."""
        return tuple(dict.fromkeys(r for d in self.differences for r in d.rules))


def input_lines(case: Case) -> list[int] | None:
    """Indices of the input's non-blank lines (blocks, for HTML), as the pipeline numbers them."""
    from newsclean.decode import decode
    from newsclean.document import Document

    data = case.read_input()
    try:
        if case.kind == "html":
            from newsclean.html.extract import html_document

            doc = html_document(data, title=case.given_title, url=case.url)
        else:
            doc = Document.from_text(decode(data).text)
    except (NewscleanError, TypeError, ValueError):
        return None  # the diff then traces lines by their text instead
    return [line.index for line in doc.lines]


def _run(case: Case, pipeline: Pipeline | None, *, update: bool) -> CaseResult:
    try:
        expected = case.load_expected()
        article = clean_case(case, pipeline)
    except NewscleanError as exc:
        return CaseResult(case, None, error=f"{type(exc).__name__}: {exc}")
    actual = golden(article)
    violations = tuple(check_intent(case.intent, article))
    differences: tuple[Difference, ...] = ()
    if expected is not None and expected != actual:  # line tracing re-reads the input: only for a diff
        differences = tuple(diff_articles(expected, actual, input_lines(case)))
    if update:
        written = save_expected(case, actual)
        return CaseResult(case, article, differences, violations, updated=written)
    return CaseResult(case, article, differences, violations, missing_golden=expected is None)


def verify_case(case: Case, pipeline: Pipeline | None = None) -> CaseResult:
    """Clean the case's input and compare it with its golden and its intent; writes nothing."""
    return _run(case, pipeline, update=False)


def update_case(case: Case, pipeline: Pipeline | None = None) -> CaseResult:
    """Rewrite ``expected.json`` from a fresh clean. The intent in case.toml is still checked."""
    return _run(case, pipeline, update=True)


def _toml_str(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def new_case(
    folder: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    url: str | None = None,
    title: str | None = None,
    pipeline: Pipeline | None = None,
) -> CaseResult:
    """Create a case folder from a raw scrape: input file, a case.toml to fill in, and the golden."""
    from newsclean.api import looks_like_html

    target = Path(folder)
    if target.exists() and any(target.iterdir()):
        raise FixtureError(f"{target}: already exists and is not empty; pick a new folder name")
    data = Path(source).read_bytes()
    is_html = Path(source).suffix.lower() in {".html", ".htm"} or looks_like_html(data)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target / ("input.html" if is_html else "input.txt"))
    lines = [
        "# A newsclean fixture case: see fixtures/README.md in the newsclean repository.",
        f"label = {_toml_str(target.name)}",
    ]
    if url:
        lines.append(f"url = {_toml_str(url)}")
    if title:
        lines.append(f"given_title = {_toml_str(title)}")
    lines += [
        'comment = ""',
        "",
        "# What a correct cleaner must do. `newsclean fixtures update` never changes these.",
        "# [body]",
        "# must_contain = []",
        "# must_not_contain = []",
        "# [captions]",
        "# must_contain = []",
        "",
    ]
    (target / CASE_FILE).write_text("\n".join(lines), encoding="utf-8")
    return update_case(load_case(target), pipeline)


_HEADINGS = {
    "pass": "ok",
    "fail": "FAIL",
    "xfail": "xfail",
    "xpass": "XPASS",
    "missing": "MISSING",
    "error": "ERROR",
}


def _render_golden(result: CaseResult) -> list[str]:
    if not result.differences:
        return ["  golden written"] if result.updated else []
    fields = ", ".join(dict.fromkeys(d.field for d in result.differences))
    verb = "golden rewritten, changes in" if result.updated else "golden differs in"
    out = [f"  {verb}: {fields}"]
    for d in result.differences:
        out.append(f"    {d.field}: " + d.message.replace("\n", "\n" + " " * (len(d.field) + 6)))
    if result.rules:
        out.append(f"  rules involved: {', '.join(result.rules)}")
    return out


def _render_intent(result: CaseResult) -> list[str]:
    xfail = result.case.xfail
    if not result.violations:
        if result.status == "xpass":
            return [f"  intent now met although case.toml says xfail = {xfail!r}: remove the xfail line"]
        return []
    label = "intent broken (case.toml; update cannot fix this)"
    if xfail is not None:
        label = f"intent broken, as expected: xfail = {xfail!r}"
    return [f"  {label}:", *(f"    {v}" for v in result.violations)]


def render_result(result: CaseResult, *, verbose: bool = False) -> str:
    """A readable report of one case: status, per-field differences with their rules, broken intent."""
    case = result.case
    status = result.status
    head = f"{_HEADINGS[status]} {case.name} ({case.path})"
    if status == "error":
        return f"{head}\n  {result.error}"
    if status == "xfail" and not verbose and not result.updated:
        return f"{head}: {case.xfail}"
    out: list[str] = []
    if status == "missing":
        out.append("  no expected.json yet: run `newsclean fixtures update` (or pytest --newsclean-update) to write it")
    out += _render_golden(result) + _render_intent(result)
    return "\n".join([head, *out])


def summary(results: list[CaseResult]) -> str:
    """One line: counts per status, e.g. ``31 cases: 28 pass, 3 xfail``."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    parts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    return f"{len(results)} case(s): {parts}"


def as_json(result: CaseResult) -> dict[str, Any]:
    """A machine-readable result (for CI annotations)."""
    return {
        "case": result.case.name,
        "path": str(result.case.path),
        "status": result.status,
        "differences": [{"field": d.field, "message": d.message, "rules": list(d.rules)} for d in result.differences],
        "violations": list(result.violations),
        "error": result.error,
    }


def load_pipeline(spec: str) -> Pipeline:
    """Import ``"package.module:NAME"``, a :class:`Pipeline` or a sequence of cleaners, for custom pipelines."""
    import importlib

    from newsclean.pipeline import Pipeline, coerce_pipeline

    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise FixtureError(f"pipeline {spec!r}: write it as 'package.module:NAME'")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise FixtureError(f"pipeline {spec!r} cannot be imported: {exc}") from exc
    if isinstance(obj, Pipeline):
        return obj
    if isinstance(obj, list | tuple):
        return coerce_pipeline(obj)
    raise FixtureError(f"pipeline {spec!r} is a {type(obj).__name__}, not a Pipeline or a sequence of cleaners")
