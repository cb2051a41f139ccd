"""Fixture cases: one folder per scraped page, with its intent and its golden Article.

A case folder holds ``input.txt`` or ``input.html`` (the bytes as fetched), an optional
``case.toml`` (label, url, given title, comment, ``xfail`` and hand-written intent) and
``expected.json`` (the golden: the Article as ``to_dict()`` gives it, minus volatile fields).
The format is described in ``fixtures/README.md``.

    fixtures/en-ap-caption-credit-in-parentheses/
        input.txt        the scrape, byte for byte
        case.toml        label, url, given_title, comment, xfail; [body] must_contain = [...] ...
        expected.json    written by `newsclean fixtures update`, reviewed in the pull request
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.errors import NewscleanError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,no-redef,unused-ignore]

if TYPE_CHECKING:
    from newsclean.article import Article
    from newsclean.pipeline import Pipeline

INPUT_NAMES = ("input.txt", "input.html")
CASE_FILE = "case.toml"
EXPECTED_FILE = "expected.json"
#: Article fields a case.toml may state intent for, each as a ``[field]`` table.
INTENT_FIELDS = ("title", "body", "captions", "credits", "removed")
_TOP_KEYS = frozenset({"label", "url", "given_title", "comment", "xfail", *INTENT_FIELDS})
_INTENT_KEYS = frozenset({"must_contain", "must_not_contain", "count"})
#: Keys that change from run to run or release to release; never stored in a golden.
VOLATILE_KEYS = frozenset({"timings", "elapsed", "version", "newsclean_version", "cleaned_at"})


class FixtureError(NewscleanError, ValueError):
    """A fixture folder or its case.toml is malformed; the message names the file and what to fix."""


@dataclass(frozen=True, slots=True)
class Intent:
    """Hand-written expectations for one field; regenerating the golden never changes them."""

    must_contain: tuple[str, ...] = ()
    must_not_contain: tuple[str, ...] = ()
    count: int | None = None  # paragraphs, captions, credits or removals; None: not checked


@dataclass(frozen=True, slots=True)
class Case:
    """One fixture: where its files are and what its case.toml says."""

    path: Path
    input_path: Path
    label: str = ""
    url: str | None = None
    given_title: str | None = None
    comment: str = ""
    xfail: str | None = None
    intent: Mapping[str, Intent] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def kind(self) -> str:
        """``"html"`` or ``"text"``, from the input file's name."""
        return "html" if self.input_path.suffix == ".html" else "text"

    @property
    def expected_path(self) -> Path:
        return self.path / EXPECTED_FILE

    def read_input(self) -> bytes:
        return self.input_path.read_bytes()

    def load_expected(self) -> dict[str, Any] | None:
        """The golden as stored, or None when the case has no expected.json yet."""
        try:
            text = self.expected_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FixtureError(f"{self.expected_path}: not valid JSON ({exc}); regenerate it with update") from exc
        if not isinstance(data, dict):
            raise FixtureError(f"{self.expected_path}: expected a JSON object; regenerate it with update")
        return data


def _strings(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise FixtureError(f"{where}: expected a string or a list of strings")


def _intent(table: object, where: str) -> Intent:
    if not isinstance(table, dict):
        raise FixtureError(f"{where}: expected a table such as [body] with must_contain = [...]")
    unknown = set(table) - _INTENT_KEYS
    if unknown:
        raise FixtureError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_INTENT_KEYS)}")
    count = table.get("count")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 0):
        raise FixtureError(f"{where}.count: expected a whole number")
    return Intent(
        _strings(table.get("must_contain", []), f"{where}.must_contain"),
        _strings(table.get("must_not_contain", []), f"{where}.must_not_contain"),
        count,
    )


def _optional_str(data: dict[str, Any], key: str, where: Path) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FixtureError(f"{where}: {key} must be a string")
    return value


def load_case(path: str | os.PathLike[str]) -> Case:
    """Read one case folder. Raises :class:`FixtureError` when it has no input or a bad case.toml."""
    folder = Path(path)
    inputs = [folder / name for name in INPUT_NAMES if (folder / name).is_file()]
    if len(inputs) != 1:
        found = "both input.txt and input.html" if inputs else "no input.txt or input.html"
        raise FixtureError(f"{folder}: a case folder needs exactly one input file, found {found}")
    toml_path = folder / CASE_FILE
    data: dict[str, Any] = {}
    if toml_path.is_file():
        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise FixtureError(f"{toml_path}: {exc}") from exc
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise FixtureError(f"{toml_path}: unknown keys {sorted(unknown)}; allowed: {sorted(_TOP_KEYS)}")
    intent = {name: _intent(data[name], f"{toml_path} [{name}]") for name in INTENT_FIELDS if name in data}
    return Case(
        path=folder,
        input_path=inputs[0],
        label=_optional_str(data, "label", toml_path) or "",
        url=_optional_str(data, "url", toml_path),
        given_title=_optional_str(data, "given_title", toml_path),
        comment=_optional_str(data, "comment", toml_path) or "",
        xfail=_optional_str(data, "xfail", toml_path),
        intent=intent,
    )


def is_case_dir(path: Path) -> bool:
    return any((path / name).is_file() for name in INPUT_NAMES)


def find_cases(paths: Iterable[str | os.PathLike[str]]) -> list[Case]:
    """Every case in ``paths``: a path is one case folder, or a folder searched for case folders."""
    cases: list[Case] = []
    seen: set[Path] = set()
    for raw in paths:
        root = Path(raw)
        if not root.is_dir():
            raise FixtureError(f"{root}: not a folder; pass a case folder or a folder of cases")
        found = [root] if is_case_dir(root) else sorted({p.parent for name in INPUT_NAMES for p in root.rglob(name)})
        if not found:
            raise FixtureError(f"{root}: no case folders (folders holding input.txt or input.html) found")
        for folder in found:
            if folder.resolve() not in seen:  # "fixtures/ fixtures/a-case" runs a-case once
                seen.add(folder.resolve())
                cases.append(load_case(folder))
    return cases


def clean_case(case: Case, pipeline: Pipeline | None = None) -> Article:
    """Clean the case's input exactly as a user's code would: HTML or text by the input's name."""
    from newsclean.api import clean_html, clean_text

    data = case.read_input()
    if case.kind == "html":
        return clean_html(data, title=case.given_title, url=case.url, pipeline=pipeline)
    return clean_text(data, title=case.given_title, url=case.url, pipeline=pipeline)


def golden(article: Article) -> dict[str, Any]:
    """The Article as stored in expected.json: ``to_dict()`` without volatile keys, JSON types only."""
    data = article.to_dict()
    for key in VOLATILE_KEYS:
        data.pop(key, None)
        if isinstance(data.get("metadata"), dict):
            data["metadata"].pop(key, None)
    loaded: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    return loaded


def dump_golden(data: Mapping[str, Any]) -> str:
    """Indented, in the Article's own key order, one item per line: diffs in review stay small."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def save_expected(case: Case, data: Mapping[str, Any]) -> bool:
    """Write the golden; returns False when the file already held exactly this text."""
    text = dump_golden(data)
    path = case.expected_path
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True
