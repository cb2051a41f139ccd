"""Pipelines as values: composition, build-time checks, custom cleaners, config passed explicitly."""

from __future__ import annotations

import pickle

import pytest

import newsclean
from newsclean import (
    DEFAULT_PIPELINE,
    CleanConfig,
    Document,
    Pipeline,
    PipelineError,
    PipelineOrderError,
    cleaner,
    default_pipeline,
)

TEXT = (
    "Storm closes schools\nAll schools in the county closed on Monday, officials said,\nAcme Deals Corner\n- Anzeige -"
)


@cleaner("strip_partner_lines", writes=("removed",), kinds=("ad",), register=False)
def strip_partner_lines(doc: Document, config: CleanConfig) -> None:
    """Remove "Acme Deals Corner" labels."""
    for line in doc.body():
        if line.text == "Acme Deals Corner":
            doc.remove(line, "ad", "deals corner label")


def test_default_pipeline_lists_the_steps_in_order() -> None:
    assert default_pipeline().names == tuple(step.name for step in DEFAULT_PIPELINE)
    assert default_pipeline().names[0] == "fix_markup"


def test_custom_cleaner_runs_and_is_stamped_with_its_name() -> None:
    pipe = default_pipeline().insert_after("strip_ad_markers", strip_partner_lines)
    article = newsclean.clean(TEXT, pipeline=pipe)
    partner = [r for r in article.removed if r.text == "Acme Deals Corner"]
    assert [(r.rule, r.kind, r.reason) for r in partner] == [("strip_partner_lines", "ad", "deals corner label")]
    assert "Acme Deals Corner" not in article.text


def test_without_removes_a_step_and_its_effect() -> None:
    article = newsclean.clean(TEXT, pipeline=default_pipeline().without("strip_ad_markers"))
    assert any("Anzeige" in p for p in article.body)
    assert "strip_ad_markers" not in {r.rule for r in article.removed}


def test_replace_and_insert_before() -> None:
    pipe = default_pipeline().replace("strip_ad_markers", strip_partner_lines)
    assert "strip_ad_markers" not in pipe.names and pipe.names[3] == "strip_partner_lines"
    pipe = default_pipeline().insert_before("fix_markup", strip_partner_lines)
    assert pipe.names[0] == "strip_partner_lines"


def test_pipelines_are_values() -> None:
    base = default_pipeline()
    base.without("fix_punctuation")
    assert "fix_punctuation" in base.names


def test_a_plain_list_of_cleaners_works_as_a_pipeline() -> None:
    article = newsclean.clean(TEXT, pipeline=[strip_partner_lines])
    assert len(article.removed) == 1
    assert article.title is None  # no headline step


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: default_pipeline().without("no_such_step"), PipelineError),
        (lambda: Pipeline((strip_partner_lines, strip_partner_lines)), PipelineError),
        (lambda: Pipeline(("not a cleaner",)), PipelineError),  # type: ignore[arg-type]
    ],
)
def test_wrong_pipelines_fail_when_built(build: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        build()  # type: ignore[operator]


def test_reader_before_writer_is_refused_with_advice() -> None:
    steps = list(DEFAULT_PIPELINE)
    split_captions = next(s for s in steps if s.name == "split_captions")
    steps.remove(split_captions)
    steps.insert(0, split_captions)  # reads credits before split_credits writes them
    with pytest.raises(PipelineOrderError, match="move 'split_credits' before 'split_captions'"):
        Pipeline(tuple(steps))


def test_config_is_explicit_per_pipeline() -> None:
    curly = "Storm closes schools\nThe mayor said it was “the right call” on Monday morning."
    straight = default_pipeline().with_config(straighten_quotes=True)
    assert "“" in newsclean.clean(curly).text
    assert '"the right call"' in newsclean.clean(curly, pipeline=straight).text
    assert default_pipeline().config.straighten_quotes is False


def test_timings_are_collected_per_step() -> None:
    timings: dict[str, float] = {}
    default_pipeline().run(Document.from_text(TEXT), timings=timings)
    assert set(timings) == set(default_pipeline().names)


# ------------------------------------------------------------------ pickling (Spark, process pools with spawn)


def _clean_with(pipe: Pipeline) -> newsclean.Article:
    return newsclean.clean(TEXT, pipeline=pipe)


def test_a_pipeline_with_a_custom_cleaner_pickles_and_cleans_the_same_in_a_spawned_process() -> None:
    import multiprocessing

    pipe = default_pipeline().insert_after("strip_ad_markers", strip_partner_lines)
    copy = pickle.loads(pickle.dumps(pipe))
    assert copy == pipe and copy.steps[0] is pipe.steps[0]  # cleaners travel as references
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        there = pool.apply(_clean_with, (pipe,))
    assert there == _clean_with(pipe)
    assert any(r.rule == "strip_partner_lines" for r in there.removed)


def test_a_cleaner_made_inside_a_function_refuses_to_pickle_with_pickles_own_error() -> None:
    @cleaner("strip_local_lines", writes=("removed",), register=False)
    def strip_local_lines(doc: Document, config: CleanConfig) -> None:
        """Nothing."""

    with pytest.raises((pickle.PicklingError, AttributeError)):
        pickle.dumps(default_pipeline().append(strip_local_lines))
