"""The project's own fixtures/: enough cases, each with written intent, every cleaner exercised, none copied.

The cases themselves run as test items through the newsclean pytest plugin (``newsclean_fixtures`` in
pyproject.toml); this file checks the collection as a whole.
"""

from __future__ import annotations

import json

import pytest

from newsclean import DEFAULT_PIPELINE
from newsclean.testing import Case, find_cases

from .conftest import CORPUS, ROOT, shared_file

CASES = find_cases([ROOT / "fixtures"])
_MIN_CASES = 30
_COPY_MIN_CHARS = 60  # page chrome ("Media playback is unsupported ...") is shorter and shared on purpose


def test_enough_cases_in_text_and_html() -> None:
    assert len(CASES) >= _MIN_CASES
    kinds = {c.kind for c in CASES}
    assert kinds == {"text", "html"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_states_its_intent(case: Case) -> None:
    assert case.label, f"{case.path}/case.toml needs a label"
    assert any(i.must_contain or i.must_not_contain for i in case.intent.values()), (
        f"{case.path}/case.toml needs must_contain / must_not_contain, so a regenerated golden is still checked"
    )
    assert case.expected_path.is_file()


def test_every_default_cleaner_is_exercised() -> None:
    """Each cleaner of the default pipeline removes, places or fixes something in at least one golden."""
    named: set[str] = set()
    for case in CASES:
        data = json.loads(case.expected_path.read_text(encoding="utf-8"))
        for key in ("removed", "findings", "fixes"):
            named |= {item["rule"] for item in data.get(key, [])}
    missing = [step.name for step in DEFAULT_PIPELINE if step.name not in named]
    assert not missing, f"no fixture exercises {missing}: add a case"


def test_no_input_copies_the_shared_corpus() -> None:
    """Fixtures are invented; a long line shared with the labelled corpus means text was copied."""
    corpus = shared_file(CORPUS)
    seen: set[str] = set()
    with corpus.open(encoding="utf-8") as fh:
        for row in fh:
            for line in json.loads(row).get("input_text", "").splitlines():
                if len(line.strip()) >= _COPY_MIN_CHARS:
                    seen.add(line.strip())
    copied = [
        (case.name, line[:60])
        for case in CASES
        for line in case.read_input().decode("utf-8", "replace").splitlines()
        if line.strip() in seen
    ]
    assert not copied
