"""Apache Spark: add an Article column to a DataFrame of scraped text or HTML (``newsclean[spark]``).

    from newsclean.spark import with_articles
    cleaned = with_articles(spark.read.parquet("s3://crawl/pages/"), text_col="text")
    cleaned.select("id", "article.title", "article.body").write.parquet("s3://crawl/clean/")

The work runs in ``mapInArrow``: each executor cleans whole Arrow record batches with the same
:func:`newsclean.batch.run.clean_task` as ``newsclean batch``, and the ``article`` column has the
Arrow schema of the batch command's Parquet output (:data:`newsclean.batch.arrow.ARTICLE_TYPE`), so
both paths give the same structs for the same records. A record that cannot be cleaned gets a null
``article`` and an ``error`` struct (``error``, ``message``) instead of failing the job.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from newsclean.api import PipelineLike
from newsclean.batch.arrow import ARTICLE_TYPE, articles_array
from newsclean.batch.records import Raw
from newsclean.batch.run import DEFAULT_TIME_BUDGET, Fields, clean_task, make_task

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType

#: Spark-side error details of a record that could not be cleaned.
ERROR_TYPE = pa.struct([pa.field("error", pa.string()), pa.field("message", pa.string())])


def spark_type(arrow_type: pa.DataType) -> DataType:
    """The Spark SQL type of an Arrow type (``spark_type(ARTICLE_TYPE)`` is the article column's type)."""
    from pyspark.sql.pandas.types import from_arrow_type

    return from_arrow_type(arrow_type)


def with_articles(
    df: DataFrame,
    *,
    text_col: str | None = "text",
    html_col: str | None = None,
    url_col: str | None = None,
    title_col: str | None = None,
    output_col: str = "article",
    error_col: str = "error",
    pipeline: PipelineLike = None,
    time_budget: float = DEFAULT_TIME_BUDGET,
) -> DataFrame:
    """``df`` with two more columns: ``article`` (the Article struct) and ``error`` (null when cleaned).

    A row is cleaned as HTML when ``html_col`` is set and not null, else as text from ``text_col``.
    """
    from pyspark.sql.types import StructField, StructType

    fields = Fields(text=text_col or "", html=html_col, url=url_col or "", title=title_col or "", id="")
    columns = [c for c in (text_col, html_col, url_col, title_col) if c]
    out_schema = StructType(
        [
            *df.schema.fields,
            StructField(output_col, spark_type(ARTICLE_TYPE), nullable=True),
            StructField(error_col, spark_type(ERROR_TYPE), nullable=True),
        ]
    )

    def clean_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            yield _clean_batch(
                batch, columns, fields=fields, pipeline=pipeline, time_budget=time_budget, names=(output_col, error_col)
            )

    return df.mapInArrow(clean_batches, out_schema)


def _clean_batch(
    batch: pa.RecordBatch,
    columns: list[str],
    *,
    fields: Fields,
    pipeline: PipelineLike,
    time_budget: float,
    names: tuple[str, str],
) -> pa.RecordBatch:
    rows = batch.select(columns).to_pylist()
    articles: list[dict[str, Any] | None] = []
    errors: list[dict[str, str] | None] = []
    for number, row in enumerate(rows):
        result = clean_task(make_task(Raw(f"row:{number}", row), fields), pipeline, time_budget)
        articles.append(result.record.get("article"))
        errors.append(None if result.ok else {"error": result.record["error"], "message": result.record["message"]})
    arrays = [*batch.columns, articles_array(articles), pa.array(errors, type=ERROR_TYPE)]
    schema = batch.schema.append(pa.field(names[0], ARTICLE_TYPE)).append(pa.field(names[1], ERROR_TYPE))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)
