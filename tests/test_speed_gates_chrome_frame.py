"""strip_article_frame's agency gate answers as ``AGENCY_ONLY.fullmatch``.

``is_agency_only`` calls the alternation of every agency spelling only on a text that starts and ends
with one (looked up by its first and last character). Run here beside the plain pattern on every line of
the dev corpus (skipped when absent) and the fixtures, on the agency names themselves and on texts
built from them.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text.patterns import AGENCY_NAMES, AGENCY_ONLY
from newsclean.text.strip_article_frame import is_agency_only

from .conftest import corpus_lines, fixture_lines


def _check(texts: list[str]) -> None:
    for text in texts:
        for variant in (text, text.strip(), text.strip().strip("()")):
            assert is_agency_only(variant) == (AGENCY_ONLY.fullmatch(variant) is not None), variant


def test_agency_gate_on_corpus_and_fixture_lines() -> None:
    _check([*corpus_lines(required=False), *fixture_lines()])


def test_agency_gate_on_agency_names() -> None:
    names = list(AGENCY_NAMES)
    joined = [f"{a} {b}" for a, b in pairwise(names)]
    triples = [f"{a}\t{b}\u00a0{c}" for a, b, c in zip(names, names[3:], names[7:], strict=False)]
    near = [n[1:] for n in names] + [n[:-1] for n in names] + [n + "s" for n in names] + [" " + n for n in names]
    _check(["", " ", "()", *names, *joined, *triples, *near, *(n.swapcase() for n in names)])
    assert sum(map(is_agency_only, names)) == len(names)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(AGENCY_NAMES),
    st.sampled_from(AGENCY_NAMES),
    st.text(alphabet=" \t\u00a0-/()·", max_size=2),
    st.text(max_size=3),
)
def test_agency_gate_on_generated_texts(a: str, b: str, gap: str, junk: str) -> None:
    _check([a + gap + b, a + " " + b, junk + a, a + junk, a + " " + b + junk, junk + a + " " + b])
