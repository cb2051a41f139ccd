"""The Article model: immutability, JSON round trip, stable shape."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsclean import REMOVAL_KINDS, Article, Caption, Finding, Fix, Metadata, Removal


def sample() -> Article:
    return Article(
        title="Storm closes schools",
        body=("All schools closed on Monday.", "They reopen on Wednesday."),
        captions=(Caption("Flooded street in Leeds.", credit="PA/Jane Doe", line=3),),
        credits=("PA/Jane Doe",),
        removed=(Removal("- Advertisement -", "ad", "strip_ad_markers", "advertisement label", 4),),
        fixes=(Fix("fix_punctuation", ",", ".", 1, 24, "paragraph ended in a stray comma"),),
        findings=(Finding("caption", "Flooded street in Leeds.", "split_captions", "beside a credit", 3),),
        metadata=Metadata(url="https://example.org/a", language="en"),
    )


def test_round_trip_dict_and_json() -> None:
    article = sample()
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_empty_article_round_trips() -> None:
    assert Article.from_dict(Article().to_dict()) == Article()


def test_is_immutable() -> None:
    article = sample()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.captions[0].credit = None  # type: ignore[misc]


def test_text_joins_paragraphs_with_blank_lines() -> None:
    assert sample().text == "All schools closed on Monday.\n\nThey reopen on Wednesday."


def test_dict_has_stable_documented_keys() -> None:
    d = sample().to_dict()
    assert list(d) == ["schema", "title", "body", "captions", "credits", "removed", "fixes", "findings", "metadata"]
    assert list(d["captions"][0]) == ["text", "credit", "line"]
    assert list(d["removed"][0]) == ["text", "kind", "rule", "reason", "line"]
    assert list(d["fixes"][0]) == ["rule", "before", "after", "line", "start", "reason"]


def test_unknown_keys_are_ignored_for_forward_compatibility() -> None:
    d = sample().to_dict()
    d["future_field"] = 1
    d["captions"][0]["future"] = "x"
    assert Article.from_dict(d) == sample()


def test_removal_kinds_are_documented_literals() -> None:
    assert {"ad", "teaser", "boilerplate", "byline", "media", "duplicate_title", "markup"} <= set(REMOVAL_KINDS)
