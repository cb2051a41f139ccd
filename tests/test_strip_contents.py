"""Tables of contents (``strip_contents``) and the headline beside them.

Every page is invented in the style of real scrapes (one block per line), in several languages. A
table of contents goes only when at least two of its entries come back below as section headings.
"""

from __future__ import annotations

import pytest
import regex

import newsclean
from newsclean import markers
from newsclean.config import DEFAULT_CONFIG
from newsclean.document import Document, Role
from newsclean.text.find_headline import find_headline
from newsclean.text.patterns import trim
from newsclean.text.strip_contents import CONTENTS_ENTRY, contents_key

# (id, heading, entries, sections: (subheading, paragraph) pairs of the article)
CONTENTS = [
    (
        "de-inhalt-numbered",
        "Inhalt:",
        ["1. Ein Controller, 32 Flash-Pakete", "2. Kühlung und Stromverbrauch", "3. Preis und Verfügbarkeit"],
        [
            ("Ein Controller, 32 Flash-Pakete", "Der Controller verteilt die Daten auf 32 Pakete mit je acht TB."),
            ("Kühlung und Stromverbrauch", "Unter Last nimmt das Laufwerk bis zu 25 Watt auf, im Leerlauf fünf Watt."),
            ("Preis und Verfügbarkeit", "Erste Muster sollen im zweiten Quartal an ausgewählte Kunden gehen."),
        ],
    ),
    (
        "de-inhaltsverzeichnis-recipe",
        "Inhaltsverzeichnis",
        ["Die richtigen Zwetschgen", "Zutaten", "Zubereitung", "Tipps"],
        [
            ("Die richtigen Zwetschgen", "Nehmt Zwetschgen und keine Pflaumen, sie sind fester und saftiger."),
            ("Zubereitung", "Die Hefe in der lauwarmen Milch auflösen und mit dem Mehl verkneten."),
        ],
    ),
    (
        "en-in-this-article",
        "In this article",
        ["Price and availability", "Design", "Battery life"],
        [
            ("Price and availability", "The laptop is on sale now in the US and UK, starting at $1,299."),
            ("Battery life", "In our video test it lasted seven hours and 48 minutes, well short of rivals."),
        ],
    ),
    (
        "fr-sommaire",
        "Sommaire",
        ["Pourquoi le chantier prend du retard", "Combien coûte le projet", "Ce qui change pour les usagers"],
        [
            ("Pourquoi le chantier prend du retard", "Les travaux de voirie ont révélé des canalisations anciennes."),
            ("Combien coûte le projet", "Le budget est passé de 120 à 145 millions d'euros en deux ans."),
        ],
    ),
    (
        "es-indice",
        "Índice de contenidos",
        ["¿Cuándo abre la nueva línea?", "¿Cuánto cuesta el billete?"],
        [
            ("¿Cuándo abre la nueva línea?", "La consejería prevé abrir la línea en primavera, con seis estaciones."),
            ("¿Cuánto cuesta el billete?", "El billete sencillo costará 1,50 euros, como en el resto de la red."),
        ],
    ),
    (
        "pl-spis-tresci",
        "Spis treści",
        ["Co z przystankami?", "Ile to kosztuje?"],
        [
            ("Co z przystankami?", "Na trasie powstało pięć przystanków, dwa z nich są już gotowe."),
            ("Ile to kosztuje?", "Wartość inwestycji wzrosła z 420 mln zł do 512 mln zł."),
        ],
    ),
    (
        "it-indice",
        "Indice dei contenuti",
        ["Le nuove regole", "Chi ne ha diritto", "Come fare domanda"],
        [
            ("Le nuove regole", "Il bonus sale a 600 euro per le famiglie con almeno due figli a carico."),
            ("Come fare domanda", "La domanda si presenta online sul portale dell'istituto entro marzo."),
        ],
    ),
    (
        "pt-neste-artigo",
        "Neste artigo",
        ["O que muda em janeiro", "Quem paga menos"],
        [
            ("O que muda em janeiro", "As novas tabelas de retenção entram em vigor no primeiro dia do ano."),
            ("Quem paga menos", "Os contribuintes com salários até 1.500 euros são os mais beneficiados."),
        ],
    ),
    (
        "nl-inhoudsopgave",
        "Inhoudsopgave",
        ["Wat verandert er?", "Wat kost het?"],
        [
            ("Wat verandert er?", "Vanaf januari rijden de bussen in het weekend ook na middernacht."),
            ("Wat kost het?", "De provincie trekt daar jaarlijks ruim twee miljoen euro voor uit."),
        ],
    ),
]

LEDE = "The city presented the plan on Monday, and the council will vote on it next month, officials said."


