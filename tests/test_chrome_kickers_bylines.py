"""Section kickers above the headline block and an author's bare name beside the byline (strip_article_frame).

Position is the evidence: a kicker stands above the headline and its byline/timestamp lines (or above the
first paragraph when the headline stands between paragraphs), a bare name next to a byline or timestamp
line. The same short lines inside the article (subheadings, one-line paragraphs, quotes, list items, a
name opening a paragraph) stay.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text.strip_article_frame import _is_label, _is_name

# (lang, kicker lines, headline, byline/timestamp line, two paragraphs)
PAGES = [
    (
        "en",
        ["News › Crime & Courts"],
        "Harbour council approves new ferry timetable after long debate",
        "Updated 12:03 GMT",
        [
            "The council voted on Monday to approve the new ferry timetable after months of debate among residents.",
            "The new schedule starts in March and adds two morning crossings, officials said in a statement.",
        ],
    ),
    (
        "en",
        ["Sport > Football > Premier League"],
        "Harbour Town sign teenage striker from rival club on loan",
        "3 hours ago",
        [
            "Harbour Town have signed the 18-year-old striker on a season-long loan, the club said on Friday morning.",
            "He scored eleven goals for the youth side last season and trained with the first team in the summer.",
        ],
    ),
    (
        "en",
        ["TECH"],
        "Chip designer cuts a tenth of its staff to focus on accelerators",
        "Tue, Nov 24, 2026, 4:31 PM EST · 4 min read",
        [
            "The chip designer said on Tuesday it would cut about a tenth of its staff and stop work on a server chip.",
            "Shares rose in after-hours trading after the announcement, recovering part of this year's losses.",
        ],
    ),
    (
        "de",
        ["Wirtschaft | Regional"],
        "Werft in Nordhaven streicht 300 Stellen und schließt ein Dock",
        "27.11.2026, 18:34 Uhr",
        [
            "Die Werft in Nordhaven streicht bis zum Sommer rund 300 Stellen, teilte das Unternehmen am Freitag mit.",
            "Der Betriebsrat kündigte Widerstand an und sprach von einem schwarzen Tag für die ganze Region.",
        ],
    ),
    (
        "de",
        ["Startseite", "Politik", "Landespolitik"],
        "Landtag beschließt neues Schulgesetz nach langem Streit",
        "Von Katrin Roe",
        [
            "Nach monatelangem Streit hat der Landtag am Donnerstag das Schulgesetz mit knapper Mehrheit beschlossen.",
            "Die Opposition kündigte an, gegen das Gesetz vor dem Verfassungsgericht klagen zu wollen.",
        ],
    ),
    (
        "fr",
        ["Régions", "Bruxelles"],
        "La nouvelle ligne de tram vers le nord retardée d'un an",
        "Publié le 28-11-2026 à 18h02",
        [
            "La mise en service de la ligne de tram vers le nord, prévue en 2027, est reportée d'un an au moins.",
            "Des conduites de gaz non répertoriées ont été découvertes sous la chaussée lors des travaux.",
        ],
    ),
    (
        "es",
        ["Inicio / Deportes"],
        "El equipo local gana el derbi y asciende al segundo puesto",
        "Hace 2 horas",
        [
            "El equipo local ganó el derbi por dos goles a cero y ascendió al segundo puesto de la clasificación.",
            "El entrenador destacó el trabajo defensivo de sus jugadores durante toda la segunda parte.",
        ],
    ),
    (
        "it",
        ["Cronaca", "Firenze"],
        "Guasto sulla linea, treni in ritardo fino a tre ore",
        "28 novembre 2026, 18:04",
        [
            "Un guasto alla linea elettrica ha causato ritardi fino a tre ore sui treni tra le due città ieri sera.",
            "Le associazioni dei consumatori hanno annunciato richieste di rimborso per tutti i viaggiatori.",
        ],
    ),
    (
        "nl",
        ["Nieuws", "Regio", "Verkeer"],
        "Spoorbrug bij de rivier maandenlang dicht voor herstel",
        "2 uur geleden",
        [
            "De spoorbrug over de rivier gaat vanaf maart maandenlang dicht voor groot onderhoud, meldt ProRail.",
            "Reizigers moeten rekening houden met bussen in plaats van treinen tussen de twee stations.",
        ],
    ),
    (
        "pl",
        ["Wiadomości", "Region"],
        "Nowy most nad rzeką otwarty dla ruchu po dwóch latach budowy",
        "28.11.2026, 10:15",
        [
            "Nowy most nad rzeką został w piątek otwarty dla ruchu po ponad dwóch latach budowy, poinformował urząd.",
            "Kierowcy skrócą dzięki niemu drogę do centrum miasta o kilkanaście minut w godzinach szczytu.",
        ],
    ),
    (
        "pt",
        ["Sociedade", "Proteção Civil"],
        "Incêndio na serra obriga a evacuar duas aldeias durante a noite",
        "28/11/2026 10h32",
        [
            "Um incêndio na serra obrigou durante a noite à evacuação de duas aldeias, informou a Proteção Civil.",
            "Mais de cem bombeiros combatiam as chamas ao início da manhã, apoiados por três meios aéreos.",
        ],
    ),
]


def _clean(lines: list[str]) -> newsclean.Article:
    return newsclean.clean_text("\n".join(lines))


def _removed(article: newsclean.Article, text: str) -> tuple[str, str] | None:
    return next(((r.rule, r.kind) for r in article.removed if r.text == text), None)


def _gone(article: newsclean.Article, text: str) -> bool:
    """Out of the body and accounted for: removed, or (a "Name | Name" breadcrumb) taken by split_credits
    for a photo credit first."""
    return text not in article.body and (_removed(article, text) is not None or text in article.credits)


@pytest.mark.parametrize(
    ("lang", "kickers", "title", "byline", "paras"), PAGES, ids=[f"{p[0]}-{p[1][0][:12]}" for p in PAGES]
)
def test_kicker_above_a_headline_between_paragraphs_goes(
    lang: str, kickers: list[str], title: str, byline: str, paras: list[str]
) -> None:
    # The headline stands between the paragraphs, so find_headline does not see the kicker above it.
    article = _clean([*kickers, byline, paras[0], title, paras[1]])
    for kicker in kickers:
        assert _gone(article, kicker), (lang, kicker, article.body)
    assert article.body == tuple(paras)


@pytest.mark.parametrize(
    ("lang", "kickers", "title", "byline", "paras"), PAGES, ids=[f"{p[0]}-{p[1][0][:12]}" for p in PAGES]
)
def test_kicker_above_the_first_paragraph_goes_when_the_headline_is_lower(
    lang: str, kickers: list[str], title: str, byline: str, paras: list[str]
) -> None:
    article = _clean([*kickers, paras[0], title, paras[1]])
    assert article.title == title
    for kicker in kickers:
        assert _gone(article, kicker), (lang, kicker, article.body)
    assert article.body == tuple(paras)


# (lang, name line, byline/timestamp line)
NAMES = [
    ("en", "Jane Roe", "Updated 12:03 GMT"),
    ("en", "JANE ROE", "Published: 21:30, 28 Nov 2026"),
    ("de", "Lea Brandt", "27.11.2026, 18:34 Uhr"),
    ("de", "Reto Ammann, Bern", "28.11.2026, 05.30 Uhr"),
    ("fr", "Marie-Laure Chappuis", "Modifié à 14:05"),
    ("es", "Álvaro Segura", "Hace 2 horas"),
    ("it", "Marco Bianchi", "28 novembre 2026, 18:04"),
    ("nl", "Joost van Eijk", "Vandaag, 18:47"),
    ("pl", "Paweł Kozubski", "28.11.2026, 10:15"),
    ("pt", "Rita Costa", "28/11/2026 10h32"),
]


@pytest.mark.parametrize(("lang", "name", "stamp"), NAMES, ids=[n[1] for n in NAMES])
def test_bare_author_name_beside_the_byline_goes(lang: str, name: str, stamp: str) -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    for lines in ([title, name, stamp, *paras], [title, stamp, name, *paras]):
        article = _clean(lines)
        assert _removed(article, name) == ("strip_article_frame", "byline"), (lang, lines, article.body)
        assert article.body == tuple(paras)
        assert article.title == title


def test_author_name_over_the_bio_after_the_article_goes() -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    bio = "Roe covers the harbour and city hall for The Harbour Press."
    article = _clean([title, *paras, "JANE ROE", bio])
    assert _removed(article, "JANE ROE") == ("strip_article_frame", "byline")
    assert _removed(article, bio) is not None


@pytest.mark.parametrize("sign", ["Associated Press", "Agencia EFE", "(AFP)", "Reuters"])
def test_agency_name_alone_above_or_below_the_article_goes(sign: str) -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    for lines in ([title, sign, "Updated 12:03 GMT", *paras], [title, "Updated 12:03 GMT", *paras, sign]):
        article = _clean(lines)
        assert sign not in article.body, lines
        assert article.body == tuple(paras)


def test_agency_name_between_paragraphs_stays() -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    article = _clean([title, "Updated 12:03 GMT", paras[0], "Reuters", paras[1]])
    assert "Reuters" in article.body or "Reuters" in article.credits


@pytest.mark.parametrize("handle", ["@janeroe", "Jane Roe @janeroe", "Jane Roe @janeroe / 2 days"])
def test_author_handle_beside_the_byline_goes(handle: str) -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    article = _clean([title, "By Jane Roe", handle, "Nov 18, 2026 at 9:24 pm ET", *paras])
    assert _removed(article, handle) == ("strip_article_frame", "byline")


def test_handle_in_a_paragraph_stays() -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    line = "@janeroe"
    article = _clean([title, "Updated 12:03 GMT", paras[0], line, paras[1]])
    assert line in article.body


@pytest.mark.parametrize("crumb", ["BLOG > Nutrition > Meal Plans", "Accueil › Sport › Rugby", "Inicio » Deportes"])
def test_arrow_breadcrumb_under_the_headline_goes(crumb: str) -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    article = _clean([title, crumb, "Updated 12:03 GMT", *paras])
    assert crumb not in article.body


def test_name_at_the_venue_under_the_headline_goes() -> None:
    title, paras = PAGES[1][2], PAGES[1][4]
    article = _clean([title, "Tom Roe at Brook Lane", "Sat 28 Nov 2026 17.12 GMT", *paras])
    assert _removed(article, "Tom Roe at Brook Lane") == ("strip_article_frame", "byline")


@pytest.mark.parametrize(
    "role",
    ["Staff Writer", "Special to the Gazette", "Correspondent", "Redakteurin", "Rédaction", "Redacción"],
)
def test_role_line_under_a_name_goes_with_it(role: str) -> None:
    title, paras = PAGES[0][2], PAGES[0][4]
    article = _clean([title, "Jane Roe", role, "Updated 12:03 GMT", *paras])
    assert _removed(article, role) is not None
    assert _removed(article, "Jane Roe") is not None
    assert article.body == tuple(paras)


# --------------------------------------------------------------------------- hard negatives

LEDE = "The council voted on Monday to approve the new ferry timetable after months of debate among residents."
MORE = "The new schedule starts in March and adds two morning crossings, officials said in a statement."
TITLE = "Harbour council approves new ferry timetable after long debate"
STAMP = "Updated 12:03 GMT"

KEPT = [
    ("one-line paragraph", [TITLE, STAMP, LEDE, "Nothing happened.", MORE], "Nothing happened."),
    ("subheading", [TITLE, STAMP, LEDE, "What happens next", MORE], "What happens next"),
    ("short quote", [TITLE, STAMP, LEDE, "“We will be back.”", MORE], "“We will be back.”"),
    (
        "name opening a paragraph",
        [TITLE, STAMP, LEDE, "Jane Roe, the harbour master, said the new timetable was overdue.", MORE],
        "Jane Roe, the harbour master, said the new timetable was overdue.",
    ),
    (
        "numbered list item",
        [TITLE, STAMP, LEDE, "1. Two more morning crossings", "2. A later last ferry", MORE],
        "1. Two more morning crossings",
    ),
    (
        "Title-Case heading between paragraphs",
        [TITLE, STAMP, LEDE, "Harbour Master Speaks", MORE],
        "Harbour Master Speaks",
    ),
    ("dateline under the byline", [TITLE, STAMP, "BAAR, SWITZERLAND", LEDE, MORE], "BAAR, SWITZERLAND"),
    ("place line under the byline", [TITLE, STAMP, "Pittsburgh", LEDE, MORE], "Pittsburgh"),
    ("question subheading", [TITLE, STAMP, LEDE, "Was kostet das?", MORE], "Was kostet das?"),
]


@pytest.mark.parametrize(("case", "lines", "kept"), KEPT, ids=[k[0] for k in KEPT])
def test_short_lines_inside_the_article_stay(case: str, lines: list[str], kept: str) -> None:
    article = _clean(lines)
    assert kept in article.body, (case, article.removed)


def test_list_above_the_first_paragraph_stays_when_the_headline_is_lower() -> None:
    # No headline block above the first paragraph: only the labels that open the text are the page's.
    lines = ["Rezepte", "Für vier Personen:", "200 g Mehl", "2 Eier", LEDE, TITLE, MORE]
    article = _clean(lines)
    assert _removed(article, "Rezepte") == ("strip_article_frame", "boilerplate")
    assert "200 g Mehl" in article.body and "2 Eier" in article.body


def test_live_blog_entry_headings_beside_timestamps_stay() -> None:
    lines = [TITLE, STAMP, LEDE]
    for n, heading in enumerate(
        ["Council Votes Yes", "Mayor Welcomes Result", "Ferry Union Responds", "Next Steps Announced"]
    ):
        lines += [f"{10 + n}:15 GMT", heading, MORE.replace("March", f"March {n + 1}")]
    article = _clean(lines)
    assert "Council Votes Yes" in article.body and "Next Steps Announced" in article.body


def test_no_headline_block_no_kicker() -> None:
    # Without a title or a byline above the first paragraph, and no headline lower down, nothing is known.
    article = newsclean.clean_text("\n".join(["Opinion", LEDE, MORE]), title="A title given by the caller")
    assert "Opinion" in article.body or _removed(article, "Opinion") != ("strip_article_frame", "boilerplate")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sport > Football > Premier League", True),
        ("Wirtschaft | Regional", True),
        ("2. Liga", True),
        ("TECH", True),
        ("Nothing happened.", False),
        ("What happens next:", False),
        ("“Never again”", False),
        ("BAAR, SWITZERLAND", False),
        ("lower-case start", False),
        ("One two three four five", False),
    ],
)
def test_label_shape(text: str, label: bool) -> None:
    assert _is_label(text) is label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Roe", True),
        ("Annelies de Vries", True),
        ("DANA WHITFIELD", True),
        ("Reto Ammann, Bern", True),
        ("Jane", False),
        ("The council voted.", False),
        ("Jane Roe said", False),
    ],
)
def test_name_shape(text: str, name: bool) -> None:
    assert _is_name(text) is name


def test_every_removed_line_is_in_removed_with_its_rule_and_reason() -> None:
    _, kickers, title, byline, paras = PAGES[4]
    lines = [*kickers, "Lea Brandt", byline, paras[0], title, paras[1]]
    article = _clean(lines)
    accounted = [*article.body, *(r.text for r in article.removed), article.title]
    for line in lines:
        assert line in accounted
    for r in article.removed:
        assert r.rule and r.reason
