"""What a cleaner is, and the decorator that declares one.

A cleaner is a named step ``(doc, config) -> None`` that edits a :class:`~newsclean.document.Document`
through its methods. It declares which Article fields it ``reads`` and ``writes`` (so a
:class:`~newsclean.pipeline.Pipeline` can refuse an impossible order when it is built) and which
removal ``kinds`` it may emit (so the catalogue in the docs is generated, not written by hand).

Writing your own takes three lines::

    @cleaner("strip_sponsor_lines", writes=("removed",), kinds=("ad",))
    def strip_sponsor_lines(doc: Document, config: CleanConfig) -> None:
        for line in doc.body():
            if line.text.startswith("Sponsored by"):
                doc.remove(line, "ad", "sponsor notice")

Any object with the attributes of :class:`Cleaner` works too (a class with ``__call__``).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from newsclean.config import CleanConfig
from newsclean.document import Document

#: The Article fields a cleaner may read or write.
FIELDS = frozenset({"text", "title", "body", "captions", "credits", "removed"})

CleanFn = Callable[[Document, CleanConfig], None]


@runtime_checkable
class Cleaner(Protocol):
    """The shape every pipeline step has."""

    @property
    def name(self) -> str: ...
    @property
    def reads(self) -> frozenset[str]: ...
    @property
    def writes(self) -> frozenset[str]: ...
    @property
    def kinds(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Document, config: CleanConfig) -> None: ...


@dataclass(frozen=True, slots=True)
class FunctionCleaner:
    """A cleaner made from a plain function by :func:`cleaner`."""

    name: str
    fn: CleanFn
    reads: frozenset[str]
    writes: frozenset[str]
    kinds: tuple[str, ...]
    doc: str

    def __call__(self, doc: Document, config: CleanConfig) -> None:
        self.fn(doc, config)

    def __repr__(self) -> str:
        return f"<cleaner {self.name}>"

    def __reduce__(self) -> tuple[object, ...]:
        # ``@cleaner`` puts the cleaner where its function was, so pickle would find the cleaner, not the
        # function, under the function's name and refuse it. Where that name holds this very cleaner,
        # it travels as that reference (to Spark or process workers); otherwise its parts do.
        if _attribute(self.fn.__module__, self.fn.__qualname__) is self:
            return (_attribute, (self.fn.__module__, self.fn.__qualname__))
        return (FunctionCleaner, (self.name, self.fn, self.reads, self.writes, self.kinds, self.doc))


def _attribute(module: str, qualname: str) -> object:
    """What ``module.qualname`` names, or None where it names nothing (a function made in a function)."""
    found: object = sys.modules.get(module) or importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part, None)
    return found


#: Every cleaner declared with :func:`cleaner`, by name (the built-in ones and any a user imports).
REGISTRY: dict[str, Cleaner] = {}


def cleaner(
    name: str,
    *,
    reads: Iterable[str] = ("body",),
    writes: Iterable[str] = ("body",),
    kinds: Iterable[str] = (),
    register: bool = True,
) -> Callable[[CleanFn], FunctionCleaner]:
    """Declare a function as a cleaner named ``name`` (the name is also its rule name in the Article)."""
    reads_set, writes_set = frozenset(reads), frozenset(writes)
    unknown = (reads_set | writes_set) - FIELDS
    if unknown:
        raise ValueError(f"cleaner {name!r}: unknown fields {sorted(unknown)}; known: {sorted(FIELDS)}")

    def wrap(fn: CleanFn) -> FunctionCleaner:
        step = FunctionCleaner(name, fn, reads_set, writes_set, tuple(kinds), (fn.__doc__ or "").strip())
        if register:
            REGISTRY[name] = step
        return step

    return wrap
