"""Every input line and its fate, read back from an :class:`~newsclean.article.Article`.

The Article says where each line went: ``removed[].line``, ``findings[].line`` (title, caption,
credit) and ``fixes[].line``; the body holds the rest. :func:`explain_article` turns that into one
:class:`LineFate` per input line. It reads only the public Article, so it also explains an Article
loaded from JSON next to the input it came from; and it checks the Article while doing so: a line
placed twice, a record pointing at no input line, fixes that do not replay, or a body that the
remaining lines do not rebuild are listed in :attr:`Explanation.problems`, never hidden.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, TypeVar

from newsclean.article import Article, Finding, Fix, Removal
from newsclean.document import Document
from newsclean.explain.inline import Piece, replay

#: The fates a line can have, in the order reports list them.
FATES: Final = ("body", "title", "caption", "credit", "removed")
_R = TypeVar("_R", Removal, Finding)

#: What ``--only`` accepts: a fate, or ``fixed`` for lines that any fix changed.
FILTERS: Final = (*FATES, "fixed")


@dataclass(frozen=True, slots=True)
class LineFate:
    """One non-blank input line: where it went, which rule sent it there and why, and its fixes."""

    line: int
    text: str  # the line as the pipeline received it
    fate: str  # one of FATES
    output: str  # the line as the Article holds it (after fixes; a caption without its cut credit)
    rule: str | None = None
    reason: str | None = None
    kind: str | None = None  # the removal kind, for removed lines
    credit: str | None = None  # the linked photo credit, for captions
    fixes: tuple[Fix, ...] = ()
    pieces: tuple[Piece, ...] | None = None  # inline before/after; None when the fixes do not replay
    joiner: str | None = None  # set when this body line continues the previous body line's paragraph

    @property
    def fixed(self) -> bool:
        return bool(self.fixes)

    @property
    def kept_as(self) -> str | None:
        """The Article's text for this line when the fixes alone do not explain it, else None.

        A caption whose credit was cut off its end is the one case: ``split_credits`` keeps the
        caption part and links the credit, which the report shows next to it.
        """
        replayed = "".join(p.after for p in self.pieces) if self.pieces is not None else self.text
        return self.output if self.output != replayed else None


@dataclass(frozen=True, slots=True)
class Explanation:
    """The fate of every input line of one article, plus what the Article says outside the lines."""

    lines: tuple[LineFate, ...]
    article: Article
    #: Findings that came from no input line: a title given by the caller or taken from HTML
    #: metadata, captions harvested from HTML markup.
    unplaced: tuple[Finding, ...] = ()
    #: Inconsistencies between the Article and its input; empty for a sound Article.
    problems: tuple[str, ...] = field(default=())

    def only(self, filters: Collection[str]) -> tuple[LineFate, ...]:
        """The lines whose fate is in ``filters`` (``"fixed"`` selects lines with fixes)."""
        if not filters:
            return self.lines
        return tuple(
            ln for ln in self.lines if ln.fate in filters or ("fixed" in filters and ln.fixed)
        )

    def counts(self) -> dict[str, int]:
        """Lines per fate (every fate present, zeros included) and ``fixed``."""
        by_fate = Counter(ln.fate for ln in self.lines)
        out = {fate: by_fate.get(fate, 0) for fate in FATES}
        out["fixed"] = sum(1 for ln in self.lines if ln.fixed)
        return out


def input_lines(text: str) -> list[tuple[int, str]]:
    """``(index, text)`` of the non-blank lines, split exactly as the text pipeline splits them."""
    return [(ln.index, ln.text) for ln in Document.from_text(text).lines]


def explain_article(lines: str | Iterable[tuple[int, str]], article: Article) -> Explanation:
    """Map each input line (the input text, or ``(index, text)`` pairs) to its fate in ``article``.

    >>> import newsclean
    >>> text = "Storm closes schools across the county\\nAll schools were closed on Monday after the storm ,\\nAds"
    >>> [(f.line, f.fate, f.rule) for f in explain_article(text, newsclean.clean(text)).lines]
    [(0, 'title', 'find_headline'), (1, 'body', 'fix_punctuation'), (2, 'removed', 'strip_ad_markers')]
    """
    pairs = input_lines(lines) if isinstance(lines, str) else list(lines)
    known = {index for index, _ in pairs}
    problems: list[str] = []
    removed = _by_line(((r.line, r) for r in article.removed), known, "removed", problems)
    findings = _by_line(((f.line, f) for f in article.findings), known, "findings", problems)
    credits = {c.line: c.credit for c in article.captions if c.line is not None}
    fixes: defaultdict[int | None, list[Fix]] = defaultdict(list)
    for fix in article.fixes:
        fixes[fix.line].append(fix)
    for index in sorted((set(fixes) - known) - {None}, key=lambda i: i or 0):
        problems.append(f"fixes point at line {index}, which is not an input line")
    for index in sorted(set(removed) & set(findings)):
        problems.append(f"line {index} is both removed and in findings ({findings[index].field})")

    fates: list[LineFate] = []
    for index, text in pairs:
        line_fixes = tuple(fixes.get(index, ()))
        pieces = replay(text, line_fixes)
        if pieces is None:
            problems.append(f"the fixes of line {index} do not replay on its input text")
        placed: Removal | Finding | None = removed.get(index) or findings.get(index)
        fate = _fate(index, text, line_fixes, pieces, placed)
        fates.append(replace(fate, credit=credits.get(index)) if fate.fate == "caption" else fate)
    problems.extend(_check_body(fates, article.body))
    unplaced = tuple(f for f in article.findings if f.line is None)
    return Explanation(tuple(fates), article, unplaced, tuple(problems))


def _by_line(
    records: Iterable[tuple[int | None, _R]], known: set[int], what: str, problems: list[str]
) -> dict[int, _R]:
    out: dict[int, _R] = {}
    for index, record in records:
        if index is None:
            continue
        if index not in known:
            problems.append(f"{what} point at line {index}, which is not an input line")
        elif index in out:
            problems.append(f"line {index} appears twice in {what}")
        else:
            out[index] = record
    return out


def _fate(
    index: int,
    text: str,
    fixes: tuple[Fix, ...],
    pieces: tuple[Piece, ...] | None,
    placed: Removal | Finding | None,
) -> LineFate:
    output = "".join(p.after for p in pieces) if pieces is not None else text
    joiner = next((f.after for f in reversed(fixes) if f.start < 0), None)
    if isinstance(placed, Removal):
        return LineFate(index, text, "removed", placed.text, placed.rule, placed.reason, placed.kind,
                        fixes=fixes, pieces=pieces)
    if placed is not None:
        return LineFate(index, text, placed.field, placed.text, placed.rule, placed.reason,
                        fixes=fixes, pieces=pieces)
    # Body lines have no placing rule: the last fix (if any) is the rule that last touched them.
    last = next((f for f in reversed(fixes)), None)
    return LineFate(index, text, "body", output, last.rule if last else None, last.reason if last else None,
                    fixes=fixes, pieces=pieces, joiner=joiner)


def _check_body(fates: Sequence[LineFate], body: Sequence[str]) -> list[str]:
    """Rebuild the body from the lines left in it; any difference means a line was lost or invented."""
    rebuilt: list[str] = []
    for fate in fates:
        if fate.fate != "body":
            continue
        if fate.joiner is not None and rebuilt:
            rebuilt[-1] += fate.joiner + fate.output
        else:
            rebuilt.append(fate.output)
    if rebuilt == list(body):
        return []
    return [
        f"the body lines rebuild {len(rebuilt)} paragraphs that differ from the Article's {len(body)}: "
        "a line was lost or changed without a record"
    ]
