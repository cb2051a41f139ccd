"""What every one-article subcommand (``clean``, ``explain``) reads: FILE or ``-``, ``--title``,
``--url`` and a forced input kind. One place, so the two commands cannot drift apart.

>>> import argparse
>>> p = argparse.ArgumentParser()
>>> add_input_arguments(p, html_flag="--html-input", text_flag="--text-input")
>>> input_kind(p.parse_args(["page.html", "--html-input"]))
True
>>> input_kind(p.parse_args(["-"])) is None
True
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def read_source(path: str) -> bytes:
    """The bytes of FILE, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def add_input_arguments(
    parser: argparse.ArgumentParser, *, html_flag: str = "--html", text_flag: str = "--text"
) -> None:
    """Add ``file``, ``--title``, ``--url`` and the mutually exclusive HTML/text switches.

    The switches' flag names differ per command (``explain`` uses ``--html`` for its report), but
    they always land in ``args.html_input`` / ``args.text_input``; read them with `input_kind`.
    """
    parser.add_argument("file", help="a file, or - for standard input")
    parser.add_argument("--title", help="the headline, if you know it")
    parser.add_argument("--url", help="the page's URL (kept in metadata; its slug helps find the headline)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(html_flag, dest="html_input", action="store_true", help="treat the input as HTML")
    kind.add_argument(text_flag, dest="text_input", action="store_true", help="treat the input as text")


def input_kind(args: argparse.Namespace) -> bool | None:
    """True for forced HTML, False for forced text, None to let newsclean sniff the input."""
    if args.html_input:
        return True
    if args.text_input:
        return False
    return None
