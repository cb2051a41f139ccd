"""split_captions: captions found by where they sit on the page, not by a cue word.

Lead-image slot, photo sets that print one caption under every picture, clip blurbs repeated with
their titles, "Video:" descriptions, credit labels cut from their names, titles of works in quotes,
gallery photo counts. Every rule has positive rows in several languages and hard negatives.
"""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."
MORE = "Work on the new quay walls is due to start in the spring and to last two years."
THIRD = "The harbour authority expects the first ships to berth at the new quay in the autumn."
FOURTH = "Residents have asked for a noise barrier along the container terminal, the council noted."


def clean(*lines: str, title: str | None = TITLE) -> newsclean.Article:
    return newsclean.clean_text("\n".join(lines), title=title)


def reasons(article: newsclean.Article) -> list[str]:
    return [f.reason for f in article.findings if f.field == "caption"]


# ------------------------------------------------------------------ the lead-image slot

LEAD_SLOT = [
    # headline-shaped: no full stop, no cue
    (
        "en-role-and-name",
        ["Published 9:12 PM EST Nov 19, 2024", "Harbour Rovers striker Jim Roe", "Jane Doe, Associated Press"],
    ),
    ("de-nach-datum", ["Veröffentlicht am 19.11.2024", "Der neue Kran am Containerterminal", "Foto: Anna Schmidt/dpa"]),
    # reporting speech, with the byline under the credit
    (
        "en-said-above-byline",
        ["The harbour master said the cranes arrived early", "(Jim Poe / Associated Press)", "By Jane Roe"],
    ),
    (
        "es-dijo",
        ["El alcalde dijo que las grúas llegaron antes de lo previsto", "Foto: Juan Pérez/EFE", "Por Ana López"],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in LEAD_SLOT], ids=[c[0] for c in LEAD_SLOT])
def test_any_line_beside_a_credit_in_the_lead_image_slot_is_its_caption(lines: list[str]) -> None:
    article = clean(TITLE, *lines, LEAD, MORE, title=None)
    caption = next(ln for ln in lines if not ln.startswith(("Published", "Veröffentlicht", "By ", "Por ")))
    assert [c.text for c in article.captions] == [caption]
    assert article.body == (LEAD, MORE)


LEAD_SLOT_NEGATIVES = [
    # a headline-shaped line above a credit mid-article: a subheading over a picture without caption
    ("en-mid-article", [LEAD, "Harbour budget passes after marathon session", "Photo: Jim Poe, AP", MORE]),
    # a quote in the slot is a pull quote
    ("en-quote", ["By Jane Roe", "“We will finish on time,” the mayor promised", "Photo: Jim Poe, AP", LEAD]),
    # a lede reporting speech under the byline, a credit after it: the story, not a caption
    (
        "de-lede-under-byline",
        ["Von Anna Schmidt", "Die Kräne kommen früher, sagte die Hafenmeisterin am Dienstag.", "Foto: dpa", MORE],
    ),
    (
        "en-lede-under-byline",
        ["By Jane Roe", "The cranes will arrive early, the harbour master said.", "Photo: Jim Poe, AP", MORE],
    ),
    # the headline itself right above the credit and byline
    ("de-headline", ["Der neue Kran am Containerterminal", "Foto: Anna Schmidt/dpa", "Von Anna Schmidt", LEAD]),
]


@pytest.mark.parametrize("lines", [c[1] for c in LEAD_SLOT_NEGATIVES], ids=[c[0] for c in LEAD_SLOT_NEGATIVES])
def test_lines_outside_the_lead_image_slot_or_quoting_someone_stay(lines: list[str]) -> None:
    title = "Der neue Kran am Containerterminal" if lines[0].startswith("Der") else TITLE
    article = clean(*lines, title=title)
    assert article.captions == ()


# ------------------------------------------------------------------ photo sets

