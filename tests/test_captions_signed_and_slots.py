"""Captions signed in shapes the shared credit pattern misses (``credit_shapes.signed_caption``).

Rights notices, a name over a newspaper's short name, shouted archive credits, Chinese reporters'
credits, bracketed outlet credits, "(Supplied)" and broadcasters' call signs; each with body
sentences and footers of the same look that must stay where they are.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.markers import CLAUSE_WORDS, OCCASION_WORDS, RIGHTS_NOTICES, VIEW_OPENERS
from newsclean.text import caption_layouts
from newsclean.text.captions import CLAUSE_WORD, VIEW_OPENER, bare_caption_shape, verbless_phrase
from newsclean.text.credit_gates import credit_candidates
from newsclean.text.credit_shapes import signed_caption
from newsclean.text.patterns import RIGHTS_LINE

from .conftest import corpus_texts, fixture_texts, text_lines

_BEFORE = "Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten und abgestimmt."
_AFTER = "Die Sitzung dauerte bis spät in den Abend, eine Entscheidung fiel erst nach drei Stunden."

SIGNED = [
    (
        "it-rights",
        "Un pescatore ripara le reti nel porto di Chioggia - RIPRODUZIONE RISERVATA",
        "Un pescatore ripara le reti nel porto di Chioggia",
        "RIPRODUZIONE RISERVATA",
    ),
    (
        "fr-rights",
        "Le nouveau pont sur la Meuse à Namur. © Tous droits réservés",
        "Le nouveau pont sur la Meuse à Namur.",
        "© Tous droits réservés",
    ),
    (
        "de-rights",
        "Ein Kran hebt das letzte Brückenteil ein | Alle Rechte vorbehalten",
        "Ein Kran hebt das letzte Brückenteil ein",
        "Alle Rechte vorbehalten",
    ),
    (
        "es-rights",
        "Vecinos observan la crecida del río en Zaragoza - Todos los derechos reservados",
        "Vecinos observan la crecida del río en Zaragoza",
        "Todos los derechos reservados",
    ),
    (
        "de-name-outlet",
        "Die neue Fähre legt in Romanshorn an. Beat Roe / SGT",
        "Die neue Fähre legt in Romanshorn an.",
        "Beat Roe / SGT",
    ),
    (
        "nl-name-outlet",
        "Fietsers op de nieuwe brug bij Zwolle. Jan van Roe / DVHN",
        "Fietsers op de nieuwe brug bij Zwolle.",
        "Jan van Roe / DVHN",
    ),
    (
        "fr-shouted-archives",
        "Le port de Brest au petit matin. | ARCHIVES PHOTO LE COURRIER - JANE ROE",
        "Le port de Brest au petit matin.",
        "ARCHIVES PHOTO LE COURRIER - JANE ROE",
    ),
    (
        "fr-shouted-photo",
        "Des bénévoles nettoient la plage de Carnac · PHOTO OUEST MATIN / JEAN ROE",
        "Des bénévoles nettoient la plage de Carnac",
        "PHOTO OUEST MATIN / JEAN ROE",
    ),
    (
        "zh-reporter",
        "11月28日，游客在公园内赏梅。新华社记者 王芳 摄",
        "11月28日，游客在公园内赏梅。",
        "新华社记者 王芳 摄",
    ),
    ("zh-photographer", "工人在港口装卸集装箱。 摄影 张伟 摄", "工人在港口装卸集装箱。", "摄影 张伟 摄"),
    (
        "en-outlet-name",
        "Sheep wait in the yards at Wagga Wagga. (Country Hour: Jane Roe)",
        "Sheep wait in the yards at Wagga Wagga.",
        "Country Hour: Jane Roe",
    ),
    (
        "en-supplied",
        "The new lifeboat on its first trip out of the harbour. (Supplied)",
        "The new lifeboat on its first trip out of the harbour.",
        "Supplied",
    ),
    (
        "en-call-sign",
        "Snow covers cars along Main Street in Pinecrest on Tuesday. (WXBN-TV)",
        "Snow covers cars along Main Street in Pinecrest on Tuesday.",
        "WXBN-TV",
    ),
]

NOT_SIGNED = [
    ("de-footer-company", "Harbour Media GmbH - Alle Rechte vorbehalten"),
    ("en-footer-year", "Copyright 2026 Harbour Times Group - All rights reserved"),
    ("fr-footer-year", "Le Courrier du Port 2026. Tous droits réservés"),
    ("it-footer-short", "Gruppo Editoriale - RIPRODUZIONE RISERVATA"),
    ("en-source-bracket", "Unemployment fell to four per cent in the quarter. (Source: Harbour Statistics)"),
    ("en-speech-supplied", "The mayor said the lifeboat would be ready by spring. (Supplied)"),
    ("en-acronym-three", "The figures were published by the health agency. (WHO)"),
    ("en-lowercase-bracket", "The council met again on Tuesday evening. (see below)"),
    ("de-slash-lowercase", "Die Linie wird verlängert. Sie fährt bald bis nach Hanau / RMV"),
    ("fr-bar-lowercase", "Le festival revient en juillet. | photo de famille des bénévoles"),
    ("zh-no-reporter", "该片由张艺谋执导拍摄"),
    ("it-rights-in-sentence", "La riproduzione riservata ai soci è vietata, ricorda il regolamento."),
]


@pytest.mark.parametrize(("text", "caption", "credit"), [r[1:] for r in SIGNED], ids=[r[0] for r in SIGNED])
def test_signed_caption_cuts_the_credit(text: str, caption: str, credit: str) -> None:
    assert signed_caption(text) == (caption, credit)


@pytest.mark.parametrize("text", [r[1] for r in NOT_SIGNED], ids=[r[0] for r in NOT_SIGNED])
def test_footers_and_body_sentences_are_not_signed_captions(text: str) -> None:
    assert signed_caption(text) is None


@pytest.mark.parametrize(("text", "caption", "credit"), [r[1:] for r in SIGNED], ids=[r[0] for r in SIGNED])
def test_the_cleaner_splits_a_signed_caption_between_paragraphs(text: str, caption: str, credit: str) -> None:
    assert credit_candidates([_BEFORE, text, _AFTER]) == [False, True, False]
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{text}\n{_AFTER}")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert text not in article.body


# "(Source: ...)" is the shared pattern's credit label: only signed_caption must refuse it.
_BODY_ROWS = [r for r in NOT_SIGNED if r[0] != "en-source-bracket"]


@pytest.mark.parametrize("text", [r[1] for r in _BODY_ROWS], ids=[r[0] for r in _BODY_ROWS])
def test_the_cleaner_leaves_footers_and_body_sentences(text: str) -> None:
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{text}\n{_AFTER}")
    assert article.captions == ()


@pytest.mark.parametrize("marker", RIGHTS_NOTICES, ids=lambda m: m.lang)
def test_rights_notice_examples_are_rights_lines(marker: object) -> None:
    assert RIGHTS_LINE.fullmatch(marker.example)  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- a rights notice alone on a line

_PARA1 = "Le tram roulera dès l'été prochain jusqu'à Herstal, a annoncé jeudi la Ville de Liège."
_PARA2 = "Le coût total de l'extension est estimé à 190 millions d'euros, financés par la Région."

RIGHTS_PAGES = [
    ("fr-under", [_PARA1, "© Tous droits réservés", "Le pont de Wandre est presque terminé.", _PARA2], 2),
    ("fr-over", [_PARA1, "Le pont de Wandre est presque terminé.", "© Tous droits réservés", _PARA2], 1),
    (
        "de-under",
        [
            "Die Gemeinde hat den Bau der neuen Brücke über die Sulm am Montag beschlossen.",
            "Alle Rechte vorbehalten",
            "Die alte Brücke ist seit Juli gesperrt.",
            "Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein.",
        ],
        2,
    ),
    (
        "it-under",
        [
            "Il nuovo ponte sarà aperto al traffico entro la fine di marzo, ha detto il sindaco.",
            "RIPRODUZIONE RISERVATA",
            "Il cantiere sul fiume Adige a Verona.",
            "I lavori sono costati circa dodici milioni di euro secondo il Comune di Verona.",
        ],
        2,
    ),
]

# Footers: the notice closes the story, names a company or a year, or stands beside a long paragraph.
RIGHTS_FOOTERS = [
    ("fr-footer-last", [_PARA1, _PARA2, "Le tram sera gratuit le premier week-end.", "© Tous droits réservés"]),
    ("de-footer-company", [_PARA1, "© 2026 Harbour Media GmbH. Alle Rechte vorbehalten", "Impressum.", _PARA2]),
    ("en-footer-paragraphs", [_PARA1, "All rights reserved", _PARA2]),
    (
        "en-footer-speech",
        [
            "The harbour will reopen in spring after three years of works on the quay.",
            "All rights reserved",
            "\u201cWe are ready,\u201d the mayor said.",
            "The works cost twelve million pounds, according to the council's own figures.",
        ],
    ),
]


@pytest.mark.parametrize(("lines", "caption_at"), [r[1:] for r in RIGHTS_PAGES], ids=[r[0] for r in RIGHTS_PAGES])
def test_a_rights_notice_beside_a_one_sentence_line_is_its_credit(lines: list[str], caption_at: int) -> None:
    article = newsclean.clean_text("Headline of the story\n" + "\n".join(lines))
    notice = next(t for t in lines if t[0] in "©AR")
    assert [(c.text, c.credit) for c in article.captions] == [(lines[caption_at], notice)]
    assert notice in article.credits


@pytest.mark.parametrize("lines", [r[1] for r in RIGHTS_FOOTERS], ids=[r[0] for r in RIGHTS_FOOTERS])
def test_a_footer_notice_makes_no_caption(lines: list[str]) -> None:
    article = newsclean.clean_text("Headline of the story\n" + "\n".join(lines))
    assert article.captions == ()


# --------------------------------------------------------------------------- weak credits that sign a picture

_BYLINE_BLOCK = ["Councils given money to fix potholes", "By Jane Roe", "Friday 28 November 2026 11:32 GMT", "Share"]
_LEDE = "Local authorities in England will share the money over the next two years, the government said."

LEAD_SLOT = [
    (
        "en-speech",
        "The minister said the money would fix thousands of roads (Jim Poe/PA)",
        "The minister said the money would fix thousands of roads",
        "Jim Poe/PA",
    ),
    (
        "en-plain",
        "Roadworks on the A6 near Derby (Jim Poe/PA Wire)",
        "Roadworks on the A6 near Derby",
        "Jim Poe/PA Wire",
    ),
]


@pytest.mark.parametrize(("text", "caption", "credit"), [r[1:] for r in LEAD_SLOT], ids=[r[0] for r in LEAD_SLOT])
def test_a_bracketed_photographer_credit_under_the_byline_block_signs_the_lead_picture(
    text: str, caption: str, credit: str
) -> None:
    article = newsclean.clean_text("\n".join([*_BYLINE_BLOCK, text, _LEDE, _LEDE]))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]


def test_the_same_line_in_mid_story_needs_a_cue() -> None:
    text = LEAD_SLOT[0][1]
    article = newsclean.clean_text("\n".join([*_BYLINE_BLOCK, _LEDE, text, _LEDE]))
    assert article.captions == ()
    assert text in article.body


def test_a_wire_lede_under_the_byline_block_is_no_caption() -> None:
    lede = "LONDON (Reuters) - Councils will get money to fix roads, the minister said (Jim Poe/PA)"
    article = newsclean.clean_text("\n".join([*_BYLINE_BLOCK, lede, _LEDE]))
    assert article.captions == ()


DASH_AGENCY = [
    ("de-archivbild", "Der Gletscher oberhalb des Dorfes ist in Bewegung. (Archivbild) - keystone", "keystone"),
    ("es-archivo", "Vista del embalse de Mequinenza en verano. (Archivo) - EFE", "EFE"),
    ("en-file", "Traders on the floor of the exchange in Frankfurt. (File) - Reuters", "Reuters"),
]


@pytest.mark.parametrize(("text", "credit"), [r[1:] for r in DASH_AGENCY], ids=[r[0] for r in DASH_AGENCY])
def test_an_agency_after_a_bracketed_picture_note_is_a_credit(text: str, credit: str) -> None:
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{text}\n{_AFTER}")
    assert [c.credit for c in article.captions] == [credit]


def test_an_agency_after_a_dash_ending_prose_stays() -> None:
    text = "Die Behörden ordneten am Freitag die Evakuierung von 120 Personen an. - Keystone"
    article = newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{text}\n{_AFTER}")
    assert article.captions == ()


# --------------------------------------------------------------------------- the lead picture past share buttons

_LEDE_DE = (
    "Seit Juli ist die Brücke über die Sulm für den Verkehr gesperrt. Jetzt steht fest, wann das Provisorium "
    "kommt: Ab 9. Dezember soll eine Behelfsbrücke den Weg wieder freigeben."
)
_LEDE_FR = "Les 45 000 billets du festival, qui se tiendra en juillet, ont trouvé preneur en moins de six heures."

LEAD_PAST_SHARE = [
    (
        "de",
        [
            "Sulmbrücke: Bundesheer baut Behelfsbrücke",
            "Von Jane Roe",
            "27.11.2026, 10:15 Uhr",
            "Teilen",
            "Merken",
            "Die alte Brücke über die Sulm ist seit Juli gesperrt",
            "© Steirerblatt/Jim Poe",
            _LEDE_DE,
            _LEDE_DE,
        ],
        5,
    ),
    (
        "fr",
        [
            "Les billets du festival vendus en six heures",
            "Par Jane Roe",
            "Le 27/11/2026 à 18h12",
            "Partager",
            "Le public de l'édition 2026 devant la grande scène",
            "© Jim Poe / Ouest Matin",
            _LEDE_FR,
            _LEDE_FR,
        ],
        4,
    ),
]


@pytest.mark.parametrize(("lines", "at"), [r[1:] for r in LEAD_PAST_SHARE], ids=[r[0] for r in LEAD_PAST_SHARE])
def test_the_line_over_a_credit_past_the_share_buttons_is_the_lead_caption(lines: list[str], at: int) -> None:
    article = newsclean.clean_text("\n".join(lines))
    assert [c.text for c in article.captions] == [lines[at]]


@pytest.mark.parametrize(("lines", "at"), [r[1:] for r in LEAD_PAST_SHARE], ids=[r[0] for r in LEAD_PAST_SHARE])
def test_without_a_byline_in_the_block_a_headline_shaped_line_needs_a_cue(lines: list[str], at: int) -> None:
    article = newsclean.clean_text("\n".join([lines[0], *lines[3:]]))  # share buttons, but no byline or date
    assert article.captions == ()


# --------------------------------------------------------------------------- a gallery counter opens a caption slot

_PARA_DE = "Die neue Fähre hat am Montag zum ersten Mal in Romanshorn angelegt, wie die Reederei mitteilte."
_PARA_DE2 = "Der Betrieb beginnt im Dezember, die Tickets kosten so viel wie bisher auf der alten Linie."

COUNTER_CAPTIONS = [
    ("de-von", "Bild 3 von 8", "Passagiere auf dem Oberdeck bei der Jungfernfahrt."),
    ("slash", "1 / 12", "Die Fähre legt bei Sonnenaufgang in Romanshorn an."),
    ("en-of", "Photo 2 of 5", "The new ferry arrives in Romanshorn on its first trip."),
    ("es-de", "Foto 2 de 5", "El alcalde inaugura el nuevo puerto deportivo."),
    ("pl-z", "Zdjęcie 3 z 9", "Prom przy nabrzeżu w Świnoujściu."),
]

NOT_COUNTER_CAPTIONS = [
    ("two-sentences", "1 / 12", "Die Fähre legt an. Sie ist neu."),
    ("speech", "Bild 3 von 8", "„Wir sind bereit“, sagte der Kapitän."),
    (
        "long",
        "1 / 12",
        "Die Reederei hat die neue Fähre nach drei Jahren Bauzeit übernommen und will sie ab Dezember "
        "auf der Linie zwischen Romanshorn und Friedrichshafen einsetzen.",
    ),
    ("heading-colon", "Photo 2 of 5", "What happens next:"),
    ("not-a-counter", "Video abspielen", "Die Fähre legt in Romanshorn an."),
]


@pytest.mark.parametrize(("counter", "text"), [r[1:] for r in COUNTER_CAPTIONS], ids=[r[0] for r in COUNTER_CAPTIONS])
def test_the_short_line_under_a_gallery_counter_is_a_caption(counter: str, text: str) -> None:
    article = newsclean.clean_text("\n".join(["Neue Fähre für den Bodensee", _PARA_DE, counter, text, _PARA_DE2]))
    assert [c.text for c in article.captions] == [text]


@pytest.mark.parametrize(
    ("counter", "text"), [r[1:] for r in NOT_COUNTER_CAPTIONS], ids=[r[0] for r in NOT_COUNTER_CAPTIONS]
)
def test_a_paragraph_or_quote_under_a_counter_stays_in_the_body(counter: str, text: str) -> None:
    article = newsclean.clean_text("\n".join(["Neue Fähre für den Bodensee", _PARA_DE, counter, text, _PARA_DE2]))
    assert article.captions == ()
    assert text in article.body


# --------------------------------------------------------------------------- captions without a credit

_P1 = {
    "de": "Um es vorweg zu sagen: Es hat zweimal richtig heftig geregnet, bereut haben wir die Reise trotzdem nicht.",
    "en": "So at a quarter past six I was in the car with a thermos, two cheese sandwiches and a headlamp.",
    "fr": "Le chantier du nouveau pont a duré trois ans et coûté près de quarante millions d'euros à la région.",
    "es": "La primera marcha blanca con pasajeros de la línea se hará en marzo, en un tramo de seis kilómetros.",
    "it": "Il nuovo terminal del porto è stato inaugurato ieri mattina alla presenza del ministro dei trasporti.",
    "pl": "Remont ratusza trwał dwa lata i kosztował miasto ponad dwadzieścia milionów złotych z budżetu.",
    "nl": "De nieuwe kade in de haven is na twee jaar bouwen eindelijk klaar en gaat volgende week open.",
}
_P2 = "Der Rest des Tages verlief ruhig, und am Abend gab es in der Altstadt noch einen kleinen Markt mit Musik."

BARE = [
    ("de-view", "de", "Blick vom Miradouro da Graça auf die Altstadt – zehn Minuten später kam der nächste Schauer."),
    ("en-view", "en", "The view from the ridge just after sunrise. Worth every step."),
    ("fr-view", "fr", "Vue aérienne du nouveau pont sur la Seine"),
    ("es-view", "es", "Vista del patio taller de Bosa al amanecer."),
    ("it-view", "it", "Veduta aerea del nuovo terminal del porto di Genova."),
    ("pl-view", "pl", "Widok na Stare Miasto z wieży ratuszowej."),
    ("nl-view", "nl", "Gezicht op de nieuwe kade van Harlingen."),
    ("es-occasion", "es", "El gerente Andrés Roe, durante un recorrido por el patio taller de Bosa."),
    ("de-occasion", "de", "Bürgermeisterin Jana Roe, während der Eröffnung am Montag."),
    ("fr-occasion", "fr", "Le maire Jean Roe, lors de l'inauguration du pont."),
    ("pl-occasion", "pl", "Prezydent miasta Anna Nowak, podczas otwarcia ratusza."),
]

NOT_BARE = [
    ("en-view-clause", "en", "The view from Washington is that the deal is dead."),
    ("en-view-which", "en", "Views of the committee, which met on Monday, differed sharply."),
    ("de-view-colon", "de", "Blick auf die Zahlen: Der Umsatz stieg um drei Prozent."),
    ("de-view-verb", "de", "Blick in die Zukunft zeigt, wie knapp das Geld wird."),
    ("fr-view-clause", "fr", "Vue de Paris, la crise paraît déjà loin."),
    ("es-view-que", "es", "Vista de lejos, la obra parece que no avanza."),
    ("pl-view-jest", "pl", "Widok na przyszłość jest jednak dobry, mówi burmistrz."),
    ("en-view-speech", "en", "A view of the harbour, the mayor said, was worth the wait."),
    ("es-occasion-clause", "es", "El gerente Andrés Roe, durante un recorrido, anunció nuevas obras."),
    ("en-occasion-clause", "en", "Jane Roe, during her years at the club, scored forty goals."),
    ("de-occasion-speech", "de", "Bürgermeisterin Jana Roe, während der Sitzung: „Wir sind bereit.“"),
    (
        "en-long-view",
        "en",
        "The view from the top of the new tower, which opened on Monday after three years of "
        "building work and two delays, stretches across the whole bay and on a clear day as far as the islands.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), [r[1:] for r in BARE], ids=[r[0] for r in BARE])
def test_a_caption_shaped_line_between_paragraphs_is_a_caption(lang: str, text: str) -> None:
    article = newsclean.clean_text("\n".join(["Ein Tag in Lissabon", _P1[lang], text, _P2]))
    assert [c.text for c in article.captions] == [text]


@pytest.mark.parametrize(("lang", "text"), [r[1:] for r in NOT_BARE], ids=[r[0] for r in NOT_BARE])
def test_a_body_sentence_with_the_same_opening_stays(lang: str, text: str) -> None:
    article = newsclean.clean_text("\n".join(["Ein Tag in Lissabon", _P1[lang], text, _P2]))
    assert article.captions == ()
    assert text in article.body


@pytest.mark.parametrize(("lang", "text"), [r[1:] for r in BARE], ids=[r[0] for r in BARE])
def test_the_shape_alone_is_not_enough_as_the_lede(lang: str, text: str) -> None:
    article = newsclean.clean_text("\n".join(["Ein Tag in Lissabon", text, _P1[lang], _P2]))
    assert article.captions == ()


@pytest.mark.parametrize("marker", VIEW_OPENERS, ids=lambda m: m.lang)
def test_view_opener_examples_open_with_their_marker_and_a_gated_letter(marker: object) -> None:
    example = marker.example  # type: ignore[attr-defined]
    assert VIEW_OPENER.match(example)
    assert example[0] in caption_layouts._VIEW_INITIALS
    assert example[0].swapcase() in caption_layouts._VIEW_INITIALS


@pytest.mark.parametrize("marker", CLAUSE_WORDS, ids=lambda m: m.lang)
def test_clause_word_examples_hold_a_clause_word(marker: object) -> None:
    assert CLAUSE_WORD.search(marker.example)  # type: ignore[attr-defined]


@pytest.mark.parametrize("marker", OCCASION_WORDS, ids=lambda m: m.lang)
def test_occasion_examples_have_the_name_during_shape(marker: object) -> None:
    assert bare_caption_shape(marker.example) == "occasion"  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- a verbless German caption phrase

PHRASES = [
    ("animal", "Ein Wolf im Wildpark Schorfheide. Die Tiere breiten sich weiter nach Westen aus.", True),
    ("place", "Die Elektrolyseanlage im Bremer Industriehafen.", True),
    ("two-nouns", "Der Kai von Bremerhaven am Abend des 27. November.", True),
    ("verb", "Die Tiere breiten sich weiter nach Westen aus.", False),
    ("adjective", "Der neue Kran im Hafen.", False),
    ("adverb", "Das Ergebnis ist deutlich.", False),
    ("no-article", "Wolf im Wildpark Schorfheide.", False),
    ("too-short", "Die Folge.", False),
    (
        "paragraph",
        "Ein Rekordjahr für den Hafen. Die Umschlagszahlen stiegen im Vergleich zum Vorjahr um zwölf "
        "Prozent, bei Containern sogar um fünfzehn Prozent.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in PHRASES], ids=[r[0] for r in PHRASES])
def test_verbless_phrase(text: str, expected: bool) -> None:
    assert verbless_phrase(text) is expected


_WOLF_LEDE = (
    "Potsdam (dpa/bb) - In Brandenburg sind im vergangenen Jahr so viele Wolfsrudel nachgewiesen worden wie nie "
    "zuvor. Das Landesamt zählte 58 Rudel."
)


def test_a_verbless_phrase_under_a_credit_is_its_caption() -> None:
    text = "Ein Wolf im Wildpark Schorfheide. Die Tiere breiten sich weiter nach Westen aus."
    article = newsclean.clean_text("\n".join([_WOLF_LEDE, "Jane Roe/dpa", text, _P2, "Rekord bei Wolfsrudeln"]))
    assert [(c.text, c.credit) for c in article.captions] == [(text, "Jane Roe/dpa")]


def test_a_sentence_with_a_verb_under_a_credit_stays() -> None:
    text = "Die Tiere breiten sich weiter nach Westen aus und erreichen bald Niedersachsen."
    article = newsclean.clean_text("\n".join([_WOLF_LEDE, "Jane Roe/dpa", text, _P2, "Rekord bei Wolfsrudeln"]))
    assert text in article.body


# --------------------------------------------------------------------------- the gate lets every signed caption through

_HOSTILE_SIGNED = [
    "Un pescatore al porto — Riproduzione riservata.",
    "Le port au matin • © TOUS DROITS RÉSERVÉS",
    "Molo w Gdyni nocą. Wszelkie prawa zastrzeżone",
    "Ein Kran im Hafen. Alle Rechte vorbehalten.",
    "Cattle at the yards near Dubbo.  (ABC Rural: Jane de Roe) ",
    "Snow on Main Street. (KXYZ)",
    "The new lifeboat. (Supplied Photo)",
    "工人在港口装卸集装箱。 記者 张伟 攝",
]


@pytest.mark.parametrize("text", _HOSTILE_SIGNED)
def test_hostile_signed_lines_are_marked(text: str) -> None:
    assert signed_caption(text) is not None
    assert credit_candidates([text]) == [True]


def test_every_corpus_and_fixture_line_signed_caption_takes_is_marked() -> None:
    lines = [t for t in text_lines([*corpus_texts(required=False), *fixture_texts()], newline_only=True) if t]
    marks = credit_candidates(lines)
    assert all(marked for text, marked in zip(lines, marks, strict=True) if signed_caption(text) is not None)


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("© Tous droits réservés", True),
        ("TOUS DROITS RÉSERVÉS", True),
        ("Todos los derechos reservados", True),
        ("Alle Rechte vorbehalten", True),
        ("RIPRODUZIONE RISERVATA", True),
        # "serv" alone let prose through the rights mark: service, observers, conservative
        ("The bus service will run every ten minutes from Monday onwards", False),
        ("Observers said the conservative majority had held for a decade", False),
    ],
)
def test_rights_mark_of_the_credit_prefilter(text: str, candidate: bool) -> None:
    from newsclean.text.credit_gates import credit_candidates

    assert credit_candidates(["Ein Absatz der Geschichte.", text]) == [False, candidate]
