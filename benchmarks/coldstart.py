"""What a fresh process pays: ``import newsclean`` and its first ``clean_text``, beside ftfy's first ``fix_text``.

    python benchmarks/coldstart.py                                  # this checkout, 5 processes each
    python benchmarks/coldstart.py --src /work/main/src src --runs 7  # two trees, alternated

A one-shot CLI run, a Spark worker or a test process cleans few texts, so the regexes compiled on the
way to the first result are most of its cost. Each run is a new interpreter that times (CPU and wall)
the import and the first call; interpreter start-up is not counted. Runs alternate between the trees
and ftfy so a busy machine slows them alike. Two short articles: one plain, one whose caption ends in
a photo credit (the credit patterns are the largest; a text that never needs them never compiles them).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = {
    "plain": (
        "Harbour bridge reopens after six weeks of repairs\n"
        "By Jane Roe, Transport Reporter\n"
        "The swing bridge over the inner harbour reopened to traffic on Monday morning, two days ahead of "
        "schedule, the city council said.\n"
        "Advertisement\n"
        "Engineers replaced the worn bearings and repainted the steel deck, work that cost about 2.4 million "
        "euros. Cyclists had faced a detour of almost three kilometres while it was shut.\n"
        "\u201cWe are relieved to have our short cut back,\u201d said Tom Poe, who runs a bakery on the quay.\n"
        "Read more: Ferry timetable changes for the winter"
    ),
}
ARTICLES["captioned"] = ARTICLES["plain"].replace(
    "Advertisement\n",
    "The first buses cross the reopened bridge on Monday. (Jane Roe/Harbour Press)\n",
)
# Runs in the child: the import and the first call, each timed in CPU and wall seconds.
CHILD = """
import json, sys, time
c0, w0 = time.process_time(), time.perf_counter()
import {module}
c1, w1 = time.process_time(), time.perf_counter()
{call}(sys.argv[1])
c2, w2 = time.process_time(), time.perf_counter()
print(json.dumps([c1 - c0, c2 - c1, w1 - w0, w2 - w1]))
"""


def run_once(module: str, call: str, text: str, src: Path | None) -> list[float]:
    """[import CPU, first call CPU, import wall, first call wall] in seconds, from a new interpreter."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    code = CHILD.format(module=module, call=call)
    out = subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True, text=True, check=True)
    return [float(x) for x in json.loads(out.stdout)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, nargs="+", default=[HERE.parent / "src"], help="newsclean source trees")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per row")
    args = parser.parse_args(argv)
    rows: dict[str, tuple[str, str, str, Path | None]] = {
        f"newsclean {src} ({name})": ("newsclean", "newsclean.clean_text", text, src.resolve())
        for src in args.src
        for name, text in ARTICLES.items()
    }
    rows["ftfy (plain)"] = ("ftfy", "ftfy.fix_text", ARTICLES["plain"], None)
    samples: dict[str, list[list[float]]] = {label: [] for label in rows}
    for _ in range(args.runs):
        for label, (module, call, text, src) in rows.items():
            samples[label].append(run_once(module, call, text, src))
    medians = {label: [statistics.median(s[i] for s in runs) for i in range(4)] for label, runs in samples.items()}
    peer = sum(medians["ftfy (plain)"][:2])
    print(f"Median of {args.runs} fresh processes (ms); x ftfy: import + first call CPU over ftfy's.\n")
    print("| run | import CPU | first call CPU | import wall | first call wall | x ftfy |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, m in medians.items():
        ms = " | ".join(f"{x * 1000:.1f}" for x in m)
        print(f"| {label} | {ms} | {sum(m[:2]) / peer:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