PHOTO_SETS = [
    ("en", "Harbour Festival 2024 [Opening night] at the new quay"),
    ("de", "Hafenfest 2024 [Eröffnungsabend] am neuen Kai in Hamburg"),
    ("ko-latin-mix", "2024 Harbour Theatre Tradition Series [The Quay Tale] festival stage"),
]


def test_a_photo_set_caption_cut_in_two_is_judged_whole_and_a_second_clean_agrees() -> None:
    # The page broke each copy mid-phrase: the copies are counted as the paragraph they will be.
    first, second = "Harbour Festival 2024 and the", "opening night at the new quay"
    article = clean(LEAD, first, second, MORE, first, second, THIRD, first, second, "The end.")
    assert [c.text for c in article.captions] == [first, second] * 3
    again = newsclean.clean_text(article.text, title=article.title)
    assert again.body == article.body and again.captions == ()


@pytest.mark.parametrize("caption", [c[1] for c in PHOTO_SETS], ids=[c[0] for c in PHOTO_SETS])
def test_a_line_printed_under_every_picture_of_a_set_is_a_caption(caption: str) -> None:
    named = f"{caption} Choir: Jane Roe, Jim Poe"
    article = clean(LEAD, caption, MORE, caption, THIRD, named, FOURTH, caption, "The end.")
    assert [c.text for c in article.captions] == [caption, caption, named, caption]
    assert article.body == (LEAD, MORE, THIRD, FOURTH, "The end.")
    assert any("photo set" in r for r in reasons(article))


FESTIVAL = "Harbour Festival [Opening night] at the quay"
PHOTO_SET_NEGATIVES = [
    # a menu: the lines around each copy repeat as well
    (
        "en-menu",
        [
            "Meal 1",
            "Portion containers: 1 green, 1 red, 1 yellow, 1 tsp.",
            "Meal 2",
            "Portion containers: 1 green, 1 red, 1 yellow, 1 tsp.",
            "Meal 1",
            "Portion containers: 1 green, 1 red, 1 yellow, 1 tsp.",
        ],
    ),
    # the same question put to each interviewee
    (
        "ru-question",
        [
            LEAD,
            "Какую кухню вы любите больше всего и почему именно её?",
            MORE,
            "Какую кухню вы любите больше всего и почему именно её?",
            THIRD,
            "Какую кухню вы любите больше всего и почему именно её?",
            FOURTH,
        ],
    ),
    # printed twice only
    ("en-twice", [LEAD, FESTIVAL, MORE, FESTIVAL]),
    # a ticker line repeated among links, never beside a paragraph
    (
        "en-ticker",
        [
            "Harbour cranes arrive as strike ends at the port",
            "https://example.org/cranes",
            "Most read",
            "Harbour cranes arrive as strike ends at the port",
            "Weather warning for the coast",
            "Harbour cranes arrive as strike ends at the port",
            "Contact us",
            LEAD,
        ],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in PHOTO_SET_NEGATIVES], ids=[c[0] for c in PHOTO_SET_NEGATIVES])
def test_repeated_lines_in_lists_questions_or_tickers_are_no_photo_set(lines: list[str]) -> None:
    article = clean(*lines)
    assert not any("photo set" in r for r in reasons(article))


# A headline-shaped line that opens the text and is printed again further down (in a gallery, among
# related links) is the headline repeated, not a photo set's caption, whatever sits beside its copies.
REPEATED_HEADLINES = [
    ("en", "Harbour Board Backs New Quay Plan After Long Debate"),
    ("de", "Hafenbehörde billigt Pläne für den neuen Kai nach langer Debatte"),
    ("fr", "Le conseil portuaire valide le projet du nouveau quai"),
]


