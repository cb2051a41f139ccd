"""``credit_freeform`` asks a ``StartGate`` before ``FREE_CREDIT.fullmatch``: where it says no, the pattern fails.

Checked on every tail ``free_credit`` tries (after each ``FREE_SPLIT`` break, bracketed or not, with and
without a final full stop) of every dev-corpus and fixture line, of the invented free-form credit lines
of ``test_credits_freeform`` and of generated ones; and ``free_credit`` answers as with the gate open.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text import credit_freeform
from newsclean.text.captions import StartGate
from newsclean.text.patterns import FREE_CREDIT, FREE_SPLIT

from .conftest import corpus_lines, fixture_lines
from .test_credits_freeform import ALONE, FREE, NOT_FREE

_INVENTED = [row[1] for row in FREE] + [row[1] if isinstance(row, tuple) else row for row in (*ALONE, *NOT_FREE)]


def _tails(line: str) -> Iterator[str]:
    yield line
    for m in FREE_SPLIT.finditer(line):
        tail = line[m.end() :].rstrip()
        yield tail
        yield tail.rstrip(".").rstrip()
        if tail.startswith("(") and tail.endswith(")"):
            yield tail[1:-1].strip()


def _check(line: str) -> None:
    gate = StartGate(FREE_CREDIT, whole=True)
    for tail in _tails(line):
        assert gate(tail) or FREE_CREDIT.fullmatch(tail) is None, tail


def test_invented_lines() -> None:
    assert _INVENTED
    for line in _INVENTED:
        _check(line)


def test_corpus_and_fixture_lines() -> None:
    lines = sorted({*fixture_lines(newline_only=True), *corpus_lines(required=False, newline_only=True)})
    assert lines
    for line in lines:
        _check(line[-300:])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_INVENTED), st.integers(0, 40), st.text(max_size=15))
def test_generated_lines(line: str, cut: int, rest: str) -> None:
    _check(line[: len(line) - cut] + rest)
    _check(line.swapcase())


def test_free_credit_answers_as_with_the_gate_open(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*_INVENTED, *sorted(set(fixture_lines(newline_only=True)))]
    gated = [credit_freeform.free_credit(line) for line in lines]
    monkeypatch.setattr(credit_freeform, "_FREE_GATE", lambda text: True)
    assert [credit_freeform.free_credit(line) for line in lines] == gated
