"""What each rule earns: the scores with one rule switched off at a time, beside the scores with all.

    python benchmarks/ablate.py                                    # the caption rules, dev corpus
    python benchmarks/ablate.py CORPUS.jsonl --rules split_captions._lead_captions caption_layouts.gallery_slots
    python benchmarks/ablate.py --rules step:find_headline step:strip_link_lists --no-url

A rule is a function of a module under ``newsclean.text`` (``module.function``: it is replaced by a
no-op for the run, so every call site skips it) or a whole pipeline step (``step:name``, run with
``Pipeline.without``). A rule that lifts the development corpus and nothing else is a rule fitted to
it: run this on the invented sets too (``benchmarks/data/*.jsonl``) before trusting a gain.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import io
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import Any

# Sibling scripts in benchmarks/ (e.g. a page-mode html.py) must not shadow the standard library.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import newsclean

HERE = Path(__file__).resolve().parent


# accuracy.py holds the loaders; it is loaded by path like every sibling script.
_spec = importlib.util.spec_from_file_location("newsclean_bench_accuracy", HERE / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(accuracy)  # type: ignore[union-attr]


DEFAULT_CORPUS, SCORER = accuracy.DEFAULT_CORPUS, accuracy.SCORER
load_scorer, predict, read_corpus = accuracy.load_scorer, accuracy.predict, accuracy.read_corpus

CAPTION_RULES = (
    "caption_layouts.credits_under_a_label",
    "caption_layouts.copyright_credits",
    "caption_layouts.agency_credits",
    "split_captions._media_captions",
    "caption_layouts.clip_descriptions",
    "caption_layouts.quoted_titles",
    "caption_layouts.gallery_slots",
    "caption_layouts.copyright_captions",
    "split_captions._lead_captions",
    "caption_layouts.photo_set_captions",
    "split_captions._repeated_captions",
)
SHOWN = ("body_f1", "caption_recall", "caption_leakage", "credit_recall", "credit_leakage", "title_accuracy")


@contextmanager
def switched_off(rule: str) -> Iterator[newsclean.Pipeline | None]:
    """Yield the pipeline to run with ``rule`` off (None: the default one, with a function patched out)."""
    if rule.startswith("step:"):
        yield newsclean.default_pipeline().without(rule[len("step:") :])
        return
    module_name, _, function = rule.rpartition(".")
    module = importlib.import_module(f"newsclean.text.{module_name}")
    original = getattr(module, function)  # AttributeError names a rule that does not exist
    setattr(module, function, lambda *args, **kwargs: None)
    try:
        yield None
    finally:
        setattr(module, function, original)


def scores(
    docs: list[dict[str, Any]], corpus: Path, pipeline: newsclean.Pipeline | None, *, with_url: bool
) -> dict[str, float]:
    preds, _ = predict(docs, pipeline, with_url=with_url)
    scorer = load_scorer(SCORER)
    with tempfile.TemporaryDirectory() as tmp:
        out, table = Path(tmp, "pred.jsonl"), Path(tmp, "scores.json")
        out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
        scorer.main([str(corpus), str(out), "--json-out", str(table), "--baselines", "identity"])
        systems: dict[str, dict[str, float]] = json.loads(table.read_text(encoding="utf-8"))["systems"]
    return systems["prediction"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rules", nargs="+", default=list(CAPTION_RULES), help="module.function or step:name")
    parser.add_argument("--no-url", action="store_true", help="clean without the documents' URLs")
    args = parser.parse_args(argv)
    if not args.corpus.exists() or not SCORER.exists():
        print(f"corpus or scorer missing ({args.corpus}, {SCORER})", file=sys.stderr)
        return 2
    docs = list(read_corpus(args.corpus))
    # The scorer prints its table for every run; only the summary below is wanted.
    with redirect_stdout(io.StringIO()):
        rows = [("(all rules)", scores(docs, args.corpus, None, with_url=not args.no_url))]
        for rule in args.rules:
            with switched_off(rule) as pipeline:
                rows.append((f"without {rule}", scores(docs, args.corpus, pipeline, with_url=not args.no_url)))
    print(f"{len(docs)} documents from {args.corpus.name}\n")
    print("| run | " + " | ".join(SHOWN) + " |")
    print("|---|" + "---:|" * len(SHOWN))
    for name, row in rows:
        print(f"| {name} | " + " | ".join(f"{row[m]:.3f}" for m in SHOWN) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
