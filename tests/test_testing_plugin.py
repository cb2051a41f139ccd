"""The pytest plugin, run in fresh scratch projects: in process with ``pytester``, and once in a new
interpreter (this venv's python, where newsclean and its ``pytest11`` entry point are installed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsclean.testing import load_case, update_case

pytest_plugins = ["pytester"]

SCRAPE = """Ferry operator adds night crossings
The island ferry operator will run crossings through the night from June, after record passenger numbers last summer.
- Advertisement -
Two of its four ships will run the night timetable, with departures every three hours.
"""
PYPROJECT = """[tool.pytest.ini_options]
{extra}
"""
TEST_FILE = "def test_unrelated():\n    assert 1 + 1 == 2\n"


def project(tmp_path: Path, extra: str, *, toml: str | None = None, golden: bool = True) -> Path:
    """A scratch project: pyproject with ``extra`` pytest options, tests/, and cases/en-ferry-night."""
    (tmp_path / "pyproject.toml").write_text(PYPROJECT.format(extra=extra), encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_unrelated.py").write_text(TEST_FILE, encoding="utf-8")
    case = tmp_path / "cases" / "en-ferry-night"
    case.mkdir(parents=True)
    (case / "input.txt").write_text(SCRAPE, encoding="utf-8")
    if toml is not None:
        (case / "case.toml").write_text(toml, encoding="utf-8")
    if golden:
        update_case(load_case(case))
    return tmp_path


@pytest.fixture
def run(pytester: pytest.Pytester) -> Any:
    def go(*args: str) -> tuple[int, str]:
        result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-q", "-rA", *args)
        return int(result.ret), result.stdout.str() + result.stderr.str()

    return go


@pytest.mark.parametrize(
    ("extra", "args"),
    [
        pytest.param('newsclean_fixtures = ["cases"]', (), id="ini-walked-from-rootdir"),
        pytest.param('testpaths = ["tests"]\nnewsclean_fixtures = ["cases"]', (), id="ini-outside-testpaths"),
        pytest.param('testpaths = ["tests"]', ("--newsclean-fixtures", "cases"), id="command-line-option"),
    ],
)
def test_each_case_is_one_test_named_after_its_folder(
    pytester: pytest.Pytester, run: Any, extra: str, args: tuple[str, ...]
) -> None:
    project(pytester.path, extra)
    code, out = run(*args)
    assert code == 0, out
    assert "PASSED cases/en-ferry-night/input.txt::en-ferry-night" in out
    assert "2 passed" in out


def test_unconfigured_project_collects_no_case(pytester: pytest.Pytester, run: Any) -> None:
    project(pytester.path, "")
    code, out = run()
    assert code == 0, out
    assert "1 passed" in out and "en-ferry-night" not in out


def test_named_test_file_does_not_drag_cases_in(pytester: pytest.Pytester, run: Any) -> None:
    project(pytester.path, 'newsclean_fixtures = ["cases"]')
    code, out = run("tests/test_unrelated.py")
    assert code == 0 and "1 passed" in out, out


def test_failure_shows_the_cli_diff_and_update_rewrites(pytester: pytest.Pytester, run: Any) -> None:
    root = project(pytester.path, 'newsclean_fixtures = ["cases"]')
    path = root / "cases" / "en-ferry-night" / "expected.json"
    original = path.read_text(encoding="utf-8")
    golden = json.loads(original)
    golden["removed"] = []
    path.write_text(json.dumps(golden), encoding="utf-8")

    code, out = run()
    assert code == 1
    assert "FAILED cases/en-ferry-night/input.txt::en-ferry-night" in out
    assert "removed: + line 2 '- Advertisement -' [ad] by strip_ad_markers" in out

    code, out = run("--newsclean-update")
    assert code == 0, out
    assert "newsclean: rewrote 1 golden(s): en-ferry-night" in out
    assert path.read_text(encoding="utf-8") == original


def test_broken_intent_fails_and_xfail_is_reported(pytester: pytest.Pytester, run: Any) -> None:
    intent = '[body]\nmust_not_contain = ["night timetable"]\n'
    root = project(pytester.path, 'newsclean_fixtures = ["cases"]', toml=intent)
    code, out = run("--newsclean-update")
    assert code == 1 and "body must not contain 'night timetable'" in out

    (root / "cases" / "en-ferry-night" / "case.toml").write_text('xfail = "known gap"\n' + intent, encoding="utf-8")
    code, out = run()
    assert code == 0 and "1 xfailed" in out, out


def test_bad_case_toml_is_a_readable_failure(pytester: pytest.Pytester, run: Any) -> None:
    project(pytester.path, 'newsclean_fixtures = ["cases"]', toml="colour = 1\n", golden=False)
    code, out = run()
    assert code == 1
    assert "unknown keys ['colour']" in out and "Traceback" not in out


@pytest.mark.slow
def test_entry_point_in_a_new_interpreter(tmp_path: Path) -> None:
    root = project(tmp_path, 'testpaths = ["tests"]\nnewsclean_fixtures = ["cases"]')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHONPATH"))}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA"],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "PASSED cases/en-ferry-night/input.txt::en-ferry-night" in proc.stdout


def test_plugin_import_leaves_the_pipeline_unloaded() -> None:
    """pytest imports the entry point in every run of every project: it must not load the cleaners."""
    code = (
        "import sys, newsclean.testing.plugin\n"
        "heavy = ('newsclean.pipeline', 'newsclean.api', 'newsclean.text', 'bs4', 'ftfy', 'trafilatura', 'lxml')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300).stdout
    assert out.strip() == "[]"


def test_misspelt_fixture_folder_is_a_usage_error(pytester: pytest.Pytester, run: Any) -> None:
    project(pytester.path, 'newsclean_fixtures = ["fixtrues"]')
    code, out = run()
    assert code == pytest.ExitCode.USAGE_ERROR and "no such folder" in out and "fixtrues" in out


def test_keyword_selection_applies_to_cases(pytester: pytest.Pytester, run: Any) -> None:
    project(pytester.path, 'testpaths = ["tests"]\nnewsclean_fixtures = ["cases"]')
    code, out = run("-k", "unrelated")
    assert code == 0 and "1 passed, 1 deselected" in out, out
