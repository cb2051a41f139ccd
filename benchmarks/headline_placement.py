"""Headline detection when the headline moves: the dev corpus re-placed at the top, mid-text, at the end,
or removed.

    python benchmarks/headline_placement.py                 # ../shared/corpus/textmode-dev.jsonl
    python benchmarks/headline_placement.py CORPUS.jsonl --seeds 3 --show 5

Each document's headline lines (label ``title``) are taken out and the gold title is put back
at the top, after a random body line ("mid", as the corpus builder does), after the last line ("end"),
or nowhere ("none"). For each placement it prints how often ``find_headline`` returns the gold title,
how often the headline line is left in the body, and, for "none", how often some other line was taken
for the title (a body line eaten). One corpus, four placements: a rule that only fits where the dev
pages happen to put their headline shows up here as a drop in one column.
"""

from __future__ import annotations

import sys
from pathlib import Path

# A script's folder comes first on sys.path, and benchmarks/html.py would shadow the stdlib's html.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from typing import Any  # noqa: E402

import newsclean  # noqa: E402
from newsclean.text.similarity import normalise_title  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "textmode-dev.jsonl"
PLACEMENTS = ("top", "mid", "end", "none")


def place(doc: dict[str, Any], where: str, rng: random.Random) -> list[str]:
    """The document's lines with its headline lines taken out and the gold title put back ``where``."""
    lines = [ln["text"] for ln in doc["lines"] if ln["label"] != "title"]
    title = doc["gold_title"]
    if where == "top":
        return [title, *lines]
    if where == "end":
        return [*lines, title]
    if where == "mid":
        body = [i for i, ln in enumerate(doc["lines"]) if ln["label"] == "body"]
        kept = [i for i, ln in enumerate(doc["lines"]) if ln["label"] != "title"]
        after = kept.index(rng.choice(body)) if body else 0
        return [*lines[: after + 1], title, *lines[after + 1 :]]
    return lines


def run(docs: list[dict[str, Any]], seeds: int, show: int, with_url: bool = True) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for where in PLACEMENTS:
        n = ok = leaked = eaten = 0
        misses: list[str] = []
        for seed in range(seeds if where == "mid" else 1):
            for doc in docs:
                if not doc.get("gold_title"):  # an article without a headline has none to move
                    continue
                rng = random.Random(f"{doc['id']}-{seed}")
                lines = place(doc, where, rng)
                url = doc.get("url") if with_url else None
                article = newsclean.clean_text("\n".join(lines), url=url or None)
                want = normalise_title(doc["gold_title"])
                got = normalise_title(article.title or "")
                n += 1
                if where == "none":
                    eaten += article.title is not None
                    if article.title is not None and len(misses) < show:
                        misses.append(f"took {article.title[:90]!r}")
                    continue
                ok += got == want
                leaked += any(normalise_title(p) == want for p in article.body)
                if got != want and len(misses) < show:
                    misses.append(f"got {(article.title or '')[:60]!r}, want {doc['gold_title'][:60]!r}")
        results[where] = {
            "n": n,
            "accuracy": ok / n if where != "none" else float("nan"),
            "leakage": leaked / n if where != "none" else float("nan"),
            "taken_without_headline": eaten / n if where == "none" else float("nan"),
        }
        for miss in misses:
            print(f"  [{where}] {miss}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seeds", type=int, default=3, help="random mid-text positions per document")
    parser.add_argument("--show", type=int, default=0, help="list this many misses per placement")
    parser.add_argument("--no-url", action="store_true", help="clean without the documents' URLs")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus missing: {args.corpus}", file=sys.stderr)
        return 2
    with args.corpus.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    results = run(docs, args.seeds, args.show, with_url=not args.no_url)
    print(f"{'placement':10} {'n':>5} {'accuracy':>9} {'leakage':>8} {'taken without headline':>23}")
    for where, r in results.items():
        print(
            f"{where:10} {r['n']:>5.0f} {r['accuracy']:>9.3f} {r['leakage']:>8.3f} {r['taken_without_headline']:>23.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
