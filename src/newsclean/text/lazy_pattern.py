"""Patterns compiled on first use, so a one-shot process pays only for the patterns its text needs.

``regex`` parses a pattern in Python: the agency-name patterns and the full marker alternations take
0.1-0.5 s each, and most documents never reach them (``CREDIT_TAIL`` is tried only on lines that may
end in a credit). :func:`lazy` returns a stand-in that compiles on the first attribute read and then
forwards every read to the compiled pattern: the same matches, and a call costs one Python-level
call more (~0.2 µs), which is why only patterns called a few times per document are made lazy.

>>> WORD = lazy(lambda: regex.compile(r"\\w+"))
>>> WORD.fullmatch("harbour") is not None
True

The compile function is written where the pattern is defined (a lambda there), so profilers that name
the caller of ``regex.compile`` still name that line. The lambda builds the source when first called,
from the module's names at that time: tests/test_lazy_pattern.py checks that none is bound twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import regex

__all__ = ["LazyPattern", "compiled", "lazy"]


class LazyPattern:
    """A compiled pattern's stand-in that compiles it when first read.

    Two threads reading it first at once may both compile (the later result wins); each gets a
    whole pattern, never a half-built one. A pickled stand-in unpickles as the compiled pattern.
    ``isinstance(p, regex.Pattern)`` is False: tools that look for patterns use :func:`compiled`.
    """

    __slots__ = ("_compile", "_pattern")

    def __init__(self, compile_: Callable[[], regex.Pattern[str]]) -> None:
        self._compile = compile_
        self._pattern: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = self._compile()
        return pattern

    # The matching methods forward directly (~0.1 µs a call); any other name goes through __getattr__,
    # which Python reaches only after a failed lookup (~0.5 µs).
    def match(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).fullmatch(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).sub(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return (self._pattern or self.compiled).split(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # called only for names the stand-in lacks: the pattern's
        return getattr(self.compiled, name)

    def __reduce__(self) -> tuple[Callable[..., regex.Pattern[str]], tuple[str, int]]:
        pattern = self.compiled
        return regex.compile, (pattern.pattern, pattern.flags)

    def __repr__(self) -> str:
        return f"lazy({self._pattern!r})" if self._pattern is not None else "lazy(<not compiled yet>)"


def lazy(compile_: Callable[[], regex.Pattern[str]]) -> regex.Pattern[str]:
    """``compile_()``'s pattern, compiled on first use; typed as the pattern it stands for."""
    return cast("regex.Pattern[str]", LazyPattern(compile_))


def compiled(value: object) -> object:
    """``value`` with a lazy pattern replaced by its compiled pattern (for tools that scan modules)."""
    return value.compiled if isinstance(value, LazyPattern) else value
