"""More page chrome: save/gift/print buttons, paywall offers, app promotions, correction and press-trip
notes, advice disclaimers, opinion prompts, agency sources, "see also" headings; and an inline link box
whose links name their topic, ended by the article's own subheading. Invented, with hard negatives."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Night buses reach three more towns"
BODY = [
    "The regional council agreed on Thursday to extend the night bus network to three more towns.",
    "The new lines will run every 30 minutes between midnight and five in the morning from March.",
    "Operators said they would hire 40 more drivers to cover the extra services, a spokeswoman said.",
]

CHROME = [
    "Ajouter à mes articles",
    "Offrir cet article",
    "Gift this article",
    "Enviar noticia por correo electrónico",
    "Rezept drucken",
    "Hören",
    "Diesen Artikel teilen",
    "Contenu externe",
    "Jetzt weiterlesen mit BZ+",
    "Testen Sie BZ+ einen Monat für 0,99 €",
    "Dieser Artikel ist Teil unseres Premium-Angebots.",
    "Download the Harbour News app for breaking news alerts and live radar.",
    "Téléchargez l'application Ouest Armor pour suivre l'actualité.",
    "This article was amended on 23 November 2026 to correct the year the line opened.",
    "Die Reise wurde unterstützt vom Tourismusverband Madeira.",
    "The writer travelled as a guest of Visit Harbour City.",
    "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung.",
    "This article is for informational purposes only and does not replace a doctor's advice.",
    "Ihre Meinung zum Thema?",
    "Et vous, qu'en pensez-vous ?",
    "Mit Material von Reuters und dpa-AFX",
    "*Con información de EFE",
    "Avec AFP",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_line_leaves_the_body(line: str) -> None:
    article = newsclean.clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title=TITLE)
    assert article.body == tuple(BODY)


KEPT = [
    "Hören Sie sich das an, sagte der Trainer.",
    "Voir aussi la carte des travaux ci-dessous.",
    "Download the government's warning app, the ministry urged residents on Monday.",
    "The trip was paid for by the taxpayer, critics said.",
    "Die Reise wurde von Protesten begleitet.",
    "What do you think the council will decide?",
    "Con información de la policía, los vecinos localizaron al menor.",
    "Mit Material von der Baustelle wurde die Mauer repariert.",
    "Avec Paul, nous avons traversé la ville.",
    "Save the date: the festival returns on 3 July.",
    "Ihre Meinung zählt, sagte die Bürgermeisterin.",
]


@pytest.mark.parametrize("line", KEPT)
def test_body_sentence_with_chrome_words_stays(line: str) -> None:
    article = newsclean.clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title=TITLE)
    assert line in article.body


@pytest.mark.parametrize(
    ("heading", "links"),
    [
        ("Passend zum Artikel", ["Spitalfinanzierung: Die Kantone streiten", "Pflegeinitiative: Warum es stockt"]),
        ("Voir aussi", ["Tramway : les travaux reprennent", "Vélo : une nouvelle piste à Brest"]),
        ("Weitere Tests", ["Dauertest: 30.000 Kilometer im Elektro-SUV", "Vergleich: Drei Kombis mit Plug-in"]),
    ],
)
def test_a_see_also_box_goes_and_the_next_subheading_stays(heading: str, links: list[str]) -> None:
    subheading = "Gemeinsame Planung als Ausweg"
    lines = [*BODY[:2], heading, *links, subheading, BODY[2]]
    article = newsclean.clean_text("\n".join(lines), title=TITLE)
    assert article.body == (*BODY[:2], subheading, BODY[2])
