"""The story the residue-class tests set their lines in: a title and four paragraphs about a harbour."""

from __future__ import annotations

from collections.abc import Iterable

import newsclean
from newsclean.text.credit_gates import credit_candidates, free_candidates

TITLE = "Harbour council approves the new budget"
P1 = "The harbour council approved the new budget on Tuesday after a debate that lasted well into the night."
P2 = "The plan sets aside money for the repair of the old quay and for two new ferries on the northern route."
P3 = "Work on the quay is expected to begin in the spring and to last for about eighteen months in all."
P4 = "The opposition said the budget relied on optimistic forecasts of port fees and tourist taxes next year."


def between_paragraphs(*lines: str) -> newsclean.Article:
    """``lines`` in mid-story, two paragraphs before them and two after them."""
    return newsclean.clean_text("\n".join((P1, P2, *lines, P3, P4)), title=TITLE)


def scan_marked(lines: Iterable[str]) -> list[tuple[str, bool]]:
    """Each one-line text, stripped, with whether split_credits' scans (``credit_candidates`` or
    ``free_candidates``) mark it: a credit shape tried only on marked lines must match only there."""
    texts = [ln.strip() for ln in lines if ln.strip() and "\n" not in ln]
    return list(zip(texts, map(bool.__or__, credit_candidates(texts), free_candidates(texts)), strict=True))
