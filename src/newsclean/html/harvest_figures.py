"""harvest_figures: image captions and photo credits read from the page's markup, in page order.

Found before the body is extracted, so pruning by the extractor cannot lose them::

    <figure><img ...><figcaption>Rescue teams at work. <span class="credit">Photo: Jane Doe/AP</span>
    </figcaption></figure>                     -> Caption("Rescue teams at work.", credit="Photo: Jane Doe/AP")
    <p class="wp-caption-text">Rescue teams at work. REUTERS/Jane Doe</p>
                                               -> Caption("Rescue teams at work.", credit="REUTERS/Jane Doe")
    <span itemprop="caption">...</span> in an ImageObject, with itemprop="copyrightHolder"
    <script type="application/ld+json">{"image": {"caption": "...", "creditText": "EPA-EFE"}}</script>

Sources, in the order they count: ``<figcaption>`` and caption classes (``caption``, ``cutline``,
``wp-caption-text``, ``media-caption`` ...), credit classes (``credit``, ``copyright``,
``photographer``, ``image-source`` ...), ImageObject microdata and JSON-LD ``image`` objects. A
credit element inside a caption is cut out of it; otherwise a credit in the same figure is linked;
otherwise a credit written at the end or start of the caption text is cut off with the text room's
patterns. The same caption found twice (markup and JSON-LD) is kept once, at its first position.

Captions in navigation, footers, asides and related-story boxes are not the article's and are skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
import lxml.html
import regex

from newsclean.text.patterns import CREDIT_HEAD, CREDIT_LINE, CREDIT_TAIL, MEDIA_LINE, trim
from newsclean.text.split_credits import credit_text

# Class and itemprop values that may mark a caption or a credit: a cheap pre-filter for the class
# regexes below. The stdlib's re, case-sensitive: for a plain alternation of literals it is about
# three times faster per call than the regex module or re.I. The fragments skip their first letter,
# so "imageCaption" and "PhotoCredit" pass too.
_MAYBE_CLASS = re.compile(r"aption|utline|redit|opyright|hotographer|ource|egend|nterschrift|mage-text|etty|otograf")
_MAYBE_PROP = re.compile(r"caption|description|copyrightHolder|creator|author")
# Elements with a class or itemprop, figcaptions and scripts, selected in C in page order. Testing
# their attributes in Python costs a fifth of one XPath with a contains() per class word; selecting
# the matching class values back with a second XPath was measured no faster.
_MARKED = lxml.etree.XPath("//*[@class or @itemprop] | //figcaption | //script[@type]")


def _candidates(tree: lxml.html.HtmlElement) -> Iterator[Any]:
    """Elements that may hold a caption, a credit or JSON-LD, in page order."""
    for element in _MARKED(tree):
        tag = element.tag
        if tag == "figcaption":
            yield element
        elif tag == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                yield element
        elif ((cls := element.get("class")) and _MAYBE_CLASS.search(cls)) or (
            (prop := element.get("itemprop")) and _MAYBE_PROP.search(prop)
        ):
            yield element


_CAPTION_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:caption|captions|cutline|cutlines|legend|legende|bildunterschrift|image-text|img-text|"
    r"wp-caption-text|media-caption|figcaption|caption-text)(?:$|[\s_-])",
    regex.I,
)
_CREDIT_CLASS = regex.compile(
    r"credit|copyright|photographer|byline-photo|image-source|img-source|photo-source|media-source|getty|"
    r"bildquelle|fotograf",
    regex.I,
)
# Class tokens of controls and wrappers that name captions without holding one.
_UI_CLASS = regex.compile(r"toggle|button|btn|icon|expand|close|counter|caption-count|has-caption|no-caption", regex.I)
# Regions that hold other stories' pictures, not the article's.
_FOREIGN_TAGS = frozenset({"nav", "footer", "aside", "form", "button"})
_FOREIGN_CLASS = regex.compile(
    r"related|recommend|teaser|promo|sidebar|footer|comment|newsletter|popular|trending|more-stories|"
    r"outbrain|taboola|widget|carousel-nav|advert",
    regex.I,
)
# Layout and state modifiers name a region only to say the page has one: "l-sidebar-fixed",
# "has-sidebar", "with-related".
_MODIFIER = regex.compile(r"(?:^|[-_])(?:l|layout|has|with|is|no)[-_]", regex.I)
_PAGE_TAGS = frozenset({"article", "main", "body", "html"})
JSON_LD = "JSON-LD image caption"  # source names of captions read from JSON-LD
JSON_LD_DESCRIPTION = "JSON-LD image description"
_FROM_JSON = frozenset({JSON_LD, JSON_LD_DESCRIPTION})
_MAX_CAPTION_CHARS = 1200
_MAX_CREDIT_CHARS = 200
_CREDIT_MAX_WORDS = 8
_MAX_JSONLD_CHARS = 200_000
_MAX_JSON_ITEMS = 500
_ANCESTOR_DEPTH = 30
_FIGURE_DEPTH = 3  # how far up a credit may look for the picture it belongs to


@dataclass(slots=True)
class Harvested:
    """A caption (or a lone credit) found in markup; ``source`` says where, for the Finding."""

    caption: str | None
    credit: str | None
    source: str
    raw: str = ""  # the caption as printed, credit included, for matching extracted paragraphs
    keys: set[str] = field(default_factory=set)


_WORD = re.compile(r"\w+")  # the stdlib's: several times faster per call on short texts


def norm(text: str) -> str:
    """The comparison key of a caption: case-folded words only."""
    return " ".join(_WORD.findall(text.casefold()))


def text_of(element: lxml.html.HtmlElement, skip: frozenset[Any] = frozenset()) -> str:
    """Visible text of ``element`` with single spaces, leaving out ``skip`` subtrees and scripts."""
    if element.tag == "meta":  # microdata on <meta itemprop=... content=...>
        return " ".join((element.get("content") or "").split())
    parts: list[str] = []
    # iterwalk is iterative (in C), so a caption nested a thousand levels deep cannot hit Python's
    # recursion limit.
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if node is element:
            if event == "start" and node.text and node.tag not in _HIDDEN:
                parts.append(node.text)
            continue
        if event == "start":
            if node in skip or not isinstance(node.tag, str) or node.tag in _HIDDEN:
                walker.skip_subtree()
                continue
            if node.tag in _SPACED:
                parts.append(" ")
            if node.text:
                parts.append(node.text)
        else:
            if node.tag in _SPACED:
                parts.append(" ")
            if node.tail:
                parts.append(node.tail)
    return " ".join("".join(parts).split())


_HIDDEN = frozenset({"script", "style", "noscript", "template"})
_SPACED = frozenset({"p", "div", "span", "br", "li"})  # blocks, and spans that sites use as blocks


def _classes(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _foreign(element: Any) -> bool:
    """True inside a region that holds other stories: nav, aside, a related-stories box ...

    The walk stops at the article, main or body element, whose classes describe the whole page
    ("blog-recirc-group", "l-sidebar-fixed") rather than a region of it.
    """
    node = element.getparent()
    for _ in range(_ANCESTOR_DEPTH):
        if node is None or node.tag in _PAGE_TAGS:
            return False
        if node.tag in _FOREIGN_TAGS or any(
            _FOREIGN_CLASS.search(token) and not _MODIFIER.search(token) for token in _classes(node).split()
        ):
            return True
        node = node.getparent()
    return False


def _in_image_object(element: Any) -> bool:
    node = element
    for _ in range(_FIGURE_DEPTH + 1):
        if node is None:
            return False
        if "ImageObject" in (node.get("itemtype") or ""):
            return True
        node = node.getparent()
    return False


def _kind(element: Any) -> str | None:
    """"caption", "credit", "json-ld", or None for an element that is neither."""
    if element.tag == "script":
        return "json-ld"
    prop = element.get("itemprop")
    if prop and _in_image_object(element):
        if "caption" in prop or "description" in prop:
            return "caption"
        if "copyrightHolder" in prop or "creator" in prop or "author" in prop:
            return "credit"
    if element.tag == "figcaption":
        return "caption"
    cls = element.get("class") or ""
    kind = None
    if _UI_CLASS.search(cls):
        pass
    elif _CREDIT_CLASS.search(cls):
        kind = "credit"
    elif _CAPTION_CLASS.search(cls):
        kind = "caption"
    return kind


def harvest_figures(tree: lxml.html.HtmlElement) -> list[Harvested]:
    """Captions and credits of the article's pictures, in page order, without duplicates."""
    captions: list[Any] = []
    credits: list[Any] = []
    found: list[tuple[Any, str]] = []
    for element in _candidates(tree):
        kind = _kind(element)
        if kind is None or _foreign(element):
            continue
        found.append((element, kind))
        if kind == "caption":
            captions.append(element)
        elif kind == "credit":
            credits.append(element)
    credit_set = frozenset(credits)
    caption_set = frozenset(captions)
    claimed: set[Any] = set()
    placed: list[tuple[int, Harvested]] = []
    for pos, (element, kind) in enumerate(found):
        if kind == "json-ld":
            placed.extend((pos, item) for item in _from_json_ld(element))
        elif kind == "caption" and not _inside(element, caption_set):
            item = _from_caption(element, credit_set, claimed)
            if item is not None:
                placed.append((pos, item))
    # Credits no caption claimed: a second pass, since a figure's credit may precede its caption.
    for pos, (element, kind) in enumerate(found):
        if kind == "credit" and element not in claimed and not _inside(element, caption_set | credit_set):
            item = _lone_credit(element)
            if item is not None:
                placed.append((pos, item))
    placed.sort(key=lambda pair: pair[0])
    return _dedupe([item for _, item in placed])


