"""``newsclean fixtures verify|update|new``: golden fixture cases from the shell (thin; see run.py).

    newsclean fixtures verify fixtures/                 exit 0 when every case matches, else 1
    newsclean fixtures update fixtures/some-case        rewrite expected.json, print what changed
    newsclean fixtures new fixtures/site-slug --from scrape.txt --url https://example.org/a
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsclean.testing.case import find_cases
from newsclean.testing.run import (
    CaseResult,
    as_json,
    load_pipeline,
    new_case,
    render_result,
    summary,
    update_case,
    verify_case,
)


def _pipeline(args: argparse.Namespace) -> Any:
    return load_pipeline(args.pipeline) if args.pipeline else None


def _report(results: list[CaseResult], args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        print(json.dumps([as_json(r) for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            if args.verbose or not r.ok or r.updated or r.violations:
                print(render_result(r))
        print(summary(results))
    return 0 if all(r.ok for r in results) else 1


def _cmd_verify(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args)
    return _report([verify_case(c, pipeline) for c in find_cases(args.dirs)], args)


def _cmd_update(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args)
    return _report([update_case(c, pipeline) for c in find_cases(args.dirs)], args)


def _cmd_new(args: argparse.Namespace) -> int:
    result = new_case(args.dir, args.source, url=args.url, title=args.title, pipeline=_pipeline(args))
    print(render_result(result, verbose=True))
    print(f"next: state the intent in {result.case.path / 'case.toml'} ([body] must_contain / must_not_contain ...)")
    return 0


def add_parser(subparsers: Any) -> None:
    """Register ``newsclean fixtures`` on the main command's subparsers."""
    p = subparsers.add_parser("fixtures", help="golden fixture cases: verify, update, new")
    sub = p.add_subparsers(dest="fixtures_command", required=True)

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--pipeline", metavar="MODULE:NAME", help="a custom Pipeline to clean with")
        q.add_argument("-v", "--verbose", action="store_true", help="list passing cases too")

    q = sub.add_parser("verify", help="check cases against expected.json and case.toml; exit 1 on any failure")
    q.add_argument("dirs", nargs="+", metavar="DIR", help="a case folder or a folder of cases")
    q.add_argument("--json", action="store_true", help="print results as JSON")
    common(q)
    q.set_defaults(func=_cmd_verify)

    q = sub.add_parser("update", help="rewrite expected.json from a fresh clean and print what changed")
    q.add_argument("dirs", nargs="+", metavar="DIR", help="a case folder or a folder of cases")
    common(q)
    q.set_defaults(func=_cmd_update)

    q = sub.add_parser("new", help="create a case folder from a raw scrape")
    q.add_argument("dir", metavar="DIR", help="the new case folder (named <style>-<slug>)")
    q.add_argument("--from", dest="source", required=True, metavar="FILE", help="the scraped text or HTML")
    q.add_argument("--url", help="the page's URL")
    q.add_argument("--title", help="the headline, when the scraper knows it")
    common(q)
    q.set_defaults(func=_cmd_new)
