"""Two header lines that are not the headline: a warning banner with a clock time, and the outlet's name.

A weather or traffic banner ("Winter Storm Warning in effect ... until 7 p.m. Sunday") sits above the
headline and agrees with the lede even better than the headline does; like a timestamp it holds a
clock time, which headlines do not. An outlet's name ("The Harbour Review") above a story that cites
it as its source ("told The Harbour Review") agrees with the text word for word, as a name only.
"""

from __future__ import annotations

import pytest

import newsclean

STORM = [
    "WEATHER ALERT",
    "Winter Storm Warning in effect for Kane and Orville counties until 7 p.m. Sunday",
    "First Big Snow of the Season Could Bury the Ridge Towns by Sunday",
    "By Carla Benedetti",
    "A fast-moving storm will bring the first big snow of the season to the ridge towns on Saturday night, with a "
    "foot possible in Kane and Orville counties before it ends on Sunday afternoon.",
    "The weather service has issued a winter storm warning for both counties and urged drivers to stay home.",
]


@pytest.mark.parametrize("clock", ["7 p.m.", "7 P.M.", "7pm", "7 PM", "10:30 a.m."])
def test_a_banner_with_a_clock_time_is_not_the_headline(clock: str) -> None:
    lines = [STORM[0], STORM[1].replace("7 p.m.", clock), *STORM[2:]]
    assert newsclean.clean_text("\n".join(lines)).title == STORM[2]


def test_a_german_headline_with_a_number_before_am_is_still_a_headline() -> None:
    headline = "Runde 2 am Sonntag entscheidet über den Bürgermeister"
    text = "\n".join(
        [
            headline,
            "Die Entscheidung über den neuen Bürgermeister fällt erst in Runde 2 am Sonntag, nachdem keiner der "
            "drei Kandidaten im ersten Wahlgang eine Mehrheit erreicht hat.",
            "Die Wahllokale sind von acht bis 18 Uhr geöffnet, teilte die Stadt mit.",
        ]
    )
    assert newsclean.clean_text(text).title == headline


# (id, outlet line, the story's headline between paragraphs, lede citing the outlet, second paragraph)
OUTLETS = [
    (
        "en",
        "The Harbour Review",
        "Harbour Board Cuts Ferry Timetable as Fuel Costs Soar",
        "The harbour board will cut the winter ferry timetable by a third from January, its chair told The Harbour "
        "Review on Tuesday, blaming fuel costs that have doubled since the spring.",
        "Islanders said the cuts would leave them without a morning boat on three days of the week.",
    ),
    (
        "de",
        "Hafenkurier",
        "Hafenamt streicht Fähren im Winterfahrplan zusammen",
        "Das Hafenamt wird den Winterfahrplan der Fähren ab Januar um ein Drittel kürzen, sagte die Leiterin am "
        "Dienstag gegenüber dem Hafenkurier und verwies auf die gestiegenen Treibstoffkosten.",
        "Inselbewohner kritisierten, dass an drei Tagen der Woche keine Morgenfähre mehr fahren soll.",
    ),
    (
        "es",
        "El Diario del Puerto",
        "La autoridad portuaria recorta el horario de invierno de los ferris",
        "La autoridad portuaria recortará un tercio del horario de invierno de los ferris a partir de enero, dijo "
        "su presidenta a El Diario del Puerto, por el aumento del precio del combustible.",
        "Los vecinos de las islas criticaron que tres días a la semana no habrá barco por la mañana.",
    ),
]


@pytest.mark.parametrize(("outlet", "headline", "lede", "more"), [o[1:] for o in OUTLETS], ids=[o[0] for o in OUTLETS])
def test_the_outlet_the_story_cites_is_not_its_headline(outlet: str, headline: str, lede: str, more: str) -> None:
    article = newsclean.clean_text("\n".join([outlet, lede, headline, more]))
    assert article.title == headline


def test_a_name_the_lede_opens_with_stays_a_headline() -> None:
    # An obituary's headline is the name; the lede opens with it and cites nobody.
    name = "Ruth Ann Kessler"
    text = "\n".join(
        [
            name,
            "Ruth Ann Kessler, who ran the Page Turners bookshop on Mill Lane for forty years, died on Friday at "
            "her home in Kingsport. She was 81.",
            "She knew most of her regular customers by what they read, her daughter said.",
        ]
    )
    assert newsclean.clean_text(text).title == name
