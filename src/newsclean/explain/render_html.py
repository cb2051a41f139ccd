"""The HTML report of an :class:`~newsclean.explain.Explanation`: one standalone file.

Made to be attached to a bug report or a pull request: inline CSS, no scripts, no fonts or images to
fetch, and a Content-Security-Policy that forbids both, so even a browser that opens it from a mail
attachment loads nothing. All input text is untrusted and goes through :func:`html.escape` (after
:func:`~newsclean.explain.visible.visible`, so bidi overrides cannot reorder the page); the tests
feed it ``<script>`` and attribute-breaking quotes and check that they stay text.

Fates can be hidden with the checkboxes at the top; that works in CSS alone (``:has``), and a
browser without ``:has`` simply shows every line.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from newsclean import __version__
from newsclean.explain.fates import FATES, Explanation, LineFate
from newsclean.explain.render_text import MAX_FIX_ROWS, summary
from newsclean.explain.visible import visible

_CSS = """
:root { --body:#1a7f37; --title:#8250df; --caption:#0969da; --credit:#1f6feb; --removed:#cf222e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328;
       background: #fff; }
header { padding: 1rem 1.5rem; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 1.2rem; margin: 0 0 .3rem; }
h1 code { font-size: 1rem; }
.meta { margin: .2rem 0; color: #57606a; }
.filters label { margin-right: 1rem; white-space: nowrap; }
main { padding: .5rem 1.5rem 2rem; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: 600; border-bottom: 2px solid #d0d7de; padding: .3rem .5rem; }
td { vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid #eaeef2; }
td.n { color: #57606a; text-align: right; font-variant-numeric: tabular-nums; width: 3rem; }
td.fate { width: 7rem; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; color: #fff; font-size: .8rem;
         font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.why { color: #57606a; font-size: .85rem; margin-top: .2rem; }
.why code { font-size: .8rem; }
del, ins { padding: 0 1px; border-radius: 2px; font-weight: 600; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; text-decoration: none; }
tr.removed .text, tr.credit .text { color: #57606a; }
tr.removed .text { text-decoration: line-through; text-decoration-color: #cf222e80; }
.problems { border: 2px solid var(--removed); padding: .5rem 1rem; margin: 1rem 0; }
details { margin-top: 1.5rem; }
summary { cursor: pointer; color: #57606a; }
pre.json { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .8rem; background: #f6f8fa; padding: .75rem; }
footer { padding: 0 1.5rem 1rem; color: #57606a; font-size: .8rem; }
"""


def _badge_css() -> str:
    rules = [f".badge.{f} {{ background: var(--{f}); }}" for f in FATES]
    # Unticking a fate's box hides its rows; pure CSS, so the page still needs no script.
    rules += [f"body:has(#show-{f}:not(:checked)) tr.{f} {{ display: none; }}" for f in FATES]
    return "\n".join(rules)


def _t(text: str) -> str:
    return escape(visible(text), quote=True)


def _line_html(fate: LineFate) -> str:
    if fate.pieces is None:
        return _t(fate.text)
    out: list[str] = []
    for p in fate.pieces:
        if not p.changed:
            out.append(_t(p.before))
            continue
        title = _t(", ".join(p.rules))
        if p.before:
            out.append(f'<del title="{title}">{_t(p.before)}</del>')
        if p.after:
            out.append(f'<ins title="{title}">{_t(p.after)}</ins>')
    return "".join(out)


def _why_html(fate: LineFate) -> str:
    rows: list[str] = []
    if fate.fate != "body" and fate.rule:
        kind = f"<b>{_t(fate.kind)}</b> · " if fate.kind else ""
        rows.append(f"{kind}<code>{_t(fate.rule)}</code>: {_t(fate.reason or '')}")
    if fate.credit:
        rows.append(f"credit: <b>{_t(fate.credit)}</b>")
    if fate.kept_as is not None:
        rows.append(f"kept as: {_t(fate.kept_as)}")
    for fix in fate.fixes[:MAX_FIX_ROWS]:
        if fix.start < 0:
            change = f"joined to the previous paragraph with <code>{_t(repr(fix.after))}</code>"
        else:
            change = f"<code>{_t(repr(fix.before))}</code> → <code>{_t(repr(fix.after))}</code>"
        rows.append(f"<code>{_t(fix.rule)}</code>: {change} ({_t(fix.reason)})")
    if len(fate.fixes) > MAX_FIX_ROWS:
        rows.append(f"… and {len(fate.fixes) - MAX_FIX_ROWS} more fixes (all in the Article's fixes)")
    return "".join(f'<div class="why">{row}</div>' for row in rows)


def _rows(lines: tuple[LineFate, ...]) -> str:
    return "\n".join(
        f'<tr class="{f.fate}" id="line-{f.line}"><td class="n">{f.line}</td>'
        f'<td class="fate"><span class="badge {f.fate}">{f.fate}</span></td>'
        f'<td><div class="text">{_line_html(f)}</div>{_why_html(f)}</td></tr>'
        for f in lines
    )


def render_html(expl: Explanation, *, only: Collection[str] = (), source: str | None = None) -> str:
    """A complete HTML document for ``expl`` (the lines selected by ``only``, all by default)."""
    art = expl.article
    shown = expl.only(only)
    name = f" <code>{_t(source)}</code>" if source else ""
    title = _t(art.title) if art.title is not None else "<i>(none)</i>"
    meta = art.metadata
    facts = [f"source format: {_t(meta.source_format)}"]
    if meta.encoding:
        facts.append(f"encoding: {_t(meta.encoding)} ({_t(meta.encoding_source or '?')})")
    if meta.url:
        facts.append(f"url: {_t(meta.url)}")  # text, not a link: the report never points elsewhere
    unplaced = "".join(
        f'<p class="meta">{_t(f.field)} not from a line: <code>{_t(f.rule)}</code>: {_t(f.reason)}'
        f" — {_t(f.text)}</p>"
        for f in expl.unplaced
    )
    boxes = "".join(
        f'<label><input type="checkbox" id="show-{f}" checked> <span class="badge {f}">{f}</span>'
        f" {expl.counts()[f]}</label>"
        for f in FATES
    )
    problems = ""
    if expl.problems:
        items = "".join(f"<li>{_t(p)}</li>" for p in expl.problems)
        problems = f'<section class="problems"><b>Problems</b><ul>{items}</ul></section>'
    shown_note = f" ({len(shown)} of {len(expl.lines)} lines shown)" if len(shown) < len(expl.lines) else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsclean {__version__}">
<title>newsclean explain{(": " + _t(source)) if source else ""}</title>
<style>{_CSS}{_badge_css()}</style>
</head>
<body>
<header>
<h1>newsclean explain{name}</h1>
<p class="meta">{_t(summary(expl))}{shown_note}</p>
<p class="meta">title: <b>{title}</b></p>
<p class="meta">{" · ".join(facts)}</p>
{unplaced}
<p class="filters">{boxes}</p>
</header>
<main>
{problems}
<table>
<thead><tr><th>line</th><th>fate</th><th>input text, fixes inline, and why</th></tr></thead>
<tbody>
{_rows(shown)}
</tbody>
</table>
<details><summary>The Article as JSON (what <code>newsclean clean</code> prints)</summary>
<pre class="json">{_t(art.to_json(indent=2))}</pre>
</details>
</main>
<footer>newsclean {__version__}. Line numbers count input lines from 0; blank lines are not shown.
Struck red text was removed by a fix, green text inserted.</footer>
</body>
</html>
"""
