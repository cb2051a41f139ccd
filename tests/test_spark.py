"""Spark (local[2]): the article column equals the batch command's Parquet output on the same records."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from newsclean.batch.arrow import ARTICLE_TYPE  # noqa: E402 - after the skips
from newsclean.spark import ERROR_TYPE, spark_type, with_articles  # noqa: E402

from .test_batch_cli import _batch, _record, _story, _write  # noqa: E402

pytestmark = [
    pytest.mark.spark,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None and not os.environ.get("JAVA_HOME"), reason="no Java runtime"),
]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Executors must run this interpreter, which has newsclean installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_articles_equal_the_batch_commands_parquet_output(spark, tmp_path):
    lines = [_record(f"sp{i}", _story(i), url=f"https://news.example/{i}") for i in range(12)]
    lines.append(_record("html1", None, html="<html><body><h1>Dam opens</h1><p>The new dam opened.</p></body></html>"))
    src, out = tmp_path / "in.jsonl", tmp_path / "out.parquet"
    _write(src, lines)
    assert _batch(str(src), "-o", str(out), "--workers", "2", "--quiet") == 0
    expected = {row["id"]: row["article"] for row in pq.read_table(out).to_pylist()}

    rows = [json.loads(line) for line in lines]
    df = spark.createDataFrame(
        [(r["id"], r.get("text"), r.get("html"), r.get("url")) for r in rows],
        "id string, text string, html string, url string",
    ).repartition(3)
    result = with_articles(df, text_col="text", html_col="html", url_col="url")
    got = {row["id"]: row for row in result.toArrow().to_pylist()}
    assert set(got) == set(expected)
    assert {k: v["article"] for k, v in got.items()} == expected
    assert all(v["error"] is None for v in got.values())
    assert result.schema["article"].dataType == spark_type(ARTICLE_TYPE)


@pytest.mark.parametrize(
    ("text", "error"),
    [(None, "MissingField"), ("x" * 60, None)],
    ids=["null-text", "short-text"],
)
def test_rows_that_cannot_be_cleaned_get_an_error_struct_not_a_failed_job(spark, text, error):
    df = spark.createDataFrame([("e1", text)], "id string, text string")
    [row] = with_articles(df).toArrow().to_pylist()
    assert (row["error"] or {}).get("error") == error
    assert (row["article"] is None) == (error is not None)
    assert with_articles(df).schema["error"].dataType == spark_type(ERROR_TYPE)
