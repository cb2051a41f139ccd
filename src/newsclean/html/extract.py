"""HTML to a draft Document: one parse, captions harvested from markup, the body from trafilatura.

Steps, in this order::

    parse_html          str | bytes | soup | lxml element -> one <html> tree (charset recorded)
    harvest_figures     captions and credits from <figure>, caption/credit classes, microdata, JSON-LD
    trafilatura         main content and page metadata (title, author, date, site name, url)
    place captions      extracted paragraphs that *are* a harvested caption or credit leave the body

The text pipeline then removes the residue trafilatura keeps (ad labels, teasers, credits, the title
repeated as the first paragraph). trafilatura copies the tree before it prunes it, so the harvest
may run before or after it; it runs before, which keeps the order obvious.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsclean.article import Caption, Finding, Metadata
from newsclean.document import Document, Line
from newsclean.html.harvest_figures import JSON_LD, JSON_LD_DESCRIPTION, Harvested, harvest_figures, norm, text_of
from newsclean.html.metadata import page_metadata
from newsclean.html.parse import parse_html

log = logging.getLogger(__name__)

#: trafilatura settings, chosen on the 181 pages of ``benchmarks/html.py`` (see docs/html.md for the
#: table). Comments are not the article (+0.007 body F1 over trafilatura's defaults). ``fast`` skips
#: the readability/justext comparison: with our residue removal after it, F1 is the same as with
#: ``favor_precision`` and the page costs about half. Tables stay: news tables are content.
EXTRACTION: dict[str, Any] = {
    "include_comments": False,
    "fast": True,
    "include_tables": True,
    "with_metadata": False,  # read by page_metadata, without the parts we do not use
}

RULE = "harvest_figures"
# Captions read from JSON-LD, not seen in the page: dropped when the body holds their text.
_WEAK = frozenset({JSON_LD, JSON_LD_DESCRIPTION})


def html_document(
    html: Any, *, title: str | None = None, url: str | None = None, encoding: str | None = None
) -> Document:
    """Parse ``html``, harvest its captions, extract its body: the Document the pipeline cleans."""
    import trafilatura  # the heaviest import of the package; only HTML mode pays for it

    page = parse_html(html, encoding=encoding)
    harvested = harvest_figures(page.tree)
    info = page_metadata(page.tree, url)
    result = trafilatura.bare_extraction(page.tree, url=url, **EXTRACTION)
    text = getattr(result, "text", None)
    if text and _menu_like(text):
        # Fast mode took a menu for the article; trafilatura's comparison with its fallback
        # extractors (the slow path it skips in fast mode) finds the real text on such pages.
        retry = trafilatura.bare_extraction(page.tree, url=url, **{**EXTRACTION, "fast": False})
        text = getattr(retry, "text", None) or text
    # Too little text for trafilatura (a short fragment): keep every block rather than lose it.
    blocks = text.split("\n") if text else _all_blocks(page.tree)
    page_title = info.title
    meta = Metadata(
        url=info.url,
        author=info.author,
        date=info.date,
        language=info.language,
        site_name=info.site_name,
        source_format="html",
        encoding=page.encoding,
        encoding_source=page.encoding_source,
    )
    doc = Document.from_blocks(blocks, title=title or page_title, metadata=meta)
    if title is None and page_title:
        doc.title_rule = "html_metadata"
        doc.title_reason = "title from the page's metadata"
    place_harvest(doc, harvested)
    strip_link_lines(doc, page.tree)
    return doc


_MENU_MIN_LINES = 50
_MENU_SHORT_SHARE = 0.8


def _menu_like(text: str) -> bool:
    """Mostly one-to-three-word lines: a navigation menu, not an article."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < _MENU_MIN_LINES:
        return False
    short = sum(1 for line in lines if len(line.split()) <= 3)
    return short >= _MENU_SHORT_SHARE * len(lines)


_LINK_MIN_WORDS = 4
_LINK_MAX_WORDS = 30
_TEASER_ITEM_WORDS = 45
# Links long enough to be a story title; the length test runs in C, so menus of one-word links cost
# nothing in Python.
_STORY_LINKS = lxml.etree.XPath("//a[@href][string-length(normalize-space(.)) > 12]")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url.strip()).hostname or ""
    return host.removeprefix("www.") or None


def _link_key(text: str) -> str:
    # Whitespace, case and list bullets aside, the paragraph must be the link's text.
    return " ".join(text.split()).casefold().strip(" -–—•·|:;,.")


