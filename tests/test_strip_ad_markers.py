"""strip_ad_markers: ad labels and sponsor notices in many languages; prose about ads stays."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."
MORE = "Work on the new quay walls is due to start in the spring and to last two years."


def clean(line: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join((LEAD, line, MORE)), title=TITLE)


ADS = [
    ("en-dashes", "- Advertisement -"),
    ("en-upper", "ADVERTISEMENT"),
    ("en-numbered", "Advertisement 2"),
    ("en-continues", "Story continues below advertisement"),
    ("en-skip", "Skip Advertisement"),
    ("en-sponsored", "Sponsored content"),
    ("de-anzeige-brackets", "[ Anzeige ]"),
    ("de-weiter", "Weiter nach der Anzeige"),
    ("fr-publicite", "Publicité"),
    ("fr-suite", "La suite après la publicité"),
    ("es-publicidad", "PUBLICIDAD"),
    ("es-sigue", "Sigue después de la publicidad"),
    ("it-pubblicita", "Pubblicità"),
    ("pt-publicidade", "Publicidade"),
    ("nl-advertentie", "Advertentie"),
    ("pl-reklama", "Reklama"),
    ("ru-reklama", "Реклама"),
    ("sv-annons", "Annons"),
]


@pytest.mark.parametrize("line", [a[1] for a in ADS], ids=[a[0] for a in ADS])
def test_ad_label_is_removed_as_ad(line: str) -> None:
    article = clean(line)
    assert article.body == (LEAD, MORE)
    assert [(r.text, r.kind, r.rule) for r in article.removed] == [(line, "ad", "strip_ad_markers")]


PROSE = [
    ("en-campaign", "The advertisement campaign drew complaints from parents."),
    ("en-ad-agency", "Advertisers said the new rules would cost them millions."),
    ("de-anzeige-erstattet", "Anzeige gegen den Bürgermeister erstattet"),
    ("es-publicidad-enganosa", "La publicidad engañosa será multada con hasta un millón de euros."),
    ("pl-reklama-wyborcza", "Reklama wyborcza kosztowała komitety miliony złotych."),
    ("fr-pub-sentence", "La publicité pour l'alcool reste interdite près des écoles."),
]


@pytest.mark.parametrize("line", [p[1] for p in PROSE], ids=[p[0] for p in PROSE])
def test_sentences_about_advertising_stay(line: str) -> None:
    article = clean(line)
    assert line in article.body
    assert article.removed == ()
