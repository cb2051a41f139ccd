"""Does cleaning time grow linearly with input size, on news-like and on hostile text?

For each kind of input (news-like text; runs of the characters that credit and ad patterns look at:
dots, dashes, capitals, slashes, commas, parentheses; lines dense with stray tags and entities; lines of
mojibake; one very long line; many short lines) the script
builds 1, 4 and 16 MB of it and times ``newsclean.clean_text`` in CPU seconds (``time.process_time``,
which a busy shared machine disturbs far less than wall time). In the same run it times a peer over
the same text: splitting it into lines and finding every word with one regex, a plain linear pass
that shows how much of any drift is the machine. It prints seconds per MB, the growth from 1 MB to the
largest size (1.0 = perfectly linear; the goal is <= 1.5) and the ratio to the peer.

``--audit`` checks every compiled pattern in the package instead: each is run (search and fullmatch)
on runs of hostile motifs of growing length, and a pattern whose time grows much faster than its input
is reported. Patterns that are only ever tried on short lines say so in their module; the audit tests
them on long input anyway, so a guard that is removed later cannot hide a backtracking bomb.

    .venv/bin/python benchmarks/linear.py                   # all kinds, 1/4/16 MB
    .venv/bin/python benchmarks/linear.py --sizes 1 4 --kinds news dots
    .venv/bin/python benchmarks/linear.py --audit
    .venv/bin/python benchmarks/linear.py --cleaners --kinds short-lines --sizes 1   # CPU ms per cleaner
"""

from __future__ import annotations

import sys
from pathlib import Path

# A script's folder comes first on sys.path, and benchmarks/html.py would shadow the stdlib's html.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import importlib  # noqa: E402
import pkgutil  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import regex  # noqa: E402

import newsclean  # noqa: E402
from newsclean.text.lazy_pattern import compiled  # noqa: E402

MB = 1_000_000
_RNG_SEED = 8

# --------------------------------------------------------------------------- inputs (all invented)

_VOCAB = (
    "the", "council", "voted", "on", "monday", "to", "close", "library", "at", "end", "of", "year",
    "officials", "said", "prices", "rose", "sharply", "market", "harbour", "bridge", "election", "results",
    "rescue", "teams", "worked", "through", "night", "minister", "told", "reporters", "city", "mayor",
    "Bürger", "Straße", "café", "été", "grève", "niño", "año", "źródło", "город", "会议", "residents",
    "protest", "weather", "storm", "schools", "closed",
)
_NAMES = ("Jane Doe", "John Roe", "Ana Ruiz", "Jan Kowalski", "Marie Dubois", "Li Wei", "Kevin Lamarque")
_AGENCIES = ("AP", "AFP", "REUTERS", "EPA-EFE", "dpa", "Getty Images", "ANP", "Xinhua")


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_VOCAB, k=rng.randint(6, 22))
    return words[0].capitalize() + " " + " ".join(words[1:]) + rng.choice(".....!?")