@pytest.mark.parametrize("headline", [c[1] for c in REPEATED_HEADLINES], ids=[c[0] for c in REPEATED_HEADLINES])
@pytest.mark.parametrize("title", [None, TITLE], ids=["no-title", "other-title"])
def test_a_line_opening_the_text_and_printed_again_below_is_no_photo_set(headline: str, title: str | None) -> None:
    article = clean(headline, LEAD, MORE, headline, THIRD, headline, FOURTH, title=title)
    assert not any("photo set" in r for r in reasons(article))
    again = newsclean.clean_text(article.text, title=article.title)
    assert (again.title, again.body) == (article.title, article.body)


def test_a_photo_set_beside_captioned_copies_is_judged_as_a_second_clean_judges_it() -> None:
    # The copies' neighbours are a caption printed twice and its credit: the first clean must not read
    # them as a list (they are cleaned away, and a second clean would then see only paragraphs).
    shared, caption = "Harbour Festival 2024 [Opening night] at the quay", "Dancers on the quay at dusk."
    lines = [TITLE, shared, caption, shared, caption, "AP/Jane Roe", LEAD, shared]
    article = clean(*lines)
    again = newsclean.clean_text(article.text, title=article.title)
    assert (again.title, again.body) == (article.title, article.body)


def test_a_blurb_printed_under_two_copies_of_a_clip_title_is_a_caption() -> None:
    clip = "Cranes Arrive at the New Quay by Sea"
    blurb = "Video shows the first two cranes being lifted onto the quay by a floating crane on Monday."
    dated = f"{blurb} (Published Monday, May 6, 2024)"
    lines = [LEAD, clip, dated, MORE, clip, blurb, THIRD, clip, FOURTH]
    article = clean(*lines)
    assert [c.text for c in article.captions] == [clip, dated, clip, blurb, clip]
    assert article.body == (LEAD, MORE, THIRD, FOURTH)


def test_a_paragraph_under_one_copy_of_a_clip_title_stays() -> None:
    clip = "Cranes Arrive at the New Quay by Sea"
    lines = [LEAD, clip, MORE, clip, THIRD, clip, FOURTH]
    article = clean(*lines)
    assert article.body == (LEAD, MORE, THIRD, FOURTH)


LONG_BLURBS = [
    (
        "en-one-sentence",
        [
            "Video",
            "Harbour night; quay party",
            "Harbour Nation: the new quay will be opened with a party on Friday "
            "night; the choir, the brass band and the fire brigade are giving residents the ultimate harbour "
            "experience with a pop-up market and a boat parade celebrating the port's long history.",
        ],
    ),
    (
        "de-ein-satz",
        [
            "Video abspielen",
            "Hafennacht am Kai",
            "Hafen aktuell: Der neue Kai wird am Freitagabend mit einem Fest "
            "eröffnet; Chor, Blaskapelle und Feuerwehr bieten den Anwohnern einen Markt, eine Bootsparade und ein "
            "Feuerwerk, das die lange und bewegte Geschichte des alten Hafens feiert und bis spät in die Nacht dauert.",
        ],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in LONG_BLURBS], ids=[c[0] for c in LONG_BLURBS])
def test_a_long_one_sentence_blurb_under_a_placeholder_is_a_caption(lines: list[str]) -> None:
    assert 40 < len(lines[2].split()) <= 60
    article = clean(LEAD, *lines, MORE)
    assert [c.text for c in article.captions] == lines[1:]
    assert article.body == (LEAD, MORE)


# ------------------------------------------------------------------ "Video:" descriptions

CLIP_DESCRIPTIONS = [
    ("en", "Video: In this talk the harbour master explains how the new cranes are lifted onto the quay."),
    ("fr", "Vidéo : Dans cet entretien, la capitaine du port explique comment les grues sont installées."),
    ("es", "Vídeo: En esta charla, el capitán del puerto explica cómo se instalan las nuevas grúas."),
    ("pl", "Wideo: W tej rozmowie kapitan portu wyjaśnia, jak montowane są nowe dźwigi na nabrzeżu."),
]


