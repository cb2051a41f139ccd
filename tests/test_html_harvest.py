"""harvest_figures: captions and credits from markup, one row per page shape (invented pages)."""

from __future__ import annotations

import json

import lxml.html
import pytest

from newsclean.html.harvest_figures import harvest_figures, split_caption_credit

CAP = "Rescue teams search the rubble of a collapsed house in Ghent, 4 March 2024."
CAP2 = "Residents wait outside the town hall for news of their relatives."


def ld(obj: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def harvest(body: str, head: str = "") -> list[tuple[str | None, str | None]]:
    tree = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    return [(item.caption, item.credit) for item in harvest_figures(tree)]


ROWS = [
    # id, body, head, expected [(caption, credit)]
    (
        "figcaption-credit-span",
        f"<figure><img src=a.jpg><figcaption>{CAP} <span class='credit'>EPA-EFE/JULIEN WARNAND</span>"
        "</figcaption></figure>",
        "",
        [(CAP, "EPA-EFE/JULIEN WARNAND")],
    ),
    (
        "figcaption-credit-sibling",
        f"<figure><img src=a.jpg><figcaption>{CAP}</figcaption><small class='photographer'>Jane Roe</small></figure>",
        "",
        [(CAP, "Jane Roe")],
    ),
    ("figcaption-no-credit", f"<figure><img src=a.jpg><figcaption>{CAP}</figcaption></figure>", "", [(CAP, None)]),
    (
        "credit-at-end",
        f"<figure><img src=a.jpg><figcaption>{CAP} REUTERS/Yves Herman</figcaption></figure>",
        "",
        [(CAP, "REUTERS/Yves Herman")],
    ),
    (
        "credit-at-end-in-brackets",
        f"<figure><img src=a.jpg><figcaption>{CAP} (AP Photo/Virginia Mayo)</figcaption></figure>",
        "",
        [(CAP, "AP Photo/Virginia Mayo")],
    ),
    (
        "credit-at-start",
        "<figure><img src=a.jpg><figcaption>dpa/Jonas Walzberg Helfer räumen am Montag die Trümmer in Gent weg."
        "</figcaption></figure>",
        "",
        [("Helfer räumen am Montag die Trümmer in Gent weg.", "dpa/Jonas Walzberg")],
    ),
    ("figure-without-caption", "<figure><img src=a.jpg></figure><p>Text</p>", "", []),
    (
        "figure-with-only-a-credit",
        "<figure><img src=a.jpg><span class='image-credit'>Photo: Jane Roe/Ghent Daily</span></figure>",
        "",
        [(None, "Photo: Jane Roe/Ghent Daily")],
    ),
    (
        "nested-figures",
        f"<figure class='gallery'><figure><img src=a.jpg><figcaption>{CAP}</figcaption></figure>"
        f"<figure><img src=b.jpg><figcaption>{CAP2}</figcaption></figure>"
        "<figcaption>Gallery: the flood in pictures, in twelve photographs.</figcaption></figure>",
        "",
        [(CAP, None), (CAP2, None), ("Gallery: the flood in pictures, in twelve photographs.", None)],
    ),
    (
        "wp-caption-text",
        f"<div class='wp-caption'><img src=a.jpg><p class='wp-caption-text'>{CAP} Photo: Jane Roe</p></div>",
        "",
        [(CAP, "Photo: Jane Roe")],
    ),
    (
        "cutline-class",
        f"<div class='photo'><img src=a.jpg><div class='story-cutline'>{CAP}</div></div>",
        "",
        [(CAP, None)],
    ),
    (
        "microdata-image-object",
        "<div itemprop='image' itemscope itemtype='https://schema.org/ImageObject'><img src=a.jpg>"
        f"<span itemprop='caption'>{CAP}</span><span itemprop='copyrightHolder'>Ghent Daily</span></div>",
        "",
        [(CAP, "Ghent Daily")],
    ),
    (
        "microdata-author-outside-image-is-no-credit",
        "<div itemscope itemtype='https://schema.org/NewsArticle'><span itemprop='author'>Jane Roe</span></div>",
        "",
        [],
    ),
    (
        "json-ld-image",
        "<p>Text</p>",
        ld({"@type": "NewsArticle", "image": {"@type": "ImageObject", "caption": CAP, "creditText": "Belga/Jan Smit"}}),
        [(CAP, "Belga/Jan Smit")],
    ),
    (
        "json-ld-list-and-copyright-holder",
        "<p>Text</p>",
        ld([{"@type": "NewsArticle", "image": [{"caption": CAP, "copyrightHolder": {"name": "Ghent Daily"}}]}]),
        [(CAP, "Ghent Daily")],
    ),
    (
        "json-ld-and-markup-deduplicated",
        f"<figure><img src=a.jpg><figcaption>{CAP}</figcaption></figure>",
        ld({"image": {"@type": "ImageObject", "caption": CAP, "creditText": "Belga/Jan Smit"}}),
        [(CAP, "Belga/Jan Smit")],
    ),
    (
        "json-ld-first-in-head-takes-the-figure-position",
        f"<figure><img src=a.jpg><figcaption>{CAP2}</figcaption></figure>"
        f"<figure><img src=b.jpg><figcaption>{CAP}</figcaption></figure>",
        ld({"image": {"@type": "ImageObject", "caption": CAP, "creditText": "Belga/Jan Smit"}}),
        [(CAP2, None), (CAP, "Belga/Jan Smit")],
    ),
    ("json-ld-broken", "<p>Text</p>", "<script type='application/ld+json'>{\"image\": </script>", []),
    (
        "page-order",
        f"<figure><img src=a.jpg><figcaption>{CAP2}</figcaption></figure><p>Text</p>"
        f"<figure><img src=b.jpg><figcaption>{CAP}</figcaption></figure>",
        "",
        [(CAP2, None), (CAP, None)],
    ),
    (
        "related-stories-skipped",
        f"<aside><figure><img src=a.jpg><figcaption>{CAP}</figcaption></figure></aside>"
        f"<div class='related-articles'><figure><img src=b.jpg><figcaption>{CAP2}</figcaption></figure></div>",
        "",
        [],
    ),
    (
        "layout-class-naming-a-sidebar-is-not-a-sidebar",
        f"<div class='l-sidebar-fixed'><div class='body'><figure><img src=a.jpg><figcaption>{CAP}</figcaption>"
        "</figure></div></div>",
        "",
        [(CAP, None)],
    ),
    (
        "page-wide-class-on-body-is-ignored",
        f"<div class='recirc-widget-page'><article><figure><img src=a.jpg><figcaption>{CAP}</figcaption></figure>"
        "</article></div>",
        "",
        [(CAP, None)],
    ),
    (
        "labelled-caption-is-a-caption-not-a-credit",
        "<figure><img src=a.jpg><figcaption>Image: Fans wait for the team bus outside the stadium on Sunday"
        "</figcaption></figure>",
        "",
        [("Image: Fans wait for the team bus outside the stadium on Sunday", None)],
    ),
    (
        "credit-only-figcaption-is-a-credit",
        "<figure><img src=a.jpg><figcaption>Photograph: Tim Roe/Getty Images</figcaption></figure>",
        "",
        [(None, "Photograph: Tim Roe/Getty Images")],
    ),
    (
        "gallery-counter-is-no-caption",
        "<figure><img src=a.jpg><figcaption>Image 1 of 12</figcaption></figure>",
        "",
        [],
    ),
    (
        "caption-toggle-is-no-caption",
        f"<figure><img src=a.jpg><button class='caption-toggle'>Hide caption</button><figcaption>{CAP}</figcaption>"
        "</figure>",
        "",
        [(CAP, None)],
    ),
    (
        "site-copyright-is-no-credit",
        "<div class='copyright'>© 2024 Ghent Daily. All rights reserved.</div>",
        "",
        [],
    ),
]


@pytest.mark.parametrize(("body", "head", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_harvest(body, head, expected):
    assert harvest(body, head) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{CAP} EPA-EFE/JULIEN WARNAND", (CAP, "EPA-EFE/JULIEN WARNAND")),
        (f"{CAP} Photo: Jane Roe/Ghent Daily", (CAP, "Photo: Jane Roe/Ghent Daily")),
        (CAP, (CAP, None)),
        # A sentence that names an agency as its source is not a credit.
        ("Figures first reported by Reuters on Monday.", ("Figures first reported by Reuters on Monday.", None)),
    ],
    ids=["agency-name", "photo-label", "none", "agency-as-source"],
)
def test_split_caption_credit(text, expected):
    assert split_caption_credit(text) == expected


def test_caption_nested_deeper_than_the_recursion_limit():
    deep = "<span>" * 1500 + CAP + "</span>" * 1500
    tree = lxml.html.document_fromstring(
        f"<html><body><figure><img src=a.jpg><figcaption>{deep}</figcaption></figure></body></html>",
        parser=lxml.html.HTMLParser(huge_tree=True),
    )
    assert [(item.caption, item.credit) for item in harvest_figures(tree)] == [(CAP, None)]


def test_inline_elements_do_not_glue_words():
    body = "<figure><img src=a.jpg><figcaption>Rescue teams<span>at work</span> in<br>Ghent.</figcaption></figure>"
    assert harvest(body) == [("Rescue teams at work in Ghent.", None)]


def test_absurdly_nested_json_ld_is_skipped_not_a_crash():
    head = "<script type='application/ld+json'>" + "[" * 50_000 + "]" * 50_000 + "</script>"
    assert harvest(f"<figure><img src=a.jpg><figcaption>{CAP}</figcaption></figure>", head) == [(CAP, None)]


def test_markup_twin_names_the_visible_source():
    tree = lxml.html.document_fromstring(
        f"<html><head>{ld({'image': {'caption': CAP}})}</head><body><figure><img src=a.jpg>"
        f"<figcaption>{CAP}</figcaption></figure></body></html>"
    )
    assert [item.source for item in harvest_figures(tree)] == ["<figcaption>"]
