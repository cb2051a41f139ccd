"""The terminal view of an :class:`~newsclean.explain.Explanation`, drawn with rich.

On a terminal each fate has a colour, deletions are struck through in red and insertions green, and
long lines wrap under their text column. Anywhere else (a pipe, a file, ``NO_COLOR``) the output is
plain text with no ANSI codes: one input line per output line, so it greps, with fixes marked
``[-before-]{+after+}`` as ``wdiff`` does and details on indented lines below::

       2 body     ... tech exports to China and Huawei[-,-]{+.+}
                  fix_punctuation: ',' -> '.' (paragraph ended in a stray comma)
      10 removed  - Advertisement -
                  ad · strip_ad_markers: advertisement label 'Advertisement'

Input text is untrusted: it goes into rich ``Text`` objects (never parsed as rich markup) after
:func:`~newsclean.explain.visible.visible` has escaped control characters.
"""

from __future__ import annotations

from collections.abc import Collection

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsclean.explain.fates import Explanation, LineFate
from newsclean.explain.visible import visible

#: Colour of each fate's label on a terminal.
FATE_STYLES = {
    "body": "green",
    "title": "bold magenta",
    "caption": "cyan",
    "credit": "blue",
    "removed": "red",
}
_DELETED = "red strike"
_INSERTED = "bold green"
_DETAIL = "dim"
_LABEL_WIDTH = 8
#: Fixes listed under one line; the rest are counted (a line can carry thousands).
MAX_FIX_ROWS = 20


def summary(expl: Explanation) -> str:
    """One line of counts: ``12 lines: 8 body, 1 title, 1 caption, 1 credit, 2 removed; 1 fixed``."""
    counts = expl.counts()
    fates = ", ".join(f"{n} {fate}" for fate, n in counts.items() if fate != "fixed" and n)
    return f"{len(expl.lines)} lines: {fates or 'none'}; {counts['fixed']} fixed"


def line_text(fate: LineFate, *, plain: bool) -> Text:
    """The input line with its fixes inline: struck/green on a terminal, ``[-x-]{+y+}`` in plain text."""
    out = Text()
    if fate.pieces is None:  # fixes that do not replay: show the input; the problem is reported
        out.append(visible(fate.text))
        return out
    for piece in fate.pieces:
        if not piece.changed:
            out.append(visible(piece.before))
        elif plain:
            if piece.before:
                out.append(f"[-{visible(piece.before)}-]")
            if piece.after:
                out.append(f"{{+{visible(piece.after)}+}}")
        else:
            out.append(visible(piece.before), style=_DELETED)
            out.append(visible(piece.after), style=_INSERTED)
    return out


def details(fate: LineFate) -> list[Text]:
    """The why of a line: its rule and reason, the caption's credit, each fix, a join."""
    rows: list[Text] = []
    if fate.fate != "body" and fate.rule:
        head = f"{fate.kind} · " if fate.kind else ""
        rows.append(Text(f"{head}{fate.rule}: {visible(fate.reason or '')}"))
    if fate.credit:
        rows.append(Text(f"credit: {visible(fate.credit)}"))
    if fate.kept_as is not None:
        rows.append(Text(f"kept as: {visible(fate.kept_as)}"))
    for fix in fate.fixes[:MAX_FIX_ROWS]:
        if fix.start < 0:
            change = f"joined to the previous paragraph with {fix.after!r}"
        else:
            change = f"{fix.before!r} -> {fix.after!r}"
        rows.append(Text(f"{fix.rule}: {change} ({visible(fix.reason)})"))
    if len(fate.fixes) > MAX_FIX_ROWS:
        rows.append(Text(f"... and {len(fate.fixes) - MAX_FIX_ROWS} more fixes (all in the Article's fixes)"))
    return rows


def _header(expl: Explanation, source: str | None) -> list[Text]:
    art = expl.article
    lines = [Text(f"newsclean explain: {visible(source)}" if source else "newsclean explain", style="bold")]
    lines.append(Text(summary(expl)))
    title = visible(art.title) if art.title is not None else "(none)"
    lines.append(Text(f"title: {title}"))
    for finding in expl.unplaced:
        lines.append(Text(f"{finding.field} not from a line: {finding.rule}: {visible(finding.reason)}", style=_DETAIL))
    return lines


def render_text(
    expl: Explanation, console: Console, *, only: Collection[str] = (), source: str | None = None
) -> None:
    """Print ``expl`` to ``console``: a header, then the (filtered) lines with their fates."""
    plain = not console.is_terminal or console.no_color
    for row in _header(expl, source):
        console.print(row, soft_wrap=plain)
    console.print()
    shown = expl.only(only)
    width = len(str(max((ln.line for ln in expl.lines), default=0)))
    if plain:
        indent = " " * (width + 2 + _LABEL_WIDTH + 1)
        for fate in shown:
            row = Text(f"{fate.line:>{width}}  {fate.fate:<{_LABEL_WIDTH}} ")
            row.append_text(line_text(fate, plain=True))
            console.print(row, soft_wrap=True)
            for detail in details(fate):
                console.print(Text(indent) + detail, soft_wrap=True)
    else:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", style=_DETAIL)
        grid.add_column(min_width=_LABEL_WIDTH)
        grid.add_column(overflow="fold")
        for fate in shown:
            cell = line_text(fate, plain=False)
            for detail in details(fate):
                cell.append("\n")
                cell.append_text(detail.copy())
                cell.stylize(_DETAIL, len(cell) - len(detail))
            grid.add_row(str(fate.line), Text(fate.fate, style=FATE_STYLES.get(fate.fate, "")), cell)
        console.print(grid)
    if len(shown) < len(expl.lines):
        console.print(Text(f"({len(shown)} of {len(expl.lines)} lines shown)", style=_DETAIL), soft_wrap=plain)
    for problem in expl.problems:
        console.print(Text(f"problem: {problem}", style="bold red"), soft_wrap=plain)
