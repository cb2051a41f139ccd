"""``newsclean explain FILE|-``: what the cleaners did to one article, line by line.

    newsclean explain article.txt                      colours on a terminal, plain text in a pipe
    newsclean explain article.txt --only removed       only removed lines (also body, title, caption, credit, fixed)
    newsclean explain page.html --html -o report.html  a standalone HTML report for a bug report or PR

Exits 0, or 1 when the Article does not account for its input (the problems are printed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from newsclean.cli_input import add_input_arguments, input_kind, read_source
from newsclean.explain import FILTERS, explain
from newsclean.explain.render_html import render_html
from newsclean.explain.render_text import render_text


def _only(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FILTERS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown filter {', '.join(unknown)}; choose from {', '.join(FILTERS)}")
    return names


def _cmd_explain(args: argparse.Namespace) -> int:
    data = read_source(args.file)
    expl = explain(data, title=args.title, url=args.url, html=input_kind(args))
    only = [name for group in args.only for name in group]
    source = "<stdin>" if args.file == "-" else args.file
    if args.html:
        page = render_html(expl, only=only, source=source)
        if args.output:
            Path(args.output).write_text(page, encoding="utf-8")
        else:
            sys.stdout.write(page)
    elif args.output:
        with Path(args.output).open("w", encoding="utf-8") as out:
            render_text(expl, Console(file=out, no_color=True, width=120), only=only, source=source)
    else:
        render_text(expl, Console(highlight=False), only=only, source=source)
    for problem in expl.problems if args.html or args.output else ():
        print(f"newsclean: {problem}", file=sys.stderr)
    return 1 if expl.problems else 0


def add_parser(subparsers: Any) -> None:
    """Register ``explain`` on the ``newsclean`` command's subparsers."""
    p = subparsers.add_parser(
        "explain",
        help="show every input line's fate (body, title, caption, credit, removed), rule and reason",
        description="Clean one article and show, line by line, what became of each input line and why. "
        "Colours on a terminal, plain text when piped; --html writes a standalone HTML report.",
    )
    add_input_arguments(p, html_flag="--html-input", text_flag="--text-input")
    p.add_argument(
        "--only",
        type=_only,
        action="append",
        default=[],
        metavar="FATE[,FATE]",
        help=f"show only these lines: {', '.join(FILTERS)} (repeat or comma-separate)",
    )
    p.add_argument("--html", action="store_true", help="write a standalone HTML report instead of text")
    p.add_argument("-o", "--output", help="write the report to this file (default: standard output)")
    p.set_defaults(func=_cmd_explain)
