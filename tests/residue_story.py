"""The story the residue-class tests set their lines in: a title and four paragraphs about a harbour."""

from __future__ import annotations

import newsclean

TITLE = "Harbour council approves the new budget"
P1 = "The harbour council approved the new budget on Tuesday after a debate that lasted well into the night."
P2 = "The plan sets aside money for the repair of the old quay and for two new ferries on the northern route."
P3 = "Work on the quay is expected to begin in the spring and to last for about eighteen months in all."
P4 = "The opposition said the budget relied on optimistic forecasts of port fees and tourist taxes next year."


def between_paragraphs(*lines: str) -> newsclean.Article:
    """``lines`` in mid-story, two paragraphs before them and two after them."""
    return newsclean.clean_text("\n".join((P1, P2, *lines, P3, P4)), title=TITLE)
