"""The scripts-without-spaces check of a whole text, read off its lowered blocks: the same answer.

``has_no_space_script_in`` searches only the non-ASCII characters of each block's ``lower()`` (kept for
the masking that follows), not the texts themselves: exact because no character lowercases into or
out of those scripts (every code point checked), and ASCII holds none of them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsclean.document import Role
from newsclean.text import similarity as sim

from .conftest import EVERY_CHARACTER, corpus_texts, fixture_texts, prepared
from .test_speed_gates_headline_evidence import HOSTILE


def test_no_character_lowercases_into_or_out_of_the_scripts_without_spaces() -> None:
    for c in EVERY_CHARACTER:
        assert sim.has_no_space_script(c.lower()) == sim.has_no_space_script(c), hex(ord(c))


def test_non_ascii_keeps_the_non_ascii_characters_in_order() -> None:
    for text in (*HOSTILE, "", "abc", "ab\u00e9c\u4e2dd\U0001f600"):
        assert sim._non_ascii(text) == "".join(c for c in text if not c.isascii())


def _documents() -> Iterator[list[str]]:
    yield list(HOSTILE)
    yield ["plain ascii", "only"]
    yield ["Café au lait", "東京都で新しい会議が始まった"]
    yield ["ข่าวด่วน วันนี้"]
    yield []
    for text in (*fixture_texts(), *corpus_texts(required=False)):
        yield [ln.text for ln in prepared(text).lines if ln.role is not Role.REMOVED]


@pytest.mark.parametrize("block_chars", [1, 40, sim._BLOCK_CHARS])
def test_no_space_script_in_is_the_joined_search(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(sim, "_BLOCK_CHARS", block_chars)  # one block, or many
    found = 0
    for texts in _documents():
        want = sim.has_no_space_script("\n".join(texts))
        assert sim.has_no_space_script_in(texts) == want
        found += want
    assert found >= 2
