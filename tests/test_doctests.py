"""Every docstring example in the package runs: the docs a reader sees in ``help()`` stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

# Optional rooms whose imports need an extra that may be absent (they skip, not fail).
OPTIONAL = {"newsclean.spark": "pyspark"}


def _modules() -> list[str]:
    names = ["newsclean"]
    names += [m.name for m in pkgutil.walk_packages(newsclean.__path__, "newsclean.") if m.name != "newsclean.__main__"]
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run(name: str) -> None:
    if name in OPTIONAL:
        pytest.importorskip(OPTIONAL[name])
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
