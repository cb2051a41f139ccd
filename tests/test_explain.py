"""newsclean explain: line fates, inline fix replay, the terminal and HTML views, and the command."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

import newsclean
from newsclean import Article, Fix, Removal
from newsclean.cli import main
from newsclean.explain import FATES, Explanation, explain, explain_article, inline, replay
from newsclean.explain.inline import replay_text
from newsclean.explain.render_html import render_html
from newsclean.explain.render_text import render_text

from .conftest import SEED, shared_file

ESC = "\x1b"

# An invented scrape in the usual shape: headline, paragraphs, a credit and its caption, ad labels.
STORY = "\n".join(
    [
        "Harbour ferry service suspended after engine fire",
        "The harbour ferry between the old town and the island was suspended on Tuesday after a fire in "
        "the engine room of one of its two boats, the operator said.",
        "- Advertisement -",
        "No passengers were hurt, and the crew put the fire out before the boat reached the pier ,",
        "Photo: Maria Lindqvist/Reuters",
        "A firefighter walks past the damaged ferry at the island pier in Vaxholm, Sweden, 14 March 2023.",
        "ADVERTISEMENT",
        "Replacement buses will run every twenty minutes until the ferry returns to service.",
    ]
)
STORY_FATES = [
    (0, "title", "find_headline"),
    (1, "body", None),
    (2, "removed", "strip_ad_markers"),
    (3, "body", "fix_punctuation"),
    (4, "credit", "split_credits"),
    (5, "caption", "split_captions"),
    (6, "removed", "strip_ad_markers"),
    (7, "body", None),
]
HOSTILE = "\n".join(
    [
        "Council approves new bridge <script>alert('x')</script>",
        'The vote was close"><img src=x onerror=alert(1)> but the plan passed on Monday evening.',
        "Critics say the [bold red]cost[/bold red] is too high and the \x1b[2J\x1b[31mschedule\x1b[0m too tight.",
        "Supporters replied that the old bridge is \u202eunsafe\u202c and must be replaced.",
    ]
)


ROW = re.compile(r"^ {0,6}(\d+) {2}(body|title|caption|credit|removed) ", re.M)


def rows(out: str) -> list[tuple[str, str]]:
    """(line number, fate) of each row of the plain view."""
    return ROW.findall(out)


def plain(expl: Explanation, **kwargs: object) -> str:
    buf = io.StringIO()
    render_text(expl, Console(file=buf, force_terminal=False, width=100), **kwargs)  # type: ignore[arg-type]
    return buf.getvalue()


# ------------------------------------------------------------------ fates


def test_every_line_of_an_invented_story_gets_its_fate_and_rule() -> None:
    expl = explain(STORY)
    assert [(ln.line, ln.fate, ln.rule) for ln in expl.lines] == STORY_FATES
    assert expl.problems == ()


def test_removed_lines_carry_kind_and_reason_and_captions_their_credit() -> None:
    lines = explain(STORY).lines
    assert (lines[2].kind, lines[6].kind) == ("ad", "ad")
    assert all(ln.reason for ln in lines if ln.fate != "body")
    assert lines[5].credit == "Photo: Maria Lindqvist/Reuters"


@pytest.mark.parametrize(
    ("text", "fate", "kind"),
    [
        pytest.param("Sponsored content", "removed", "ad", id="ad-label"),
        pytest.param("Read more: Five things to know about the ferry", "removed", "teaser", id="teaser"),
        pytest.param("Share Tweet Email", "removed", "boilerplate", id="share-bar"),
        pytest.param("The advertisement campaign for the ferry drew complaints.", "body", None, id="neg-ad-word"),
        pytest.param("Readers wrote more letters about the ferry than ever.", "body", None, id="neg-read-more"),
    ],
)
def test_line_fate_table(text: str, fate: str, kind: str | None) -> None:
    story = f"Ferry returns to service\nThe ferry returned on Friday after repairs, the operator said.\n{text}"
    line = explain(story).lines[2]
    assert (line.fate, line.kind) == (fate, kind)


def test_explains_the_article_clean_returns_for_text_bytes_and_html() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Harbour ferry suspended</title></head><body><article>"
        "<h1>Harbour ferry suspended</h1><p>The harbour ferry was suspended on Tuesday after an engine fire, "
        "the operator said in a statement.</p><p>Replacement buses will run every twenty minutes until the "
        "ferry returns to service next week.</p></article></body></html>"
    )
    for source in (STORY, STORY.encode("cp1252"), page):
        expl = explain(source)
        assert expl.article == newsclean.clean(source)
        assert expl.problems == ()
    assert explain(page).article.metadata.source_format == "html"


def test_explain_rejects_what_clean_rejects() -> None:
    with pytest.raises(newsclean.InputError):
        explain(42)  # type: ignore[arg-type]


# ------------------------------------------------------------------ inline replay


@pytest.mark.parametrize(
    ("text", "fixes", "after", "changed"),
    [
        pytest.param("rose ,", [Fix("r", ",", ".", 0, 5)], "rose .", [(",", ".")], id="one"),
        pytest.param(
            "a ,b..", [Fix("r", " ,", ",", 0, 1), Fix("r", "..", ".", 0, 3)], "a,b.", [(" ,", ","), ("..", ".")],
            id="two-apart",
        ),
        pytest.param(
            "x  ,", [Fix("r", "  ", " ", 0, 1), Fix("s", " ,", ",", 0, 1)], "x,", [("  ,", ",")], id="overlapping"
        ),
        pytest.param("end.Next", [Fix("r", ".", ". ", 0, 3)], "end. Next", [(".", ". ")], id="insert"),
        pytest.param("zero\u200bwidth", [Fix("r", "\u200b", "", 0, 4)], "zerowidth", [("\u200b", "")], id="delete"),
        pytest.param("joined", [Fix("j", "\n", " ", 0, -1)], "joined", [], id="join-is-not-a-text-edit"),
        pytest.param("clean line", [], "clean line", [], id="neg-no-fixes"),
    ],
)
def test_replay_splits_a_line_into_pieces(
    text: str, fixes: list[Fix], after: str, changed: list[tuple[str, str]]
) -> None:
    pieces = replay(text, fixes)
    assert pieces is not None
    assert "".join(p.before for p in pieces) == text
    assert "".join(p.after for p in pieces) == after
    assert [(p.before, p.after) for p in pieces if p.changed] == changed


REPLAY_CASES = [
    pytest.param("rose ,", [Fix("r", ",", ".", 0, 5)], id="one"),
    pytest.param("a ,b ,c ,", [Fix("r", " ,", ",", 0, 1), Fix("r", " ,", ",", 0, 3), Fix("r", " ,", ",", 0, 5)],
                 id="one-pass-left-to-right"),
    pytest.param("x  ,y", [Fix("r", "  ", " ", 0, 1), Fix("s", " ,", ",", 0, 1)], id="second-pass-goes-back"),
    pytest.param("ab", [Fix("r", "", "-", 0, 1), Fix("r", "b", "B", 0, 2)], id="insert-then-edit-after"),
    pytest.param("end.Next", [Fix("r", ".", ". ", 0, 3), Fix("j", "\n", " ", 0, -1)], id="with-join"),
]


@pytest.mark.parametrize(("text", "fixes"), REPLAY_CASES)
def test_fast_text_replay_agrees_with_the_pieces(text: str, fixes: list[Fix]) -> None:
    pieces = replay(text, fixes)
    assert pieces is not None
    assert replay_text(text, fixes) == "".join(p.after for p in pieces)


@pytest.mark.parametrize(("text", "fixes"), REPLAY_CASES)
def test_many_fixes_fall_back_to_one_exact_span(
    text: str, fixes: list[Fix], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = replay(text, fixes)
    monkeypatch.setattr(inline, "MAX_PIECEWISE_WORK", 0)
    coarse = replay(text, fixes)
    assert expected is not None and coarse is not None
    assert "".join(p.before for p in coarse) == text
    assert "".join(p.after for p in coarse) == "".join(p.after for p in expected)
    assert sum(p.changed for p in coarse) == 1


def test_replay_text_refuses_a_fix_that_does_not_apply() -> None:
    assert replay_text("a line", [Fix("r", "x", "y", 0, 0)]) is None
    assert replay_text("a line", [Fix("r", "a", "", 0, 0), Fix("r", "a", "", 0, 0)]) is None


def test_a_line_with_thousands_of_fixes_is_listed_in_part() -> None:
    title = "Harbour ferry service suspended after engine fire"
    expl = explain(title + "\n" + "word ," * 3000 + " end", title=title)
    line = expl.lines[1]
    assert len(line.fixes) == 3000
    assert expl.problems == ()
    out = plain(expl)
    assert "... and 2980 more fixes" in out
    assert out.count("fix_punctuation: ' ,' -> ', '") == 20


@pytest.mark.parametrize(
    "fix",
    [
        pytest.param(Fix("r", "x", "y", 0, 0), id="wrong-text"),
        pytest.param(Fix("r", "line", "", 0, 40), id="past-the-end"),
    ],
)
def test_replay_refuses_a_fix_that_does_not_apply(fix: Fix) -> None:
    assert replay("a line", [fix]) is None


def test_fixes_of_the_pipeline_replay_to_the_articles_text() -> None:
    text = "Prices rose<br>sharply ,\nThe minister said ,the plan was fair.Next year prices fall.."
    for line in explain(text).lines:
        assert line.pieces is not None
        assert "".join(p.before for p in line.pieces) == line.text


# ------------------------------------------------------------------ the Article is checked, not trusted


def _tampered(change: str) -> Article:
    article = newsclean.clean(STORY)
    if change == "lost-paragraph":
        return dataclasses.replace(article, body=article.body[:-1])
    if change == "ghost-line":
        return dataclasses.replace(article, removed=(*article.removed, Removal("x", "ad", "r", "why", 99)))
    if change == "placed-twice":
        return dataclasses.replace(article, removed=(*article.removed, Removal("x", "ad", "r", "why", 4)))
    if change == "fix-does-not-replay":
        return dataclasses.replace(article, fixes=(*article.fixes, Fix("r", "nowhere", "", 1, 0)))
    return article


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("lost-paragraph", "differ from the Article"),
        ("ghost-line", "line 99, which is not an input line"),
        ("placed-twice", "line 4 is both removed and in findings"),
        ("fix-does-not-replay", "fixes of line 1 do not replay"),
    ],
)
def test_inconsistent_articles_are_reported(change: str, problem: str) -> None:
    problems = explain_article(STORY, _tampered(change)).problems
    assert any(problem in p for p in problems), problems


def test_a_sound_article_has_no_problems() -> None:
    assert explain_article(STORY, _tampered("none")).problems == ()


# ------------------------------------------------------------------ terminal view


def test_plain_view_has_one_row_per_line_and_the_why_below() -> None:
    out = plain(explain(STORY))
    assert ESC not in out
    assert rows(out) == [(str(n), fate) for n, fate, _ in STORY_FATES]
    assert "ad · strip_ad_markers: advertisement label" in out
    assert "the pier[- ,-]{+.+}\n" in out  # two overlapping fixes shown as one edit
    assert "credit: Photo: Maria Lindqvist/Reuters" in out


def test_terminal_view_has_colours() -> None:
    buf = io.StringIO()
    render_text(explain(STORY), Console(file=buf, force_terminal=True, width=100))
    assert ESC in buf.getvalue()


@pytest.mark.parametrize(
    ("only", "fates"),
    [
        (["removed"], {"removed"}),
        (["caption", "credit"], {"caption", "credit"}),
        (["fixed"], {"body"}),
        (["title"], {"title"}),
    ],
)
def test_only_filters_rows(only: list[str], fates: set[str]) -> None:
    out = plain(explain(STORY), only=only)
    assert {fate for _, fate in rows(out)} == fates


def test_hostile_text_cannot_style_or_drive_the_terminal() -> None:
    out = plain(explain(HOSTILE))
    assert ESC not in out
    assert "\u202e" not in out
    assert "\\x1b[2J" in out  # shown, escaped
    assert "[bold red]cost[/bold red]" in out  # rich markup in the input is text


# ------------------------------------------------------------------ HTML report


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_report_keeps_hostile_input_inert() -> None:
    page = render_html(explain(HOSTILE), source='evil"><script>.txt')
    parsed = _Collect()
    parsed.feed(page)
    assert not {"script", "img", "iframe", "object", "embed", "link"} & set(parsed.tags)
    assert not [a for a in parsed.attrs if a.startswith("on") or a in ("src", "href")]
    text = "".join(parsed.text)
    assert "<script>alert('x')</script>" in text
    assert "onerror=alert(1)>" in text
    assert "\u202e" not in page
    assert "default-src 'none'" in page


def test_html_report_has_a_row_per_line_with_fate_and_fixes() -> None:
    page = render_html(explain(STORY))
    for n, fate, _ in STORY_FATES:
        assert f'<tr class="{fate}" id="line-{n}">' in page
    assert "<del" in page
    assert "<ins" in page
    assert all(f'id="show-{f}"' in page for f in FATES)


# ------------------------------------------------------------------ the command


def test_cli_filters_and_writes_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "story.txt"
    src.write_text(STORY, encoding="utf-8")
    assert main(["explain", str(src), "--only", "removed"]) == 0
    assert [fate for _, fate in rows(capsys.readouterr().out)] == ["removed", "removed"]
    report = tmp_path / "report.html"
    assert main(["explain", str(src), "--html", "-o", str(report)]) == 0
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_rejects_an_unknown_filter(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["explain", "-", "--only", "ads"])
    assert exc.value.code == 2
    assert "unknown filter ads" in capsys.readouterr().err


def test_cli_piped_output_has_no_ansi_codes() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    out = subprocess.run(
        [sys.executable, "-m", "newsclean", "explain", "-"],
        input=STORY.encode(),
        capture_output=True,
        check=True,
        env=env,
    ).stdout.decode()
    assert ESC not in out
    assert "removed  - Advertisement -" in out


# ------------------------------------------------------------------ the seed article


SEED_FATES = ["body"] * 7 + ["title", "credit", "caption", "removed", "removed"]


def test_seed_all_twelve_lines_with_fate_rule_and_reason() -> None:
    expl = explain(shared_file(SEED).read_text(encoding="utf-8"))
    assert [ln.line for ln in expl.lines] == list(range(12))
    assert [ln.fate for ln in expl.lines] == SEED_FATES
    assert all(ln.rule and ln.reason for ln in expl.lines if ln.fate != "body")
    assert [(ln.line, ln.rule) for ln in expl.lines if ln.fixed] == [(2, "fix_punctuation")]
    assert expl.problems == ()
    out = plain(expl)
    assert rows(out) == [(str(i), fate) for i, fate in enumerate(SEED_FATES)]
    assert "find_headline:" in out
    assert "split_credits:" in out
    assert "split_captions:" in out
    assert "credit: EPA-EFE/PHILIPP GUELLAND" in out


@pytest.mark.slow
def test_seed_report_renders_in_headless_chromium() -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("no chromium on this machine")
    page = render_html(explain(shared_file(SEED).read_text(encoding="utf-8")), source=SEED.name)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        report.write_text(page, encoding="utf-8")
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp}/profile"]
        dom = subprocess.run(
            [browser, *flags, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120, check=True
        ).stdout
    assert dom.count('<tr class="') == 12
    assert "US, Chinese officials to meet" in dom


# ------------------------------------------------------------------ docstring examples


@pytest.mark.parametrize("module", ["__init__", "fates", "inline", "visible"])
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    name = "newsclean.explain" if module == "__init__" else f"newsclean.explain.{module}"
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
