"""Free-form credits after a caption's last sentence (``credit_freeform``) and bare picture libraries.

Every example is invented. A caption's credit need not be an agency or carry a "Photo:" label: a
photographer and a newspaper ("Kelly Roe/The Dunmore Sentinel", "Bram Roe for The Machine Room"), a
courtesy line, a reader's picture, a press office or a handout, written right after the caption's
last sentence on the same line. Each table has body sentences of the same look that must stay.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.markers import FREE_CREDITS
from newsclean.text.credit_freeform import free_credit, free_credit_shape
from newsclean.text.credit_gates import FREE_LITERALS, credit_candidates, free_candidates
from newsclean.text.marker_syntax import fold
from newsclean.text.patterns import FREE_CREDIT

TITLE = "Harbour gets a new quay"
BEFORE = "The harbour office opened the new quay on Monday after almost three years of building work."
AFTER = "The first ships are expected to dock there next week, the harbour master told reporters."

# (id, line, caption, credit)
FREE = [
    # a photographer and an outlet: slash, shouted, spaced, "for", in brackets
    (
        "en-name-slash-outlet",
        "Gerald Roe leaves the courthouse after the verdict on Wednesday. Kelly Roe/The Dunmore Sentinel",
        "Gerald Roe leaves the courthouse after the verdict on Wednesday.",
        "Kelly Roe/The Dunmore Sentinel",
    ),
    (
        "en-shouted-slash",
        "Firefighters at the scene on Main Street on Sunday. JANE ROE/HARBOUR TIMES",
        "Firefighters at the scene on Main Street on Sunday.",
        "JANE ROE/HARBOUR TIMES",
    ),
    (
        "en-spaced-slash",
        "Volunteers sort donations at the food bank. Jane Roe / Harbour Weekly",
        "Volunteers sort donations at the food bank.",
        "Jane Roe / Harbour Weekly",
    ),
    (
        "en-bracket-for",
        "The company's headquarters in Orrin Valley. (Bram Roe for The Machine Room)",
        "The company's headquarters in Orrin Valley.",
        "Bram Roe for The Machine Room",
    ),
    (
        "en-for-the",
        "The new ferry leaves the harbour at dawn. Jim Poe for The Harbour Times",
        "The new ferry leaves the harbour at dawn.",
        "Jim Poe for The Harbour Times",
    ),
    (
        "en-for-acronym",
        "Protesters outside the state house on Friday. Jane Roe for NPR",
        "Protesters outside the state house on Friday.",
        "Jane Roe for NPR",
    ),
    (
        "fr-pour",
        "Le nouveau quai du port de Sète au lever du jour. Jean Roe pour Le Monde",
        "Le nouveau quai du port de Sète au lever du jour.",
        "Jean Roe pour Le Monde",
    ),
    (
        "es-slash",
        "Vecinos observan la crecida del río en Zaragoza. Ana Roe/El Periódico",
        "Vecinos observan la crecida del río en Zaragoza.",
        "Ana Roe/El Periódico",
    ),
    (
        "en-bracket-for-after-speech",
        "The plant in Orrin Valley. The company says it will close in January. (Bram Roe for The Machine Room)",
        "The plant in Orrin Valley. The company says it will close in January.",
        "Bram Roe for The Machine Room",
    ),
    (
        "en-staff",
        "Crews clear snow from the runway on Tuesday. Jane Roe/Staff Photographer",
        "Crews clear snow from the runway on Tuesday.",
        "Jane Roe/Staff Photographer",
    ),
    (
        "en-bracket-slash",
        "Crews clear snow from the runway on Tuesday. (Jane Roe/Sentinel)",
        "Crews clear snow from the runway on Tuesday.",
        "Jane Roe/Sentinel",
    ),
    # courtesy
    (
        "en-courtesy",
        "Ruth Roe at the counter of her shop in 2015. Courtesy of the Roe family",
        "Ruth Roe at the counter of her shop in 2015.",
        "Courtesy of the Roe family",
    ),
    (
        "en-photo-courtesy",
        "The old lighthouse before the storm. Photo courtesy of the fire department",
        "The old lighthouse before the storm.",
        "Photo courtesy of the fire department",
    ),
    (
        "es-cortesia-de",
        "Bomberos en la escena del incendio. Cortesía de Bomberos de Lugo",
        "Bomberos en la escena del incendio.",
        "Cortesía de Bomberos de Lugo",
    ),
    (
        "es-cortesia",
        "El equipo celebra el ascenso en el vestuario. Cortesía",
        "El equipo celebra el ascenso en el vestuario.",
        "Cortesía",
    ),
    (
        "fr-autorisation",
        "Les pompiers sur les lieux de l'incendie. Avec l'aimable autorisation de la mairie",
        "Les pompiers sur les lieux de l'incendie.",
        "Avec l'aimable autorisation de la mairie",
    ),
    (
        "de-genehmigung",
        "Feuerwehrleute am Brandort in der Altstadt. Mit freundlicher Genehmigung der Feuerwehr",
        "Feuerwehrleute am Brandort in der Altstadt.",
        "Mit freundlicher Genehmigung der Feuerwehr",
    ),
    (
        "it-cortesia",
        "I vigili del fuoco sul luogo dell'incendio. Cortesia Vigili del Fuoco",
        "I vigili del fuoco sul luogo dell'incendio.",
        "Cortesia Vigili del Fuoco",
    ),
    (
        "pt-cortesia",
        "A equipa festeja a subida no balneário. Cortesia do clube",
        "A equipa festeja a subida no balneário.",
        "Cortesia do clube",
    ),
    (
        "pl-uprzejmosc",
        "Strażacy na miejscu pożaru w centrum. Dzięki uprzejmości OSP Lubań",
        "Strażacy na miejscu pożaru w centrum.",
        "Dzięki uprzejmości OSP Lubań",
    ),
    (
        "nl-met-dank",
        "Brandweerlieden bij de brand in het centrum. Met dank aan Brandweer Zwolle",
        "Brandweerlieden bij de brand in het centrum.",
        "Met dank aan Brandweer Zwolle",
    ),
    # readers' and viewers' pictures
    (
        "en-viewer-name",
        "Snow coats a porch railing on Saturday morning. Viewer photo / Dolores Roe",
        "Snow coats a porch railing on Saturday morning.",
        "Viewer photo / Dolores Roe",
    ),
    (
        "en-reader",
        "Snow covers the porch on Saturday morning. Reader photo",
        "Snow covers the porch on Saturday morning.",
        "Reader photo",
    ),
    (
        "de-leserfoto",
        "Schnee bedeckt die Veranda am Samstagmorgen. Leserfoto",
        "Schnee bedeckt die Veranda am Samstagmorgen.",
        "Leserfoto",
    ),
    (
        "it-lettore",
        "La neve copre il portico sabato mattina. Foto lettore",
        "La neve copre il portico sabato mattina.",
        "Foto lettore",
    ),
    (
        "pl-czytelnik",
        "Śnieg na werandzie w sobotę rano. zdjęcie czytelnika",
        "Śnieg na werandzie w sobotę rano.",
        "zdjęcie czytelnika",
    ),
    (
        "nl-lezer",
        "Sneeuw op de veranda zaterdagochtend. foto van een lezer",
        "Sneeuw op de veranda zaterdagochtend.",
        "foto van een lezer",
    ),
    (
        "fr-lecteur",
        "La neige recouvre la terrasse samedi matin. Photo d'un lecteur",
        "La neige recouvre la terrasse samedi matin.",
        "Photo d'un lecteur",
    ),
    (
        "es-lector",
        "La nieve cubre el porche el sábado por la mañana. Foto de un lector",
        "La nieve cubre el porche el sábado por la mañana.",
        "Foto de un lector",
    ),
    (
        "pt-leitor",
        "A neve cobre o alpendre no sábado de manhã. Foto de um leitor",
        "A neve cobre o alpendre no sábado de manhã.",
        "Foto de um leitor",
    ),
    # press offices and handouts
    (
        "it-ufficio-stampa",
        "Il ponte chiuso venerdì sera. Foto ufficio stampa",
        "Il ponte chiuso venerdì sera.",
        "Foto ufficio stampa",
    ),
    (
        "pl-materialy",
        "Prezes spółki podczas konferencji. materiały prasowe",
        "Prezes spółki podczas konferencji.",
        "materiały prasowe",
    ),
    (
        "de-pressefoto",
        "Die neue Filiale in der Innenstadt. Pressefoto",
        "Die neue Filiale in der Innenstadt.",
        "Pressefoto",
    ),
    ("de-zvg", "Die neue Fabrik am Stadtrand von Thun. zVg", "Die neue Fabrik am Stadtrand von Thun.", "zVg"),
    ("en-pr", "The new plant outside the city of Dunmore. PR", "The new plant outside the city of Dunmore.", "PR"),
    (
        "fr-service-presse",
        "La nouvelle usine près de Lyon. Photo service de presse",
        "La nouvelle usine près de Lyon.",
        "Photo service de presse",
    ),
    (
        "es-cedida",
        "La nueva planta en las afueras de Vigo. Foto cedida por el Ayuntamiento",
        "La nueva planta en las afueras de Vigo.",
        "Foto cedida por el Ayuntamiento",
    ),
    (
        "nl-aangeleverd",
        "De nieuwe fabriek aan de rand van Zwolle. Foto aangeleverd",
        "De nieuwe fabriek aan de rand van Zwolle.",
        "Foto aangeleverd",
    ),
]

# Shapes other rules already knew, and bare picture libraries: split by the cleaner as a whole.
SPLIT_BY_OTHERS = [
    ("en-alamy", "The flagship store will remain open. ALAMY", "The flagship store will remain open.", "ALAMY"),
    (
        "en-shutterstock",
        "The flagship store on Fifth Avenue. SHUTTERSTOCK",
        "The flagship store on Fifth Avenue.",
        "SHUTTERSTOCK",
    ),
    ("en-getty", "A trader on the floor of the exchange. GETTY", "A trader on the floor of the exchange.", "GETTY"),
    (
        "en-istock-getty",
        "The flagship store on Fifth Avenue. iStock/Getty Images",
        "The flagship store on Fifth Avenue.",
        "iStock/Getty Images",
    ),
    (
        "en-handout",
        "The new plant outside the city of Dunmore. Handout",
        "The new plant outside the city of Dunmore.",
        "Handout",
    ),
    (
        "pt-divulgacao",
        "A nova fábrica nos arredores de Braga. Divulgação",
        "A nova fábrica nos arredores de Braga.",
        "Divulgação",
    ),
    (
        "pl-fot-materialy",
        "Prezes spółki podczas konferencji. fot. materiały prasowe",
        "Prezes spółki podczas konferencji.",
        "fot. materiały prasowe",
    ),
    (
        "de-pressestelle",
        "Die neue Filiale in der Innenstadt. Foto: Pressestelle",
        "Die neue Filiale in der Innenstadt.",
        "Foto: Pressestelle",
    ),
    (
        "de-leserreporter",
        "Schnee bedeckt die Veranda am Samstag. Foto: Leserreporter",
        "Schnee bedeckt die Veranda am Samstag.",
        "Foto: Leserreporter",
    ),
    (
        "fr-service-colon",
        "La nouvelle usine près de Lyon. Photo : service de presse",
        "La nouvelle usine près de Lyon.",
        "Photo : service de presse",
    ),
    (
        "es-foto-cedida",
        "La nueva planta en las afueras de Vigo. Foto: cedida",
        "La nueva planta en las afueras de Vigo.",
        "Foto: cedida",
    ),
    (
        "en-submitted",
        "Snow covers the porch on Saturday morning. Submitted photo",
        "Snow covers the porch on Saturday morning.",
        "Submitted photo",
    ),
]

# Body sentences of the same look: no sentence's end before the name, a byline, a clause or a
# sentence after the courtesy words, no outlet after "for", reported speech, a long paragraph.
NOT_FREE = [
    ("en-said-name-outlet", "The verdict was expected, said Kelly Roe/The Dunmore Sentinel"),
    ("en-byline-slash", "By Jane Roe/The Dunmore Sentinel"),
    ("en-updated-byline", "Updated on Monday. By Jane Roe/The Dunmore Sentinel"),
    ("en-courtesy-clause", "The bridge was closed for months. Courtesy of the mayor, the bridge reopened."),
    ("en-for-mayor", "The campaign held a rally on Sunday. Jane Roe for Mayor"),
    ("en-substitution", "Harbour made a late change in the second half. Jim Poe for Jane Roe"),
    ("en-speech-courtesy", "\u201cWe will rebuild the quay by spring,\u201d the mayor said. Courtesy of the council"),
    ("en-according", "The harbour was busy all summer, according to the Smith family."),
    ("en-in-the-photo", "She is the second from the left in the photo."),
    ("en-reader-sentence", "Readers can send us pictures. Reader photos are welcome on our website every week."),
    (
        "en-for-subscriptions",
        "Tickets cost twenty dollars. Call Jane Roe for The Harbour Times subscription offers now.",
    ),
    (
        "de-genehmigung-sentence",
        "Die Straße bleibt zu. Mit freundlicher Genehmigung der Stadt wurde das Fest dennoch gefeiert.",
    ),
    ("nl-dank-sentence", "Het feest was een groot succes. Met dank aan alle vrijwilligers die hebben geholpen."),
    ("es-cortesia-clause", "El acto terminó tarde. Cortesía de la casa, hubo café para todos los asistentes."),
    ("pl-czytelnicy-sentence", "Dziękujemy za zdjęcia. Zdjęcia czytelników publikujemy w każdy piątek na stronie."),
    ("it-lettori-sentence", "Il concorso è aperto. Le foto dei lettori saranno pubblicate sabato prossimo."),
    ("en-dateline-for", "HARBOUR CITY (Reuters) - Ships wait outside the port. Jane Roe for The Harbour Times"),
    ("en-quote-attribution", "\u2014 Jane Roe, The Dunmore Sentinel"),
    ("en-two-words", "Closed today. Courtesy of the Roe family"),
    ("en-two-people", "The film returns to cinemas this week. Tom Roe/Meg Poe"),
    ("en-club", "Harbour won the derby on Saturday. Jane Roe for Harbour United"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), [r[1:] for r in FREE], ids=[r[0] for r in FREE])
def test_free_credit_cuts_the_credit(line: str, caption: str, credit: str) -> None:
    assert free_credit(line) == (caption, credit)
    # split_credits' gates mark it: one of them, and neither marks the paragraphs around it
    marks = [
        a or b
        for a, b in zip(credit_candidates([BEFORE, line, AFTER]), free_candidates([BEFORE, line, AFTER]), strict=True)
    ]
    assert marks == [False, True, False]


@pytest.mark.parametrize("line", [r[1] for r in NOT_FREE], ids=[r[0] for r in NOT_FREE])
def test_body_sentences_of_the_same_look_have_no_free_credit(line: str) -> None:
    assert free_credit(line) is None


_ALL = FREE + SPLIT_BY_OTHERS


@pytest.mark.parametrize(("line", "caption", "credit"), [r[1:] for r in _ALL], ids=[r[0] for r in _ALL])
def test_the_cleaner_splits_the_caption_between_paragraphs(line: str, caption: str, credit: str) -> None:
    article = newsclean.clean_text(f"{BEFORE}\n{line}\n{AFTER}", title=TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert line not in article.body and BEFORE in article.body and AFTER in article.body


@pytest.mark.parametrize(("line", "caption", "credit"), [r[1:] for r in _ALL], ids=[r[0] for r in _ALL])
def test_the_cleaner_splits_the_lead_caption_under_the_headline(line: str, caption: str, credit: str) -> None:
    article = newsclean.clean_text(f"{TITLE}\n{line}\n{BEFORE}\n{AFTER}")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.body == (BEFORE, AFTER)


@pytest.mark.parametrize("line", [r[1] for r in NOT_FREE], ids=[r[0] for r in NOT_FREE])
def test_the_cleaner_leaves_body_sentences_of_the_same_look(line: str) -> None:
    article = newsclean.clean_text(f"{BEFORE}\n{line}\n{AFTER}", title=TITLE)
    assert article.captions == () and article.credits == ()
    # A byline leaves the body as a byline, not as a credit.
    assert line in article.body or [r.kind for r in article.removed] == ["byline"]


def test_a_wire_sign_off_after_the_last_paragraph_stays() -> None:
    # A news agency's bare name may sign the story off; a picture library's never does.
    article = newsclean.clean_text(
        f"{BEFORE}\n{AFTER}\nThe ministry confirmed the figures on Tuesday. Reuters", title=TITLE
    )
    assert article.captions == ()


@pytest.mark.parametrize("marker", FREE_CREDITS, ids=lambda m: f"{m.lang}-{m.example}")
def test_free_credit_examples_match_and_hold_a_gate_word(marker: object) -> None:
    example: str = marker.example  # type: ignore[attr-defined]
    assert FREE_CREDIT.fullmatch(example)
    assert any(w in fold(example) for w in FREE_LITERALS)


# Lines where a free-form credit's shape (caption aside) is found must be marked by the gate.
GATE_LINES = [
    *(r[1] for r in FREE),
    *(r[1] for r in NOT_FREE),
    "A man walks past. (COURTESY OF THE ROE FAMILY)",
    "A man walks past. (Jane Roe / The Harbour Times)",
    "A man walks past. Jane Roe für Die Zeit",
    "A man walks past. Jane Roe per Il Giornale",
    "A man walks past. Jane Roe dla Gazeta Wyborcza",
    "A man walks past. Jane Roe voor De Krant",
    "A man walks past. Jane Roe para El País",
    "A man walks past. J. Roe/The Sentinel.",
    "Ein Mann geht vorbei. z.V.g.",
    "Ein Mann geht vorbei. ZVG",
    "A man walks past. SUPPLIED",
    "Un homme passe. PHOTO COURTOISIE",
    "Een man loopt voorbij. Eigen foto",
    "Mężczyzna przechodzi. Fot. Dzięki Uprzejmości Jana Roe",
    "Un uomo passa. Per gentile concessione della famiglia Rossi",
    "Un hombre pasa. Imagen de una lectora",
    "Um homem passa. Imagem de uma leitora / Ana Roe",
    "A man walks past. Listener photo by Jane Roe",
    "A man walks past. Community-submitted photo",
    "A man walks past. Publicity photo / Jane Roe",
    "A man walks past. Photo supplied by the club",
]


@pytest.mark.parametrize("line", GATE_LINES)
def test_the_gate_marks_every_line_with_a_free_credit_shape(line: str) -> None:
    for text in (line, line.replace(" ", "\xa0"), line.replace(". ", ".\t"), "(" + line):
        if free_credit_shape(text) is not None:
            assert free_candidates([text]) == [True], text
        assert free_candidates([BEFORE, text, AFTER]) == [False, free_candidates([text])[0], False]


# --------------------------------------------------------------------------- a free-form credit alone on its line

CAPTION = "Firefighters at the scene on Main Street on Sunday."
ALONE = [
    "Courtesy of the Roe family",
    "(Bram Roe for The Machine Room)",
    "Reader photo",
    "Viewer photo / Dolores Roe",
    "Foto ufficio stampa",
    "materiały prasowe",
    "Leserfoto",
    "Cortesía de Bomberos de Lugo",
    "Mit freundlicher Genehmigung der Feuerwehr",
    "zVg",
    "ALAMY",
    "Handout",
]


@pytest.mark.parametrize("credit", ALONE)
def test_a_free_form_credit_alone_under_its_caption(credit: str) -> None:
    article = newsclean.clean_text(f"{BEFORE}\n{CAPTION}\n{credit}\n{AFTER}", title=TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, credit)]
    assert article.body == (BEFORE, AFTER)


NOT_ALONE = [
    "Meal Prep for The Busy Week Ahead",  # a headline in title case
    "Jim Poe for The Harbour Times",
    "Courtesy of the mayor, the bridge reopened.",
    "Met dank aan alle vrijwilligers die hebben geholpen bij de bouw.",
    "Jane Roe for Mayor",
    "Reader photos are welcome.",
]


@pytest.mark.parametrize("line", NOT_ALONE)
def test_body_lines_of_the_same_look_are_no_credit_lines(line: str) -> None:
    article = newsclean.clean_text(f"{BEFORE}\n{line}\n{AFTER}", title=TITLE)
    assert article.credits == () and line in article.body


@pytest.mark.parametrize(
    "line",
    ["Met dank aan Brandweer Zwolle", "Courtesy of the Harbour Times", "Mit freundlicher Genehmigung der Hafenzeitung"],
)
def test_a_thank_you_after_the_last_paragraph_stays(line: str) -> None:
    # After the story's last line such a phrase may thank someone for the text, not for a picture.
    article = newsclean.clean_text(f"{BEFORE}\n{AFTER}\n{line}", title=TITLE)
    assert article.credits == () and article.body[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        "A man walks past the new quay. (PR)",
        "A man walks past the new quay. z.V.g.",
        "A man walks past the new quay. Met danK aan Jan Roe",  # a Kelvin sign matches "k" ignoring case
        "A man walks past the new quay. Jane Roe/The Harbour Times",
        "A man walks past the new quay. (Jane Roe /\xa0The Harbour Times)",
        "A man walks past the new quay. JANE ROE/ÉCHO DU PORT",
    ],
)
def test_the_free_gate_alone_marks_every_shape_of_free_credit(line: str) -> None:
    # split_credits runs the free-form rules only where free_candidates marks the line.
    assert free_credit_shape(line) is not None
    assert free_candidates([BEFORE, line, AFTER]) == [False, True, False]


def test_a_word_right_after_for_is_still_found() -> None:
    # "for " and the next word share the space between them: the scan finds both.
    from newsclean.text.credit_gates import _FREE_SCAN

    assert [m.group(1) for m in _FREE_SCAN.finditer(b" jane roe for courtesy of")] == [b"for ", b"courtesy"]
