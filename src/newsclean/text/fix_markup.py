"""fix_markup: HTML tags and entities left in scraped text.

Catches tags a scraper failed to strip and entities it failed to decode::

    "Prices rose<br>sharply</em>"        -> "Prices rose sharply"
    "Smith &amp; Sons said &#8220;no&#8221;" -> "Smith & Sons said “no”"
    "<p class="lead">"                     -> removed (kind "markup"): nothing but a tag

A line is only parsed when it contains something tag- or entity-shaped, so clean text costs one
regex search. Text like ``a < b`` is left alone: only ``<name ...>`` shapes count as tags.
"""

from __future__ import annotations

import html
import warnings

import regex
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document
from newsclean.text.patterns import MARKUP_HINT

_TAG = regex.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,2000})?/?>|<!--")
# Tags that separate words when removed; inline tags (<em>, <a>) join their text to the neighbours.
_BREAKING = regex.compile(r"<(?:br|p|div|li|td|th|tr|h[1-6]|hr|img|figure|figcaption)\b[^<>]{0,2000}>", regex.I)
_SPACES = regex.compile(r"\s{2,}")


# html.parser costs ~60 µs a tag: a line dense with tags (a hostile one, never a scraped sentence)
# is stripped by regex instead, keeping the cost linear and small; script text is then kept as text.
_MAX_PARSED_TAGS = 500


def _strip_tags(text: str) -> str:
    text = _BREAKING.sub(" ", text)
    if text.count("<") > _MAX_PARSED_TAGS:
        return _SPACES.sub(" ", html.unescape(_TAG.sub("", text))).strip()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(text, "html.parser")
    for node in soup(["script", "style", "noscript", "template"]):
        node.decompose()
    return _SPACES.sub(" ", soup.get_text()).strip()


@cleaner("fix_markup", reads=("text",), writes=("text", "removed"), kinds=("markup",))
def fix_markup(doc: Document, config: CleanConfig) -> None:
    """Strip stray HTML tags and decode HTML entities; drop lines that were only markup."""
    for line in doc.lines:
        if "<" not in line.text and "&" not in line.text:
            continue
        if not MARKUP_HINT.search(line.text):
            continue
        text = line.text
        text = _strip_tags(text) if _TAG.search(text) else html.unescape(text)  # bs4 also decodes entities
        if not text.strip():
            doc.remove(line, "markup", "line held only HTML tags")
        else:
            doc.edit(line, text, "HTML tags or entities left in the text")