def _page(heading: str, entries: list[str], sections: list[tuple[str, str]]) -> list[str]:
    lines = ["Harbour city approves its new plan for the coming decade", heading, *entries, LEDE]
    for sub, paragraph in sections:
        lines += [sub, paragraph]
    return lines


@pytest.mark.parametrize(("heading", "entries", "sections"), [c[1:] for c in CONTENTS], ids=[c[0] for c in CONTENTS])
def test_contents_heading_and_entries_leave_the_body(
    heading: str, entries: list[str], sections: list[tuple[str, str]]
) -> None:
    article = newsclean.clean_text("\n".join(_page(heading, entries, sections)))
    gone = {(r.text, r.rule) for r in article.removed}
    assert (heading, "strip_contents") in gone
    assert all((e, "strip_contents") in gone for e in entries)
    # The section headings themselves stay: they are the article's own.
    for sub, paragraph in sections:
        assert sub in article.body and paragraph in article.body
    assert article.title != heading and article.title not in entries


# Hard negatives: a heading word over a list that is the article's own, or a contents that does not
# come back below (fewer than two of its entries are section headings).
KEPT = [
    (
        "de-inhalt-of-a-box",
        ["Inhalt", "500 ml Olivenöl aus Kreta", "zwei Gläser Pesto", LEDE, "Die Box kostet 39 Euro im Monat."],
    ),
    (
        "en-contents-one-repeat",
        ["Contents", "Design", "Keyboard and trackpad", LEDE, "Design", "The lid is a single sheet of aluminium."],
    ),
    (
        "es-indice-is-a-sentence",
        ["Índice", "Los precios subieron un 3,1 % en noviembre", LEDE, "El índice general se moderó por la energía."],
    ),
    (
        "fr-sommaire-no-copies",
        ["Sommaire", "Le budget", "Les travaux", LEDE, "Le chantier doit durer deux ans, selon la métropole."],
    ),
]


@pytest.mark.parametrize("lines", [k[1] for k in KEPT], ids=[k[0] for k in KEPT])
def test_lists_that_are_not_contents_stay(lines: list[str]) -> None:
    article = newsclean.clean_text("\n".join(lines))
    assert not any(r.rule == "strip_contents" for r in article.removed)


def test_a_long_paragraph_ends_the_contents() -> None:
    sections = [("Zutaten", "Mehl, Zucker, Butter."), ("Zubereitung", "Backen.")]
    lines = _page("Inhalt", ["Zutaten", "Zubereitung"], sections)
    lines.insert(4, "Wir haben den Kuchen am Wochenende dreimal gebacken, und er wurde jedes Mal besser.")
    article = newsclean.clean_text("\n".join(lines))
    assert lines[4] in article.body


@pytest.mark.parametrize("marker", markers.CONTENTS_HEADINGS, ids=lambda m: m.example)
def test_contents_heading_example_matches(marker: markers.Marker) -> None:
    assert regex.fullmatch(marker.pattern, trim(marker.example), regex.IGNORECASE)


@pytest.mark.parametrize(
    ("entry", "heading"),
    [("1. Design", "Design"), ("IV) Prix et disponibilité", "Prix et disponibilité"), ("• Zutaten:", "zutaten")],
)
def test_contents_key_drops_numbers_and_decoration(entry: str, heading: str) -> None:
    assert contents_key(entry) == contents_key(heading)


def test_copy_of_a_removed_contents_entry_is_never_the_headline() -> None:
    """A section heading that repeats a removed contents entry agrees with the paragraph under it as a
    headline with its lede; with the contents gone, it must still not be taken (the page's headline
    is printed after the body here, where it needs to beat every subheading)."""
    section = "Speicherhersteller zeigt neue SSD mit 256 Terabyte"
    lines = [
        "Speicher",
        section,
        "Kühlung und Stromverbrauch",
        "Der Speicherhersteller hat auf einer Konferenz eine neue SSD mit 256 Terabyte im Format von 2,5 Zoll gezeigt.",
        section,
        "Die neue SSD mit 256 Terabyte nutzt QLC-Flash mit 384 Lagen, verteilt auf zwei Platinen im Gehäuse.",
        "Kühlung und Stromverbrauch",
        "Unter Last nimmt das Laufwerk bis zu 25 Watt auf, das Gehäuse dient zugleich als Kühlkörper.",
    ]
    doc = Document.from_text("\n".join(lines))
    for i in (1, 2):  # as strip_contents leaves them
        doc.remove(doc.lines[i], "boilerplate", CONTENTS_ENTRY)
    doc.rule = "find_headline"
    find_headline(doc, DEFAULT_CONFIG)
    assert doc.lines[4].role is Role.BODY and doc.lines[6].role is Role.BODY
    assert doc.title not in (section, "Kühlung und Stromverbrauch")
