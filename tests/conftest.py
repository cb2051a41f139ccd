"""Shared test helpers: where the project's shared data lives, skipping cleanly when it is absent."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean.decode import decode
from newsclean.document import Document
from newsclean.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_0481db191c878f19.txt"
CORPUS = SHARED / "corpus" / "textmode-dev.jsonl"


def shared_file(path: Path) -> Path:
    """``path`` if it exists, else skip the test (the shared data is not part of the repo)."""
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


#: Every code point but the surrogates, for properties checked over all of Unicode.
EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def corpus_docs(*, required: bool = True) -> Iterator[dict[str, Any]]:
    """The dev corpus's rows; when it is absent, skip the test (``required``) or yield nothing."""
    if not required and not CORPUS.exists():
        return
    with shared_file(CORPUS).open(encoding="utf-8") as f:
        for row in f:
            if row.strip():
                yield json.loads(row)


def corpus_texts(*, required: bool = True) -> Iterator[str]:
    """The dev corpus's input texts (see ``corpus_docs``)."""
    for doc in corpus_docs(required=required):
        yield doc["input_text"]


def fixture_texts() -> Iterator[str]:
    """The input text of every golden fixture, decoded as the CLI decodes it."""
    for p in sorted((ROOT / "fixtures").glob("*/input.txt")):
        yield decode(p.read_bytes()).text


def text_lines(texts: Iterable[str], *, newline_only: bool = False) -> Iterator[str]:
    """The lines of ``texts``: split at "\n" only, or at every line break ``str.splitlines`` knows."""
    for text in texts:
        yield from text.split("\n") if newline_only else text.splitlines()


def corpus_lines(*, required: bool = True, newline_only: bool = False) -> Iterator[str]:
    """The lines of the dev corpus's input texts (``text_lines`` of ``corpus_texts``)."""
    return text_lines(corpus_texts(required=required), newline_only=newline_only)


def fixture_lines(*, newline_only: bool = False) -> Iterator[str]:
    """The lines of every golden fixture's input (``text_lines`` of ``fixture_texts``)."""
    return text_lines(fixture_texts(), newline_only=newline_only)


def prepared(text: str, step: str = "find_headline") -> Document:
    """``text`` as the default pipeline's cleaner ``step`` sees it: after the cleaners before it."""
    doc = Document.from_text(text)
    pipeline = default_pipeline()
    for cleaner in pipeline.steps[: pipeline.names.index(step)]:
        doc.rule = cleaner.name
        cleaner(doc, pipeline.config)
    return doc
