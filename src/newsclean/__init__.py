"""newsclean: turn scraped news articles into clean, structured data.

    >>> import newsclean
    >>> article = newsclean.clean("Storm closes schools\\nAll schools in the county closed on Monday.")
    >>> article.title
    'Storm closes schools'

The public surface is this module: the front doors (``clean``, ``clean_text``, ``clean_html``), the
Article model, and the pipeline with its cleaners and config.
"""

from __future__ import annotations

import logging

from newsclean.api import clean, clean_html, clean_text, looks_like_html
from newsclean.article import REMOVAL_KINDS, Article, Caption, Finding, Fix, Metadata, Removal
from newsclean.cleaner import REGISTRY, Cleaner, cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.errors import InputError, NewscleanError, PipelineError, PipelineOrderError
from newsclean.pipeline import DEFAULT_PIPELINE, Pipeline, default_pipeline

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
