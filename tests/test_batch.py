"""Batch room, library side: readers, record -> task, the worker pool's no-loss guarantees, stats."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import time
from pathlib import Path

import pytest

from newsclean import Document, cleaner, default_pipeline
from newsclean.article import Article
from newsclean.batch import Fields, Raw, Stats, clean_records, make_task, read_records
from newsclean.batch import pool as pool_module
from newsclean.batch.records import input_format, scan_output, truncate_partial_line

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

STORY = (
    "Harbour bridge reopens after repairs\nTraffic crossed the bridge again on Monday morning.\n"
    "- Advertisement -\nThe works took nine weeks."
)
RECORDS = [
    {"id": "a1", "text": STORY, "url": "https://news.example/a1", "lang": "en"},
    {"id": "a2", "text": "Council votes on budget\nThe council approved the plan by nine votes to four.", "lang": "en"},
]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".zst":
        import zstandard

        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "text", "url", "lang"])
        writer.writeheader()
        writer.writerows(rows)


def _write_parquet(path: Path, rows: list[dict]) -> None:
    pq.write_table(pa.Table.from_pylist([{**{"url": None}, **r} for r in rows]), path, row_group_size=1)


@pytest.mark.parametrize(
    ("name", "writer"),
    [
        ("in.jsonl", _write_jsonl),
        ("in.jsonl.gz", _write_jsonl),
        ("in.jsonl.zst", _write_jsonl),
        ("in.csv", _write_csv),
        ("in.parquet", _write_parquet),
    ],
    ids=["jsonl", "gzip", "zstd", "csv", "parquet"],
)
def test_readers_yield_every_record_with_its_fields(tmp_path, name, writer):
    path = tmp_path / name
    writer(path, RECORDS)
    raws = list(read_records(path))
    assert [r.data["id"] for r in raws] == ["a1", "a2"]
    assert raws[0].data["text"] == STORY
    assert raws[0].data["lang"] == "en"
    assert raws[-1].pos > 0


def _warc_bytes(html: bytes, content_type: str, uri: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html), http_headers=headers))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(uri + ".jpg", "response", payload=io.BytesIO(b"\xff\xd8"), http_headers=image)
    )
    return buf.getvalue()


def test_warc_reader_keeps_html_responses_with_url_and_declared_charset(tmp_path):
    paragraphs = (
        "The café on the square reopened on Friday after a long winter.",
        "Regulars queued for coffee and pastries well before the doors opened at eight in the morning.",
        "The owner said repairs to the roof had taken longer than planned because of the frost.",
        "A new menu offers soup at lunchtime and cakes baked by a neighbour.",
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = "<html><head><title>Café reopens</title></head>"
    page = f"{head}<body><article><h1>Café reopens in old town</h1>{body}</article></body></html>"
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes(page.encode("cp1252"), "text/html; charset=windows-1252", "https://news.example/cafe"))
    raws = list(read_records(path))
    assert len(raws) == 1  # the image response is not an article
    raw = raws[0]
    assert raw.data["url"] == "https://news.example/cafe"
    assert raw.meta["charset"] == "windows-1252"
    [result] = clean_records(raws, workers=0)
    article = Article.from_dict(result.record["article"])
    assert "café" in article.text
    assert article.metadata.url == "https://news.example/cafe"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.jsonl", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("a.jsonl.zst", "jsonl"),
        ("a.csv", "csv"),
        ("a.parquet", "parquet"),
        ("a.warc.gz", "warc"),
    ],
)
def test_input_format_from_name(name, fmt):
    assert input_format(name) == fmt


def test_input_format_rejects_unknown_names():
    with pytest.raises(ValueError, match="cannot tell the format"):
        input_format("pages.xml")


@pytest.mark.parametrize(
    ("raw", "fields", "mode", "error"),
    [
        (Raw("f:1", {"id": "x", "text": "Headline here\nBody."}), Fields(), "text", None),
        (Raw("f:1", {"id": "x", "html": "<p>Body.</p>", "text": "ignored"}), Fields(), "html", None),
        (Raw("f:1", {"id": "x", "content": "Body."}), Fields(text="content"), "text", None),
        (Raw("f:1", {"id": "x", "body": "Body."}), Fields(), "error", "MissingField"),
        (Raw("f:1", {"id": "x", "text": 42}), Fields(), "error", "InvalidField"),
        (Raw("f:1", None, error=("InvalidJSON", "Expecting value")), Fields(), "error", "InvalidJSON"),
        (Raw("f:1", {"id": "x", "html": None, "text": "Body."}), Fields(), "text", None),
    ],
    ids=["text", "html-wins", "custom-text-field", "missing-text", "not-a-string", "unreadable-line", "null-html"],
)
def test_make_task_picks_the_source_or_says_why_not(raw, fields, mode, error):
    task = make_task(raw, fields)
    assert task.mode == mode
    assert task.keep.get("error") == error


@pytest.mark.parametrize(
    ("data", "expected_id"),
    [
        ({"id": 7, "text": "a"}, "7"),
        ({"text": "a"}, "in.jsonl:3"),
        ({"id": "", "text": "a"}, "in.jsonl:3"),
        ({"id": None, "text": "a"}, "in.jsonl:3"),
    ],
    ids=["int-id", "missing", "empty", "null"],
)
def test_records_without_an_id_get_their_position(data, expected_id):
    task = make_task(Raw("in.jsonl:3", data), Fields())
    assert task.id == expected_id
    assert str(task.keep["id"]) == expected_id


def test_pass_through_fields_are_kept_and_source_fields_dropped():
    [result] = clean_records([RECORDS[0]], workers=0)
    assert set(result.record) == {"id", "url", "lang", "article"}
    assert result.record["article"] == __import__("newsclean").clean_text(STORY, url=RECORDS[0]["url"]).to_dict()


def _many(n: int) -> list[dict]:
    return [
        {
            "id": f"r{i}",
            "text": f"Story number {i} is here\nThe {i}th item of the day was filed late.\n- Advertisement -",
        }
        for i in range(n)
    ]


def test_pool_keeps_input_order_and_equals_in_process_cleaning():
    rows = _many(150)
    rows.insert(17, {"id": "broken"})
    pooled = list(clean_records(rows, workers=2, chunk_size=7))
    serial = list(clean_records(rows, workers=0))
    assert [r.id for r in pooled] == [str(r["id"]) for r in rows]
    assert [r.record for r in pooled] == [r.record for r in serial]
    assert [r.error for r in pooled if not r.ok] == ["MissingField"]


@cleaner("crash_on_marker", reads=("body",), writes=("body",))
def crash_on_marker(doc: Document, config: object) -> None:
    """Kill the worker process on a line saying CRASH (a stand-in for a segfault or the OOM killer)."""
    if any(line.text == "CRASH" for line in doc.body()):
        os.kill(os.getpid(), signal.SIGKILL)


@cleaner("spin_on_marker", reads=("body",), writes=("body",))
def spin_on_marker(doc: Document, config: object) -> None:
    """Loop forever on SPIN; with SIGALRM blocked on HANG, so only the pool's backstop can stop it."""
    texts = {line.text for line in doc.body()}
    if "HANG" in texts:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    while texts & {"SPIN", "HANG"}:
        time.sleep(0.01)


