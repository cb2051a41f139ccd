"""``newsclean batch INPUT... -o OUTPUT``: clean JSONL/CSV/Parquet/WARC records into JSONL or Parquet.

Every input record yields one output record or one error record (``--errors``). Output goes to
``OUTPUT.partial`` (JSON Lines, flushed per record) and is renamed (or, for Parquet, converted) at the
end, so a killed run leaves a readable partial that ``--resume`` continues from.

Exit codes: 0 every record cleaned; 1 finished, with error records; 2 the run failed (bad arguments,
unreadable input file); 130 interrupted (rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsclean.batch.records import Raw, dump_line, input_format, read_records, scan_output
from newsclean.batch.run import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_TIME_BUDGET,
    Fields,
    Stats,
    Task,
    default_workers,
    make_task,
    run_tasks,
)
from newsclean.errors import InputError

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 130


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "batch",
        help="clean many records (JSONL, CSV, Parquet, WARC) into JSONL or Parquet",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl[.gz|.zst], .csv, .parquet or .warc[.gz] files")
    p.add_argument("-o", "--output", required=True, help="OUTPUT.jsonl or OUTPUT.parquet")
    p.add_argument("--errors", help="error records (JSONL); default: OUTPUT's name + .errors.jsonl")
    p.add_argument("--text-field", default="text", help="field holding scraped text (default: text)")
    p.add_argument("--html-field", default="html", help="field holding HTML, used when set (default: html)")
    p.add_argument("--id-field", default="id", help="record id; missing ids become FILE:LINE (default: id)")
    p.add_argument("--url-field", default="url", help="the page URL: metadata, and headline evidence (default: url)")
    p.add_argument("--title-field", default="title", help="a known headline (default: title)")
    p.add_argument("--workers", type=int, default=default_workers(), help="worker processes (default: all cores)")
    p.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help=argparse.SUPPRESS)
    p.add_argument(
        "--time-budget", type=float, default=DEFAULT_TIME_BUDGET, help="seconds per record before it becomes an error"
    )
    p.add_argument("--resume", action="store_true", help="continue a killed run: skip ids already in OUTPUT.partial")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--summary", action="store_true", help="print the summary line even when not on a terminal")
    p.set_defaults(func=run_batch)


def _paths(args: argparse.Namespace) -> tuple[Path, Path, Path, Path]:
    output = Path(args.output)
    errors = Path(args.errors) if args.errors else output.with_name(output.name.split(".")[0] + ".errors.jsonl")
    return output, errors, Path(f"{output}.partial"), Path(f"{errors}.partial")


def _raws(inputs: Sequence[Path]) -> Iterator[Raw]:
    """Records of all inputs, ``pos`` counted across files so the progress bar spans them all."""
    offset = 0
    for path in inputs:
        for raw in read_records(path):
            yield replace(raw, pos=offset + raw.pos)
        offset += path.stat().st_size


def _tasks(inputs: Sequence[Path], fields: Fields, done: set[str], stats: Stats) -> Iterator[Task]:
    for task in (make_task(raw, fields) for raw in _raws(inputs)):
        if task.id in done:
            stats.outcomes["skipped"] += 1
            continue
        yield task


def run_batch(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.inputs]
    for path in inputs:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    output, errors, journal, error_journal = _paths(args)
    parquet = output.suffix.lower() in (".parquet", ".pq")
    if not parquet and output.suffix.lower() not in (".jsonl", ".ndjson", ".json"):
        raise InputError(f"{output}: write .jsonl or .parquet (compress JSON Lines afterwards if you need to)")
    for path in inputs:
        input_format(path)  # an unknown input format fails now, not after the files before it
    if parquet:
        import newsclean.batch.arrow  # noqa: F401 - fail now, not after hours of work, if pyarrow is missing
    fields = Fields(args.text_field, args.html_field or None, args.id_field, args.url_field, args.title_field)
    done: set[str] = set()
    columns: dict[str, None] = {}
    if args.resume:
        done, keys = scan_output(journal, fields.id)
        columns.update(dict.fromkeys(keys))
        done |= scan_output(error_journal, "id")[0]
    stats = Stats()
    show = not args.quiet and sys.stderr.isatty()
    started = time.monotonic()
    tasks = _tasks(inputs, fields, done, stats)
    results = run_tasks(tasks, workers=args.workers, time_budget=args.time_budget, chunk_size=args.chunk_size)
    mode = "ab" if args.resume else "wb"
    try:
        with ExitStack() as stack:
            out = stack.enter_context(journal.open(mode))
            err = stack.enter_context(error_journal.open(mode))
            progress = stack.enter_context(_Progress(sum(p.stat().st_size for p in inputs), show))
            for result in results:
                stats.add(result)
                stream = out if result.ok else err
                if result.ok:
                    columns.update(dict.fromkeys(result.record))
                # Flushed per record, so a kill leaves whole records behind for --resume.
                stream.write(dump_line(result.record))
                stream.flush()
                progress.update(result.pos, stats)
    except KeyboardInterrupt:
        print(f"newsclean batch: interrupted; rerun with --resume to continue from {journal}", file=sys.stderr)
        return EXIT_INTERRUPTED
    _finish(output, journal, errors, error_journal, [c for c in columns if c != "article"] if parquet else None)
    if not args.quiet and (show or args.summary):
        elapsed = time.monotonic() - started
        rate = (stats.records - stats.outcomes["skipped"]) / elapsed if elapsed else 0.0
        print(f"newsclean batch: {stats.summary()} in {elapsed:.1f} s ({rate:,.1f} records/s)", file=sys.stderr)
    return EXIT_RECORD_ERRORS if errors.stat().st_size else EXIT_OK


def _finish(output: Path, journal: Path, errors: Path, error_journal: Path, columns: list[str] | None) -> None:
    """Publish the outputs: errors first, so a finished OUTPUT always has its errors file beside it."""
    error_journal.replace(errors)
    if columns is None:
        journal.replace(output)
        return
    from newsclean.batch.arrow import jsonl_to_parquet

    tmp = Path(f"{output}.tmp")
    jsonl_to_parquet(journal, tmp, columns)
    tmp.replace(output)
    journal.unlink()


class _Progress:
    """A rich progress bar over the input bytes, with records, records/s and errors; a no-op when hidden."""

    def __init__(self, total_bytes: int, show: bool) -> None:
        self._show, self._total = show, total_bytes
        self._bar: Any = None
        self._task: Any = None
        self._started = time.monotonic()
        self._last = 0.0

    def __enter__(self) -> _Progress:
        if self._show:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("[bold]{task.fields[records]:>10,}[/] records"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TextColumn("{task.fields[rate]:>8,.1f} rec/s"),
                TextColumn("[red]{task.fields[errors]:,} errors"),
                TimeRemainingColumn(),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("batch", total=self._total or None, records=0, rate=0.0, errors=0)
        return self

    def update(self, pos: int, stats: Stats) -> None:
        now = time.monotonic()
        if self._bar is None or now - self._last < 0.1:
            return
        self._last = now
        done = stats.records - stats.outcomes["skipped"]
        rate = done / (now - self._started) if now > self._started else 0.0
        self._bar.update(self._task, completed=pos, records=stats.records, rate=rate, errors=stats.outcomes["error"])

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
