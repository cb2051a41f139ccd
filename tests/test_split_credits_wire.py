"""split_credits in more agency styles: wire sign-offs that are not credits, longer slashed credits,
a caption and its labelled credit on one line. Invented lines in each agency's style."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.document import Document
from newsclean.text.split_credits import is_credit_line

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."


def clean(*lines: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join((LEAD, *lines)), title=TITLE)


# A bare agency in brackets that ends the line is still a picture credit (the US style), unless it
# closes the story's last paragraph (the wire's sign-off: tests/test_split_credits.py).
def test_bare_agency_in_brackets_without_a_full_stop_after_is_a_credit() -> None:
    article = clean("The border crossing near Nogales, Ariz., at dawn. (AP)", "The crossing reopened at noon.")
    assert article.credits == ("AP",)


# "AGENCY/<end word>" closes a story; it is not a photographer. (split_captions' agency_credits has a
# rule of its own for slashed lines, so this checks split_credits' decision on the line.)
WIRE_ENDS = [
    ("Lusa/Fim", False),
    ("LUSA/FIM", False),
    ("ANSA/FINE", False),
    ("APA/Ende", False),
    ("Lusa/Finella Roe", True),
]


@pytest.mark.parametrize(("line", "credit"), WIRE_ENDS)
def test_end_of_story_mark_is_not_a_credit_line(line: str, credit: bool) -> None:
    # "Fine" and "Ende" are end marks only as the whole last part: "Finella Roe" is a photographer.
    assert is_credit_line(Document.from_text(line).lines[0]) is credit


# Checked by test_split_credits.test_credit_is_cut_off_the_end_of_a_caption, with its own rows.
WIRE_TAILS = [
    (
        "reuters-file-photo",
        "A tanker is moored at the port of Rotterdam, Netherlands, May 2, 2026. REUTERS/Jane Roe/File Photo",
        "A tanker is moored at the port of Rotterdam, Netherlands, May 2, 2026.",
        "REUTERS/Jane Roe/File Photo",
    ),
    (
        "apa-expa-name",
        "Ein Räumfahrzeug auf der Passstraße am Montagmorgen. APA/EXPA/JAKOB MAIER",
        "Ein Räumfahrzeug auf der Passstraße am Montagmorgen.",
        "APA/EXPA/JAKOB MAIER",
    ),
    (
        "keystone-sda-name",
        "Die Bundesräte vor der Medienkonferenz in Bern. KEYSTONE/POOL/ANNA MEIER",
        "Die Bundesräte vor der Medienkonferenz in Bern.",
        "KEYSTONE/POOL/ANNA MEIER",
    ),
    (
        "pl-caption-ends-in-capitalised-word",
        "Obrady Senatu. Fot. PAP/Anna Nowak",
        "Obrady Senatu.",
        "Fot. PAP/Anna Nowak",
    ),
    (
        "es-name-dash-agency",
        "El ministro de Economía, durante su comparecencia en el Congreso. - Ana Ruiz - Europa Press",
        "El ministro de Economía, durante su comparecencia en el Congreso.",
        "Ana Ruiz - Europa Press",
    ),
    (
        "es-name-dash-efe",
        "Vecinos achican agua en una calle de Valencia - Juan Roca - EFE",
        "Vecinos achican agua en una calle de Valencia",
        "Juan Roca - EFE",
    ),
    (
        "be-belga-photo-name",
        "Le Premier ministre à la sortie du conseil. BELGA PHOTO JANE ROE",
        "Le Premier ministre à la sortie du conseil.",
        "BELGA PHOTO JANE ROE",
    ),
    (
        "be-one-word-caption",
        "Illustration. - BELGA PHOTO JANE ROE",
        "Illustration.",
        "BELGA PHOTO JANE ROE",
    ),
    (
        "ja-kyodo-full-width",
        "首相官邸に入る閣僚ら＝28日午前（共同）",
        "首相官邸に入る閣僚ら＝28日午前",
        "共同",
    ),
    (
        "ja-kyodo-long-form",
        "記者会見する知事＝28日午後、札幌市（共同通信）",
        "記者会見する知事＝28日午後、札幌市",
        "共同通信",
    ),
    (
        "de-caption-ends-in-noun",
        "Blick auf den Reichstag. Foto: Jan Woitas/dpa",
        "Blick auf den Reichstag.",
        "Foto: Jan Woitas/dpa",
    ),
]


# Whole-line credits keep working: a label at the start has no sentence before it.
CREDIT_LINES = ["Fot. PAP/Anna Nowak", "APA/EXPA/JAKOB MAIER", "REUTERS/Jane Roe/File Photo", "Foto: Jan Woitas/dpa"]


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_credit_line_goes_to_credits(line: str) -> None:
    article = clean(line)
    assert article.credits == (line,)
    assert article.body == (LEAD,)


NEGATIVES = [
    ("sentence-ends-in-name", "The contract was signed on Monday by the new director, Anna Nowak."),
    ("cities-with-a-slash", "Flights on the Paris/Berlin route were cancelled after the storm."),
    ("cities-with-a-slash-at-end", "The airline cancelled every flight on the route Paris/Berlin"),
    ("mentions-reuters", "The company confirmed the sale to Reuters on Wednesday."),
    ("reuters-poll", "Support for the plan rose to 41 percent, a new poll by Reuters/Ipsos found on Tuesday."),
    ("es-ends-dash-agency", "El Gobierno lo confirmó el martes a Europa Press - fuentes de Hacienda"),
    ("es-sentence-then-agency", "Así lo ha explicado a Europa Press el portavoz del Gobierno, Luis Roca."),
    ("es-team-dash-agency", "El Real Madrid ganó al Barcelona - Europa Press"),
    ("en-agency-photo-then-day", "The picture ran in an AFP photo Tuesday"),
    ("fr-one-word-then-agency", "Voilà. Belga"),
    ("ja-body-mentions-kyodo", "共同通信の取材に対し、関係者が明らかにした。"),
    ("ja-joint-statement", "両国は共同声明を発表した（共同声明）"),
    ("pl-body-cites-pap", "Jak poinformowała PAP, posiedzenie Sejmu potrwa do piątku."),
]


@pytest.mark.parametrize("line", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_body_sentences_stay(line: str) -> None:
    article = clean(line)
    assert article.body == (LEAD, line)
    assert article.credits == () and article.captions == ()


@pytest.mark.parametrize(("line", "credit"), WIRE_ENDS)
def test_end_of_story_mark_is_no_credit_in_the_article(line: str, credit: bool) -> None:
    # The whole pipeline, including split_captions' rule for slashed agency lines.
    article = clean(f"{LEAD}\n{line}")
    assert (line in article.credits) is credit
    # An end mark is the wire's footer, page chrome (markers.BOILERPLATE_LINES); a credit leaves the body too.
    assert line not in article.body
