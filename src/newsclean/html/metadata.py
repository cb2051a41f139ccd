"""Page metadata (title, author, date, site name, url, language) from trafilatura's and htmldate's readers.

``trafilatura.extract_metadata`` also reads categories, tags and licence, scans the whole page for an
author when no meta tag names one, and runs htmldate's extensive date search. On the 181 benchmark
pages those parts cost about as much as extracting the body itself, for fields the Article does not
have or seldom gains. This module calls the same trafilatura readers for the fields we keep, in the
same order of precedence (meta tags, then JSON-LD, then the page's ``<title>``/``<h1>``), and asks
htmldate for the date without its extensive search. The tree is only read, never changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import lxml.etree
import lxml.html

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None


def page_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> PageMetadata:
    """What the page says about itself; any field may be None."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # trafilatura's own rule: a one-word "author" is usually a site handle
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as exc:  # trafilatura's JSON-LD reader has raised on odd pages
        log.debug("JSON-LD metadata skipped: %s", exc)
    title = _headline(tree) or meta.title or extract_title(tree)
    page_url = meta.url or extract_url(tree, url)
    try:
        date = find_date(tree, extensive_search=False, original_date=True, url=page_url)
    except ValueError:  # htmldate rejects some date settings and malformed pages
        date = None
    site = meta.sitename or extract_sitename(tree)
    if site:
        site = site.lstrip("@")
    return PageMetadata(
        title=_clean(title),
        author=_clean(meta.author),
        date=date,
        site_name=_clean(site),
        url=url or _clean(page_url),
        language=_language(tree),
    )


_H1 = lxml.etree.XPath("//h1[not(ancestor::nav or ancestor::footer or ancestor::aside)]")
_HEADLINE_WORDS = (3, 40)


def _headline(tree: lxml.html.HtmlElement) -> str | None:
    """The page's one visible headline, if it has exactly one ``<h1>`` of headline length.

    Readers see the ``<h1>``; ``og:title`` and ``<title>`` are often an SEO variant or carry the
    site's name ("Headline - Site"), and then the headline printed in the body is not recognised.
    """
    texts = {text for h1 in _H1(tree) if (text := " ".join(h1.text_content().split()))}
    if len(texts) != 1:
        return None
    (text,) = texts
    return text if _HEADLINE_WORDS[0] <= len(text.split()) <= _HEADLINE_WORDS[1] else None


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(value.split())
    return text or None


def _language(tree: lxml.html.HtmlElement) -> str | None:
    """The primary subtag of ``<html lang>``: "en-GB" -> "en"."""
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    if not lang:
        return None
    return lang.replace("_", "-").split("-")[0].lower() or None
