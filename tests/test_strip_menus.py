"""strip_menus: the footer menu's labels after the article, told by the known chrome among them.

Each footer is invented in the style of a scraped page (one link per line) in one language: the
site's own labels ("Puzzles", "Rätsel", "Jeux") are unknown to every marker list, and must go because
known chrome lines ("Impressum", "Contact us", "Facebook") stand among them.
"""

from __future__ import annotations

import pytest

import newsclean

ARTICLE = {
    "en": [
        "Harbour council approves plan to rebuild the quay walls",
        "The harbour council on Tuesday approved a plan to rebuild the eastern quay walls, engineers said.",
        "The repairs will cost about 14 million pounds and are due to start in the spring, the council said.",
    ],
    "de": [
        "Hafenrat beschließt Neubau der Kaimauer",
        "Der Hafenrat hat am Dienstag beschlossen, die Kaimauer am Ostkai neu zu bauen, wie ein Sprecher sagte.",
        "Die Arbeiten kosten rund 14 Millionen Euro und sollen im Frühjahr beginnen, teilte die Stadt mit.",
    ],
    "fr": [
        "Le conseil du port vote la reconstruction du quai est",
        "Le conseil du port a approuvé mardi un plan de reconstruction des murs du quai est, selon la mairie.",
        "Les travaux coûteront environ 14 millions d'euros et doivent commencer au printemps, a-t-elle indiqué.",
    ],
    "es": [
        "El consejo del puerto aprueba reconstruir el muelle este",
        "El consejo del puerto aprobó este martes un plan para reconstruir los muros del muelle este.",
        "Las obras costarán unos 14 millones de euros y comenzarán en primavera, informó el consejo.",
    ],
    "it": [
        "Il consiglio del porto approva i lavori al molo est",
        "Il consiglio del porto ha approvato martedì un piano per ricostruire i muri del molo est.",
        "I lavori costeranno circa 14 milioni di euro e dovrebbero iniziare in primavera, ha comunicato il comune.",
    ],
    "nl": [
        "Havenraad stemt in met herbouw van de oostkade",
        "De havenraad heeft dinsdag ingestemd met een plan om de muren van de oostkade te herbouwen.",
        "De werkzaamheden kosten ongeveer 14 miljoen euro en beginnen in het voorjaar, meldt de gemeente.",
    ],
    "pl": [
        "Rada portu zatwierdziła odbudowę nabrzeża",
        "Rada portu zatwierdziła we wtorek plan odbudowy murów wschodniego nabrzeża, poinformował rzecznik.",
        "Prace będą kosztować około 14 milionów złotych i mają ruszyć wiosną, przekazało miasto.",
    ],
    "pt": [
        "Conselho do porto aprova obras no cais leste",
        "O conselho do porto aprovou nesta terça-feira um plano para reconstruir os muros do cais leste.",
        "As obras vão custar cerca de 14 milhões de euros e devem começar na primavera, informou a prefeitura.",
    ],
}

# (lang, footer lines, the site's own labels among them that must go)
FOOTERS = [
    (
        "en",
        ["About us", "Puzzles", "Family notices", "Contact us", "Harbour Gazette", "Facebook"],
        ["Puzzles", "Family notices", "Harbour Gazette"],
    ),
    (
        "de",
        ["Impressum", "Rätsel", "Traueranzeigen", "Datenschutz", "Hafenkurier", "Kontakt"],
        ["Rätsel", "Traueranzeigen", "Hafenkurier"],
    ),
    (
        "fr",
        ["Mentions légales", "Jeux", "Avis de décès", "Nous contacter", "Le Courrier du Port"],
        ["Jeux", "Avis de décès", "Le Courrier du Port"],
    ),
    (
        "es",
        ["Aviso legal", "Pasatiempos", "Esquelas", "Contacto", "Diario del Puerto"],
        ["Pasatiempos", "Esquelas", "Diario del Puerto"],
    ),
    (
        "it",
        ["Chi siamo", "Giochi", "Necrologi", "Contatti", "Gazzetta del Porto"],
        ["Giochi", "Necrologi", "Gazzetta del Porto"],
    ),
    (
        "nl",
        ["Colofon", "Puzzels", "Familieberichten", "Privacybeleid", "Havenkrant"],
        ["Puzzels", "Familieberichten", "Havenkrant"],
    ),
    (
        "pl",
        ["Regulamin", "Krzyżówki", "Nekrologi", "Polityka prywatności", "Kurier Portowy"],
        ["Krzyżówki", "Nekrologi", "Kurier Portowy"],
    ),
    (
        "pt",
        ["Quem somos", "Passatempos", "Obituários", "Fale conosco", "Gazeta do Porto"],
        ["Passatempos", "Obituários", "Gazeta do Porto"],
    ),
]


@pytest.mark.parametrize(("lang", "footer", "labels"), FOOTERS, ids=[f[0] for f in FOOTERS])
def test_the_sites_own_labels_among_known_chrome_leave_the_body(
    lang: str, footer: list[str], labels: list[str]
) -> None:
    article = newsclean.clean_text("\n".join([*ARTICLE[lang], *footer]))
    assert article.body == tuple(ARTICLE[lang][1:])
    removed = {r.text: r for r in article.removed}
    for label in labels:
        assert removed[label].kind == "boilerplate"
    # (a label under "Contact us" may go as a line of a contact block first: either way it is chrome)
    assert removed[labels[0]].rule == "strip_menus"


def test_a_short_list_before_the_share_bar_stays() -> None:
    # The article ends with its fact box; the share bar comes after it.
    facts = ["Where to see it", "Harbour Museum", "Free entry"]
    text = "\n".join([*ARTICLE["en"], *facts, "Share", "Facebook", "Twitter", "Email"])
    article = newsclean.clean_text(text)
    for line in facts:
        assert line in article.body


def test_one_known_line_is_not_a_menu() -> None:
    # A single known label (a newsletter box's button) says nothing about the short lines near it.
    tail = ["Subscribe", "Harbour Museum", "Free entry"]
    article = newsclean.clean_text("\n".join([*ARTICLE["en"], *tail]))
    assert "Harbour Museum" in article.body
    assert "Free entry" in article.body


def test_sentences_and_labelled_lines_end_the_menu() -> None:
    # A sentence after the menu is the page's next block; a line with a colon or a digit is no label.
    tail = ["About us", "Sitemap", "Opening hours: 9 to 5", "Since 1887", "Puzzles"]
    article = newsclean.clean_text("\n".join([*ARTICLE["en"], *tail]))
    assert "Opening hours: 9 to 5" in article.body
    assert "Since 1887" in article.body


@pytest.mark.parametrize(
    "line",
    ["Instagram", "Privacy", "Kontakt", "Contatti", "Polityka prywatności", "Política de privacidade", "Sitemap"],
)
def test_footer_links_are_known_chrome(line: str) -> None:
    text = "\n".join([ARTICLE["en"][0], ARTICLE["en"][1], line, ARTICLE["en"][2]])
    article = newsclean.clean_text(text)
    assert line not in article.body
