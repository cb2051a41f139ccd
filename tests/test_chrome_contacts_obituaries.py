"""Reporter contact lines after the article, obituary guest-book chrome and ad labels in other wordings.

Contact lines are taken only after the article's last paragraph and only when they hold an address (an
"@" or a number) and open with their label or verb; obituary buttons and ad labels are whole lines.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import markers
from newsclean.text.patterns import CONTACT_DISPATCH, trim

TITLE = "Harbour council approves new ferry timetable after long debate"
PARAS = [
    "The council voted on Monday to approve the new ferry timetable after months of debate among residents.",
    "The new schedule starts in March and adds two morning crossings, officials said in a statement.",
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean_text("\n".join(lines))


def _removal(article: newsclean.Article, text: str) -> newsclean.Removal | None:
    return next((r for r in article.removed if r.text == text), None)


CONTACTS = [
    ("en", "Jane Roe covers state government. Reach her at jroe@example.com or follow her on X @janeroe."),
    ("en", "Contact Jane Roe at 555-0100."),
    ("en", "Write to Jane Roe at jane.roe@example.com"),
    ("en", "Trevor Roe: 555-0142, troe@example.com"),
    ("de", "Kontakt: redaktion@example.de"),
    ("de", "Schreiben Sie uns an leserbriefe@example.de"),
    ("fr", "Pour nous joindre : 514 555-0100"),
    ("fr", "Écrivez-nous à redaction@example.fr"),
    ("es", "Escríbenos a redaccion@example.es"),
    ("es", "Contacto: 91 555 01 00"),
    ("it", "Scrivi a redazione@example.it"),
    ("nl", "Mail de redactie: redactie@example.nl"),
    ("pl", "Kontakt z autorem: jan.roe@example.pl"),
    ("pt", "Fale com a redação: redacao@example.pt"),
]


@pytest.mark.parametrize(("lang", "line"), CONTACTS, ids=[c[1][:30] for c in CONTACTS])
def test_contact_line_after_the_article_goes(lang: str, line: str) -> None:
    article = _clean([TITLE, *PARAS, line])
    removal = _removal(article, line)
    assert removal is not None and removal.rule == "strip_boilerplate", (lang, article.body)
    assert "contact line" in removal.reason
    assert article.body == tuple(PARAS)


CONTACT_NEGATIVES = [
    # news: the verb stands mid-sentence, or the line names no address
    "Police asked anyone with information to contact Detective Jane Roe at 555-0100.",
    "Anyone who saw the crash is asked to call the harbour police on 555-0100.",
    "Kontakt zu den Eltern hatte die Polizei am 3. Mai aufgenommen, sagte ein Sprecher.",
    "Kontakt: Hafenamt Nordstadt",
    "The company said it had been in contact with 40 customers since Monday.",
    "Contactez la mairie pour plus d'informations.",
]


@pytest.mark.parametrize("line", CONTACT_NEGATIVES)
def test_contact_sentences_that_are_news_stay(line: str) -> None:
    article = _clean([TITLE, *PARAS, line])
    assert line in article.body, article.removed


def test_contact_line_between_paragraphs_stays() -> None:
    line = "Contact Jane Roe at 555-0100."
    article = _clean([TITLE, PARAS[0], line, PARAS[1]])
    assert line in article.body


def test_contact_markers_match_their_examples() -> None:
    for marker in markers.CONTACT_LINES:
        assert CONTACT_DISPATCH.first(trim(marker.example)) is not None, marker.example


OBITUARY = [
    ("en", "Leave a condolence"),
    ("en", "Sign the guest book"),
    ("en", "Send flowers"),
    ("en", "Share this obituary"),
    ("de", "Kondolieren"),
    ("de", "Kondolenzbuch"),
    ("fr", "Présenter vos condoléances"),
    ("es", "Enviar condolencias"),
    ("it", "Lascia un messaggio di cordoglio"),
    ("nl", "Condoleren"),
    ("pl", "Złóż kondolencje"),
    ("pt", "Deixe as suas condolências"),
]


@pytest.mark.parametrize(("lang", "line"), OBITUARY, ids=[o[1] for o in OBITUARY])
def test_obituary_chrome_goes(lang: str, line: str) -> None:
    article = _clean([TITLE, *PARAS, line])
    removal = _removal(article, line)
    assert removal is not None and removal.kind == "boilerplate", lang
    assert article.body == tuple(PARAS)


def test_sentences_about_condolences_stay() -> None:
    line = "The family asks that condolences be sent to the harbour lifeboat station instead of flowers."
    article = _clean([TITLE, *PARAS, line])
    assert line in article.body


ADS = [
    ("en", "ADVERTISING"),
    ("en", "Sponsored content"),
    ("fr", "PUBLICITÉ"),
    ("it", "PUBBLICITÀ"),
    ("pl", "REKLAMA"),
    ("pt", "PUBLICIDADE"),
    ("nl", "Gesponsord"),
    ("pl", "Artykuł sponsorowany"),
    ("de", "Publireportage"),
    ("fr", "Publi-rédactionnel"),
    ("es", "Publirreportaje"),
    ("it", "Informazione pubblicitaria"),
    ("pt", "Informe publicitário"),
    ("nl", "Gesponsorde content"),
    ("pl", "Materiał reklamowy"),
]


@pytest.mark.parametrize(("lang", "label"), ADS, ids=[a[1] for a in ADS])
def test_ad_labels_go_as_ads(lang: str, label: str) -> None:
    article = _clean([TITLE, PARAS[0], label, PARAS[1]])
    removal = _removal(article, label)
    assert removal is not None and removal.kind == "ad", lang
    assert article.body == tuple(PARAS)


def test_sentence_about_advertising_stays() -> None:
    line = "Advertising revenue at the harbour paper fell by a fifth last year, the publisher said."
    article = _clean([TITLE, PARAS[0], line, PARAS[1]])
    assert line in article.body


# --------------------------------------------------------------------------- contact blocks and author boxes

CONTACT_BLOCKS = [
    (
        "de",
        ["Pressekontakt:", "Nordwind Energie AG", "Jana Roe", "Unternehmenskommunikation", "Telefon: +49 421 555 0187"],
    ),
    (
        "de",
        ["Rückfragen bitte an:", "Polizeipräsidium Nordstadt", "Pressestelle", "Jan Roe", "E-Mail: presse@example.de"],
    ),
    ("en", ["Media contact:", "Harbour Ferries Ltd", "Jane Roe", "Head of Communications", "Tel: +44 20 5550 0100"]),
    ("fr", ["Contact presse :", "Ferries du Port SA", "Jeanne Roux", "Tél. : 01 55 50 01 00"]),
    ("es", ["Contacto de prensa:", "Ferris del Puerto SL", "Ana Ruiz", "Tel.: 910 555 010"]),
    ("nl", ["Perscontact:", "Havenveren BV", "Sanne de Vries", "Tel: 020 555 0100"]),
]


@pytest.mark.parametrize(("lang", "block"), CONTACT_BLOCKS, ids=[f"{c[0]}-{c[1][1][:12]}" for c in CONTACT_BLOCKS])
def test_press_contact_block_after_the_article_goes(lang: str, block: list[str]) -> None:
    article = _clean([TITLE, *PARAS, *block])
    assert article.body == tuple(PARAS), (lang, article.body)
    for line in block:
        assert _removal(article, line) is not None, line


def test_short_lines_under_a_contact_heading_between_paragraphs_stay() -> None:
    # Before the last paragraph a "Kontakt" heading is the story's: nothing under it is taken.
    lines = [TITLE, PARAS[0], "Pressekontakt:", "Ein Sprecher", PARAS[1]]
    assert "Ein Sprecher" in _clean(lines).body


BIOS_UNDER_HEADINGS = [
    ("de", "Über den Autor", "Timo Roe testet seit 2015 Smartphones und hat eine Schwäche für gute Akkus."),
    ("en", "About the author", "Jane Roe has tested phones since 2015 and has a weakness for good batteries."),
    ("fr", "À propos de l'auteur", "Jeanne Roux teste des téléphones depuis 2015."),
    ("es", "Sobre el autor", "Ana Ruiz prueba teléfonos desde 2015 y escribe sobre baterías."),
    ("it", "L'autore", "Marco Bianchi prova smartphone dal 2015."),
    ("nl", "Over de auteur", "Sanne de Vries test sinds 2015 telefoons."),
    ("pl", "O autorze", "Anna Nowak testuje smartfony od 2015 roku."),
    ("pt", "Sobre o autor", "Rita Costa testa telemóveis desde 2015."),
]


@pytest.mark.parametrize(("lang", "heading", "bio"), BIOS_UNDER_HEADINGS, ids=[b[1] for b in BIOS_UNDER_HEADINGS])
def test_bio_under_an_author_box_heading_goes(lang: str, heading: str, bio: str) -> None:
    article = _clean([TITLE, *PARAS, heading, bio])
    assert _removal(article, heading) is not None, lang
    removal = _removal(article, bio)
    assert removal is not None and removal.kind == "byline", (lang, article.body)
    assert article.body == tuple(PARAS)


def test_author_heading_inside_a_review_keeps_its_paragraph() -> None:
    # A book review's subheading "Der Autor" over a paragraph, with the review going on after it.
    about = "Der Autor, 1961 in Kiel geboren, lebt seit zwanzig Jahren an der Küste und schreibt über Häfen."
    lines = [TITLE, PARAS[0], "Der Autor", about, PARAS[1]]
    assert about in _clean(lines).body


def test_german_wire_signoff_goes() -> None:
    line = "(Bericht von Jana Roe, redigiert von Anke Doe. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion)"
    article = _clean([TITLE, *PARAS, line])
    assert _removal(article, line) is not None
