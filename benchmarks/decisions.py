"""Dump every decision the text pipeline makes over a wide input set, for "same decisions" checks.

    python benchmarks/decisions.py before.jsonl      # on the old code
    python benchmarks/decisions.py after.jsonl       # on the new code
    cmp before.jsonl after.jsonl                     # a speed change must leave this byte-identical

One line per Article (``tag<TAB>Article JSON``) over: the dev corpus cleaned without its URL, with
it, and with its gold title; the invented sets in ``benchmarks/data``; the golden fixtures; the dev
pages with their headline moved to the top, the middle, the end or removed
(``headline_placement.py``); and 300 KB of every generated kind of ``linear.py`` (hostile line
shapes). Missing shared data is skipped, so the dump is comparable only between runs on one machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Sibling scripts in benchmarks/ (e.g. a page-mode html.py) must not shadow the standard library.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import newsclean
from newsclean.decode import decode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "textmode-dev.jsonl"
LINEAR_BYTES = 300_000


# accuracy.py holds the loaders; it is loaded by path like every sibling script.
_spec = importlib.util.spec_from_file_location("newsclean_bench_accuracy", HERE / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(accuracy)  # type: ignore[union-attr]


def _rows(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def decisions() -> Iterator[tuple[str, newsclean.Article]]:
    """(tag, Article) for every input of the set, in a fixed order."""
    dev = _rows(CORPUS)
    labelled = dev + [row for path in sorted((HERE / "data").glob("*.jsonl")) for row in _rows(path)]
    for doc in labelled:
        yield "nourl", newsclean.clean_text(doc["input_text"])
        yield "url", newsclean.clean_text(doc["input_text"], url=doc.get("url") or None)
        if doc.get("gold_title"):
            yield "title", newsclean.clean_text(doc["input_text"], title=doc["gold_title"])
    for path in sorted((ROOT / "fixtures").glob("*/input.txt")):
        yield "fixture", newsclean.clean_text(decode(path.read_bytes()).text)
    placement = accuracy.load_sibling("headline_placement")
    for where in placement.PLACEMENTS:
        for doc in dev:
            lines = placement.place(doc, where, random.Random(f"{doc['id']}-0"))
            yield f"place-{where}", newsclean.clean_text("\n".join(lines))
    for kind, build in accuracy.load_sibling("linear").KINDS.items():
        yield f"linear-{kind}", newsclean.clean_text(build(LINEAR_BYTES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="where to write the dump (JSONL)")
    args = parser.parse_args(argv)
    n = 0
    with args.out.open("w", encoding="utf-8") as f:
        for tag, article in decisions():
            f.write(f"{tag}\t{article.to_json()}\n")
            n += 1
    print(f"{n} Articles written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
