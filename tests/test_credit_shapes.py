"""Credit shapes of regional agencies and publishers, credits above their captions, source lines.

Every example is invented. Each table holds lines that must be split or taken as captions and near
misses (body lines of the same look) that must stay.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text.credit_gates import credit_candidates
from newsclean.text.credit_shapes import credit_first, label_left_behind, more_tail_credit

TITLE = "Harbour gets a new quay"

TAILS = [
    # a copyright sign after a plain space: names, agencies and slashes to the end
    ("de-copyright-space", "Ein Kran am neuen Kai in Bremerhaven © JANE ROE / AFP/Archiv", "© JANE ROE / AFP/Archiv"),
    ("fr-copyright-space", "Le nouveau ponton du port de Sète © Jean Roe / Maxppp", "© Jean Roe / Maxppp"),
    ("it-copyright-space", "La banchina nuova del porto di Ancona © Anna Rossi / ANSA", "© Anna Rossi / ANSA"),
    # two labelled parts: rights holder, then photographer
    (
        "de-bildrechte-fotograf",
        "Der neue Kai im Fischereihafen. Bildrechte: Hafenbetriebe AG Fotograf: Jim Poe",
        "Bildrechte: Hafenbetriebe AG Fotograf: Jim Poe",
    ),
    (
        "en-credit-photo",
        "The new quay at low tide. Credit: Harbour Trust Photo: Jane Roe",
        "Credit: Harbour Trust Photo: Jane Roe",
    ),
    # a publisher's initials, a slash and the photographer
    ("fr-initials", "Le nouveau quai de Brest au petit matin. LP/Jeanne Roe", "LP/Jeanne Roe"),
    ("nl-initials", "De nieuwe kade in Vlissingen bij laagwater. HH/Jan de Roe", "HH/Jan de Roe"),
    # a regional agency after the photographer
    ("es-regional-agency", "El alcalde, durante la visita al muelle este lunes. Ana Roe / ICAL", "Ana Roe / ICAL"),
    (
        "it-regional-agency",
        "Il sindaco durante la visita al molo. Marco Rossi / Agenzia Dire",
        "Marco Rossi / Agenzia Dire",
    ),
    # an abbreviated label before lowercase words (press material, a town hall)
    (
        "pl-fot-materialy",
        "Tak ma wyglądać nowe molo. | Fot. materiały prasowe UM Gdynia",
        "Fot. materiały prasowe UM Gdynia",
    ),
    ("pl-zdj-nadeslane", "Nowa przystań w Helu. Zdj. nadesłane przez czytelnika", "Zdj. nadesłane przez czytelnika"),
]


@pytest.mark.parametrize(("line", "credit"), [c[1:] for c in TAILS], ids=[c[0] for c in TAILS])
def test_caption_line_ending_in_a_credit_is_split(line: str, credit: str) -> None:
    assert credit_candidates([line]) == [True]  # split_credits only looks at lines its gate marks
    article = newsclean.clean_text(
        f"{line}\nThe harbour office expects the first ships to dock on Monday.", title=TITLE
    )
    assert [c.credit for c in article.captions] == [credit]
    assert article.captions[0].text == line[: line.index(credit)].rstrip(" |·-")


NOT_TAILS = [
    ("de-copyright-year", "Die Preise steigen seit dem Sommer © 2026 um zwei Prozent."),
    ("en-band-name", "The band played its old hits to a full hall. AC/DC fans queued for hours"),
    ("en-lowercase-after-copyright", "The brand © is printed on every crate that leaves the harbour."),
    ("fr-slash-lowercase", "Le trafic a doublé en un an. SNCF/régions se partagent la facture."),
    ("en-one-label", "The report was published on Monday. Source: Harbour Statistics Office"),
]


@pytest.mark.parametrize("line", [c[1] for c in NOT_TAILS], ids=[c[0] for c in NOT_TAILS])
def test_body_line_of_a_similar_look_is_not_cut_by_the_new_shapes(line: str) -> None:
    assert more_tail_credit(line) is None


CREDIT_FIRST = [
    ("de", "Foto: Jane Roe Seit Montag ist der Kai in Bremen gesperrt.", "Foto: Jane Roe"),
    ("es", "Foto: Ana Roe Los operarios trabajan en el muelle de Vigo.", "Foto: Ana Roe"),
]


@pytest.mark.parametrize(("line", "credit"), [c[1:] for c in CREDIT_FIRST], ids=[c[0] for c in CREDIT_FIRST])
def test_a_label_and_a_name_before_the_caption_are_its_credit(line: str, credit: str) -> None:
    assert credit_candidates([line]) == [True]
    assert credit_first(line) == (line[len(credit) :].strip(), credit)
    article = newsclean.clean_text(
        f"{line}\nThe harbour office expects the first ships to dock on Monday.", title=TITLE
    )
    assert [(c.text, c.credit) for c in article.captions] == [(line[len(credit) :].strip(), credit)]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Jane Doe, left, has replaced the coach of the harbour team.",  # the name is the subject
        "Foto: Jane Roe",  # a credit alone
        "Foto: Jane Roe Harbour Press Agency Bremen",  # names only, no sentence
    ],
)
def test_a_label_and_a_name_without_a_caption_after_them_are_not_split(line: str) -> None:
    assert credit_first(line) is None


def test_a_photo_label_left_on_the_caption_goes_back_to_its_credit() -> None:
    assert label_left_behind("Molo w Gdyni Fot.", "PAP/Jan Kowal") == ("Molo w Gdyni", "Fot. PAP/Jan Kowal")
    # a sentence that ends on an ordinary word keeps it
    assert label_left_behind("A man looks at a photo.", "REUTERS/Jane Roe") == (
        "A man looks at a photo.",
        "REUTERS/Jane Roe",
    )


def test_the_agency_credit_after_an_abbreviated_label_keeps_the_label() -> None:
    article = newsclean.clean_text(
        "Strażacy przy magazynie w Zgierzu Fot. PAP/Jan Kowal\nPożar wybuchł w nocy, nikt nie został ranny.",
        title=TITLE,
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Strażacy przy magazynie w Zgierzu", "Fot. PAP/Jan Kowal")
    ]


# --------------------------------------------------------------------------- credit above its caption

P1 = "Der Hafen hat am Montag den neuen Kai eröffnet. Die Arbeiten hatten fast drei Jahre gedauert."
P2 = "Nach Angaben der Hafenbehörde können dort künftig Schiffe mit bis zu 14 Metern Tiefgang anlegen."
P3 = "Die Reedereien begrüßten die Eröffnung, forderten aber günstigere Gebühren für kleinere Schiffe."

ABOVE = [
    (
        "de-name-verbless",
        "Hafenmeisterin Jane Roe und Bürgermeister Jim Poe bei der Eröffnung am Kai.",
        "IMAGO/Jane Doe",
    ),
    ("es-picture-noun", "Imagen del nuevo muelle durante las obras de ampliación.", "Foto: Autoridad Portuaria"),
    ("pl-present", "Nowe nabrzeże jest już gotowe na przyjęcie statków.", "Fot. Jan Kowal"),
]


@pytest.mark.parametrize(("caption", "credit"), [c[1:] for c in ABOVE], ids=[c[0] for c in ABOVE])
def test_a_short_sentence_under_a_credit_in_mid_story_is_its_caption(caption: str, credit: str) -> None:
    article = newsclean.clean_text("\n".join([P1, P2, credit, caption, P3]), title=TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.body == (P1, P2, P3)


LEDE = "Der Hafen hat am Montag den neuen Kai eröffnet, sagte ein Sprecher der Hafenbehörde."
SHORT = "Die Arbeiten hatten fast drei Jahre gedauert."
MORE = "Die Reedereien begrüßten die Eröffnung, forderten aber günstigere Gebühren."

NOT_BELOW = [
    # a credit under the lede: the lead picture's, and the short line is the story's second paragraph
    ("under-the-lede", [LEDE, "Foto: Jane Roe/dpa", SHORT, MORE]),
    # nothing but a short line after it: the story does not go on
    ("story-ends", [P1, P2, "Foto: Jane Roe/dpa", SHORT]),
    # a quotation under the credit
    ("quote", [P1, P2, "Foto: Jane Roe/dpa", "„Wir sind sehr zufrieden mit dem Ergebnis.“", P3]),
    # a dash-led line of dialogue
    ("dialogue", [P1, P2, "Fot. Jan Kowal", "– To była długa budowa, ale się udało.", P3]),
]


@pytest.mark.parametrize("lines", [c[1] for c in NOT_BELOW], ids=[c[0] for c in NOT_BELOW])
def test_a_short_body_line_under_a_credit_stays(lines: list[str]) -> None:
    article = newsclean.clean_text("\n".join(lines), title=TITLE)
    credit = next(line for line in lines if line.startswith(("Foto", "Fot.")))
    assert tuple(line for line in lines if line != credit) == article.body


def test_a_two_sentence_paragraph_above_a_credit_is_not_taken_as_its_caption() -> None:
    paragraph = (
        "Danach wurde es am Kai noch einmal laut. Die Gewerkschaft kritisierte die Schichtpläne, "
        "die Hafenbehörde verwies auf die neuen Regeln."
    )
    article = newsclean.clean_text("\n".join([P1, P2, paragraph, "IMAGO/Jane Roe", P3]), title=TITLE)
    assert paragraph in article.body
    assert article.captions == ()


# --------------------------------------------------------------------------- source lines and byline blocks

SOURCES = ["Źródło: PAP, TVN24", "Quelle: dpa, Hafenbehörde", "Fuente: Europa Press", "Bron: ANP, NOS"]


@pytest.mark.parametrize("source", SOURCES)
def test_a_source_line_does_not_take_the_last_paragraph_as_a_caption(source: str) -> None:
    last = "The harbour office expects the first ships to dock on Monday."
    article = newsclean.clean_text("\n".join([P1, P2, last, source]), title=TITLE)
    assert last in article.body


def test_a_photo_credit_inside_the_byline_block_takes_no_caption() -> None:
    standfirst = "Drei Jahre hat der Bau gedauert. Jetzt legen die ersten Schiffe an. Ein Besuch am Kai."
    text = "\n".join(
        ["Der lange Weg zum neuen Kai", standfirst, "Von Jane Roe", "Fotos: Jim Poe", "27.11.2026", P1, P2]
    )
    article = newsclean.clean_text(text)
    assert standfirst in article.body
    assert article.captions == ()
