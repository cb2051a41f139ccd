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
