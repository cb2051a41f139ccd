"""``_Repeats.count`` first counts a key in all the keys joined: found there only as often as lines have
it, no longer key holds it, and the held-key scan is not built. The same counts as a test of every line.

Checked on the dev corpus, the fixtures and texts whose headline is printed again (as itself, as a
sentence, inside chrome), with the quick count and without it (``_QUICK_MAX_CHARS`` = 0: texts too long
for it).
"""

from __future__ import annotations

import pytest

from newsclean.document import Document, Line, Role
from newsclean.text import headline_evidence as ev
from newsclean.text import similarity as sim

from .conftest import corpus_texts, fixture_texts, prepared
from .test_speed_gates_headline import REPEATED


def _check(doc: Document) -> int:
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    keys = sim.title_keys([ln.text for ln in lines])
    repeats = ev._Repeats(lines, keys)
    held = 0
    for pos, key in enumerate(keys):
        if len(key) < sim.CONTAINS_MIN_CHARS:
            want = keys.count(key) - 1
        else:
            want = sum(1 for i, other in enumerate(lines) if i != pos and ev.repeats_key(other, keys[i], key))
            held += want > keys.count(key) - 1
        assert repeats.count(pos) == want, lines[pos].text
    return held


def _docs() -> list[Document]:
    texts = (*REPEATED, *fixture_texts())
    return [prepared(t) for t in texts] + [Document.from_text(t) for t in REPEATED]


@pytest.mark.parametrize("quick_max", [0, ev._QUICK_MAX_CHARS])
def test_repeat_counts_on_repeated_headlines_and_fixtures(monkeypatch: pytest.MonkeyPatch, quick_max: int) -> None:
    monkeypatch.setattr(ev, "_QUICK_MAX_CHARS", quick_max)
    assert sum(map(_check, _docs())) >= 5  # keys held inside chrome: the scan's answers, not the quick one's


@pytest.mark.parametrize("quick_max", [0, ev._QUICK_MAX_CHARS])
def test_repeat_counts_on_the_dev_corpus(monkeypatch: pytest.MonkeyPatch, quick_max: int) -> None:
    monkeypatch.setattr(ev, "_QUICK_MAX_CHARS", quick_max)
    assert sum(_check(prepared(t)) for t in corpus_texts()) >= 5


def test_repeat_counts_of_identical_lines() -> None:
    texts = ["Storm keeps county schools closed"] * 5 + ["Home » Storm keeps county schools closed"]
    lines = [Line(i, t) for i, t in enumerate(texts)]
    repeats = ev._Repeats(lines, sim.title_keys(texts))
    assert [repeats.count(pos) for pos in range(6)] == [5, 5, 5, 5, 5, 0]
