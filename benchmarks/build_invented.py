"""Build ``data/invented-multilingual.jsonl`` from its hand-written source ``data/invented-multilingual.txt``.

    python benchmarks/build_invented.py            # rewrite the JSONL next to the source
    python benchmarks/build_invented.py --check    # exit 1 if the JSONL is stale
    python benchmarks/build_invented.py --source benchmarks/data/invented-fresh.txt \
        --target benchmarks/data/invented-fresh.jsonl [--check]   # another source in the same format

The source is one article per ``=== id lang position style`` header, one ``LABEL| text`` per line
(labels T title, B body, C caption, K credit, A ad, O other; ``C| text || credit`` names the credit
printed inside a caption). The output has the dev corpus's schema, so ``accuracy.py`` and the shared
scorer read it as they read ``textmode-dev.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "data" / "invented-multilingual.txt"
TARGET = HERE / "data" / "invented-multilingual.jsonl"
LABELS = {"T": "title", "B": "body", "C": "caption", "K": "credit", "A": "ad", "O": "other"}
POSITIONS = {"top", "mid", "end", "dom", "absent"}


def _line(raw: str, where: str) -> dict[str, Any]:
    code, sep, text = raw.partition("| ")
    if not sep or code not in LABELS:
        raise SystemExit(f"{where}: expected 'LABEL| text', got {raw!r}")
    entry: dict[str, Any] = {"text": text.strip(), "label": LABELS[code], "evidence": "invented"}
    if code == "C" and " || " in text + " ":
        caption, _, credit = text.partition("||")
        entry["text"], credit = caption.strip(), credit.strip()
        if credit:
            if credit not in entry["text"]:
                raise SystemExit(f"{where}: credit {credit!r} is not printed in its caption")
            entry["credit"] = credit
    if entry["label"] == "body":
        entry["in_gold_body"] = True
    return entry


def _doc(header: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    doc_id, lang, position, *style = header.split()
    if position not in POSITIONS:
        raise SystemExit(f"{doc_id}: headline position {position!r} not in {sorted(POSITIONS)}")
    titles = [i for i, line in enumerate(lines) if line["label"] == "title"]
    if (position == "absent") != (not titles):
        raise SystemExit(f"{doc_id}: position {position!r} but {len(titles)} title lines")
    return {
        "id": f"invented-{doc_id}",
        "url": f"invented://{doc_id}",
        "source": "invented",
        "split": "invented",
        "lang": lang,
        "page_type": "article",
        "agency_style": " ".join(style),
        "input_text": "\n".join(line["text"] for line in lines),
        "headline_position": position,
        "headline_line": titles[0] if titles else None,
        "gold_title": lines[titles[0]]["text"] if titles else None,
        "gold_title_source": "invented",
        "gold_title_alts": [],
        "gold_body": "\n\n".join(line["text"] for line in lines if line["label"] == "body"),
        "with": [],
        "without": [],
        "lines": lines,
    }


def build(source: Path = SOURCE) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    header: str | None = None
    lines: list[dict[str, Any]] = []
    for n, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("==="):
            if header is not None:
                docs.append(_doc(header, lines))
            header, lines = raw[3:].strip(), []
        elif raw.strip() and not raw.startswith("#"):
            if header is None:
                raise SystemExit(f"{source.name}:{n}: line before the first '===' header")
            lines.append(_line(raw, f"{source.name}:{n}"))
    if header is not None:
        docs.append(_doc(header, lines))
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate article ids")
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the JSONL differs from the source")
    parser.add_argument("--source", type=Path, default=SOURCE, help=f"source file (default {SOURCE.name})")
    parser.add_argument("--target", type=Path, default=TARGET, help=f"JSONL to write (default {TARGET.name})")
    args = parser.parse_args(argv)
    source: Path = args.source
    target: Path = args.target
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in build(source))
    if args.check:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        how = "" if (source, target) == (SOURCE, TARGET) else f" --source {source} --target {target}"
        print("up to date" if same else f"{target.name} is stale: run benchmarks/build_invented.py{how}")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
