"""find_headline: the headline found wherever the scrape put it, and body text never taken for it.

Every text here is invented in the style of real scrapes (one paragraph per line). Rows give the
input, the expected title, and the lines that must leave the body with their removal kind; every other
line must stay in the body.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.article import Article
from newsclean.text.similarity import contains_title, normalise_title, overlap, same_title, stems, title_variants

# Paragraph pools, so each row only shows what differs.
EN = [
    "Schools across the county stayed closed on Tuesday as the storm brought more snow and strong winds to the region.",
    "Officials said school buses would not run before Thursday and asked parents to keep children at home.",
    "The weather service expects the snow to ease on Wednesday evening, although roads will stay icy for days.",
    "Several districts said they would add a day at the end of the school year to make up for the lost time.",
]
DE = [
    "Die Spitzen der Koalition haben sich nach langen Verhandlungen auf die Eckpunkte des Bundeshaushalts "
    "für das kommende Jahr geeinigt. Das teilten Regierungskreise am Freitagabend mit.",
    "Der Etat sieht Ausgaben von rund 481 Milliarden Euro vor, etwas weniger als im laufenden Jahr. Die "
    "Schuldenbremse soll eingehalten werden.",
    "Der Kabinettsbeschluss ist für den 17. Juli geplant. Danach berät der Bundestag über den Entwurf, die "
    "Verabschiedung ist für Dezember vorgesehen.",
    "Kritik kam von den Ländern und Kommunen, die mehr Geld für Investitionen fordern. Der Städtetag sprach "
    "von einem Haushalt auf Kosten der Kommunen.",
]
ES = [
    "El ayuntamiento aprobó este lunes la ampliación de la línea de tranvía hasta el nuevo hospital, una obra "
    "que costará 48 millones de euros.",
    "Las obras del tranvía comenzarán en primavera y durarán unos dos años, según el calendario presentado por "
    "el equipo de gobierno.",
    "La oposición criticó que el proyecto no incluya nuevos aparcamientos disuasorios en los barrios del norte.",
    "Los vecinos podrán presentar alegaciones durante treinta días en la sede municipal o por internet.",
]
FR = [
    "Le conseil municipal a voté mardi soir la gratuité des transports en commun pour les moins de 18 ans, "
    "à partir de la rentrée de septembre.",
    "La mesure coûtera environ 2 millions d'euros par an à la ville, qui compte la financer par une hausse "
    "du prix du stationnement.",
    "Les associations de parents d'élèves ont salué une décision attendue depuis plusieurs années.",
]
PL = [
    "Rada miasta zdecydowała w czwartek o budowie nowego mostu na Wiśle, który ma połączyć dwie dzielnice "
    "i odciążyć centrum.",
    "Budowa mostu ma ruszyć w przyszłym roku i potrwać trzy lata, a jej koszt oszacowano na 600 milionów złotych.",
    "Mieszkańcy od lat skarżyli się na korki na jedynej przeprawie w tej części miasta.",
]

EN_TITLE = "Storm keeps county schools closed for second day"
DE_TITLE = "Koalition einigt sich auf Eckpunkte für den Haushalt"
ES_TITLE = "El tranvía llegará al nuevo hospital en dos años"
FR_TITLE = "Transports gratuits pour les moins de 18 ans dès septembre"
PL_TITLE = "Nowy most na Wiśle połączy dwie dzielnice miasta"


def _clean(lines: list[str], **options: object) -> Article:
    title = options.pop("title", None)
    pipeline = newsclean.default_pipeline().with_config(**options) if options else None
    return newsclean.clean_text("\n".join(lines), title=title, pipeline=pipeline)  # type: ignore[arg-type]


def _removed(article: Article) -> dict[str, str]:
    return {r.text: r.kind for r in article.removed if r.rule == "find_headline"}


# (id, lines, expected title, {line: removal kind} removed by find_headline)
FOUND = [
    pytest.param([EN_TITLE, *EN], EN_TITLE, {}, id="en-top"),
    pytest.param(
        [
            "Politik",
            "Haushaltsstreit",
            DE_TITLE,
            "Nach wochenlangem Streit gibt es einen Kompromiss. Viele Fragen bleiben.",
            *DE,
        ],
        DE_TITLE,
        {"Politik": "boilerplate", "Haushaltsstreit": "boilerplate"},
        id="de-after-kickers",
    ),
    pytest.param(
        ["Haushalt 2025", DE_TITLE + " und die Schuldenbremse", *DE],
        DE_TITLE + " und die Schuldenbremse",
        {"Haushalt 2025": "boilerplate"},
        id="de-dachzeile-above-longer-headline",
    ),
    pytest.param(
        [
            "Krieg in der Ukraine",
            "Kiew bittet Verbündete um mehr Luftabwehr für Städte und Kraftwerke",
            "Der ukrainische Präsident bat die Verbündeten am Donnerstag um weitere Luftabwehr für die Städte und die "
            "Kraftwerke des Landes, die seit Wochen beschossen werden.",
            "Mehrere Staaten sagten in Brüssel zusätzliche Systeme zu, Deutschland will ein weiteres liefern.",
        ],
        "Kiew bittet Verbündete um mehr Luftabwehr für Städte und Kraftwerke",
        {"Krieg in der Ukraine": "boilerplate"},
        id="de-four-word-kicker",
    ),
    pytest.param([ES[0], ES[1], ES_TITLE, ES[2], ES[3]], ES_TITLE, {}, id="es-mid"),
    pytest.param([*FR, FR_TITLE], FR_TITLE, {}, id="fr-after-the-body"),
    pytest.param([PL_TITLE, *PL, PL_TITLE], PL_TITLE, {PL_TITLE: "duplicate_title"}, id="pl-repeated"),
    pytest.param(
        [EN_TITLE, EN[0], EN[1], "Share All sharing options for: " + EN_TITLE, EN[2]],
        EN_TITLE,
        {"Share All sharing options for: " + EN_TITLE: "duplicate_title"},
        id="en-repeated-inside-share-bar",
    ),
    pytest.param(
        ["Wird der Haushalt 2025 die Schuldenbremse einhalten?", *DE],
        "Wird der Haushalt 2025 die Schuldenbremse einhalten?",
        {},
        id="de-question-headline",
    ),
    pytest.param(
        [
            "ニュース ›",
            "新しい橋の建設が来年春に始まる",
            "市は新しい橋の建設を来年春に始めると発表した。工事は三年間続く予定である。",
            "橋の建設費は約六百億円と見込まれている。",
        ],
        "新しい橋の建設が来年春に始まる",
        {"ニュース ›": "boilerplate"},
        id="ja-headline-without-spaces",
    ),
    pytest.param(
        ["Von der Leyen warnt vor einem Handelsstreit mit den USA", *DE],
        "Von der Leyen warnt vor einem Handelsstreit mit den USA",
        {},
        id="de-headline-starting-like-a-byline",
    ),
    pytest.param(
        [
            "Sport",
            "Mondiali 2026: l'Italia vince e vola agli spareggi",
            "L'Italia ha battuto la Norvegia per tre a uno e si è qualificata agli spareggi dei Mondiali 2026, "
            "che si giocheranno a marzo.",
            "Il commissario tecnico ha elogiato la squadra per la reazione dopo il gol subito nel primo tempo.",
        ],
        "Mondiali 2026: l'Italia vince e vola agli spareggi",
        {"Sport": "boilerplate"},
        id="it-kicker-and-colon-headline",
    ),
]


@pytest.mark.parametrize(("lines", "title", "removed"), FOUND)
def test_headline_is_found_and_only_it_and_its_chrome_leave_the_body(
    lines: list[str], title: str, removed: dict[str, str]
) -> None:
    article = _clean(lines)
    assert article.title == title
    assert _removed(article) == removed
    left = [ln for ln in lines if ln != title and ln not in removed]
    assert [p for p in left if p not in article.body] == []


# Hard negatives: no line may be taken for the headline, nothing may leave the body.
NOT_FOUND = [
    pytest.param([*EN[:2], "What happens next", *EN[2:]], id="en-short-subheading"),
    pytest.param([*ES[:2], "María López", *ES[2:]], id="es-short-body-line"),
    pytest.param(EN, id="en-opening-paragraph-only"),
    pytest.param([EN[0], "• Buses stop at noon", "• Libraries stay open", EN[1]], id="en-list-items"),
    pytest.param(
        [*EN[:2], "“We will keep every school closed until the roads are safe again”", *EN[2:]],
        id="en-pull-quote",
    ),
    pytest.param(["The vote is in.", *DE], id="short-sentence-at-top"),
    pytest.param(["Berlin, 12. Juli", *DE], id="de-dateline-at-top"),
    pytest.param(["Koalition einigt sich", *DE], id="de-three-words-at-top-without-support"),
    pytest.param(["By Jane Doe - Staff Writer, County Desk", *EN], id="en-byline-with-desk"),
    pytest.param(["Maria Kowalska 12.05.2024 Komentarze: 4", *PL], id="pl-meta-line-with-date"),
    pytest.param(["Publié le 3 mai 2024 à 18:30", *FR], id="fr-publication-time"),
    pytest.param(["Startseite › Politik › Deutschland", *DE], id="de-breadcrumb"),
    pytest.param([*EN[:2], "The flooded school yard on Tuesday, photos © Example Media", *EN[2:]], id="en-credit-line"),
    pytest.param(["Nachrichten aus der Hauptstadt ›", *DE], id="de-breadcrumb-step"),
]


@pytest.mark.parametrize("lines", NOT_FOUND)
def test_body_lines_are_not_taken_for_the_headline(lines: list[str]) -> None:
    article = _clean(lines)
    assert article.title is None
    assert _removed(article) == {}


@pytest.mark.parametrize(
    ("lines", "title", "kept"),
    [
        pytest.param(
            [EN_TITLE, EN[0], "What happens next", *EN[1:]], EN_TITLE, "What happens next", id="en-subheading"
        ),
        pytest.param(
            [DE_TITLE, DE[0], "Die wichtigsten Zahlen", *DE[1:]], DE_TITLE, "Die wichtigsten Zahlen", id="de-subheading"
        ),
        pytest.param(
            [EN_TITLE, EN[0], "“Roads will stay icy for days”", *EN[1:]],
            EN_TITLE,
            "“Roads will stay icy for days”",
            id="pull-quote",
        ),
        pytest.param(
            ["Nach der Wahl.", DE_TITLE, *DE], DE_TITLE, "Nach der Wahl.", id="sentence-above-headline-is-no-kicker"
        ),
    ],
)
def test_a_found_headline_leaves_other_short_lines_in_the_body(lines: list[str], title: str, kept: str) -> None:
    article = _clean(lines)
    assert article.title == title
    assert kept in article.body


@pytest.mark.parametrize(
    ("lines", "given", "title_line"),
    [
        pytest.param(
            [ES_TITLE + " | El Diario del Sur", *ES, ES_TITLE],
            ES_TITLE,
            ES_TITLE + " | El Diario del Sur",
            id="site-suffix-pipe",
        ),
        pytest.param(
            [EN_TITLE + " - The Daily Example", *EN], EN_TITLE, EN_TITLE + " - The Daily Example", id="site-suffix-dash"
        ),
        pytest.param(["La Gazette :: " + FR_TITLE, *FR], FR_TITLE, "La Gazette :: " + FR_TITLE, id="site-prefix"),
        pytest.param(
            ["“Storm Keeps County Schools Closed”", *EN],
            '"Storm keeps county schools closed"',
            "“Storm Keeps County Schools Closed”",
            id="quotes-and-case",
        ),
        pytest.param(
            ["  Storm keeps   county schools closed  ", *EN],
            "Storm keeps county schools closed",
            "Storm keeps   county schools closed",
            id="spacing",
        ),
    ],
)
def test_a_given_title_takes_its_line_out_of_the_body(lines: list[str], given: str, title_line: str) -> None:
    article = _clean(lines, title=given)
    assert article.title == given.strip()
    assert title_line not in article.body
    assert [f.line for f in article.findings if f.field == "title"] == [0]
    # Later repetitions are duplicates; the body keeps every paragraph, in order.
    assert all(r.kind == "duplicate_title" for r in article.removed if r.rule == "find_headline")
    assert list(article.body) == [p for p in lines[1:] if not same_title(p, given)]


def test_a_given_title_removes_every_repetition_as_duplicate() -> None:
    article = _clean([PL_TITLE + " | Gazeta Miejska", *PL, PL_TITLE, PL_TITLE.upper()], title=PL_TITLE)
    assert [r.kind for r in article.removed] == ["duplicate_title", "duplicate_title"]
    assert list(article.body) == PL


def test_a_given_title_inside_page_chrome_is_a_duplicate() -> None:
    crumb = "Startseite » Politik » " + DE_TITLE
    article = _clean([crumb, *DE], title=DE_TITLE)
    assert [(r.text, r.kind) for r in article.removed] == [(crumb, "duplicate_title")]
    assert list(article.body) == DE


def test_a_given_title_does_not_take_a_paragraph_that_mentions_it() -> None:
    paragraph = f"Under the headline {EN_TITLE.lower()}, the local paper reported the closures first."
    article = _clean([paragraph, *EN], title=EN_TITLE)
    assert paragraph in article.body
    assert article.removed == ()


def test_move_misplaced_headline_off_keeps_a_mid_text_headline_in_the_body() -> None:
    lines = [ES[0], ES[1], ES_TITLE, ES[2]]
    assert _clean(lines).title == ES_TITLE
    article = _clean(lines, move_misplaced_headline=False)
    assert article.title is None
    assert ES_TITLE in article.body


def test_move_misplaced_headline_off_still_takes_a_top_headline() -> None:
    assert _clean([EN_TITLE, *EN], move_misplaced_headline=False).title == EN_TITLE


# The text's only headline-shaped line, between paragraphs: taken when it speaks of the whole article,
# even if the opening paragraphs share few of its words; left when it speaks of little.
LONE_MID = [
    pytest.param(
        [EN[0], EN[1], "Districts will add a school day at the end of the year", *EN[2:]],
        "Districts will add a school day at the end of the year",
        id="en-speaks-of-later-paragraphs",
    ),
    pytest.param(
        [
            "Die Stadt hat am Montag beschlossen, die Öffnungszeiten der Bibliotheken im kommenden Jahr deutlich "
            "zu verlängern.",
            "Künftig sollen die Häuser auch am Sonntag geöffnet sein, teilte die zuständige Dezernentin mit.",
            "Zwölf neue Mitarbeiter für den Sonntagsbetrieb der Bibliotheken",
            "Der Stadtrat muss dem Plan noch zustimmen, eine Mehrheit gilt aber als sicher.",
            "Für den Sonntagsbetrieb stellt die Stadt zwölf neue Mitarbeiter ein, die Kosten liegen bei rund "
            "600.000 Euro im Jahr.",
        ],
        "Zwölf neue Mitarbeiter für den Sonntagsbetrieb der Bibliotheken",
        id="de-between-paragraphs",
    ),
    pytest.param(
        [EN[0], EN[1], "Read the statement from the council in full", *EN[2:]], None, id="en-speaks-of-little"
    ),
    pytest.param([ES[0], ES[1], "Lea también nuestra guía de la ciudad", *ES[2:]], None, id="es-teaser-like"),
    pytest.param([*EN[:2], "Storm closes schools", *EN[2:]], None, id="en-too-short-between-paragraphs"),
]


@pytest.mark.parametrize(("lines", "title"), LONE_MID)
def test_the_only_headline_shaped_line_between_paragraphs(lines: list[str], title: str | None) -> None:
    article = _clean(lines)
    assert article.title == title
    assert [p for p in lines if p != title and p not in article.body] == []


# The page's own address on a line of its own, whose slug spells the headline, is page chrome.
ADDRESSES = [
    pytest.param(
        ["https://www.example-news.com/local/storm-keeps-county-schools-closed-for-2nd-day-12345.php", EN_TITLE, *EN],
        None,
        True,
        id="en-found-headline",
    ),
    pytest.param(
        ["https://diario.example.es/ciudad/el-tranvia-llegara-al-nuevo-hospital-en-dos-anos.html", *ES],
        ES_TITLE,
        True,
        id="es-given-title-slug-without-accents",
    ),
    pytest.param(
        ["https://www.example.pl/wiadomosci/nowy-most-na-wisle-polaczy-dwie-dzielnice", PL_TITLE, *PL],
        None,
        True,
        id="pl-slug-cut-short",
    ),
    pytest.param(
        ["https://www.example-news.com/local/council-votes-on-library-budget-12345.php", EN_TITLE, *EN],
        None,
        False,
        id="en-address-of-another-story",
    ),
    pytest.param(
        ["https://www.example-news.com/storm-closes-roads", *ES], ES_TITLE, False, id="es-address-in-another-language"
    ),
]


@pytest.mark.parametrize(("lines", "given", "removed"), ADDRESSES)
def test_the_page_address_that_spells_the_headline_leaves_the_body(
    lines: list[str], given: str | None, removed: bool
) -> None:
    article = _clean(lines, title=given)
    assert (lines[0] not in article.body) is removed
    if removed:
        assert _removed(article)[lines[0]] == "duplicate_title"


def test_a_home_page_address_below_the_headline_stays() -> None:
    article = _clean([EN_TITLE, EN[0], "https://www.example-news.com/", *EN[1:]])
    assert article.title == EN_TITLE and "https://www.example-news.com/" in article.body


def test_an_address_inside_a_sentence_stays() -> None:
    sentence = "The full list is at https://www.example-news.com/storm-keeps-county-schools-closed today."
    article = _clean([EN_TITLE, EN[0], sentence, *EN[1:]])
    assert article.title == EN_TITLE and sentence in article.body


# A header headline in short sentences that ends with a full stop, right above a byline or dateline.
EN_DOTTED = [
    "Stocks slid on Friday after the monthly jobs report showed hiring slowed more than economists had expected.",
    "The broad index fell 1.2 percent by midday, while bond yields dropped as investors bet on lower interest rates.",
    "Analysts said investors should stay calm, because slower hiring could help the central bank cut rates later "
    "this year.",
]
DE_DOTTED = [
    "Die Bahn streicht ab Montag zahlreiche Verbindungen im Regionalverkehr, weil Personal fehlt.",
    "Betroffen sind vor allem Pendler im Umland der großen Städte, teilte das Unternehmen mit.",
    "Pendler sollen sich vor der Fahrt in der App informieren, wo Ersatzbusse fahren.",
]
FR_DOTTED = [
    "Les prix de l'énergie baissent depuis trois mois, selon les chiffres publiés mardi par le ministère.",
    "Pour les ménages, la baisse devrait se voir sur les factures dès l'été, estiment les associations.",
    "Le gouvernement prévient toutefois que les tarifs pourraient remonter à l'automne.",
]
EN_DOTTED_TITLE = "Stocks Slide After the Jobs Report. Why Investors Should Stay Calm."
DE_DOTTED_TITLE = "Die Bahn streicht Verbindungen. Was Pendler jetzt wissen müssen."
FR_DOTTED_TITLE = "Les prix de l'énergie baissent. Ce que cela change pour les ménages."


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        pytest.param(["Markets", EN_DOTTED_TITLE, "By Jane Doe", *EN_DOTTED], EN_DOTTED_TITLE, id="en-above-byline"),
        pytest.param([DE_DOTTED_TITLE, "Von Anna Schmidt", *DE_DOTTED], DE_DOTTED_TITLE, id="de-above-byline"),
        pytest.param(
            [FR_DOTTED_TITLE, "Publié le 3 mai 2024 à 18:30", *FR_DOTTED], FR_DOTTED_TITLE, id="fr-above-dateline"
        ),
        # Hard negatives: no byline below; a paragraph above; one long sentence.
        pytest.param([DE_DOTTED_TITLE, *DE_DOTTED], None, id="de-no-byline-below"),
        pytest.param(
            [DE_DOTTED[0], DE_DOTTED_TITLE, "Von Anna Schmidt", *DE_DOTTED[1:]], None, id="de-below-a-paragraph"
        ),
        pytest.param([EN_DOTTED[0], "By Jane Doe", *EN_DOTTED[1:]], None, id="en-lede-above-byline"),
        pytest.param(["The vote is in.", "By Jane Doe", *EN], None, id="en-one-short-sentence"),
    ],
)
def test_a_header_headline_ending_with_a_full_stop_above_a_byline(lines: list[str], title: str | None) -> None:
    article = _clean(lines)
    assert article.title == title
    if title is None:
        assert [p for p in lines if p in (DE_DOTTED_TITLE, *EN_DOTTED, *DE_DOTTED) and p not in article.body] == []


@pytest.mark.xfail(
    strict=True, reason="a headline that ends with a full stop, with no byline below it, looks like a sentence"
)
def test_known_gap_headline_ending_with_a_full_stop() -> None:
    assert _clean(["Prices rise again. Why that matters.", *EN]).title == "Prices rise again. Why that matters."


@pytest.mark.xfail(
    strict=True, reason="a long subheading that restates the lede, in an article without headline, is taken"
)
def test_known_gap_long_subheading_in_headline_less_article() -> None:
    article = _clean([DE[0], DE[1], "Eckpunkte des Bundeshaushalts für das kommende Jahr im Überblick", DE[2], DE[3]])
    assert article.title is None


# ------------------------------------------------------------------ similarity helpers


@pytest.mark.parametrize(
    ("line", "title", "same"),
    [
        ("Storm keeps schools closed | Daily Example", "Storm keeps schools closed", True),
        ("Daily Example | Storm keeps schools closed", "Storm keeps schools closed", True),
        ("„Sturm schließt Schulen“", '"Sturm schließt Schulen"', True),
        ("STORM KEEPS SCHOOLS CLOSED!", "Storm keeps schools closed", True),
        ("Storm keeps schools closed for a week", "Storm keeps schools closed", False),
        ("US-China trade - talks resume", "US-China trade", False),
        ("Storm", "Storm keeps schools closed", False),
    ],
)
def test_same_title(line: str, title: str, same: bool) -> None:
    assert same_title(line, title) is same


def test_title_variants_do_not_strip_a_dash_inside_a_short_title() -> None:
    assert title_variants("Covid - what next") == {"covid - what next"}


@pytest.mark.parametrize(
    ("line", "contained"),
    [
        ("Home » News » Storm keeps county schools closed", True),
        ("Storm keeps county schools closed (2024, May 3) retrieved 4 May 2024", True),
        ("Storm keeps county schools", False),
        (" ".join(["word"] * 20) + " storm keeps county schools closed", False),
    ],
)
def test_contains_title(line: str, contained: bool) -> None:
    assert contains_title(line, normalise_title("Storm keeps county schools closed")) is contained


def test_stems_meet_inflections_and_split_scripts_without_spaces() -> None:
    assert overlap(stems("Council investigation"), set(stems("investigating the councillors"))) == 1.0
    assert stems("東京都") == ["東京", "京都"]


NL = [
    "In Utrecht zijn dit jaar veel minder fietsen gestolen dan vorig jaar, meldt de gemeente op basis van "
    "cijfers van de politie.",
    "Volgens de gemeente helpen de nieuwe bewaakte stallingen bij het station: daar werden vrijwel geen "
    "fietsen gestolen.",
    "Ook het aantal aangiftes daalde, al denkt de politie dat veel diefstallen nooit worden gemeld.",
]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # Five-word headlines between paragraphs, as short as compounding languages write them.
        ([NL[0], "Minder fietsen gestolen in Utrecht", *NL[1:]], "Minder fietsen gestolen in Utrecht"),
        ([DE[0], "Koalition einigt sich auf Haushalt", *DE[1:]], "Koalition einigt sich auf Haushalt"),
        # Four words between paragraphs are a subheading, not a misplaced headline.
        ([NL[0], "Minder fietsen gestolen dit", *NL[1:]], None),
    ],
)
def test_a_five_word_headline_between_paragraphs(lines: list[str], title: str | None) -> None:
    article = newsclean.clean_text("\n".join(lines))
    assert article.title == title


# ------------------------------------------------------------------ paragraphs judged as they will be mended


@pytest.mark.parametrize(
    "lines",
    [
        # The scrape broke the first paragraph mid-sentence: its first half looks like a headline.
        pytest.param(
            [
                "The ferry between the harbour and the islands",
                "ran again on Monday after a week of storms, the operator said.",
                *EN,
            ],
            id="en",
        ),
        pytest.param(
            [
                "Die Fähre zwischen dem Hafen und den Inseln",
                "fährt seit Montag wieder, nachdem eine Woche lang Sturm herrschte, teilte die Reederei mit.",
                *DE,
            ],
            id="de",
        ),
        pytest.param(
            [
                "El ferri entre el puerto y las islas",
                "volvió a navegar el lunes tras una semana de temporales, según informó la naviera.",
                *EN,
            ],
            id="es",
        ),
    ],
)
def test_the_first_half_of_a_split_paragraph_is_not_a_headline(lines: list[str]) -> None:
    article = _clean(lines)
    assert article.title is None
    assert article.body[0] == f"{lines[0]} {lines[1]}"


# ------------------------------------------------------------------ the first line below kickers and breadcrumbs


@pytest.mark.parametrize(
    "lines",
    [
        # Breadcrumb words one per line above the <h1>, and a headline whose compounds the lede inflects
        # ("Sperrung" / "gesperrt"): the position still counts as the first line's.
        pytest.param(
            [
                "Startseite",
                "Lokales",
                "Verkehr",
                "Sperrung der Talbrücke: Pendler müssen bis Ostern Umwege fahren",
                "Die marode Talbrücke zwischen Oberdorf und Unterfeld wird ab Montag für Lastwagen komplett gesperrt. "
                "Auch für Autos gilt künftig Tempo 30 und nur noch eine Spur je Richtung.",
                "Die Stadt rechnet mit langen Staus im Berufsverkehr, vor allem morgens zwischen sieben und neun Uhr.",
                "Ein Neubau soll frühestens in vier Jahren fertig sein, teilte der Landesbetrieb mit.",
            ],
            id="de",
        ),
        pytest.param(
            [
                "Accueil",
                "Région",
                "Fermeture du pont de la Loire : les navetteurs devront faire un détour",
                "Le vieux pont entre Saint-Aubin et Montreuil sera interdit aux poids lourds dès lundi. Les voitures "
                "devront rouler à 30 km/h sur une seule voie dans chaque sens.",
                "La mairie s'attend à de longs bouchons aux heures de pointe, surtout le matin.",
                "Un nouvel ouvrage ne sera pas prêt avant quatre ans, selon le département.",
            ],
            id="fr",
        ),
    ],
)
def test_the_first_line_below_kicker_lines_is_the_headline(lines: list[str]) -> None:
    article = _clean(lines)
    assert article.title == next(line for line in lines if len(line.split()) > 3)
    assert {r.text for r in article.removed} >= {line for line in lines if len(line.split()) <= 1}


# ------------------------------------------------------------------ a table of contents is not a headline


_TOC_DE = [
    "Neue Straßenbahnlinie fährt erst im Frühjahr: Stadt nennt neuen Termin",
    "Inhaltsverzeichnis",
    "Was wird aus den Haltestellen?",
    "Was kostet das?",
    "Die ersten Bahnen auf der neuen Strecke sollten noch vor Weihnachten fahren. Wie die Verkehrsbetriebe "
    "am Freitag mitteilten, verschiebt sich der Start nun auf das Frühjahr.",
    "Grund sind Probleme mit der Stromversorgung der Oberleitung.",
    "Was wird aus den Haltestellen?",
    "Auf der Strecke sind fünf Haltestellen entstanden. Zwei davon sind bereits fertig, die übrigen werden "
    "bis Ende Januar gebaut.",
    "Was kostet das?",
    "Die Kosten der Strecke sind von 420 auf 512 Millionen Euro gestiegen, teilte die Stadt mit.",
]


def test_a_table_of_contents_above_the_story_is_not_the_headline() -> None:
    article = _clean(_TOC_DE)
    assert article.title == _TOC_DE[0]
    # The sections' subheadings stay in the body (the contents' copies too: removing them is not this rule's).
    assert {"Was wird aus den Haltestellen?", "Was kostet das?"} <= set(article.body)


def test_a_numbered_table_of_contents_without_the_headline_is_not_taken() -> None:
    # A text printed without its headline: the contents' first entry, numbered, must not stand in for it.
    lines = [
        "Inhalt",
        "1. Was wird aus den Haltestellen?",
        "2. Was kostet das?",
        *_TOC_DE[4:],
    ]
    article = _clean(lines)
    assert article.title is None
    # The contents themselves leave the body (strip_contents); their copies stay as section headings.
    assert ("1. Was wird aus den Haltestellen?", "strip_contents") in {(r.text, r.rule) for r in article.removed}
    assert {"Was wird aus den Haltestellen?", "Was kostet das?"} <= set(article.body)


def test_a_headline_printed_again_between_paragraphs_is_still_the_headline() -> None:
    # One line printed above and between paragraphs is the headline (a print or share block), not contents.
    lines = [EN_HEADLINE := "County schools stay closed as storm brings more snow", *EN[:2], EN_HEADLINE, *EN[2:]]
    assert _clean(lines).title == EN_HEADLINE
