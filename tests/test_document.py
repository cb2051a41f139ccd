"""The working document: decisions are stamped, fixes replay exactly, assembly conserves lines."""

from __future__ import annotations

import regex

from newsclean import Document, Role
from newsclean.article import Fix


def replay(text: str, fixes: list[Fix]) -> str:
    for fix in fixes:
        assert text[fix.start : fix.start + len(fix.before)] == fix.before
        text = text[: fix.start] + fix.after + text[fix.start + len(fix.before) :]
    return text


def test_from_text_keeps_line_indices_and_drops_blank_lines() -> None:
    doc = Document.from_text("a\n\n  \nb\r\nc")
    assert [(ln.index, ln.text) for ln in doc.lines] == [(0, "a"), (3, "b"), (4, "c")]


def test_edit_records_the_smallest_span() -> None:
    doc = Document.from_text("Prices rose sharply ,then fell")
    doc.rule = "demo"
    doc.edit(doc.lines[0], "Prices rose sharply, then fell", "demo reason")
    (fix,) = doc.fixes
    assert (fix.rule, fix.before, fix.after, fix.start, fix.reason) == ("demo", " ,", ", ", 19, "demo reason")
    assert replay("Prices rose sharply ,then fell", doc.fixes) == doc.lines[0].text


def test_sub_records_one_replayable_fix_per_match() -> None:
    original = "one ,two ,three ,four"
    doc = Document.from_text(original)
    n = doc.sub(doc.lines[0], regex.compile(r" ,"), ", ", "space before comma")
    assert n == 3 and len(doc.fixes) == 3
    assert replay(original, doc.fixes) == doc.lines[0].text == "one, two, three, four"


def test_every_line_is_assembled_into_exactly_one_field() -> None:
    doc = Document.from_text("Headline here\nBody one.\nREUTERS/Jane Doe\nA caption.\nAdvertisement\nbody two")
    title, _body1, credit, caption, ad, body2 = doc.lines
    doc.mark_title(title, "t")
    doc.mark_credit(credit, "c")
    doc.mark_caption(caption, "cap", credit=credit.text)
    doc.remove(ad, "ad", "label")
    doc.join(body2, " ", "split")
    article = doc.to_article()
    assert article.title == "Headline here"
    assert article.body == ("Body one. body two",)
    assert article.credits == ("REUTERS/Jane Doe",)
    assert article.captions[0].credit == "REUTERS/Jane Doe"
    assert [r.text for r in article.removed] == ["Advertisement"]
    assert {f.field for f in article.findings} == {"title", "credit", "caption"}
    assert [ln.role for ln in doc.lines].count(Role.BODY) == 2


def test_split_credit_keeps_caption_and_credit_apart() -> None:
    doc = Document.from_text("Crowds gather in Rome. (AP Photo/Jane Doe)")
    doc.split_credit(doc.lines[0], "Crowds gather in Rome.", "AP Photo/Jane Doe", "tail credit")
    article = doc.to_article()
    assert article.captions[0].text == "Crowds gather in Rome."
    assert article.captions[0].credit == "AP Photo/Jane Doe"
    assert article.credits == ("AP Photo/Jane Doe",)


def test_given_title_wins_over_a_detected_line() -> None:
    doc = Document.from_text("The headline, as printed\nBody.", title="The Headline As Given")
    doc.mark_title(doc.lines[0], "matches")
    assert doc.to_article().title == "The Headline As Given"
