"""A process pool that loses no record: each worker holds one chunk at a time over its own pipe.

``multiprocessing.Pool`` hangs forever when a worker is killed, and ``ProcessPoolExecutor`` fails
every pending future. Here the parent knows which chunk each worker holds, so when one dies (killed,
out of memory, a segfault in an extension) the worker is replaced and only its chunk is retried, one
record at a time; a record that crashes a worker again becomes an error record. A worker stuck past
the time budget in code that ignores signals is killed the same way.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from types import TracebackType
from typing import Any

from newsclean.api import PipelineLike
from newsclean.batch.run import Result, Task, clean_task, error_result

#: A worker stuck this long past the per-record budget is killed (signals cannot stop C loops).
KILL_GRACE_SECONDS = 10.0
#: Chunks in flight or waiting to be written, per worker. Bounds memory (results are ~16 KB a record,
#: so at most ~64 MB a worker, used only behind a slow record) yet lets the other workers run ~4,000
#: records (tens of seconds) ahead of a chunk stuck on a record that takes a minute (a 20 MB page).
OUTSTANDING_PER_WORKER = 128


class _Job:
    """Part of a chunk: its tasks from ``start`` on, and which attempt this is."""

    __slots__ = ("attempt", "chunk", "start", "tasks")

    def __init__(self, chunk: int, start: int, tasks: list[Task], attempt: int) -> None:
        self.chunk, self.start, self.tasks, self.attempt = chunk, start, tasks, attempt


def _worker_main(conn: Connection, state: Any, pipeline: PipelineLike, budget: float) -> None:
    # Ctrl-C goes to the whole process group: let the parent decide, and stop us cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        results = []
        for i, task in enumerate(job.tasks):
            state[0], state[1] = float(i), time.monotonic()
            results.append(clean_task(task, pipeline, budget))
        state[1] = 0.0
        conn.send(results)
        if any(r.error == "RecordTimeout" for r in results):
            # The alarm may have cut a cleaner mid-update of some cache: start afresh, the parent respawns us.
            return


@dataclass
class _Worker:
    process: Any
    conn: Connection
    state: Any
    job: _Job | None = None


class WorkerPool:
    """``map_chunks(chunks)`` yields each chunk's results in input order. Use as a context manager."""

    def __init__(
        self, workers: int, *, pipeline: PipelineLike = None, time_budget: float = 0.0, start_method: str | None = None
    ) -> None:
        # fork where there is one: fast, and a user's script is not re-imported as spawn does (a script
        # without a __main__ guard would start pools recursively). Workers only clean, so locks held by
        # the parent's threads (a progress bar) at fork time are never taken in the child.
        methods = multiprocessing.get_all_start_methods()
        self._ctx: Any = multiprocessing.get_context(start_method or ("fork" if "fork" in methods else "spawn"))
        self._pipeline, self._budget = pipeline, time_budget
        self._workers = [self._start() for _ in range(max(1, workers))]
        self.restarts = 0

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        state = self._ctx.Array("d", 2, lock=False)
        process = self._ctx.Process(target=_worker_main, args=(child, state, self._pipeline, self._budget), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent, state)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        for w in self._workers:
            with contextlib.suppress(OSError):
                if w.job is None:
                    w.conn.send(None)
        deadline = time.monotonic() + 2.0
        for w in self._workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
        self._workers = []

    def map_chunks(self, chunks: Iterator[list[Task]]) -> Iterator[list[Result]]:
        """Results of each chunk, in the order the chunks came; reads ``chunks`` only as workers free up."""
        retry: deque[_Job] = deque()
        partial: dict[int, list[Result | None]] = {}
        missing: dict[int, int] = {}
        next_chunk = next_emit = 0
        exhausted = False
        limit = OUTSTANDING_PER_WORKER * len(self._workers)
        while True:
            for w in self._workers:
                if w.job is not None:
                    continue
                if retry:
                    job = retry.popleft()
                elif not exhausted and len(partial) < limit:
                    tasks = next(chunks, None)
                    if tasks is None:
                        exhausted = True
                        break
                    job = _Job(next_chunk, 0, tasks, 1)
                    partial[next_chunk], missing[next_chunk] = [None] * len(tasks), len(tasks)
                    next_chunk += 1
                else:
                    break
                w.job = job
                try:
                    w.conn.send(job)
                except OSError:  # the worker died while idle (the OOM killer picks big processes)
                    self._respawn(w)
                    retry.appendleft(job)
            while next_emit in partial and missing[next_emit] == 0:
                done = partial.pop(next_emit)
                del missing[next_emit]
                next_emit += 1
                yield [r for r in done if r is not None]
            if exhausted and not partial:
                return
            self._collect(retry, partial, missing)

    def _collect(self, retry: deque[_Job], partial: dict[int, list[Result | None]], missing: dict[int, int]) -> None:
        busy = [w for w in self._workers if w.job is not None]
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(handles, timeout=1.0))
        for w in busy:
            job = w.job
            assert job is not None
            results: list[Result] | None = None
            if w.conn in ready:
                with contextlib.suppress(EOFError, OSError):
                    results = w.conn.recv()
            if results is not None:
                w.job = None
                self._fill(job, results, partial, missing)
            elif w.conn in ready or w.process.sentinel in ready:
                self._replace(w, job, retry, partial, missing, stuck=False)
            elif self._stuck(w):
                self._replace(w, job, retry, partial, missing, stuck=True)

    def _stuck(self, w: _Worker) -> bool:
        started = w.state[1]
        return bool(self._budget and started and time.monotonic() - started > self._budget + KILL_GRACE_SECONDS)

    def _fill(
        self, job: _Job, results: list[Result], partial: dict[int, list[Result | None]], missing: dict[int, int]
    ) -> None:
        slots = partial[job.chunk]
        for i, result in enumerate(results, job.start):
            slots[i] = result
        missing[job.chunk] -= len(results)

    def _respawn(self, w: _Worker) -> int | None:
        """Kill ``w``'s process (if still there) and start a fresh one in its place; the old exit code."""
        w.process.kill()
        w.process.join()
        code: int | None = w.process.exitcode
        w.conn.close()
        fresh = self._start()
        w.process, w.conn, w.state, w.job = fresh.process, fresh.conn, fresh.state, None
        self.restarts += 1
        return code

    def _replace(
        self,
        w: _Worker,
        job: _Job,
        retry: deque[_Job],
        partial: dict[int, list[Result | None]],
        missing: dict[int, int],
        *,
        stuck: bool,
    ) -> None:
        """Replace a dead or stuck worker; retry its job one record at a time, or give up on a repeat."""
        current = int(w.state[0]) if w.state[1] else -1
        code = self._respawn(w)
        for i, task in enumerate(job.tasks):
            if stuck and i == current:
                kind = "RecordTimeout"
                message = f"the worker was still busy {self._budget + KILL_GRACE_SECONDS:g} s after the budget started"
            elif job.attempt > 1 and len(job.tasks) == 1:
                kind, message = "WorkerCrashed", f"the worker died twice on this record (exit code {code})"
            else:
                retry.append(_Job(job.chunk, job.start + i, [task], job.attempt + 1))
                continue
            self._fill(
                _Job(job.chunk, job.start + i, [task], job.attempt),
                [error_result(task, kind, message)],
                partial,
                missing,
            )
