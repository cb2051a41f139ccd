"""Residue classes read off the misses of a held-out set (invented-fresh10), each as a rule for the class:
invented lines in several languages, with the body lines of the same shape that must stay body."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text import patterns
from newsclean.text import split_credits as split_credits_module
from newsclean.text.split_credits import credit_text

from .conftest import CORPUS, corpus_lines, fixture_lines, shared_file
from .residue_story import P1, P2, P3, P4, TITLE, between_paragraphs, scan_marked

# --------------------------------------------------------------------------- credit lines: photo word + agency
# A credit alone under its caption: a photo word and an agency with no colon between them (French,
# Italian, Dutch papers signing wire pictures), and "Gentileza" before the giver (Argentine, Uruguayan
# and Brazilian papers). The caption above is taken with it.
CREDIT_LINES = [
    ("fr", "Des sacs-poubelle s'accumulent dans une rue du Panier, à Marseille, le 3 novembre.", "Photo AFP"),
    ("it", "Passeggeri in attesa alla stazione di Porta Nuova, a Torino.", "Foto ANSA"),
    ("nl", "De nieuwe fietsenstalling onder het plein bij het station.", "Beeld ANP"),
    ("fr", "Le port de Sète sous la neige, mardi matin.", "photo AFP"),
    ("es", "Las hojas destrozadas por el granizo en una finca de Tunuyán, el martes.", "Gentileza Bodega Los Roe"),
    ("es", "El puente colgante sobre el río, poco antes de la crecida.", "Foto gentileza de la familia Roe"),
    ("pt", "A nova ponte sobre o rio Capibaribe, no Recife, na segunda-feira.", "Imagem gentileza da Prefeitura"),
]
# Prose and headings with the same words: a photo word before a common noun, kindness in a sentence.
CREDIT_LINES_BODY = [
    ("fr", "Photo souvenir"),
    ("it", "Foto ricordo"),
    ("es", "La gentileza de los vecinos sorprendió a los bomberos, que llegaron de madrugada."),
    ("pt", "Gentileza gera gentileza, diz o muro pintado pelo artista no centro da cidade."),
    ("fr", "Photo AFP à la une de tous les journaux du pays, l'image a fait le tour du monde."),
]


@pytest.mark.parametrize(("lang", "caption", "credit"), CREDIT_LINES)
def test_credit_line_takes_the_caption_above(lang: str, caption: str, credit: str) -> None:
    article = between_paragraphs(caption, credit)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)], lang
    assert article.body == (P1, P2, P3, P4)


@pytest.mark.parametrize(("lang", "line"), CREDIT_LINES_BODY)
def test_credit_words_in_prose_or_headings_are_no_credit(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.credits == (), lang
    assert line in article.body, lang


def test_courtesy_credit_after_the_caption_is_cut_off() -> None:
    article = between_paragraphs("La finca quedó destruida por el granizo. Gentileza del municipio")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("La finca quedó destruida por el granizo.", "Gentileza del municipio")
    ]


# The new shape is asked only on lines split_credits' scan marks, and only where its literal (a photo
# word first) is: on the rows, the fixtures and the dev corpus (when present) the gated answer is the
# plain one and every matching line is marked.
def _check_gates(lines: list[str]) -> int:
    matched = 0
    for line, mark in scan_marked(lines):
        candidate = credit_text(line)
        if patterns.PHOTO_WORD_AGENCY.fullmatch(candidate) is not None:
            matched += 1
            assert mark, line
            assert "/" in candidate or split_credits_module._credit_line_more(candidate), line
    return matched


def test_photo_word_agency_is_gated_like_the_plain_pattern() -> None:
    rows = [credit for _, _, credit in CREDIT_LINES] + [line for _, line in CREDIT_LINES_BODY]
    assert _check_gates(rows) == 4
    _check_gates(list(fixture_lines(newline_only=True)))


def test_photo_word_agency_is_gated_like_the_plain_pattern_on_the_dev_corpus() -> None:
    shared_file(CORPUS)
    _check_gates(list(corpus_lines(required=False, newline_only=True)))


# --------------------------------------------------------------------------- a phrase over a credit between paragraphs
# Agencies and regional papers print captions as phrases without a full stop: over a credit, straight
# between two paragraphs of the story, such a phrase of seven words or more is the caption. A subheading
# (six words or fewer, a comma, figures, a question's first word, capitals) or a phrase with chrome
# between it and the paragraphs stays.
PHRASE_CAPTIONS = [
    ("de", "Aufräumarbeiten an der Landesstraße im hinteren Pitztal", "APA/Jana Roe"),
    ("en", "Archaeologists work inside the burial chamber beneath a car park", "HANDOUT / Heritage Institute / AFP"),
    ("it", "Il sindaco durante la presentazione del progetto in municipio", "Foto Marco Roe"),
    ("fr", "Des agents de collecte devant le dépôt de la Madrague mardi matin", "Photo: Jean Roe"),
    ("pl", "Mieszkańcy przy lipach na ulicy Żuławskiej w Gdańsku", "Fot. Jan Kowal"),
    ("es", "Los vecinos del barrio durante la protesta frente al ayuntamiento", "Foto: Ana Roe"),
]
PHRASES_THAT_STAY = [
    ("de", "Was sich jetzt für Pendler ändert", "Foto: Jana Roe"),  # a short subheading
    ("nl", "De belangrijkste veranderingen voor reizigers in 2027", "Foto: Jan de Roe"),  # ends in a number
    ("en", "HARBOUR FERRIES AND THE NEW BUDGET PLAN", "Photo: Jane Roe"),  # capitals only
    ("sv", "Så ska trafiken fungera i vinter", "Foto: Jan Roe/TT"),  # a short subheading
    ("es", "Qué cambia para los vecinos del puerto y del centro", "Foto: Ana Roe"),  # a question without "?"
    ("en", "Budget passes, harbour waits for the new cranes", "Photo: Jane Roe"),  # a comma
    ("pl", "Rada Miasta za projektem w dwóch głosowaniach 12 do 3", "Fot. Jan Kowal"),  # figures
]


@pytest.mark.parametrize(("lang", "caption", "credit"), PHRASE_CAPTIONS)
def test_phrase_over_a_credit_between_paragraphs_is_the_caption(lang: str, caption: str, credit: str) -> None:
    article = between_paragraphs(caption, credit)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)], lang
    assert article.body == (P1, P2, P3, P4)


@pytest.mark.parametrize(("lang", "line", "credit"), PHRASES_THAT_STAY)
def test_subheading_over_a_credit_stays(lang: str, line: str, credit: str) -> None:
    article = between_paragraphs(line, credit)
    assert article.captions == (), lang
    assert line in article.body, lang


def test_phrase_under_chrome_is_no_caption() -> None:
    # A related-stories heading over a link, then a gallery's credit: the link is no caption.
    article = between_paragraphs("Read more", "Harbour ferries to run a new timetable from March", "Photo: Jane Roe")
    assert all(c.text != "Harbour ferries to run a new timetable from March" for c in article.captions)


def test_phrase_at_the_story_end_needs_a_paragraph_below() -> None:
    text = "\n".join((P1, P2, P3, "Aufräumarbeiten an der Landesstraße im hinteren Pitztal", "Foto: Jana Roe"))
    article = newsclean.clean_text(text, title=TITLE)
    assert article.captions == ()


# --------------------------------------------------------------------------- topic lists
# The topic list under the story, labelled in the words the chrome lacked, its topics in any case.
TOPIC_LINES = [
    ("en", "Topics: wildlife, koalas, road-transport, kempsey-2440"),
    ("it", "Tag: Napoli, funicolare, trasporti"),
    ("sv", "Ämnen: Göteborg, Kollektivtrafik"),
    ("cs", "Témata: Brno, doprava, lávky"),
    ("no", "Emner: Oslo, trafikk, kollektivtransport"),
    ("da", "Emneord: København, cykler"),
    ("ro", "Etichete: Cluj-Napoca, transport public"),
    ("tr", "Etiketler: İzmir, ulaşım, sahil yolu"),
    ("nl", "Trefwoorden: Utrecht, fietsen, stalling"),
]
# The same words in a sentence, or a label over one phrase, stay.
TOPIC_WORDS_IN_PROSE = [
    ("en", "Topics: the council will discuss the budget on Monday."),
    ("de", "Tag: Montag, 3. März, ab 9 Uhr im Rathaus am Hafen."),
    ("sv", "Ämnen som skolan och vården diskuterades länge, säger ordföranden."),
]


@pytest.mark.parametrize(("lang", "line"), TOPIC_LINES)
def test_topic_list_after_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), TOPIC_WORDS_IN_PROSE)
def test_topic_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- share, follow and newsletter prompts
# Under the story: share and follow prompts, news sent to a phone, a newsletter's sign-up call, in the
# wordings the chrome lacked. The same words in a sentence stay.
PROMPT_LINES = [
    ("cs", "Sdílet na Facebooku"),
    ("cs", "Sdílejte článek"),
    ("tr", "Bu haberi paylaşın"),
    ("ro", "Urmăriți-ne pe Google News"),
    ("no", "Følg oss på Facebook"),
    ("sv", "Följ oss på Instagram"),
    ("cs", "Sledujte nás na X"),
    ("tr", "Bizi sosyal medyada takip edin"),
    ("pt", "Receba as notícias da Agência Brasil no seu WhatsApp"),
    ("es", "Recibí las noticias de tu provincia en tu celular"),
    ("es", "Suscribite al newsletter de Economía y recibí las noticias más importantes del agro cada lunes."),
    ("fr", "Abonnez-vous à notre infolettre pour recevoir l'essentiel de l'actualité régionale chaque matin."),
    ("en", "Get our local newsletter, delivered free each Friday"),
]
PROMPT_WORDS_IN_PROSE = [
    ("cs", "Sdílet auta chce podle průzkumu jen malá část obyvatel Brna, uvedl mluvčí."),
    ("sv", "Följ oss inte blint, sa kommunalrådet till de församlade på tisdagen."),
    ("en", "Get our local council to listen, the residents said, and the ferries will run again."),
    ("pt", "Receba quem receber, o prefeito disse que a ponte abrirá em março no seu prazo."),
]


@pytest.mark.parametrize(("lang", "line"), PROMPT_LINES)
def test_prompt_after_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), PROMPT_WORDS_IN_PROSE)
def test_prompt_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- timestamps
# The story's timestamp in the shapes the chrome lacked: a numeric date with dashes or spaced dots, a
# "published today" note, a month-first date with a time zone's offset. A date in a sentence stays.
TIMESTAMP_LINES = [
    ("nl", "04-11-2026, 16:20"),
    ("cs", "5. 11. 2026 14:05"),
    ("cs", "5. 11. 2026 v 14:05"),
    ("fr", "Publié aujourd'hui à 10h14"),
    ("es", "Publicado hoy a las 09:30"),
    ("sv", "Publicerad idag kl 08.14"),
    ("en", "November 3, 2026 7:48 AM GMT+1 Updated 2 hours ago"),
    ("en", "Nov 3, 2026 7:48 AM UTC+2"),
]
TIMESTAMP_WORDS_IN_PROSE = [
    ("nl", "Op 04-11-2026 om 16:20 sloot de stalling voor het eerst vroeger, meldt de gemeente."),
    ("fr", "Publié aujourd'hui à 10h14, le rapport du préfet a surpris les élus du port."),
]


@pytest.mark.parametrize(("lang", "line"), TIMESTAMP_LINES)
def test_timestamp_under_the_headline_is_removed(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((TITLE, line, P1, P2, P3, P4)))
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), TIMESTAMP_WORDS_IN_PROSE)
def test_timestamp_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- error reports, paywalls, cookies
# A page's frame in the languages the chrome lacked: the error-report call (a question), the paywall's
# "to continue reading" with the subscription after it, the cookie banner, a gallery's counter with the
# word for "of". The same words in a sentence stay.
FRAME_LINES = [
    ("fr", "Vous avez trouvé une erreur? Merci de nous la signaler."),
    ("en", "Found an error? Let us know."),
    ("es", "¿Has encontrado un error? Avísanos."),
    ("it", "Hai trovato un errore? Segnalacelo."),
    ("it", "Per continuare a leggere abbonati a soli 1 euro al mese"),
    ("fr", "Pour continuer à lire cet article, abonnez-vous."),
    ("es", "Para seguir leyendo, suscribite."),
    ("pl", "Ten serwis wykorzystuje pliki cookies. Korzystanie z witryny oznacza zgodę na ich zapis."),
    ("cs", "Tento web používá soubory cookies."),
    ("ro", "Acest site folosește cookie-uri."),
    ("it", "1 di 6"),
    ("pl", "1 z 14"),
    ("fr", "2 sur 9"),
]
FRAME_WORDS_IN_PROSE = [
    ("en", "To continue reading the signals, the engineers installed new sensors along the quay."),
    ("it", "Hai trovato un errore nel bilancio, ha chiesto il consigliere."),
    ("pl", "Strona internetowa używa nowego systemu rezerwacji, wyjaśnił rzecznik."),
    ("es", "Ganaron 3 de 12 partidos en la temporada, recordó el entrenador."),
]


@pytest.mark.parametrize(("lang", "line"), FRAME_LINES)
def test_frame_line_after_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), FRAME_WORDS_IN_PROSE)
def test_frame_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


@pytest.mark.parametrize("counter", ["1 di 6", "1 / 6", "Zobacz galerię"])
def test_phrase_under_the_pictures_placeholder_is_the_caption(counter: str) -> None:
    caption = "L'assessora durante la presentazione del progetto in municipio"
    article = between_paragraphs(counter, caption, "Foto Marco Roe")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Foto Marco Roe")]
    assert article.body == (P1, P2, P3, P4)


# --------------------------------------------------------------------------- a wire's notices under the story
# The programme that paid for the story, the abridged-for-the-web notice. A sentence about who wrote or
# produced a story stays.
WIRE_NOTICES = [
    ("fr", "Ce contenu a été produit dans le cadre du programme de journalisme local de La Presse Canadienne."),
    ("en", "This story was produced with the financial assistance of the Local Journalism Initiative."),
    ("tr", "Bu sayfadaki haberler, abonelere sunulan AA servisinden kısaltılarak yayımlanır."),
]
WIRE_NOTICE_WORDS_IN_PROSE = [
    ("fr", "Ce contenu a été produit par des élèves du lycée, qui ont interrogé les habitants du port."),
    ("en", "This story was written by a retired ferry captain who sailed the route for forty years."),
]


@pytest.mark.parametrize(("lang", "line"), WIRE_NOTICES)
def test_wire_notice_under_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), WIRE_NOTICE_WORDS_IN_PROSE)
def test_wire_notice_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- an archive credit after the caption
# "... del río Turia. - EUROPA PRESS - Archivo": after the caption's full stop and a spaced dash, an
# agency and its archive word (Europa Press, Lusa). Without the sentence's end or the archive word, or
# with more words after it, the line stays as it is.
ARCHIVE_TAILS = [
    (
        "es",
        "Un usuario circula en patinete por el antiguo cauce del río Turia. - EUROPA PRESS - Archivo",
        "Un usuario circula en patinete por el antiguo cauce del río Turia.",
        "EUROPA PRESS - Archivo",
    ),
    (
        "pt",
        "Um barco no porto de Lisboa ao fim da tarde. - Lusa - Arquivo",
        "Um barco no porto de Lisboa ao fim da tarde.",
        "Lusa - Arquivo",
    ),
]
ARCHIVE_TAILS_BODY = [
    ("es", "El alcalde dijo que la obra terminará en marzo. - Europa Press - Archivo de la ciudad"),
    ("es", "El archivo de Europa Press - Archivo histórico guarda las fotos del puerto desde 1957."),
]


@pytest.mark.parametrize(("lang", "line", "caption", "credit"), ARCHIVE_TAILS)
def test_agency_archive_credit_is_cut_off_the_caption(lang: str, line: str, caption: str, credit: str) -> None:
    article = between_paragraphs(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)], lang


@pytest.mark.parametrize(("lang", "line"), ARCHIVE_TAILS_BODY)
def test_archive_words_without_the_shape_stay(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.credits == (), lang
    assert line in article.body, lang


def _check_archive_gate(lines: list[str]) -> None:
    for line, mark in scan_marked(lines):
        if patterns.AGENCY_ARCHIVE_TAIL.search(line) is not None:
            assert mark, line


def test_agency_archive_tail_is_gated_on_rows_fixtures_and_corpus() -> None:
    _check_archive_gate([line for _, line, _, _ in ARCHIVE_TAILS] + [line for _, line in ARCHIVE_TAILS_BODY])
    _check_archive_gate(list(fixture_lines(newline_only=True)))
    shared_file(CORPUS)
    _check_archive_gate(list(corpus_lines(required=False, newline_only=True)))
