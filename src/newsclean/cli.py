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
from pathlib import Path

from newsclean import __version__
from newsclean.api import clean, clean_html, clean_text
from newsclean.errors import NewscleanError

#: Modules that add subcommands; a missing one (an optional room not installed) is skipped.
SUBCOMMAND_MODULES = ("newsclean.batch.cli", "newsclean.testing.cli", "newsclean.explain.cli")


def read_source(path: str) -> bytes:
    """The bytes of FILE, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _cmd_clean(args: argparse.Namespace) -> int:
    data = read_source(args.file)
    if args.html:
        article = clean_html(data, title=args.title, url=args.url)
    elif args.text:
        article = clean_text(data, title=args.title, url=args.url)
    else:
        article = clean(data, title=args.title, url=args.url)
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
    p.add_argument("file", help="a file, or - for standard input")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--title", help="the headline, if you know it")
    p.add_argument("--url", help="the page's URL (kept in metadata)")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--html", action="store_true", help="treat the input as HTML")
    kind.add_argument("--text", action="store_true", help="treat the input as text")
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
