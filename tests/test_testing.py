"""newsclean.testing as a library: loading cases, checking intent, diffing goldens field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Article, Caption, Finding, Fix, Metadata, Removal
from newsclean.testing import FixtureError, Intent, check_intent, diff_articles, find_cases, golden, load_case
from newsclean.testing.case import dump_golden
from newsclean.testing.trace import inline_diff, paragraph_lines

# An invented article in the shape the pipeline gives: line 0 title, 1-2 body, 3 credit, 4 caption, 5 ad.
BASE = Article(
    title="Harbour bridge vote delayed",
    body=("The council postponed the vote on Wednesday.", "Supporters said the delay could cost funding."),
    captions=(Caption("The old harbour at dusk, 3 May 2024.", "REUTERS/Ana Lima", 4),),
    credits=("REUTERS/Ana Lima",),
    removed=(Removal("- Advertisement -", "ad", "strip_ad_markers", "advertisement label", 5),),
    fixes=(Fix("fix_punctuation", ",", ".", 2, 44, "paragraph ended in a stray comma"),),
    findings=(
        Finding("title", "Harbour bridge vote delayed", "find_headline", "headline at the top", 0),
        Finding("credit", "REUTERS/Ana Lima", "split_credits", "has the shape of a photo credit", 3),
        Finding("caption", "The old harbour at dusk, 3 May 2024.", "split_captions", "beside a credit", 4),
    ),
    metadata=Metadata(url="https://example.org/a"),
)
LINES = [0, 1, 2, 3, 4, 5]


def _changed(**changes: object) -> dict[str, object]:
    data = golden(BASE)
    data.update(changes)
    return data


def _caption_in_body() -> dict[str, object]:
    data = golden(BASE)
    data["body"] = [*data["body"], "The old harbour at dusk, 3 May 2024."]
    data["captions"] = []
    data["findings"] = [f for f in data["findings"] if f["field"] != "caption"]
    return data


@pytest.mark.parametrize(
    ("actual", "field", "rule", "words"),
    [
        pytest.param(
            _changed(body=[BASE.body[0], "Supporters said the delay could cost funding,"]),
            "body",
            "fix_punctuation",
            "paragraph 2 changed",
            id="paragraph-edited-names-its-fix",
        ),
        pytest.param(_caption_in_body(), "body", "split_captions", "entered the body", id="caption-moved-to-body"),
        pytest.param(_changed(removed=[]), "removed", "strip_ad_markers", "- line 5", id="removal-vanished"),
        pytest.param(_changed(fixes=[]), "fixes", "fix_punctuation", "- fix_punctuation", id="fix-vanished"),
        pytest.param(
            _changed(title="Bridge vote delayed"), "title", "find_headline", "-> 'Bridge vote delayed'", id="title"
        ),
        pytest.param(
            _changed(credits=["REUTERS/Ana Lima", "AP Photo/Sam Roe"]),
            "credits",
            None,
            "+ 'AP Photo/Sam Roe'",
            id="credit",
        ),
        pytest.param(
            _changed(metadata={**golden(BASE)["metadata"], "url": "https://example.org/b"}),
            "metadata",
            None,
            "url:",
            id="metadata",
        ),
        pytest.param(_changed(schema=99), "article", None, "schema", id="unknown-top-level-key"),
    ],
)
def test_diff_names_field_and_rule(actual: dict[str, object], field: str, rule: str | None, words: str) -> None:
    diffs = diff_articles(golden(BASE), actual, LINES)
    assert diffs, "a difference must be reported"
    ours = [d for d in diffs if d.field == field]
    assert ours, [d.field for d in diffs]
    assert any(words in d.message for d in ours), [d.message for d in ours]
    if rule is not None:
        assert any(rule in d.rules for d in ours)


def test_equal_articles_have_no_difference() -> None:
    assert diff_articles(golden(BASE), golden(BASE), LINES) == []


def test_diff_without_line_numbers_still_traces_by_text() -> None:
    diffs = diff_articles(golden(BASE), _caption_in_body(), None)
    assert any("split_captions" in d.rules for d in diffs if d.field == "body")


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("the end,", "the end.", "the [-end,-]{+end.+}"),
        ("a b c d e f g h i j k", "a b c d e f g h i j X", "… f g h i j [-k-]{+X+}"),
        ("one two", "one two three", "one two {+three+}"),
    ],
)
def test_inline_diff_marks_only_the_change(old: str, new: str, shown: str) -> None:
    assert inline_diff(old, new) == shown


def test_paragraph_lines_follow_joins_and_claims() -> None:
    data = golden(BASE)
    assert paragraph_lines(data, LINES) == [(1,), (2,)]
    data["fixes"] = [
        *data["fixes"],
        {"rule": "join_split_paragraphs", "before": "\n", "after": " ", "line": 2, "start": -1},
    ]
    data["body"] = [" ".join(BASE.body)]
    assert paragraph_lines(data, LINES) == [(1, 2)]
    assert paragraph_lines(data, [*LINES, 6]) is None  # counts disagree: no mapping rather than a wrong one


@pytest.mark.parametrize(
    ("intent", "broken"),
    [
        ({"body": Intent(must_contain=("postponed the vote",))}, []),
        ({"body": Intent(must_contain=("dusk",))}, ["body must contain 'dusk' (it is in captions)"]),
        ({"body": Intent(must_not_contain=("REUTERS",))}, []),
        ({"captions": Intent(must_not_contain=("dusk",))}, ["captions must not contain 'dusk' (it is in captions)"]),
        ({"title": Intent(must_contain=("Harbour bridge",))}, []),
        ({"title": Intent(must_contain=("Ferry",))}, ["title must contain 'Ferry' (it is nowhere)"]),
        ({"credits": Intent(count=1)}, []),
        ({"removed": Intent(count=2)}, ["removed must hold 2 item(s), holds 1"]),
        ({"body": Intent(count=2, must_contain=("funding.",))}, []),
    ],
)
def test_check_intent(intent: dict[str, Intent], broken: list[str]) -> None:
    assert check_intent(intent, BASE) == broken


def _case(tmp_path: Path, toml: str | None, inputs: tuple[str, ...] = ("input.txt",)) -> Path:
    folder = tmp_path / "en-site-slug"
    folder.mkdir()
    for name in inputs:
        (folder / name).write_text("Headline here\nA paragraph of text that ends.\n", encoding="utf-8")
    if toml is not None:
        (folder / "case.toml").write_text(toml, encoding="utf-8")
    return folder


def test_load_case_reads_every_key(tmp_path: Path) -> None:
    folder = _case(
        tmp_path,
        'label = "L"\nurl = "https://example.org/x"\ngiven_title = "T"\ncomment = "C"\nxfail = "gap"\n'
        '[body]\nmust_contain = ["a", "b"]\nmust_not_contain = "c"\ncount = 2\n[captions]\ncount = 0\n',
    )
    case = load_case(folder)
    assert (case.name, case.kind, case.label, case.url, case.given_title, case.comment, case.xfail) == (
        "en-site-slug",
        "text",
        "L",
        "https://example.org/x",
        "T",
        "C",
        "gap",
    )
    assert case.intent == {"body": Intent(("a", "b"), ("c",), 2), "captions": Intent(count=0)}


def test_case_toml_is_optional(tmp_path: Path) -> None:
    case = load_case(_case(tmp_path, None))
    assert case.intent == {} and case.xfail is None and case.load_expected() is None


@pytest.mark.parametrize(
    ("toml", "inputs", "message"),
    [
        ('lable = "typo"\n', ("input.txt",), "unknown keys ['lable']"),
        ("[body]\nmust_contan = []\n", ("input.txt",), "unknown keys ['must_contan']"),
        ("[body]\nmust_contain = [1]\n", ("input.txt",), "must_contain: expected a string"),
        ("[body]\ncount = -1\n", ("input.txt",), "count: expected a whole number"),
        ("body = 3\n", ("input.txt",), "expected a table"),
        ("url = 3\n", ("input.txt",), "url must be a string"),
        ("label = \n", ("input.txt",), "case.toml"),
        (None, ("input.txt", "input.html"), "both input.txt and input.html"),
        (None, (), "no input.txt or input.html"),
    ],
)
def test_bad_case_raises_fixture_error_naming_the_file(
    tmp_path: Path, toml: str | None, inputs: tuple[str, ...], message: str
) -> None:
    folder = _case(tmp_path, toml, inputs)
    with pytest.raises(FixtureError, match="en-site-slug") as err:
        load_case(folder)
    assert message in str(err.value)


def test_bad_expected_json_raises_fixture_error(tmp_path: Path) -> None:
    folder = _case(tmp_path, None)
    (folder / "expected.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(FixtureError, match=r"expected\.json"):
        load_case(folder).load_expected()


def test_find_cases_takes_a_case_or_a_folder_of_cases(tmp_path: Path) -> None:
    folder = _case(tmp_path, None)
    assert [c.name for c in find_cases([folder])] == ["en-site-slug"]
    assert [c.name for c in find_cases([tmp_path])] == ["en-site-slug"]
    with pytest.raises(FixtureError, match="no case folders"):
        find_cases([_empty(tmp_path)])
    with pytest.raises(FixtureError, match="not a folder"):
        find_cases([tmp_path / "missing"])


def _empty(tmp_path: Path) -> Path:
    empty = tmp_path / "empty"
    empty.mkdir()
    return empty


def test_golden_is_stable_json_in_article_order() -> None:
    text = dump_golden(golden(BASE))
    assert text.endswith("}\n") and text.index('"title"') < text.index('"body"') < text.index('"metadata"')
    assert Article.from_dict(golden(BASE)) == BASE


def test_joined_paragraphs_read_as_a_change_not_a_rewrite() -> None:
    joined = golden(BASE)
    joined["body"] = [" ".join(BASE.body)]
    join = {"rule": "join_split_paragraphs", "before": "\n", "after": " ", "line": 2, "start": -1, "reason": "split"}
    joined["fixes"] = [*joined["fixes"], join]
    messages = [d.message for d in diff_articles(golden(BASE), joined, LINES)]
    head = "paragraph 1 changed (input line 1, 2): … postponed the vote on Wednesday. {+Supporters said"
    assert messages[0].startswith(head)
    assert "+ join_split_paragraphs: joined to the line before at line 2 (split)" in messages[0]
    assert messages[1].startswith("- paragraph 2 'Supporters said") and messages[1].endswith("now body paragraph 1")


def test_find_cases_lists_a_case_once(tmp_path: Path) -> None:
    folder = _case(tmp_path, None)
    assert [c.name for c in find_cases([tmp_path, folder])] == ["en-site-slug"]
