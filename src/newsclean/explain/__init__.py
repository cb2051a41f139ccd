"""Explain one cleaning: every input line, what became of it, which rule did it and why.

    >>> from newsclean.explain import explain
    >>> report = explain("Storm closes schools across the county\\nAll schools were closed on Monday.\\nAds")
    >>> [(ln.fate, ln.rule) for ln in report.lines]
    [('title', 'find_headline'), ('body', None), ('removed', 'strip_ad_markers')]

:func:`explain` cleans the input with the same front doors as :func:`newsclean.clean`, so the
Article it explains is the one ``clean`` returns. :func:`explain_article` explains an Article you
already hold (loaded from JSON, say) against its input text. The renderers turn an
:class:`Explanation` into a terminal view (:mod:`~newsclean.explain.render_text`) or a standalone HTML
page (:mod:`~newsclean.explain.render_html`); ``newsclean explain`` is the command for both.
"""

from __future__ import annotations

from newsclean.api import PipelineLike, clean_text, html_document_for, looks_like_html
from newsclean.decode import decode
from newsclean.errors import InputError
from newsclean.explain.fates import FATES, FILTERS, Explanation, LineFate, explain_article, input_lines
from newsclean.explain.inline import Piece, replay
from newsclean.pipeline import coerce_pipeline

__all__ = [
    "FATES",
    "FILTERS",
    "Explanation",
    "LineFate",
    "Piece",
    "explain",
    "explain_article",
    "input_lines",
    "replay",
]


def explain(
    source: str | bytes,
    *,
    title: str | None = None,
    url: str | None = None,
    pipeline: PipelineLike = None,
    html: bool | None = None,
) -> Explanation:
    """Clean ``source`` and explain the result line by line.

    ``html`` forces HTML (True) or text (False) mode; None decides as :func:`newsclean.clean` does.
    In HTML mode the "lines" are the blocks the extractor found, since those are what the cleaners see.
    """
    if not isinstance(source, str | bytes):
        raise InputError(f"explain() takes text or HTML as str or bytes, not {type(source).__name__}")
    if html is None:
        html = looks_like_html(source)
    if html:
        return _explain_html(source, title=title, url=url, pipeline=pipeline)
    article = clean_text(source, title=title, url=url, pipeline=pipeline)
    # clean_text succeeded, so decoding again gives the same text (decode is deterministic).
    text = decode(source).text if isinstance(source, bytes) else source
    return explain_article(input_lines(text), article)


def _explain_html(source: str | bytes, *, title: str | None, url: str | None, pipeline: PipelineLike) -> Explanation:
    # One extraction: the blocks are read off the draft Document before the cleaners change it, and
    # the same Document then gives the Article, exactly as ``clean_html`` would.
    pipe = coerce_pipeline(pipeline)
    doc = html_document_for(source, pipe, title=title, url=url)
    lines = [(ln.index, ln.text) for ln in doc.lines]
    return explain_article(lines, pipe.clean_document(doc))
