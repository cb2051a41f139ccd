"""Typed errors. Everything newsclean raises on purpose is a :class:`NewscleanError`.

Unusable input raises :class:`InputError`; a pipeline that cannot work as assembled raises
:class:`PipelineError` when it is built, never halfway through an article. Any other input returns an
:class:`~newsclean.article.Article`, possibly with an empty body.
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input cannot be cleaned: wrong type, binary or compressed data, undecodable bytes, HTML
    nested deeper than the parser reads, or over ``CleanConfig.max_input_chars``.

    The message says what was wrong and what to do about it (``docs/robustness.md`` lists every case).
    It is also a ``ValueError``, so code that already catches bad values keeps working.
    """


class PipelineError(NewscleanError):
    """A pipeline was assembled wrongly (unknown step, duplicate name, steps in an impossible order)."""


class PipelineOrderError(PipelineError):
    """A step reads a field that a later step writes: move the writer before the reader."""


class UnexplainedChange(NewscleanError):
    """A cleaner changed the working document without recording why (a bug in that cleaner)."""
