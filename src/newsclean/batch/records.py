"""Readers and writers of batch records: JSON Lines (plain, .gz, .zst), CSV, Parquet and WARC in;
JSON Lines out (Parquet out lives in :mod:`newsclean.batch.arrow`).

A reader never raises on a bad record: it yields a :class:`Raw` with ``error`` set, so the run turns it
into an error record and no input record is lost. Each ``Raw`` carries ``pos``, the bytes of its file
consumed so far, for the progress bar.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from newsclean.errors import InputError

#: Records read from Parquet at a time; keeps memory flat whatever the row-group size.
PARQUET_BATCH_ROWS = 1024


@dataclass(frozen=True, slots=True)
class Raw:
    """One input record as read: its fields, or why it could not be read."""

    where: str  # "file:line" (or row, or WARC offset), for error records and generated ids
    data: dict[str, Any] | None
    pos: int = 0
    error: tuple[str, str] | None = None  # (error type, message)
    meta: dict[str, Any] = field(default_factory=dict)  # reader facts: declared charset (WARC)


def input_format(path: str | Path) -> str:
    """The format of ``path`` from its name: "jsonl", "csv", "parquet" or "warc".

    >>> input_format("crawl/part-0001.jsonl.zst"), input_format("pages.warc.gz")
    ('jsonl', 'warc')
    """
    name = str(path).lower()
    for suffix in (".gz", ".zst", ".zstd"):
        name = name.removesuffix(suffix)
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith((".warc", ".arc")):
        return "warc"
    raise InputError(
        f"cannot tell the format of {path!s} from its name: use .jsonl[.gz|.zst], .csv, .parquet or .warc[.gz]"
    )


def open_binary(path: Path, raw: BinaryIO) -> BinaryIO:
    """``raw`` decompressed according to ``path``'s suffix."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return gzip.open(raw)  # type: ignore[return-value]  # GzipFile is a BinaryIO in all but name
    if suffix in (".zst", ".zstd"):
        import zstandard  # newsclean[batch]

        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader, 1 << 20)
    return raw


def read_records(path: str | Path) -> Iterator[Raw]:
    """Every record of one input file, in order, whatever its format."""
    path = Path(path)
    fmt = input_format(path)
    if fmt == "parquet":
        yield from _read_parquet(path)
        return
    with path.open("rb") as raw:
        if fmt == "warc":
            yield from _read_warc(path, raw)
            return
        stream = open_binary(path, raw)
        if fmt == "jsonl":
            yield from _read_jsonl(path, stream, raw)
        else:
            yield from _read_csv(path, stream, raw)


def _read_jsonl(path: Path, stream: BinaryIO, raw: BinaryIO) -> Iterator[Raw]:
    for number, line in enumerate(stream, 1):
        where = f"{path.name}:{number}"
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            yield Raw(where, None, raw.tell(), ("InvalidJSON", f"{type(exc).__name__}: {str(exc)[:200]}"))
            continue
        if not isinstance(data, dict):
            yield Raw(where, None, raw.tell(), ("InvalidRecord", f"a JSON {type(data).__name__}, not an object"))
            continue
        yield Raw(where, data, raw.tell())


def _read_csv(path: Path, stream: BinaryIO, raw: BinaryIO) -> Iterator[Raw]:
    # Fields of scraped pages are long: lift the csv module's 128 KB guard to the input limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    delimiter = "\t" if ".tsv" in path.name.lower() else ","
    reader = csv.DictReader(text, delimiter=delimiter)
    number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield Raw(f"{path.name}:{reader.line_num}", None, raw.tell(), ("InvalidCSV", str(exc)))
            continue
        number += 1
        extra = row.pop(None, None)
        if extra is not None:
            row["_extra_columns"] = extra
        yield Raw(f"{path.name}:{number}", dict(row), raw.tell())


def _read_parquet(path: Path) -> Iterator[Raw]:
    import pyarrow.parquet as pq  # newsclean[batch]

    pf = pq.ParquetFile(path)
    total = max(pf.metadata.num_rows, 1)
    size = path.stat().st_size
    row = 0
    for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for data in batch.to_pylist():
            row += 1
            yield Raw(f"{path.name}:{row}", data, size * row // total)


def _read_warc(path: Path, raw: BinaryIO) -> Iterator[Raw]:
    from warcio.archiveiterator import ArchiveIterator  # newsclean[batch]

    records = ArchiveIterator(raw, arc2warc=True)
    for record in records:
        if record.rec_type != "response" or record.http_headers is None:
            continue
        mime = record.http_headers.get_header("Content-Type") or ""
        if "html" not in mime.lower():
            continue
        try:
            body = record.content_stream().read()
            error: tuple[str, str] | None = None
        except Exception as exc:
            body, error = b"", ("InvalidWARCRecord", f"{type(exc).__name__}: {exc}")
        # Only after the body is read: asking for the offset reads the record to its end.
        where = f"{path.name}@{records.get_record_offset()}"
        if error is not None:
            yield Raw(where, None, raw.tell(), error)
            continue
        record_id = record.rec_headers.get_header("WARC-Record-ID") or where
        data = {
            "id": record_id.strip("<>"),
            "url": record.rec_headers.get_header("WARC-Target-URI"),
            "warc_date": record.rec_headers.get_header("WARC-Date"),
            "html": body,
        }
        yield Raw(where, data, raw.tell(), meta={"charset": _charset(mime)})


def _charset(content_type: str) -> str | None:
    """The charset parameter of an HTTP Content-Type header.

    >>> _charset('text/html; charset="ISO-8859-1"')
    'ISO-8859-1'
    """
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def dump_line(record: dict[str, Any]) -> bytes:
    """One JSON Lines line of UTF-8; values JSON cannot hold (bytes, dates) become text.

    >>> dump_line({"id": 1, "note": "caf\\u00e9 \\ud800"})
    b'{"id": 1, "note": "caf\\\\u00e9 \\\\ud800"}\\n'
    """
    try:
        return json.dumps(record, ensure_ascii=False, default=_json_default).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape: ASCII escapes keep the line valid UTF-8
        return json.dumps(record, default=_json_default).encode("ascii") + b"\n"


def _json_default(obj: object) -> Any:
    if isinstance(obj, bytes | bytearray):
        return bytes(obj).decode("latin-1")
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return str(obj)


def scan_output(path: Path, id_field: str) -> tuple[set[str], list[str]]:
    """Ids and field names in an earlier partial JSON Lines output, after cutting a half-written last line."""
    ids: set[str] = set()
    keys: dict[str, None] = {}
    if not path.exists():
        return ids, []
    truncate_partial_line(path)
    with path.open("rb") as f:
        for line in f:
            data = json.loads(line)  # whole lines were written by us; a bad one is worth a loud failure
            keys.update(dict.fromkeys(data))
            value = data.get(id_field)
            if value is not None:
                ids.add(str(value))
    return ids, list(keys)


def truncate_partial_line(path: Path) -> None:
    """Cut ``path`` back to its last newline: a kill can leave half a record at the end."""
    with path.open("r+b") as f:
        size = f.seek(0, io.SEEK_END)
        pos = size
        while pos > 0:
            step = min(pos, 1 << 16)
            f.seek(pos - step)
            block = f.read(step)
            cut = block.rfind(b"\n")
            if cut >= 0:
                pos = pos - step + cut + 1
                break
            pos -= step
        if pos != size:
            f.truncate(pos)
