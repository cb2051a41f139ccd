"""Lazily compiled patterns (``text/lazy_pattern.py``) match as the compiled pattern, compile once, pickle, and
stay uncompiled until a text needs them; a marker dispatch reads its units only for the lines it meets."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
import threading
from collections import Counter

import pytest
import regex

from newsclean.markers import AD_LINES
from newsclean.text import patterns
from newsclean.text.lazy_pattern import LazyPattern, compiled, lazy
from newsclean.text.marker_dispatch import MarkerDispatch

from .conftest import ROOT

_SOURCE = r"(?P<credit>(?:Photo|Foto):\s?\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?)\.?$"
_TEXTS = ("Photo: Jane Roe", "Foto:Jane", "The photo: a harbour", "", "photo: jane roe", "Photo: Jane Roe.")


def _counted() -> tuple[regex.Pattern[str], Counter[str]]:
    calls: Counter[str] = Counter()

    def compile_() -> regex.Pattern[str]:
        calls["compile"] += 1
        return regex.compile(_SOURCE)

    return lazy(compile_), calls


@pytest.mark.parametrize("text", _TEXTS, ids=repr)
def test_a_lazy_pattern_answers_as_the_compiled_one(text: str) -> None:
    plain, stand_in = regex.compile(_SOURCE), lazy(lambda: regex.compile(_SOURCE))
    for method in ("match", "fullmatch", "search"):
        a, b = getattr(plain, method)(text), getattr(stand_in, method)(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), method
    assert stand_in.findall(text) == plain.findall(text)
    assert [m.span() for m in stand_in.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert stand_in.sub("X", text) == plain.sub("X", text)
    assert stand_in.split(text) == plain.split(text)
    assert stand_in.subn("X", text, count=1) == plain.subn("X", text, count=1)  # through __getattr__
    assert (stand_in.pattern, stand_in.flags, stand_in.groupindex) == (plain.pattern, plain.flags, plain.groupindex)


def test_it_compiles_on_first_use_and_once() -> None:
    pattern, calls = _counted()
    assert calls["compile"] == 0 and "not compiled" in repr(pattern)
    for text in _TEXTS * 3:
        pattern.search(text)
    assert calls["compile"] == 1


def test_threads_reading_it_first_at_once_each_get_a_whole_pattern() -> None:
    pattern, calls = _counted()
    barrier = threading.Barrier(8)
    found: list[object] = []

    def read() -> None:
        barrier.wait()
        m = pattern.fullmatch("Photo: Jane Roe")
        found.append(m and m.group("credit"))

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == ["Photo: Jane Roe"] * 8
    assert 1 <= calls["compile"] <= 8  # a race may compile twice; later reads use the kept one
    before = calls["compile"]
    pattern.fullmatch("Photo: Jane Roe")
    assert calls["compile"] == before


@pytest.mark.parametrize(
    "name", ["CREDIT_TAIL", "CREDIT_TAIL_REVERSED", "CREDIT_LINE", "MEDIA_LINE", "AD_LINE", "CHROME_LINE"]
)
def test_a_lazy_pattern_pickles_as_its_compiled_pattern(name: str) -> None:
    stand_in = getattr(patterns, name)
    assert isinstance(stand_in, LazyPattern)
    copy = pickle.loads(pickle.dumps(stand_in))
    assert isinstance(copy, regex.Pattern)
    assert (copy.pattern, copy.flags) == (stand_in.pattern, stand_in.flags)
    assert copy is not compiled(stand_in) and compiled(copy) is copy


def test_the_big_patterns_stay_uncompiled_until_a_text_needs_them() -> None:
    # A fresh process: what a plain story compiles, and what a caption ending in a credit adds.
    code = """
import newsclean
from newsclean.markers import AD_LINES
from newsclean.text import patterns
big = ("CREDIT_TAIL", "CREDIT_TAIL_REVERSED", "AD_LINE", "CHROME_LINE", "MID_COPYRIGHT", "AGENCY_DASH_NAME")
state = lambda: [getattr(patterns, n)._pattern is not None for n in big]
print(state())
newsclean.clean_text("Harbour bridge reopens\\nThe bridge reopened on Monday, the council said.\\nAdvertisement")
print(state())
newsclean.clean_text("Bridge reopens\\nThe first buses cross the bridge. (Jane Roe/Reuters)\\nMore text here.")
print(state())
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, timeout=120
    ).stdout.splitlines()
    none = str([False] * 6)
    assert out[:2] == [none, none]
    assert out[2] == str([True, True, False, False, False, False])


def test_bs4_is_imported_only_when_a_line_holds_a_tag() -> None:
    # Importing bs4 is ~90 ms of a one-shot run; entities alone are decoded without it.
    code = """
import sys, newsclean
newsclean.clean_text("Harbour bridge reopens\\nSmith &amp; Sons said the bridge reopened on Monday.")
print("bs4" in sys.modules)
article = newsclean.clean_text("Harbour bridge reopens\\nThe bridge <em>reopened</em> on Monday, the council said.")
print("bs4" in sys.modules, "reopened on" in article.text and "<em>" not in article.text)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, timeout=120
    ).stdout.splitlines()
    assert out == ["False", "True True"]


def _module_bindings(tree: ast.Module) -> Counter[str]:
    bound: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound[node.name] += 1
        elif isinstance(node, ast.Import | ast.ImportFrom):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        for target in targets:
            bound.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return bound


@pytest.mark.parametrize(("module", "at_least"), [("patterns", 10), ("caption_layouts", 2)])
def test_the_names_a_lazy_pattern_reads_are_bound_once(module: str, at_least: int) -> None:
    # A lazy pattern's source is built when it is first used, from the module's names then: a name
    # bound again further down would change the pattern (it was built at import before).
    tree = ast.parse((ROOT / "src" / "newsclean" / "text" / f"{module}.py").read_text(encoding="utf-8"))
    bound = _module_bindings(tree)
    lambdas = [
        node.args[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "lazy" and node.args
    ]
    assert len(lambdas) >= at_least
    for fn in lambdas:
        assert isinstance(fn, ast.Lambda)
        read = {n.id for n in ast.walk(fn.body) if isinstance(n, ast.Name)}
        assert read and all(bound[name] <= 1 for name in read), sorted(n for n in read if bound[n] > 1)


@pytest.mark.parametrize("line", ["Advertisement", "ADVERTISEMENT", "Anzeige", "The advertisement ran twice.", ""])
def test_a_dispatch_reads_its_units_only_when_a_line_needs_them(line: str) -> None:
    dispatch = MarkerDispatch([(None, AD_LINES)], patterns.FLAGS)
    assert all(u._facts is None and u._compiled is None for u in dispatch.units)
    assert isinstance(dispatch.full, LazyPattern) and "not compiled" in repr(dispatch.full)
    found = dispatch.first(line)
    full = compiled(dispatch.full).fullmatch(line)
    assert (found and found[1].span()) == (full and full.span())
    measured = sum(u._facts is not None for u in dispatch.units)
    assert 0 < measured < len(dispatch.units) // 2 or (not line and measured == 0)
