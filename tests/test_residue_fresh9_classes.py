"""Residue classes read off the misses of a held-out set (invented-fresh9), each as a rule for the class:
invented lines in several languages, with the body lines of the same shape that must stay body."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text import patterns
from newsclean.text import split_credits as split_credits_module
from newsclean.text.credit_shapes import shouted_name_tail
from newsclean.text.split_credits import credit_text

from .conftest import CORPUS, corpus_lines, fixture_lines, shared_file
from .residue_story import P1, P2, P3, P4, TITLE, between_paragraphs, scan_marked

# --------------------------------------------------------------------------- credit lines without a colon
# A credit alone under its caption in the shapes the credit line lacked: a photo word and a name with no
# colon (French, Italian, Dutch regional papers), a chart's or rendering's label, a handout word after a
# slash, lower-case agencies chained after the photographer. The caption above is taken with it.
CREDIT_LINES = [
    ("fr", "Le maire présente le projet, mercredi à l'hôtel de ville.", "Photo Julien Roe"),
    ("it", "Tecnici al lavoro sulla linea del tram in corso Francia.", "Foto Marco Roe"),
    ("nl", "De nieuwe veerboot in de haven van Vlissingen.", "Beeld Jan de Roe"),
    ("de", "So soll die neue Haltestelle am Hafen aussehen.", "Visualisierung: Stadtwerke Kiel"),
    ("de", "So haben sich die Preise für Fähren seit 2020 entwickelt.", "Grafik: Jana Roe"),
    ("fr", "Le tracé de la future ligne de tramway.", "Infographie : Le Courrier du Port"),
    ("es", "Evolución del precio del billete del ferry desde 2016.", "Infografía: Ana Roe"),
    ("pl", "Spawacze przy pracy w hali stoczni.", "Fot. Stocznia Północna / materiały prasowe"),
    ("de", "Ein Kran am neuen Terminal im Hafen von Kiel.", "Foto: Stadtwerke Kiel/Pressebild"),
    ("en", "The new ferry at the northern quay on Monday.", "Photo: Harbour Ferries / handout"),
    ("de", "Ein Prüfingenieur untersucht einen der Pfeiler der Brücke.", "Sebastian Roe-Lehr/dpa-Zentralbild/dpa"),
    ("de", "Fähren am Nordkai in Kiel am Morgen.", "Jana Roe / epd"),
]
# Prose and headings of the same shapes: a photo word before a lower-case word or before a one-word
# name, a chart label over a sentence, a slash in a sentence about a handout.
CREDIT_LINES_BODY = [
    ("de", "Foto des Tages"),
    ("fr", "Photo du jour"),
    ("en", "Photo Gallery"),
    ("de", "Grafik: So haben sich die Preise für Fähren seit 2020 für die Haushalte entwickelt und verteuert"),
    ("en", "The council sent a handout to residents/visitors on Monday about the new ferry timetable."),
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


# A caption ending in a photographer and chained agencies, a lower-case one among them (dpa's regional
# desks); a sentence naming a person and an agency in prose stays whole.
CHAINED_AGENCY_TAILS = [
    ("de", "Ein Prüfingenieur untersucht den Pfeiler. (Archivbild) Jana Roe-Lehr/dpa-Zentralbild/dpa"),
    ("de", "Radfahrer auf der neuen Brücke am Morgen. Jana Roe/dpa-tmn/dpa"),
    ("en", "Ferries at the northern quay on Monday. Jane Roe/epd/dpa"),
]


@pytest.mark.parametrize(("lang", "line"), CHAINED_AGENCY_TAILS)
def test_chained_agency_credit_is_cut_off_the_caption(lang: str, line: str) -> None:
    caption, credit = line.rsplit(" ", 2)[0], " ".join(line.rsplit(" ", 2)[1:])
    article = between_paragraphs(line)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)], lang


def test_chart_label_over_a_description_keeps_its_source_credit() -> None:
    line = "Grafik: So haben sich die Preise für Fähren seit 2020 entwickelt. Quelle: Hafenverband Nord"
    article = between_paragraphs(line)
    assert [c.credit for c in article.captions] == ["Quelle: Hafenverband Nord"]


# --------------------------------------------------------------------------- a bare agency line under a caption
# One short sentence (20 words at most) above an agency's bare name on its own line, in mid-story (two
# paragraphs before, one after), is a picture's caption: a wire story signs off once, after its last
# paragraph. Speech, a paragraph of two sentences, or a sign-off under the story's last paragraph stay body.
AGENCY_LINE_CAPTIONS = [
    ("it", "Tecnici al lavoro sulla linea aerea nei pressi di corso Francia.", "ANSA"),
    ("sv", "Föräldrar och elever demonstrerade utanför stadshuset före mötet.", "TT NYHETSBYRÅN"),
    ("es", "Vecinos observan el paso del tren desde un puente peatonal.", "EFE"),
    ("pl", "Spawacze przy pracy w hali stoczni w Gdańsku.", "PAP"),
    ("nl", "Medewerkers inspecteren het verzakte stuk dijk bij Vianen.", "ANP"),
    ("en", "Firefighters on the ridge above the town on Friday.", "Reuters"),
]
AGENCY_LINE_BODY = [
    ("it", "Il sindaco ha detto che il ponte riaprirà a marzo.", "ANSA"),
    ("es", "«No es una decisión que nos guste», resumió el síndico de la acequia.", "EFE"),
    ("en", "The council will meet again on Thursday. It is expected to vote on the ferry contract.", "Reuters"),
]


@pytest.mark.parametrize(("lang", "caption", "agency"), AGENCY_LINE_CAPTIONS)
def test_short_sentence_over_a_bare_agency_line_is_its_caption(lang: str, caption: str, agency: str) -> None:
    article = between_paragraphs(caption, agency)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, agency)], lang


@pytest.mark.parametrize(("lang", "line", "agency"), AGENCY_LINE_BODY)
def test_speech_or_paragraph_over_a_bare_agency_line_stays_body(lang: str, line: str, agency: str) -> None:
    article = between_paragraphs(line, agency)
    assert line in article.body, lang
    assert article.captions == ()


@pytest.mark.parametrize(("lang", "caption", "agency"), AGENCY_LINE_CAPTIONS[:3])
def test_agency_under_the_last_paragraph_takes_no_caption(lang: str, caption: str, agency: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, caption, agency)), title=TITLE)
    assert caption in article.body, lang
    assert article.captions == ()


# --------------------------------------------------------------------------- the credit-line shapes' gates
# split_credits asks the new credit-line shapes only on lines its scan marks (``credit_candidates``), and
# each shape only where its literal is (``_credit_line_more``): on every line of the fixtures, the dev
# corpus (when present) and the rows above, a line any shape matches is marked and the gated answer is
# the plain one.
def _plain_more(candidate: str) -> bool:
    return any(
        p.fullmatch(candidate) is not None
        for p in (
            patterns.PHOTO_WORD_NAME,
            patterns.PHOTO_WORD_AGENCY,
            patterns.NAME_SLASH_AGENCIES,
            patterns.NAME_SLASH_HANDOUT,
        )
    )


def _check_more_gates(lines: list[str]) -> int:
    matched = 0
    for line, mark in scan_marked(lines):
        candidate = credit_text(line)
        plain = _plain_more(candidate)
        assert split_credits_module._credit_line_more(candidate) == plain, line
        if plain:
            matched += 1
            assert mark, line
        if patterns.NAME_AGENCIES_TAIL.search(line) is not None or patterns.PHOTO_INITIALS.search(line) is not None:
            assert mark, line
    return matched


def test_new_credit_shapes_are_gated_like_the_plain_patterns_on_rows_and_fixtures() -> None:
    rows = [credit for _, _, credit in CREDIT_LINES] + [line for _, line in (*CREDIT_LINES_BODY, *CHAINED_AGENCY_TAILS)]
    rows += [f"{caption} {credit}." for _, caption, credit in PHOTO_INITIALS_CAPTIONS]
    assert _check_more_gates(rows) >= len(CREDIT_LINES) - 4  # the chart labels are CREDIT_LINE's
    _check_more_gates(list(fixture_lines(newline_only=True)))


def test_new_credit_shapes_are_gated_like_the_plain_patterns_on_the_dev_corpus() -> None:
    shared_file(CORPUS)
    _check_more_gates(list(corpus_lines(required=False, newline_only=True)))


# --------------------------------------------------------------------------- ad labels in Flemish and Czech
AD_LABELS = [("nl", "Reclame"), ("nl", "RECLAME"), ("nl", "Publiciteit"), ("cs", "Inzerce"), ("cs", "Reklamní sdělení")]
AD_WORDS_IN_PROSE = [
    ("nl", "De reclame voor de nieuwe veerboot hing wekenlang in het station van Vlissingen."),
    ("cs", "Inzerce v místních novinách stála radnici loni přes dvě stě tisíc korun."),
]


@pytest.mark.parametrize(("lang", "line"), AD_LABELS)
def test_ad_label_alone_is_removed(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.body == (P1, P2, P3, P4), lang
    assert [r.rule for r in article.removed] == ["strip_ad_markers"]


@pytest.mark.parametrize(("lang", "line"), AD_WORDS_IN_PROSE)
def test_ad_word_in_prose_stays(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- the article's tools
# Share by mail, copy the link, print, listen, write to the newsroom: whole lines in the languages the
# chrome lacked. The same verbs in a sentence stay.
TOOL_LINES = [
    ("fr", "Envoyer par mail"),
    ("fr", "Copier le lien"),
    ("es", "Copiar enlace"),
    ("pt", "Copiar link"),
    ("pt", "Compartilhe:"),
    ("pt", "Partilhar no Facebook"),
    ("pt", "Partilhar por email"),
    ("de", "Jetzt teilen"),
    ("sv", "Kopiera länk"),
    ("sv", "Lyssna"),
    ("cs", "Tisk"),
    ("cs", "Zkopírovat odkaz"),
    ("it", "Stampa"),
    ("it", "Scrivi alla redazione"),
    ("ru", "ВКонтакте"),
    ("pl", "Skopiuj link"),
]
TOOL_WORDS_IN_PROSE = [
    ("de", "Die beiden Städte wollen die Kosten für den neuen Kai teilen, sagte der Bürgermeister."),
    ("it", "La Stampa ha pubblicato ieri l'intervista al presidente del porto di Genova."),
    ("sv", "Lyssna på hamnarbetarna, sade oppositionsrådet på onsdagen."),
    ("fr", "Il faut copier le lien reçu par courriel pour s'inscrire, précise la mairie."),
]


@pytest.mark.parametrize(("lang", "line"), TOOL_LINES)
def test_article_tool_alone_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((TITLE, line, P1, P2, P3, P4)), title=TITLE)
    assert line not in article.body, lang
    assert article.body == (P1, P2, P3, P4)


@pytest.mark.parametrize(("lang", "line"), TOOL_WORDS_IN_PROSE)
def test_tool_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- related-stories and topic headings
# A related-stories heading in the wordings the teaser lines lacked goes with the story links under it;
# a topic list's heading ("Meer over", "Témata:") goes with its topics. A sentence opening with the same
# words stays.
LINK_1 = "Ferry operator orders two electric boats for the northern route"
LINK_2 = "Harbour fees to rise by four per cent from January"
RELATED_HEADINGS = [
    ("de", "Lesen Sie mehr zum Thema"),
    ("es", "Más información"),
    ("cs", "Související"),
    ("cs", "Nejčtenější"),
    ("it", "Da non perdere"),
    ("es", "Recomendaciones"),
    ("sv", "Mer från TT"),
    ("fr", "Le Courrier du Port vous recommande"),
    ("ru", "Все новости"),
]
TOPIC_HEADINGS = [("nl", "Meer over"), ("cs", "Témata:"), ("sv", "Ämnen"), ("cs", "Štítky")]
HEADING_WORDS_IN_PROSE = [
    ("es", "Más información sobre el nuevo horario de los ferris se publicará en enero."),
    ("nl", "Meer over de nieuwe veerboot maakt het waterschap volgende week bekend."),
    ("fr", "Le conseil municipal vous recommande de prendre le bus pendant les travaux."),
]


@pytest.mark.parametrize(("lang", "heading"), RELATED_HEADINGS)
def test_related_heading_goes_with_its_links(lang: str, heading: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, heading, LINK_1, LINK_2)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "heading"), RELATED_HEADINGS[:4])
def test_related_heading_in_mid_story_takes_its_link(lang: str, heading: str) -> None:
    article = between_paragraphs(heading, LINK_1)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "heading"), TOPIC_HEADINGS)
def test_topic_heading_goes_with_its_topics(lang: str, heading: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, heading, "Harbour", "Ferries", "Budget")), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), HEADING_WORDS_IN_PROSE)
def test_heading_words_opening_a_sentence_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- comments, cookie banners, footer links
# Whole lines of a site's frame in the languages the chrome lacked. The same words inside a sentence stay.
SITE_LINES = [
    ("en", "Join the conversation. Please keep comments civil and on topic."),
    ("de", "Diskutieren Sie mit uns"),
    ("cs", "Diskuse (12)"),
    ("cs", "Přidat komentář"),
    ("cs", "Přihlaste se, abyste mohli diskutovat."),
    ("sv", "Kommentera artikeln"),
    ("sv", "Vi använder cookies för att ge dig en bättre upplevelse. Genom att fortsätta godkänner du det."),
    ("es", "Aviso de cookies: utilizamos cookies propias y de terceros para mejorar nuestros servicios."),
    ("cs", "Používáme soubory cookies, abychom vám mohli nabídnout lepší služby."),
    ("sv", "Godkänn"),
    ("sv", "Cookieinställningar"),
    ("cs", "Nastavení souhlasu"),
    ("sv", "Om oss"),
    ("sv", "Annonsera hos oss"),
    ("cs", "Kontakty"),
    ("cs", "Ochrana osobních údajů"),
    ("pt", "Fale com a Ouvidoria"),
    ("pt", "Acessibilidade"),
    ("de", "Lizenzierungsangebote"),
    ("de", "Zur MT-Startseite"),
]
SITE_WORDS_IN_PROSE = [
    ("en", "Residents were invited to join the conversation about the quay at a meeting on Monday evening."),
    ("sv", "Om oss som bor vid hamnen har ingen frågat, säger en av grannarna till TT."),
    ("de", "Die Stadtwerke verwenden Cookies nicht, teilte ein Sprecher auf Anfrage mit."),
    ("pt", "A ouvidoria da prefeitura recebeu 240 queixas sobre os ônibus na última semana."),
]


@pytest.mark.parametrize(("lang", "line"), SITE_LINES)
def test_site_frame_line_after_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), SITE_WORDS_IN_PROSE)
def test_site_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- a wire story's footer and desk byline
# Under the last paragraph: the editor's credit, the desk's initials, the end word, a pointer to the
# agency's coverage or full text. Above the first: the newsroom as the byline. A sentence with the same
# words stays.
WIRE_FOOTER_LINES = [
    ("pt", "Edição: Valéria Roe Prado"),
    ("en", "Edited by Jane Roe"),
    ("pl", "Redakcja: Jan Kowal"),
    ("pt", "HFL // JMR"),
    ("pl", "Koniec."),
    ("pt", "Lusa/Fim"),
    ("en", "Follow AP's coverage of wildfires at https://apnews.example/hub/wildfires"),
    ("it", "Leggi l'articolo completo su ANSA.it"),
    ("fr", "Lire l'article complet sur lecourrierduport.example"),
]
NEWSROOM_BYLINES = [
    ("nl", "Door onze redactie"),
    ("de", "Von unserer Redaktion"),
    ("fr", "Par la rédaction"),
    ("es", "Por la redacción"),
]
WIRE_WORDS_IN_PROSE = [
    ("pt", "A edição deste ano da feira do livro de Lisboa recebeu 900 mil visitantes, segundo a organização."),
    ("pl", "Koniec prac na nabrzeżu planowany jest na wiosnę, poinformował zarząd portu."),
    ("en", "Residents can follow the council's coverage of the vote on the city's website, a spokesman said."),
]
SWEDISH_READ_MORE = "Läs mer: Skolnedläggningar i hela Skåne – här är listan"


@pytest.mark.parametrize(("lang", "line"), WIRE_FOOTER_LINES)
def test_wire_footer_under_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), NEWSROOM_BYLINES)
def test_newsroom_byline_is_removed(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((TITLE, line, P1, P2, P3, P4)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), WIRE_WORDS_IN_PROSE)
def test_wire_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


def test_swedish_read_more_link_between_paragraphs_goes() -> None:
    assert between_paragraphs(SWEDISH_READ_MORE).body == (P1, P2, P3, P4)


# --------------------------------------------------------------------------- a link box between paragraphs
# With no given title, a headline-shaped line under a related-stories heading between paragraphs is a
# link to another story, never the headline: the headline printed after the lede still wins.
LEDE = (
    "Die Stadtwerke haben den Start der neuen Fährlinie zum Nordkai erneut verschoben: Statt im Sommer "
    "sollen die ersten Fahrgäste nun frühestens im Frühjahr 2028 übersetzen."
)
HEADLINE = "Fährlinie zum Nordkai kommt ein Jahr später und wird teurer"
REST = (
    "Grund seien Verzögerungen bei der Lieferung der Fähren und aufwendige Untersuchungen des Hafenbeckens, "
    "teilte das Unternehmen am Mittwoch mit.",
    "Die Kosten steigen demnach von 58 auf rund 71 Millionen Euro, wie ein Sprecher der Stadtwerke sagte.",
    "Die Fähren sollen ohne Diesel fahren und ihre Energie aus Batterien beziehen, die am Kai geladen werden.",
)
BOX_HEADINGS = [("de", "Mehr zum Thema"), ("es", "Más información"), ("en", "Related Coverage")]


@pytest.mark.parametrize(("lang", "heading"), BOX_HEADINGS)
def test_link_under_a_related_heading_between_paragraphs_is_no_headline(lang: str, heading: str) -> None:
    link = "Nordkai-Fähre: Stadtwerke verschieben Start erneut"
    text = "\n".join((LEDE, HEADLINE, REST[0], heading, link, *REST[1:]))
    article = newsclean.clean_text(text)
    assert article.title == HEADLINE, lang
    assert link not in article.body


# --------------------------------------------------------------------------- a photographer's name in capitals
# "... en Usera. INÉS ROE": Spanish and Portuguese national papers sign their own pictures with the
# photographer's name in capitals after the caption's full stop. An agency in capitals (the wire's
# sign-off), acronyms (no word of five letters), a link label in capitals, or speech before the name stay.
SHOUTED_NAME_CAPTIONS = [
    ("es", "Lucía Roe, en la terraza del piso compartido donde vive, en Usera.", "INÉS ROEDANO"),
    ("es", "Vecinos en la plaza del barrio de Lavapiés, en Madrid, el pasado martes.", "JAIME ROELAS DE LA VEGA"),
    ("pt", "Passageiros na estação do Marquês de Pombal, em Lisboa.", "RUI ROEIRO CRUZ"),
    ("it", "Il porto di Genova all'alba di lunedì.", "MARCO ROSSINI"),
]
SHOUTED_TAILS_BODY = [
    ("es", "La cumbre terminó sin acuerdo sobre el puerto. ONU Y OTAN"),
    ("es", "El Gobierno aprobó el decreto del puerto el martes. EUROPA PRESS"),
    ("es", "«No habrá más retrasos», dijo el alcalde en el pleno. JUAN ROE"),
    ("es", "El pleno aprobó el presupuesto del puerto. LEER MÁS"),
    ("en", "Best gifts for harbour workers under $50 on A... SEE FULL GALLERY"),
]


@pytest.mark.parametrize(("lang", "caption", "credit"), SHOUTED_NAME_CAPTIONS)
def test_name_in_capitals_after_the_caption_is_its_credit(lang: str, caption: str, credit: str) -> None:
    article = between_paragraphs(f"{caption} {credit}")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)], lang


@pytest.mark.parametrize(("lang", "line"), SHOUTED_TAILS_BODY)
def test_acronyms_agencies_links_or_speech_in_capitals_are_no_photographer(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert all(c.credit is None or ("ROE" not in c.credit and "OTAN" not in c.credit) for c in article.captions), lang
    assert "caption ending in the photographer's name in capitals" not in {r.reason for r in article.findings}


def test_only_lines_ending_in_a_capital_can_end_in_a_name_in_capitals() -> None:
    # split_credits tries ``shouted_name_tail`` only where the line's last character is a capital.
    rows = [f"{caption} {credit}" for _, caption, credit in SHOUTED_NAME_CAPTIONS]
    lines = rows + [ln.strip() for ln in fixture_lines(newline_only=True)]
    for line in lines:
        if line and shouted_name_tail(line) is not None:
            assert line[-1].isupper(), line


# --------------------------------------------------------------------------- a paywall box's offer
PAYWALL_OFFERS = [
    ("fr", "1 € le premier mois, sans engagement"),
    ("fr", "Je m'abonne"),
    ("fr", "Voir les offres"),
    ("es", "1 € el primer mes"),
    ("de", "Zu den Angeboten"),
]
OFFER_WORDS_IN_PROSE = [
    ("fr", "Le premier mois, la ligne a transporté 12 000 voyageurs, selon la métropole."),
    ("es", "Los comerciantes dicen que verán las ofertas del ayuntamiento antes de decidir."),
]


@pytest.mark.parametrize(("lang", "line"), PAYWALL_OFFERS)
def test_paywall_offer_after_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), OFFER_WORDS_IN_PROSE)
def test_offer_words_in_prose_stay(lang: str, line: str) -> None:
    assert line in between_paragraphs(line).body, lang


# --------------------------------------------------------------------------- a photo word, the paper, initials
PHOTO_INITIALS_CAPTIONS = [
    ("fr", "Le commerçant devant sa boutique du cours Lafayette.", "Photo RM/É.M"),
    ("fr", "Le pont Lafayette au petit matin. |", "Photo Progrès/J.-L.R"),
    ("it", "Il molo nord di Genova all'alba.", "Foto GdL/M.R"),
]


@pytest.mark.parametrize(("lang", "caption", "credit"), PHOTO_INITIALS_CAPTIONS)
def test_photo_paper_and_initials_are_cut_off_the_caption(lang: str, caption: str, credit: str) -> None:
    article = between_paragraphs(f"{caption} {credit}.")
    assert [(c.text, c.credit) for c in article.captions] == [(caption.rstrip(" |"), credit)], lang


def test_photo_initials_mid_sentence_stay() -> None:
    line = "Le cliché signé Photo RM/É.M. a été publié lundi dans le journal municipal de la ville."
    assert line in between_paragraphs(line).body


# --------------------------------------------------------------------------- the headline at the page's foot
# With no given title, the page's very last line agreeing strongly with the lede is the headline printed
# again at the foot, even under a link box; a last link about another story stays a link.
FOOT_BOX = ("Lees ook", "Nieuwe regeling voor schade aan dijken langs de rivieren", "Reacties (57)")
FOOT_LEDE = (
    "Bewoners van ruim 4200 huizen langs de Lekdijk die nog op een beslissing over versterking wachten, krijgen "
    "vóór 1 juli 2027 duidelijkheid, heeft de staatssecretaris woensdag aan de Tweede Kamer geschreven."
)
FOOT_REST = (
    "Volgens de brief is de achterstand in de beoordelingen sinds begin dit jaar met ongeveer een derde teruggebracht.",
    "De Tweede Kamer debatteert op 10 december over de versterking van de dijken langs de Lek.",
)
FOOT_HEADLINE = "Duidelijkheid voor 4200 bewoners langs Lekdijk over versterking vóór juli 2027"


def test_headline_on_the_last_line_under_a_link_box_is_the_title() -> None:
    article = newsclean.clean_text("\n".join((FOOT_LEDE, *FOOT_REST, *FOOT_BOX, FOOT_HEADLINE)))
    assert article.title == FOOT_HEADLINE


def test_last_link_about_another_story_is_no_title() -> None:
    last = "Kerstmarkt in Vianen gaat wel door ondanks afsluiting van de weg"
    article = newsclean.clean_text("\n".join((FOOT_LEDE, *FOOT_REST, *FOOT_BOX, last)))
    assert article.title != last


# --------------------------------------------------------------------------- a licence notice
LICENCE_LINES = [("pt", "Creative Commons - CC BY 3.0"), ("en", "CC BY-SA 4.0"), ("pt", "Licença: CC BY-NC")]


@pytest.mark.parametrize(("lang", "line"), LICENCE_LINES)
def test_licence_notice_after_the_story_is_chrome(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, P4, line)), title=TITLE)
    assert article.body == (P1, P2, P3, P4), lang


def test_licence_in_a_sentence_stays() -> None:
    line = "Creative Commons licences let newspapers republish the agency's photographs free of charge."
    assert line in between_paragraphs(line).body
