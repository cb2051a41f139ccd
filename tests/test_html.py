"""HTML mode end to end: every input shape (str, bytes in several charsets, fragment, bs4, lxml), and
the invented seed-style page coming out as the same Article as its text version."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from bs4 import BeautifulSoup

import newsclean
from newsclean.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
PAGE = Path(__file__).resolve().parent / "data" / "html" / "en-epa-chip-export-limits.html"
TEXT_VERSION = ROOT / "fixtures" / "en-epa-headline-after-body" / "input.txt"

PARAGRAPHS = (
    "The harbour authority said on Monday that the old grain pier will reopen to ferries next spring after repairs.",
    "Engineers found that the wooden piles under the pier had rotted faster than expected in the warmer water.",
    "Local traders, who lost most of their summer visitors, welcomed the news but asked for help with the rent.",
)
HEADLINE = "Old grain pier to reopen to ferries next spring"


def page(body: str, *, head: str = "", lang: str = "en") -> str:
    return f"<!DOCTYPE html><html lang='{lang}'><head>{head}<title>{HEADLINE}</title></head><body>{body}</body></html>"


def article_html(extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<article><h1>{HEADLINE}</h1>{extra}{paragraphs}</article>"


# ----------------------------------------------------------------------------- the seed-style page


@pytest.fixture(scope="module")
def from_html() -> newsclean.Article:
    return newsclean.clean_html(PAGE.read_bytes())


@pytest.fixture(scope="module")
def from_text() -> newsclean.Article:
    return newsclean.clean_text(TEXT_VERSION.read_text(encoding="utf-8"))


@pytest.mark.parametrize("field", ["title", "body", "credits"])
def test_seed_page_equals_its_text_version(from_html, from_text, field):
    assert getattr(from_html, field) == getattr(from_text, field)


def test_seed_page_caption_and_credit_equal_the_text_version(from_html, from_text):
    assert [(c.text, c.credit) for c in from_html.captions] == [(c.text, c.credit) for c in from_text.captions]
    assert from_html.captions[0].credit == "EPA-EFE/JULIEN WARNAND"


def test_seed_page_stray_comma_fixed(from_html):
    assert from_html.body[2].endswith("smaller chip makers.")
    assert any(f.rule == "fix_punctuation" and (f.before, f.after) == (",", ".") for f in from_html.fixes)


def test_seed_page_metadata(from_html):
    meta = from_html.metadata
    assert (meta.source_format, meta.url, meta.author, meta.date, meta.language, meta.site_name) == (
        "html",
        "https://ledger.example/eu/chip-export-limits",
        "Marta Vidal",
        "2024-02-09",
        "en",
        "Brussels Ledger",
    )
    assert meta.encoding == "utf-8"


def test_seed_page_skips_captions_of_related_stories(from_html):
    assert all("Antwerp" not in c.text for c in from_html.captions)
    assert "Ministers split" not in from_html.text


def test_clean_detects_html(from_html):
    assert newsclean.clean(PAGE.read_bytes()) == from_html


# ----------------------------------------------------------------------------- input shapes


CYRILLIC = "<p>Москва сегодня: в парке открыли новый каток для детей и взрослых.</p>"
FRENCH = "<p>Café crème, déjà vu à Noël : naïve « très » belle, dit le maître d'hôtel.</p>"
CHARSET_CASES = [
    # label, page, codec, expected encoding_source, a word that must survive decoding
    (
        "http-equiv cp1251",
        page(article_html(CYRILLIC), head="<meta http-equiv='Content-Type' content='text/html; charset=cp1251'>"),
        "cp1251",
        "meta",
        "Москва",
    ),
    ("meta charset latin-1", page(article_html(FRENCH), head="<meta charset='iso-8859-1'>"), "latin-1", "meta", "Noël"),
    ("BOM utf-8", page(article_html(FRENCH)), "utf-8-sig", "bom", "Café"),
    ("BOM utf-16", page(article_html(CYRILLIC)), "utf-16", "bom", "Москва"),
    ("undeclared cp1252", page(article_html(FRENCH + "<p>Une œuvre à 12 €.</p>")), "cp1252", "detector", "œuvre"),
]


@pytest.mark.parametrize(
    ("label", "markup", "codec", "source", "word"), CHARSET_CASES, ids=[c[0] for c in CHARSET_CASES]
)
def test_bytes_in_any_charset(label, markup, codec, source, word):
    article = newsclean.clean_html(markup.encode(codec))
    assert word in article.text
    assert article.body[-1] == PARAGRAPHS[-1]
    assert article.metadata.encoding_source == source
    assert article.metadata.encoding


def test_str_input_records_no_encoding():
    article = newsclean.clean_html(page(article_html()))
    assert (article.metadata.encoding, article.metadata.encoding_source) == (None, None)


def test_fragment_without_html_or_body():
    article = newsclean.clean_html(article_html())
    assert article.title == HEADLINE
    assert article.body == PARAGRAPHS


def test_short_fragment_is_kept_not_lost():
    # Too short for trafilatura: every block is kept rather than returning nothing.
    article = newsclean.clean_html("<p>The pier reopens in May after repairs to the piles.</p>")
    assert article.body == ("The pier reopens in May after repairs to the piles.",)


def test_bs4_tag_selected_by_the_scraper():
    soup = BeautifulSoup(page("<nav><a href='/'>Home</a></nav>" + article_html()), "html.parser")
    article = newsclean.clean_html(soup.select_one("article"))
    assert article.body == PARAGRAPHS
    assert newsclean.clean(soup).body == PARAGRAPHS


def test_lxml_element_selected_by_the_scraper_is_not_moved():
    tree = lxml.html.fromstring(page("<div class='wrap'>" + article_html() + "</div>"))
    container = tree.find(".//article")
    article = newsclean.clean_html(container)
    assert article.body == PARAGRAPHS
    assert container.getparent() is not None and container.getparent().get("class") == "wrap"


def test_lxml_etree_element():
    root = lxml.etree.HTML(page(article_html()))
    assert newsclean.clean_html(root).body == PARAGRAPHS


@pytest.mark.parametrize("bad", [42, ["<p>x</p>"], object()], ids=["int", "list", "object"])
def test_other_types_raise_a_typed_error(bad):
    with pytest.raises(InputError):
        newsclean.clean_html(bad)


def test_empty_page_gives_an_empty_article():
    article = newsclean.clean_html("<html><body></body></html>")
    assert article.body == () and article.captions == ()


# ----------------------------------------------------------------------------- residue after extraction


def _body_with(between: str) -> str:
    first, *rest = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<article><h1>{HEADLINE}</h1>{first}{between}{''.join(rest)}</article>"


CAPTION = "Workers replace the rotten piles under the old grain pier, 2 May 2024."


def test_paragraph_equal_to_a_harvested_caption_goes_to_that_caption():
    # The caption is printed as a plain <p> (the extractor keeps it); JSON-LD says it is a caption.
    image = {"@type": "ImageObject", "caption": CAPTION, "creditText": "Ana Lind/Harbour Post"}
    ld = json.dumps({"@type": "NewsArticle", "image": image})
    head = f"<script type='application/ld+json'>{ld}</script>"
    markup = page(_body_with(f"<img src='p.jpg'><p>{CAPTION}</p>"), head=head)
    article = newsclean.clean_html(markup)
    assert article.body == PARAGRAPHS
    assert [(c.text, c.credit, c.line) for c in article.captions] == [(CAPTION, "Ana Lind/Harbour Post", 2)]
    assert article.credits == ("Ana Lind/Harbour Post",)
    [finding] = [f for f in article.findings if f.field == "caption"]
    assert finding.rule == "harvest_figures" and finding.line == 2


def test_paragraph_like_a_caption_but_not_harvested_stays():
    article = newsclean.clean_html(page(_body_with(f"<p>{CAPTION}</p>")))
    assert CAPTION in article.body
    assert article.captions == ()


def test_same_site_link_lines_are_removed_as_teasers():
    related = "<p><a href='/news/ferry-timetable-changes'>Ferry timetable changes for the summer season</a></p>"
    article = newsclean.clean_html(page(_body_with(related)))
    assert article.body == PARAGRAPHS
    assert [(r.kind, r.rule, r.text) for r in article.removed] == [
        ("teaser", "strip_link_lines", "Ferry timetable changes for the summer season")
    ]


@pytest.mark.parametrize(
    "link",
    [
        "<a href='https://other.example/report'>Ferry timetable changes for the summer season</a>",
        "<a href='/news/ferries'>Ferry timetable</a>",  # too short to be a story link
        "Ferry timetable changes for the <a href='/news/ferries'>summer season</a>",  # only partly a link
    ],
    ids=["other-site", "short", "partial"],
)
def test_links_that_are_not_story_teasers_stay(link):
    canonical = "<link rel='canonical' href='https://harbour.example/a'>"
    article = newsclean.clean_html(page(_body_with(f"<p>{link}</p>"), head=canonical))
    assert not [r for r in article.removed if r.rule == "strip_link_lines"]


def test_json_ld_image_description_that_is_the_lede_is_no_caption():
    image = {"@type": "ImageObject", "url": "pier.jpg", "description": PARAGRAPHS[0]}
    head = f"<script type='application/ld+json'>{json.dumps({'@type': 'NewsArticle', 'image': image})}</script>"
    article = newsclean.clean_html(page(article_html(), head=head))
    assert article.captions == ()
    assert article.body == PARAGRAPHS


def test_harvested_captions_keep_page_order_when_one_sits_on_a_line():
    later = "Ferries queue outside the harbour mouth at dawn on Monday, 6 May 2024."
    # The first caption (microdata in a plain <p>) is kept by the extractor and sits on a line; the
    # second (a figcaption) is dropped by it and joins as an extra. The order stays the page's.
    image = f"<div itemprop='image' itemscope itemtype='https://schema.org/ImageObject'><img src='p.jpg'>" \
        f"<p itemprop='caption'>{CAPTION}</p></div>"
    figure = f"<figure><img src='f.jpg'><figcaption>{later}</figcaption></figure>"
    article = newsclean.clean_html(page(_body_with(image + figure)))
    assert [(c.text, c.line is None) for c in article.captions] == [(CAPTION, False), (later, True)]
    assert article.body == PARAGRAPHS


@pytest.mark.parametrize(
    ("head", "h1s", "expected"),
    [
        ("<meta property='og:title' content='Pier to reopen | Harbour Post'>", [HEADLINE], HEADLINE),
        ("<meta property='og:title' content='Grain pier reopening: what ferry users need'>", [HEADLINE], HEADLINE),
        # Two different <h1>s (a logo and the headline): the page's metadata decides.
        ("<meta property='og:title' content='Pier reopens in spring'>", ["Harbour Post", HEADLINE], "Pier reopens in spring"),  # noqa: E501
    ],
    ids=["site-suffix", "seo-variant", "two-h1"],
)
def test_title_is_the_visible_headline(head, h1s, expected):
    h1 = "".join(f"<h1>{text}</h1>" for text in h1s)
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = newsclean.clean_html(page(f"<article>{h1}{paragraphs}</article>", head=head))
    assert article.title == expected
    assert article.body[-3:] == PARAGRAPHS


@pytest.mark.parametrize(
    ("markup", "removed"),
    [
        ("<ul><li><a href='/news/ferries'>Ferry timetable changes for the summer</a> New sailings start in June.</li>"
         "<li><a href='/news/pier'>Old grain pier gets a new roof</a> Work starts next week.</li></ul>", True),
        ("<p><a href='/news/ferries'>Ferry timetable changes for the summer</a> were announced by the council.</p>",
         False),
        ("<ul><li>The council announced <a href='/news/ferries'>ferry timetable changes for the summer</a></li>"
         "<li>The old grain pier gets a new roof and a café</li></ul>", False),
    ],
    ids=["list-item-link-then-summary", "paragraph-opening-with-a-link", "list-item-ending-with-a-link"],
)
def test_list_items_that_open_with_a_story_link(markup, removed):
    article = newsclean.clean_html(page(_body_with(markup)))
    got = [r for r in article.removed if r.rule == "strip_link_lines"]
    assert bool(got) is removed
