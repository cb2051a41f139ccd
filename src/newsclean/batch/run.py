"""Clean many records: ``clean_records(records, workers=...)`` yields one :class:`Result` per input
record, in input order, and never drops one.

A record becomes a :class:`Task` (what to clean, and which fields to pass through), a worker runs
:func:`clean_task` on it, and the result is the output record (pass-through fields plus
``"article": Article.to_dict()``) or an error record (``id``, ``error``, ``message``, ``where``).
"""

from __future__ import annotations

import os
import signal
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, NamedTuple

from newsclean.api import PipelineLike, clean_html, clean_text
from newsclean.batch.records import Raw
from newsclean.errors import NewscleanError

#: Seconds one record may take before it becomes a ``RecordTimeout`` error record.
DEFAULT_TIME_BUDGET = 60.0
#: Records sent to a worker at a time: large enough to hide IPC, small enough to retry cheaply.
DEFAULT_CHUNK_SIZE = 32


@dataclass(frozen=True, slots=True)
class Fields:
    """Which input fields hold the text, the HTML, the id, the URL and the given title.

    A record is cleaned as HTML when its ``html`` field is set, else as text from its ``text`` field.
    Every other field is passed through untouched.
    """

    text: str = "text"
    html: str | None = "html"
    id: str = "id"
    url: str = "url"
    title: str = "title"


