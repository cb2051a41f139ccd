"""Every marker's example matches its own compiled list; hard negatives match none of them."""

from __future__ import annotations

import pytest
import regex

from newsclean import markers
from newsclean.markers import Marker
from newsclean.text import patterns
from newsclean.text.patterns import trim

# (list name, markers, compiled whole-line pattern, how the cleaner matches it)
WHOLE_LINE = [
    ("AD_LINES", markers.AD_LINES, patterns.AD_LINE),
    ("TEASER_LINES", markers.TEASER_LINES, patterns.TEASER_LINE),
    ("LIST_HEADINGS", markers.LIST_HEADINGS, patterns.LIST_HEADING),
    ("BOILERPLATE_LINES", markers.BOILERPLATE_LINES, patterns.BOILERPLATE_LINE),
    ("MEDIA_LINES", markers.MEDIA_LINES, patterns.MEDIA_LINE),
    ("BYLINE_LINES", markers.BYLINE_LINES, patterns.BYLINE_LINE),
]


def _cases() -> list[tuple[str, Marker, regex.Pattern[str]]]:
    return [
        (f"{name}[{i}]", marker, compiled) for name, table, compiled in WHOLE_LINE for i, marker in enumerate(table)
    ]


@pytest.mark.parametrize(("marker", "compiled"), [c[1:] for c in _cases()], ids=[c[0] for c in _cases()])
def test_example_matches_its_own_marker_and_the_compiled_list(marker: Marker, compiled: regex.Pattern[str]) -> None:
    assert regex.fullmatch(marker.pattern, trim(marker.example), regex.IGNORECASE), marker.example
    assert compiled.fullmatch(trim(marker.example)), marker.example


@pytest.mark.parametrize("marker", markers.TEASER_PREFIXES, ids=lambda m: m.example[:30])
def test_teaser_prefix_example_starts_with_its_marker(marker: Marker) -> None:
    m = patterns.TEASER_PREFIX.match(marker.example)
    assert m is not None and m.end() < len(marker.example)


@pytest.mark.parametrize("marker", (*markers.CAPTION_PREFIXES, *markers.CAPTION_LABELS), ids=lambda m: m.example[:30])
def test_caption_prefix_example_starts_with_its_marker(marker: Marker) -> None:
    assert patterns.CAPTION_PREFIX.match(marker.example)


@pytest.mark.parametrize("marker", markers.CAPTION_LABELS, ids=lambda m: m.example[:30])
def test_caption_label_is_a_label_and_leaves_text_after_it(marker: Marker) -> None:
    m = patterns.CAPTION_LABEL.match(marker.example)
    assert m is not None and marker.example[m.end() :].strip()


def test_sentence_starts_are_not_labels() -> None:
    assert patterns.CAPTION_LABEL.match("FILE PHOTO: A man walks past the bank.") is None
    assert patterns.CAPTION_LABEL.match("In this undated photo, soldiers march.") is None


# Body sentences and headings that share words with the markers but are not page residue.
NEGATIVES = [
    "The advertisement campaign drew complaints from parents.",
    "Anzeige gegen den Bürgermeister erstattet",
    "Publicidad engañosa: la autoridad multa a tres empresas",
    "Reklama wyborcza kosztowała komitety miliony złotych.",
    "Share prices fell sharply on Tuesday.",
    "Comments by the minister angered the opposition.",
    "Related parties must disclose their holdings.",
    "Follow the money",
    "Más de 30 heridos en el incendio de Valencia",
    "Themen wie Klima und Energie bestimmen den Wahlkampf.",
    "Newsletters from the council will no longer be printed on paper.",
    "By the end of the year, prices had doubled.",
    "Video footage showed the driver leaving the scene.",
    "Image rights remain a problem for the club.",
    "Popular anger grew after the vote.",
    "Latest figures show unemployment falling in the region.",
    "Tags on the animals let researchers follow their migration.",
    "Caption contests were banned at the school.",
    "Il y a trois ans, la ville a fermé la piscine.",
    "3 hours of talks ended without a deal",
    "Newsletter sales rose sharply last year, the company said.",
    "Bookmarks and folders are synced across devices.",
    "Schlagworte wie Freiheit und Gerechtigkeit prägen den Wahlkampf.",
    "Lecture halls stayed closed for a week.",
    "eggs and ham",
    "salt and pepper",
    "Join the club, the mayor told reporters.",
    "Masz rację, powiedział minister.",
    "Por la mañana, la policía cortó la carretera.",
    "Tiempo de espera: 3 horas en urgencias",
    "JavaScript is required knowledge for the course, the university said.",
    "Para participar en el sorteo, los vecinos deben inscribirse antes del viernes.",
    "Pour réagir à la crise, le gouvernement a convoqué les syndicats lundi.",
    "Haben Sie einen Tipp, wie man Strom spart? fragte die Moderatorin.",
    "Sales of the newsletter fell after readers stopped paying to subscribe.",
    "I would like to receive updates from the police every day, the mother said.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_body_sentences_match_no_whole_line_marker(text: str) -> None:
    label = trim(text)
    hits = [name for name, _, compiled in WHOLE_LINE if compiled.fullmatch(label)]
    assert hits == []


def test_agency_names_are_also_matched_when_shouted() -> None:
    assert patterns.CREDIT_LINE.fullmatch("Patrick Semansky, ASSOCIATED PRESS")
    assert patterns.AGENCY_ONLY.fullmatch("GETTY IMAGES")
    # two- and three-letter agencies stay case-sensitive: "ap" is not "AP"
    assert patterns.AGENCY_ONLY.fullmatch("ap") is None
