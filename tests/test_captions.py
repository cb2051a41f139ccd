"""captions: the line features split_captions reads (speech, place in picture, labels, quoted titles)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text import captions

SPEECH = [
    ("en-said", "The cranes arrived early, the harbour master said.", True),
    ("de-sagte", "Die Kräne kamen früher, sagte die Hafenmeisterin.", True),
    ("en-quotation", "“We will finish the quay before the summer,” the mayor promised.", True),
    ("en-magazine-title", 'Subscribe to "Harbour Monthly Magazine" for the latest news from the quay!', False),
    ("de-film-title", "Die Premiere von „Der lange Kai“ am Hafen.", False),
    ("en-no-quote", "Workers unload the first crane on the new quay.", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPEECH], ids=[c[0] for c in SPEECH])
def test_reported_speech_but_not_a_quoted_title(text: str, expected: bool) -> None:
    assert captions.reports_speech(text) is expected


PLACES = [
    ("en-at-left", "Tuft cells are stained yellow (at left; a closeup at right).", True),
    ("en-inset", "The new crane (inset) on the quay.", True),
    ("de-oben", "Der neue Kran (oben) am Kai.", True),
    ("fr-en-haut", "La grue (en haut) sur le quai.", True),
    ("en-left-in-prose", "Only two cranes are left (the others were sold).", False),
    ("en-above-in-prose", "As noted above, the cranes arrived early.", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_place_in_picture_cue(text: str, expected: bool) -> None:
    assert (captions.PLACE_IN_PICTURE.search(text) is not None) is expected


LABELS = [
    ("ru", "Фото", True),
    ("de-colon", "Foto:", True),
    ("pl-abbrev", "Fot.", True),
    ("en-two-words", "Image credit", True),
    ("en-phrase", "Photo of the week", False),
    ("de-word-in-sentence", "Fotos vom Hafenfest", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_a_credit_label_alone(text: str, expected: bool) -> None:
    assert (captions.CREDIT_LABEL_ALONE.fullmatch(text) is not None) is expected


TITLES = [
    ("en-curly", "“Harbour Lights”", True),
    ("de-low-high", "„Der lange Kai“", True),
    ("fr-guillemets", "«Le Port»", True),
    ("en-sentence", "“We will finish on time.”", False),
    ("en-question", "“Who builds the quay?”", False),
    ("en-not-whole-line", "“Harbour Lights” opens on Friday", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_a_quoted_title(text: str, expected: bool) -> None:
    assert (captions.QUOTED_TITLE.fullmatch(text) is not None) is expected


CLIP_LABELS = [
    ("en", "Video: In this talk ...", True),
    ("fr", "Vidéo : Dans cet entretien ...", True),
    ("ru", "Видео: В этом ролике ...", True),
    ("en-in-prose", "The video: a grainy clip of a crane.", False),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CLIP_LABELS], ids=[c[0] for c in CLIP_LABELS])
def test_a_clip_label(text: str, expected: bool) -> None:
    assert (captions.CLIP_LABEL.match(text) is not None) is expected


def test_a_promo_with_a_quoted_title_above_a_credit_is_its_caption() -> None:
    # A short title in quotes reports no speech, so the line qualifies as the credit's caption.
    promo = 'Want more harbour news? Subscribe to "Harbour Monthly" for the latest from the quay!'
    lead = "The council approved the harbour budget on Tuesday after a long debate, officials said."
    more = "Work on the new quay walls is due to start in the spring and to last two years."
    article = newsclean.clean_text("\n".join([lead, promo, "(Image credit: Harbour Monthly)", more]), title="T")
    assert [(c.text, c.credit) for c in article.captions] == [(promo, "(Image credit: Harbour Monthly)")]


def test_a_long_caption_with_a_place_in_picture_cue_above_a_credit_is_its_caption() -> None:
    caption = (
        "In a micrograph of harbour silt sampled 25 days after the spill, newly settled mussel larvae are "
        "stained yellow and green (at left; a closeup appears at right). Larvae do not normally settle in "
        "these basins, but they seem to arrive as part of the water's response to the warmer summer."
    )
    lead = "The council approved the harbour budget on Tuesday after a long debate, officials said."
    more = "Work on the new quay walls is due to start in the spring and to last two years."
    article = newsclean.clean_text("\n".join([lead, caption, "Courtesy of Jane Roe", more]), title="T")
    assert [c.text for c in article.captions] == [caption]