class Task(NamedTuple):
    """One record ready for a worker (a plain tuple, cheap to pickle)."""

    id: str
    where: str
    mode: str  # "text", "html" or "error"
    source: str | bytes | None
    url: str | None
    title: str | None
    encoding: str | None
    keep: dict[str, Any]  # pass-through fields; for "error", {"error": type, "message": text}
    pos: int = 0


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one record: the output record, or an error record when ``error`` is set."""

    id: str
    record: dict[str, Any]
    error: str | None = None
    pos: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


class RecordTimeout(Exception):
    """A record took longer than its time budget."""


def make_task(raw: Raw | Mapping[str, Any], fields: Fields, number: int = 0) -> Task:
    """Turn one read record into a :class:`Task`; a record that cannot be cleaned becomes an error task."""
    if not isinstance(raw, Raw):
        raw = Raw(f"record:{number}", dict(raw))
    if raw.error is not None or raw.data is None:
        kind, message = raw.error or ("InvalidRecord", "no data")
        return _error_task(raw.where, raw.where, kind, message, raw.pos)
    data = raw.data
    given_id = data.get(fields.id)
    rid = raw.where if given_id is None or given_id == "" else str(given_id)
    html = data.get(fields.html) if fields.html else None
    source, mode = (html, "html") if html is not None else (data.get(fields.text), "text")
    if source is None:
        wanted = f"{fields.text!r}" + (f" or {fields.html!r}" if fields.html else "")
        return _error_task(rid, raw.where, "MissingField", f"the record has no {wanted} field", raw.pos)
    if not isinstance(source, str | bytes):
        message = f"field {(fields.html if mode == 'html' else fields.text)!r} is a {type(source).__name__}, not text"
        return _error_task(rid, raw.where, "InvalidField", message, raw.pos)
    keep = {k: v for k, v in data.items() if k not in (fields.text, fields.html)}
    keep.setdefault(fields.id, rid)
    if keep[fields.id] in (None, ""):
        keep[fields.id] = rid
    url, title = data.get(fields.url), data.get(fields.title)
    return Task(
        rid,
        raw.where,
        mode,
        source,
        url if isinstance(url, str) else None,
        title if isinstance(title, str) and title.strip() else None,
        raw.meta.get("charset"),
        keep,
        raw.pos,
    )


def _error_task(rid: str, where: str, kind: str, message: str, pos: int) -> Task:
    return Task(rid, where, "error", None, None, None, None, {"error": kind, "message": message}, pos)


def error_result(task: Task, kind: str, message: str) -> Result:
    record = {"id": task.id, "error": kind, "message": message[:1000], "where": task.where}
    return Result(task.id, record, kind, task.pos)


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise RecordTimeout


def clean_task(task: Task, pipeline: PipelineLike = None, time_budget: float = 0.0) -> Result:
    """Clean one task; every failure becomes an error :class:`Result`, never an exception.

    The time budget uses ``SIGALRM``, so it applies in a process's main thread only (worker processes
    always are); the pool also kills a worker stuck past it in code that ignores signals.
    """
    if task.mode == "error":
        return error_result(task, task.keep["error"], task.keep["message"])
    # No SIGALRM on Windows: there only the pool's kill of a stuck worker enforces the budget.
    timed = time_budget > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    try:
        if timed:
            previous = signal.signal(signal.SIGALRM, _raise_timeout)
            signal.setitimer(signal.ITIMER_REAL, time_budget)
        try:
            clean = clean_html if task.mode == "html" else clean_text
            assert task.source is not None
            article = clean(task.source, title=task.title, url=task.url, pipeline=pipeline, encoding=task.encoding)
        finally:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    except RecordTimeout:
        return error_result(task, "RecordTimeout", f"cleaning took longer than the budget of {time_budget:g} s")
    except NewscleanError as exc:
        return error_result(task, type(exc).__name__, str(exc))
    except Exception as exc:
        return error_result(task, type(exc).__name__, f"{exc} (a newsclean bug: please report it)")
    record = dict(task.keep)
    if "article" in record:  # an input field of that name would be overwritten: keep it under another
        record["input_article"] = record.pop("article")
    record["article"] = article.to_dict()
    return Result(task.id, record, None, task.pos)


@dataclass
class Stats:
    """Counts per outcome, per error type and per removal kind; add them across runs with ``+``."""

    outcomes: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)

    @property
    def records(self) -> int:
        return sum(self.outcomes.values())

    def add(self, result: Result) -> None:
        if result.error is not None:
            self.outcomes["error"] += 1
            self.errors[result.error] += 1
            return
        article = result.record["article"]
        self.outcomes["ok" if article["body"] else "empty"] += 1
        self.removed.update(r["kind"] for r in article["removed"])

    def __add__(self, other: Stats) -> Stats:
        return Stats(self.outcomes + other.outcomes, self.errors + other.errors, self.removed + other.removed)

    def summary(self) -> str:
        """One line, e.g. ``3 records: 2 ok, 1 error (InvalidJSON 1); removed: ad 4, teaser 1``."""
        parts = [f"{self.outcomes[k]:,} {k}" for k in ("ok", "empty", "skipped") if self.outcomes[k]]
        n_err = self.outcomes["error"]
        if n_err:
            kinds = ", ".join(f"{k} {v:,}" for k, v in self.errors.most_common())
            parts.append(f"{n_err:,} error{'s' if n_err != 1 else ''} ({kinds})")
        line = f"{self.records:,} record{'s' if self.records != 1 else ''}: " + (", ".join(parts) or "none")
        if self.removed:
            line += "; removed: " + ", ".join(f"{k} {v:,}" for k, v in self.removed.most_common())
        return line


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity, e.g. under taskset or a container), else all."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def clean_records(
    records: Iterable[Raw | Mapping[str, Any]],
    *,
    workers: int | None = None,
    fields: Fields | None = None,
    pipeline: PipelineLike = None,
    time_budget: float = DEFAULT_TIME_BUDGET,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Result]:
    """Clean ``records`` (dicts, or :class:`Raw` from a reader) and yield one Result each, in input order.

    ``workers`` processes do the work (default: all cores); ``workers=0`` cleans in this process
    (no protection against crashes). Input is read lazily and at most a few chunks per worker are in
    flight, so memory stays flat however many records there are.

    >>> records = [{"id": 1, "text": "Ferry strike ends today\\nBoats run again."}, {"id": 2}]
    >>> [(r.id, r.error) for r in clean_records(records, workers=0)]
    [('1', None), ('2', 'MissingField')]
    """
    fields = fields or Fields()
    tasks = (make_task(raw, fields, n) for n, raw in enumerate(records, 1))
    yield from run_tasks(tasks, workers=workers, pipeline=pipeline, time_budget=time_budget, chunk_size=chunk_size)


def run_tasks(
    tasks: Iterable[Task],
    *,
    workers: int | None = None,
    pipeline: PipelineLike = None,
    time_budget: float = DEFAULT_TIME_BUDGET,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Result]:
    """:func:`clean_records` for tasks already made (the CLI filters them first for ``--resume``)."""
    n_workers = default_workers() if workers is None else workers
    if n_workers <= 0:
        for task in tasks:
            yield clean_task(task, pipeline, time_budget)
        return
    from newsclean.batch.pool import WorkerPool

    with WorkerPool(n_workers, pipeline=pipeline, time_budget=time_budget) as pool:
        for chunk_results in pool.map_chunks(chunked(tasks, chunk_size)):
            yield from chunk_results
