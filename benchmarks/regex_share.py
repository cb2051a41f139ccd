"""How much of the text pipeline's time is spent inside the regular-expression engines, pattern by pattern.

    python benchmarks/regex_share.py              # dev corpus, top 30 patterns
    python benchmarks/regex_share.py --top 60 --passes 5

A speed plan needs to know which part of the time Python code can win back and which part is the
engines' own matching. Every pattern newsclean compiles (``re.compile`` and ``regex.compile`` called
from a module of the package) is wrapped, before the package is imported, in a proxy that adds the
time spent inside each call to its pattern's account: the module and line that compiled it, the
method, the calls. The proxy's own cost is not in those accounts (the clock pair's cost is measured
and taken off each call); it does slow the wrapped run, so the pipeline's plain time is measured in a
child process without the proxies, beside ``ftfy.fix_text`` on the same texts.

The sum of the accounts bounds what any rewrite of the Python around these patterns can reach: the
matching stays unless the patterns change. Patterns used through the module-level functions
(``re.search(source, text)``) are not wrapped, and count as Python time.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Scripts here may share a name with a stdlib module (html.py): keep this folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import regex  # noqa: E402

ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "textmode-dev.jsonl"
PACKAGE = "newsclean"

_clock = time.perf_counter
# (where compiled, method) -> [calls, seconds inside the engine]
_ACCOUNTS: dict[tuple[str, str], list[float]] = {}
_SOURCES: dict[str, list[str]] = {}  # where compiled -> the sources compiled there


def _clock_cost() -> float:
    """What one clock pair costs, to take off each timed call."""
    n = 200_000
    t0 = _clock()
    for _ in range(n):
        _clock()
        _clock()
    return (_clock() - t0) / n


class _Timed:
    """A compiled pattern whose matching methods add their time to the pattern's account."""

    __slots__ = ("_pattern", "_where")

    def __init__(self, pattern: Any, where: str) -> None:
        self._pattern = pattern
        self._where = where

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._pattern, name)
        if not callable(attr):
            return attr
        account = _ACCOUNTS.setdefault((self._where, name), [0, 0.0])

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = _clock()
            try:
                return attr(*args, **kwargs)
            finally:
                account[1] += _clock() - t0
                account[0] += 1

        return timed


def _wrap(module: Any) -> None:
    compile_ = module.compile

    def compile_timed(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        compiled = compile_(pattern, flags, *args, **kwargs)
        caller = sys._getframe(1)
        filename = caller.f_code.co_filename
        if f"/{PACKAGE}/" not in filename.replace("\\", "/"):
            return compiled
        where = f"{filename.replace(chr(92), '/').split(f'/{PACKAGE}/', 1)[1]}:{caller.f_lineno}"
        _SOURCES.setdefault(where, []).append(str(compiled.pattern))
        return _Timed(compiled, where)

    module.compile = compile_timed


def _plain_times(corpus: Path, passes: int) -> tuple[float, float]:
    """Median seconds of the pipeline and of ftfy.fix_text over the corpus, in a child without proxies."""
    code = f"""
import json, statistics, time, ftfy, newsclean
texts = [json.loads(l)["input_text"] for l in open({str(corpus)!r}, encoding="utf-8") if l.strip()]
for t in texts[:5]: newsclean.clean_text(t); ftfy.fix_text(t)
ours, theirs = [], []
for _ in range({passes}):
    t0 = time.perf_counter()
    for t in texts: newsclean.clean_text(t)
    t1 = time.perf_counter()
    for t in texts: ftfy.fix_text(t)
    ours.append(t1 - t0); theirs.append(time.perf_counter() - t1)
print(statistics.median(ours), statistics.median(theirs))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    ours, theirs = map(float, out.split())
    return ours, theirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--passes", type=int, default=3, help="timed passes (after one warm-up pass)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    texts = [json.loads(line)["input_text"] for line in args.corpus.open(encoding="utf-8") if line.strip()]

    pipeline_s, ftfy_s = _plain_times(args.corpus, args.passes)
    _wrap(re)
    _wrap(regex)
    import newsclean  # the package compiles its patterns now, through the proxies

    clean: Callable[[str], object] = newsclean.clean_text
    for text in texts:  # warm-up: lazily compiled patterns, caches
        clean(text)
    _ACCOUNTS.clear()
    for _ in range(args.passes):
        for text in texts:
            clean(text)
    cost = _clock_cost()
    rows = []
    for (where, method), (calls, secs) in _ACCOUNTS.items():
        inside = max(0.0, secs - calls * cost) / args.passes
        rows.append((inside, int(calls) // args.passes, where, method))
    rows.sort(reverse=True)
    engine = sum(r[0] for r in rows)
    print(f"{len(texts)} texts; pipeline {pipeline_s * 1000:.0f} ms, ftfy.fix_text {ftfy_s * 1000:.0f} ms (medians)")
    print(
        f"inside the regex engines: {engine * 1000:.0f} ms a pass ({engine / pipeline_s:.0%} of the pipeline), "
        f"{sum(r[1] for r in rows):,} calls to patterns compiled at {len({r[2] for r in rows})} places"
    )
    budget = ftfy_s / 10
    print(f"10x ftfy.fix_text is {budget * 1000:.0f} ms a pass: the engines alone take {engine / budget:.1f}x that")
    print()
    print("| ms | calls | µs/call | method | compiled at | pattern (the first compiled there; n: how many) |")
    print("|---:|---:|---:|---|---|---|")
    for inside, calls, where, method in rows[: args.top]:
        sources = _SOURCES[where]
        source = " ".join(sources[0].split())[:50].replace("|", "\\|")
        many = f" (n={len(sources)})" if len(sources) > 1 else ""
        per = inside / calls * 1e6 if calls else 0.0
        print(f"| {inside * 1000:.1f} | {calls:,} | {per:.1f} | {method} | {where} | `{source}`{many} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