def strip_link_lines(doc: Document, tree: lxml.html.HtmlElement) -> None:
    """Remove extracted paragraphs that are only the text of a link to another page of the same site.

    Related-story lists survive extraction as plain lines ("- Storm closes schools across the state"),
    sometimes with the story's summary after the link; in the markup they are links within the site.
    Links to other sites (shops, sources, tweets), links of fewer than four words ("16-inch laptop")
    and paragraphs that merely start with a link are kept: in an article they are content.
    """
    # Candidate paragraphs first: most pages have none, and then no link needs reading.
    candidates: dict[str, list[Line]] = {}
    for line in doc.body():
        if _LINK_MIN_WORDS <= line.n_words <= _LINK_MAX_WORDS:
            candidates.setdefault(_link_key(line.text), []).append(line)
        if line.text.startswith("- ") and line.n_words <= _TEASER_ITEM_WORDS:
            # A list item that opens with a story link and goes on with its summary.
            words = _link_key(line.text).split()
            for n in range(_LINK_MIN_WORDS, min(len(words), _LINK_MAX_WORDS)):
                candidates.setdefault(" ".join(words[:n]), []).append(line)
    if not candidates:
        return
    own = _host(doc.metadata.url)
    anchors = set()
    for a in _STORY_LINKS(tree):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        # A relative link stays on the site; an absolute one must point at the page's own host.
        if "//" in href and (own is None or _host(href) != own):
            continue
        key = _link_key(a.text_content())
        if key in candidates and "http" not in key and "www." not in key:
            anchors.add(key)
    if not anchors:
        return
    saved_rule, doc.rule = doc.rule, "strip_link_lines"
    for key in anchors:
        for line in candidates[key]:
            doc.remove(line, "teaser", "the paragraph is only the text of a link to another page")
    doc.rule = saved_rule


def place_harvest(doc: Document, harvested: list[Harvested]) -> None:
    """Put harvested captions and credits on ``doc``; extracted paragraphs equal to one leave the body."""
    if not harvested:
        return
    captions: dict[str, Harvested] = {}
    credits: dict[str, Harvested] = {}
    for item in harvested:
        if item.source == JSON_LD_DESCRIPTION:
            continue  # an image "description" is often the article's summary: never take a paragraph for it
        for key in item.keys:
            (captions if item.caption is not None else credits).setdefault(key, item)
        if item.caption is not None and item.credit:
            credits.setdefault(norm(item.credit), item)
            captions.setdefault(norm(f"{item.caption} {item.credit}"), item)
    order_of = {id(item): order for order, item in enumerate(harvested)}
    on_lines: set[int] = set()  # id() of items whose caption a line now holds
    credit_on_lines: set[str] = set()
    saved_rule, doc.rule = doc.rule, RULE
    # A paragraph much longer than every harvested text cannot equal one: skip normalising it.
    longest = max(len(item.raw) + len(item.caption or "") + len(item.credit or "") for item in harvested) + 20
    for line in doc.body():
        if len(line.text) > longest:
            continue
        key = norm(line.text)
        match = captions.get(key)
        if match is not None and id(match) not in on_lines and match.caption:
            _caption_line(doc, line, match, key)
            doc.caption_order.setdefault(line.text, order_of[id(match)])
            on_lines.add(id(match))
            if match.credit and key != norm(match.caption):
                credit_on_lines.add(norm(match.credit))
        elif (credit := credits.get(key)) is not None and key not in credit_on_lines:
            doc.mark_credit(line, f"equals a photo credit in the page markup ({credit.source})")
            credit_on_lines.add(key)
    doc.rule = saved_rule
    _add_unplaced(doc, harvested, on_lines, credit_on_lines)


def _add_unplaced(doc: Document, harvested: list[Harvested], on_lines: set[int], credit_on_lines: set[str]) -> None:
    """Harvested captions and credits no paragraph holds join the Document as extras, in page order."""
    body_text = "\n".join(line.text for line in doc.body())
    for order, item in enumerate(harvested):
        placed = id(item) in on_lines
        if item.caption is not None and not placed and item.source in _WEAK and item.caption in body_text:
            # JSON-LD "image" descriptions are sometimes the article's summary: one the body
            # contains is its lede, not a caption.
            continue
        if item.caption is not None:
            doc.caption_order.setdefault(item.caption, order)
            if not placed:
                doc.extra_captions.append(Caption(item.caption, item.credit))
                doc.extra_findings.append(Finding("caption", item.caption, RULE, f"{item.source} in the page markup"))
        if item.credit and norm(item.credit) not in credit_on_lines:
            credit_on_lines.add(norm(item.credit))
            doc.extra_credits.append(item.credit)
            doc.extra_findings.append(Finding("credit", item.credit, RULE, f"photo credit of {item.source}"))


def _caption_line(doc: Document, line: Line, item: Harvested, key: str) -> None:
    assert item.caption is not None
    reason = f"equals a caption in the page markup ({item.source})"
    if item.credit and key != norm(item.caption):
        # The paragraph is caption and credit together: cut the credit out, as split_credits does.
        doc.split_credit(line, item.caption, item.credit, reason)
    else:
        doc.mark_caption(line, reason, credit=item.credit)


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "pre", "dd", "dt")


def _all_blocks(tree: lxml.html.HtmlElement) -> list[str]:
    body = tree.find("body")
    root = body if body is not None else tree
    blocks = [text_of(el) for el in root.iter(*_BLOCKS) if not _has_block_child(el)]
    return blocks if any(blocks) else [text_of(root)]


def _has_block_child(element: lxml.html.HtmlElement) -> bool:
    return any(child.tag in _BLOCKS for child in element.iterdescendants())


__all__ = ["EXTRACTION", "html_document", "place_harvest"]
