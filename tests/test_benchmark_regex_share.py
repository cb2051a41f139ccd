"""benchmarks/regex_share.py runs on any corpus and attributes engine time to the package's own patterns."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, fixture_texts


def test_regex_share_reports_engine_time_per_pattern(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"input_text": t}) + "\n" for t in fixture_texts()), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "regex_share.py"), "--corpus", str(corpus), "--passes", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    out = run.stdout
    pipeline = re.search(r"pipeline (\d+) ms", out)
    engine = re.search(r"inside the regex engines: (\d+) ms a pass \(\d+% of the pipeline\), ([\d,]+) calls", out)
    assert pipeline and engine, out
    assert int(engine.group(1)) <= int(pipeline.group(1)) + 1  # a share of the plain run, not more
    assert int(engine.group(2).replace(",", "")) > 0
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| ms")]
    # Every row names a module of the package, and the places are the ones that compiled the patterns.
    assert rows and all(re.search(r"\| [\w/]+\.py:\d+ \|", row) for row in rows), rows