@pytest.mark.parametrize("line", [c[1] for c in CLIP_DESCRIPTIONS], ids=[c[0] for c in CLIP_DESCRIPTIONS])
def test_a_video_label_before_a_sentence_is_a_clip_caption(line: str) -> None:
    article = clean(LEAD, line, MORE)
    assert [c.text for c in article.captions] == [line]
    assert article.body == (LEAD, MORE)


CLIP_NEGATIVES = [
    ("de-no-label", "Das Video zeigt, wie die ersten Kräne am Montag auf den Kai gehoben werden."),
]


@pytest.mark.parametrize("line", ["Video: Signing Day highlights", "Video: Cranes arrive."])
def test_a_video_title_under_its_label_is_media_chrome_not_a_caption(line: str) -> None:
    article = clean(LEAD, line, MORE)
    assert article.captions == ()
    assert [(r.text, r.kind) for r in article.removed] == [(line, "media")]


@pytest.mark.parametrize("line", [c[1] for c in CLIP_NEGATIVES], ids=[c[0] for c in CLIP_NEGATIVES])
def test_short_video_sentences_and_prose_about_a_video_stay(line: str) -> None:
    article = clean(LEAD, line, MORE)
    assert article.captions == ()
    assert line in article.body


# ------------------------------------------------------------------ credit labels cut from the name

SPLIT_CREDITS = [
    ("ru-handle", "Разве этой красотке дашь 53 года?", "Фото", "@harbour_model"),
    ("pl-name", "Nowe dźwigi na nabrzeżu w Gdańsku.", "Fot.", "Jan Kowal / PAP"),
    ("de-colon", "Der neue Kran am Containerterminal.", "Foto:", "Anna Schmidt"),
    ("en-image-credit", "The first crane on the new quay.", "Image credit", "Harbour Authority"),
]


@pytest.mark.parametrize(
    ("caption", "label", "name"), [c[1:] for c in SPLIT_CREDITS], ids=[c[0] for c in SPLIT_CREDITS]
)
def test_a_credit_label_alone_and_the_name_under_it_are_one_credit(caption: str, label: str, name: str) -> None:
    article = clean(LEAD, caption, label, name, MORE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, name)]
    assert [r.text for r in article.removed] == [label]
    assert article.body == (LEAD, MORE)


SPLIT_CREDIT_NEGATIVES = [
    # a sentence under the label: a paragraph that happens to follow a gallery button
    ("en-sentence", ["Photos", "The cranes arrived on Monday."]),
    # a long line under the label
    ("de-long", ["Bilder", "Die Kräne wurden am Montag von einem Schwimmkran auf den neuen Kai gehoben"]),
    # a label word inside a longer line is no label alone
    ("en-photo-of", ["Photo of the week", "Jane Roe"]),
]


@pytest.mark.parametrize("lines", [c[1] for c in SPLIT_CREDIT_NEGATIVES], ids=[c[0] for c in SPLIT_CREDIT_NEGATIVES])
def test_a_label_word_without_a_short_name_under_it_stays(lines: list[str]) -> None:
    article = clean(LEAD, *lines, MORE)
    assert not any(r.reason.startswith("a credit label") for r in article.removed)
    assert lines[-1] in article.body or lines[-1] in [c.text for c in article.captions]


# ------------------------------------------------------------------ titles of works in quotes

QUOTED_TITLES = [
    ("en-curly", "“Harbour Lights”"),
    ("de-low-high", "„Der Hafen“"),
    ("fr-guillemets", "«Le Port»"),
]


@pytest.mark.parametrize("line", [c[1] for c in QUOTED_TITLES], ids=[c[0] for c in QUOTED_TITLES])
def test_a_quoted_title_printed_twice_labels_stills(line: str) -> None:
    article = clean(LEAD, line, MORE, line, THIRD)
    assert [c.text for c in article.captions] == [line, line]
    assert article.body == (LEAD, MORE, THIRD)


