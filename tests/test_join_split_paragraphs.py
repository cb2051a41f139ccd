"""join_split_paragraphs: a paragraph cut mid-sentence by an ad label or a hard break, joined back."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new harbour budget"


def body(*lines: str) -> tuple[str, ...]:
    return newsclean.clean_text("\n".join(lines), title=TITLE).body


JOINED = [
    (
        "en-ad-split",
        ["The council voted to close the", "- Advertisement -", "library at the end of the year."],
        ("The council voted to close the library at the end of the year.",),
    ),
    (
        "de-anzeige-split",
        ["Der Stadtrat hat beschlossen, die", "Anzeige", "Bibliothek Ende des Jahres zu schließen."],
        ("Der Stadtrat hat beschlossen, die Bibliothek Ende des Jahres zu schließen.",),
    ),
    (
        "hyphenated-word",
        ["The auditors asked for a thorough exam-", "ination of the harbour accounts."],
        ("The auditors asked for a thorough examination of the harbour accounts.",),
    ),
    (
        "en-ad-before-a-number",
        [
            "Night buses will run every 20 minutes between midnight and",
            "- Advertisement -",
            "5 a.m., it said on Tuesday.",
        ],
        ("Night buses will run every 20 minutes between midnight and 5 a.m., it said on Tuesday.",),
    ),
    (
        "es-line-break",
        ["El ayuntamiento aprobó el presupuesto del", "puerto tras un largo debate."],
        ("El ayuntamiento aprobó el presupuesto del puerto tras un largo debate.",),
    ),
]


@pytest.mark.parametrize(("lines", "expected"), [c[1:] for c in JOINED], ids=[c[0] for c in JOINED])
def test_split_paragraph_is_joined(lines: list[str], expected: tuple[str, ...]) -> None:
    assert body(*lines) == expected


KEPT = [
    ("finished-sentence", ["The council met on Tuesday.", "later it adjourned until Friday."]),
    ("next-starts-upper", ["The council met on Tuesday and", "The mayor did not attend the meeting."]),
    ("short-heading", ["Who pays", "taxpayers will cover most of the cost, the council said."]),
    ("ellipsis-end", ["The vote was close…", "some say too close."]),
    ("french-colon-end", ["Le maire a déclaré :", "« nous finirons à temps »."]),
    ("hyphen-list", ["The plan covers the north-", "East quay and the ferry pontoon."]),
    ("no-case-script", ["市议会周二批准了港口预算", "工程将于春季开始"]),
    ("lowercase-brand-after-subheading", ["What the makers said", "iPhone sales held up better than the market."]),
]

KEPT_ACROSS_AD = [
    (
        "de-heading-before-ad",
        ["Was der Stadtrat jetzt plant", "Anzeige", "Der Stadtrat will die Bibliothek schließen."],
    ),
    (
        "en-heading-before-ad",
        ["What the council plans next", "Advertisement", "The council wants to close the library."],
    ),
    ("short-line-before-ad", ["Der Stadtrat und die", "Anzeige", "Bibliothek bleibt offen."]),
    (
        "stray-comma-before-ad",
        ["Der Stadtrat hat die Bibliothek geschlossen ,", "Anzeige", "Die Stadt spart damit Geld."],
    ),
]


@pytest.mark.parametrize("lines", [c[1] for c in KEPT_ACROSS_AD], ids=[c[0] for c in KEPT_ACROSS_AD])
def test_heading_before_an_ad_is_not_joined_to_the_next_paragraph(lines: list[str]) -> None:
    assert len(body(*lines)) == 2


@pytest.mark.parametrize("lines", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_lines_that_do_not_break_mid_sentence_stay_apart(lines: list[str]) -> None:
    assert body(*lines) == tuple(lines)
