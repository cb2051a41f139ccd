"""The Article as Arrow data: one schema shared by the Parquet output and the Spark column.

``ARTICLE_TYPE`` mirrors :meth:`newsclean.Article.to_dict` field for field, with nested lists and
structs (not JSON strings), so ``article.body[0]`` or ``article.removed.kind`` can be queried in place::

    article: struct<
      schema: int32,
      title: string,
      body: list<string>,
      captions: list<struct<text: string, credit: string, line: int32>>,
      credits: list<string>,
      removed: list<struct<text: string, kind: string, rule: string, reason: string, line: int32>>,
      fixes: list<struct<rule: string, before: string, after: string, line: int32, start: int32, reason: string>>,
      findings: list<struct<field: string, text: string, rule: string, reason: string, line: int32>>,
      metadata: struct<url, author, date, language, site_name, source_format, encoding, encoding_source: string>
    >

Pass-through fields become string columns: strings as they were, other values as JSON text, so a
file's schema never depends on which record came first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

#: Output rows per Parquet row group (and per conversion batch, which bounds memory).
ROWS_PER_GROUP = 2048


def _struct(*names: str, ints: Sequence[str] = ("line",)) -> pa.DataType:
    return pa.struct([pa.field(n, pa.int32() if n in ints else pa.string()) for n in names])


CAPTION_TYPE = _struct("text", "credit", "line")
REMOVAL_TYPE = _struct("text", "kind", "rule", "reason", "line")
FIX_TYPE = _struct("rule", "before", "after", "line", "start", "reason", ints=("line", "start"))
FINDING_TYPE = _struct("field", "text", "rule", "reason", "line")
METADATA_TYPE = _struct(
    "url", "author", "date", "language", "site_name", "source_format", "encoding", "encoding_source", ints=()
)
ARTICLE_TYPE = pa.struct(
    [
        pa.field("schema", pa.int32()),
        pa.field("title", pa.string()),
        pa.field("body", pa.list_(pa.string())),
        pa.field("captions", pa.list_(CAPTION_TYPE)),
        pa.field("credits", pa.list_(pa.string())),
        pa.field("removed", pa.list_(REMOVAL_TYPE)),
        pa.field("fixes", pa.list_(FIX_TYPE)),
        pa.field("findings", pa.list_(FINDING_TYPE)),
        pa.field("metadata", METADATA_TYPE),
    ]
)


def output_schema(columns: Iterable[str], article: str = "article") -> pa.Schema:
    """Pass-through ``columns`` as strings, then the Article struct."""
    return pa.schema([*(pa.field(c, pa.string()) for c in columns), pa.field(article, ARTICLE_TYPE)])


def articles_array(articles: Sequence[dict[str, Any] | None]) -> pa.Array:
    """``Article.to_dict()`` dicts (None for no article) as one Arrow struct array."""
    return pa.array(articles, type=ARTICLE_TYPE)


def as_text(value: Any) -> str | None:
    """A pass-through value as a string column cell: strings unchanged, anything else as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return json.dumps(value, ensure_ascii=False, default=str)


def records_batch(records: Sequence[dict[str, Any]], schema: pa.Schema, article: str = "article") -> pa.RecordBatch:
    """Output records (pass-through fields + ``article``) as one batch of ``schema``."""
    arrays = [
        articles_array([r.get(article) for r in records])
        if name == article
        else pa.array([as_text(r.get(name)) for r in records], type=pa.string())
        for name in schema.names
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _batches(lines: Iterator[bytes], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for line in lines:
        batch.append(json.loads(line))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def jsonl_to_parquet(source: Path, target: Path, columns: Sequence[str]) -> int:
    """Stream a JSON Lines output into Parquet, ``ROWS_PER_GROUP`` records at a time; returns the rows."""
    schema = output_schema(columns)
    rows = 0
    with source.open("rb") as f, pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for batch in _batches(iter(f), ROWS_PER_GROUP):
            writer.write_batch(records_batch(batch, schema))
            rows += len(batch)
    return rows
