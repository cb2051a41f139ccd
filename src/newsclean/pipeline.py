"""The pipeline: an ordered, immutable list of cleaners and the config they share.

``DEFAULT_PIPELINE`` is the table of contents of text cleaning, in run order::

    fix_markup -> fix_encoding -> fix_whitespace            repair the characters
    strip_ad_markers -> strip_boilerplate                    drop page residue
    split_credits -> split_captions                          move photo credits and captions out
    strip_contents                                           drop a table of contents (before the headline)
    find_headline                                            take the headline out of the body
    strip_article_frame                                      drop section kickers and a bare author name
    strip_link_lists                                         drop story links under a 'Related' heading
    strip_menus                                              drop the footer menu's labels among known chrome
    join_split_paragraphs -> fix_punctuation                 mend what is left

Pipelines are values: ``without``, ``replace``, ``insert_before`` / ``insert_after`` return new
pipelines, so a customised pipeline can be built once and shared across threads or processes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsclean.article import Article
from newsclean.cleaner import Cleaner, CleanFn, FunctionCleaner
from newsclean.config import DEFAULT_CONFIG, CleanConfig
from newsclean.document import Document
from newsclean.errors import PipelineError, PipelineOrderError
from newsclean.text.find_headline import find_headline
from newsclean.text.fix_encoding import fix_encoding
from newsclean.text.fix_markup import fix_markup
from newsclean.text.fix_punctuation import fix_punctuation
from newsclean.text.fix_whitespace import fix_whitespace
from newsclean.text.join_split_paragraphs import join_split_paragraphs
from newsclean.text.split_captions import split_captions
from newsclean.text.split_credits import split_credits
from newsclean.text.strip_ad_markers import strip_ad_markers
from newsclean.text.strip_article_frame import strip_article_frame
from newsclean.text.strip_boilerplate import strip_boilerplate
from newsclean.text.strip_contents import strip_contents
from newsclean.text.strip_link_lists import strip_link_lists
from newsclean.text.strip_menus import strip_menus

DEFAULT_PIPELINE: tuple[Cleaner, ...] = (
    fix_markup,
    fix_encoding,
    fix_whitespace,
    strip_ad_markers,
    strip_boilerplate,
    split_credits,
    split_captions,
    strip_contents,
    find_headline,
    strip_article_frame,
    strip_link_lists,
    strip_menus,
    join_split_paragraphs,
    fix_punctuation,
)


@dataclass(frozen=True)
class Pipeline:
    """Cleaners in run order plus their config. Checked when built, not halfway through an article."""

    steps: tuple[Cleaner, ...] = DEFAULT_PIPELINE
    config: CleanConfig = field(default_factory=lambda: DEFAULT_CONFIG)
    # What ``run`` calls for each step, with its name: a ``FunctionCleaner``'s function itself (its
    # ``__call__`` only forwards to it), any other cleaner as it is. Read once, not per document.
    _calls: tuple[tuple[str, Cleaner | CleanFn], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        steps = tuple(self.steps)
        object.__setattr__(self, "steps", steps)
        seen: set[str] = set()
        for step in steps:
            if not callable(step) or not isinstance(getattr(step, "name", None), str):
                raise PipelineError(
                    f"{step!r} is not a cleaner: decorate a function with @newsclean.cleaner(name)"
                )
            if step.name in seen:
                raise PipelineError(f"two steps are named {step.name!r}: names must be unique")
            seen.add(step.name)
        calls = tuple((step.name, step.fn if type(step) is FunctionCleaner else step) for step in steps)
        object.__setattr__(self, "_calls", calls)
        # A step that reads a field must not come before a step that writes it.
        for i, reader in enumerate(steps):
            for writer in steps[i + 1 :]:
                needed = (reader.reads & writer.writes) - {"body", "text", "removed"}
                if needed:
                    raise PipelineOrderError(
                        f"{reader.name!r} reads {sorted(needed)} which {writer.name!r} writes later: "
                        f"move {writer.name!r} before {reader.name!r}"
                    )

    def __reduce__(self) -> tuple[object, ...]:
        # Built again where it lands: ``_calls`` holds the cleaners' bare functions, which pickle cannot name.
        return (Pipeline, (self.steps, self.config))

    # ------------------------------------------------------------------ composition

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps)

    def __iter__(self) -> Iterator[Cleaner]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise PipelineError(f"no step named {name!r}; steps are {list(self.names)}") from None

    def _with(self, steps: Iterable[Cleaner]) -> Pipeline:
        return Pipeline(tuple(steps), self.config)

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        for name in names:
            self._index(name)
        return self._with(s for s in self.steps if s.name not in names)

    def replace(self, name: str, step: Cleaner) -> Pipeline:
        i = self._index(name)
        return self._with((*self.steps[:i], step, *self.steps[i + 1 :]))

    def insert_before(self, name: str, step: Cleaner) -> Pipeline:
        i = self._index(name)
        return self._with((*self.steps[:i], step, *self.steps[i:]))

    def insert_after(self, name: str, step: Cleaner) -> Pipeline:
        i = self._index(name) + 1
        return self._with((*self.steps[:i], step, *self.steps[i:]))

    def append(self, step: Cleaner) -> Pipeline:
        return self._with((*self.steps, step))

    def with_config(self, config: CleanConfig | None = None, **options: object) -> Pipeline:
        """A copy with another config, or with some options changed."""
        base = config or self.config
        return Pipeline(self.steps, base.with_options(**options) if options else base)

    # ------------------------------------------------------------------ running

    def run(self, doc: Document, timings: dict[str, float] | None = None) -> Document:
        """Run every step on ``doc`` in order. ``timings`` collects seconds per step if given."""
        config = self.config
        if timings is None:
            for name, call in self._calls:
                doc.rule = name
                call(doc, config)
        else:
            clock = time.perf_counter
            for name, call in self._calls:
                doc.rule = name
                t0 = clock()
                call(doc, config)
                timings[name] = timings.get(name, 0.0) + clock() - t0
        doc.rule = "unknown"
        return doc

    def clean_document(self, doc: Document) -> Article:
        return self.run(doc).to_article()


def default_pipeline(config: CleanConfig | None = None) -> Pipeline:
    """The standard text pipeline (``DEFAULT_PIPELINE``), optionally with another config."""
    return Pipeline(DEFAULT_PIPELINE, config or DEFAULT_CONFIG)


def coerce_pipeline(pipeline: Pipeline | Sequence[Cleaner] | None) -> Pipeline:
    """Accept a Pipeline, a plain sequence of cleaners, or None (the default)."""
    if pipeline is None:
        return _DEFAULT
    if isinstance(pipeline, Pipeline):
        return pipeline
    return Pipeline(tuple(pipeline))


_DEFAULT = default_pipeline()