def _inside(element: Any, group: frozenset[Any]) -> bool:
    node = element.getparent()
    for _ in range(_ANCESTOR_DEPTH):
        if node is None:
            return False
        if node in group:
            return True
        node = node.getparent()
    return False


def _from_caption(element: Any, credit_set: frozenset[Any], claimed: set[Any]) -> Harvested | None:
    inner = [c for c in element.iterdescendants() if c in credit_set]
    raw = text_of(element)
    if not raw or len(raw) > _MAX_CAPTION_CHARS:
        return None
    caption = text_of(element, frozenset(inner)) if inner else raw
    credit = " ".join(text_of(c) for c in inner) or None
    claimed.update(inner)
    if credit is None:
        sibling = _figure_credit(element, credit_set)
        if sibling is not None:
            claimed.add(sibling)
            credit = text_of(sibling) or None
    if credit is None:
        caption, credit = split_caption_credit(caption)
    if credit is not None:
        credit = credit_text(credit) or None
    if not caption or _not_a_caption(caption):
        if credit is None and is_credit(caption):
            return Harvested(None, credit_text(caption), _source(element), raw)
        return None if credit is None else Harvested(None, credit, _source(element), raw)
    return Harvested(caption.strip(), credit, _source(element), raw)


def split_caption_credit(text: str) -> tuple[str, str | None]:
    """Cut a photo credit off the end or start of a caption.

    >>> split_caption_credit("Rescue teams work through the night in Ghent. EPA-EFE/JULIEN WARNAND")
    ('Rescue teams work through the night in Ghent.', 'EPA-EFE/JULIEN WARNAND')
    >>> split_caption_credit("Rescue teams work through the night in Ghent.")
    ('Rescue teams work through the night in Ghent.', None)
    """
    m = CREDIT_TAIL.search(text, max(0, len(text) - 200))
    if m is not None and len(text[: m.start("credit")].split()) >= 2:
        return text[: m.start("credit")].rstrip(" \t-–—|,;:"), credit_text(m.group("credit"))
    m = CREDIT_HEAD.match(text)
    if m is not None and len(text[m.end() :].split()) >= 3:
        return text[m.end() :].strip(), credit_text(m.group("credit"))
    return text, None


