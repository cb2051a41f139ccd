"""``newsclean batch``: no record lost on poison input, exit codes, Parquet output, kill and --resume."""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import fields as dataclass_fields
from pathlib import Path

import pytest

from newsclean.article import Article, Caption, Finding, Fix, Metadata, Removal
from newsclean.batch.cli import add_parser

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
arrow = pytest.importorskip("newsclean.batch.arrow")

ROOT = Path(__file__).resolve().parent.parent
PLACES = ("harbour", "station", "library", "market", "bridge", "school", "museum", "stadium")
VERBS = ("reopens", "closes", "expands", "is repaired", "gets new owners", "wins an award")


def _story(i: int, lines: int = 6) -> str:
    """An invented scrape: headline, body lines, an ad label and a photo credit."""
    rng = random.Random(i)
    place = rng.choice(PLACES)
    body = [
        f"The {place} in district {rng.randint(1, 40)} {rng.choice(VERBS)} after {rng.randint(2, 30)} weeks, "
        f"officials said on {rng.choice(('Monday', 'Tuesday', 'Friday'))}, and residents welcomed the news."
        for _ in range(lines)
    ]
    body.insert(len(body) // 2, "- Advertisement -")
    return "\n".join([f"Old {place} {rng.choice(VERBS)} in town number {i}", *body, "Photo: Jane Roe/City Agency"])


def _batch(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers())
    args = parser.parse_args(["batch", *argv])
    return int(args.func(args))


def _ids(path: Path) -> list[str]:
    return [str(json.loads(line)["id"]) for line in path.open("rb")]


def _write(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def _record(rid: str, text: str | None, **extra: object) -> bytes:
    data: dict[str, object] = {"id": rid, **extra}
    if text is not None:
        data["text"] = text
    return json.dumps(data).encode()


def test_poison_records_become_error_records_and_none_is_lost(tmp_path):
    lines = [_record(f"s{i}", _story(i), n=i) for i in range(30)]
    lines.insert(3, b'{"id": "cut", "text": "unterminated')  # invalid JSON -> where "in.jsonl:4"
    lines.insert(9, _record("huge", "Stocks rose sharply again today. " * 620_000))  # a 20 MB text field
    lines.insert(15, bytes(b for b in random.Random(3).randbytes(2000) if b != 10))  # binary garbage, line 16
    lines.insert(21, _record("no-text", None, body="the scraper lost the text field"))
    src, out, err = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    _write(src, lines)
    code = _batch(str(src), "-o", str(out), "--errors", str(err), "--workers", "2", "--time-budget", "3", "--quiet")
    expected = {f"s{i}" for i in range(30)} | {"in.jsonl:4", "huge", "in.jsonl:16", "no-text"}
    got = _ids(out) + _ids(err)
    assert len(got) == len(lines) == 34
    assert set(got) == expected
    errors = {e["id"]: e["error"] for e in map(json.loads, err.open("rb"))}
    assert errors["in.jsonl:4"] == errors["in.jsonl:16"] == "InvalidJSON"
    assert errors["no-text"] == "MissingField"
    assert code == 1
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize(
    ("lines", "code"),
    [([_record("a", _story(1)), _record("b", _story(2))], 0), ([_record("a", _story(1)), b"{not json"], 1)],
    ids=["all-clean", "one-error"],
)
def test_exit_code_says_whether_any_record_failed(tmp_path, lines, code):
    src = tmp_path / "in.jsonl"
    _write(src, lines)
    assert _batch(str(src), "-o", str(tmp_path / "out.jsonl"), "--workers", "1", "--quiet") == code
    assert (tmp_path / "out.errors.jsonl").exists()


@pytest.mark.parametrize(
    ("name", "output"),
    [("missing.jsonl", "out.jsonl"), ("pages.xml", "out.jsonl"), ("in.jsonl", "out.jsonl.gz")],
    ids=["no-such-file", "unknown-input-format", "unsupported-output"],
)
def test_a_run_that_cannot_start_exits_2(tmp_path, capsys, name, output):
    from newsclean.cli import main

    if name != "missing.jsonl":
        _write(tmp_path / name, [_record("a", _story(1))])
    assert main(["batch", str(tmp_path / name), "-o", str(tmp_path / output)]) == 2
    assert not (tmp_path / output).exists()
    assert "newsclean:" in capsys.readouterr().err


@pytest.mark.parametrize(("flags", "printed"), [((), False), (("--summary",), True), (("--summary", "--quiet"), False)])
def test_quiet_off_a_terminal_unless_asked_for_the_summary(tmp_path, capfd, flags, printed):
    src = tmp_path / "in.jsonl"
    _write(src, [_record("a", _story(1))])
    _batch(str(src), "-o", str(tmp_path / "out.jsonl"), "--workers", "0", *flags)
    assert ("1 record: 1 ok" in capfd.readouterr().err) is printed


def test_parquet_output_has_the_article_schema_and_the_jsonl_content(tmp_path):
    src = tmp_path / "in.jsonl"
    _write(src, [_record(f"p{i}", _story(i), n=i, tags=["local", "city"]) for i in range(5)])
    assert _batch(str(src), "-o", str(tmp_path / "out.jsonl"), "--workers", "0", "--quiet") == 0
    assert _batch(str(src), "-o", str(tmp_path / "out.parquet"), "--workers", "0", "--quiet") == 0
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema == arrow.output_schema(["id", "n", "tags"])
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").open("rb")]
    assert table.column("article").to_pylist() == [r["article"] for r in rows]
    assert table.column("n").to_pylist() == ["0", "1", "2", "3", "4"]  # pass-through non-strings as JSON text
    assert table.column("tags").to_pylist()[0] == '["local", "city"]'


def test_arrow_schema_matches_the_article_model():
    article = Article(
        title="t",
        body=("b",),
        captions=(Caption("c"),),
        removed=(Removal("r", "ad", "x", "y"),),
        fixes=(Fix("f", "a", "b"),),
    )
    assert [f.name for f in arrow.ARTICLE_TYPE] == list(article.to_dict())
    nested = {"captions": Caption, "removed": Removal, "fixes": Fix, "findings": Finding}
    for name, cls in nested.items():
        struct = arrow.ARTICLE_TYPE.field(name).type.value_type
        assert [f.name for f in struct] == [f.name for f in dataclass_fields(cls)]
    assert [f.name for f in arrow.ARTICLE_TYPE.field("metadata").type] == [f.name for f in dataclass_fields(Metadata)]
    # Round trip through Arrow gives the Article back.
    back = arrow.articles_array([article.to_dict()]).to_pylist()[0]
    assert Article.from_dict(back) == article


def _spawn(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsclean", "batch", str(src), "-o", str(out), "--workers", "2", "--chunk-size", "2"]
    return subprocess.Popen([*cmd, *extra], cwd=ROOT, start_new_session=True, stderr=subprocess.PIPE)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_kill_then_resume_gives_the_output_of_one_clean_run(tmp_path, suffix):
    lines = [_record(f"k{i:04d}", _story(i, lines=60)) for i in range(400)]
    lines[50] = b'{"id": "k0050", "text": '  # error records must survive the kill as well
    lines[350] = _record("k0350", None)
    src = tmp_path / "in.jsonl"
    _write(src, lines)
    clean = tmp_path / f"clean{suffix}"
    assert _spawn(src, clean).wait() == 1

    resumed = tmp_path / f"resumed{suffix}"
    proc = _spawn(src, resumed)
    journal = Path(f"{resumed}.partial")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not journal.exists() or journal.read_bytes().count(b"\n") < 60):
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed: make the input slower"
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers, as the OOM killer or a preemption would
    proc.wait()
    assert not resumed.exists()
    done_before = journal.read_bytes().count(b"\n")
    assert 60 <= done_before < 398

    again = _spawn(src, resumed, "--resume", "--summary")
    _, stderr = again.communicate(timeout=600)
    assert again.returncode == 1
    assert b"skipped" in stderr
    if suffix == ".jsonl":
        assert resumed.read_bytes() == clean.read_bytes()
    else:
        assert pq.read_table(resumed).equals(pq.read_table(clean))
    errors_clean = tmp_path / "clean.errors.jsonl"
    assert (tmp_path / "resumed.errors.jsonl").read_bytes() == errors_clean.read_bytes()
    assert _ids(errors_clean) == ["in.jsonl:51", "k0350"]
