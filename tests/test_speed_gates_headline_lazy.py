"""find_headline weighs a candidate's evidence only when its choice reads it: the same choice as weighing all.

* ``Candidate.agree``, ``agree_doc`` and ``repeats`` are computed on first read: the values are those of
  reading every candidate up front;
* ``_choose`` scores only the header lines and the lines between paragraphs that may be taken on their
  score, and none of the latter when the best header line scores more than any of them can
  (``_MID_MAX_SCORE``): it chooses what the plain ``_choose`` (every candidate scored first) chooses;
* ``_Words`` counts a key's lines for a candidate's rest only when asked (checked against the plain
  counts in ``test_speed_gates_headline_evidence``).

Checked on the dev corpus, the fixtures and repeated headlines, each also with its first line moved
between paragraphs and after the last one (where scores decide among subheadings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsclean.config import DEFAULT_CONFIG
from newsclean.document import Document
from newsclean.text import find_headline as fh
from newsclean.text import headline_evidence as ev

from .conftest import corpus_texts, fixture_texts, prepared
from .test_speed_gates_headline import REPEATED


def _plain_choose(
    cands: list[ev.Candidate], keys: list[str], sentence_case: Callable[[], bool] = lambda: False
) -> ev.Candidate | None:
    """``_choose`` as it was: every candidate scored before the filters."""
    for c in cands:
        c.score = fh._score(c)
    cands = fh._without_results(fh._without_sections(fh._without_contents(cands, keys), keys))
    top = max((c for c in cands if c.zone == "top"), key=lambda c: c.score, default=None)
    mids = sorted(
        (
            c
            for c in cands
            if c.zone != "top"
            and (c.agree >= fh._MID_MIN_AGREE or fh._slug_supports(c))
            and c.n_words >= fh._MID_MIN_WORDS
        ),
        key=lambda c: c.score,
        reverse=True,
    )
    mid = mids[0] if mids else None
    slugged = next((c for c in cands if c.slug), None)
    if slugged is not None:
        return slugged
    if top is not None and top.score < fh._TOP_NEED:
        top = None
    if top is None and len(cands) == 1 and fh._lone(cands[0]):
        return cands[0]
    if top is None and len(cands) > fh._STYLE_MIN_OTHERS and sentence_case():
        styled = fh._only_title_cased(cands)
        if styled is not None:
            return styled
    if mid is None or mid.score < fh._MID_NEED or (len(mids) > 1 and mid.score - mids[1].score < fh._MID_LEAD):
        return top
    if top is None:
        return mid
    return mid if mid.score > top.score + fh._MID_MARGIN else top


def _evidence(doc: Document) -> tuple[list[ev.Candidate], list[str], Callable[[], bool]]:
    cands, lines, keys = ev.evidence(doc, DEFAULT_CONFIG)
    return cands, keys, lambda: fh._sentence_case_prose(lines)


def _read(c: ev.Candidate) -> tuple[float, float, int]:
    return c.agree, c.agree_doc, c.repeats


def _check(doc: Document) -> int:
    """The lazy choice is the plain one, and a lazily read value is the value read up front."""
    eager, eager_keys, eager_style = _evidence(doc)
    values = [_read(c) for c in eager]  # every value read before anything else
    want = _plain_choose(eager, eager_keys, eager_style)
    for c in eager:  # every line between paragraphs scores under the bound (without the page's address)
        if c.zone != "top" and not fh._slug_supports(c):
            assert c.score < fh._MID_MAX_SCORE, c
    lazy, keys, style = _evidence(doc)
    got = fh._choose(lazy, keys, style)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.pos == want.pos and got.agree == want.agree
    assert [_read(c) for c in lazy] == values  # read last: after the choice read what it needed
    return len(lazy)


def _moved(text: str) -> Iterator[str]:
    """``text``, then with its first line moved after the second line and to the end."""
    lines = text.split("\n")
    yield text
    if len(lines) > 3:
        yield "\n".join([*lines[1:3], lines[0], *lines[3:]])
        yield "\n".join([*lines[1:], lines[0]])


def test_lazy_choice_on_repeated_headlines_and_fixtures() -> None:
    assert sum(_check(prepared(t)) for text in (*REPEATED, *fixture_texts()) for t in _moved(text)) > 200


def test_lazy_choice_on_the_dev_corpus() -> None:
    assert sum(_check(prepared(t)) for text in corpus_texts() for t in _moved(text)) > 2000


def test_no_line_between_paragraphs_scores_past_the_bound() -> None:
    line = Document.from_text("Storm keeps county schools closed").lines[0]
    for n_words in range(40):
        for repeats in range(4):
            for agree in (0.0, 0.5, 1.0, 1.0000000000000002):  # a sum may round past 1.0 by an ulp
                for agree_doc in (0.0, 0.5, 1.0, 1.0000000000000002):
                    c = ev.Candidate(line, 3, "mid", agree, agree_doc, repeats, n_words=n_words)
                    assert fh._score(c) < fh._MID_MAX_SCORE
