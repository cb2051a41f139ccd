"""fix_punctuation: scraping artefacts mended; typography, decimals, ellipses and French spacing kept."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.config import CleanConfig
from newsclean.pipeline import default_pipeline

TITLE = "Council approves new harbour budget"


def body(line: str, config: CleanConfig | None = None) -> str:
    article = newsclean.clean_text(line, title=TITLE, pipeline=default_pipeline(config))
    return article.body[0]


FIXED = [
    (
        "end-comma",
        "The harbour budget goes to China and the ferry fund,",
        "The harbour budget goes to China and the ferry fund.",
    ),
    (
        "end-semicolon-comma",
        "The harbour budget was approved by the council;,",
        "The harbour budget was approved by the council.",
    ),
    (
        "end-abbreviation-comma",
        "The plan covers quays, cranes, pontoons e.g.,",
        "The plan covers quays, cranes, pontoons e.g.",
    ),
    # A final semicolon ends a list item (French lists end each item with " ;"), not a paragraph.
    ("end-semicolon-list-item", "le maintien des aides à l'hectare ;", "le maintien des aides à l'hectare ;"),
    (
        "space-before-comma",
        "The minister said , after the vote, that work starts soon.",
        "The minister said, after the vote, that work starts soon.",
    ),
    (
        "space-moved-after-comma",
        "It will cancel four routes ,citing weak demand.",
        "It will cancel four routes, citing weak demand.",
    ),
    ("missing-space", "He said it would pass.The next day it did.", "He said it would pass. The next day it did."),
    ("doubled-comma", "Prices rose,, then fell back.", "Prices rose, then fell back."),
    ("doubled-stop", "Prices rose and then fell back..", "Prices rose and then fell back."),
    ("comma-before-stop", "Prices rose and then fell back,.", "Prices rose and then fell back."),
    (
        "de-space-before-comma",
        "Der Bürgermeister sagte , die Arbeiten beginnen im Frühjahr.",
        "Der Bürgermeister sagte, die Arbeiten beginnen im Frühjahr.",
    ),
]


@pytest.mark.parametrize(("before", "after"), [f[1:] for f in FIXED], ids=[f[0] for f in FIXED])
def test_artefact_is_fixed(before: str, after: str) -> None:
    assert body(before) == after


KEPT = [
    ("ellipsis", "The vote was close... some say too close."),
    ("ellipsis-char", "The vote was close… some say too close."),
    ("decimal", "The budget grew 3.5 per cent to 12.75 million euros."),
    ("fr-colon", "Le maire a déclaré : « nous finirons à temps »."),
    ("fr-question", "Le port rouvrira-t-il avant l'été ?"),
    ("fr-exclamation", "Quelle tempête !"),
    ("fr-semicolon", "Le quai est fermé ; le ferry est annulé."),
    ("abbreviation", "The U.S. and the U.K. signed the deal."),
    ("url", "Details are at example.com/harbour and on the council site."),
    ("curly-quotes", "“We will finish on time,” the mayor said."),
    ("short-line-comma", "Cranes, pontoons,"),
    ("version-number", "The app moved to version 2.26.1 on Tuesday."),
]


@pytest.mark.parametrize("line", [k[1] for k in KEPT], ids=[k[0] for k in KEPT])
def test_correct_punctuation_is_kept(line: str) -> None:
    assert body(line) == line


def test_straighten_quotes_is_an_option() -> None:
    line = "“We will finish on time,” the mayor’s aide said."
    assert body(line, CleanConfig(straighten_quotes=True)) == '"We will finish on time," the mayor\'s aide said.'


def test_fixes_are_recorded_and_replayable() -> None:
    article = newsclean.clean_text("Prices rose,, then fell back..", title=TITLE)
    assert [f.rule for f in article.fixes] == ["fix_punctuation", "fix_punctuation"]
    assert {f.reason for f in article.fixes} == {"doubled comma", "doubled full stop"}
