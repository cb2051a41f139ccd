"""Paragraphs of page chrome, however long, told by their opening words: comment rules, appeals for
money, affiliate disclosures, long copyright notices. The whole-line markers stop at 240 characters;
these go by ``markers.CHROME_OPENINGS``. News paragraphs that open alike stay.
"""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Harbour council approves plan to rebuild the quay walls"
LEAD = "The harbour council on Tuesday approved a plan to rebuild the eastern quay walls, engineers said."
MORE = "The repairs will cost about 14 million pounds and are due to start in the spring, the council said."

_TAIL = (
    " Our reporters cover the harbour, the council and the courts every day, and none of it would be possible "
    "without the readers who back us, month after month, in good years and in bad ones."
)

CHROME = [
    ("en-comments", "As you comment, please be respectful of other commenters and of other points of view." + _TAIL),
    ("en-submitting", "When submitting content, please abide by our guidelines and avoid personal attacks." + _TAIL),
    ("en-moderated", "All comments are moderated before they appear on the site and may take a while." + _TAIL),
    ("en-appeal", "If you enjoyed this article, we have a proposition for you: join our members today." + _TAIL),
    ("en-support", "Support independent journalism and help us keep this site free for everyone." + _TAIL),
    ("en-affiliate", "Sometimes we include links to online shops. If you buy something, we may earn a fee." + _TAIL),
    ("en-affiliate-we-use", "We use affiliate links: if you buy through them, we may earn a small commission." + _TAIL),
    ("en-affiliate-post", "This article contains affiliate links, which help to pay for our reporting." + _TAIL),
    ("en-copyright", "This document is subject to copyright. No part may be reproduced without permission." + _TAIL),
    (
        "en-newsletter-pitch",
        "Start the day with the major stories and opinion from our writers. Sign up to our newsletter." + _TAIL,
    ),
    ("de-netiquette", "Bitte beachten Sie unsere Netiquette, wenn Sie einen Kommentar schreiben." + _TAIL),
    ("de-appeal", "Unterstützen Sie unabhängigen Journalismus mit einem Abo für nur wenige Euro im Monat." + _TAIL),
    ("de-affiliate", "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision vom Händler." + _TAIL),
    ("fr-appeal", "Soutenez une information indépendante et locale en vous abonnant dès aujourd'hui." + _TAIL),
    ("fr-affiliate", "Si vous achetez un produit via nos liens, nous pouvons percevoir une commission." + _TAIL),
    ("es-affiliate", "Si compras algún producto a través de nuestros enlaces, recibimos una comisión." + _TAIL),
    ("es-appeal", "Apoya el periodismo local e independiente con una suscripción mensual." + _TAIL),
    ("it-appeal", "Sostieni il giornalismo indipendente con un abbonamento digitale." + _TAIL),
    ("pt-appeal", "Apoie o jornalismo independente e assine a partir de poucos reais por mês." + _TAIL),
    ("nl-appeal", "Steun onafhankelijke journalistiek en word vandaag nog abonnee van de krant." + _TAIL),
    ("pl-appeal", "Wesprzyj niezależne dziennikarstwo i kup prenumeratę cyfrową już dziś." + _TAIL),
]

NEWS = [
    ("en-value-time", "If you value your time, take the early ferry, the harbour master advised on Tuesday." + _TAIL),
    ("en-commenting", "When commenting on the ruling, the judge said the council had acted within its powers." + _TAIL),
    ("en-support-for", "Support for independent candidates grew sharply in the harbour wards this year." + _TAIL),
    ("en-sometimes", "Sometimes we forget how close the town came to losing its harbour in the 1953 flood." + _TAIL),
    ("de-wenn", "Wenn Sie über die Brücke fahren, sehen Sie schon die ersten neuen Kräne am Kai." + _TAIL),
    ("en-we-use-links", "We use links between the harbour paths to count cyclists, the engineer said." + _TAIL),
    ("en-broker-quote", "“We may earn a commission on the sale,” the broker told the council on Tuesday." + _TAIL),
    ("en-council-fee", "The council could earn a fee from the car park, the treasurer said at the meeting." + _TAIL),
    ("fr-si-vous", "Si vous achetez un billet pour le ferry, prévoyez une heure de plus cet hiver." + _TAIL),
]


def _clean(paragraph: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join((LEAD, paragraph, MORE)), title=TITLE)


@pytest.mark.parametrize("paragraph", [c[1] for c in CHROME], ids=[c[0] for c in CHROME])
def test_a_chrome_paragraph_leaves_the_body_whatever_its_length(paragraph: str) -> None:
    assert len(paragraph) > 240
    article = _clean(paragraph)
    assert article.body == (LEAD, MORE)
    assert [r.kind for r in article.removed] == ["boilerplate"]


@pytest.mark.parametrize("paragraph", [n[1] for n in NEWS], ids=[n[0] for n in NEWS])
def test_news_paragraphs_that_open_alike_stay(paragraph: str) -> None:
    assert _clean(paragraph).body == (LEAD, paragraph, MORE)


def test_opening_examples_match_their_marker() -> None:
    import regex

    from newsclean.markers import CHROME_OPENINGS

    for marker in CHROME_OPENINGS:
        assert regex.match(marker.pattern, marker.example, regex.IGNORECASE), marker.example
