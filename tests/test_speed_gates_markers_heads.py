"""The dispatch's line-start and conjunction gates change no answer of the full patterns.

``MarkerDispatch.first`` skips a unit that must begin with one of its literals (``_heads``: longer
than the key that picked the line) where the folded line does not begin so; a unit without a few
literals its every match holds, where the line lacks one of a few its literal gate needs beside the
others (``_conjunct``); and, at once, the units that need a digit on a line without one. Run here unit
by unit on every text a unit matches among the marker examples, invented lines and the dev corpus's
short lines (each unit's pattern beside its gate), and the whole dispatch beside the full alternation
on the same texts (test_speed_gates_markers.py runs it on more).
"""

from __future__ import annotations

from newsclean import markers
from newsclean.text import marker_dispatch
from newsclean.text import strip_link_lists as sll
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.marker_syntax import fold
from newsclean.text.patterns import AD_DISPATCH, CHROME_DISPATCH, CONTACT_DISPATCH, MAX_MARKER_CHARS, trim
from newsclean.text.strip_boilerplate import _OPENING_DISPATCH, _TEASER_DISPATCH

from .conftest import corpus_lines, fixture_lines

_DISPATCHES: list[MarkerDispatch] = [
    AD_DISPATCH,
    CHROME_DISPATCH,
    CONTACT_DISPATCH,
    _TEASER_DISPATCH,
    _OPENING_DISPATCH,
    *sll._HEADINGS.values(),
]
_LISTS = (
    markers.AD_LINES,
    markers.TEASER_LINES,
    markers.BOILERPLATE_LINES,
    markers.MEDIA_LINES,
    markers.BYLINE_LINES,
    markers.TEASER_PREFIXES,
    markers.CHROME_OPENINGS,
    markers.OBITUARY_CHROME,
    markers.AUTHOR_BOX_HEADINGS,
    markers.CONTACT_LINES,
)
_INVENTED = (
    "Jane Roe, staff writer",
    "JANE ROE, Staff Writer",
    "Jane Roe, Senior Political Correspondent in Berlin",
    "Jane Roe Staff Writer",
    "The content is blocked",
    "This content has been hidden",
    "Thé content is blocked",
    "İstanbul, 3 Kasım 2024",
    "ſhare this",
    "Share",
)


def _texts() -> list[str]:
    lines = [m.example for ms in _LISTS for m in ms]
    lines += [*_INVENTED, *fixture_lines(), *(line for line in corpus_lines(required=False) if len(line) <= 120)]
    out: set[str] = set()
    for line in lines:
        stripped = line.strip()
        out |= {stripped, trim(stripped), stripped.upper(), stripped.lower()}
    return sorted(t for t in out if t and len(t) <= MAX_MARKER_CHARS)


def test_heads_and_conjuncts_are_held_by_every_match_seen() -> None:
    texts = _texts()
    checked = 0
    for dispatch in _DISPATCHES:
        for unit in dispatch.units:
            heads = marker_dispatch._heads(unit)
            extra = () if marker_dispatch._gate(unit.holds) else marker_dispatch._conjunct(unit.source)
            if not heads and not extra:
                continue
            for text in texts:
                m = unit.pattern.match(text)
                if m is None:
                    continue
                checked += 1
                folded = fold(text)
                assert not heads or folded.startswith(heads), (unit.source, text)
                if unit.pattern.fullmatch(text) is not None:
                    assert not extra or any(w in folded for w in extra), (unit.source, text)
    assert checked > 100


def test_dispatch_answers_as_the_full_pattern() -> None:
    for text in _texts():
        for dispatch in _DISPATCHES:
            for whole in (True, False):
                found = dispatch.first(text, whole=whole)
                m = dispatch.full.fullmatch(text) if whole else dispatch.full.match(text)
                assert (found and found[1].span()) == (m and m.span()), text
