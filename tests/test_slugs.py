"""The page address as headline evidence: slugs read from URLs, and find_headline using them.

Texts and addresses are invented in the style of real scrapes (one paragraph per line).
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text.slugs import slug_agreement, slug_words, spells_slug, words_as_slug

from .test_find_headline import DE, EN, ES


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://example.com/2024/05/storm-keeps-schools-closed", ("storm", "keeps", "schools", "closed")),
        ("https://example.com/news/storm-keeps-schools-closed-20240503.html", ("storm", "keeps", "schools", "closed")),
        # a bare id after the slug, as some CMSs append
        ("https://example.com/sports/hs-roundup-north-wins/4246736002/", ("hs", "roundup", "north", "wins")),
        ("https://example.com/opening-bell-5-3-24/", ("opening", "bell", "5", "3", "24")),
        (
            "https://beispiel.de/politik/koalition-einigt-sich-auf-haushalt_id_1234567.html",
            ("koalition", "einigt", "sich", "auf", "haushalt", "id"),
        ),
        (
            "https://ejemplo.es/local/el-tranv%C3%ADa-llegar%C3%A1-al-hospital",
            ("el", "tranvia", "llegara", "al", "hospital"),
        ),
        ("https://example.com/blog/guide_to_winter_tyres", ("guide", "to", "winter", "tyres")),
        # not article slugs: a section, a query, a one-word page, nothing, a malformed host
        ("https://example.com/news/", None),
        ("https://example.com/view.php?id=12345&page=2", None),
        ("https://example.com/about", None),
        ("https://example.com/2024/05/03/", None),
        (None, None),
        ("", None),
        ("http://[bad-host/a-b-c", None),
    ],
)
def test_slug_words(url: str | None, words: tuple[str, ...] | None) -> None:
    assert slug_words(url) == words


@pytest.mark.parametrize(
    ("text", "slug", "spelled"),
    [
        ("Storm Keeps Schools Closed", ("storm", "keeps", "schools", "closed"), True),
        ("Don’t panic: the guide", ("dont", "panic", "the", "guide"), True),
        ("Połączenie kolejowe wraca", ("polaczenie", "kolejowe", "wraca"), True),
        ("Straße gesperrt", ("strasse", "gesperrt"), True),
        ("Opening Bell 5.3.24", ("opening", "bell", "5", "3", "24"), True),
        # one word more or less is another line
        ("Storm keeps the schools closed", ("storm", "keeps", "schools", "closed"), False),
        ("Storm keeps schools", ("storm", "keeps", "schools", "closed"), False),
        ("Storm Keeps Schools Closed", None, False),
    ],
)
def test_spells_slug(text: str, slug: tuple[str, ...] | None, spelled: bool) -> None:
    assert spells_slug(text, slug) is spelled


def test_words_as_slug_folds_case_accents_and_apostrophes() -> None:
    assert words_as_slug("L’Étoile d'Or: 3 Prix") == ("letoile", "dor", "3", "prix")


@pytest.mark.parametrize(
    ("text", "slug", "supports"),
    [
        # abbreviated and cut slugs still agree with their headline...
        (
            "High School Roundup: North beats South to remain unbeaten",
            ("hs", "roundup", "north", "beats", "south", "remain", "unbeaten"),
            True,
        ),
        (
            "Our Survey Shows That a Mix of Ad Formats Earns the Most",
            ("survey", "shows", "mix", "ad", "formats", "earns"),
            True,
        ),
        # ...but not a score line, a long paragraph that mentions the slug words, or a two-word slug
        ("South 70, North 44", ("hs", "roundup", "north", "beats", "south", "remain", "unbeaten"), False),
        (
            "In this week's roundup North beats South and the season goes on with many more games to come",
            ("hs", "roundup", "north", "beats", "south"),
            False,
        ),
        ("Business focus", ("business", "focus"), False),
    ],
)
def test_slug_agreement_needs_both_shares(text: str, slug: tuple[str, ...], supports: bool) -> None:
    cover, precision = slug_agreement(text, slug)
    assert (cover >= 0.6 and precision >= 0.5) is supports


@pytest.mark.parametrize(
    ("lines", "url", "title"),
    [
        # a two-word headline: too short for the shape rules, but the address was made from it
        (["Winterreifen Pflicht", *DE], "https://beispiel.de/auto/winterreifen-pflicht/", "Winterreifen Pflicht"),
        # a dated column title between paragraphs
        (
            [EN[0], "Morning Briefing 5.3.24", *EN[1:]],
            "https://example.com/2024/05/morning-briefing-5-3-24/",
            "Morning Briefing 5.3.24",
        ),
        # a headline that shares few words with the lede wins over a score line above it
        (
            ["Norte 70, Sur 44", "Resumen escolar: el Norte sigue invicto", *ES],
            "https://ejemplo.es/deportes/resumen-escolar-norte-sigue-invicto/99887766/",
            "Resumen escolar: el Norte sigue invicto",
        ),
    ],
)
def test_the_address_slug_identifies_the_headline(lines: list[str], url: str, title: str) -> None:
    article = newsclean.clean_text("\n".join(lines), url=url)
    assert article.title == title
    assert title not in article.body
    # Without the address, none of these is found: the slug is the evidence.
    assert newsclean.clean_text("\n".join(lines)).title != title


@pytest.mark.parametrize(
    ("lines", "url"),
    [
        # the slug's words in a real paragraph: a paragraph is never the headline
        (["The storm keeps schools closed.", *EN], "https://example.com/storm-keeps-schools-closed"),
        # a two-word slug that a short subheading happens to share in part
        ([EN[0], "What schools do next", *EN[1:]], "https://example.com/schools-next"),
        # another story's address
        (EN, "https://example.com/markets/stocks-rally-on-rate-hopes"),
    ],
)
def test_the_slug_takes_no_body_line(lines: list[str], url: str) -> None:
    article = newsclean.clean_text("\n".join(lines), url=url)
    assert article.title is None
    assert list(article.body) == [ln for ln in lines if ln.strip()]
