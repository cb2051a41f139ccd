"""The seed article the project started from, cleaned right end to end."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

import newsclean
from newsclean import Article

from .conftest import SEED, shared_file

TITLE = "US, Chinese officials to meet to discuss further Huawei restrictions"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return shared_file(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(seed_text: str) -> Article:
    return newsclean.clean(seed_text)


def test_title_found_mid_text(article: Article) -> None:
    assert article.title == TITLE


def test_seven_body_paragraphs_with_the_stray_comma_fixed(article: Article) -> None:
    assert len(article.body) == 7
    assert article.body[2].endswith("China and Huawei.")
    fix = [f for f in article.fixes if f.line == 2]
    assert [(f.rule, f.before, f.after) for f in fix] == [("fix_punctuation", ",", ".")]


def test_credit_and_linked_caption(article: Article) -> None:
    assert article.credits == ("EPA-EFE/PHILIPP GUELLAND",)
    assert len(article.captions) == 1
    assert article.captions[0].text.startswith("Visitors are reflected")
    assert article.captions[0].credit == "EPA-EFE/PHILIPP GUELLAND"


def test_two_ads_removed_with_rule_and_reason(article: Article) -> None:
    ads = [r for r in article.removed if r.kind == "ad"]
    assert len(ads) == 2
    assert all(r.rule == "strip_ad_markers" and r.reason for r in ads)
    assert len(article.removed) == 2


def test_no_residue_left_in_body(article: Article) -> None:
    text = article.text
    for residue in (TITLE, "EPA-EFE", "Visitors are reflected", "Advertisement"):
        assert residue not in text


def test_every_input_line_lands_in_exactly_one_place(seed_text: str, article: Article) -> None:
    n_lines = sum(1 for line in seed_text.splitlines() if line.strip())
    placed = len(article.body) + len(article.captions) + len(article.removed)
    placed += len([f for f in article.findings if f.field in ("title", "credit")])
    assert placed == n_lines == 12


def test_round_trip(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_cli_prints_the_same_article(article: Article) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", str(SEED)], check=True, capture_output=True, text=True
    ).stdout
    printed = Article.from_dict(json.loads(out))
    assert printed == newsclean.clean(SEED.read_bytes())
    # Same article as from str; only bytes input records the encoding it detected.
    assert printed.metadata.encoding == "utf-8"
    assert dataclasses.replace(printed, metadata=article.metadata) == article