def _not_a_caption(text: str) -> bool:
    label = trim(text)
    return len(label.split()) < 2 or MEDIA_LINE.fullmatch(label) is not None or is_credit(label)


def is_credit(text: str) -> bool:
    """A whole text that is a photo credit. Long ones are captions with a label ("Image: Fans wait ...").

    >>> is_credit("Photograph: Tim Roe/Getty Images")
    True
    >>> is_credit("Image: Fans wait for the team bus outside the stadium on Sunday")
    False
    """
    return len(text.split()) <= _CREDIT_MAX_WORDS and CREDIT_LINE.fullmatch(credit_text(text)) is not None


def _figure_credit(element: Any, credit_set: frozenset[Any]) -> Any:
    """A credit element in the same figure as the caption ``element`` (not inside another caption)."""
    node = element.getparent()
    for _ in range(_FIGURE_DEPTH):
        if node is None:
            return None
        for cand in node.iterdescendants():
            if cand in credit_set and cand is not element:
                return cand
        if node.tag == "figure":
            return None
        node = node.getparent()
    return None


def _lone_credit(element: Any) -> Harvested | None:
    """A credit element beside a picture, with no caption to link it to."""
    text = text_of(element)
    if not text or len(text) > _MAX_CREDIT_CHARS:
        return None
    node = element
    for _ in range(_FIGURE_DEPTH):
        node = node.getparent()
        if node is None:
            return None
        if node.tag == "figure" or node.find(".//img") is not None or node.find(".//picture") is not None:
            return Harvested(None, credit_text(text), _source(element), text)
    return None


