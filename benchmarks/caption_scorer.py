"""Would a small learned caption scorer generalise? Leave-sites-out evaluation on a labelled corpus.

    python benchmarks/caption_scorer.py                       # ../shared/corpus/textmode-dev.jsonl
    python benchmarks/caption_scorer.py CORPUS.jsonl --folds 5

The rules run first (the default pipeline). Every line they leave in the body becomes one example:
language-independent features of the line and its neighbours (length, final punctuation, quotes,
capitals, digits, neighbours' shapes and roles, repetition on the page, position, the caption cues),
labelled 1 when the corpus labels it ``caption``. A logistic regression (pure Python, no extra
dependency) is trained on all sites but one fold's and scored on that fold: sites are grouped by
domain, so a page layout never sits on both sides. For each held-out fold the threshold is the one
chosen on the training folds (the best ``captions found - 2 x body lines taken``, since a body line
taken costs body F1 and a caption left in costs only recall).

It prints, summed over the held-out folds: captions found, gold-body lines wrongly taken, other
lines taken, and the same on the training folds, so overfitting shows as the gap between them.
Nothing is shipped from here: the script only decides whether a scorer is worth shipping.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

from newsclean.document import Document, Line, Role
from newsclean.pipeline import default_pipeline
from newsclean.text.captions import NAME_APPOSITION, caption_score, reports_speech, shows_a_picture

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "textmode-dev.jsonl"
QUOTES = "\"'“”„«»‘’‚"

# features, label, site, line is in the gold body, the rules took it as a caption
Example = tuple[list[float], int, str, bool, bool]


def _shape(line: Line | None) -> list[float]:
    if line is None:
        return [0.0, 0.0, 0.0, 0.0, 0.0, 1.0]
    return [
        math.log1p(line.n_words),
        float(line.ends_sentence),
        float(line.role is Role.CREDIT),
        float(line.role is Role.CAPTION),
        float(line.role is Role.REMOVED and line.kind in ("media", "byline")),
        0.0,
    ]


def features(doc: Document, pos: int, counts: dict[str, int]) -> list[float]:
    line = doc.lines[pos]
    text = line.text
    letters = [c for c in text if c.isalpha()]
    caps = sum(1 for w in line.words if w[:1].isupper()) / max(1, line.n_words)
    before = doc.lines[pos - 1] if pos > 0 else None
    after = doc.lines[pos + 1] if pos + 1 < len(doc.lines) else None
    return [
        1.0,  # bias
        math.log1p(line.n_words),
        float(line.ends_sentence),
        float(text.endswith(".")),
        float(text[:1] in QUOTES),
        caps,
        sum(1 for c in letters if c.isupper()) / max(1, len(letters)),
        sum(1 for c in text if c.isdigit()) / max(1, len(text)),
        pos / max(1, len(doc.lines) - 1),
        float(counts.get(text, 0) > 1),
        float(caption_score(text)),
        float(reports_speech(text)),
        float(shows_a_picture(text)),
        float(NAME_APPOSITION.match(text) is not None),
        *_shape(before),
        *_shape(after),
    ]


def examples(corpus: Path, mode: str) -> Iterator[Example]:
    """One example per body line: left by the rules (``residual``) or before split_captions (``replace``)."""
    full = default_pipeline()
    pipeline = full if mode == "residual" else full.without("split_captions")
    with corpus.open(encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            gold: dict[str, Any] = json.loads(raw)
            doc = pipeline.run(Document.from_text(gold["input_text"]))
            ruled_doc = full.run(Document.from_text(gold["input_text"]))
            ruled = {ln.index for ln in ruled_doc.lines if ln.role is Role.CAPTION}
            site = urlparse(gold.get("url") or gold["id"]).netloc.removeprefix("www.")
            counts: dict[str, int] = {}
            for line in doc.lines:
                counts[line.text] = counts.get(line.text, 0) + 1
            for pos, line in enumerate(doc.lines):
                if line.role is Role.BODY:
                    label = gold["lines"][line.index]
                    yield (
                        features(doc, pos, counts),
                        int(label["label"] == "caption"),
                        site,
                        bool(label.get("in_gold_body")),
                        line.index in ruled,
                    )


def train(data: list[Example], epochs: int = 150, rate: float = 0.5, l2: float = 1e-3) -> list[float]:
    """Logistic regression by batch gradient descent, positives weighted up to balance the classes."""
    n_feat = len(data[0][0])
    pos = sum(y for _, y, *_ in data) or 1
    weight_pos = (len(data) - pos) / pos
    w = [0.0] * n_feat
    for _ in range(epochs):
        grad = [0.0] * n_feat
        for x, y, *_ in data:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True))))))
            g = (p - y) * (weight_pos if y else 1.0)
            for i, xi in enumerate(x):
                grad[i] += g * xi
        total = len(data) * (1 + weight_pos) / 2
        w = [wi - rate * (gi / total + l2 * wi) for wi, gi in zip(w, grad, strict=True)]
    return w


def score(w: list[float], x: list[float]) -> float:
    return sum(a * b for a, b in zip(w, x, strict=True))


def tally(w: list[float], data: list[Example], threshold: float) -> tuple[int, int, int]:
    """Captions found, gold-body lines taken, other lines taken."""
    found = body = other = 0
    for x, y, _, in_body, _ in data:
        if score(w, x) >= threshold:
            if y:
                found += 1
            elif in_body:
                body += 1
            else:
                other += 1
    return found, body, other


def best_threshold(w: list[float], data: list[Example]) -> float:
    scores = sorted({round(score(w, x), 3) for x, *_ in data})
    best, best_gain = math.inf, 0
    for t in scores:
        found, body, _ = tally(w, data, t)
        if found - 2 * body > best_gain:
            best, best_gain = t, found - 2 * body
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--mode",
        choices=("residual", "replace"),
        default="replace",
        help="score the lines the rules leave (residual) or replace split_captions (replace)",
    )
    args = parser.parse_args(argv)
    data = list(examples(args.corpus, args.mode))
    sites = sorted({site for _, _, site, *_ in data})
    random.Random(0).shuffle(sites)
    fold_of = {site: i % args.folds for i, site in enumerate(sites)}
    held = [0, 0, 0]
    seen = [0, 0, 0]
    for k in range(args.folds):
        fit = [e for e in data if fold_of[e[2]] != k]
        test = [e for e in data if fold_of[e[2]] == k]
        w = train(fit)
        t = best_threshold(w, fit)
        for acc, part in ((held, test), (seen, fit)):
            for i, v in enumerate(tally(w, part, t)):
                acc[i] += v
    rules = [0, 0, 0]
    for _, y, _, in_body, ruled in data:
        if ruled:
            rules[0 if y else 1 if in_body else 2] += 1
    positives = sum(y for _, y, *_ in data)
    print(f"mode {args.mode}: {len(data)} body lines, {positives} of them gold captions, {len(sites)} sites")
    print(f"{'':28}{'captions found':>16}{'gold-body taken':>17}{'other taken':>13}")
    print(f"{'scorer, held-out folds':28}{held[0]:>16}{held[1]:>17}{held[2]:>13}")
    folds = args.folds - 1
    print(f"{'scorer, training folds':28}{seen[0] / folds:>16.1f}{seen[1] / folds:>17.1f}{seen[2] / folds:>13.1f}")
    if args.mode == "replace":
        print(f"{'rules (split_captions)':28}{rules[0]:>16}{rules[1]:>17}{rules[2]:>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
