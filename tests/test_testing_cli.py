"""``newsclean fixtures verify|update|new``: exit codes, the diff a failing case prints, update's limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import default_pipeline
from newsclean.cli import main
from newsclean.testing import load_case

from .conftest import ROOT

# An invented scrape: headline, a paragraph ending in a stray comma, a credit and its caption, an ad.
SCRAPE = """Harbour bridge vote delayed until autumn
The council on Wednesday put off a vote on the harbour bridge until the autumn, saying it needed a fuller cost estimate,
Supporters said the delay could cost the city its share of regional funding for the project.
REUTERS/Ana Lima
A ferry passes the old harbour in Portsmouth, Britain, 3 May 2024.
- Advertisement -
The engineering firm's latest estimate puts the cost at 310 million pounds, up from 240 million two years ago.
"""
INTENT = """label = "Reuters credit, caption, ad label, stray comma"
url = "https://example.org/bridge"
[body]
must_contain = ["a fuller cost estimate."]
must_not_contain = ["REUTERS", "Advertisement"]
[captions]
must_contain = ["A ferry passes the old harbour"]
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["fixtures", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def case_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    scrape = tmp_path / "scrape.txt"
    scrape.write_text(SCRAPE, encoding="utf-8")
    folder = tmp_path / "cases" / "en-harbour-bridge"
    code, out = run(capsys, "new", str(folder), "--from", str(scrape), "--url", "https://example.org/bridge")
    assert code == 0, out
    (folder / "case.toml").write_text(INTENT, encoding="utf-8")
    return folder


def test_project_fixtures_verify(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "verify", str(ROOT / "fixtures"))
    assert code == 0, out
    assert "pass" in out.splitlines()[-1]


def test_new_writes_input_toml_and_golden(case_dir: Path) -> None:
    assert (case_dir / "input.txt").read_text(encoding="utf-8") == SCRAPE
    golden = json.loads((case_dir / "expected.json").read_text(encoding="utf-8"))
    assert golden["metadata"]["url"] == "https://example.org/bridge"
    assert load_case(case_dir).url == "https://example.org/bridge"


def test_new_case_toml_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scrape = tmp_path / "page.html"
    scrape.write_text("<html><body><article><p>One paragraph of text.</p></article></body></html>", encoding="utf-8")
    code, out = run(capsys, "new", str(tmp_path / "en-x"), "--from", str(scrape), "--title", 'Say "hi"\\now')
    assert code == 0, out
    case = load_case(tmp_path / "en-x")
    assert (case.kind, case.given_title, case.label) == ("html", 'Say "hi"\\now', "en-x")


def test_new_refuses_an_existing_case(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "new", str(case_dir), "--from", str(case_dir / "input.txt"))
    assert code == 2 and "already exists" in out


def test_hand_edited_golden_fails_with_case_field_and_rule_then_update_restores(
    case_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "verify", str(case_dir))[0] == 0
    path = case_dir / "expected.json"
    original = path.read_text(encoding="utf-8")
    golden = json.loads(original)
    golden["body"][0] = golden["body"][0].replace("estimate.", "estimate,")
    path.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    code, out = run(capsys, "verify", str(case_dir.parent))
    assert code == 1
    assert "FAIL en-harbour-bridge" in out
    assert "body: paragraph 1 changed (input line 1)" in out
    assert "[-estimate,-]{+estimate.+}" in out
    assert "fix_punctuation" in out

    code, out = run(capsys, "update", str(case_dir))
    assert code == 0 and "golden rewritten, changes in: body" in out
    assert path.read_text(encoding="utf-8") == original
    assert run(capsys, "verify", str(case_dir))[0] == 0


def test_caption_moved_to_body_names_the_rule(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = case_dir / "expected.json"
    golden = json.loads(path.read_text(encoding="utf-8"))
    caption = golden["captions"].pop()
    golden["body"].insert(2, caption["text"])
    golden["findings"] = [f for f in golden["findings"] if f["field"] != "caption"]
    path.write_text(json.dumps(golden), encoding="utf-8")
    code, out = run(capsys, "verify", str(case_dir))
    assert code == 1
    assert "captions: + line 4 'A ferry passes" in out and "by split_captions" in out


def test_update_cannot_override_intent(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (case_dir / "case.toml").write_text(INTENT + '[credits]\nmust_contain = ["AP Photo"]\n', encoding="utf-8")
    code, out = run(capsys, "update", str(case_dir))
    assert code == 1
    assert "intent broken (case.toml; update cannot fix this)" in out
    assert "credits must contain 'AP Photo' (it is nowhere)" in out


def test_xfail_expects_broken_intent_and_xpass_fails(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = case_dir / "case.toml"
    url = 'url = "https://example.org/bridge"\n'
    toml.write_text(url + 'xfail = "credit gap"\n[body]\nmust_contain = ["REUTERS/Ana Lima"]\n', encoding="utf-8")
    code, out = run(capsys, "verify", str(case_dir))
    assert code == 0 and "xfail en-harbour-bridge" in out and "credit gap" in out
    toml.write_text(url + 'xfail = "credit gap"\n[body]\nmust_not_contain = ["REUTERS/Ana Lima"]\n', encoding="utf-8")
    code, out = run(capsys, "verify", str(case_dir))
    assert code == 1 and "XPASS" in out and "remove the xfail line" in out


def test_missing_golden_fails_until_update(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (case_dir / "expected.json").unlink()
    code, out = run(capsys, "verify", str(case_dir))
    assert code == 1 and "MISSING" in out
    assert run(capsys, "update", str(case_dir))[0] == 0
    assert run(capsys, "verify", str(case_dir))[0] == 0


def test_verify_json_output(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "verify", "--json", str(case_dir))
    assert code == 0
    assert json.loads(out)[0]["status"] == "pass"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("verify", "does-not-exist"), "not a folder"),
        (("verify", "--pipeline", "nomodule_xyz:P", "."), "cannot be imported"),
        (("verify", "--pipeline", "newsclean", "."), "write it as 'package.module:NAME'"),
        (("verify", "--pipeline", "newsclean:__version__", "."), "not a Pipeline"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(
    args: tuple[str, ...],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out = run(capsys, *args)
    assert code == 2 and message in out


def test_custom_pipeline_is_used(case_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Without fix_punctuation the stray comma stays, so the golden no longer matches.
    code, out = run(capsys, "verify", "--pipeline", "tests.test_testing_cli:NO_PUNCTUATION", str(case_dir))
    assert code == 1 and "fix_punctuation" in out


NO_PUNCTUATION = default_pipeline().without("fix_punctuation")
