"""Residue classes read off the misses of a held-out set (invented-fresh8), each as a rule for the class:
invented lines in several languages, with the body sentences of the same shape that must stay body."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.document import Document
from newsclean.text.split_credits import is_credit_line

from .residue_story import P1, P2, P3, P4, TITLE, between_paragraphs

# --------------------------------------------------------------------------- a phrase, a dash, an agency
# Between paragraphs, a phrase with no sentence's end and a dash before a bare agency name is a caption
# and its credit; a finished sentence before the dash (a wire sign-off's shape) or speech stays body.
DASHED_AGENCY = [
    ("it", "Una delle sale restaurate del Museo civico di Castelbruno - ANSA", "ANSA"),
    ("es", "Vista general del puerto de Vigo al amanecer - EFE", "EFE"),
    ("de", "Räumfahrzeuge auf der Passstrasse oberhalb von Brig - Keystone", "Keystone"),
    ("fr", "Le palais de justice de Namur sous la neige - Belga", "Belga"),
    ("pl", "Nowe nabrzeże w porcie w Gdyni - PAP", "PAP"),
    ("pt", "Os novos ferries no cais de Setúbal - Lusa", "Lusa"),
    ("en", "The new ferry terminal at the northern quay - Reuters", "Reuters"),
    ("nl", "De nieuwe veerboot in de haven van Vlissingen - ANP", "ANP"),
]
DASHED_AGENCY_BODY = [
    ("it", "Il Senato ha approvato la riforma del porto. - ANSA"),
    ("es", "El alcalde dijo que el puerto reabrirá en marzo - EFE"),
    ("de", "«Wir bauen den Kai neu», sagte der Bürgermeister - Keystone"),
]


@pytest.mark.parametrize(("lang", "line", "credit"), DASHED_AGENCY)
def test_phrase_dash_agency_between_paragraphs_is_a_caption(lang: str, line: str, credit: str) -> None:
    article = between_paragraphs(line)
    assert [c.credit for c in article.captions] == [credit], lang
    assert line not in article.body


@pytest.mark.parametrize(("lang", "line"), DASHED_AGENCY_BODY)
def test_sentence_or_speech_dash_agency_stays_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.captions == (), lang


# --------------------------------------------------------------------------- agency, dash, photographer
# AFP's French captions: "<caption> - AFP/Archives - NAME" or "<caption> - AFP - Name", in any language the
# caption is written in. A line that only mentions the agency before a dash ("... a dit à l'AFP - Jean
# Roe") has no agency right after the dash and stays.
AGENCY_DASH_NAME = [
    ("fr", "Des voyageurs sur un quai, le 14 octobre - AFP/Archives - JEAN-LOUP ROE", "AFP/Archives - JEAN-LOUP ROE"),
    ("fr", "Le maire devant le port de Brest, le 3 mai 2026 - AFP - Ludovic ROE", "AFP - Ludovic ROE"),
    ("en", "Ferries moored at the northern quay, May 3, 2026 - AFP/File - Jane ROE", "AFP/File - Jane ROE"),
    ("es", "Un ferry en el puerto de Vigo, 3 de mayo de 2026 - AFP/Archivo - Ana ROE", "AFP/Archivo - Ana ROE"),
    ("de", "Fähren am Nordkai in Kiel am 3. Mai 2026 – AFP/Archiv – Jana ROE", "AFP/Archiv – Jana ROE"),
    ("it", "Traghetti al molo nord di Genova, 3 maggio 2026 - AFP - Marco ROE", "AFP - Marco ROE"),
    ("pt", "Ferries no cais norte de Setúbal, 3 de maio de 2026 - AFP/Arquivo - Rita ROE", "AFP/Arquivo - Rita ROE"),
    ("nl", "Veerboten aan de noordkade van Vlissingen, 3 mei 2026 - AFP - Jan ROE", "AFP - Jan ROE"),
]
AGENCY_DASH_NAME_BODY = [
    ("fr", "Le syndicat a confirmé la grève à l'AFP - Jean Roe, son secrétaire, a parlé d'un mouvement dur."),
    ("en", "The strike was confirmed to AFP by the union on Monday - Jane Roe said it would last a week."),
]


@pytest.mark.parametrize(("lang", "line", "credit"), AGENCY_DASH_NAME)
def test_agency_dash_photographer_is_cut_off_the_caption(lang: str, line: str, credit: str) -> None:
    article = between_paragraphs(line)
    assert [c.credit for c in article.captions] == [credit], lang


@pytest.mark.parametrize(("lang", "line"), AGENCY_DASH_NAME_BODY)
def test_agency_mentioned_before_a_dash_stays_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- photo, newspaper, photographer
# A regional paper signs its own pictures "Photo <the paper> – <photographer>" after a bar or a full stop.
# A sentence that talks about a photo of a paper and goes on after the name stays body.
PHOTO_OUTLET_NAME = [
    ("fr", "La conteuse sur scène samedi. | Photo Le Cri de l'Ouest – Yann Roe", "Photo Le Cri de l'Ouest – Yann Roe"),
    ("fr", "Le port de Brest au petit matin. Photo Ouest-Littoral – Jane Roe", "Photo Ouest-Littoral – Jane Roe"),
    ("it", "Il porto di Livorno all'alba. | Foto Il Tirreno Nuovo - Mario Roe", "Foto Il Tirreno Nuovo - Mario Roe"),
    ("es", "El puerto de Vigo al amanecer. Foto Diario del Puerto / Ana Roe", "Foto Diario del Puerto / Ana Roe"),
    ("nl", "De haven van Harlingen bij zonsopgang. Beeld De Kustkrant - Jan de Roe", "Beeld De Kustkrant - Jan de Roe"),
    ("de", "Der Hafen von Kiel am Morgen. | Foto Kieler Hafenblatt – Jana Roe", "Foto Kieler Hafenblatt – Jana Roe"),
    ("pt", "O porto de Setúbal ao amanhecer. Foto Jornal do Sado - Rita Roe", "Foto Jornal do Sado - Rita Roe"),
    ("en", "The harbour at dawn on Sunday. | Photo Harbour Weekly – Jane Roe", "Photo Harbour Weekly – Jane Roe"),
    # the paper's initials and a comma: "Photo NR, Aurélie Roe"
    ("fr", "Un vigneron dans une parcelle touchée par la grêle. Photo NR, Aurélie Roe", "Photo NR, Aurélie Roe"),
    ("it", "Il molo nord di Genova all'alba. Foto GdL, Marco Roe", "Foto GdL, Marco Roe"),
]
PHOTO_OUTLET_NAME_BODY = [
    ("en", "The mayor showed a photo. Photo Harbour Weekly - Jane Roe said it was fake, was printed on Monday."),
    ("fr", "Le maire a montré une photo du Courrier de l'Ouest - Jane Roe a confirmé son authenticité mardi."),
]


@pytest.mark.parametrize(("lang", "line", "credit"), PHOTO_OUTLET_NAME)
def test_photo_outlet_photographer_is_cut_off_the_caption(lang: str, line: str, credit: str) -> None:
    article = between_paragraphs(line)
    assert [c.credit for c in article.captions] == [credit], lang


@pytest.mark.parametrize(("lang", "line"), PHOTO_OUTLET_NAME_BODY)
def test_photo_of_a_paper_in_prose_stays_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- an agency's archive credit alone
# "Archivo - Europa Press" and "Jane Roe - Lusa - Arquivo" alone on a line are picture credits. Like a bare
# agency line, an archive credit without a photographer takes the paragraph above it as its caption only
# on a real cue (a named credit pairs with its neighbour as any named credit does).
ARCHIVE_CREDIT_LINES = [
    ("es", "Archivo - Europa Press"),
    ("it", "Archivio - ANSA"),
    ("de", "Archiv – dpa"),
    ("fr", "Archives - AFP"),
    ("nl", "ANP - Archief"),
    ("pt", "Lusa - Arquivo"),
]
NAMED_ARCHIVE_CREDIT_LINES = [
    ("es", "Alicia Roe - Europa Press - Archivo"),
    ("pt", "Rita Roe - Lusa - Arquivo"),
    ("en", "Jane Roe - Reuters - Archive"),
    ("pl", "Jan Kowal - PAP"),
]
ARCHIVE_CREDIT_BODY = [
    ("es", "Archivo - La biblioteca municipal cierra en agosto por obras"),
    ("en", "Archive - the council votes on the library on Monday, Reuters reported"),
    ("de", "Das Archiv - so die dpa - bleibt bis Mai geschlossen"),
]


@pytest.mark.parametrize(("lang", "line"), ARCHIVE_CREDIT_LINES)
def test_archive_credit_alone_is_a_credit_and_takes_no_paragraph(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.credits == (line,), lang
    assert article.captions == ()
    assert article.body == (P1, P2, P3, P4)


@pytest.mark.parametrize(("lang", "line"), NAMED_ARCHIVE_CREDIT_LINES)
def test_named_archive_credit_alone_is_a_credit(lang: str, line: str) -> None:
    assert is_credit_line(Document.from_text(line).lines[0]), lang


@pytest.mark.parametrize(("lang", "line"), ARCHIVE_CREDIT_BODY)
def test_archive_word_in_prose_is_no_credit(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.credits == (), lang


# --------------------------------------------------------------------------- "© AGENCY" under the last paragraph
# A copyright sign and an agency's bare name under the story's last paragraph closes the wire copy: the
# paragraph above stays body (the line is a credit or a sign-off, never its caption's credit). A
# photographer's name after the sign still signs the short caption above it.
AGENCY_COPYRIGHT_LAST = [
    ("de", "Das Abschlussdokument muss am Sonntag noch vom Plenum gebilligt werden.", "© Agence France-Presse"),
    ("en", "The final text still has to be approved by the plenary on Sunday.", "© Reuters"),
    ("fr", "Le texte final doit encore être approuvé par la plénière dimanche.", "(c) AFP"),
    ("es", "El texto final aún debe ser aprobado por el pleno el domingo.", "© Agencia EFE"),
    ("it", "Il testo finale deve ancora essere approvato dalla plenaria domenica.", "© ANSA"),
    ("pl", "Ostateczny tekst musi jeszcze zatwierdzić zgromadzenie w niedzielę.", "© PAP"),
    ("pt", "O texto final ainda tem de ser aprovado pelo plenário no domingo.", "© Lusa"),
    ("nl", "De slottekst moet zondag nog door de plenaire vergadering worden goedgekeurd.", "© ANP"),
]


@pytest.mark.parametrize(("lang", "last", "notice"), AGENCY_COPYRIGHT_LAST)
def test_agency_copyright_under_the_last_paragraph_takes_no_caption(lang: str, last: str, notice: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, last, notice)), title=TITLE)
    assert last in article.body, lang
    assert article.captions == ()


def test_photographer_copyright_still_signs_the_caption_above() -> None:
    caption = "The mayor at the opening of the new quay."
    article = newsclean.clean_text("\n".join((P1, P2, caption, "© Jane Roe", P3, P4)), title=TITLE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "© Jane Roe")]


# --------------------------------------------------------------------------- a wire's footer under the story
# AFP's desk codes with a hyphen ("ab-mpa/cbn") and a copyright notice that forbids redistribution go;
# lowercase words with slashes in prose, and a sentence about copyright, stay.
WIRE_FOOTERS = [
    ("fr", "ab-mpa/cbn"),
    ("fr", "jmb-fm/dth"),
    ("de", "ju-bro/ck"),
    ("es", "© 2026 Europa Press. Está expresamente prohibida la redistribución y la redifusión de los contenidos."),
    ("de", "(c) 2026 APA. Die Weiterverbreitung ist nur mit schriftlicher Genehmigung gestattet."),
    ("fr", "© 2026 AFP. Toute reproduction interdite sans autorisation écrite de l'agence."),
    ("it", "Copyright 2026 ANSA. È vietata la riproduzione anche parziale dei contenuti."),
    ("pt", "© 2026 Lusa. É proibida a reprodução total ou parcial sem autorização."),
    ("en", "© 2026 Harbour Wire. Any reproduction or redistribution without written consent is prohibited."),
    ("pl", "© 2026 PAP. Dalsze rozpowszechnianie materiału wyłącznie za zgodą agencji."),
    ("nl", "© 2026 ANP. Verspreiding zonder toestemming is niet toegestaan."),
]
WIRE_FOOTER_BODY = [
    ("en", "The band released its 2026 album in May. Any reproduction of the cover was banned by the court."),
    ("es", "La ley de 2026 se aprobó en mayo. Está prohibida la venta de alcohol a menores desde entonces."),
    ("fr", "Elle a publié un livre en 2026 sur les droits d'auteur et la reproduction des œuvres d'art."),
]


@pytest.mark.parametrize(("lang", "line"), WIRE_FOOTERS)
def test_wire_footer_under_the_story_is_removed(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, line)), title=TITLE)
    assert article.body == (P1, P2, P3), lang


@pytest.mark.parametrize(("lang", "line"), WIRE_FOOTER_BODY)
def test_copyright_in_prose_stays_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- a paywall's badge and meter
PAYWALL_CHROME = [
    ("fr", "Abonnés"),
    ("fr", "Réservé aux abonnés"),
    ("de", "Nur für Abonnenten"),
    ("en", "Subscribers only"),
    ("es", "Exclusivo para suscriptores"),
    ("it", "Riservato agli abbonati"),
    ("pl", "Tylko dla prenumeratorów"),
    ("nl", "Alleen voor abonnees"),
    ("pt", "Conteúdo exclusivo para assinantes"),
    ("fr", "Vous avez lu 3 articles sur 5 ce mois-ci. Abonnez-vous pour continuer à lire en illimité."),
    ("en", "You have read 4 of 5 free articles this month. Subscribe for unlimited access."),
    ("de", "Sie haben 4 von 5 kostenlosen Artikeln gelesen. Jetzt weiterlesen mit Abo."),
    ("es", "Has leído 4 de 5 artículos gratuitos este mes. Suscríbete para seguir leyendo."),
    ("it", "Hai letto 4 articoli su 5 questo mese. Abbonati per continuare a leggere."),
    ("pt", "Você leu 4 de 5 matérias gratuitas este mês. Assine para continuar lendo."),
    ("pl", "Przeczytałeś 4 z 5 darmowych artykułów w tym miesiącu. Wykup prenumeratę."),
    ("nl", "Je hebt 4 van 5 gratis artikelen gelezen deze maand. Neem een abonnement."),
]
PAYWALL_BODY = [
    ("fr", "Les abonnés du réseau de bus pourront voyager gratuitement pendant les travaux du quai."),
    ("en", "You have read 400 pages of the report, the mayor told the council, and you still object."),
    ("de", "Nur für Abonnenten der Fähre gilt der neue Tarif ab dem ersten März im ganzen Hafen."),
]


@pytest.mark.parametrize(("lang", "line"), PAYWALL_CHROME)
def test_paywall_badge_and_meter_are_removed(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), PAYWALL_BODY)
def test_subscribers_in_prose_stay_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- an audio player with the clip's length
AUDIO_PLAYERS = [
    ("de", "Audio: 2 Min. | Bayern 1 Regionalnachrichten"),
    ("de", "Artikel anhören · 4 Min."),
    ("en", "Listen to this article · 7:42 min"),
    ("en", "Listen 5 min"),
    ("fr", "Écouter cet article (3 min)"),
    ("es", "Escuchar este artículo · 4 min"),
    ("it", "Ascolta l'articolo 3 min"),
    ("pt", "Ouça este artigo 4:10 min"),
    ("pl", "Posłuchaj artykułu 3 min"),
    ("nl", "Luister naar dit artikel · 4 min"),
]
AUDIO_BODY = [
    ("en", "Listen to the mayor for 5 minutes and you will hear the plan."),
    ("de", "Audio-Aufnahmen von 2 Minuten Länge wurden dem Gericht vorgespielt."),
]


@pytest.mark.parametrize(("lang", "line"), AUDIO_PLAYERS)
def test_audio_player_with_length_is_removed(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.body == (P1, P2, P3, P4), lang


@pytest.mark.parametrize(("lang", "line"), AUDIO_BODY)
def test_listening_in_prose_stays_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- related-stories headings
# The heading under the story goes, and the story links listed under it with it (``strip_link_lists``).
RELATED_HEADINGS = [
    ("de", "Artikel zum Thema"),
    ("de", "Mehr Nachrichten aus Oberbayern"),
    ("es", "Mirá también"),
    ("es", "Noticias sobre el mismo tema"),
    ("fr", "Articles sur le même thème"),
    ("it", "Notizie sullo stesso tema"),
    ("pt", "Notícias sobre o mesmo assunto"),
    ("nl", "Artikelen over dit onderwerp"),
    ("pl", "Więcej na ten temat"),
    ("en", "More stories on this topic"),
]
RELATED_LINKS = ("Ferry fares rise for the third year in a row", "New cranes arrive at the container terminal")
RELATED_BODY = [
    ("de", "Mehr Nachrichten aus Oberbayern erreichten die Redaktion erst am späten Abend."),
    ("es", "Mirá también cómo quedó el puerto después de la tormenta del domingo por la noche."),
]


@pytest.mark.parametrize(("lang", "heading"), RELATED_HEADINGS)
def test_related_heading_and_its_links_go(lang: str, heading: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, heading, *RELATED_LINKS)), title=TITLE)
    assert article.body == (P1, P2, P3), lang


@pytest.mark.parametrize(("lang", "line"), RELATED_BODY)
def test_related_words_in_prose_stay_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- a newsletter pitch without "newsletter"
NEWSLETTER_PITCHES = [
    ("en", "Sign up for The Morning Tide"),
    ("en", "Subscribe to Harbour Daily Briefing"),
    ("it", "Ricevi ogni mattina le notizie della tua provincia"),
    ("es", "Recibí las noticias más importantes de tu provincia todas las mañanas."),
    ("es", "Recibe cada mañana las noticias de tu ciudad en tu correo."),
    ("fr", "Recevez tous les matins les infos de votre région."),
    ("de", "Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus Ihrer Region."),
    ("pt", "Receba todas as manhãs as notícias da sua cidade."),
    ("pl", "Otrzymuj codziennie najważniejsze wiadomości z regionu."),
    ("nl", "Ontvang elke ochtend het belangrijkste nieuws uit je regio."),
]
NEWSLETTER_BODY = [
    ("en", "Sign up for the ferry pass before Friday, the port authority said in a statement."),
    ("it", "Ricevi ogni mattina una telefonata dal sindaco? Così scherzavano i pescatori al porto."),
    ("de", "Erhalten Sie jeden Morgen Post vom Amt, sollten Sie den Bescheid genau lesen, rät der Verband."),
]


@pytest.mark.parametrize(("lang", "line"), NEWSLETTER_PITCHES)
def test_newsletter_pitch_is_removed(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, line)), title=TITLE)
    assert article.body == (P1, P2, P3), lang


@pytest.mark.parametrize(("lang", "line"), NEWSLETTER_BODY)
def test_receiving_and_signing_up_in_prose_stay_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- a topic list's label
TOPIC_LISTS = [
    ("de", "Themen: Autoindustrie, Arbeitsmarkt"),
    ("en", "Topics: Transport, Harbour, City Council"),
    ("it", "Temi: Porto, Lavoro"),
    ("pt", "Assuntos: Porto, Transportes"),
    ("es", "Tópicos: Puerto, Transporte"),
    ("nl", "Thema's: Haven, Verkeer"),
]
TOPIC_BODY = [
    ("de", "Themen: die Rente, die Pflege und der Hafen, sagte die Ministerin am Abend in Kiel."),
    ("en", "Topics: what the council will decide on Monday and why the ferry costs more."),
]


@pytest.mark.parametrize(("lang", "line"), TOPIC_LISTS)
def test_topic_list_is_removed(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, line)), title=TITLE)
    assert article.body == (P1, P2, P3), lang


@pytest.mark.parametrize(("lang", "line"), TOPIC_BODY)
def test_topics_in_prose_stay_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- where the article was printed
PRINT_NOTES = [
    ("en", "A version of this article appears in print on Nov. 28, 2026, Section D, Page 3 of the Harbour edition."),
    ("de", "Dieser Artikel erschien in der gedruckten Ausgabe vom 28. November 2026."),
    ("fr", "Cet article est paru dans l'édition du 28 novembre 2026."),
    ("es", "Este artículo apareció en la edición impresa del 28 de noviembre de 2026."),
    ("it", "Questo articolo è apparso sull'edizione cartacea del 28 novembre 2026."),
    ("pt", "Este artigo foi publicado na edição impressa de 28 de novembro de 2026."),
    ("nl", "Dit artikel verscheen in de krant van 28 november 2026."),
    ("pl", "Artykuł ukazał się w wydaniu papierowym z 28 listopada 2026."),
]
PRINT_BODY = [
    ("en", "A version of this plan appeared in print last year, when the council first debated the quay."),
    ("de", "Der Artikel erschien in der Lokalpresse und löste eine Debatte über den Hafen aus."),
]


@pytest.mark.parametrize(("lang", "line"), PRINT_NOTES)
def test_print_edition_note_is_removed(lang: str, line: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, line)), title=TITLE)
    assert article.body == (P1, P2, P3), lang


@pytest.mark.parametrize(("lang", "line"), PRINT_BODY)
def test_printing_in_prose_stays_body(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body, lang


# --------------------------------------------------------------------------- "(c)" spelled out before an agency
# "(c) Agencia EFE" is "© Agencia EFE": a credit line that keeps its sign, taking no paragraph as caption.
SPELLED_COPYRIGHT = [
    ("es", "(c) Agencia EFE"),
    ("fr", "(c) AFP"),
    ("de", "(c) Keystone"),
    ("it", "(c) ANSA"),
    ("pt", "(c) Lusa"),
    ("pl", "(c) PAP"),
    ("nl", "(c) ANP"),
    ("en", "(c) Reuters"),
]


@pytest.mark.parametrize(("lang", "line"), SPELLED_COPYRIGHT)
def test_spelled_copyright_agency_is_a_credit_line(lang: str, line: str) -> None:
    assert is_credit_line(Document.from_text(line).lines[0]), lang
    article = newsclean.clean_text("\n".join((P1, P2, P3, line)), title=TITLE)
    assert article.body == (P1, P2, P3)
    assert article.credits == (line,)


def test_spelled_copyright_in_prose_is_no_credit() -> None:
    line = "(c) The council may change the fees once a year, the port statute says."
    assert not is_credit_line(Document.from_text(line).lines[0])


# --------------------------------------------------------------------------- a sponsored story's headline
# Under a sponsored label, a headline-shaped line that no paragraph follows is the sponsored story's
# headline. Under any ad label, a subheading over the next paragraph stays, and so does a sentence.
SPONSORED_TEASERS = [
    ("en", "Sponsored", "Homeowners in the UK are switching to this clever boiler trick"),
    ("en", "Promoted Stories", "The one kitchen gadget every chef now swears by"),
    ("de", "Gesponsert", "Dieser Trick senkt Ihre Heizkosten um die Hälfte"),
    ("fr", "Contenu sponsorisé", "Ce petit appareil fait fureur chez les retraités"),
    ("es", "Contenido patrocinado", "El truco que usan los jubilados para ahorrar en la factura"),
    ("it", "Contenuto sponsorizzato", "Il trucco per dimezzare la bolletta della luce"),
    ("pt", "Conteúdo patrocinado", "O truque que está a poupar centenas de euros às famílias"),
    ("nl", "Gesponsord", "Deze slimme truc halveert je energierekening"),
    ("pl", "Sponsorowane", "Ten prosty trik obniża rachunki za prąd o połowę"),
]
SUBHEADING_UNDER_AD = [
    ("en", "Sponsored", "What the council decided"),
    ("de", "Anzeige", "Was der Rat beschlossen hat"),
]


@pytest.mark.parametrize(("lang", "label", "headline"), SPONSORED_TEASERS)
def test_sponsored_headline_under_its_label_goes(lang: str, label: str, headline: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, P3, label, headline, "Share this article")), title=TITLE)
    assert article.body == (P1, P2, P3), lang


@pytest.mark.parametrize(("lang", "label", "subheading"), SUBHEADING_UNDER_AD)
def test_subheading_over_a_paragraph_under_an_ad_label_stays(lang: str, label: str, subheading: str) -> None:
    article = newsclean.clean_text("\n".join((P1, P2, label, subheading, P3, P4)), title=TITLE)
    assert subheading in article.body, lang


def test_sentence_under_a_sponsored_label_stays() -> None:
    line = "The port paid for the new signs."
    article = newsclean.clean_text("\n".join((P1, P2, P3, "Sponsored", line)), title=TITLE)
    assert line in article.body


# --------------------------------------------------------------------------- a newsletter box after a link box
# The box's pitch and its button are chrome; with them gone, the story's last paragraph between a link
# box and the newsletter box is no link's summary, and stays.
LINK_BOX = ("Melatonin: Was das Schlafhormon wirklich kann", "Mittagsschlaf: Zehn Minuten reichen")
LAST_PARAGRAPH = (
    "Wer gegensteuern will, sollte den Wecker auch am Wochenende höchstens eine Stunde später stellen "
    "und morgens möglichst schnell ans Tageslicht gehen."
)
NEWSLETTER_BOXES = [
    ("de", "Die wichtigsten Nachrichten aus der Region – jeden Morgen kostenlos in Ihrem Postfach.", "Jetzt anmelden"),
    ("de", "Gesund leben: Jeden Donnerstag die besten Tipps – kostenlos in Ihr Postfach.", "Jetzt kostenlos anmelden"),
    ("en", "Get the morning briefing delivered to your inbox every weekday.", "Sign up"),
    ("fr", "Recevez chaque matin notre newsletter avec l'essentiel de l'actualité.", "Je m'inscris"),
]


@pytest.mark.parametrize(("lang", "pitch", "button"), NEWSLETTER_BOXES)
def test_last_paragraph_between_link_box_and_newsletter_box_stays(lang: str, pitch: str, button: str) -> None:
    text = "\n".join((P1, P2, "Lesen Sie auch", *LINK_BOX, LAST_PARAGRAPH, "Newsletter", pitch, button))
    article = newsclean.clean_text(text, title=TITLE)
    assert article.body == (P1, P2, LAST_PARAGRAPH), lang


def test_signing_in_in_prose_stays_body() -> None:
    line = "Jetzt anmelden können sich Eltern erst ab dem ersten März, teilte die Stadt mit."
    assert line in between_paragraphs(line).body


# --------------------------------------------------------------------------- "(Ansa)" as Italian sites write it
# A caption ends in the agency's bracketed name in mixed case; the wire's sign-off after a full stop, a
# river's bend ("l'ansa del fiume") and "Ansa" opening a sentence stay body.
def test_mixed_case_ansa_in_brackets_signs_a_caption() -> None:
    line = "Un mercato rionale a Castelbruno. I prezzi dei prodotti freschi sono aumentati del 3,1% (Ansa)"
    article = between_paragraphs(line)
    assert [c.credit for c in article.captions] == ["Ansa"]


@pytest.mark.parametrize(
    "line",
    [
        "Il governo ha approvato il decreto sui porti nella notte. (Ansa).",
        "Il corpo è stato trovato nell'ansa del fiume, vicino al ponte vecchio, dai vigili del fuoco.",
        "Ansa e Reuters hanno confermato la notizia in serata, citando fonti del ministero dei trasporti.",
    ],
)
def test_ansa_in_prose_stays_body(line: str) -> None:
    article = between_paragraphs(line)
    assert line in article.body
