"""``MarkerDispatch.may_begin`` says no only where neither a text nor any prefix of it is a marker.

``strip_ad_markers`` asks it once per label and then skips the label, its counted form and its joined
parts (all prefixes of the label). Run here beside the full patterns on every line of the dev corpus
(skipped when absent), the fixtures, the marker examples and generated lines, and beside the old
``_is_label`` (the same code without the gate).
"""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import markers
from newsclean.text import strip_ad_markers as sam
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.patterns import AD_DISPATCH, CHROME_DISPATCH, CONTACT_DISPATCH, MAX_MARKER_CHARS, trim

from .conftest import corpus_lines, fixture_lines

_DISPATCHES = (AD_DISPATCH, CHROME_DISPATCH, CONTACT_DISPATCH)
_EXAMPLES = [m.example for ms in (markers.AD_LINES, markers.BOILERPLATE_LINES, markers.BYLINE_LINES) for m in ms]


def _plain_is_label(text: str) -> bool:
    """strip_ad_markers._is_label as it was, without ``may_begin``."""
    label = trim(text)
    if not label:
        return False
    if AD_DISPATCH.first(label) is not None:
        return True
    counted = sam._SLOT_COUNTER.sub("", label) if label[-1:].isdigit() or label.endswith(")") else label
    if counted != label and counted and AD_DISPATCH.first(trim(counted)) is not None:
        return True
    parts = sam._JOINED.split(label) if " " in label else [label]
    return len(parts) > 1 and all(part and AD_DISPATCH.first(trim(part)) is not None for part in parts)


def _full_matches_a_prefix(dispatch: MarkerDispatch, text: str) -> bool:
    return any(dispatch.full.fullmatch(text[:end]) is not None for end in range(1, len(text) + 1))


def _check(lines: Iterable[str], *, prefixes: bool = True) -> int:
    said_no = 0
    for line in lines:
        text = trim(line.strip())
        if not text or len(text) > MAX_MARKER_CHARS:
            continue
        assert sam._is_label(line) == _plain_is_label(line), line
        for dispatch in _DISPATCHES:
            if dispatch.may_begin(text):
                continue
            said_no += 1
            assert dispatch.first(text) is None, text
            if prefixes:
                assert not _full_matches_a_prefix(dispatch, text), text
    return said_no


def test_may_begin_on_examples() -> None:
    variants = [v for e in _EXAMPLES for v in (e, e + " 2", e + " · Werbung", e + " (3)", "x" + e, e.upper())]
    _check(variants)


def test_may_begin_on_fixture_lines() -> None:
    assert _check(fixture_lines()) > 100


def test_may_begin_on_dev_corpus() -> None:
    # The full pattern on every prefix of every corpus line is slow: the dispatch's own answers there
    # (tested beside the full pattern in test_speed_gates_markers.py) stand in for it.
    lines = list(corpus_lines(required=False))
    _check(lines, prefixes=False)
    for line in lines:
        text = trim(line.strip())
        if text and len(text) <= 80 and not AD_DISPATCH.may_begin(text):
            assert all(AD_DISPATCH.first(text[:end]) is None for end in range(1, len(text) + 1)), text


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([*_EXAMPLES, "Anzeige", "Advertisement", "Sponsored by Roe", "Reklama"]),
    st.text(st.sampled_from("ſKİßẞ١٣3 -·|.,()©i\u0307aZ"), max_size=4),
    st.text(st.sampled_from("ſKİßẞ١٣3 -·|.,()©i\u0307aZ"), max_size=4),
)
def test_may_begin_on_generated_lines(base: str, head: str, tail: str) -> None:
    _check([head + base + tail, base + tail, head + base, base[:3] + tail])
