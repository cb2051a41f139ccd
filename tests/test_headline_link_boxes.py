"""A story link in a related-stories box after the last paragraph is never the article's headline.

Scrapes end with a box of links to other stories ("Related Articles", "Notas relacionadas"). Each link
is headline-shaped and often shares words with the article (same beat, same town), so without this
rule a text whose own headline is missing, or sits between paragraphs, had a link taken for it.
"""

from __future__ import annotations

import pytest

import newsclean

# (id, heading, link, paragraphs); the link shares the topic's words with the paragraphs.
BOXES = [
    (
        "en",
        "Related Articles",
        "Harbour council approves second phase of quay repairs",
        [
            "The harbour council on Tuesday approved a plan to rebuild the eastern quay walls, which "
            "engineers say could collapse within a decade.",
            "The repairs will cost about 14 million pounds and are due to start in the spring, the "
            "council said in a statement after the vote.",
            "Fishing crews, who use the eastern berths most, asked for the work to be done in stages "
            "so that the harbour stays open.",
        ],
    ),
    (
        "es",
        "Notas relacionadas",
        "Comerciantes del puerto piden reparar el muelle este",
        [
            "El consejo del puerto aprobó este martes un plan para reconstruir los muros del muelle "
            "este, que según los ingenieros podrían ceder.",
            "Las obras costarán unos 14 millones de euros y comenzarán en primavera, informó el "
            "consejo en un comunicado tras la votación.",
            "Los pescadores, que usan sobre todo los amarres del este, pidieron que los trabajos se "
            "hagan por etapas para no cerrar el puerto.",
        ],
    ),
    (
        "de",
        "Mehr zum Thema",
        "Hafenrat streitet über Kosten der Kaimauer",
        [
            "Der Hafenrat hat am Dienstag beschlossen, die Kaimauer am Ostkai neu zu bauen, weil sie "
            "nach Ansicht der Ingenieure einzustürzen droht.",
            "Die Arbeiten kosten rund 14 Millionen Euro und sollen im Frühjahr beginnen, teilte der "
            "Hafenrat nach der Abstimmung mit.",
            "Die Fischer, die vor allem die östlichen Liegeplätze nutzen, baten darum, in "
            "Abschnitten zu bauen, damit der Hafen offen bleibt.",
        ],
    ),
    (
        "fr",
        "À lire aussi",
        "Le conseil du port vote la réfection du quai est",
        [
            "Le conseil du port a approuvé mardi un plan de reconstruction des murs du quai est, qui "
            "menacent de s'effondrer selon les ingénieurs.",
            "Les travaux coûteront environ 14 millions d'euros et doivent commencer au printemps, a "
            "indiqué le conseil après le vote.",
            "Les pêcheurs, principaux usagers des postes d'amarrage de l'est, ont demandé que le "
            "chantier se fasse par étapes.",
        ],
    ),
    (
        "it",
        "Leggi anche",
        "Il consiglio del porto approva i lavori al molo est",
        [
            "Il consiglio del porto ha approvato martedì un piano per ricostruire i muri del molo "
            "est, che secondo gli ingegneri rischiano di crollare.",
            "I lavori costeranno circa 14 milioni di euro e dovrebbero iniziare in primavera, ha "
            "comunicato il consiglio dopo il voto.",
            "I pescatori, che usano soprattutto gli ormeggi a est, hanno chiesto che il cantiere proceda per fasi.",
        ],
    ),
    (
        "en-more-in",
        "More from Business",
        "Port operator reports record cargo volumes",
        [
            "The harbour council on Tuesday approved a plan to rebuild the eastern quay walls, which "
            "engineers say could collapse within a decade.",
            "The repairs will cost about 14 million pounds and the port operator will pay a fifth, "
            "the council said in a statement after the vote.",
            "Cargo handled at the eastern berths has grown every year since 2020, which is why the "
            "walls wore out faster than expected.",
        ],
    ),
    (
        "pt",
        "Veja também",
        "Conselho do porto aprova obras no cais leste",
        [
            "O conselho do porto aprovou nesta terça-feira um plano para reconstruir os muros do "
            "cais leste, que podem ceder, segundo engenheiros.",
            "As obras vão custar cerca de 14 milhões de euros e devem começar na primavera, informou "
            "o conselho após a votação.",
            "Os pescadores, que usam sobretudo os atracadouros do leste, pediram que as obras sejam feitas por etapas.",
        ],
    ),
]


def _text(heading: str, link: str, paragraphs: list[str], *, headline: str | None = None) -> str:
    body = list(paragraphs)
    if headline is not None:
        body.insert(1, headline)
    return "\n".join([*body, heading, link])


@pytest.mark.parametrize(("heading", "link", "paragraphs"), [r[1:] for r in BOXES], ids=[r[0] for r in BOXES])
def test_a_link_in_the_closing_box_is_not_the_headline(heading: str, link: str, paragraphs: list[str]) -> None:
    article = newsclean.clean_text(_text(heading, link, paragraphs))
    assert article.title is None
    assert link not in article.body
    assert any(r.text == link and r.kind == "teaser" for r in article.removed)


def test_a_mid_text_headline_wins_over_the_link_below_the_box() -> None:
    heading, link, paragraphs = BOXES[0][1:]
    headline = "Harbour Council Votes to Rebuild Crumbling Eastern Quay Walls"
    article = newsclean.clean_text(_text(heading, link, paragraphs, headline=headline))
    assert article.title == headline
    assert link not in article.body


def test_a_headline_after_the_last_paragraph_without_a_box_is_still_found() -> None:
    paragraphs = BOXES[0][3]
    headline = "Harbour council approves plan to rebuild eastern quay walls"
    article = newsclean.clean_text("\n".join([*paragraphs, headline]))
    assert article.title == headline


def test_a_box_above_the_headline_does_not_hide_the_headline() -> None:
    paragraphs = BOXES[0][3]
    headline = "Harbour council approves plan to rebuild eastern quay walls"
    text = "\n".join(["Most Popular", "Derby winner retires after record season", headline, *paragraphs])
    article = newsclean.clean_text(text)
    assert article.title == headline
