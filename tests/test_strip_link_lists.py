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


# A box inside the article: a link or two, then the article resumes. Each case: the text, and the
# lines the box takes (its heading and its links); everything else is the article's and stays.
INLINE_BOXES = [
    (
        "de-question-subheading-after-box",
        [
            "Ein Wechsel des Stromanbieters ist meist innerhalb von zwei Wochen möglich, sagen Verbraucherschützer.",
            "Auch interessant:",
            "Heizkosten sparen: 10 Tipps, die wirklich etwas bringen",
            "Balkonkraftwerk: Was ist 2027 erlaubt?",
            "Worauf sollte ich achten?",
            "Vergleichen Sie nicht nur den Preis im ersten Jahr. Viele locken mit Boni. Wichtig sind außerdem:",
            "eine Preisgarantie von mindestens zwölf Monaten,",
            "eine Vertragslaufzeit von höchstens einem Jahr,",
            "keine Vorauskasse.",
        ],
        [
            "Auch interessant:",
            "Heizkosten sparen: 10 Tipps, die wirklich etwas bringen",
            "Balkonkraftwerk: Was ist 2027 erlaubt?",
        ],
    ),
    (
        "de-list-right-after-box",
        [
            "Die Verbraucherzentrale rät, vor dem Wechsel drei Dinge zu prüfen, und nennt sie auch gleich:",
            "Mehr zum Thema",
            "Strompreise: Grundversorger erhöhen zum Januar",
            "die Preisgarantie des neuen Anbieters,",
            "die Kündigungsfrist des alten Vertrags,",
            "den aktuellen Zählerstand.",
        ],
        ["Mehr zum Thema", "Strompreise: Grundversorger erhöhen zum Januar"],
    ),
    (
        "fr-pull-quote-after-box",
        [
            "En attendant, les clubs se démènent pour trouver des créneaux dans les bassins voisins, déjà saturés.",
            "À lire aussi",
            "Cergy : la rénovation du centre aquatique prend du retard",
            "« On est en train de perdre des enfants »",
            "Au club, la présidente a dû annuler les cours de l'école de natation. « On avait 180 enfants "
            "inscrits. On est en train de perdre des enfants », regrette-t-elle.",
        ],
        ["À lire aussi", "Cergy : la rénovation du centre aquatique prend du retard"],
    ),
    (
        "en-question-subheading-after-box",
        [LEAD, "Read more", "Ferry fares to rise in May", "What happens to the old quay?", MORE],
        ["Read more", "Ferry fares to rise in May"],
    ),
    (
        "es-question-subheading-after-box",
        [
            "El ayuntamiento aprobó el presupuesto del puerto el martes tras un largo debate, según el alcalde.",
            "Te puede interesar",
            "Huelga de estibadores en Valencia",
            "¿Qué cambia para los vecinos?",
            "Las obras del nuevo muelle empezarán en primavera y durarán dos años, según el ayuntamiento.",
        ],
        ["Te puede interesar", "Huelga de estibadores en Valencia"],
    ),
    (
        "pl-question-subheading-after-box",
        [
            "Rada miasta przyjęła we wtorek budżet portu po długiej debacie, poinformowali urzędnicy miejscy.",
            "Czytaj także:",
            "Port w Gdańsku otwarty po burzy",
            "Strajk dokerów w Gdyni",
            "Co dalej z inwestycją?",
            "Prace przy nowym nabrzeżu ruszą wiosną i potrwają dwa lata, zapowiada urząd miasta.",
        ],
        ["Czytaj także:", "Port w Gdańsku otwarty po burzy", "Strajk dokerów w Gdyni"],
    ),
]


@pytest.mark.parametrize(("lines", "box"), [c[1:] for c in INLINE_BOXES], ids=[c[0] for c in INLINE_BOXES])
def test_article_resuming_after_an_inline_box_stays(lines: list[str], box: list[str]) -> None:
    article = clean(*lines)
    assert [r.text for r in article.removed] == box
    # every other line is the article's, kept (list items may be joined into one paragraph)
    text = " ".join(article.body)
    assert all(line.rstrip(".,;") in text for line in lines if line not in box)


# Hard negatives: links that look like the article resuming, and still go.
LINKS_THAT_GO = [
    # a question with its topic before it is a headline, even right before a paragraph
    (
        "de-topic-question-before-paragraph",
        [LEAD, "Mehr zum Thema", "Heizkosten sparen: 10 Tipps", "Balkonkraftwerk: Was ist 2027 erlaubt?", MORE],
        ["Mehr zum Thema", "Heizkosten sparen: 10 Tipps", "Balkonkraftwerk: Was ist 2027 erlaubt?"],
    ),
    # a plain question link with its summary under it: the summary is not the article's paragraph
    (
        "en-question-link-with-dek",
        [
            LEAD,
            "Our Latest Stories",
            "Will ferry fares rise again?",
            "The operator blames fuel costs for the increase, the second this year.",
            "New cycle lane opens on the ring road",
        ],
        [
            "Our Latest Stories",
            "Will ferry fares rise again?",
            "The operator blames fuel costs for the increase, the second this year.",
            "New cycle lane opens on the ring road",
        ],
    ),
    # a link on the same topic as the next paragraph, which repeats only some of its words
    (
        "de-related-topic-link",
        [
            LEAD,
            "Mehr zum Thema",
            "Hollbach: Wochenmarkt zieht vorübergehend auf den Kirchplatz",
            "Die Händler auf dem Wochenmarkt zeigten Verständnis, über Hilfen müsse aber der Stadtrat entscheiden.",
        ],
        ["Mehr zum Thema", "Hollbach: Wochenmarkt zieht vorübergehend auf den Kirchplatz"],
    ),
    # a link list running to the end of the page, a plain question last
    (
        "de-end-of-page",
        [
            LEAD,
            MORE,
            "Mehr zum Thema",
            "Brücke in Dresden bleibt gesperrt",
            "Neue Buslinie für den Hafen",
            "Wie teuer wird das Deutschlandticket?",
        ],
        [
            "Mehr zum Thema",
            "Brücke in Dresden bleibt gesperrt",
            "Neue Buslinie für den Hafen",
            "Wie teuer wird das Deutschlandticket?",
        ],
    ),
]


@pytest.mark.parametrize(("lines", "gone"), [c[1:] for c in LINKS_THAT_GO], ids=[c[0] for c in LINKS_THAT_GO])
def test_links_that_look_like_the_article_resuming_go(lines: list[str], gone: list[str]) -> None:
    assert [r.text for r in clean(*lines).removed] == gone
