"""A headline between paragraphs told by its style: the one line in title case among subheadings in
sentence case, in prose that capitalises few words. Never over a header headline, never in German
(whose nouns are capitalised), never when two lines share the style.
"""

from __future__ import annotations

import newsclean

P1 = (
    "Harbour towns along the coast have seen ferry bookings fall by a third since the spring, according to "
    "figures published by the regional transport office on Tuesday."
)
P2 = (
    "Operators blame fuel costs and a shortage of crews, and several have already cut their winter timetables "
    "to a single crossing a day on the quieter routes."
)
P3 = (
    "Islanders say the cuts leave them stranded on three days of the week, and the council has asked the "
    "government for an emergency subsidy to keep the morning boats running."
)
SUB1 = "Why are the ferries so empty this year?"
SUB2 = "What the council wants from the government"
P4 = (
    "A campaign group of island families has collected four thousand signatures for a petition that demands "
    "a guaranteed daily sailing, and will hand it to ministers in the capital next week."
)
HEADLINE = "Island Families Hand Ministers a Petition Demanding Guaranteed Daily Sailings"


def test_the_one_title_cased_line_between_paragraphs_is_the_headline() -> None:
    text = "\n".join([P1, SUB1, P2, HEADLINE, P3, SUB2, P4])
    article = newsclean.clean_text(text)
    assert article.title == HEADLINE
    assert HEADLINE not in article.body


def test_a_header_headline_is_not_overruled_by_style() -> None:
    header = "Ferry bookings slump as fuel costs bite"
    text = "\n".join([header, P1, SUB1, P2, HEADLINE, P3, SUB2])
    assert newsclean.clean_text(text).title == header


def test_two_title_cased_lines_say_nothing() -> None:
    other = "What the Council Wants From the Government Now"
    text = "\n".join([P1, SUB1, P2, HEADLINE, P3, other, P4])
    assert newsclean.clean_text(text).title != HEADLINE


def test_german_noun_phrases_are_not_title_case() -> None:
    # German prose capitalises every noun: a subheading of nouns is no headline by style.
    paras = [
        "Die Zahl der Buchungen auf den Fähren an der Küste ist seit dem Frühjahr um ein Drittel gesunken, wie "
        "das Verkehrsamt der Region am Dienstag mitteilte.",
        "Die Betreiber nennen die Kosten für Treibstoff und den Mangel an Personal als Gründe und haben den "
        "Winterfahrplan auf den ruhigeren Strecken bereits gekürzt.",
        "Die Bewohner der Inseln fürchten, an drei Tagen der Woche ohne Morgenfähre zu bleiben, und der Kreis "
        "hat beim Land eine Unterstützung beantragt.",
    ]
    noun_line = "Neue Regeln für Vermieter ab dem Januar im ganzen Landkreis"
    text = "\n".join([paras[0], "Warum sind die Fähren so leer?", paras[1], noun_line, paras[2], "Was der Kreis will"])
    assert newsclean.clean_text(text).title != noun_line
