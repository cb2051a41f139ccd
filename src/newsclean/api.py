"""The front doors: ``clean`` (any input), ``clean_text`` and ``clean_html``.

Each one turns its input into a :class:`~newsclean.document.Document`, runs a
:class:`~newsclean.pipeline.Pipeline` over it and returns the :class:`~newsclean.article.Article`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from newsclean.article import Article, Metadata
from newsclean.cleaner import Cleaner
from newsclean.decode import check_text, decode, parser_text, repair_surrogates
from newsclean.document import Document
from newsclean.errors import InputError
from newsclean.pipeline import Pipeline, coerce_pipeline

PipelineLike = Pipeline | Sequence[Cleaner] | None

# A document that starts like HTML, or is dense with block tags. Text with a stray "<br>" is not HTML.
_HTML_START = regex.compile(
    rb"^\s{0,1000}(?:<\?xml[^>]{0,200}>\s{0,100})?<(?:!doctype\s{1,10}html|html|head|body|!--)", regex.I
)
_HTML_TAGS = regex.compile(
    r"<(?:p|div|article|section|main|figure|h[1-6]|ul|li|span|a|table|body|head|meta)\b[^<>]{0,500}>", regex.I
)
_SNIFF = 4096


def looks_like_html(source: str | bytes) -> bool:
    """True when ``source`` is an HTML page or fragment rather than text with some stray tags."""
    head = source[:_SNIFF]
    head_bytes = head.encode("utf-8", "replace") if isinstance(head, str) else head
    if _HTML_START.match(head_bytes):
        return True
    text = head if isinstance(head, str) else head.decode("latin-1")
    if not text.lstrip().startswith("<"):
        return False
    return len(_HTML_TAGS.findall(text)) >= 3


def _check_options(title: object, url: object) -> str | None:
    """The caller's title, checked like the text (it is kept verbatim otherwise)."""
    for name, value in (("title", title), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name} must be a str or None, not {type(value).__name__}")
    return repair_surrogates(title) if isinstance(title, str) else None


def _check_size(text: str | bytes, pipeline: Pipeline) -> None:
    limit = pipeline.config.max_input_chars
    if limit and len(text) > limit:
        unit = "bytes" if isinstance(text, bytes) else "characters"
        raise InputError(
            f"input is {len(text):,} {unit}, over the limit of {limit:,}: split it, or raise "
            "CleanConfig.max_input_chars (Pipeline.with_config(max_input_chars=...))"
        )


def clean_text(
    text: str | bytes,
    *,
    title: str | None = None,
    url: str | None = None,
    pipeline: PipelineLike = None,
    encoding: str | None = None,
) -> Article:
    """Clean scraped text: one paragraph (or caption, label, ...) per line."""
    if not isinstance(text, str | bytes):
        raise InputError(f"clean_text() takes str or bytes, not {type(text).__name__}")
    title = _check_options(title, url)
    pipe = coerce_pipeline(pipeline)
    _check_size(text, pipe)
    meta = Metadata(url=url, source_format="text")
    if isinstance(text, bytes):
        decoded = decode(text, declared=encoding)
        text = decoded.text
        meta = Metadata(url=url, source_format="text", encoding=decoded.encoding, encoding_source=decoded.source)
    else:
        check_text(text)
        # Lone surrogates cannot be written as UTF-8 (JSON, Arrow), not even inside a Fix's "before".
        text = repair_surrogates(text)
    doc = Document.from_text(text, title=title, metadata=meta)
    return pipe.clean_document(doc)


def clean_html(
    html: Any,
    *,
    title: str | None = None,
    url: str | None = None,
    pipeline: PipelineLike = None,
    encoding: str | None = None,
) -> Article:
    """Clean an HTML page or fragment (str, bytes, a BeautifulSoup ``Tag`` or an lxml element)."""
    pipe = coerce_pipeline(pipeline)
    return pipe.clean_document(html_document_for(html, pipe, title=title, url=url, encoding=encoding))


def html_document_for(
    html: Any, pipeline: Pipeline, *, title: str | None, url: str | None, encoding: str | None = None
) -> Document:
    """The draft Document ``clean_html`` runs ``pipeline`` on: checked, decoded, extracted once.

    ``newsclean.explain`` builds its line list from the same Document, so it never extracts twice.
    """
    from newsclean.html.extract import html_document  # the HTML room imports bs4/lxml/trafilatura

    title = _check_options(title, url)
    if isinstance(html, str | bytes):
        _check_size(html, pipeline)
    if isinstance(html, str):
        html = parser_text(html)
    return html_document(html, title=title, url=url, encoding=encoding)


def clean(
    source: Any,
    *,
    title: str | None = None,
    url: str | None = None,
    pipeline: PipelineLike = None,
) -> Article:
    """Clean text or HTML, whichever ``source`` is (``str``, ``bytes`` in any encoding, or a parsed tree).

    >>> article = clean(
    ...     "Storm closes schools across the county\\n"
    ...     "All schools in the county closed on Monday after the storm flooded roads, officials said.\\n"
    ...     "- Advertisement -"
    ... )
    >>> article.title, len(article.body), [r.kind for r in article.removed]
    ('Storm closes schools across the county', 1, ['ad'])
    """
    if isinstance(source, bytearray | memoryview):
        source = bytes(source)
    if isinstance(source, str | bytes):
        if looks_like_html(source):
            return clean_html(source, title=title, url=url, pipeline=pipeline)
        return clean_text(source, title=title, url=url, pipeline=pipeline)
    if _is_tree(source):
        return clean_html(source, title=title, url=url, pipeline=pipeline)
    raise InputError(
        f"clean() takes text or HTML as str or bytes, or a BeautifulSoup/lxml tree; got {type(source).__name__}"
    )


def _is_tree(obj: object) -> bool:
    module = type(obj).__module__
    return module.startswith(("bs4", "lxml"))
