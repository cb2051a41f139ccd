"""The ``newsclean`` command. Thin: parse arguments, call the library, print.

    newsclean clean FILE|- [--format json|text] [--title T] [--url U] [--html]
    newsclean batch ...      (newsclean.batch.cli)
    newsclean fixtures ...   (newsclean.testing.cli)
    newsclean explain ...    (newsclean.explain.cli)

Subcommands of other rooms register themselves through an ``add_parser(subparsers)`` function in
their ``cli`` module, so this file does not grow with them.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsclean import __version__
from newsclean.api import clean, clean_html, clean_text
from newsclean.cli_input import add_input_arguments, input_kind, read_source
from newsclean.errors import NewscleanError

#: Modules that add subcommands; a missing one (an optional room not installed) is skipped.
SUBCOMMAND_MODULES = ("newsclean.batch.cli", "newsclean.testing.cli", "newsclean.explain.cli")


def _cmd_clean(args: argparse.Namespace) -> int:
    data = read_source(args.file)
    kind = input_kind(args)
    clean_as = clean if kind is None else clean_html if kind else clean_text
    article = clean_as(data, title=args.title, url=args.url)
    if args.format == "text":
        if article.title:
            print(article.title, end="\n\n")
        print(article.text)
    else:
        print(article.to_json(indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclean", description="Clean scraped news articles.")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("clean", help="clean one article (text or HTML) and print it as JSON or text")
    add_input_arguments(p)
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.set_defaults(func=_cmd_clean)

    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and name.startswith(exc.name):
                continue
            raise
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except NewscleanError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
