"""split_captions: captions beside a credit, labelled captions, and captions a gallery repeats."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."
MORE = "Work on the new quay walls is due to start in the spring and to last two years."


def clean(*lines: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join(lines), title=TITLE)


BESIDE_CREDIT = [
    (
        "en-before-credit-no-cue",
        ["The old ferry terminal at dusk.", "Photo: Jane Roe/Reuters"],
        "The old ferry terminal at dusk.",
        "Photo: Jane Roe/Reuters",
    ),
    (
        "en-ap-left-right",
        ["Mayor Jane Doe, left, and harbour master John Roe inspect the quay wall.", "Photo: Jim Poe, AP"],
        "Mayor Jane Doe, left, and harbour master John Roe inspect the quay wall.",
        "Photo: Jim Poe, AP",
    ),
    (
        "en-after-credit-with-cue",
        ["EPA-EFE/JANE ROE", "Visitors walk past the harbour in Hamburg, northern Germany, 16 October 2017."],
        "Visitors walk past the harbour in Hamburg, northern Germany, 16 October 2017.",
        "EPA-EFE/JANE ROE",
    ),
    (
        "pl-fot-pap",
        ["Posłowie podczas głosowania w Sejmie w Warszawie, 12 lipca 2024 r.", "Fot. PAP/Jan Kowal"],
        "Posłowie podczas głosowania w Sejmie w Warszawie, 12 lipca 2024 r.",
        "Fot. PAP/Jan Kowal",
    ),
    (
        "de-symbolbild",
        ["Symbolbild: Ein Containerschiff im Hafen", "Foto: dpa"],
        "Symbolbild: Ein Containerschiff im Hafen",
        "Foto: dpa",
    ),
    (
        "fr-a-gauche",
        ["Le maire (à gauche) et le préfet sur le quai.", "Photo : Jean Dupont/AFP"],
        "Le maire (à gauche) et le préfet sur le quai.",
        "Photo : Jean Dupont/AFP",
    ),
]


@pytest.mark.parametrize(
    ("lines", "caption", "credit"), [c[1:] for c in BESIDE_CREDIT], ids=[c[0] for c in BESIDE_CREDIT]
)
def test_line_beside_a_credit_becomes_its_caption(lines: list[str], caption: str, credit: str) -> None:
    article = clean(LEAD, *lines, MORE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.body == (LEAD, MORE)


LABELLED = [
    ("en-image-caption", "Image caption Rescue teams worked through the night in the flooded valley"),
    ("de-bildunterschrift", "Bildunterschrift: Helfer räumen in Dresden Trümmer weg"),
    ("es-pie-de-foto", "Pie de foto: Equipos de rescate trabajan en Valencia"),
    ("en-file-photo", "FILE PHOTO: A man walks past the bank's logo in London, May 3, 2019."),
]


@pytest.mark.parametrize("line", [c[1] for c in LABELLED], ids=[c[0] for c in LABELLED])
def test_labelled_caption_leaves_the_body(line: str) -> None:
    article = clean(LEAD, line, MORE)
    assert len(article.captions) == 1
    assert article.body == (LEAD, MORE)


DROPPED_LABELS = [
    (
        "en-image-caption",
        "Image caption Rescue teams worked through the night",
        "Rescue teams worked through the night",
    ),
    (
        "es-pie-de-foto",
        "Pie de foto: Equipos de rescate trabajan en Valencia",
        "Equipos de rescate trabajan en Valencia",
    ),
    (
        "gallery-counter",
        "2of4A shopper looks at cords in a hardware store.",
        "A shopper looks at cords in a hardware store.",
    ),
    (
        "file-photo-kept",
        "FILE PHOTO: A man walks past the bank's logo in London, May 3, 2019.",
        "FILE PHOTO: A man walks past the bank's logo in London, May 3, 2019.",
    ),
]


@pytest.mark.parametrize(("line", "caption"), [c[1:] for c in DROPPED_LABELS], ids=[c[0] for c in DROPPED_LABELS])
def test_caption_label_is_dropped_and_the_caption_keeps_its_credit(line: str, caption: str) -> None:
    article = clean(LEAD, "Image copyright Jane Roe/Harbour Press", line, MORE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Image copyright Jane Roe/Harbour Press")]


def test_gallery_copies_of_a_caption_are_captions_too() -> None:
    caption = "Mayor Jane Doe, left, and harbour master John Roe inspect the quay wall on Tuesday."
    article = clean(caption, "Photo: Jim Poe, AP", LEAD, caption, MORE)
    assert [c.text for c in article.captions] == [caption, caption]
    assert all(c.credit == "Photo: Jim Poe, AP" for c in article.captions)
    assert article.body == (LEAD, MORE)


NOT_CAPTIONS = [
    (
        "speech-before-credit",
        ["“We will finish on time,” the mayor said at the opening of the quay.", "Photo: Jim Poe, AP"],
    ),
    ("headline-shape-before-credit", ["Harbour budget passes after marathon session", "Photo: Jim Poe, AP"]),
    ("wire-signoff-before-credit", ["(Reporting by Jane Roe; Editing by John Doe)", "© Reuters"]),
    (
        "paragraph-before-bare-agency",
        ["The council will meet again on Thursday to vote on the parking plan.", "Associated Press"],
    ),
    (
        "pull-quote-after-credit",
        ["Photo: Jim Poe, AP", "“This is the biggest project the harbour has seen in a century.”"],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in NOT_CAPTIONS], ids=[c[0] for c in NOT_CAPTIONS])
def test_body_lines_beside_a_credit_stay(lines: list[str]) -> None:
    article = clean(LEAD, *lines, MORE)
    assert article.captions == ()
    text_lines = [ln for ln in lines if ln not in article.credits]
    assert all(ln in article.body for ln in text_lines)


def test_a_gallery_pairs_each_caption_with_the_credit_under_it() -> None:
    lines = [
        LEAD,
        "The old ferry terminal at dusk.",
        "(Image credit: Jane Roe)",
        "An artist's concept of the new terminal.",
        "(Image credit: Harbour Authority)",
        "This illustration shows the planned cranes on the quay.",
        "(Image credit: Crane Works Ltd.)",
        MORE,
    ]
    article = clean(*lines)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The old ferry terminal at dusk.", "(Image credit: Jane Roe)"),
        ("An artist's concept of the new terminal.", "(Image credit: Harbour Authority)"),
        ("This illustration shows the planned cranes on the quay.", "(Image credit: Crane Works Ltd.)"),
    ]
    assert article.body == (LEAD, MORE)


def test_a_page_with_credits_above_captions_keeps_its_paragraphs() -> None:
    # Agency layout: credit first, then the caption; the short paragraph above each credit stays.
    short = "The quay will be finished next year."
    lines = [
        LEAD,
        short,
        "EPA-EFE/JANE ROE",
        "Visitors walk past the harbour in Hamburg, northern Germany, 16 October 2017.",
        MORE,
        "EPA-EFE/JOHN DOE",
        "A crane is pictured at the container terminal in Hamburg, 17 October 2017.",
    ]
    article = clean(*lines)
    assert [c.credit for c in article.captions] == ["EPA-EFE/JANE ROE", "EPA-EFE/JOHN DOE"]
    assert article.body == (LEAD, short, MORE)


def test_a_name_and_role_before_a_credit_is_its_caption() -> None:
    # "Name, role" without a full stop: the shape of a portrait caption, not of a subheading.
    caption = "Jane Doe, the harbour authority's chief engineer"
    article = clean(LEAD, caption, "(Jim Poe / Associated Press)", MORE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "(Jim Poe / Associated Press)")]
    assert article.body == (LEAD, MORE)


NAME_ROLE_NEGATIVES = [
    # A headline-shaped line with a comma but one capitalised word first: a subheading.
    ("en-subheading-comma", "Budget passes, harbour waits for the cranes"),
    ("de-zwischentitel", "Die Folgen für die Anwohner"),
    ("es-subtitulo", "Qué cambia para los vecinos del puerto"),
    ("pl-list-item", "Rada Miasta, 12 głosów za i 3 przeciw"),
]


@pytest.mark.parametrize("line", [c[1] for c in NAME_ROLE_NEGATIVES], ids=[c[0] for c in NAME_ROLE_NEGATIVES])
def test_a_phrase_before_a_credit_without_name_and_role_stays(line: str) -> None:
    article = clean(LEAD, line, "Foto: Jan Kowal", MORE)
    assert article.captions == ()
    assert line in article.body


MEDIA_CLIPS = [
    (
        "en-video",
        ["Video", "Harbour cranes arrive by sea", "The first two cranes were unloaded at the new quay on Monday."],
    ),
    (
        "de-video-abspielen",
        [
            "Video abspielen",
            "Neue Kräne für den Hafen",
            "Die ersten zwei Kräne wurden am Montag am neuen Kai entladen.",
        ],
    ),
    (
        "es-galeria",
        [
            "Imagen 1 de 12",
            "Llegan las grúas al puerto",
            "Las dos primeras grúas se descargaron el lunes en el nuevo muelle.",
        ],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in MEDIA_CLIPS], ids=[c[0] for c in MEDIA_CLIPS])
def test_clip_title_and_blurb_under_a_media_placeholder_are_captions(lines: list[str]) -> None:
    article = clean(LEAD, *lines, MORE)
    assert [c.text for c in article.captions] == lines[1:]
    assert article.body == (LEAD, MORE)


MEDIA_NEGATIVES = [
    # Finished sentences straight under a placeholder: the story goes on.
    ("en-paragraphs", ["Play video", "The cranes arrived on Monday.", "They will be installed in May."]),
    # A clip title, then reported speech: the article resumes after a bare title.
    ("en-speech", ["Video", "Harbour cranes arrive by sea", "The first cranes arrived on Monday, the mayor said."]),
    # A pull quote under a placeholder.
    ("fr-citation", ["Vidéo", "Le nouveau quai", "« Nous terminerons les travaux avant l'été prochain. »"]),
    # Gallery chrome between the counter and the text: the story has resumed.
    ("en-back-to-gallery", ["1 / 9", "Back to Gallery", "Harbour cranes arrive by sea", "The cranes came on Monday."]),
    # A subheading and a long paragraph below a counter.
    ("de-absatz", ["Bild 1 von 4", "Die Folgen für die Anwohner", " ".join(["Die Anwohner klagen über Lärm."] * 9)]),
]


@pytest.mark.parametrize("lines", [c[1] for c in MEDIA_NEGATIVES], ids=[c[0] for c in MEDIA_NEGATIVES])
def test_text_under_a_media_placeholder_that_is_not_a_clip_caption_stays(lines: list[str]) -> None:
    article = clean(LEAD, *lines, MORE)
    assert article.captions == ()
    assert lines[-1] in article.body


LEAD_CAPTIONS = [
    ("en-perform-at", "The harbour choir performs at the opening of the new quay.", "By Jane Roe, Harbour Herald"),
    ("de-im-bild", "Im Bild: Der neue Kran am Containerterminal.", "Von Anna Schmidt"),
    ("en-left-right", "Mayor Jane Doe (L) and harbour master John Roe on the quay.", "By Jane Roe"),
]


@pytest.mark.parametrize(("line", "byline"), [c[1:] for c in LEAD_CAPTIONS], ids=[c[0] for c in LEAD_CAPTIONS])
def test_a_picture_description_above_the_byline_is_the_lead_caption(line: str, byline: str) -> None:
    article = clean(line, byline, LEAD, MORE)
    assert [c.text for c in article.captions] == [line]
    assert article.body == (LEAD, MORE)


STANDFIRSTS = [
    # A standfirst above the byline: no picture cue, or only a date.
    ("en-dek", "The council backs the plan after a year of delays.", "By Jane Roe"),
    ("en-dek-with-date", "The council approved the plan on Nov. 3, 2019, after a year of delays.", "By Jane Roe"),
    ("es-entradilla", "El ayuntamiento aprueba el plan tras un año de retrasos.", "Por Ana López"),
    # Reported speech above the byline is the story, even with a picture cue.
    ("en-speech", "The choir performs at the opening, the mayor said.", "By Jane Roe"),
]


@pytest.mark.parametrize(("line", "byline"), [c[1:] for c in STANDFIRSTS], ids=[c[0] for c in STANDFIRSTS])
def test_a_standfirst_above_the_byline_stays(line: str, byline: str) -> None:
    article = clean(line, byline, LEAD, MORE)
    assert article.captions == ()
    assert line in article.body
