"""pytest plugin: every newsclean fixture case becomes a test item named after its folder.

Registered through the ``pytest11`` entry point, so installing newsclean is enough. A project turns it
on in its pytest config (or with ``--newsclean-fixtures DIR``)::

    [tool.pytest.ini_options]
    newsclean_fixtures = ["fixtures"]             # folders of cases, relative to the config file
    newsclean_pipeline = "myscraper.clean:PIPELINE"   # optional: a custom Pipeline

``pytest`` then runs each case (``fixtures/<case>/input.txt::<case>``) and prints the same per-field
diff as ``newsclean fixtures verify`` when one fails; ``pytest --newsclean-update`` rewrites the
goldens (hand-written intent in case.toml still has to hold). Without that configuration every hook
returns at its first line and no case is collected. ``-p no:newsclean`` switches the plugin off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from newsclean.pipeline import Pipeline

_INPUT_NAMES = frozenset({"input.txt", "input.html"})
_ROOTS = pytest.StashKey[list[Path]]()
_UPDATED = pytest.StashKey[list[str]]()
_PIPELINE = pytest.StashKey["Pipeline | None"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsclean", "newsclean golden fixtures")
    group.addoption(
        "--newsclean-fixtures",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of newsclean fixture cases to run as tests (repeatable)",
    )
    group.addoption(
        "--newsclean-update",
        action="store_true",
        help="rewrite the expected.json of every newsclean case run (case.toml intent is still checked)",
    )
    parser.addini("newsclean_fixtures", type="paths", default=[], help="folders of newsclean fixture cases")
    parser.addini("newsclean_pipeline", default="", help="'package.module:NAME' of the Pipeline cases run with")


def pytest_configure(config: pytest.Config) -> None:
    base = config.invocation_params.dir
    roots = [Path(p).resolve() for p in config.getini("newsclean_fixtures")]
    roots += [(base / p).resolve() for p in config.getoption("newsclean_fixtures")]
    # A misspelt folder must not turn into a green run that checked nothing.
    missing = [str(root) for root in roots if not root.is_dir()]
    if missing:
        where = "newsclean_fixtures / --newsclean-fixtures"
        raise pytest.UsageError(f"newsclean fixtures: no such folder {', '.join(missing)} ({where})")
    config.stash[_ROOTS] = list(dict.fromkeys(roots))
    config.stash[_UPDATED] = []


def _under(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Cases inside a path pytest walks anyway (``pytest fixtures/``, or fixtures in testpaths)."""
    if file_path.name not in _INPUT_NAMES:
        return None
    roots = parent.config.stash.get(_ROOTS, [])
    if not roots or not _under(file_path, roots):
        return None
    return CaseFile.from_parent(parent, path=file_path)


def _walked(config: pytest.Config) -> list[Path]:
    base = config.invocation_params.dir
    return [(base / arg.split("::")[0]).resolve() for arg in config.args]


@pytest.hookimpl(tryfirst=True)  # before -k / -m deselection, so those apply to cases too
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Cases in configured folders pytest does not walk (e.g. ``testpaths = ["tests"]``)."""
    roots = config.stash.get(_ROOTS, [])
    if not roots:
        return
    if config.args_source == pytest.Config.ArgsSource.ARGS:
        # The user named what to run: add only folders named on the command line too.
        base = config.invocation_params.dir
        roots = [r for r in roots if r in {(base / p).resolve() for p in config.getoption("newsclean_fixtures")}]
    walked = _walked(config)
    for root in roots:
        if _under(root, walked):
            continue
        for path in sorted(p for name in _INPUT_NAMES for p in root.rglob(name)):
            items.extend(CaseFile.from_parent(session, path=path).collect())


class CaseFile(pytest.File):
    """The input file of one case; it yields one item named after the case folder."""

    def collect(self) -> Iterator[pytest.Item]:
        yield CaseItem.from_parent(self, name=self.path.parent.name)


class CaseFailed(Exception):
    """A case's golden differs or its intent is broken; the message is the rendered diff."""


def _pipeline(config: pytest.Config) -> Pipeline | None:
    if _PIPELINE not in config.stash:
        from newsclean.testing.run import load_pipeline

        spec = str(config.getini("newsclean_pipeline") or "")
        config.stash[_PIPELINE] = load_pipeline(spec) if spec else None
    return config.stash[_PIPELINE]


class CaseItem(pytest.Item):
    """One fixture case: clean its input, compare with expected.json, check case.toml's intent."""

    def runtest(self) -> None:
        from newsclean.testing.case import load_case
        from newsclean.testing.run import render_result, update_case, verify_case

        case = load_case(self.path.parent)
        pipeline = _pipeline(self.config)
        if self.config.getoption("newsclean_update"):
            result = update_case(case, pipeline)
            if result.updated:
                self.config.stash[_UPDATED].append(case.name)
                self.add_report_section("call", "newsclean update", render_result(result))
        else:
            result = verify_case(case, pipeline)
        if result.status == "xfail":
            pytest.xfail(case.xfail or "")
        if not result.ok:
            raise CaseFailed(render_result(result))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        from newsclean.testing.case import FixtureError

        if isinstance(excinfo.value, CaseFailed | FixtureError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"newsclean case {self.name}"


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    updated = config.stash.get(_UPDATED, [])
    if updated:
        terminalreporter.write_line(f"newsclean: rewrote {len(updated)} golden(s): {', '.join(updated)}")
