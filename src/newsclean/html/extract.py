"""HTML to a draft Document: trafilatura finds the main content and the page metadata.

The extracted text becomes one Document line per block; trafilatura's title is given to the pipeline
as the title, so ``find_headline`` removes it where the body repeats it.
"""

from __future__ import annotations

from typing import Any

from newsclean.article import Metadata
from newsclean.decode import decode
from newsclean.document import Document
from newsclean.errors import InputError


def _to_markup(html: Any, encoding: str | None) -> tuple[Any, str | None, str | None]:
    if isinstance(html, bytes):
        decoded = decode(html, html=True, declared=encoding)
        return decoded.text, decoded.encoding, decoded.source
    if isinstance(html, str):
        return html, None, None
    module = type(html).__module__
    if module.startswith("bs4"):
        return str(html), None, None
    if module.startswith("lxml"):
        return html, None, None
    raise InputError(f"clean_html() takes str, bytes, a BeautifulSoup Tag or an lxml element, not {type(html).__name__}")


def html_document(html: Any, *, title: str | None, url: str | None, encoding: str | None = None) -> Document:
    import trafilatura

    markup, used_encoding, encoding_source = _to_markup(html, encoding)
    result = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=True, as_dict=False
    )
    text = getattr(result, "text", None) or ""
    page_title = getattr(result, "title", None)
    meta = Metadata(
        url=url or getattr(result, "url", None),
        author=getattr(result, "author", None),
        date=getattr(result, "date", None),
        language=getattr(result, "language", None),
        site_name=getattr(result, "sitename", None),
        source_format="html",
        encoding=used_encoding,
        encoding_source=encoding_source,
    )
    doc = Document.from_blocks(text.split("\n"), title=title or page_title, metadata=meta)
    if title is None and page_title:
        doc.title_rule = "html_metadata"
        doc.title_reason = "title from the page's metadata"
    return doc
