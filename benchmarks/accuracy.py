"""Text-mode accuracy on a labelled corpus, scored by the shared scorer, with an error report.

    python benchmarks/accuracy.py                                  # ../shared/corpus/textmode-dev.jsonl
    python benchmarks/accuracy.py CORPUS.jsonl --out pred.jsonl    # any corpus in that schema
    python benchmarks/accuracy.py --errors caption                 # list the misses of one metric
    python benchmarks/accuracy.py --errors all --limit 20

Writes predictions (``id`` plus ``Article.to_dict()``), runs ``score.py`` on them and prints its
table and the time taken. ``--errors`` lists, per metric, the documents and lines that miss:
captions left in the body or not found, credits not found, wrong titles, ads left in, body lines
wrongly removed — so the next rule is chosen from evidence, not from one page.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

# Sibling scripts in benchmarks/ (e.g. a page-mode html.py) must not shadow the standard library.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import newsclean

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "textmode-dev.jsonl"
SCORER = SHARED / "bench" / "score.py"
METRICS = ("caption", "credit", "title", "ad", "body", "lost")


def load_module(path: Path, name: str) -> ModuleType:
    """A script loaded by its path (putting benchmarks/ on sys.path would shadow the stdlib's ``html``)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_scorer(path: Path = SCORER) -> ModuleType:
    return load_module(path, "newsclean_bench_score")


def load_sibling(name: str) -> ModuleType:
    """Another script of benchmarks/ (``headline_placement``, ``linear`` ...)."""
    return load_module(HERE / f"{name}.py", f"newsclean_bench_{name}")


def read_corpus(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def predict(
    docs: list[dict[str, Any]], pipeline: newsclean.Pipeline | None = None, *, with_url: bool = True
) -> tuple[list[dict[str, Any]], float]:
    """Clean every document's ``input_text``; with ``with_url``, pass its ``url`` as a scraper would."""
    t0 = time.perf_counter()
    preds = []
    for doc in docs:
        url = doc.get("url") if with_url else None
        article = newsclean.clean_text(doc["input_text"], url=url or None, pipeline=pipeline)
        preds.append({"id": doc["id"], **article.to_dict()})
    return preds, time.perf_counter() - t0


# ----------------------------------------------------------------------------- error analysis


def _covered(scorer: ModuleType, text: str, body: str, anywhere: bool = False) -> bool:
    return bool(scorer.BodyIndex(body).contains(scorer.words(text), anywhere=anywhere))


def _in_items(scorer: ModuleType, text: str, items: list[str]) -> bool:
    toks = scorer.words(text)
    return any(scorer.bag_overlap(toks, scorer.words(item)) >= 0.8 for item in items)


def errors(scorer: ModuleType, doc: dict[str, Any], pred: dict[str, Any], metric: str) -> Iterator[str]:
    """Human-readable misses of one metric in one document."""
    body = "\n".join(pred["body"])
    # As the scorer does: a predicted caption is its text plus its credit; a gold caption is its
    # text without the labelled credit part.
    captions = [f"{c['text']} {c.get('credit') or ''}" for c in pred["captions"]]
    credits = list(pred["credits"]) + [c["credit"] for c in pred["captions"] if c.get("credit")]
    removed = {r["line"]: r for r in pred["removed"]}
    for i, line in enumerate(doc["lines"]):
        label, text = line["label"], line["text"]
        if metric == "caption" and label == "caption":
            cut = line.get("credit")
            if cut and cut in text and scorer.words(text.replace(cut, " ")):
                text = text.replace(cut, " ")
            if _covered(scorer, text, body):
                yield f"caption left in body   [{i}] {text[:110]}"
            elif not _in_items(scorer, text, captions):
                yield f"caption not found      [{i}] {text[:110]}"
        elif metric == "credit" and (label == "credit" or line.get("credit")):
            credit = line.get("credit") or text
            if not _in_items(scorer, credit, credits):
                yield f"credit not found       [{i}] {credit[:110]}"
        elif metric == "ad" and label == "ad" and _covered(scorer, text, body):
            yield f"ad left in body        [{i}] {text[:110]}"
        elif metric == "body" and label in ("other",) and _covered(scorer, text, body) and not line.get("in_gold_body"):
            yield f"residue left in body   [{i}] {text[:110]}"
        elif metric == "lost" and line.get("in_gold_body") and not _covered(scorer, text, body):
            why = removed.get(i)
            where = f"{why['kind']}/{why['rule']}" if why else "moved"
            yield f"body line lost ({where}) [{i}] {text[:100]}"
    if metric == "title":
        want = [doc["gold_title"], *doc.get("gold_title_alts", [])]
        got = pred.get("title")
        if scorer.title_norm(got or "") not in {scorer.title_norm(t) for t in want}:
            where = f"{doc['headline_position']}, line {doc['headline_line']}"
            yield f"title wrong ({where}): got {got!r}, want {want[0]!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "accuracy-pred.jsonl")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--errors", choices=(*METRICS, "all"), help="list the misses of one metric")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents per metric")
    parser.add_argument("--json-out", type=Path, help="write the scores as JSON too")
    parser.add_argument(
        "--no-url",
        action="store_true",
        help="clean without the documents' URLs (by default each document's url is passed, as a scraper would)",
    )
    args = parser.parse_args(argv)

    if not args.corpus.exists() or not args.scorer.exists():
        print(f"corpus or scorer missing ({args.corpus}, {args.scorer})", file=sys.stderr)
        return 2
    docs = list(read_corpus(args.corpus))
    preds, seconds = predict(docs, with_url=not args.no_url)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for pred in preds:
            f.write(json.dumps(pred, ensure_ascii=False) + "\n")
    mb = sum(len(d["input_text"].encode()) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.1f} MB cleaned in {seconds:.2f} s ({len(docs) / seconds:.0f} docs/s)\n")

    scorer = load_scorer(args.scorer)
    score_args = [str(args.corpus), str(args.out)]
    if args.json_out:
        score_args += ["--json-out", str(args.json_out)]
    code = scorer.main(score_args) if hasattr(scorer, "main") else 0

    if args.errors:
        by_id = {p["id"]: p for p in preds}
        for metric in METRICS if args.errors == "all" else (args.errors,):
            print(f"\n=== {metric} ===")
            shown = 0
            for doc in docs:
                misses = list(errors(scorer, doc, by_id[doc["id"]], metric))
                if misses:
                    print(f"- {doc['id'][:12]} {doc['url'][:80]}")
                    for miss in misses:
                        print(f"    {miss}")
                    shown += 1
                    if args.limit and shown >= args.limit:
                        break
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