def _rows_with(markers: dict[int, str], n: int = 40) -> list[dict]:
    rows = _many(n)
    for i, marker in markers.items():
        rows[i]["text"] += "\n" + marker
    return rows


def test_a_killed_worker_is_replaced_and_only_the_record_that_kills_it_again_is_an_error():
    pipe = default_pipeline().insert_after("fix_whitespace", crash_on_marker)
    rows = _rows_with({5: "CRASH", 23: "CRASH"})
    results = list(clean_records(rows, workers=2, chunk_size=8, pipeline=pipe))
    assert [r.id for r in results] == [r["id"] for r in rows]
    assert {r.id: r.error for r in results if not r.ok} == {"r5": "WorkerCrashed", "r23": "WorkerCrashed"}


def test_a_runaway_record_becomes_a_timeout_error():
    pipe = default_pipeline().insert_after("fix_whitespace", spin_on_marker)
    rows = _rows_with({3: "SPIN"}, n=10)
    results = list(clean_records(rows, workers=1, pipeline=pipe, time_budget=0.5))
    assert {r.id: r.error for r in results if not r.ok} == {"r3": "RecordTimeout"}
    assert len(results) == 10


def test_a_worker_deaf_to_signals_is_killed_past_the_budget(monkeypatch):
    monkeypatch.setattr(pool_module, "KILL_GRACE_SECONDS", 0.5)
    pipe = default_pipeline().insert_after("fix_whitespace", spin_on_marker)
    rows = _rows_with({4: "HANG"}, n=12)
    results = list(clean_records(rows, workers=2, chunk_size=4, pipeline=pipe, time_budget=0.5))
    assert [r.id for r in results] == [r["id"] for r in rows]
    assert {r.id: r.error for r in results if not r.ok} == {"r4": "RecordTimeout"}


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ([None, None], "2 records: 2 ok; removed: ad 2"),
        (
            [None, "InvalidJSON", "InvalidJSON", "MissingField"],
            "4 records: 1 ok, 3 errors (InvalidJSON 2, MissingField 1); removed: ad 1",
        ),
        (["RecordTimeout"], "1 record: 1 error (RecordTimeout 1)"),
    ],
    ids=["all-ok", "mixed", "only-errors"],
)
def test_stats_summary_counts_outcomes_and_removal_kinds(outcomes, expected):
    stats = Stats()
    ok = next(
        iter(
            clean_records(
                [{"id": 1, "text": "Ferry strike ends today\nBoats run again.\n- Advertisement -"}], workers=0
            )
        )
    )
    for error in outcomes:
        if error is None:
            stats.add(ok)
        else:
            stats.add(type(ok)("x", {"id": "x", "error": error}, error))
    assert stats.summary() == expected


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (b'{"id": 1}\n{"id": 2}\n{"id": 3, "te', b'{"id": 1}\n{"id": 2}\n'),
        (b'{"id": 1}\n', b'{"id": 1}\n'),
        (b'{"id"', b""),
    ],
    ids=["half-line", "whole", "only-half"],
)
def test_partial_output_is_cut_to_whole_lines(tmp_path, content, kept):
    path = tmp_path / "out.jsonl.partial"
    path.write_bytes(content)
    truncate_partial_line(path)
    assert path.read_bytes() == kept
    assert scan_output(path, "id")[0] == {str(json.loads(line)["id"]) for line in kept.splitlines()}


def test_an_input_field_named_article_is_kept_under_another_name():
    [result] = clean_records([{"id": "a", "text": STORY, "article": "sports/1234"}], workers=0)
    assert result.record["input_article"] == "sports/1234"
    assert result.record["article"]["body"]


def test_a_worker_that_died_while_idle_is_replaced_before_it_gets_work():
    from newsclean.batch.run import chunked

    tasks = [make_task(r, Fields()) for r in _many(12)]
    with pool_module.WorkerPool(2) as workers:
        for w in workers._workers:
            w.process.kill()
            w.process.join()
        results = [r for chunk in workers.map_chunks(chunked(tasks, 3)) for r in chunk]
        assert workers.restarts >= 2
    assert [r.id for r in results] == [t.id for t in tasks]
    assert all(r.ok for r in results)
