"""strip_boilerplate's one call for both line-start tests answers as the two calls did.

``_OPENING_OR_TEASER`` holds the chrome-paragraph openings, then the teaser prefixes: its first match
is the opening dispatch's when that has one, else the teaser dispatch's (the same span). Run here
beside the two dispatches and their full patterns on every line of the dev corpus (skipped when
absent), the fixtures, the marker examples and generated lines.
"""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import markers
from newsclean.text.patterns import TEASER_PREFIX
from newsclean.text.strip_boilerplate import _OPENING_DISPATCH, _OPENING_OR_TEASER, _TEASER_DISPATCH

from .conftest import corpus_lines, fixture_lines

_EXAMPLES = [m.example for ms in (markers.CHROME_OPENINGS, markers.TEASER_PREFIXES) for m in ms]


def _check(lines: Iterable[str]) -> int:
    hits = 0
    for line in lines:
        for text in {line, line.strip(), line.upper()}:
            both = _OPENING_OR_TEASER.first(text, whole=False)
            opening = _OPENING_DISPATCH.first(text, whole=False)
            teaser = _TEASER_DISPATCH.first(text, whole=False)
            full_opening = _OPENING_DISPATCH.full.match(text)
            full_teaser = TEASER_PREFIX.match(text)
            assert (opening and opening[1].span()) == (full_opening and full_opening.span()), text
            assert (teaser and teaser[1].span()) == (full_teaser and full_teaser.span()), text
            if opening is not None:
                want: tuple[str, tuple[int, int]] | None = ("opening", opening[1].span())
            elif teaser is not None:
                want = ("teaser", teaser[1].span())
            else:
                want = None
            assert (both and (both[0], both[1].span())) == want, text
            hits += want is not None
    return hits


def test_on_examples() -> None:
    assert _check(_EXAMPLES) >= len(_EXAMPLES)


def test_on_fixture_and_corpus_lines() -> None:
    _check([*fixture_lines(), *(line for line in corpus_lines(required=False) if len(line) <= 480)])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_EXAMPLES), st.text(max_size=3), st.text(max_size=6))
def test_on_generated_lines(base: str, head: str, tail: str) -> None:
    _check([base + tail, head + base, base[: len(base) // 2] + tail])
