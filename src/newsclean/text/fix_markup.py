"""fix_markup: HTML tags and entities left in scraped text.

Catches tags a scraper failed to strip and entities it failed to decode::

    "Prices rose<br>sharply</em>"        -> "Prices rose sharply"
    "Smith &amp; Sons said &#8220;no&#8221;" -> "Smith & Sons said “no”"
    "<p class="lead">"                     -> removed (kind "markup"): nothing but a tag

and the hidden text of links that scrapes run onto the end of a line (screen-reader notes, a wire's
licensing button)::

    "... 2025. REUTERS/Jane Roe/File Photo Purchase Licensing Rights, opens new tab"
        -> "... 2025. REUTERS/Jane Roe/File Photo"

A line is only parsed when it contains something tag- or entity-shaped, so clean text costs one
regex search. Text like ``a < b`` is left alone: only ``<name ...>`` shapes count as tags.
"""

from __future__ import annotations

import functools
import html
import re
import warnings
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any, NamedTuple

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document
from newsclean.text.patterns import MARKUP_HINT

_TAG = regex.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,2000})?/?>|<!--")
# Tags that separate words when removed; inline tags (<em>, <a>) join their text to the neighbours.
_BREAKING = regex.compile(r"<(?:br|p|div|li|td|th|tr|h[1-6]|hr|img|figure|figcaption)\b[^<>]{0,2000}>", regex.I)
_SPACES = regex.compile(r"\s{2,}")
# Link text a scrape runs onto the end of a line: "…File Photo Purchase Licensing Rights, opens new tab",
# "… the report (opens in a new window)". Only at the end, and only with text left before it (a line
# that is nothing else is page chrome, for strip_boilerplate).
_LINK_TAIL = regex.compile(
    r"(?<=\S)(?:\s?Purchase Licensing Rights)?(?:,\s?(?i:opens?\s(?:in\s)?(?:a\s)?new\s(?:tab|window))\.?"
    r"|\s?\((?i:opens?\s(?:in\s)?(?:a\s)?new\s(?:tab|window))\)\.?)$"
    r"|(?<=\S)\sPurchase Licensing Rights$"
)
# How every _LINK_TAIL match ends: "tab" or "window" (any case), then at most "." ")" "." ; or the
# licensing button. A line's last few characters are tested for these instead of searching whole texts
# (a case-insensitive "new ..." stopped at every "news"); a tail that is not ASCII, where a case-
# insensitive letter may be a non-ASCII one, goes to _LINK_TAIL itself.
_TAIL_WORDS = ("tab", "window")
_TAIL_CLOSERS = ".)"
_TAIL_CHARS = len("window).")
_LICENSING = "Purchase Licensing Rights"
# The longest _LINK_TAIL match, " Purchase Licensing Rights (opens in a new window).", is 51 characters
# and ends the line: searching from this far before the end finds the same match (a lookbehind still
# sees the character before), without trying every position of a long paragraph.
_LINK_TAIL_REACH = 64
_LINK_TAIL_MIN_SPACES = 7  # eight words before the note


# html.parser costs ~60 µs a tag: a line dense with tags (a hostile one, never a scraped sentence)
# is stripped by regex instead, keeping the cost linear and small; script text is then kept as text.
_MAX_PARSED_TAGS = 500


# A bare tag, "<em>" or "</em>": html.parser reads it as that tag and nothing else.
_BARE_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,15})>")
# A complete reference, "&amp;", "&#8217;", "&#x2019;": html.parser reads it up to and with the ";".
_REFERENCE = re.compile(r"&(?:([a-zA-Z][a-zA-Z0-9]{0,31})|#([0-9]{1,7}|[xX][0-9a-fA-F]{1,6}));")


class _Soup(NamedTuple):
    """The parts of bs4 this module reads."""

    # Tags that change how bs4 reads the text around them send the line to bs4: raw-text elements
    # (html.parser reads their content unparsed; the sets differ between Python versions), string
    # containers (kept out of get_text()), whitespace-preserving ones, void elements (bs4 swallows their
    # end tag, so the text on both sides is one string), and the ones this module decomposes.
    not_bare: frozenset[str]
    ascii_spaces: str
    entities: dict[str, str]
    # How bs4 decodes "&#...;" (windows-1252 numbers, U+FFFD for invalid ones); a bs4 without this
    # helper (before 4.13) sends lines with numeric references to bs4 itself.
    numeric: Callable[[str], tuple[str, Any, str]] | None
    parse: Callable[[str], Any]


