"""Text-mode speed: the default pipeline against ``ftfy.fix_text`` on the same texts, in the same run.

    python benchmarks/speed.py                      # dev corpus + fixtures, 7 repeats, memory check
    python benchmarks/speed.py --repeats 11 --markdown
    python benchmarks/speed.py --profile 25         # cProfile's top functions over the corpus
    python benchmarks/speed.py --no-memory

Each repeat runs every peer once over all texts, peers interleaved, so load from other processes
hits them alike; the table reports the median of the repeats and the ratio of medians. Peers:

* ``newsclean.clean_text`` — the whole text front door (split lines, ten cleaners, build the Article);
* ``ftfy.fix_text`` with its defaults — what a user would reach for to "clean" scraped text;
* ``ftfy.fix_text`` with ``fix_encoding.ftfy_config`` — the same repairs newsclean makes;
* one regex pass (``patterns.CONTROL.search``, a character class, over each text) — the floor any text
  tool pays.

Then the share of each cleaner (``Pipeline.run(doc, timings=...)``; median of ``--cleaner-passes``
passes after a warm-up pass, whose one-off cost is printed beside it), and the peak memory
(``tracemalloc``) of cleaning one text of ``--memory-mb`` megabytes, as a multiple of its size.
Timings on a shared machine are noisy: compare ratios from one run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Scripts here may share a name with a stdlib module (html.py): keep this folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import ftfy  # noqa: E402

import newsclean  # noqa: E402
from newsclean.decode import decode  # noqa: E402
from newsclean.document import Document  # noqa: E402
from newsclean.pipeline import default_pipeline  # noqa: E402
from newsclean.text.fix_encoding import ftfy_config  # noqa: E402
from newsclean.text.patterns import CONTROL  # noqa: E402

ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "textmode-dev.jsonl"
FIXTURES = ROOT / "fixtures"

Peer = Callable[[list[str]], None]


def load_sets(corpus: Path) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    if corpus.exists():
        with corpus.open(encoding="utf-8") as f:
            sets["dev corpus"] = [json.loads(line)["input_text"] for line in f if line.strip()]
    else:
        print(f"(corpus {corpus} not found: timing the fixtures only)", file=sys.stderr)
    # Some fixtures are bytes in a legacy charset: decode them as clean_text(bytes) would, once.
    fixtures = [decode(p.read_bytes()).text for p in sorted(FIXTURES.glob("*/input.txt"))]
    if fixtures:
        sets["fixtures"] = fixtures
    return sets


def _newsclean(texts: list[str]) -> None:
    for text in texts:
        newsclean.clean_text(text)


def _ftfy_default(texts: list[str]) -> None:
    for text in texts:
        ftfy.fix_text(text)


def _ftfy_same(texts: list[str]) -> None:
    cfg = ftfy_config("NFC")
    for text in texts:
        ftfy.fix_text(text, cfg)


def _one_regex_pass(texts: list[str]) -> None:
    for text in texts:
        CONTROL.search(text)


PEERS: dict[str, Peer] = {
    "newsclean.clean_text": _newsclean,
    "ftfy.fix_text (defaults)": _ftfy_default,
    "ftfy.fix_text (newsclean's settings)": _ftfy_same,
    "one regex pass": _one_regex_pass,
}


def time_peers(texts: list[str], repeats: int) -> dict[str, list[float]]:
    """Seconds per repeat for each peer; peers run interleaved within a repeat."""
    _newsclean(texts[:5])  # warm caches (compiled patterns, ftfy's tables) before timing
    _ftfy_default(texts[:5])
    runs: dict[str, list[float]] = {name: [] for name in PEERS}
    clock = time.perf_counter
    for _ in range(repeats):
        for name, peer in PEERS.items():
            t0 = clock()
            peer(texts)
            runs[name].append(clock() - t0)
    return runs


def report_speed(label: str, texts: list[str], repeats: int) -> None:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    runs = time_peers(texts, repeats)
    ours = statistics.median(runs["newsclean.clean_text"])
    print(f"\n### {label}: {len(texts)} texts, {mb:.2f} MB, median of {repeats} repeats\n")
    print("| peer | median s | articles/s | MB/s | ftfy defaults ÷ peer | min–max s |")
    print("|---|---:|---:|---:|---:|---:|")
    ftfy_median = statistics.median(runs["ftfy.fix_text (defaults)"])
    for name, secs in runs.items():
        med = statistics.median(secs)
        print(
            f"| {name} | {med:.3f} | {len(texts) / med:,.0f} | {mb / med:.1f} | {ftfy_median / med:.1f}x "
            f"| {min(secs):.3f}–{max(secs):.3f} |"
        )
    paired = [f / n for f, n in zip(runs["ftfy.fix_text (defaults)"], runs["newsclean.clean_text"], strict=True)]
    print(
        f"\nnewsclean is {ftfy_median / ours:.1f}x faster than ftfy.fix_text (ratio of medians); "
        f"per-repeat ratios {min(paired):.1f}–{max(paired):.1f}x"
    )


def report_cleaners(texts: list[str], passes: int) -> None:
    """Seconds per cleaner over all texts (median of ``passes`` passes after one warm-up pass).

    The warm-up pass pays the one-off costs (the marker dispatch tables are derived and their
    alternatives compiled on first use), which a crawl pays once per process, not per article.
    """
    pipeline = default_pipeline()
    clock = time.perf_counter
    runs: dict[str, list[float]] = {}
    for n in range(passes + 1):
        timings: dict[str, float] = {}
        for text in texts:
            t0 = clock()
            doc = Document.from_text(text)
            t1 = clock()
            pipeline.run(doc, timings=timings)
            t2 = clock()
            doc.to_article()
            timings["(split into lines)"] = timings.get("(split into lines)", 0.0) + t1 - t0
            timings["(assemble the Article)"] = timings.get("(assemble the Article)", 0.0) + clock() - t2
        if n == 0:
            warm = sum(timings.values())
            continue
        for name, secs in timings.items():
            runs.setdefault(name, []).append(secs)
    medians = {name: statistics.median(secs) for name, secs in runs.items()}
    total = sum(medians.values())
    print(
        f"\n### Time per cleaner ({len(texts)} texts, median of {passes} passes after a warm-up pass "
        f"of {warm * 1000:.1f} ms; {total * 1000:.1f} ms in all)\n"
    )
    print("| step | ms | share |")
    print("|---|---:|---:|")
    for name, secs in sorted(medians.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {secs * 1000:.1f} | {100 * secs / total:.1f}% |")


def report_memory(texts: list[str], megabytes: float) -> None:
    """Peak traced memory while cleaning one text of about ``megabytes`` MB, against its size."""
    want = int(megabytes * 1e6)
    parts: list[str] = []
    size = 0
    while size < want:
        for text in texts:
            parts.append(text)
            size += len(text.encode("utf-8")) + 1
            if size >= want:
                break
    big = "\n".join(parts)
    nbytes = len(big.encode("utf-8"))
    tracemalloc.start()
    t0 = time.perf_counter()
    article = newsclean.clean_text(big)
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"\n### Memory\n\none text of {nbytes / 1e6:.1f} MB ({big.count(chr(10)) + 1:,} lines, "
        f"{len(article.body):,} paragraphs out): peak {peak / 1e6:.1f} MB traced = "
        f"{peak / nbytes:.1f}x the input, {seconds:.1f} s under tracemalloc"
    )


def profile(texts: list[str], top: int) -> None:
    prof = cProfile.Profile()
    prof.runcall(_newsclean, texts)
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--memory-mb", type=float, default=10.0)
    parser.add_argument("--no-memory", action="store_true", help="skip the memory measurement")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's top N functions")
    parser.add_argument("--cleaner-passes", type=int, default=3, help="passes for the per-cleaner table (median)")
    args = parser.parse_args(argv)

    sets = load_sets(args.corpus)
    if not sets:
        print("nothing to time: no corpus and no fixtures", file=sys.stderr)
        return 2
    main_set = next(iter(sets.values()))
    if args.profile:
        profile(main_set, args.profile)
        return 0
    print(f"python {sys.version.split()[0]}, ftfy {ftfy.__version__}, newsclean {newsclean.__version__}")
    for label, texts in sets.items():
        report_speed(label, texts, args.repeats)
    report_cleaners(main_set, args.cleaner_passes)
    if not args.no_memory:
        report_memory(main_set, args.memory_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
