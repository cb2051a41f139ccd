"""Generated parts of the docs, so they cannot drift from the code.

Used as a mkdocs hook (``hooks:`` in ``mkdocs.yml``):

* ``cleaners.md``, the cleaner catalogue, is generated from ``newsclean.DEFAULT_PIPELINE`` and
  ``newsclean.REGISTRY``: each cleaner's name, run position, what it reads and writes, the removal
  kinds it emits, and its docstrings (what it catches, with examples). There is no file to forget.
* A page may hold ``<!-- generated: NAME [ARG] -->`` markers, replaced when the site is built:
  ``default-pipeline`` (the run order), ``include FILE`` (a file under ``docs/``, verbatim) and
  ``explain FILE`` (``newsclean explain FILE`` as it prints in a pipe), ``article-json FILE`` (the
  Article for FILE as JSON) and ``config`` (CleanConfig's options). An unknown marker fails the build.

Run it directly to print the catalogue: ``python docs/gen_catalogue.py``.
"""

from __future__ import annotations

import importlib
import inspect
import io
import re
import sys
from pathlib import Path
from typing import Any

import newsclean
from newsclean.cleaner import Cleaner

DOCS = Path(__file__).resolve().parent
CATALOGUE = "cleaners.md"
_ROLE = re.compile(r":\w+:`~?([\w.]+)`")
_MARKER = re.compile(r"<!-- generated: ([a-z-]+)(?: ([^ ]+))? -->")


def _docs_of(step: Cleaner) -> tuple[str, str, str]:
    """(module path, module docstring, function docstring) of a cleaner."""
    target: Any = getattr(step, "fn", None) or type(step)
    module = importlib.import_module(target.__module__)
    return target.__module__, inspect.getdoc(module) or "", inspect.getdoc(target) or ""


def _roles(text: str) -> str:
    """Sphinx roles as code: ``:class:`~newsclean.errors.InputError``` -> ```InputError```."""
    return _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", text)


def _markdown(docstring: str) -> str:
    """A docstring written for ``help()`` as Markdown: ``::`` blocks and doctests become code."""
    out: list[str] = []
    for para in docstring.strip().split("\n\n"):
        if para.lstrip().startswith(">>>"):
            out.append("```pycon\n" + para.strip() + "\n```")
        elif para.startswith("    ") and out and out[-1].endswith("::"):
            out[-1] = out[-1][:-1]  # "such as::" -> "such as:"
            out.append("```text\n" + inspect.cleandoc(para) + "\n```")
        else:
            out.append(para)
    return _roles("\n\n".join(p[:-1] if p.endswith("::") else p for p in out))


def _kinds(step: Cleaner) -> str:
    return ", ".join(f"[`{k}`](article.md#removal-kinds)" for k in step.kinds) or "—"


def _fields(fields: frozenset[str]) -> str:
    return ", ".join(f"`{f}`" for f in sorted(fields)) or "—"


def _entry(step: Cleaner, position: str) -> str:
    module, module_doc, fn_doc = _docs_of(step)
    lead, _, rest = module_doc.partition("\n\n")
    # Module docstrings open with "name: what it catches"; the heading already names it.
    lead = lead.removeprefix(f"{step.name}:").strip()
    return "\n\n".join(
        part
        for part in (
            f"## `{step.name}`",
            f"*{position}* · `{module}` · {lead}",
            f"| reads | writes | removal kinds |\n|---|---|---|\n"
            f"| {_fields(step.reads)} | {_fields(step.writes)} | {_kinds(step)} |",
            f"**{_markdown(fn_doc)}**" if fn_doc and "\n" not in fn_doc else _markdown(fn_doc),
            _markdown(rest),
        )
        if part
    )


