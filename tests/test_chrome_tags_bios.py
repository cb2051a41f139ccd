"""Tag lists and author biographies after the article, in several languages, with hard negatives."""

from __future__ import annotations

import pytest
import regex

import newsclean
from newsclean import markers
from newsclean.text import strip_boilerplate as sb
from newsclean.text.marker_syntax import starts
from newsclean.text.patterns import trim

TITLE = "Harbour baths stay open for three more summers"
BODY = [
    "The town council voted on Tuesday to keep the old harbour baths open for another three summers.",
    "Repairs to the roof and the pumps will cost about 400,000 euros, the mayor said after the vote.",
    "The council will decide in 2029 whether the baths are rebuilt or closed for good, officials said.",
]


def _clean(*tail: str, before: tuple[str, ...] = ()) -> newsclean.Article:
    return newsclean.clean_text("\n".join([*before, *BODY, *tail]), title=TITLE)


BIOS = [
    "Jane Roe is a freelance writer based in Toronto. Her work has appeared in many papers.",
    "Tom Baker is a reporter for The Harbour Press.",
    "Priya Anand is Northline's senior computing writer. She has been reviewing laptops since 2014.",
    "Montoya covers wildfires and climate for The Harbour Press in California.",
    "Lea Brandt ist Wirtschaftsredakteurin in Hamburg.",
    "Jan Roe ist freier Journalist und lebt in Leipzig.",
    "Jeanne Roux est journaliste au service Économie.",
    "Ana López es periodista y cubre la información municipal.",
    "Marco Bianchi è giornalista della redazione di Torino.",
    "Rita Costa é jornalista de Economia.",
    "Sanne de Vries is verslaggever bij de regioredactie.",
    "Anna Nowak jest dziennikarką działu gospodarczego.",
]


@pytest.mark.parametrize("bio", BIOS)
def test_an_author_bio_after_the_article_is_a_byline(bio: str) -> None:
    article = _clean(bio, "More from the author", "Storm closes schools")
    assert article.body[: len(BODY)] == tuple(BODY)
    assert any(r.text == bio and r.kind == "byline" for r in article.removed)


@pytest.mark.parametrize("bio", BIOS[:3])
def test_the_same_sentence_between_paragraphs_stays(bio: str) -> None:
    # Before the last paragraph it describes a person in the story.
    article = newsclean.clean_text("\n".join([BODY[0], bio, *BODY[1:]]), title=TITLE)
    assert bio in article.body


@pytest.mark.parametrize(
    "last",
    [
        "Roe is a reporter for the Harbour Post, her lawyer said.",
        "The mayor is a former reporter and knows the baths well.",
        "Harbour Press is a news agency founded in 1950.",
        "Jane Roe is the daughter of the baths' first lifeguard.",
    ],
)
def test_last_paragraphs_that_are_not_bios_stay(last: str) -> None:
    assert last in _clean(last).body


TAGS = [
    ["Temas", "Torrevera", "Hostelería", "Ayuntamientos"],
    ["Sujets :", "Brest", "Tramway"],
    ["Onderwerpen", "Utrecht", "Fietsen"],
    ["Tags:2026 harbour baths council"],
    ["Tags Harbour City Council budget"],
]


@pytest.mark.parametrize("tags", TAGS, ids=lambda t: t[0])
def test_a_tag_list_after_the_article_goes(tags: list[str]) -> None:
    assert _clean(*tags).body == tuple(BODY)


@pytest.mark.parametrize(
    "line",
    ["Tags are a cheap way to track luggage, the airline said.", "Temas como la vivienda dominaron el debate."],
)
def test_sentences_starting_with_tag_words_stay(line: str) -> None:
    assert line in _clean(line).body


@pytest.mark.parametrize("marker", markers.AUTHOR_BIOS, ids=lambda m: m.lang)
def test_author_bio_examples_match(marker: markers.Marker) -> None:
    assert regex.fullmatch(marker.pattern, trim(marker.example), regex.IGNORECASE)


def test_bio_verb_scan_is_a_necessary_condition() -> None:
    # Every bio marker is "<name> <verb> ...": the scan must find the verb in whatever it matches.
    for marker in markers.AUTHOR_BIOS:
        assert marker.pattern.startswith(markers._BIONAME + " ")
        begins = starts(marker.pattern[len(markers._BIONAME) + 1 :])
        assert begins, marker.pattern[:40]
        for kind, text in begins:
            assert kind == "lit" and sb._BIO_VERB.match(" " + text.split(" ")[0] + " "), (marker.lang, text)
    for line in (*BIOS, *(m.example for m in markers.AUTHOR_BIOS)):
        assert sb._BIO_VERB.search(line), line


def test_reply_buttons_fit_the_length_test() -> None:
    assert max(u.most for u in sb._REPLY_BUTTON.units) <= sb._REPLY_CHARS
