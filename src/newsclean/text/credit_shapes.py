"""Credits inside a caption line in shapes the shared ``CREDIT_TAIL`` misses (helpers of ``split_credits``).

Each shape is a convention of agencies or publishers, not of one page::

    "Ein Kran am Kai in Bremen © JANE ROE / AFP/Archiv"        a copyright sign after a space, no full stop
    "Der Kai in Bremen. Bildrechte: Hafen AG Fotograf: Jim Poe"  two labelled parts, each with its colon
    "Le quai de Brest au petit matin. LP/Jane Roe"              a publisher's initials, a slash, a name
    "Nowe molo w Gdyni. | Fot. materiały prasowe UM Gdynia"     an abbreviated label before lowercase words
    "Foto: Jane Roe Seit Montag ist der Kai gesperrt."          a label and a name first, then the caption

and one repair: "Molo w Gdyni Fot. PAP/Jan Kowal", where the shared shape cuts the agency credit after
"Fot." and leaves the label on the caption, gets its label back (``label_left_behind``).

A body sentence never has these shapes: the credit part is names (capitalised words, initials,
slashes) or a label's words at the line's end, after a caption of three words or more.
"""

from __future__ import annotations

from newsclean.text.patterns import (
    ABBREVIATED_LABEL,
    INITIALS_NAME,
    LABEL_CHAIN,
    LABEL_NAME_FIRST,
    LEFT_LABEL,
    MID_COPYRIGHT,
)

_MIN_CAPTION_WORDS = 3
_CREDIT_MAX_WORDS = 10

_SHAPES = (
    (MID_COPYRIGHT, "©"),
    (LABEL_CHAIN, ":"),
    (INITIALS_NAME, "/"),
    (ABBREVIATED_LABEL, "."),
)


def _words(text: str) -> int:
    return len(text.split())


def more_tail_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when ``text`` ends in one of the shapes above, after a caption of three words.

    >>> more_tail_credit("Ein Kran am Kai in Bremen © JANE ROE / AFP/Archiv")
    ('Ein Kran am Kai in Bremen', '© JANE ROE / AFP/Archiv')
    >>> more_tail_credit("Le quai de Brest au petit matin. LP/Jane Roe")
    ('Le quai de Brest au petit matin.', 'LP/Jane Roe')
    >>> more_tail_credit("Die Preise steigen seit dem Sommer © 2026 um zwei Prozent.") is None
    True
    """
    for pattern, needle in _SHAPES:
        if needle not in text:  # each shape holds its character: most lines skip the regex
            continue
        m = pattern.search(text)
        if m is None:
            continue
        credit = m.group("credit").strip().rstrip(".").strip()
        caption = text[: m.start("credit")].rstrip(" \t-–—|·•,;:")
        if _words(credit) <= _CREDIT_MAX_WORDS and _words(caption) >= _MIN_CAPTION_WORDS:
            return caption, credit
    return None


def credit_first(text: str) -> tuple[str, str] | None:
    """(caption, credit) for "Label: First Last <caption>", the caption a finished sentence or more.

    >>> credit_first("Foto: Jane Roe Seit Montag ist der Kai in Bremen gesperrt.")
    ('Seit Montag ist der Kai in Bremen gesperrt.', 'Foto: Jane Roe')
    >>> credit_first("Photo: Jane Doe, left, has replaced the coach.") is None
    True
    """
    m = LABEL_NAME_FIRST.match(text)
    if m is None:
        return None
    caption = text[m.end() :].strip()
    words = caption.split()
    lower = sum(1 for w in words if w[:1].islower())
    if len(words) < _MIN_CAPTION_WORDS + 1 or caption[-1:] not in ".!?" or lower * 3 < len(words):
        return None
    return caption, m.group("credit")


def label_left_behind(caption: str, credit: str) -> tuple[str, str]:
    """Give a credit back the label a shared shape left on its caption: ("... Gdyni Fot.", "PAP/X")
    -> ("... Gdyni", "Fot. PAP/X").

    >>> label_left_behind("Molo w Gdyni Fot.", "PAP/Jan Kowal")
    ('Molo w Gdyni', 'Fot. PAP/Jan Kowal')
    """
    m = LEFT_LABEL.search(caption) if caption.endswith(".") else None
    if m is None:
        return caption, credit
    return caption[: m.start()].rstrip(), f"{m.group('label')} {credit}"
