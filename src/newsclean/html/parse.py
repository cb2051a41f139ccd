"""Any HTML input to one lxml tree: ``str``, ``bytes``, a BeautifulSoup object or an lxml element.

The tree is parsed once and shared by the caption harvest and by trafilatura (which copies it before
pruning), so a page costs one parse. Bytes are decoded by :func:`newsclean.decode.decode` (BOM, then
declared charset, then ``<meta charset>``, then UTF-8, then a detector); the encoding used and where
it came from are returned for the Article's metadata.

A fragment (an ``<article>`` container, a few ``<p>``) is wrapped in ``<html><body>``, because
trafilatura expects a whole document.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from typing import Any

import lxml.etree
import lxml.html
import regex

from newsclean.decode import decode
from newsclean.errors import InputError

# Same options as trafilatura's own parser: comments and processing instructions are never content,
# and id collection is wasted work for us. huge_tree lifts libxml2's nesting limit from 256 to 2,048
# elements: past the limit it silently drops the rest of the page (see _check_depth).
_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, huge_tree=True
)
_BYTES_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, encoding="utf-8", huge_tree=True
)
# lxml.html picks each element's Python class in a Python callback (form and input elements get
# their own classes), run every time an element is touched from Python: about 7% of a page's time
# in HTML mode, most of it inside trafilatura. Neither we nor trafilatura use the form classes, so
# every element is a plain HtmlElement, chosen in C. Copies of the tree keep the parser, so
# trafilatura's work on its copy gains too.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment)
_PARSER.set_element_class_lookup(_LOOKUP)
_BYTES_PARSER.set_element_class_lookup(_LOOKUP)


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """The page's tree (rooted at ``<html>``) and how its bytes were decoded, if they were bytes."""

    tree: lxml.html.HtmlElement
    encoding: str | None = None
    encoding_source: str | None = None


def parse_html(html: Any, *, encoding: str | None = None) -> ParsedPage:
    """Parse ``html`` into an ``<html>``-rooted tree; ``encoding`` is a charset the caller was told.

    >>> page = parse_html(b"<meta charset='latin-1'><p>Caf\\xe9 reopens</p>")
    >>> page.tree.findtext(".//p"), page.encoding, page.encoding_source
    ('Café reopens', 'iso8859-1', 'meta')
    """
    if isinstance(html, bytes):
        decoded = decode(html, html=True, declared=encoding)
        return ParsedPage(_parse_text(decoded.text), decoded.encoding, decoded.source)
    if isinstance(html, str):
        return ParsedPage(_parse_text(html))
    module = type(html).__module__
    if module.startswith("bs4"):
        # A soup or a Tag: its markup, re-parsed by lxml (bs4 trees are not lxml trees).
        return ParsedPage(_parse_text(str(html)))
    if isinstance(html, lxml.etree._ElementTree):
        html = html.getroot()
    if isinstance(html, lxml.etree._Element):
        return ParsedPage(_from_element(html))
    raise InputError(
        f"clean_html() takes str, bytes, a BeautifulSoup object or Tag, or an lxml element, "
        f"not {type(html).__name__}"
    )


# C0 controls (but tab and line breaks) and DEL: not allowed in XML, so lxml refuses them in a tree.
_NOT_XML_CHARS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _parse_text(text: str) -> lxml.html.HtmlElement:
    if not text.strip():
        return _wrap([])
    # Control characters XML cannot hold make lxml (and trafilatura, which sets node texts) raise:
    # they are never article text, so they go before parsing (documented fallback).
    if _NOT_XML_CHARS.search(text) is not None:
        text = _NOT_XML_CHARS.sub("", text)
    parser = _PARSER
    try:
        root = lxml.html.fromstring(text, parser=parser)
    except ValueError:
        # "Unicode strings with encoding declaration are not supported": hand lxml UTF-8 bytes.
        parser = _BYTES_PARSER
        try:
            root = lxml.html.fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
        except ValueError:
            # Control characters XML cannot hold ("<body>\x1f</body>...") that lxml's fragment handling
            # puts back into a tree: they are never article text, so they go (documented fallback).
            cleaned = _NOT_XML_CHARS.sub("", text).encode("utf-8", "surrogatepass")
            root = lxml.html.fromstring(cleaned, parser=parser)
        except lxml.etree.ParserError:
            return _wrap([])
    except lxml.etree.ParserError:
        return _wrap([])
    _check_depth(parser)
    return _as_document(root)


def _check_depth(parser: lxml.html.HTMLParser) -> None:
    """Refuse a page nested deeper than libxml2 reads, rather than lose what lies below silently."""
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise InputError(
            "the HTML is nested more than 2,048 elements deep, deeper than the parser reads: the text below "
            "that depth would be lost. Pass the article's container element or its text instead."
        )


def _from_element(element: lxml.etree._Element) -> lxml.html.HtmlElement:
    if isinstance(element, lxml.html.HtmlElement):
        # A whole page, or a container the caller picked: only that container is the article.
        return element if element.tag == "html" else _wrap([element])
    # An element from lxml.etree (not lxml.html): trafilatura needs HtmlElement methods.
    return _parse_text(lxml.etree.tostring(element, encoding="unicode", method="html"))


def _as_document(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    if root.tag == "html":
        return root
    # lxml returns the first element of a fragment (or the body's only child); take the whole body.
    body = root.getparent() if root.getparent() is not None else None
    if body is not None and body.tag == "body":
        html = body.getparent()
        if html is not None and html.tag == "html":
            return html
    return _wrap([root])


def _wrap(children: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement:
    html = lxml.html.Element("html")
    body = lxml.etree.SubElement(html, "body")
    for child in children:
        # Copy, so a caller's element (soup.select_one-style) is never moved out of its own tree.
        body.append(deepcopy(child))
    return html
