"""Properties of cleaning that hold for every input, checked with hypothesis.

* **No crash**: arbitrary text, bytes or HTML-ish strings give an Article or a ``NewscleanError``.
* **Conservation and replay**: every non-blank input line is in exactly one place (title line, a body
  paragraph, a caption, a credit, ``removed``); replaying ``Article.fixes`` on the input lines gives
  the text found there; joins (``start == -1``) rebuild the paragraphs. A caption whose credit was cut
  out of it holds the line's words split between ``Caption.text`` and ``Caption.credit``.
* **Order**: body paragraphs come in input order (part of the rebuild above, and checked on its own).
* **Idempotence**: cleaning ``article.text`` again with the same title changes nothing.
* **Determinism**: the same input gives the same Article, with a shared or a fresh pipeline.

The example count is bounded for CI by the ``ci`` profile (200 examples, no deadline, so a slow shared
machine cannot fail a test), derandomized so that CI is reproducible: a gate must not turn red on a
lucky draw. Exploration is a separate, random run: ``NEWSCLEAN_HYPOTHESIS_PROFILE=deep`` (5000 examples);
``=dev`` runs 30. Failures it finds are pinned with ``@example``.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, Document, NewscleanError, default_pipeline
from newsclean.decode import repair_surrogates

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROFILE = settings.get_profile(os.environ.get("NEWSCLEAN_HYPOTHESIS_PROFILE", "ci"))

# --------------------------------------------------------------------------- news-like strategies
# Invented vocabulary in several languages; the shapes are those of scraped news pages.

WORDS = (
    "council", "voted", "library", "minister", "storm", "schools", "closed", "officials", "prices", "rose",
    "sharply", "market", "harbour", "bridge", "election", "results", "rescue", "teams", "worked", "night",
    "Bürger", "Straße", "größer", "café", "été", "grève", "niño", "año", "Łódź", "źródło", "зима", "город",
    "东京", "会议", "مدينة", "👍", "résumé", "naïve", "co-operation", "3.5", "2019", "12:03", "U.S.", "e.g.",
)  # fmt: skip
NAMES = ("Jane Doe", "John Roe", "Ana Ruiz", "Jan Kowalski", "Marie Dubois", "Kevin Lamarque", "Li Wei")
AGENCIES = ("AP", "AFP", "Reuters", "REUTERS", "EPA-EFE", "dpa", "Getty Images", "ANP", "PA", "Xinhua")
PLACES = ("Munich", "Paradise, Calif.", "Lyon", "Gdansk", "Osaka", "Valencia")
ADS = ("- Advertisement -", "ADVERTISEMENT", "Advertisement 2", "Anzeige", "Publicité", "Publicidad", "Reklama",
       "Реклама", "Story continues below advertisement", "[ Sponsored content ]")  # fmt: skip
CHROME = ("Share Tweet Email", "Read more: Ten things to know about the vote", "Related stories", "12 comments",
          "© 2024 Example Media. All rights reserved.", "Image 1 of 12", "Updated 12:03 GMT, 3 March 2019",
          "Sign up for our daily newsletter", "Lesen Sie auch: Die Fragen zur Wahl", "5 min read")  # fmt: skip

known_word = st.sampled_from(WORDS)
# Random letters and digits as well: they make look-alikes of mojibake and of names.
word = st.one_of(known_word, st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12))
Words = st.SearchStrategy[str]


@st.composite
def sentence(draw: st.DrawFn, vocab: Words = word) -> str:
    words = draw(st.lists(vocab, min_size=3, max_size=18))
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + draw(st.sampled_from(".!?…:;\"”"))


@st.composite
def paragraph(draw: st.DrawFn, vocab: Words = word) -> str:
    return " ".join(draw(st.lists(sentence(vocab), min_size=1, max_size=4)))


@st.composite
def headline(draw: st.DrawFn, vocab: Words = word) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in draw(st.lists(vocab, min_size=3, max_size=12)))


@st.composite
def credit(draw: st.DrawFn) -> str:
    name, agency = draw(st.sampled_from(NAMES)), draw(st.sampled_from(AGENCIES))
    template = draw(st.sampled_from(("{a}/{n}", "({a} Photo/{n})", "Photo: {n}/{a}", "© {a}", "Foto: {a}",
                                     "{n}/{a} via Getty Images", "Image copyright {a}", "{n}, {a}")))  # fmt: skip
    return template.format(a=agency, n=name)


@st.composite
def caption(draw: st.DrawFn) -> str:
    text = (f"{draw(st.sampled_from(NAMES))} {draw(st.sampled_from(('speaks during', 'arrives at', 'looks on at')))}"
            f" a meeting in {draw(st.sampled_from(PLACES))}, 16 October 2017.")  # fmt: skip
    if draw(st.booleans()):
        text += f" ({draw(st.sampled_from(AGENCIES))} Photo/{draw(st.sampled_from(NAMES))})"
    return text


@st.composite
def split_paragraph(draw: st.DrawFn, vocab: Words = word) -> str:
    """A paragraph broken mid-sentence, the halves on two lines (maybe with an ad between)."""
    first = draw(paragraph(vocab)).rstrip(".!?…:;\"”") + " and the"
    middle = f"\n{draw(st.sampled_from(ADS))}" if draw(st.booleans()) else ""
    return f"{first}{middle}\nnext {draw(paragraph(vocab))}"


def _mojibake(text: str) -> str:
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return text


NOISE = (
    lambda s: s,
    _mojibake,
    lambda s: s.replace(" ", "\xa0", 2),
    lambda s: s.replace("a", "a\xad", 1),
    lambda s: s.replace(" ", " <br>", 1),
    lambda s: s.replace(" ", " &amp; ", 1),
    lambda s: "<p>" + s + "</p>",
    lambda s: s.replace(" ", "\x00 ", 1),
    lambda s: s.rstrip(".") + ",",
    lambda s: s.replace(" ", " , ", 1),
    lambda s: s.replace(". ", ".", 1),
    lambda s: "  " + s + "\t ",
    lambda s: s.replace(" ", "\u200b ", 1),
)


@st.composite
def noisy(draw: st.DrawFn, line: st.SearchStrategy[str]) -> str:
    return draw(st.sampled_from(NOISE))(draw(line))


def news_lines(vocab: Words = word) -> st.SearchStrategy[str]:
    return st.one_of(
        noisy(paragraph(vocab)),
        noisy(paragraph(vocab)),
        noisy(headline(vocab)),
        split_paragraph(vocab),
        credit(),
        caption(),
        st.sampled_from(ADS),
        st.sampled_from(CHROME),
        st.just(""),
    )


news_line = news_lines()


@st.composite
def news_text(draw: st.DrawFn, vocab: Words = word) -> str:
    lines = draw(st.lists(news_lines(vocab), min_size=0, max_size=14))
    if draw(st.booleans()):
        # The headline somewhere, maybe twice (scrapes repeat it).
        title = draw(headline(vocab))
        for _ in range(draw(st.integers(1, 2))):
            lines.insert(draw(st.integers(0, len(lines))), title)
    return draw(st.sampled_from(("\n", "\r\n", "\n\n"))).join(lines)


any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=400)  # surrogates included
TAGS = ("p", "div", "article", "figure", "figcaption", "h1", "span", "script", "style", "br", "a", "table", "td",
        "li", "main", "body", "html", "head", "title", "meta", "svg", "noscript")  # fmt: skip
tag = st.sampled_from(TAGS)
attribute = st.builds(lambda k, v: f' {k}="{v}"', st.sampled_from(("class", "id", "href", "content", "charset")),
                      st.text(max_size=20))  # fmt: skip
html_piece = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", tag, attribute | st.just("")),
    st.builds(lambda t: f"</{t}>", tag),
    st.sampled_from(("<!--", "-->", "<!DOCTYPE html>", "&amp;", "&#8217;", "&nbsp;", "<![CDATA[", "]]>", "<", ">")),
    news_line,
    st.text(max_size=30),
)
html_text = st.builds("".join, st.lists(html_piece, max_size=40))


# --------------------------------------------------------------------------- accounting


@dataclass
class Accounting:
    """Where each input line went, rebuilt from the Article alone."""

    replayed: dict[int, str] = field(default_factory=dict)
    body_groups: list[list[int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


_WORDS_RE = regex.compile(r"\w+")


def account(text: str, article: Article) -> Accounting:
    acc = Accounting()
    # The front door repairs lone surrogates before cleaning (decode.repair_surrogates).
    lines = {ln.index: ln.text for ln in Document.from_text(repair_surrogates(text)).lines}
    acc.replayed = dict(lines)
    joins: dict[int, str] = {}
    captions = {c.line: c for c in article.captions if c.line is not None}
    # A caption whose credit was cut out of it changed text without a Fix (the cut is the record), so
    # later fixes of that line cannot replay by offset: such lines are checked by their words instead.
    split = {i for i, c in captions.items() if c.credit is not None}
    for fix in article.fixes:
        assert fix.line in lines, f"fix on a line that is not in the input: {fix}"
        if fix.start == -1:
            joins[fix.line] = fix.after
            continue
        current = acc.replayed[fix.line]
        if current[fix.start : fix.start + len(fix.before)] != fix.before:
            if fix.line not in split:
                acc.problems.append(f"fix does not replay on line {fix.line}: {fix} vs {current!r}")
            continue
        acc.replayed[fix.line] = current[: fix.start] + fix.after + current[fix.start + len(fix.before) :]

    placed: Counter[int] = Counter()
    for removal in article.removed:
        placed[removal.line] += 1  # type: ignore[index]
        if removal.text != acc.replayed.get(removal.line):  # type: ignore[arg-type]
            acc.problems.append(f"removed text differs from its line: {removal}")
    for finding in article.findings:
        if finding.line is None:
            continue
        placed[finding.line] += 1
        line_text = acc.replayed[finding.line]
        if finding.text == line_text:
            continue
        c = captions.get(finding.line)
        if finding.field == "caption" and c is not None and c.credit is not None:
            # Letters and digits, not words: a credit glued to the caption ("... the squarePhoto: Jane
            # Doe") is cut inside the run of letters, which is right, and keeps every character.
            got = Counter("".join(_WORDS_RE.findall(f"{c.text} {c.credit}")))
            if got != Counter("".join(_WORDS_RE.findall(line_text))):
                acc.problems.append(f"caption + credit do not hold the line's words: {c} vs {line_text!r}")
        else:
            acc.problems.append(f"{finding.field} text differs from its line: {finding}")
    for index, count in placed.items():
        if count != 1:
            acc.problems.append(f"line {index} is in {count} places")

    for index in sorted(lines):
        if index in placed:
            continue
        if index in joins and acc.body_groups:
            acc.body_groups[-1].append(index)
        else:
            acc.body_groups.append([index])
    rebuilt = tuple(
        acc.replayed[g[0]] + "".join(joins[i] + acc.replayed[i] for i in g[1:]) for g in acc.body_groups
    )
    if rebuilt != article.body:
        acc.problems.append(f"body does not rebuild from the lines and joins: {rebuilt!r} vs {article.body!r}")
    return acc


def _clean_or_none(source: object, **kwargs: object) -> Article | None:
    try:
        return newsclean.clean(source, **kwargs)  # type: ignore[arg-type]
    except NewscleanError:
        return None


def _text_or_none(text: str) -> Article | None:
    try:
        return newsclean.clean_text(text)
    except NewscleanError:
        return None


# --------------------------------------------------------------------------- properties


@PROFILE
@given(st.one_of(any_text, news_text()))
def test_arbitrary_text_gives_article_or_newsclean_error(text: str) -> None:
    article = _clean_or_none(text)
    if article is not None:
        assert Article.from_json(article.to_json().encode("utf-8").decode("utf-8")) == article


@PROFILE
@given(st.binary(max_size=600) | news_text().map(lambda s: s.encode("cp1252", "replace")))
def test_arbitrary_bytes_give_article_or_newsclean_error(data: bytes) -> None:
    article = _clean_or_none(data)
    if article is not None:
        article.to_json().encode("utf-8")


@PROFILE
@given(html_text)
def test_arbitrary_html_gives_article_or_newsclean_error(markup: str) -> None:
    try:
        article = newsclean.clean_html(markup)
    except NewscleanError:
        return
    assert all(p and p == p.strip() for p in article.body)
    article.to_json().encode("utf-8")


@PROFILE
@given(st.one_of(news_text(), news_text(), any_text.filter(lambda s: "\x00" not in s)))
# Found by the deep run: a credit label glued to the caption's last word ("WireImage… ...") is cut
# inside that word; the caption and its credit keep every letter of the line.
@example("Council council council.\nCouncil council council council WireImage… Council council council.")
def test_every_line_is_accounted_for_and_fixes_replay(text: str) -> None:
    article = _text_or_none(text)
    if article is None:
        return
    assert account(text, article).problems == []


@PROFILE
@given(news_text())
def test_body_paragraphs_keep_input_order(text: str) -> None:
    article = _text_or_none(text)
    if article is None:
        return
    groups = account(text, article).body_groups
    firsts = [g[0] for g in groups]
    assert firsts == sorted(firsts)
    assert all(g == sorted(g) for g in groups)


def _assert_clean_again_changes_nothing(text: str, title: str | None = None) -> None:
    try:
        first = newsclean.clean_text(text, title=title)
    except NewscleanError:
        return
    if not first.body:
        return
    second = newsclean.clean_text(first.text, title=first.title)
    assert (second.title, second.body) == (first.title, first.body)
    assert second.removed == ()
    assert [f for f in second.fixes if f.start != -1] == []


# With the title known, so that headline detection (see the xfails below) is not re-run. Known words
# only: random letters make mojibake look-alikes whose repair depends on the line around them.
@PROFILE
@given(news_text(known_word), headline(known_word))
# Found by the deep profile: the paragraph beside a photo set's copies ended in a stray comma, so it read
# as no prose until fix_punctuation had made it a full stop, i.e. on the second clean.
@example(
    text="Council council council council.\nCouncil council voted council council voted council council!,\n"
    + (
        "Council council council council council council council council prices council council council council"
        " council closed council council council. Council council council council and the\n- Advertisement -\n"
        "next Voted council council council council council council council closed council council council"
        ' council council council" Council council council closed council" Minister council council"\n'
    )
    * 3,
    title="Council Council Council",
)
# Found by the deep profile (sessions 7 and 8): a Title-Case line printed three times, its copies beside a
# caption printed twice and its credit, was a photo set's caption only once those were cleaned away.
@example(
    text="Council Council Council\n"
    + "Council Council Voted Council Council Voted Council Council Voted Council Council\n"
    + "Council council council council council council council council council council council."
    + " Council council council council council council.\n"
    + "Council Council Voted Council Council Voted Council Council Voted Council Council\n"
    + "Council council council council council council council council council council council."
    + " Council council council council council council.\n"
    + "AP/Jane Doe\nCouncil council council council council council council council.\n"
    + "Council Council Voted Council Council Voted Council Council Voted Council Council",
    title="Council Council Council",
)
# Found by hypothesis: a line printed three times beside a paragraph still cut in two was a photo-set
# caption only once the paragraph had been joined, i.e. on the second clean.
@example(
    text="Council Voted Council Council Voted Council Council Voted Council\n" * 3
    + "Council council council council council council council council council council council council council council"
    + " and the\n"
    + "next Council council council.",
    title="Council Council Council",
)
# Found by the deep run: lines that are the given title (removed later by find_headline) stood beside
# a repeated line and kept it from being a photo-set caption on the first clean only.
@example(
    text="Council council council.\nCouncil council council.\n"
    + "Council council council council council council council council.\n" * 3
    + "Jane Doe speaks during a meeting in Munich, 16 October 2017.",
    title="Council Council Council",
)
# Found by the deep run (session 3): a paragraph cut in two and printed three times; once joined, its
# copies looked like a photo set's caption. A finished sentence, or half of one, is not one.
@example(
    text="Council schools council and the\nnext Council council council council council council council council"
    + " council council minister council council council council council.\n" * 3
    + "Jane Doe speaks during a meeting in Munich, 16 October 2017.",
    title="Council Council Council",
)
@example(
    text="Co-operation schools closed and the\nnext Bürger night 12:03 город election Straße مدينة bridge źródło"
    + " market minister résumé grève größer 东京 U.S.:\n" * 3
    + "Jane Doe speaks during a meeting in Munich, 16 October 2017.",
    title="Council Council Council",
)
def test_cleaning_the_clean_text_again_changes_nothing(text: str, title: str) -> None:
    _assert_clean_again_changes_nothing(f"{title}\n{text}", title=title)


@pytest.mark.xfail(
    strict=True,
    reason="fix_encoding runs ftfy per line; once join_split_paragraphs joins two lines, ftfy sees the "
    "other line's mojibake-like 'èª' and then also repairs 'SÐÂ ' (to 'SР'), so a second clean changes it",
)
def test_mojibake_verdict_does_not_depend_on_a_joined_line() -> None:
    _assert_clean_again_changes_nothing(
        "Markets fell on Monday after the vote.\nPrices rose in the èª market and the\nnext day SÐÂ council fell."
    )


# find_headline runs before join_split_paragraphs and fix_punctuation: it judges a paragraph cut in two,
# or ending in a stray comma, as the paragraph it becomes once mended (else a second clean differs).
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Council Council Council\nCouncil council voted council,", id="stray-final-comma"),
        pytest.param(
            "Council Council Council\nCouncil council library and the\nnext Voted voted voted.", id="split-paragraph"
        ),
    ],
)
def test_headline_verdict_does_not_depend_on_later_mending(text: str) -> None:
    _assert_clean_again_changes_nothing(text)


@PROFILE
@given(st.one_of(news_text(), any_text))
def test_same_input_same_article(text: str) -> None:
    first = _clean_or_none(text)
    assert _clean_or_none(text) == first
    try:
        fresh = newsclean.clean(text, pipeline=default_pipeline())
    except NewscleanError:
        fresh = None
    assert fresh == first