@functools.cache
def _soup() -> _Soup:
    """bs4, imported when a line first holds a tag: importing it costs ~90 ms, most of what a one-shot
    run on plain text would otherwise pay for this step."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
    from bs4.builder._htmlparser import BeautifulSoupHTMLParser, HTMLParserTreeBuilder
    from bs4.dammit import EntitySubstitution

    builder = HTMLParserTreeBuilder()

    def parse(text: str) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            return BeautifulSoup(text, "html.parser")

    return _Soup(
        frozenset(
            {"script", "style", "noscript", "template", "textarea", "title", "xmp", "iframe", "noembed"}
            | {"noframes", "plaintext", "pre", "listing"}
            | set(getattr(builder, "string_containers", None) or ())
            | set(getattr(builder, "preserve_whitespace_tags", None) or ())
            | set(getattr(builder, "empty_element_tags", None) or ())
            | set(getattr(HTMLParser, "CDATA_CONTENT_ELEMENTS", ()))
            | set(getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()))
        ),
        BeautifulSoup.ASCII_SPACES,
        EntitySubstitution.HTML_ENTITY_TO_CHARACTER,
        getattr(BeautifulSoupHTMLParser, "_dereference_numeric_character_reference", None),
        parse,
    )


def _bare_tags_text(text: str) -> str | None:
    """``soup.get_text()`` of a line whose every ``<`` opens a bare tag, without bs4 (else None).

    bs4's html.parser hands over the text between two tags as data, each entity or character
    reference decoded by bs4's own tables, and bs4 turns a run of nothing but ASCII spaces into one
    space (a newline if it holds one). All that is done here the same way, for lines where every ``&``
    starts a complete reference; tests/test_speed_gates_core.py runs this beside bs4.
    """
    parts = _BARE_TAG.split(text)
    if len(parts) // 2 != text.count("<"):
        return None
    soup = _soup()
    for name in parts[1::2]:
        if name.lower() in soup.not_bare:
            return None
    out: list[str] = []
    for run in parts[0::2]:
        if run:
            data = _references_decoded(run) if "&" in run else run
            if data is None:
                return None
            if not data.strip(soup.ascii_spaces):
                data = "\n" if "\n" in data else " "
            out.append(data)
    return "".join(out)


def _references_decoded(run: str) -> str | None:
    """``run`` with its references decoded as bs4 does, or None if an ``&`` starts anything else."""
    table, numeric = _soup().entities, _soup().numeric
    pieces: list[str] = []
    pos = 0
    for m in _REFERENCE.finditer(run):
        name, number = m.groups()
        if name is not None:
            char = table.get(name)
            if char is None:  # bs4 keeps "&name" and drops the ";"
                return None
        elif numeric is None:
            return None
        else:
            char, _, extra = numeric(number)
            char += extra
        pieces.append(run[pos : m.start()])
        pieces.append(char)
        pos = m.end()
    if len(pieces) // 2 != run.count("&"):
        return None
    pieces.append(run[pos:])
    return "".join(pieces)


def _strip_tags(text: str) -> str:
    text = _BREAKING.sub(" ", text)
    if text.count("<") > _MAX_PARSED_TAGS:
        return _SPACES.sub(" ", html.unescape(_TAG.sub("", text))).strip()
    # bs4 costs ~60 µs a tag; lines with only bare tags get the same text without it.
    bare = _bare_tags_text(text)
    if bare is not None:
        return _SPACES.sub(" ", bare).strip()
    return _parsed_text(text)


def _parsed_text(text: str) -> str:
    """The line's text as bs4's html.parser tree gives it, script and style dropped."""
    soup = _soup().parse(text)
    for node in soup(["script", "style", "noscript", "template"]):
        node.decompose()
    return _SPACES.sub(" ", soup.get_text()).strip()


def link_note(text: str) -> regex.Match[str] | None:
    """``_LINK_TAIL.search(text)``, tried only on a line that ends like a link note, from near its end."""
    tail = text[-_TAIL_CHARS:]
    if tail.isascii() and not (
        tail.lower().rstrip(_TAIL_CLOSERS).endswith(_TAIL_WORDS) or text.endswith(_LICENSING)
    ):
        return None
    return _LINK_TAIL.search(text, max(0, len(text) - _LINK_TAIL_REACH))


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
    for line in doc.lines:
        text = line.text
        m = link_note(text)
        # Short lines with the note ("Click to share on Facebook (Opens in new window)") are page
        # chrome, which strip_boilerplate's markers know with the note: only longer text is mended.
        if m is not None and m.end() == len(text) and text.count(" ", 0, m.start()) >= _LINK_TAIL_MIN_SPACES:
            doc.edit(line, text[: m.start()].rstrip(), "hidden link text run onto the line")
