"""strip_contents: a table of contents whose entries come back below as section headings.

A guide or explainer opens with a table of contents: a heading ("Inhalt", "In this article",
"Sommaire", "Spis treści") and the links under it. They go when at least two of them are printed again
lower down as the article's section headings::

    "Inhaltsverzeichnis"                 -> boilerplate
    "1. Die richtigen Zwetschgen"        -> boilerplate (again below: "Die richtigen Zwetschgen")
    "2. Zubereitung"                     -> boilerplate (again below: "Zubereitung")
    "Wenn im September ..."              (a paragraph: the contents have ended)

Runs before ``find_headline``, because a contents entry and its copy look like a headline printed
twice; ``find_headline`` reads the removals' reason (``CONTENTS_ENTRY``) and never takes a copy.
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import CONTENTS_HEADINGS
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.patterns import FLAGS, trim

_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11

#: The reason of a removed contents entry; ``find_headline`` reads it to leave the entry's copy (a
#: section heading) out of the headline candidates.
CONTENTS_ENTRY = "table-of-contents entry, printed again below as a section heading"
_CONTENTS_HEADING = MarkerDispatch([(None, CONTENTS_HEADINGS)], FLAGS)
# A heading is a few words ("Índice de contenidos", "Z tego artykułu dowiesz się"); longer lines skip
# the dispatch.
_CONTENTS_HEADING_CHARS = 40
# An entry is a section heading: short, and it does not end like a sentence (questions do: "Ile to
# kosztuje?"). A contents lists a handful of sections; at least two of them must come back below.
_ENTRY_MAX_WORDS = 15
_MAX_ENTRIES = 30
_CONTENTS_MIN_REPEATS = 2
# The number in front of an entry ("1. ", "2) ", "IV. ", "b) "): the section heading may lack it.
_ENTRY_NUMBER = regex.compile(r"(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])[.)] {1,3}")
_ENTRY_TRIM = " \t-–—•·|:*»›>"


def contents_key(text: str) -> str:
    """An entry and its section heading compare equal: number, decoration, case and spacing dropped.

    >>> contents_key("2. Kühlung und Stromverbrauch:") == contents_key("Kühlung und  Stromverbrauch")
    True
    """
    m = _ENTRY_NUMBER.match(text)
    if m is not None:
        text = text[m.end() :]
    return " ".join(text.strip(_ENTRY_TRIM).casefold().split())


def _is_entry(line: Line) -> bool:
    return line.role is _BODY and 0 < line.n_words <= _ENTRY_MAX_WORDS and line.text.rstrip()[-1] not in ".,;!"


def _is_contents_heading(line: Line) -> bool:
    text = line.text
    if line.role is not _BODY or len(text) > _CONTENTS_HEADING_CHARS:
        return False
    label = trim(text)
    return bool(label) and _CONTENTS_HEADING.first(label) is not None


def _entries(lines: list[Line], start: int) -> list[Line]:
    """The entry-shaped lines from ``start`` on: up to a paragraph, or to the first section heading
    itself (a line equal to an entry already listed: the article has begun)."""
    run: list[Line] = []
    seen: set[str] = set()
    for line in lines[start : start + _MAX_ENTRIES]:
        key = contents_key(line.text) if _is_entry(line) else ""
        if not key or key in seen:
            break
        seen.add(key)
        run.append(line)
    return run


@cleaner("strip_contents", writes=("removed",), kinds=("boilerplate",))
def strip_contents(doc: Document, config: CleanConfig) -> None:
    """Remove a table of contents whose entries come back below as the article's section headings.

    >>> import newsclean
    >>> text = "\\n".join(["Spis treści", "Co z przystankami?", "Ile to kosztuje?",
    ...     "Tramwaj na nowej trasie miał ruszyć przed świętami, ale termin przesunięto na wiosnę.",
    ...     "Co z przystankami?", "Na trasie powstało pięć przystanków, dwa są już gotowe.",
    ...     "Ile to kosztuje?", "Wartość inwestycji wzrosła do 512 mln zł."])
    >>> [r.text for r in newsclean.clean_text(text).removed][:3]
    ['Spis treści', 'Co z przystankami?', 'Ile to kosztuje?']
    """
    lines = [ln for ln in doc.lines if ln.role is not _REMOVED]
    heads = [i for i, ln in enumerate(lines) if len(ln.text) <= _CONTENTS_HEADING_CHARS and _is_contents_heading(ln)]
    done = 0  # lines before this one belong to a contents already removed
    for i in heads:
        if i < done:
            continue
        run = _entries(lines, i + 1)
        end = i + 1 + len(run)
        below = {contents_key(ln.text) for ln in lines[end:] if ln.n_words <= _ENTRY_MAX_WORDS}
        if sum(contents_key(ln.text) in below for ln in run) < _CONTENTS_MIN_REPEATS:
            continue
        doc.remove(lines[i], "boilerplate", "table-of-contents heading")
        for line in run:
            doc.remove(line, "boilerplate", CONTENTS_ENTRY)
        done = end
