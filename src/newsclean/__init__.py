"""newsclean: turn scraped news articles into clean, structured data.

    >>> import newsclean
    >>> article = newsclean.clean(
    ...     "Storm closes schools across the county\\n"
    ...     "All schools in the county closed on Monday after the storm flooded roads, officials said."
    ... )
    >>> article.title
    'Storm closes schools across the county'

The public surface is this module: the front doors (``clean``, ``clean_text``, ``clean_html``), the
Article model, and the pipeline with its cleaners and config.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from newsclean.article import REMOVAL_KINDS, Article, Caption, Finding, Fix, Metadata, Removal
from newsclean.cleaner import Cleaner, cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.errors import InputError, NewscleanError, PipelineError, PipelineOrderError

if TYPE_CHECKING:
    from newsclean.api import clean, clean_html, clean_text, looks_like_html
    from newsclean.cleaner import REGISTRY
    from newsclean.pipeline import DEFAULT_PIPELINE, Pipeline, default_pipeline

# The pipeline and its cleaners (regex tables, ftfy, bs4) load on first use, not on import: the
# pytest plugin (entry point newsclean.testing.plugin) imports this package in every pytest run of
# every environment newsclean is installed in, and must cost next to nothing there. REGISTRY is
# lazy too, so it is complete (every built-in cleaner registered) whenever it is read.
_LAZY = {
    "clean": "newsclean.api",
    "clean_html": "newsclean.api",
    "clean_text": "newsclean.api",
    "looks_like_html": "newsclean.api",
    "DEFAULT_PIPELINE": "newsclean.pipeline",
    "Pipeline": "newsclean.pipeline",
    "default_pipeline": "newsclean.pipeline",
    "REGISTRY": "newsclean.cleaner",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    importlib.import_module("newsclean.api")  # loads the pipeline, so every built-in cleaner is registered
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_PIPELINE",
    "REGISTRY",
    "REMOVAL_KINDS",
    "Article",
    "Caption",
    "CleanConfig",
    "Cleaner",
    "Document",
    "Finding",
    "Fix",
    "InputError",
    "Line",
    "Metadata",
    "NewscleanError",
    "Pipeline",
    "PipelineError",
    "PipelineOrderError",
    "Removal",
    "Role",
    "clean",
    "clean_html",
    "clean_text",
    "cleaner",
    "default_pipeline",
    "looks_like_html",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
