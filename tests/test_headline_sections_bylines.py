"""Lines that look like a headline but are not: bylines that name a job or an interview, numbered
section headings, and a sentence with its source in brackets.

Every text is invented in the style of real scrapes. A row gives the text and the line that must be
the title (or None); the look-alike must never be taken, and must stay in the body unless it is a byline.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text import patterns

LEDE_DE = (
    "Der Gemeinderat von Bretzingen hat am Dienstagabend den Bau einer neuen Kindertagesstätte "
    "beschlossen. Die Kosten liegen bei rund 4,6 Millionen Euro."
)
MORE_DE = (
    "Die Kita soll Platz für 75 Kinder bieten und im Herbst 2028 öffnen. Der Kreis übernimmt einen Teil "
    "der Kosten, sagte der Bürgermeister."
)
LEDE_EN = (
    "Freezing rain coated trees and power lines across the county overnight, leaving tens of thousands of "
    "homes without electricity on Wednesday morning."
)
MORE_EN = (
    "Crews from three neighbouring states were on their way, the utility said, but warned that some "
    "customers could wait until the weekend."
)

# Bylines that do not start with "By": the job after the name, the relation to the paper, an interview.
BYLINES = [
    "Tom Krisher, AP Auto Writer",
    "Robert Burns, AP National Security Writer",
    "Analysis by Chris Cillizza, CNN Editor-at-large",
    "Contributing Writer",
    "Anna Schmidt, Politik-Korrespondentin",
    "Marta Ruiz, corresponsal en Bruselas",
    "Von unserem Mitarbeiter Gerd Haffner",
    "Von unserer Korrespondentin Lea Brandt",
    "De notre correspondant à Bruxelles",
    "Dal nostro corrispondente Marco Bellini",
    "Das Gespräch führte Lukas Brenner",
    "Die Fragen stellte Jana Lorenz",
    "Propos recueillis par Jeanne Roux",
    "Entrevista realizada por Lucía Gómez",
    "Interview: Anna Schmidt",
]

# Body lines that start or end like those bylines.
NOT_BYLINES = [
    "Letters to the editor",
    "Why every newsroom needs a data editor",
    "The new editor starts in January, the publisher said.",
    "Interview with the mayor about the budget",
    "Das Gespräch führte zu keinem Ergebnis.",
    "Von unserem Standpunkt aus ist das falsch, sagte die Ministerin.",
    "Von unserer Redaktion wurde niemand verletzt.",
    "Paper Names New Sports Editor After Long Search",
    # photo credits stay credits
    "Photo by David Lang",
    "Photo by Anna Schmidt, Staff Photographer",
    "Video by Marta Ruiz",
]


@pytest.mark.parametrize("text", BYLINES)
def test_bylines_without_by_are_byline_lines(text: str) -> None:
    assert patterns.BYLINE_LINE.fullmatch(text) is not None


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_lines_near_those_bylines_are_not(text: str) -> None:
    assert patterns.BYLINE_LINE.fullmatch(text) is None


@pytest.mark.parametrize(
    "byline",
    ["Von unserem Mitarbeiter Gerd Haffner", "Das Gespräch führte Lukas Brenner", "Tom Krisher, AP Auto Writer"],
)
def test_a_byline_above_the_story_is_not_the_headline_of_a_mid_text_one(byline: str) -> None:
    headline = "Gemeinderat Bretzingen beschließt neue Kita für 4,6 Millionen Euro"
    text = "\n".join(["Lokales", byline, LEDE_DE, "Kritik an den Kosten", MORE_DE, headline, MORE_DE])
    article = newsclean.clean_text(text)
    assert article.title != byline
    assert byline not in article.body
    assert any(r.text == byline and r.kind == "byline" for r in article.removed)


# Numbered section headings: a series, never the headline, each staying in the body. The first one
# echoes the lede, as a travel diary's or a guide's first section does.
SECTIONS = [
    (
        "Drei Tage in Lissabon im Winter: Wir beginnen in der Alfama und in Graça, wo die Gassen am "
        "Morgen noch leer sind und die Cafés schon öffnen.",
        ["Tag 1: Alfama und Graça", "Tag 2: Belém und die Pastéis", "Tag 3: LX Factory und Abschied"],
    ),
    (
        "Three days in Porto in winter: we start in the old town and the harbour, where the lanes are still "
        "empty in the morning and the cafés already open.",
        ["Day 1: Old town and harbour", "Day 2: Port cellars and the bridge", "Day 3: Beach and goodbye"],
    ),
    (
        "Growing an online business means learning to start small, asking for help early and celebrating "
        "every win along the way, however small it looks.",
        ["1. Start small and keep growing", "2. Ask for help early", "3. Celebrate every small win"],
    ),
    (
        "Trzy dni w Krakowie zimą: zaczynamy od Starego Miasta i Wawelu, gdzie rano uliczki są jeszcze "
        "puste, a kawiarnie już otwarte.",
        ["Dzień 1: Stare Miasto i Wawel", "Dzień 2: Kazimierz i Podgórze", "Dzień 3: Nowa Huta i pożegnanie"],
    ),
]
SECTION_PARAGRAPHS = [
    "The first morning belongs to the narrow streets and the viewpoints above the river, before the tour "
    "groups arrive by tram.",
    "In the afternoon the museums are quieter, and a long lunch in one of the small taverns is part of "
    "the plan.",
    "On the last day there is time for the market and a slow walk back to the station along the river.",
]


@pytest.mark.parametrize(("lede", "sections"), SECTIONS)
def test_numbered_sections_are_not_the_headline(lede: str, sections: list[str]) -> None:
    lines = [lede]
    for heading, para in zip(sections, SECTION_PARAGRAPHS, strict=True):
        lines += [heading, para]
    article = newsclean.clean_text("\n".join(lines))
    assert article.title is None
    for heading in sections:
        assert heading in article.body


def test_a_single_numbered_headline_is_still_a_headline() -> None:
    headline = "Apollo 11: Wie die Mondlandung Bretzingen veränderte"
    article = newsclean.clean_text("\n".join([headline, LEDE_DE, MORE_DE]))
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Freezing rain coated trees and power lines across the county overnight. (KTRV)",
        "Freezing rain coated power lines across the county overnight. (Photo: County Sheriff)",
        "Freezing rain left tens of thousands of homes without electricity. (Symbolbild)",
    ],
)
def test_a_sentence_with_its_source_in_brackets_is_not_a_headline(line: str) -> None:
    headline = "Ice storm knocks out power across the county"
    text = "\n".join([LEDE_EN, line, MORE_EN, headline, MORE_EN.replace("three", "four")])
    article = newsclean.clean_text(text)
    assert article.title != line


def test_a_headline_that_ends_in_brackets_is_still_a_headline() -> None:
    headline = "Ice storm leaves thousands without power in the county (video)"
    article = newsclean.clean_text("\n".join([headline, LEDE_EN, MORE_EN]))
    assert article.title == headline
