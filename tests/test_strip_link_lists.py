"""strip_link_lists: story links under a "Related" / "Most popular" / "Tags" heading."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."
MORE = "Work on the new quay walls is due to start in the spring and to last two years, the council said."


def clean(*lines: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join(lines), title=TITLE)


LISTS = [
    (
        "en-most-popular-numbered",
        ["Most Popular", "1", "Storm closes schools across the county", "2", "Derby winner retires"],
    ),
    ("en-trending-now", ["Trending Now", "Ferry fares to rise in May", "New cycle lane opens on the ring road"]),
    (
        "en-links-with-deks",
        [
            "Our Latest Stories",
            "Ferry fares to rise in May",
            "The operator blames fuel costs for the increase, the second this year.",
            "New cycle lane opens on the ring road",
        ],
    ),
    ("en-tags", ["Tags:", "Harbour", "Council budget"]),
    ("de-meistgelesen", ["Meistgelesen", "Brücke in Dresden bleibt gesperrt", "Neue Buslinie für den Hafen"]),
    ("fr-les-plus-lus", ["Les plus lus", "Le port rouvre après la tempête", "Grève des dockers à Marseille"]),
    ("es-lo-mas-leido", ["Lo más leído", "El puerto reabre tras el temporal", "Huelga de estibadores en Valencia"]),
    ("pl-najczesciej", ["Najczęściej czytane", "Port w Gdańsku otwarty po burzy", "Strajk dokerów w Gdyni"]),
]


@pytest.mark.parametrize("block", [c[1] for c in LISTS], ids=[c[0] for c in LISTS])
def test_link_list_after_the_article_is_removed(block: list[str]) -> None:
    article = clean(LEAD, MORE, *block)
    assert article.body == (LEAD, MORE)
    assert [r.text for r in article.removed] == block


def test_list_stops_at_a_quoted_statement() -> None:
    quote = "“We are delighted to welcome him to the club and wish him every success,” the statement said."
    article = clean(LEAD, "More from Sport", "Derby winner retires", quote, "Club statement", MORE)
    assert [r.text for r in article.removed] == ["More from Sport", "Derby winner retires"]
    assert quote in article.body


def test_list_stops_at_the_next_paragraph() -> None:
    article = clean(LEAD, "Related Stories", "Ferry fares to rise in May", MORE)
    assert article.body == (LEAD, MORE)
    assert [r.kind for r in article.removed] == ["teaser", "teaser"]


KEPT = [
    # no heading: a list inside the article stays
    (
        "list-without-heading",
        [LEAD, "What the budget pays for:", "New quay walls", "Two cranes", "A ferry pontoon", MORE],
    ),
    # subheadings between paragraphs are not links
    ("subheadings", [LEAD, "What happens next", MORE, "Who pays", MORE.replace("two", "three")]),
    # a heading-like sentence in prose is not a heading
    ("related-in-prose", [LEAD, "Related costs rose by a third, the council said.", "New quay walls", MORE]),
]


@pytest.mark.parametrize("lines", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_lines_without_a_link_heading_stay(lines: list[str]) -> None:
    article = clean(*lines)
    assert article.removed == ()
    assert len(article.body) == len(lines)
