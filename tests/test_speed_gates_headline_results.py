"""``_without_results`` searches for a final score only in lines that end as a score does: the same lines.

Every match of ``_SCORE_END`` ends the text with a digit (``\\d``) or ")", also before a final line break;
checked on every code point, every line of the dev corpus and the fixtures, and invented result lines.
"""

from __future__ import annotations

import regex

from newsclean.text import find_headline as fh

from .conftest import EVERY_CHARACTER, corpus_lines, fixture_lines
from .test_speed_gates_headline_evidence import HOSTILE

_DIGIT = regex.compile(r"\d")
_RESULTS = (
    "Palm Bay d. Rockledge 70-44",
    "Eintracht – Hertha 2:1",
    "Union – Bochum 0 : 0",
    "Capitals beat Rangers (OT) 4-3)",
    "Capitals beat Rangers 4-3\n",
    "Derby ends ١-٢",
    "Derby ends ３-２",
    "Storm keeps county schools closed",
    "Score: 3-1 in the second half",
)


def test_every_digit_ends_score_like() -> None:
    for c in EVERY_CHARACTER:
        if _DIGIT.match(c) is not None:
            assert fh._ends_score_like(c) and fh._ends_score_like(c + "\n"), hex(ord(c))


def test_a_final_score_needs_the_gate() -> None:
    found = 0
    for text in (*_RESULTS, *HOSTILE, *fixture_lines(), *corpus_lines(required=False)):
        if fh._SCORE_END.search(text) is not None:
            assert fh._ends_score_like(text), text
            found += 1
    assert found >= 6