def _source(element: Any) -> str:
    if element.tag == "figcaption":
        return "<figcaption>"
    if element.get("itemprop"):
        return f'itemprop="{element.get("itemprop")}"'
    return f'class="{(element.get("class") or "").strip()[:60]}"'


# ------------------------------------------------------------------------------------------ JSON-LD


def _from_json_ld(script: Any) -> Iterator[Harvested]:
    text = script.text or ""
    if len(text) > _MAX_JSONLD_CHARS:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # broken or absurdly nested JSON-LD: optional evidence, skipped
        return
    for obj in _image_objects(data):
        caption = _json_text(obj.get("caption"))
        source = JSON_LD
        if caption is None:
            caption, source = _json_text(obj.get("description")), JSON_LD_DESCRIPTION
        credit = (
            _json_text(obj.get("creditText"))
            or _json_name(obj.get("copyrightHolder"))
            or _json_name(obj.get("author"))
            or _json_name(obj.get("creator"))
        )
        if caption and len(caption) <= _MAX_CAPTION_CHARS and not _not_a_caption(caption):
            if credit is None:
                caption, credit = split_caption_credit(caption)
            yield Harvested(caption, credit_text(credit) if credit else None, source, caption)


def _image_objects(data: Any) -> Iterator[dict[str, Any]]:
    """ImageObjects anywhere in a JSON-LD document: ``image`` values and ``@type: ImageObject`` nodes."""
    stack: list[tuple[Any, bool]] = [(data, False)]
    seen = 0
    while stack and seen < _MAX_JSON_ITEMS:
        node, is_image = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend((item, is_image) for item in reversed(node))
        elif isinstance(node, dict):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if is_image or "ImageObject" in kinds:
                yield node
                continue
            for key, value in reversed(list(node.items())):
                if isinstance(value, dict | list):
                    stack.append((value, key in ("image", "associatedMedia", "primaryImageOfPage")))


def _json_text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("text")
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    return None


def _json_name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for v in value if (n := _json_name(v))]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _json_text(value.get("name"))
    return _json_text(value)


# ------------------------------------------------------------------------------------------ merging


def _dedupe(items: list[Harvested]) -> list[Harvested]:
    """One entry per caption, one per lone credit; a missing credit is filled in from a twin.

    A caption seen in the page's markup wins over its JSON-LD twin (usually in the ``<head>``, so
    first): it takes the figure's position and names the visible element as its source.
    """
    by_caption: dict[str, Harvested] = {}
    linked = {norm(item.credit) for item in items if item.caption and item.credit}
    seen_credits: set[str] = set()
    out: list[Harvested] = []
    for item in items:
        if item.caption is not None:
            key = norm(item.caption)
            first = by_caption.get(key)
            if first is not None:
                if first.source in _FROM_JSON and item.source not in _FROM_JSON:
                    out.remove(first)
                    item.credit = item.credit or first.credit
                else:
                    first.credit = first.credit or item.credit
                    continue
            if not key:
                continue
            by_caption[key] = item
        else:
            key = norm(item.credit or "")
            if not key or key in linked or key in seen_credits:
                continue
            seen_credits.add(key)
        item.keys = {key, norm(item.raw)} - {""}
        out.append(item)
    return out
