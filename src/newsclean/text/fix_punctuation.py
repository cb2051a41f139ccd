"""fix_punctuation: punctuation artefacts of scraping and editing.

Catches::

    "... to China and Huawei,"  (end of a paragraph)   -> "... to China and Huawei."
    "the minister said ,"                               -> "the minister said,"
    "he said.The next day"                              -> "he said. The next day"
    "prices rose,, then fell.."                         -> "prices rose, then fell."

Ellipses ("..."), decimals ("3.5"), abbreviations and French spacing before ``; : ! ?`` are left
alone. With ``CleanConfig.straighten_quotes`` curly quotes become straight ones. Body and caption
lines are fixed; the end-of-paragraph comma only in the body.
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role

# Each: (pattern, replacement template, reason). Bounded, so linear on any input.
_INLINE: tuple[tuple[regex.Pattern[str], str, str], ...] = (
    # "routes ,citing": the space belongs after the comma
    (regex.compile(r"(?<=[\p{L}\p{N}\)\]”’\"']) {1,8},(?=\p{L})"), ", ", "space before punctuation"),
    (regex.compile(r"(?<=[\p{L}\p{N}\)\]”’\"']) {1,8}([,.])(?![.\d])"), r"\1", "space before punctuation"),
    (regex.compile(r"(?<=\p{Ll}{2})([.!?])(?=\p{Lu}\p{Ll})"), r"\1 ", "missing space after a sentence end"),
    (regex.compile(r",(?: ?,){1,8}"), ",", "doubled comma"),
    (regex.compile(r"(?<![.…])\.\.(?![.…])"), ".", "doubled full stop"),
    (regex.compile(r";(?: ?;){1,8}"), ";", "doubled semicolon"),
    (regex.compile(r"[,;]{1,8}(?=\.(?!\.))"), "", "comma before a full stop"),
)
_QUOTES = (
    (regex.compile(r"[‘’‚‛]"), "'", "curly apostrophe straightened"),
    (regex.compile(r"[“”„‟]"), '"', "curly quote straightened"),
)
_END_COMMA = regex.compile(r"\.?[,;]{1,8}$")  # "e.g.;" ends in one full stop, not two
_MIN_WORDS_FOR_STOP = 4


def _quick_skip(text: str) -> bool:
    # Most lines have none of the shapes above; skip them with two substring checks and one search.
    return (
        " ," not in text
        and " ." not in text
        and ",," not in text
        and ".." not in text
        and ",." not in text
        and ";" not in text
        and _MISSING.search(text) is None
    )


_MISSING = regex.compile(r"\p{Ll}[.!?]\p{Lu}")


@cleaner("fix_punctuation", reads=("body",), writes=("body",))
def fix_punctuation(doc: Document, config: CleanConfig) -> None:
    """Mend stray end-of-paragraph commas, spaces before punctuation, missing spaces and doubled marks."""
    body: list[Line] = []
    for line in doc.lines:
        if line.role is Role.BODY:
            body.append(line)
        elif line.role is not Role.CAPTION:
            continue
        if not _quick_skip(line.text):
            for pattern, repl, why in _INLINE:
                doc.sub(line, pattern, repl, why)
        if config.straighten_quotes:
            for pattern, repl, why in _QUOTES:
                doc.sub(line, pattern, repl, why)
    # A paragraph ends where the next body line does not continue it.
    for i, line in enumerate(body):
        ends_paragraph = i + 1 == len(body) or body[i + 1].joiner is None
        if ends_paragraph and line.n_words >= _MIN_WORDS_FOR_STOP and _END_COMMA.search(line.text):
            doc.sub(line, _END_COMMA, ".", "paragraph ended in a stray comma")