QUOTED_NEGATIVES = [
    ("en-once", ["“Harbour Lights”"]),
    ("en-pull-quote-twice", ["“We will finish on time.”", "“We will finish on time.”"]),
    ("de-question-twice", ["„Wer baut den Kai?“", "„Wer baut den Kai?“"]),
]


@pytest.mark.parametrize("lines", [c[1] for c in QUOTED_NEGATIVES], ids=[c[0] for c in QUOTED_NEGATIVES])
def test_a_quoted_line_once_or_a_quoted_sentence_stays(lines: list[str]) -> None:
    article = clean(LEAD, lines[0], MORE, *lines[1:], THIRD)
    assert article.captions == ()


# ------------------------------------------------------------------ gallery photo counts


def test_a_line_in_a_gallery_slot_beside_the_photo_count_is_a_caption() -> None:
    first = "Researchers traced the earliest case to a village near the harbour"
    lines = [
        LEAD,
        first,
        "4",
        "The old quay was closed earlier this yearCredit: Jane Roe/Harbour Press",
        "4",
        "Workers unload the first crane on the new quayCredit: Harbour Authority",
        "4",
        "A crane is lifted onto the quay by a floating craneCredit: Jim Poe/Harbour Press",
        MORE,
    ]
    article = clean(*lines)
    assert next(c.text for c in article.captions) == first
    assert [r.text for r in article.removed] == ["4", "4", "4"]
    assert article.body == (LEAD, MORE)


GALLERY_NEGATIVES = [
    # a results table: numbers repeat, but no slot holds a caption
    ("en-table", [LEAD, "Harbour Rovers", "3", "Quay United", "3", "Dock City", "3", MORE]),
    # a finished sentence in a slot is the story's last paragraph before the gallery
    (
        "en-sentence-slot",
        [
            LEAD,
            "The gallery below shows the first week of work.",
            "3",
            "The old quay was closed earlier this yearCredit: Jane Roe/Harbour Press",
            "3",
            "Workers unload the first crane on the new quayCredit: Harbour Authority",
            "3",
            MORE,
        ],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in GALLERY_NEGATIVES], ids=[c[0] for c in GALLERY_NEGATIVES])
def test_numbers_and_sentences_outside_a_caption_gallery_stay(lines: list[str]) -> None:
    article = clean(*lines)
    assert lines[1] in article.body


# ------------------------------------------------------------------ "© Name caption" lines

COPYRIGHT_CAPTIONS = [
    # names with a lowercase word, which the credit shapes of split_credits do not cut off
    ("en-name-of-place", "© Jane Roe of Harbour Town The old ferry terminal at dusk"),
    ("de-name-aus", "© Anna Schmidt aus Hamburg Der neue Kran am Containerterminal"),
    ("pl-name-z", "© Jan Kowal z Gdańska Nowy dźwig w porcie"),
]


@pytest.mark.parametrize("line", [c[1] for c in COPYRIGHT_CAPTIONS], ids=[c[0] for c in COPYRIGHT_CAPTIONS])
def test_a_copyright_sign_a_name_and_more_is_a_caption_with_its_credit(line: str) -> None:
    article = clean(LEAD, line, MORE)
    assert [c.text for c in article.captions] == [line]
    assert any("copyright sign" in r for r in reasons(article))
    assert article.body == (LEAD, MORE)


COPYRIGHT_NEGATIVES = [
    ("en-footer-year", "© 2024 Harbour Herald Media Group, Inc."),
    ("en-rights", "© Harbour Herald Media Group. All rights reserved."),
    ("de-rechte", "© Hafenblatt Verlag GmbH, alle Rechte vorbehalten"),
    ("es-derechos", "© Diario del Puerto, todos los derechos reservados"),
]


@pytest.mark.parametrize("line", [c[1] for c in COPYRIGHT_NEGATIVES], ids=[c[0] for c in COPYRIGHT_NEGATIVES])
def test_a_copyright_notice_is_no_caption(line: str) -> None:
    article = clean(LEAD, line, MORE)
    assert article.captions == ()
