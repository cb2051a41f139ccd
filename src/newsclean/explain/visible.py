"""Make untrusted text safe to show: control and invisible format characters become escapes.

Scraped text can carry terminal escape sequences, bidi overrides that reorder what a reader sees, and
zero-width characters; a report that printed them raw could rewrite the terminal or hide the very
thing it should show. Every renderer passes input text through :func:`visible` first.

    >>> visible("red\\x1b[31m here\\u200b, flipped\\u202e")
    'red\\\\x1b[31m here\\\\u200b, flipped\\\\u202e'
    >>> visible("Café – 5 €")
    'Café – 5 €'
"""

from __future__ import annotations

import regex

# Controls (C0, C1, DEL), format characters (zero-width, bidi controls, soft hyphen), line and
# paragraph separators, surrogates and private use: none of them should reach a screen raw.
_INVISIBLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]")


def _escape(m: regex.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """``text`` with every control or invisible format character written as a Python escape."""
    return _INVISIBLE.sub(_escape, text)
