"""``StartGate``s before line-start patterns of the caption rules: same answers.

``bare_caption_shape`` asks them before ``VIEW_OPENER`` and ``LOOK_SENTENCE``, ``credits_under_a_label``
before ``CREDIT_LABEL_ALONE``, ``split_captions``' placeholder test before ``MEDIA_LINE`` and
``CLIP_PLACEHOLDER``. Each gate is run beside its pattern (where the gate says no, the pattern finds
nothing), and the shape beside the plain computation without gates, on every dev-corpus and fixture
line, on invented lines in the shapes' languages and on generated ones.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text import captions
from newsclean.text.captions import (
    CLAUSE_AFTER_COMMA,
    CLAUSE_WORD,
    CLIP_PLACEHOLDER,
    CREDIT_LABEL_ALONE,
    LOOK_SENTENCE,
    NAME_DURING,
    VIEW_OPENER,
    StartGate,
    bare_caption_shape,
)
from newsclean.text.patterns import MEDIA_LINE

from .conftest import corpus_lines, fixture_lines

_WHOLE_LINE = (CREDIT_LABEL_ALONE, MEDIA_LINE, CLIP_PLACEHOLDER)

INVENTED = [
    "Blick vom Miradouro da Graça auf die Altstadt – zehn Minuten später kam der Regen.",
    "BLICK VOM TURM AUF DIE ALTSTADT",
    "Vue de loin, la maison paraît petite.",
    "The view from the ridge just after sunrise. Worth every step.",
    "El gerente Andrés Roe, durante un recorrido por el patio taller de Bosa.",
    "So sah das Beet im ersten Sommer aus – damals war ich noch stolz.",
    "SO SAH DAS BEET IM MAI AUS.",
    "So sahen die Kräne aus",
    "The view from Washington is that the deal is dead.",
    "Bl",
    "So",
    "",
    "Foto:",
    "Фото",
    "PHOTO CREDIT :",
    "Video",
    "VIDEO ABSPIELEN",
    "Reproducir el vídeo",
    "Watch the video",
]


def _plain_shape(text: str) -> str | None:
    """``bare_caption_shape`` as it was before the gates."""
    if VIEW_OPENER.match(text) is not None:
        clause = captions._first_clause(text)
        if ":" in clause or CLAUSE_WORD.search(clause) is not None or CLAUSE_AFTER_COMMA.search(clause) is not None:
            return None
        return "view"
    if text.count(",") == 1 and NAME_DURING.fullmatch(text.rstrip(".")) is not None:
        return "occasion"
    if LOOK_SENTENCE.fullmatch(captions._first_clause(text).rstrip().rstrip(".!…")) is not None:
        return "look"
    return None


def _check(text: str) -> None:
    view, look = StartGate(VIEW_OPENER), StartGate(LOOK_SENTENCE, whole=True)
    assert view(text) or VIEW_OPENER.match(text) is None, text
    clause = captions._first_clause(text).rstrip().rstrip(".!…")
    assert look(clause) or LOOK_SENTENCE.fullmatch(clause) is None, text
    assert bare_caption_shape(text) == _plain_shape(text), text
    for pattern in _WHOLE_LINE:
        for line in (text, text.strip()):
            assert StartGate(pattern, whole=True)(line) or pattern.fullmatch(line) is None, (pattern.pattern[:40], line)


def test_invented_lines() -> None:
    shapes = {bare_caption_shape(text) for text in INVENTED}
    assert {"view", "occasion", "look", None} <= shapes
    for text in INVENTED:
        _check(text)


def test_corpus_and_fixture_lines() -> None:
    lines = sorted({*fixture_lines(newline_only=True), *corpus_lines(required=False, newline_only=True)})
    assert lines
    for text in lines:
        _check(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(INVENTED), st.integers(0, 12), st.text(max_size=12))
def test_generated_lines(text: str, cut: int, rest: str) -> None:
    _check(text[:cut] + rest)
    _check(text.swapcase()[:cut] + rest)
