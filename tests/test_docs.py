"""The docs: they build strictly, their Python examples run, and the generated parts match the code.

Every fenced ``python`` block of a page runs, in order, in one namespace per page, in a fresh
interpreter with the repository root as working directory; a ``pycon`` block (``>>>`` prompts) runs
as a doctest, so its printed outputs are checked too. A block that is not meant to run is marked by
the line ``<!-- docs-test: skip -->`` right above its opening fence. A page whose example needs an
optional extra that is not installed (pyspark, say) is skipped, not failed.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsclean
from newsclean import Article, Caption, Finding, Fix, Metadata, Removal

from .conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
PAGES_WITH_CODE = [p for p in PAGES if re.search(r"^```(?:python|pycon)", p.read_text(encoding="utf-8"), re.M)]
SKIPPED_FOR_MISSING_EXTRA = 77

# Runs one page's examples; kept as a string so each page gets a clean interpreter (examples
# register cleaners and change config, which must not leak into other tests).
RUNNER = r'''
import doctest, re, sys
page = sys.argv[1]
text = open(page, encoding="utf-8").read()
fence = re.compile(r"^(<!-- docs-test: skip -->\n)?```(python|pycon)[^\n]*\n(.*?)^```", re.M | re.S)
namespace = {"__name__": "__docs__"}
optional = {"pyspark", "pandas", "pyarrow", "warcio", "zstandard", "hypothesis"}
for m in fence.finditer(text):
    if m.group(1):
        continue
    line = text.count("\n", 0, m.start(3)) + 1
    where = f"{page}:{line}"
    try:
        if m.group(2) == "pycon":
            test = doctest.DocTestParser().get_doctest(m.group(3), namespace, where, page, line - 1)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test)
            if runner.failures:
                sys.exit(f"{where}: doctest failed")
        else:
            exec(compile(m.group(3), where, "exec"), namespace)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in optional:
            print(f"{where}: needs {exc.name}", file=sys.stderr)
            sys.exit(77)
        raise
'''


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_catalogue", DOCS / "gen_catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ the build


def test_docs_build_strictly_with_the_generated_catalogue(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="install the docs extra: pip install -e '.[docs]'")
    site = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    catalogue = (site / "cleaners" / "index.html").read_text(encoding="utf-8")
    for step in newsclean.DEFAULT_PIPELINE:
        assert f'id="{step.name}"' in catalogue, step.name
    assert "generated:" not in (site / "explain" / "index.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ generated parts


def test_catalogue_lists_every_default_cleaner_in_run_order() -> None:
    markdown = _hook().catalogue_markdown()
    headings = re.findall(r"^## `(\w+)`$", markdown, re.M)
    names = [step.name for step in newsclean.DEFAULT_PIPELINE]
    assert headings[: len(names)] == names


@pytest.mark.parametrize("step", newsclean.DEFAULT_PIPELINE, ids=lambda s: s.name)
def test_every_default_cleaner_has_docs_for_the_catalogue(step: newsclean.Cleaner) -> None:
    module, module_doc, fn_doc = _hook()._docs_of(step)
    assert fn_doc, f"{step.name}: the function needs a docstring (first line: what it removes or fixes)"
    assert module_doc, f"{module}: the module needs a docstring saying what it catches, with examples"


def test_catalogue_shows_what_a_cleaner_reads_writes_and_emits() -> None:
    markdown = _hook().catalogue_markdown()
    entry = markdown.split("## `strip_ad_markers`", 1)[1].split("\n## ", 1)[0]
    assert "| `body` | `removed` | [`ad`](article.md#removal-kinds) |" in entry


def test_markers_expand_and_unknown_ones_fail() -> None:
    hook = _hook()
    for page in PAGES:
        assert "<!-- generated:" not in hook.expand(page.read_text(encoding="utf-8"), page.name)
    with pytest.raises(ValueError, match="unknown marker"):
        hook.expand("<!-- generated: nonsense -->")


def _section(page: str, heading: str) -> str:
    text = (DOCS / page).read_text(encoding="utf-8")
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


def test_article_page_lists_exactly_the_removal_kinds() -> None:
    documented = re.findall(r"^\| `(\w+)` \|", _section("article.md", "## Removal kinds"), re.M)
    assert sorted(documented) == sorted(newsclean.REMOVAL_KINDS)


@pytest.mark.parametrize(
    ("heading", "cls"),
    [
        ("## Fields", Article),
        ("### Caption", Caption),
        ("### Removal", Removal),
        ("### Fix", Fix),
        ("### Finding", Finding),
        ("### Metadata", Metadata),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_article_page_documents_every_field(heading: str, cls: type) -> None:
    section = _section("article.md", heading).split("\n### ", 1)[0]
    fields = {f.name for f in dataclasses.fields(cls)} | ({"schema"} if cls is Article else set())
    missing = [name for name in fields if f"`{name}`" not in section]
    assert not missing, f"{heading} in docs/article.md does not describe {missing}"


# ------------------------------------------------------------------ examples


def _run_examples(page: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUNNER, str(page)], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("page", PAGES_WITH_CODE, ids=lambda p: p.name)
def test_python_examples_run(page: Path) -> None:
    run = _run_examples(page.relative_to(ROOT))
    if run.returncode == SKIPPED_FOR_MISSING_EXTRA:
        pytest.skip(run.stderr.strip())
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize(
    ("markdown", "passes"),
    [
        pytest.param("```python\nx = 1\n```\n\n```python\nassert x == 1\n```\n", True, id="shared-namespace"),
        pytest.param("```python\nassert 1 == 2\n```\n", False, id="failing-assert"),
        pytest.param("```pycon\n>>> 1 + 1\n3\n\n```\n", False, id="wrong-doctest-output"),
        pytest.param("```pycon\n>>> 1 + 1\n2\n\n```\n", True, id="doctest"),
        pytest.param("<!-- docs-test: skip -->\n```python\nraise SystemExit(1)\n```\n", True, id="skip-marker"),
        pytest.param("```bash\nexit 1\n```\n", True, id="not-python"),
    ],
)
def test_the_example_runner_fails_when_it_should(tmp_path: Path, markdown: str, passes: bool) -> None:
    page = tmp_path / "page.md"
    page.write_text(markdown, encoding="utf-8")
    assert (_run_examples(page).returncode == 0) is passes
