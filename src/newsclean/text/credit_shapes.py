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

import regex

from newsclean.text.patterns import AGENCY, PREFIX

# A name-ish token: a capitalised word or initials ("PAUL", "Roe-Smith", "J."), or a particle.
_TOK = r"(?:\p{Lu}[\p{L}\p{M}\d.'’&-]{0,30}|(?:de|da|del|van|von|der|den|la|le|di|du|y|und|et|für|for|pour)(?=\s))"
_CAP = r"\p{Lu}[\p{L}\p{M}'’-]{1,30}"
_PARTICLE = r"(?:de|da|del|van|von|der|den|la|le|di|du)"
_MIN_CAPTION_WORDS = 3
_CREDIT_MAX_WORDS = 10

#: "... in Belgien © JANE ROE / AFP/Archiv": a copyright sign after a plain space, then names and
#: slashes to the line's end (the shared shape wants a full stop or a dash before the sign).
MID_COPYRIGHT = regex.compile(
    rf"\s(?P<credit>©\s?(?:{AGENCY}|{_TOK})(?:(?:\s|\s?/\s?)(?:{AGENCY}|{_TOK})){{0,7}})[.\s]{{0,2}}$"
)
#: "... Bremen. Bildrechte: Hafen AG Fotograf: Jim Poe": two labelled parts after a sentence's end.
LABEL_CHAIN = regex.compile(
    rf"(?<=[.!?]\s{{1,3}})(?P<credit>(?i:{PREFIX})s?\s?:\s?[^:\n]{{1,60}}\s(?i:{PREFIX})s?\s?:\s?[^:\n]{{1,60}})$"
)
#: "... au petit matin. LP/Jane Roe": a publisher's initials (two to five capitals), a slash and a name
#: of two or three capitalised words ("HH/Jan de Roe" with its particle) after a sentence's end.
INITIALS_NAME = regex.compile(
    rf"(?<=[.!?]\s{{1,3}})(?P<credit>(?-i:\p{{Lu}}{{2,5}})\s?/\s?{_CAP}(?:\s(?:{_PARTICLE}\s)?{_CAP}){{1,2}})[.\s]{{0,2}}$"
)
#: "... w Gdyni. | Fot. materiały prasowe UM Gdynia": an abbreviated photo label after a separator or a
#: sentence's end, then any words ("press material", a town hall) to the line's end.
ABBREVIATED_LABEL = regex.compile(
    r"(?:\s[|·•–—-]\s|(?<=[.!?]\s{1,3}))(?P<credit>(?i:fot|zdj|phot)\.\s?[^\n|]{1,80})$"
)
#: "Foto: Jane Roe Seit Montag ...": a label, a first name and a surname (capitalised, not shouted),
#: then the caption's first word.
LABEL_NAME_FIRST = regex.compile(
    rf"(?P<credit>(?i:{PREFIX})s?\s?:\s?\p{{Lu}}\p{{Ll}}{{1,30}}(?:-\p{{Lu}}\p{{Ll}}{{1,30}})?\s\p{{Lu}}\p{{Ll}}{{1,30}}(?:-\p{{Lu}}\p{{Ll}}{{1,30}})?)"
    r"\s(?=\p{Lu}\p{Ll})"
)
#: A photo label left at the end of a caption: "... w Konstantynówku Fot." (abbreviations only:
#: "... looks at a photo." ends a sentence).
_LEFT_LABEL = regex.compile(r"\s(?P<label>(?i:fot|zdj|phot)\.)$")

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
    m = _LEFT_LABEL.search(caption) if caption.endswith(".") else None
    if m is None:
        return caption, credit
    return caption[: m.start()].rstrip(), f"{m.group('label')} {credit}"
