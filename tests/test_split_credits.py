"""split_credits: credit lines and credits glued to captions, in agency and publisher styles."""

from __future__ import annotations

import pytest

import newsclean

from .test_split_credits_wire import WIRE_TAILS

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."


def clean(*lines: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join((LEAD, *lines)), title=TITLE)


CREDIT_LINES = [
    ("epa-efe", "EPA-EFE/PHILIPP GUELLAND"),
    ("reuters-slash", "REUTERS/Kevin Lamarque"),
    ("ap-photo-brackets", "(AP Photo/Evan Vucci)"),
    ("via-getty", "John Thys/AFP via Getty Images"),
    ("photo-label-name-agency", "Photo: Meg Kinnard, AP"),
    ("shouted-agency", "Patrick Semansky, ASSOCIATED PRESS"),
    ("picture-alliance", "picture alliance/dpa | Jan Woitas"),
    ("foto-dpa", "Foto: dpa"),
    ("fot-pap", "Fot. PAP/Radek Pietruszka"),
    ("credit-fr", "Crédit : Marta Nascimento/REA"),
    ("fotografia-es", "Fotografía: Europa Press"),
    ("name-agency-library", "Jupiterimages, Getty Images/Creatas RF"),
    ("copyright-sign", "© Reuters"),
    ("bracketed-name", "(Harbour Press Ltd.)"),
]


@pytest.mark.parametrize("credit", [c[1] for c in CREDIT_LINES], ids=[c[0] for c in CREDIT_LINES])
def test_credit_line_goes_to_credits(credit: str) -> None:
    article = clean(credit)
    assert credit in article.credits
    assert article.body == (LEAD,)


TAILS = [
    (
        "ap-photo",
        "Firefighters battle the blaze in Paradise, Calif. (AP Photo/Noah Berger)",
        "Firefighters battle the blaze in Paradise, Calif.",
        "AP Photo/Noah Berger",
    ),
    (
        "bare-ap-in-brackets",
        "The border crossing near Nogales, Ariz., at dawn. (AP)",
        "The border crossing near Nogales, Ariz., at dawn.",
        "AP",
    ),
    (
        "file-reuters",
        "Troops at a base near Kabul in 2019 [File: Reuters]",
        "Troops at a base near Kabul in 2019",
        "File: Reuters",
    ),
    (
        "image-getty",
        "A plague doctor's mask from the 17th century (Image: GETTY)",
        "A plague doctor's mask from the 17th century",
        "Image: GETTY",
    ),
    (
        "glued-credit-label",
        "The hunter skinned a marmot near the borderCredit: Getty - Contributor",
        "The hunter skinned a marmot near the border",
        "Credit: Getty - Contributor",
    ),
    (
        "glued-credit-dots",
        "The mayor at the opening last week.Credit...Jane Roe/The Daily Ledger",
        "The mayor at the opening last week.",
        "Credit...Jane Roe/The Daily Ledger",
    ),
    (
        "name-slash-agency-file",
        "Rep. Jane Doe speaks at the Capitol on July 25, 2019.J. Jones / AP file",
        "Rep. Jane Doe speaks at the Capitol on July 25, 2019.",
        "J. Jones / AP file",
    ),
    ("submitted-photo", "Christopher Smith Submitted photo", "Christopher Smith", "Submitted photo"),
    (
        "photograph-by",
        "Shares fell after the report. Photograph by Jane Roe/AFP/Getty Images",
        "Shares fell after the report.",
        "Photograph by Jane Roe/AFP/Getty Images",
    ),
    (
        "science-photo-library",
        "Bacteria seen under a microscope ( JANE ROE/SCIENCE PHOTO LIBRARY)",
        "Bacteria seen under a microscope",
        "JANE ROE/SCIENCE PHOTO LIBRARY",
    ),
    (
        "fr-photo-agency",
        "Le président à Paris, le 3 mars. PHOTO AFP",
        "Le président à Paris, le 3 mars.",
        "PHOTO AFP",
    ),
    (
        "pl-fot-agency",
        "Posłowie w Sejmie w Warszawie. Fot. PAP/Jan Kowal",
        "Posłowie w Sejmie w Warszawie.",
        "Fot. PAP/Jan Kowal",
    ),
    (
        "de-middle-dot",
        "Helfer räumen in Dresden Trümmer weg · Foto: Jan Woitas/dpa",
        "Helfer räumen in Dresden Trümmer weg",
        "Foto: Jan Woitas/dpa",
    ),
    (
        "de-foto-tail",
        "Helfer räumen in Dresden Trümmer weg. Foto: Jan Woitas/dpa",
        "Helfer räumen in Dresden Trümmer weg.",
        "Foto: Jan Woitas/dpa",
    ),
]