def _news_line(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.70:
        return " ".join(_sentence(rng) for _ in range(rng.randint(1, 5)))
    if roll < 0.76:
        return f"{rng.choice(_AGENCIES)}/{rng.choice(_NAMES).upper()}"
    if roll < 0.82:
        return f"{_sentence(rng)[:-1]} in Munich, 16 October 2017 (AP Photo/{rng.choice(_NAMES)})"
    if roll < 0.86:
        return rng.choice(("- Advertisement -", "ADVERTISEMENT", "Anzeige", "Read more: " + _sentence(rng)))
    if roll < 0.90:
        return " ".join(w.capitalize() for w in rng.choices(_VOCAB, k=rng.randint(5, 11)))
    return ""


def _markup_line(rng: random.Random) -> str:
    words = rng.choices(_VOCAB, k=rng.randint(5, 40))
    return " ".join(f"<b>{w}</b> &amp;" if rng.random() < 0.3 else w for w in words) + "."


def _lines(make: Callable[[random.Random], str]) -> Callable[[int], str]:
    def build(size: int) -> str:
        rng = random.Random(_RNG_SEED)
        parts: list[str] = []
        total = 0
        while total < size:
            line = make(rng)
            parts.append(line)
            total += len(line) + 1
        return "\n".join(parts)[:size]

    return build


# Line lengths around the guards of the cleaners (240-char marker limit, 200-char credit tail,
# 4,000-char caption scoring, 20,000-char max_line_chars) and far beyond them.
_HOSTILE_LENGTHS = (60, 199, 239, 241, 479, 1_000, 3_999, 4_001, 19_999, 20_001, 100_000)


def _runs(motifs: tuple[str, ...]) -> Callable[[random.Random], str]:
    def make(rng: random.Random) -> str:
        motif = rng.choice(motifs)
        length = rng.choice(_HOSTILE_LENGTHS)
        line = (motif * (length // len(motif) + 1))[:length]
        # Some lines get a word in front, so prefix patterns ("Photo:", "Read more:") get a go too.
        return rng.choice(("", "Photo: ", "Read more: ", "By ", "(", "REUTERS/", "Caption: ")) + line

    return make


KINDS: dict[str, Callable[[int], str]] = {
    "news": _lines(_news_line),
    "dots": _lines(_runs((".", ". ", "..", "…", ". . "))),
    "dashes": _lines(_runs(("-", " - ", "–", "—", "-–—", "_"))),
    "capitals": _lines(_runs(("A", "AB ", "Ab ", "A. ", "ABC-DEF ", "Jane Doe "))),
    "slashes": _lines(_runs(("/", "A/", "Ab/", "A / ", "AP Photo/", "REUTERS/Jane "))),
    "commas": _lines(_runs((",", ", ", "a,", ",,", ", ;", "A, "))),
    "parentheses": _lines(_runs(("(", ")", "()", "(A)", "(AP Photo/", "[(", "(c) "))),
    "markup": _lines(_markup_line),
    "mojibake": _lines(lambda rng: _sentence(rng).encode("utf-8").decode("cp1252", "replace")),
    "long-line": lambda size: _lines(_news_line)(size).replace("\n", " "),
    "short-lines": _lines(lambda rng: " ".join(rng.choices(_VOCAB, k=rng.randint(1, 3))).capitalize() + "."),
}

# --------------------------------------------------------------------------- timing


def _cpu(fn: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


_PEER_WORD = regex.compile(r"\w+")


def _peer(text: str) -> None:
    for line in text.splitlines():
        _PEER_WORD.findall(line)


def run_kind(kind: str, sizes: list[int], repeats: int) -> list[tuple[int, float, float, float]]:
    rows = []
    for mb in sizes:
        text = KINDS[kind](mb * MB)
        size = len(text.encode("utf-8")) / MB
        clean = _cpu(lambda text=text: newsclean.clean_text(text), repeats)  # type: ignore[misc]
        peer = _cpu(lambda text=text: _peer(text), repeats)  # type: ignore[misc]
        rows.append((mb, size, clean, peer))
    return rows


def report(kinds: list[str], sizes: list[int], repeats: int) -> int:
    print(f"newsclean {newsclean.__version__}, Python {sys.version.split()[0]}; CPU seconds, best of {repeats}")
    head = f"{'kind':<12}" + "".join(f"{f'{mb} MB s/MB':>12}" for mb in sizes)
    print(head + f"{'growth':>8}{'peer s/MB':>11}{'peer growth':>13}{'vs peer':>9}")
    worst_growth, worst_rate = 0.0, 0.0
    for kind in kinds:
        newsclean.clean_text(KINDS[kind](20_000))  # warm up: lazy imports, regex caches
        rows = run_kind(kind, sizes, repeats)
        rates = [clean / size for _, size, clean, _ in rows]
        peer_rates = [peer / size for _, size, _, peer in rows]
        growth = rates[-1] / rates[0] if rates[0] else float("nan")
        peer_growth = peer_rates[-1] / peer_rates[0] if peer_rates[0] else float("nan")
        ratio = sum(rates) / max(sum(peer_rates), 1e-9)
        worst_growth, worst_rate = max(worst_growth, growth), max(worst_rate, *rates)
        cells = "".join(f"{r:>12.3f}" for r in rates)
        print(f"{kind:<12}{cells}{growth:>8.2f}{peer_rates[-1]:>11.4f}{peer_growth:>13.2f}{ratio:>8.0f}x", flush=True)
    print(f"worst growth {worst_growth:.2f} (goal <= 1.5); worst {worst_rate:.2f} CPU s/MB (goal <= ~2)")
    return 0 if worst_growth <= 1.5 and worst_rate <= 2.0 else 1


def report_cleaners(kinds: list[str], mb: int) -> int:
    """CPU milliseconds per pipeline step on ``mb`` MB of each kind, with the two ends of the front door."""
    from newsclean.document import Document
    from newsclean.pipeline import default_pipeline

    pipeline = default_pipeline()
    clock = time.process_time
    for kind in kinds:
        text = KINDS[kind](mb * MB)
        size = len(text.encode("utf-8")) / MB
        t0 = clock()
        doc = Document.from_text(text)
        steps = {"(split into lines)": clock() - t0}
        for step in pipeline:
            doc.rule = step.name
            t0 = clock()
            step(doc, pipeline.config)
            steps[step.name] = clock() - t0
        t0 = clock()
        doc.to_article()
        steps["(assemble the Article)"] = clock() - t0
        total = sum(steps.values())
        print(f"\n{kind}: {size:.2f} MB, {len(doc.lines):,} lines, {total:.2f} CPU s = {total / size:.2f} s/MB")
        for name, secs in sorted(steps.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<24}{secs * 1000:>9.1f} ms {100 * secs / total:>6.1f}%")
    return 0


# --------------------------------------------------------------------------- pattern audit

_MOTIFS = (
    ".", ". ", "-", " - ", "—", "/", "A/", "Ab/", ",", ", ", "(", ")", "(A", "A", "AB ", "Ab ", "a ", "a", "1",
    " ", "\t", "<a ", "&", "&#", "\"", "“", "«", "©", "Photo: ", "(AP Photo/", "By Jane ", "REUTERS/", "Ab-",
    "a.", "A.", "aA", "ä", "Ä ", "会", ":", "|", "•", "12:03 ", "1/", "de ", "von ", "via ",
)  # fmt: skip
# Below ~5,000 characters per-call overhead and caches blur the ratio; 5k -> 20k is 4x the input.
_SIZES = (5_000, 20_000)
_BUDGET = 2.0  # seconds per call: anything slower is a finding on its own
_PatternLike = regex.Pattern[str] | re.Pattern[str]


def _patterns() -> Iterator[tuple[str, _PatternLike]]:
    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith(("__main__", "spark")):  # runs the CLI / starts a JVM on import
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional room whose extra is not installed
            continue
        for name, value in vars(module).items():
            for item in map(compiled, _flatten(value)):  # a lazy pattern is audited as what it compiles to
                if id(item) not in seen and _is_text_pattern(item):
                    seen.add(id(item))
                    yield f"{info.name}.{name}", item


def _flatten(value: object, depth: int = 0) -> Iterator[object]:
    if isinstance(value, tuple | list) and depth < 2:
        for item in value:
            yield from _flatten(item, depth + 1)
    else:
        yield value


def _is_text_pattern(obj: object) -> bool:
    return isinstance(obj, regex.Pattern | re.Pattern) and isinstance(obj.pattern, str)


def _time_call(pattern: _PatternLike, method: str, text: str) -> float:
    call = getattr(pattern, method)
    t0 = time.thread_time()  # CPU time: other processes on a shared machine do not count
    if isinstance(pattern, regex.Pattern):
        call(text, timeout=_BUDGET)
    else:
        call(text)
    return time.thread_time() - t0


def audit() -> int:
    findings = 0
    patterns = list(_patterns())
    print(f"auditing {len(patterns)} patterns x {len(_MOTIFS)} motifs; growth = time({_SIZES[1]})/time({_SIZES[0]})")
    for name, pattern in patterns:
        worst = (0.0, "", "")
        for motif in _MOTIFS:
            # A search that finds nothing tries every start position, as findall does.
            for method in ("search", "fullmatch"):
                try:
                    small, large = (
                        min(_time_call(pattern, method, motif * (n // len(motif))) for _ in range(3)) for n in _SIZES
                    )
                except TimeoutError:
                    print(f"BOMB  {name}: {method} on {motif!r} runs took over {_BUDGET}s")
                    findings += 1
                    continue
                if large > 2e-3:  # below that, timer noise dominates the ratio
                    growth = large / small
                    if growth > worst[0]:
                        worst = (growth, motif, method)
        growth, motif, method = worst
        flag = "SLOW " if growth > 8 else "ok   "  # linear is ~4 for a 4x longer input
        findings += growth > 8
        if growth:
            print(f"{flag}{name}: worst growth {growth:.1f} ({method} on {motif!r} runs)")
    print(f"{findings} finding(s)")
    return 1 if findings else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16], help="input sizes in MB")
    parser.add_argument("--kinds", nargs="+", choices=sorted(KINDS), default=list(KINDS))
    parser.add_argument("--repeats", type=int, default=1, help="timings per size (the best is kept)")
    parser.add_argument("--audit", action="store_true", help="check every compiled pattern for superlinear time")
    parser.add_argument("--cleaners", action="store_true", help="CPU time per cleaner at the first size instead")
    args = parser.parse_args(argv)
    if args.audit:
        return audit()
    if args.cleaners:
        return report_cleaners(args.kinds, args.sizes[0])
    return report(args.kinds, args.sizes, args.repeats)


if __name__ == "__main__":
    sys.exit(main())
