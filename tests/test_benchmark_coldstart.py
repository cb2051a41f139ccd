"""benchmarks/coldstart.py times fresh processes of this tree and of ftfy and prints one table."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT


def test_coldstart_prints_a_row_per_tree_and_article_and_one_for_ftfy() -> None:
    src = ROOT / "src"
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "coldstart.py"), "--runs", "1", "--src", str(src)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    out = run.stdout
    assert "| run | import CPU | first call CPU | import wall | first call wall | x ftfy |" in out, out
    rows = [line for line in out.splitlines() if re.fullmatch(r"\| .+ \|( \d+\.\d \|){4} \d+\.\d \|", line)]
    labels = [row.split(" | ")[0] for row in rows]
    assert labels == [f"| newsclean {src} (plain)", f"| newsclean {src} (captioned)", "| ftfy (plain)"]
    assert rows[-1].endswith("| 1.0 |")  # ftfy against itself
