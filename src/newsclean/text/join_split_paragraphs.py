"""join_split_paragraphs: paragraphs cut in two mid-sentence, joined back.

Catches a paragraph broken by an ad label, an image or a hard line break::

    "The council voted to close the"          (then "- Advertisement -", removed)
    "library at the end of the year."         -> "The council voted to close the library at the end of the year."

    "a thorough exam-"  /  "ination of the accounts"  -> "a thorough examination of the accounts"

Two body lines are joined only when the first does not end a sentence and the second starts with a
lowercase letter, so headings, list items and scripts without case are never merged. The join is
recorded as a Fix with ``start == -1`` (the line break before the second line).
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line

_HYPHEN_BREAK = regex.compile(r"(?<=\p{Ll})-$")
_MIN_WORDS = 3


def _starts_lower(line: Line) -> bool:
    first = line.text[0]
    return first.islower()


@cleaner("join_split_paragraphs", writes=("body",))
def join_split_paragraphs(doc: Document, config: CleanConfig) -> None:
    """Join a body line to the previous one when the previous breaks off mid-sentence."""
    if not config.join_split_paragraphs:
        return
    prev: Line | None = None
    for line in doc.body():
        if prev is not None and _starts_lower(line) and prev.n_words >= _MIN_WORDS:
            if _HYPHEN_BREAK.search(prev.text):
                doc.sub(prev, _HYPHEN_BREAK, "", "word hyphenated across a line break")
                doc.join(line, "", "word hyphenated across a line break")
            elif not prev.ends_sentence:
                doc.join(line, " ", "paragraph split mid-sentence")
        prev = line
