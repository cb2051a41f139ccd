"""Round two of captions, credits and ad labels: numbered and joined ad labels, agency credits in
house styles ("IMAGO/Name", "SZ Photo", "Getty Images via AFP"), a bare agency after a one-sentence
caption in mid-story; each with body sentences of the same look that must stay where they are.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.markers import LOOK_SENTENCES, Marker
from newsclean.text import caption_layouts
from newsclean.text.captions import bare_caption_shape

_BEFORE = "Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten und abgestimmt."
_AFTER = "Die Sitzung dauerte bis spät in den Abend, eine Entscheidung fiel erst nach drei Stunden."


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{line}\n{_AFTER}")


# --------------------------------------------------------------------------- ad labels

AD_LABELS = [
    ("de-numbered", "Anzeige 2"),
    ("de-numbered-bracket", "ANZEIGE (3)"),
    ("de-slot-of", "Anzeige 1/3"),
    ("de-werbung-numbered", "Werbung 3"),
    ("fr-numbered", "Publicité 2"),
    ("es-numbered", "Anuncio 2"),
    ("pl-numbered", "Reklama 2"),
    ("nl-numbered", "Advertentie 1"),
    ("it-numbered", "Pubblicità 3"),
    ("de-joined", "Anzeige · Werbung"),
    ("en-joined", "Advertisement - Continue Reading Below"),
    ("en-joined-scroll", "Advertisement - scroll to continue"),
    ("en-continues", "Continues below advertisement"),
    ("de-resume", "Lesen Sie nach der Werbung weiter"),
    ("de-resume-more", "Fortsetzung nach der Anzeige"),
    ("de-scroll", "Werbung - Scrollen zum Weiterlesen"),
    ("es-resume", "Sigue leyendo después del anuncio"),
    ("es-joined", "Publicidad - Sigue leyendo debajo"),
    ("pl-resume", "Czytaj dalej pod reklamą"),
    ("pl-joined", "Reklama - dalsza część artykułu poniżej"),
    ("it-resume", "Continua a leggere dopo la pubblicità"),
    ("pt-resume", "O texto continua após a publicidade"),
    ("nl-resume", "Het artikel gaat verder onder de advertentie"),
]

NOT_AD_LABELS = [
    ("de-advertiser", "Anzeige - Autohaus Roe"),  # a label and an advertiser's name: not only labels
    ("de-year", "Werbung 2026"),  # a year is no slot counter
    ("en-sponsor-name", "Advertisement - Acme Corp"),
    ("de-complaint", "Nach der Anzeige ermittelt nun die Staatsanwaltschaft gegen den Betreiber."),
    ("de-heading", "Nach der Anzeige"),  # "Anzeige" is also a complaint to the police
    ("en-prose", "The advertisement campaign continues below the national average, analysts said."),
    ("es-prose", "El anuncio 2 del Gobierno llegó tarde para los agricultores de Huesca."),
]


@pytest.mark.parametrize("line", [r[1] for r in AD_LABELS], ids=[r[0] for r in AD_LABELS])
def test_numbered_joined_and_resume_ad_labels_are_removed(line: str) -> None:
    article = _clean(line)
    assert line not in article.body
    assert _BEFORE in article.body
    assert _AFTER in article.body


@pytest.mark.parametrize("line", [r[1] for r in NOT_AD_LABELS], ids=[r[0] for r in NOT_AD_LABELS])
def test_lines_that_only_look_like_ad_labels_stay(line: str) -> None:
    assert line in _clean(line).body


# --------------------------------------------------------------------------- agency credits

AGENCY_TAILS = [
    ("de-sz-photo", "Ein Kran hebt das letzte Brückenteil ein. Jane Roe/SZ Photo", "Jane Roe/SZ Photo"),
    ("de-sz-photo-bare", "Ein Kran hebt das letzte Brückenteil ein. SZ Photo", "SZ Photo"),
    ("at-picturedesk", "Der Donaukanal bei Nacht. Jane Roe/picturedesk.com", "Jane Roe/picturedesk.com"),
    ("ch-freshfocus", "Die Spieler jubeln nach dem Tor. Jan Roe/freshfocus", "Jan Roe/freshfocus"),
    (
        "en-via-bare",
        "Crowds outside parliament. Bloomberg via Getty Images",
        "Bloomberg via Getty Images",
    ),
    ("en-getty-via-afp", "Protesters gather outside parliament. Getty Images via AFP", "Getty Images via AFP"),
    (
        "fr-name-via",
        "Des manifestants devant l'Assemblée nationale à Paris. Jane Roe/Getty Images via AFP",
        "Jane Roe/Getty Images via AFP",
    ),
    (
        "en-bracket-via",
        "Protesters gather outside parliament. (Jane Roe/Bloomberg via Getty Images)",
        "Jane Roe/Bloomberg via Getty Images",
    ),
    ("pt-agencia-brasil", "Manifestantes em frente ao Congresso em Brasília. Agência Brasil", "Agência Brasil"),
    ("es-efe", "Vecinos observan la crecida del río Ebro en Zaragoza. EFE", "EFE"),
    ("es-efe-bracket-place", "Bomberos trabajan en la zona del incendio en Hoyos (Cáceres). EFE", "EFE"),
    ("it-ansa", "Un pescatore ripara le reti nel porto di Chioggia. ANSA", "ANSA"),
    ("pl-pap", "Uczestnicy marszu na placu Zamkowym w Warszawie. PAP", "PAP"),
    ("nl-anp", "Fietsers op de nieuwe brug bij Zwolle in de ochtend. ANP", "ANP"),
]


@pytest.mark.parametrize(("line", "credit"), [r[1:] for r in AGENCY_TAILS], ids=[r[0] for r in AGENCY_TAILS])
def test_a_caption_between_paragraphs_loses_its_agency_credit(line: str, credit: str) -> None:
    article = _clean(line)
    assert [c.credit for c in article.captions] == [credit]
    assert line not in article.body
    assert _BEFORE in article.body
    assert _AFTER in article.body


WIRE_SIGNED = [
    # two sentences: a short paragraph of wire copy, not a caption
    ("es-two-sentences", "El Gobierno aprobó el decreto el martes. La oposición lo rechaza. EFE"),
    # reported speech
    ("es-speech", "«Es un día histórico para la comarca», dijo el alcalde de Hoyos. EFE"),
    ("de-speech", "Die Lage bleibt angespannt, sagte ein Sprecher der Polizei am Abend. dpa"),
    # one long sentence is a paragraph
    (
        "de-long",
        "Die Feuerwehr war mit mehr als hundert Einsatzkräften vor Ort und konnte den Brand in der Lagerhalle "
        "am Rand des Industriegebiets erst nach mehreren Stunden unter Kontrolle bringen, wie es hieß. dpa",
    ),
    # a wire lede with its dateline
    ("es-dateline", "Madrid (EFE) - El Congreso aprobó este jueves la reforma de la ley de vivienda. EFE"),
]


@pytest.mark.parametrize("line", [r[1] for r in WIRE_SIGNED], ids=[r[0] for r in WIRE_SIGNED])
def test_wire_copy_signed_with_a_bare_agency_stays(line: str) -> None:
    article = _clean(line)
    assert article.captions == ()
    assert line in article.body


@pytest.mark.parametrize("agency", ["EFE", "dpa", "ANSA", "PAP"])
def test_the_story_last_paragraph_signed_by_the_agency_stays(agency: str) -> None:
    last = f"Die Ermittlungen zur Ursache des Brandes dauern an. {agency}"
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{_AFTER}\n{last}")
    assert article.captions == ()
    assert last in article.body


@pytest.mark.parametrize("agency", ["EFE", "dpa"])
def test_a_signed_sentence_over_a_short_chrome_line_stays(agency: str) -> None:
    # the line after it is no paragraph (a tag list the page left): the sentence may close the story
    line = f"Die Ermittlungen zur Ursache des Brandes dauern an. {agency}"
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{_AFTER}\n{line}\nFeuerwehr, Brand")
    assert line in article.body


def test_an_agency_after_a_dash_still_needs_a_picture_note() -> None:
    line = "Vecinos observan la crecida del río Ebro en Zaragoza. - EFE"
    assert _clean(line).captions == ()


# --------------------------------------------------------------------------- a blog's sentence pointing at its picture

LOOKS = [
    ("de", "So sah das Beet im ersten Sommer aus – damals war ich noch ziemlich stolz."),
    ("de-now", "So sieht der Garten heute aus."),
    ("en", "Here's what the bed looked like in May."),
    ("en-how", "This is how the kitchen looks today."),
    ("es", "Así lucía el huerto en mayo."),
    ("es-quedo", "Así quedó la terraza tras la reforma."),
    ("fr", "Voici à quoi ressemblait le potager en mai."),
    ("it", "Ecco come appariva l'orto a maggio."),
    ("pl", "Tak wyglądała grządka w maju."),
    ("nl", "Zo zag het bed er in mei uit."),
    ("pt", "Assim ficou a horta depois da chuva."),
]

NOT_LOOKS = [
    ("de-opinion", "So sieht es auch die Bürgermeisterin, die den Plan seit Monaten unterstützt."),
    ("de-colon", "So sah der Kompromiss aus: Die Stadt zahlt die Hälfte der Kosten."),
    ("de-clause", "So sieht die Zukunft des Hafens aus, wenn es nach dem Senat geht."),
    ("de-short", "So sieht es aus."),
    ("de-quote", '"So sah das Beet im Mai aus", sagt die Gärtnerin.'),
    ("en-prose", "This is how the company looks at risk when it lends money to small firms."),
    ("en-slogan", "This is what democracy looks like."),
    ("es-idiom", "Así quedó claro que el plan no funcionaba."),
    ("es-es", "Así es la vida en el pueblo."),
    ("pl-speech", "Tak wygląda sytuacja na rynku pracy, jak podał GUS w czwartek."),
    ("pt-connective", "Assim, o governo decidiu adiar a votação para a próxima semana."),
]


@pytest.mark.parametrize("line", [r[1] for r in LOOKS], ids=[r[0] for r in LOOKS])
def test_a_sentence_saying_how_something_looked_is_a_caption_between_paragraphs(line: str) -> None:
    assert bare_caption_shape(line) == "look"
    article = _clean(line)
    assert [c.text for c in article.captions] == [line]
    assert _BEFORE in article.body
    assert _AFTER in article.body


@pytest.mark.parametrize("line", [r[1] for r in NOT_LOOKS], ids=[r[0] for r in NOT_LOOKS])
def test_prose_with_the_same_opening_stays(line: str) -> None:
    article = _clean(line)
    assert article.captions == ()
    assert line in article.body


@pytest.mark.parametrize("line", [r[1] for r in LOOKS], ids=[r[0] for r in LOOKS])
def test_the_look_sentence_as_the_lede_stays(line: str) -> None:
    article = newsclean.clean_text(f"Mein Garten\n{line}\n{_AFTER}")
    assert line in article.body


@pytest.mark.parametrize("marker", LOOK_SENTENCES, ids=lambda m: m.lang)
def test_look_sentence_examples_have_the_shape_and_a_gated_letter(marker: Marker) -> None:
    assert bare_caption_shape(marker.example) == "look"
    assert marker.example[0] in caption_layouts._VIEW_INITIALS
    assert marker.example[0].swapcase() in caption_layouts._VIEW_INITIALS


# --------------------------------------------------------------------------- more credit shapes at a caption's end

MORE_TAILS = [
    ("fr-label-name", "Le pont sur la Meuse à Namur. Photo Jane Roe", "Photo Jane Roe"),
    ("fr-archives-name", "Le pont sur la Meuse à Namur. Photo d'archives Jane Roe", "Photo d'archives Jane Roe"),
    ("fr-dr", "Le pont sur la Meuse à Namur. Photo DR", "Photo DR"),
    ("fr-dr-bracket", "Le pont sur la Meuse à Namur. (DR)", "DR"),
    ("nl-beeld-agency", "Fietsers op de nieuwe brug bij Zwolle. Beeld ANP", "Beeld ANP"),
    ("nl-beeld-name", "Fietsers op de nieuwe brug bij Zwolle. Beeld Jan de Roe", "Beeld Jan de Roe"),
    ("de-name-comma-agency", "Ein Kran hebt das letzte Brückenteil ein. Jane Roe, dpa", "Jane Roe, dpa"),
    (
        "de-bracket-kept",
        "Ein Kran hebt das letzte Brückenteil ein. Bild: Jane Roe (Keystone)",
        "Bild: Jane Roe (Keystone)",
    ),
    ("es-bar-agency", "Vecinos observan la crecida del río Ebro. | Europa Press", "Europa Press"),
    ("es-cedida", "Vecinos observan la crecida del río Ebro. (Cedida)", "Cedida"),
    ("pt-divulgacao", "Manifestantes em frente ao Congresso Nacional. Divulgação", "Divulgação"),
    ("pt-reproducao", "Manifestantes em frente ao Congresso Nacional. Reprodução/Instagram", "Reprodução/Instagram"),
    ("en-swns", "The couple outside their home in Leeds. SWNS", "SWNS"),
]


@pytest.mark.parametrize(("line", "credit"), [r[1:] for r in MORE_TAILS], ids=[r[0] for r in MORE_TAILS])
def test_a_caption_loses_its_credit_in_more_house_styles(line: str, credit: str) -> None:
    article = _clean(line)
    assert [c.credit for c in article.captions] == [credit]
    assert line not in article.body


NOT_TAILS = [
    ("de-foto-one-word", "Das Rennen endete denkbar knapp. Foto Finish"),
    ("de-foto-in-prose", "Sie zeigte das Foto Anna Müller und ihrem Mann."),
    ("de-name-agency-two-sentences", "Die Polizei ermittelt weiter. Die Lage ist ruhig. Jane Roe, dpa"),
    ("en-photo-prose", "Photo booths were set up in every hall of the fair for the visitors."),
]


@pytest.mark.parametrize("line", [r[1] for r in NOT_TAILS], ids=[r[0] for r in NOT_TAILS])
def test_prose_near_those_shapes_stays(line: str) -> None:
    article = _clean(line)
    assert article.captions == ()
    assert line in article.body


def test_a_name_and_agency_closing_the_story_stays() -> None:
    last = "Die Ermittlungen zur Ursache des Brandes dauern an. Jane Roe, dpa"
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{_AFTER}\n{last}")
    assert last in article.body


# --------------------------------------------------------------------------- archive captions and "photo by" credits

ARCHIVE_CAPTIONS = [
    ("es", "Archivo - Un tren de la línea 7B de Metro de Madrid. - Europa Press", "Europa Press"),
    ("es-no-credit", "Archivo - Vista de la estación de Sol en hora punta.", None),
    ("en", "Archive - A crane lifts the last section of the bridge into place. - Reuters", "Reuters"),
    ("it", "Archivio - Il porto di Genova all'alba. - ANSA", "ANSA"),
]


@pytest.mark.parametrize(("line", "credit"), [r[1:] for r in ARCHIVE_CAPTIONS], ids=[r[0] for r in ARCHIVE_CAPTIONS])
def test_an_archive_note_and_a_dash_open_a_caption(line: str, credit: str | None) -> None:
    article = _clean(line)
    assert [c.credit for c in article.captions] == [credit]
    assert line not in article.body


def test_an_archive_heading_with_a_colon_stays() -> None:
    line = "Archivo: la historia del metro de Madrid contada por sus conductores más veteranos."
    assert line in _clean(line).body


BY_CREDITS = [
    ("it", "Le caldarroste in piazza Garibaldi.", "Foto di Luca Roe"),
    ("fr", "Les chalutiers au port de Lorient.", "Photo par Jean Roe"),
    ("de", "Ein Kran hebt das letzte Brückenteil ein.", "Foto von Jane Roe"),
    ("es", "Un tren entra en la estación de Sol.", "Foto de Juan Roe"),
]


@pytest.mark.parametrize(("caption", "credit"), [r[1:] for r in BY_CREDITS], ids=[r[0] for r in BY_CREDITS])
def test_a_photo_by_credit_signs_the_caption_on_its_line_or_under_it(caption: str, credit: str) -> None:
    inline = _clean(f"{caption} {credit}")
    assert [(c.text, c.credit) for c in inline.captions] == [(caption, credit)]
    under = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{caption}\n{credit}\n{_AFTER}")
    assert [(c.text, c.credit) for c in under.captions] == [(caption, credit)]


@pytest.mark.parametrize(
    "line",
    [
        "Foto de familia de los líderes europeos en la cumbre de Bruselas.",
        "Das Foto von Jane Roe gewann den Preis der Jury.",
        "Foto de archivo de la estación de Sol en Madrid.",
    ],
)
def test_a_photo_word_in_prose_is_no_credit(line: str) -> None:
    article = _clean(line)
    assert article.credits == ()
    assert line in article.body


JOINED_RESUME = [
    ("de", "Anzeige – Lesen Sie weiter"),
    ("de-bar", "Anzeige | Artikel wird unten fortgesetzt"),
    ("fr", "PUBLICITÉ - Lire la suite ci-dessous"),
    ("es", "Publicidad - Continúa leyendo"),
    ("pl", "Reklama. Przewiń, aby czytać dalej"),
    ("pt", "Anúncio - Continue lendo"),
    ("pt-alone", "Continue lendo após o anúncio"),
    ("it", "Pubblicità - Continua a leggere"),
    ("nl", "Advertentie - Lees verder"),
    ("en", "Advertisement - Continue reading"),
]


@pytest.mark.parametrize("line", [r[1] for r in JOINED_RESUME], ids=[r[0] for r in JOINED_RESUME])
def test_an_ad_label_with_a_resume_note_is_removed(line: str) -> None:
    assert line not in _clean(line).body


@pytest.mark.parametrize(
    "line",
    ["Lesen Sie weiter", "Continúa leyendo", "Anzeige: Lesen Sie weiter, was der Markt bietet"],
)
def test_a_resume_note_without_an_ad_label_is_no_ad(line: str) -> None:
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{line}\n{_AFTER}")
    assert all(r.kind != "ad" for r in article.removed)


# --------------------------------------------------------------------------- "in the picture:" openers

IN_PICTURE = [
    ("de", "Im Bild: Die Bürgermeisterin bei der Eröffnung des neuen Kais."),
    ("de-foto", "Auf dem Foto: Die Bürgermeisterin bei der Eröffnung des neuen Kais."),
    ("en", "Pictured: The mayor at the opening of the new quay."),
    ("en-photo", "In the photo: The mayor at the opening of the new quay."),
    ("pl", "Na zdjęciu: burmistrz podczas otwarcia nowego nabrzeża."),
    ("es", "En la imagen: la alcaldesa durante la inauguración del muelle."),
    ("fr", "Sur notre photo : la maire lors de l'inauguration du quai."),
    ("it", "Nella foto: la sindaca all'inaugurazione del molo."),
    ("pt", "Na foto: a prefeita durante a inauguração do cais."),
    ("nl", "Op de foto: de burgemeester bij de opening van de kade."),
]


@pytest.mark.parametrize("line", [r[1] for r in IN_PICTURE], ids=[r[0] for r in IN_PICTURE])
def test_an_in_the_picture_opener_with_a_colon_makes_a_caption(line: str) -> None:
    article = _clean(line)
    assert [(c.text, c.credit) for c in article.captions] == [(line, None)]


def test_the_opener_is_no_glued_credit_and_a_real_credit_still_is() -> None:
    line = "Auf dem Foto: Die Bürgermeisterin bei der Eröffnung des neuen Kais. Foto: Jane Roe"
    article = _clean(line)
    assert [c.credit for c in article.captions] == ["Foto: Jane Roe"]


@pytest.mark.parametrize(
    "line",
    [
        "Auf dem Foto ist die Bürgermeisterin zu sehen, die am Montag den neuen Kai eröffnet hat.",
        "Na zdjęciu, które trafiło do sieci, widać policjanta kierującego ruchem na skrzyżowaniu.",
        "En la imagen, difundida por la policía, se ve a dos hombres entrando en la sucursal del banco.",
    ],
)
def test_a_story_talking_about_a_photo_stays(line: str) -> None:
    article = _clean(line)
    assert article.captions == ()
    assert line in article.body