@pytest.mark.parametrize(
    ("line", "caption", "credit"), [t[1:] for t in [*TAILS, *WIRE_TAILS]], ids=[t[0] for t in [*TAILS, *WIRE_TAILS]]
)
def test_credit_is_cut_off_the_end_of_a_caption(line: str, caption: str, credit: str) -> None:
    # The story goes on below the picture (a bare agency in brackets closing the story is its sign-off).
    article = clean(line, MORE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.credits == (credit,)
    assert article.body == (LEAD, MORE)


MORE = "The harbour master said work on the new quay would start in the spring."


@pytest.mark.parametrize(
    "line",
    [
        "Les TEC et De Lijn n'ont pas encore communiqué leurs prévisions. (Belga)",
        "Il cantiere dovrebbe chiudersi entro la fine del 2027. (ANSA)",
        "Die Arbeiten sollen im Frühjahr beginnen. (dpa)",
        "Work on the new quay is due to start in the spring. (Reuters)",
    ],
)
def test_a_bare_agency_closing_the_last_paragraph_is_a_sign_off(line: str) -> None:
    article = clean(line)
    assert article.body == (LEAD, line) and article.captions == () and article.credits == ()
    # The same line with the story going on below it is a caption and its credit.
    assert len(clean(line, MORE).captions) == 1


HEADS = [
    ("dpa-head", "dpa/Jan Woitas Helfer räumen in Dresden Trümmer von der Straße.", "dpa/Jan Woitas"),
    (
        "copyright-head",
        "© Jane Roe Detainees wait at a detention centre in San Diego, Calif., on May 18, 2018.",
        "© Jane Roe",
    ),
]


@pytest.mark.parametrize(("line", "credit"), [h[1:] for h in HEADS], ids=[h[0] for h in HEADS])
def test_credit_is_cut_off_the_start_of_a_caption(line: str, credit: str) -> None:
    article = clean(line)
    assert [c.credit for c in article.captions] == [credit]
    assert article.captions[0].text == line[len(credit) :].strip()


def test_labelled_caption_is_a_caption_not_a_credit() -> None:
    line = "Image: Jane Doe, left, has replaced the coach who was sacked on Tuesday night"
    article = clean(line)
    assert article.credits == ()
    assert [c.text for c in article.captions] == [line]


NEGATIVES = [
    ("reuters-reported", "Reuters reported that the talks had stalled, citing two people familiar with the matter."),
    ("told-afp", "The minister told AFP the decision was final and would not be reviewed."),
    ("ap-dateline", "COLUMBIA, S.C. (AP) — The governor signed the bill on Tuesday."),
    ("wire-signoff", "The vote is expected next week. Reuters"),
    ("agency-mid-sentence", "According to dpa, the strike will continue until Friday."),
    ("photo-in-prose", "The photo: a grainy image of a man in a hood, was shared thousands of times."),
    ("source-in-brackets-with-speech", "Prices will rise again next year, the minister said (AFP)"),
    ("es-citing-efe", "Según informó la agencia EFE, el incendio obligó a desalojar a 300 vecinos."),
    ("de-citing-dpa", "Wie die Deutsche Presse-Agentur (dpa) berichtete, bleibt die Brücke gesperrt."),
    # The agency's name closing a body paragraph, then a full stop: the wire copy's sign-off, body text.
    ("it-ansa", "Il nuovo orario entrerà in vigore dal primo gennaio per tutte le linee regionali. (ANSA)."),
    ("ja-kyodo-after-sentence", "政府は来年度予算案を閣議決定した。（共同）"),
    ("it-ansa-number", "Il biglietto ridotto costa 9 euro. (ANSA)."),
    ("pt-lusa", "O Governo vai apresentar a proposta aos parceiros sociais na próxima semana. (Lusa)."),
    ("en-reuters-bracketed", "Talks are expected to resume in Geneva later this month. (Reuters)."),
]


@pytest.mark.parametrize("line", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_body_sentences_that_cite_an_agency_stay(line: str) -> None:
    article = clean(line)
    assert article.body == (LEAD, line)
    assert article.credits == () and article.captions == ()


def test_a_video_label_is_no_credit_label() -> None:
    # "Video:" opens a video's title (media chrome), not a credit as "Photo:" does.
    article = clean("Video: Signing Day highlights")
    assert article.credits == () and article.captions == ()
    assert [r.kind for r in article.removed] == ["media"]


def test_a_single_bracketed_word_is_not_a_credit() -> None:
    assert clean("(Updated)").credits == ()


def test_share_via_email_is_not_a_credit() -> None:
    # "X via Y" credits a handout; a share button has the same shape.
    assert clean("Share via Email").credits == ()
