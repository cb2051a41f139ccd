"""fix_whitespace: invisible and odd spaces.

Catches::

    "Prime\xa0Minister"          -> "Prime Minister"        (no-break space)
    "Ham\xadburg"                -> "Hamburg"               (soft hyphen)
    "Breaking\u200b news"        -> "Breaking news"         (zero-width space)
    "two  spaces\there"          -> "two spaces here"

Zero-width joiners and non-joiners are kept: they are part of emoji sequences and of Persian and Indic
spelling. Control characters (except tab) are dropped. A line that held nothing else is removed.
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document
from newsclean.text.patterns import CONTROL, WHITESPACE_ODD

_TO_SPACE = regex.compile(r"[\t\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]")
_DROP = regex.compile(r"[\xad\u200b\u2060\ufeff]|[\x00-\x08\x0b-\x1f\x7f]")
_RUN = regex.compile(r" {2,}")


@cleaner("fix_whitespace", reads=("text",), writes=("text", "removed"), kinds=("markup",))
def fix_whitespace(doc: Document, config: CleanConfig) -> None:
    """Turn no-break and typographic spaces into spaces, drop zero-width ones, soft hyphens and controls."""
    for line in doc.lines:
        text = line.text
        # An earlier fix (ftfy dropping a control character) can leave a space at an edge, or nothing.
        edges_clean = bool(text) and not text[0].isspace() and not text[-1].isspace()
        # Every character the patterns look for is non-printable (Zs, Zl, Zp, Cc, Cf), so printable
        # text without a double space is clean: two C-speed checks instead of two regex passes.
        if edges_clean and (text.isprintable() and "  " not in text):
            continue
        if edges_clean and not WHITESPACE_ODD.search(text) and not CONTROL.search(text):
            continue
        fixed = _RUN.sub(" ", _TO_SPACE.sub(" ", _DROP.sub("", text))).strip()
        if not fixed:
            doc.remove(line, "markup", "line held only invisible characters")
        elif fixed != text:
            doc.edit(line, fixed, "invisible or non-standard spaces normalised")
