"""benchmarks/ablate.py names rules by module and function: a rename must fail here, not in a late run."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def _ablate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsclean_bench_ablate", ROOT / "benchmarks" / "ablate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_default_rule_is_a_function_of_a_cleaner_module() -> None:
    for rule in _ablate().CAPTION_RULES:
        module_name, _, function = rule.rpartition(".")
        assert callable(getattr(importlib.import_module(f"newsclean.text.{module_name}"), function)), rule


def test_a_switched_off_rule_is_skipped_and_then_restored() -> None:
    ablate = _ablate()
    text = "Harbour crane arrives\nA crane is unloaded at the quay in Hamburg, 3 May 2024.\nPhoto: Jane Doe/dpa"
    with_rule = newsclean.clean_text(text)
    with ablate.switched_off("step:split_captions") as pipeline:
        without = newsclean.clean_text(text, pipeline=pipeline)
    assert with_rule.captions and not without.captions
    module = importlib.import_module("newsclean.text.split_captions")
    original = module._lead_captions
    with ablate.switched_off("split_captions._lead_captions") as pipeline:
        assert pipeline is None and module._lead_captions is not original
    assert module._lead_captions is original
