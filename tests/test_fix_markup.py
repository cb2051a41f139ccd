"""fix_markup: stray tags and entities, and hidden link text run onto the end of a line."""

from __future__ import annotations

import pytest

import newsclean

LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."


def _body_and_fixes(line: str) -> tuple[tuple[str, ...], list[str]]:
    article = newsclean.clean_text(f"{LEAD}\n{line}", title="Harbour budget approved")
    return article.body, [f.reason for f in article.fixes if f.rule == "fix_markup"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Prices rose<br>sharply</em> in the harbour district.", "Prices rose sharply in the harbour district."),
        ("Smith &amp; Sons said the cranes would arrive in May.", "Smith & Sons said the cranes would arrive in May."),
        # A screen reader's note and a wire's licensing button, run onto the line by the scrape.
        (
            "Read the council's full report on the budget here (opens in a new window)",
            "Read the council's full report on the budget here",
        ),
        (
            "The full budget is published on the council's website, opens new tab",
            "The full budget is published on the council's website",
        ),
    ],
)
def test_markup_and_link_text_leave_the_line(line: str, kept: str) -> None:
    body, reasons = _body_and_fixes(line)
    assert body == (LEAD, kept)
    assert reasons  # every change carries fix_markup's reason


def test_link_text_is_cut_before_a_credit_is_read() -> None:
    line = (
        "[1/2] A worker walks past the crane at the quay in Hamburg, May 3, 2025. "
        "REUTERS/Jane Roe/File Photo Purchase Licensing Rights, opens new tab"
    )
    article = newsclean.clean_text(f"{LEAD}\n{line}\nWork on the new quay will start in the spring.")
    assert [c.credit for c in article.captions] == ["REUTERS/Jane Roe/File Photo"]


@pytest.mark.parametrize(
    "line",
    [
        # Prose about tabs and windows, and the words in the middle of a line, stay as they are.
        "The new tab on the council's website lists every motion.",
        "Residents were told to close the new window frames before the storm.",
        "A new window opens in the harbour office on Monday, the council said.",
        "Click the link in the council's letter, which opens a new window.",
        "The council's app opens a new tab",
    ],
)
def test_prose_about_tabs_and_windows_is_left_alone(line: str) -> None:
    body, reasons = _body_and_fixes(line)
    assert body == (LEAD, line) and reasons == []