def catalogue_markdown() -> str:
    """The cleaner catalogue page: every cleaner of the default pipeline in run order, then the rest."""
    steps = newsclean.DEFAULT_PIPELINE
    n = len(steps)
    parts = [
        "# Cleaner catalogue",
        "Generated from `newsclean.DEFAULT_PIPELINE` and `newsclean.REGISTRY` when the docs are built "
        "(`docs/gen_catalogue.py`), so it lists exactly the cleaners the code runs. *reads* and *writes* "
        "are the Article fields a cleaner declares; a [pipeline](pipeline.md) refuses an order in which a "
        "cleaner reads a field that a later one writes. *Removal kinds* are the `kind` values it may put "
        "on `Article.removed`.",
        default_pipeline_markdown(),
    ]
    parts += [_entry(step, f"step {i} of {n} in the default pipeline") for i, step in enumerate(steps, 1)]
    default_names = {s.name for s in steps}
    extra = [step for name, step in sorted(newsclean.REGISTRY.items()) if name not in default_names]
    if extra:
        parts.append("# Registered, not in the default pipeline")
        parts += [_entry(step, "not in the default pipeline") for step in extra]
    return "\n\n".join(parts) + "\n"


def default_pipeline_markdown() -> str:
    """The default run order as a numbered list linking into the catalogue."""
    rows = []
    for i, step in enumerate(newsclean.DEFAULT_PIPELINE, 1):
        summary = (_docs_of(step)[2].splitlines() or [""])[0]
        rows.append(f"{i}. [`{step.name}`]({CATALOGUE}#{step.name}) — {summary}")
    return "\n".join(rows)


def explain_markdown(path: str) -> str:
    """``newsclean explain docs/PATH`` as it prints in a pipe, in a text block."""
    from rich.console import Console

    from newsclean.explain import explain
    from newsclean.explain.render_text import render_text

    buf = io.StringIO()
    source = DOCS / path
    render_text(
        explain(source.read_bytes()), Console(file=buf, force_terminal=False, no_color=True, width=200),
        source=f"docs/{path}",
    )
    return "```text\n$ newsclean explain docs/" + path + " | cat\n" + buf.getvalue().rstrip() + "\n```"


def include_markdown(path: str) -> str:
    return "```text\n" + (DOCS / path).read_text(encoding="utf-8").rstrip() + "\n```"


def article_json_markdown(path: str) -> str:
    """The Article for ``docs/PATH`` as ``newsclean clean`` prints it."""
    article = newsclean.clean((DOCS / path).read_bytes())
    return "```json\n" + article.to_json(indent=2) + "\n```"


def config_markdown() -> str:
    """CleanConfig's options, defaults and descriptions, from the class and its docstring."""
    from dataclasses import fields

    from newsclean import CleanConfig

    # The docstring lists options as "name[, name]" lines, each followed by an indented description.
    described: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (inspect.getdoc(CleanConfig) or "").split("\n\n", 1)[-1].splitlines():
        if line and not line.startswith(" "):
            current = [name.strip() for name in line.split(",")]
        elif line.strip():
            for name in current:
                described.setdefault(name, []).append(line.strip())
    rows = ["| option | default | what it does |", "|---|---|---|"]
    for f in fields(CleanConfig):
        text = " ".join(described.get(f.name, ["(not described in the docstring)"]))
        text = _roles(text)
        rows.append(f"| `{f.name}` | `{f.default!r}` | {text} |")
    return "\n".join(rows)


GENERATORS = {
    "default-pipeline": lambda arg: default_pipeline_markdown(),
    "include": include_markdown,
    "explain": explain_markdown,
    "article-json": article_json_markdown,
    "config": lambda arg: config_markdown(),
}


def expand(markdown: str, where: str = "a page") -> str:
    """Replace every ``<!-- generated: ... -->`` marker in ``markdown``."""

    def one(m: re.Match[str]) -> str:
        name, arg = m.group(1), m.group(2)
        if name not in GENERATORS:
            raise ValueError(f"{where}: unknown marker {m.group()!r}; known: {sorted(GENERATORS)}")
        return GENERATORS[name](arg)

    return _MARKER.sub(one, markdown)


# ------------------------------------------------------------------ mkdocs hooks


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, CATALOGUE, content=catalogue_markdown()))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return expand(markdown, page.file.src_uri)


if __name__ == "__main__":
    sys.stdout.write(catalogue_markdown())
