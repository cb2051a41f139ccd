"""Golden fixture testing for newsclean, shipped so scrapers' CI can reuse it.

A case is a folder: the page as fetched (``input.txt`` / ``input.html``), the hand-written intent
(``case.toml``) and the golden Article (``expected.json``). Use it three ways:

* ``newsclean fixtures verify|update|new`` from the shell;
* the pytest plugin (``newsclean_fixtures = fixtures`` in the pytest config; ``--newsclean-update``);
* this API in plain tests::

    from newsclean.testing import find_cases, verify_case, render_result

    def test_fixtures():
        failures = [r for r in map(verify_case, find_cases(["fixtures"])) if not r.ok]
        assert not failures, "\\n".join(map(render_result, failures))
"""

from __future__ import annotations

from newsclean.testing.case import Case, FixtureError, Intent, find_cases, golden, load_case
from newsclean.testing.compare import Difference, diff_articles
from newsclean.testing.intent import check_intent
from newsclean.testing.run import CaseResult, new_case, render_result, update_case, verify_case

__all__ = [
    "Case",
    "CaseResult",
    "Difference",
    "FixtureError",
    "Intent",
    "check_intent",
    "diff_articles",
    "find_cases",
    "golden",
    "load_case",
    "new_case",
    "render_result",
    "update_case",
    "verify_case",
]
