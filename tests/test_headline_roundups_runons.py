"""A sports roundup's result lines are its sections, not its headline; a strip of link texts run
together around a copy of the headline leaves the body with it.
"""

from __future__ import annotations

import pytest

import newsclean

# (id, headline, result lines each followed by its box score)
ROUNDUPS = [
    (
        "en",
        "High School Roundup: Harbour Town stays unbeaten with win over Millbrook",
        ["Harbour Town d. Millbrook 61-48", "Kingsport d. Eastfield 55-40", "Oak Ridge d. Bayside 70-66"],
        "{a}: Roe 21 points, Poe 14 points, Doe 9 points. {b}: Moe 18 points, Low 11 points, Day 8 points.",
    ),
    (
        "de",
        "Kreisliga: Hafenstadt bleibt nach Sieg gegen Mühlbach ungeschlagen",
        ["Hafenstadt – Mühlbach 3:1", "Kingsdorf – Ostfeld 0:0", "Eichberg – Seewalde 2:2"],
        "Tore für {a} erzielten Roe, Poe und Doe, für {b} traf Moe per Elfmeter kurz vor der Pause vor 300 Zuschauern.",
    ),
]


@pytest.mark.parametrize(("headline", "results", "box"), [r[1:] for r in ROUNDUPS], ids=[r[0] for r in ROUNDUPS])
def test_result_lines_of_a_roundup_are_not_its_headline(headline: str, results: list[str], box: str) -> None:
    lines = [headline, "By Jane Roe"]
    for result in results:
        teams = [t.strip() for t in result.replace(" d. ", " – ").rsplit(" ", 1)[0].split(" – ")]
        lines += [result, box.format(a=teams[0], b=teams[1])]
    article = newsclean.clean_text("\n".join(lines))
    assert article.title == headline
    for result in results:
        assert result in article.body


def test_one_headline_with_a_score_is_still_a_headline() -> None:
    headline = "Harbour Town beat Millbrook 3-1 to stay top of the league"
    text = "\n".join(
        [
            headline,
            "Harbour Town beat Millbrook 3-1 on Saturday to stay top of the league, with two late goals from "
            "their captain Jane Roe settling a nervous afternoon in front of a sell-out crowd.",
            "Millbrook had led at half-time through a penalty, but faded badly after the break.",
        ]
    )
    assert newsclean.clean_text(text).title == headline


def test_link_texts_run_together_around_the_headline_leave_the_body() -> None:
    headline = "Harbour council approves plan to rebuild the crumbling quay walls"
    strip = (
        "Mayor Jane RoeJane Ann Roe" + headline + " Ferry fares to rise in January Council tax frozen for "
        "a second year Island school to close"
    )
    lede = (
        "The harbour council on Tuesday approved a plan to rebuild the crumbling eastern quay walls, which "
        "engineers say could collapse within a decade."
    )
    more = "Work is due to start in the spring and to last two years, the council said."
    article = newsclean.clean_text("\n".join([strip, lede, headline, more]))
    assert article.title == headline
    assert strip not in article.body
    assert [r.kind for r in article.removed if r.text == strip] == ["teaser"]


def test_a_paragraph_quoting_the_headline_stays() -> None:
    headline = "Harbour council approves plan to rebuild the crumbling quay walls"
    quote = (
        'Residents cheered when the news broke: "' + headline + '", read the banner outside the town hall on '
        "Tuesday evening, where a crowd had waited since the afternoon."
    )
    lede = (
        "The harbour council on Tuesday approved a plan to rebuild the crumbling eastern quay walls, which "
        "engineers say could collapse within a decade."
    )
    article = newsclean.clean_text("\n".join([headline, lede, quote]))
    assert quote in article.body
