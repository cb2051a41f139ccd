"""Newsletter boxes and affiliate notices in the article's flow, in several languages.

Each chrome line is put between paragraphs of an invented article and must leave the body; each hard
negative is a body sentence with the same words and must stay.
"""

from __future__ import annotations

import pytest

import newsclean

BODY = [
    "The regional council agreed on Thursday to extend the night bus network to three more towns.",
    "The new lines will run every 30 minutes between midnight and five in the morning from March.",
    "Operators said they would hire 40 more drivers to cover the extra services, a spokeswoman said.",
]

NEWSLETTER = [
    # en
    "Get the week's funding rounds, exits and founder interviews in your inbox every Friday.",
    "Receive the latest local updates in your inbox",
    "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.",
    "Want more Harbour Weekly? Sign up for our newsletter.",
    "Sign Up: Stay on top of the latest film and TV news! Sign up for our Email Newsletters here.",
    "Every morning, the day's top stories from Harbour City.",
    "You have been successfully subscribed!",
    "There was a problem subscribing you to the newsletter. Please try again.",
    "Enter your email address",
    # de
    "Jeden Morgen die wichtigsten Nachrichten aus Kleinhausen und der Region direkt in Ihr Postfach.",
    "Die Woche der Wissenschaft: Jeden Freitag die spannendsten Entdeckungen aus der Forschung.",
    "Mit meiner Anmeldung akzeptiere ich die Datenschutzbestimmungen.",
    "Ihre E-Mail-Adresse",
    "Auto-Newsletter: Jetzt abonnieren und keine Tests mehr verpassen",
    # fr
    "Chaque matin, l'essentiel de l'actualité des entreprises.",
    "Chaque jour, l'actualité de Brest et de ses environs.",
    "Je m'inscris",
    "Votre adresse mail est collectée par Le Courrier du Port pour vous envoyer nos actualités.",
    "En vous inscrivant, vous acceptez notre politique de confidentialité.",
    # es, it, pl, nl, pt
    "Cada mañana, lo más importante de la actualidad en tu correo.",
    "Al suscribirte, aceptas la política de privacidad.",
    "Suscribirme",
    "Ogni mattina le notizie della tua città.",
    "Iscrivendoti accetti l'informativa sulla privacy.",
    "Codziennie rano najważniejsze informacje z regionu.",
    "Zapisując się, akceptujesz regulamin serwisu.",
    "Elke ochtend het laatste nieuws uit Utrecht.",
    "Door je in te schrijven ga je akkoord met de privacyverklaring.",
    "Todas as manhãs, as principais notícias do dia.",
    "Ao se inscrever, você concorda com a política de privacidade.",
]

AFFILIATE = [
    "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
    "Harbour Media may earn an Affiliate Commission if you purchase something through links in this article",
    "* Affiliate-Link: Bei einem Kauf über diesen Link erhalten wir eine Provision.",
    "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
    "Dieser Beitrag enthält Werbung durch Markennennung.",
    "Affiliate links",
    "Enlaces de afiliados",
    "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
    "Lorsque vous achetez via nos liens, nous pouvons percevoir une commission.",
    "Se acquisti tramite i nostri link, potremmo ricevere una commissione.",
    "Als je via onze links koopt, ontvangen wij mogelijk een commissie.",
    "Kupując przez linki w artykule, możemy otrzymać prowizję.",
    "Ao comprar através dos nossos links, podemos receber uma comissão.",
]

KEPT = [
    "Every morning, the ferry leaves the harbour at six.",
    "Every day, the biggest challenge is finding drivers.",
    "Jeden Morgen fahren 2000 Pendler über die Brücke.",
    "Jeden Tag die gleichen Staus: Pendler sind genervt.",
    "Chaque jour, l'actualité nous rappelle la fragilité de la paix.",
    "Chaque matin, les bénévoles distribuent des repas.",
    "Cada mañana, los vecinos hacen cola ante el centro de salud.",
    "Todas as manhãs, os pescadores saem para o mar.",
    "Elke ochtend staan de files tot aan Utrecht.",
    "Scammers are flooding your inbox with fake parcel notices, police warned.",
    "Your email address will be used by fraudsters, police warned in a statement on Monday.",
    "The broker may earn a commission on purchases of the bonds, the filing shows.",
    "Affiliate links are common on consumer sites, the study found.",
    "Wenn Kunden über die Plattform kaufen, erhält der Konzern eine Provision von 15 Prozent.",
    "Si compras un coche eléctrico, el Gobierno te devuelve hasta 7.000 euros.",
    "Se acquisti una casa nel 2027, la detrazione sale al 50 per cento.",
    "Als je via de app betaalt, is de rit goedkoper.",
    "Ao comprar casa, os jovens pagam menos imposto.",
    "Meld je aan voor de cursus via de gemeente, zei de wethouder.",
    # a magazine's promo (a caption when a credit follows it), not a newsletter box
    'Want more harbour news? Subscribe to "Harbour Monthly" for the latest from the quay!',
]


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title="Night buses reach three more towns")


@pytest.mark.parametrize("line", [*NEWSLETTER, *AFFILIATE])
def test_newsletter_and_affiliate_lines_leave_the_body(line: str) -> None:
    article = _clean(line)
    assert article.body == tuple(BODY)
    assert any(r.text == line and r.kind in ("boilerplate", "ad") for r in article.removed)


@pytest.mark.parametrize("line", KEPT)
def test_body_sentences_with_newsletter_or_shop_words_stay(line: str) -> None:
    assert line in _clean(line).body
