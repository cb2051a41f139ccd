"""Batch benchmark: records/s with 1 and 2 workers, peak memory at two input sizes, Spark beside the CLI.

    .venv/bin/python benchmarks/batch.py                      # 50k records (+ 200k for memory, Spark on 5k)
    .venv/bin/python benchmarks/batch.py --records 5000 --big 20000 --spark-records 1000   # quicker

Records are the development corpus's ``input_text`` (../shared/corpus/textmode-dev.jsonl) repeated
with distinct ids; four poison records are mixed in (an invalid JSON line, a 20 MB text field, a line
of binary garbage, a record without a text field). Every run is checked for no loss: output ids plus
error ids equal the input ids. Figures are ratios against a peer measured in the same run (1 vs 2
workers, 50k vs 200k records, Spark vs the batch command), so a busy machine skews both sides alike.
Peak memory is the summed RSS of the command's whole process tree, sampled every 0.2 s (psutil), on
inputs without the poison records (the 20 MB record's one-off peak would hide growth with size).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder leads sys.path, and a sibling named like a stdlib module (html.py) would
# shadow it inside the libraries we import.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
CORPUS = ROOT.parent / "shared" / "corpus" / "textmode-dev.jsonl"
NEWSCLEAN = [sys.executable, "-m", "newsclean"]


def make_input(path: Path, n: int, *, poison: bool) -> set[str]:
    """Write ``n`` records to ``path``; returns the ids every run must account for."""
    texts = [json.loads(line)["input_text"] for line in CORPUS.open(encoding="utf-8")]
    spots = {n // 5: "invalid", 2 * n // 5: "huge", 3 * n // 5: "garbage", 4 * n // 5: "no_text"} if poison else {}
    rng = random.Random(7)
    ids: set[str] = set()
    with path.open("wb") as f:
        for i in range(n):
            rid, kind = f"bench-{i:07d}", spots.get(i)
            if kind == "invalid":
                f.write(b'{"id": "' + rid.encode() + b'", "text": "unterminated\n')
                ids.add(f"{path.name}:{i + 1}")
                continue
            if kind == "garbage":
                f.write(bytes(b for b in rng.randbytes(4096) if b != 10) + b"\n")
                ids.add(f"{path.name}:{i + 1}")
                continue
            record: dict[str, object] = {"id": rid, "n": i, "source": "bench"}
            if kind == "huge":
                record["text"] = "\n".join(texts) * (20_000_000 // sum(len(t) + 1 for t in texts) + 1)
            elif kind != "no_text":
                record["text"] = texts[i % len(texts)]
            f.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
            ids.add(rid)
    return ids


def _children_cpu() -> float:
    # Workers are reaped by the CLI, the CLI by us, so RUSAGE_CHILDREN covers the whole tree.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def run_cli(args: list[str]) -> tuple[float, int, str, float]:
    """Run ``newsclean batch``: (seconds, peak tree RSS in bytes, its summary line, CPU seconds of the tree)."""
    started = time.perf_counter()
    cpu_before = _children_cpu()
    proc = subprocess.Popen([*NEWSCLEAN, "batch", *args, "--summary"], stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newsclean batch failed ({proc.returncode}):\n{stderr}")
    return elapsed, peak, stderr.strip().splitlines()[-1], cpu


def check_no_loss(output: Path, errors: Path, expected: set[str]) -> tuple[int, int]:
    out_ids = [json.loads(line)["id"] for line in output.open("rb")]
    err_ids = [json.loads(line)["id"] for line in errors.open("rb")]
    got = out_ids + err_ids
    if len(got) != len(expected) or set(got) != expected:
        raise SystemExit(f"records lost or duplicated: {len(got)} results for {len(expected)} inputs")
    return len(out_ids), len(err_ids)


def bench_cli(work: Path, n: int, workers: int, label: str, *, poison: bool = True) -> dict[str, float]:
    tag = f"{n}{'-poison' if poison else ''}"
    src, ids = work / f"in-{tag}.jsonl", work / f"ids-{tag}.json"
    if not ids.exists():
        ids.write_text(json.dumps(sorted(make_input(src, n, poison=poison))))
    expected = set(json.loads(ids.read_text()))
    out, err = work / f"out-{label}.jsonl", work / f"err-{label}.jsonl"
    seconds, peak, summary, cpu = run_cli([str(src), "-o", str(out), "--errors", str(err), "--workers", str(workers)])
    n_out, n_err = check_no_loss(out, err, expected)
    rate = n / seconds
    print(
        f"{label:>12}: {n:,} records, {workers} worker(s): {seconds:,.1f} s, {rate:,.1f} records/s, "
        f"peak tree RSS {peak / 2**20:,.0f} MB; {n_out:,} out + {n_err:,} errors = {n_out + n_err:,}",
        flush=True,
    )
    # Cores the run actually got: on a busy or CPU-capped machine this, not the worker count, caps records/s.
    print(f"{'':>14}CPU {cpu:,.1f} s in {seconds:,.1f} s = {cpu / seconds:.2f} cores busy", flush=True)
    print(f"{'':>14}{summary}", flush=True)
    out.unlink()
    return {"seconds": seconds, "rate": rate, "peak": peak}


def bench_spark(work: Path, n: int) -> None:
    src = work / f"spark-{n}.jsonl"
    make_input(src, n, poison=False)
    parquet = work / f"spark-{n}.parquet"
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([json.loads(line) for line in src.open("rb")]), parquet)
    seconds, _, _, _ = run_cli([str(src), "-o", str(work / "spark-cli.jsonl"), "--workers", "2"])
    cli_rate = n / seconds
    print(
        f"{'cli x2':>12}: {n:,} records in {seconds:,.1f} s, {cli_rate:,.1f} records/s (process start included)",
        flush=True,
    )
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from newsclean.spark import with_articles

    started = time.perf_counter()
    builder = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
    spark = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - started
    df = spark.read.parquet(str(parquet)).repartition(8)
    started = time.perf_counter()
    with_articles(df).write.mode("overwrite").format("noop").save()
    spark_seconds = time.perf_counter() - started
    spark.stop()
    print(
        f"{'spark local2':>12}: {n:,} records in {spark_seconds:,.1f} s, {n / spark_seconds:,.1f} records/s "
        f"(+{startup:.1f} s session start)"
    )
    print(f"ratio spark/cli records/s: {(n / spark_seconds) / cli_rate:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--big", type=int, default=200_000, help="records for the memory comparison (0: skip)")
    parser.add_argument("--spark-records", type=int, default=5_000, help="0: skip Spark")
    parser.add_argument("--no-speed", action="store_true", help="skip the 1 vs 2 workers runs")
    parser.add_argument("--workdir", help="keep inputs here (default: a temporary directory)")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} not found: the benchmark needs the shared corpus")
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        work = Path(args.workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}", flush=True)
        if not args.no_speed:
            two = bench_cli(work, args.records, 2, "2 workers")
            one = bench_cli(work, args.records, 1, "1 worker")
            print(f"speed-up 2 vs 1 workers: {two['rate'] / one['rate']:.2f}x (goal >= 1.7x)", flush=True)
        if args.big:
            # Without the 20 MB poison record: its one-off peak would hide any growth with input size.
            small = bench_cli(work, args.records, 2, "memory small", poison=False)
            big = bench_cli(work, args.big, 2, "memory big", poison=False)
            ratio = big["peak"] / small["peak"]
            print(f"peak RSS {args.big:,} vs {args.records:,} records: {ratio:.2f}x (goal <= 1.20x)", flush=True)
        if args.spark_records:
            bench_spark(work, args.spark_records)
        print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
