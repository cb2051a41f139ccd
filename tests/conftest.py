"""Shared test helpers: where the project's shared data lives, skipping cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_0481db191c878f19.txt"
CORPUS = SHARED / "corpus" / "textmode-dev.jsonl"


def shared_file(path: Path) -> Path:
    """``path`` if it exists, else skip the test (the shared data is not part of the repo)."""
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
