"""fix_punctuation: punctuation artefacts of scraping and editing.

Catches::

    "... to China and Huawei,"  (end of a paragraph)   -> "... to China and Huawei."
    "the minister said ,"                               -> "the minister said,"
    "he said.The next day"                              -> "he said. The next day"
    "prices rose,, then fell.."                         -> "prices rose, then fell."

A list item's final comma is no stray one, and stays (``join_split_paragraphs.list_item_ends``)::

    "Geplant sind:"  /  "- mehr Personal in allen Kitas,"  /  "- ein neues Ticketsystem."

Ellipses ("..."), decimals ("3.5"), abbreviations and French spacing before ``; : ! ?`` are left
alone. With ``CleanConfig.straighten_quotes`` curly quotes become straight ones. Body and caption
lines are fixed; the end-of-paragraph comma only in the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role, lines_matching
from newsclean.text.join_split_paragraphs import list_item_ends

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
# A final comma (after others, or semicolons, or "e.g.": one full stop, not two). A final semicolon
# alone is a list item's end ("le maintien des aides ;" / "un moratoire ;"), not a stray mark.
_END_COMMA = regex.compile(r"\.?[,;]{0,7},$")
#: A paragraph of this many words or more that ends in a stray comma gets a full stop (find_headline judges
#: paragraphs as they will be mended, so it asks this too).
MIN_WORDS_FOR_STOP = 4


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


# A lowercase letter, ".!?", an uppercase letter. Written to stop at the punctuation, not at every
# lowercase letter (most of a line): a third of the time of ``\p{Ll}[.!?]\p{Lu}``, same lines.
_MISSING = regex.compile(r"(?<=\p{Ll})[.!?](?=\p{Lu})")
# Finds something in every line ``_quick_skip`` would not skip, never a line break, so
# ``lines_matching`` may look for the lines to mend with one scan of them all. It stops only at
# punctuation (the engine skips to the next one in C), then looks around it: a ";"; a "," or "."
# after " ", "," or "." (the two-character shapes); or one of ".!?" before an uppercase letter (A-Z or
# not ASCII), a necessary condition for ``_MISSING``. Each look stays inside the line: a line break
# is none of the characters looked for, so it finds in the joined lines what it finds in each line.
_SHAPES = r"(?<=;)|(?<=[ ,.][,.])|(?<=[.!?])(?=[A-Z\x80-\U0010ffff])"
_CURLY = "‘’‚‛“”„‟"
_GATE = re.compile(f"[,.;!?](?:{_SHAPES})")
# With ``straighten_quotes``, lines with a curly quote too.
_GATE_QUOTES = re.compile(f"[,.;!?{_CURLY}](?:{_SHAPES}|(?<=[{_CURLY}]))")
# The substrings ``_quick_skip`` looks for.
_NEEDLES = (" ,", " .", ",,", "..", ",.", ";")


def _gate(needles: tuple[str, ...], quotes: bool) -> re.Pattern[str]:
    """The gate for lines with any of ``needles`` (``_GATE`` finds them all), with ``quotes`` also for
    lines with a curly quote. Kept for the gate tests, which ask it per set of needles."""
    del needles
    return _GATE_QUOTES if quotes else _GATE


# ``_END_COMMA`` ends at the end of the text or before a final line break, right after ",".
_END_COMMA_TAILS = (",", ",\n")
_BODY, _CAPTION = Role.BODY, Role.CAPTION  # a global is 5x faster than Role.BODY on Python 3.11


@cleaner("fix_punctuation", reads=("body",), writes=("body",))
def fix_punctuation(doc: Document, config: CleanConfig) -> None:
    """Mend stray end-of-paragraph commas, spaces before punctuation, missing spaces and doubled marks."""
    mending = [line for line in doc.lines if line.role is _BODY or line.role is _CAPTION]
    straighten = config.straighten_quotes
    # One scan of all lines instead of a check per line.
    gate = _GATE_QUOTES if straighten else _GATE
    for line in lines_matching(mending, gate):
        if not _quick_skip(line.text):
            for pattern, repl, why in _INLINE:
                doc.sub(line, pattern, repl, why)
        if straighten:
            for pattern, repl, why in _QUOTES:
                doc.sub(line, pattern, repl, why)
    body = [line for line in mending if line.role is _BODY]
    item_ends: set[int] | None = None  # asked only when a paragraph ends in a comma
    for i, line in enumerate(body):
        if line.text.endswith(_END_COMMA_TAILS) and _paragraph_ends_in_comma(body, i):
            item_ends = list_item_ends(doc.lines) if item_ends is None else item_ends
            if line.index not in item_ends:
                doc.sub(line, _END_COMMA, ".", "paragraph ended in a stray comma")


def _paragraph_ends_in_comma(body: Sequence[Line], i: int) -> bool:
    """``body[i]`` (body lines, as join_split_paragraphs joined them) ends a paragraph of
    ``MIN_WORDS_FOR_STOP`` words or more with a final comma. The paragraph's words, not the line's: the
    text cleaned once has the whole paragraph on one line."""
    line = body[i]
    if (i + 1 < len(body) and body[i + 1].joiner is not None) or _END_COMMA.search(line.text) is None:
        return False  # the paragraph goes on, or the line has no final comma
    words = line.n_words
    while line.joiner is not None and i > 0 and words < MIN_WORDS_FOR_STOP:
        words -= line.joiner == ""  # a word hyphenated across the break counts once
        i -= 1
        line = body[i]
        words += line.n_words
    return words >= MIN_WORDS_FOR_STOP
