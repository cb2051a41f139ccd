"""Appeals for the readers' money (support, donate, become a member) leave the body in every language;
news sentences that share their words stay.

Each appeal is put between two paragraphs of an invented article, as the inline box of a news site
prints it; the hard negatives are sentences a story about a club, a poll or a blood drive would hold.
"""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Harbour council approves plan to rebuild the quay walls"
LEAD = "The harbour council on Tuesday approved a plan to rebuild the eastern quay walls, engineers said."
MORE = "The repairs will cost about 14 million pounds and are due to start in the spring, the council said."

APPEALS = [
    ("en-value", "If you value our journalism, please consider supporting us with a donation today."),
    ("en-support", "Support independent journalism: become a member for as little as $5 a month."),
    ("en-member", "Become a member today and get unlimited access."),
    ("en-rely", "We rely on readers like you to keep our reporting free for everyone."),
    ("en-donate", "Donate now"),
    ("en-reader-funded", "The Review is reader-funded. Please consider becoming a member from £3 a month."),
    ("de", "Unterstützen Sie unabhängigen Journalismus – jetzt Abo abschließen."),
    ("de-jetzt", "Jetzt unterstützen"),
    ("fr", "Soutenez une information indépendante : abonnez-vous dès 1 € le premier mois."),
    ("fr-don", "Faites un don pour soutenir la rédaction."),
    ("es", "Apoya el periodismo independiente: suscríbete desde 1 euro al mes."),
    ("es-socio", "Hazte socio y apoya nuestro trabajo."),
    ("it", "Sostieni il giornalismo indipendente: abbonati ora."),
    ("nl", "Steun onafhankelijke journalistiek: word abonnee."),
    ("nl-word", "Word abonnee en lees onbeperkt."),
    ("pl", "Wspieraj niezależne dziennikarstwo – kup prenumeratę."),
    ("pt", "Apoie o jornalismo independente: assine a partir de R$ 1,90."),
]

NEWS = [
    ("en-poll", "Support for the measure among voters fell to 41 percent, the poll found."),
    ("en-blood", "Donate blood: the hospital is short of every blood group this winter, a spokeswoman said."),
    ("en-privacy", "If you value your privacy, turn off location tracking, the agency advised."),
    ("en-club", "Become a member of the club costs 40 euros a year, the treasurer said."),
    ("en-appeal", "Give to the appeal at the town hall, the mayor urged residents on Monday."),
    ("en-alerts", "Residents should consider subscribing to the flood alerts, the council said."),
    ("en-donating-blood", "Officials urged anyone who could to consider donating blood before the holidays."),
    ("nl-club", "Word lid van de club kost 40 euro per jaar, zei de penningmeester."),
    ("de-verein", "Unterstützen Sie den Verein, bat der Vorsitzende die Gäste am Sonntag."),
]


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join((LEAD, line, MORE)), title=TITLE)


@pytest.mark.parametrize("line", [a[1] for a in APPEALS], ids=[a[0] for a in APPEALS])
def test_reader_appeals_leave_the_body(line: str) -> None:
    article = _clean(line)
    assert article.body == (LEAD, MORE)
    assert [r.kind for r in article.removed] == ["boilerplate"]


@pytest.mark.parametrize("line", [n[1] for n in NEWS], ids=[n[0] for n in NEWS])
def test_news_sentences_with_the_same_words_stay(line: str) -> None:
    assert _clean(line).body == (LEAD, line, MORE)
