"""Free-form credits after a caption's last sentence (a helper of ``split_credits``).

A credit that names no agency and has no "Photo:" label, written on the caption's line right after
its last sentence::

    "Jim Roe leaves the courthouse on Wednesday. Kelly Roe/The Dunmore Sentinel"   a name, a slash, an outlet
    "The company's headquarters in Orrin Valley. (Bram Roe for The Machine Room)"   a name "for" an outlet
    "Ruth Roe at the counter of her shop in 2015. Courtesy of the Roe family"       a courtesy line
    "Snow coats a porch railing on Saturday. Viewer photo / Dolores Roe"             a reader's picture
    "Il ponte chiuso venerdì sera. Foto ufficio stampa"                              a press office, a handout

The phrases are data (``markers.FREE_CREDITS``, ``FREE_CREDIT_WORDS``, ``OUTLET_WORDS``). What makes
the line a caption is the credit's shape at its very end, after a sentence's end, with the rest a short
text (three to 40 words) that reports no speech and opens no wire story. Body sentences of a similar
look stay: "... said Kelly Roe/The Sentinel" (no sentence's end before the name), "By Jane Roe/The
Sentinel" (a byline), "Courtesy of the mayor, the bridge reopened." (a clause after the comma, a full
stop after a long tail), "Jane Roe for Mayor" (no outlet's shape after "for").
"""

from __future__ import annotations

from newsclean.markers import PICTURE_ONLY_AGENCIES
from newsclean.text.captions import CLAUSE_AFTER_COMMA, StartGate, reports_speech, score_before_speech
from newsclean.text.patterns import (
    FREE_CREDIT,
    FREE_MAX_LINE_CHARS,
    FREE_SPLIT,
    FREE_TAIL_CHARS,
    NAME_FOR_ANY,
    NAME_FOR_OUTLET,
    NAME_SLASH_ANY,
    NAME_SLASH_OUTLET,
)

_PICTURE_ONLY = frozenset(name.casefold() for name in PICTURE_ONLY_AGENCIES)


def picture_only(credit: str) -> bool:
    """True for a credit that is a stock library's or a handout word alone ("ALAMY", "Handout"):
    unlike a news agency's bare name, it never signs a story's text.

    >>> picture_only("ALAMY"), picture_only("Reuters")
    (True, False)
    """
    return credit.casefold() in _PICTURE_ONLY


_MIN_CAPTION_WORDS = 3
_MAX_CAPTION_WORDS = 40
_MAX_CREDIT_WORDS = 10
# A tail ending in a full stop is a sentence unless it is this short ("Courtesy of Harbour Co.").
_MAX_STOPPED_WORDS = 4
_QUOTES = '"“”„«»'
_CUT = " \t-–—|·•,;:"


#: Texts whose start no free-form credit phrase can begin are not tried with ``FREE_CREDIT``.
_FREE_GATE = StartGate(FREE_CREDIT, whole=True)


def _free_credit(text: str) -> bool:
    return _FREE_GATE(text) and FREE_CREDIT.fullmatch(text) is not None


def _credit_of(tail: str, *, sentence: bool) -> str | None:
    """The credit ``tail`` (the line after a split) is, or None; ``sentence``: a sentence's end is before it."""
    tail = tail.rstrip()
    if tail.startswith("("):
        if not tail.endswith(")") or tail.count("(") != 1 or tail.count(")") != 1:
            return None
        credit = tail[1:-1].strip()
        shapes_ok = (
            _free_credit(credit)
            or NAME_FOR_ANY.fullmatch(credit) is not None
            or (sentence and NAME_SLASH_ANY.fullmatch(credit) is not None)
        )
        return credit if shapes_ok else None
    credit = tail
    if credit.endswith("."):
        stripped = credit.rstrip(".").rstrip()
        if len(stripped.split()) > _MAX_STOPPED_WORDS:
            return None
        if not _free_credit(credit):  # "z.V.g." keeps its dots
            credit = stripped
    if _free_credit(credit):
        return credit
    if sentence and (NAME_SLASH_OUTLET.fullmatch(credit) is not None or NAME_FOR_OUTLET.fullmatch(credit) is not None):
        return credit
    return None


def _plausible(credit: str) -> bool:
    """A credit, not a clause: at most ten words, no quotation, no clause after a comma, no speech."""
    return (
        len(credit.split()) <= _MAX_CREDIT_WORDS
        and not any(q in credit for q in _QUOTES)
        and CLAUSE_AFTER_COMMA.search(credit) is None
        and not reports_speech(credit)
    )


def free_credit_line(text: str) -> str | None:
    """The credit when the whole line is a free-form credit ("Courtesy of the Roe family", "(Bram Roe for
    Bloomberg)", "Foto ufficio stampa"), else None; a name and a slashed outlet is ``CREDIT_LINE``'s,
    and a name "for" an outlet only counts in brackets.

    >>> free_credit_line("(Bram Roe for The Machine Room)"), free_credit_line("Reader photo")
    ('Bram Roe for The Machine Room', 'Reader photo')
    >>> free_credit_line("Courtesy of the mayor, the bridge reopened.") is None
    True
    """
    if len(text) > FREE_TAIL_CHARS:
        return None
    text = text.strip()
    # Unbracketed, "Meal Prep for A Little More Obsessed" is as often a headline in title case.
    credit = _credit_of(text, sentence=text.startswith("("))
    return credit if credit is not None and _plausible(credit) else None


def free_credit_shape(text: str) -> tuple[str, str] | None:
    """(caption, credit) where ``text`` ends in a free-form credit's shape, the caption not checked."""
    if len(text) > FREE_MAX_LINE_CHARS:
        return None
    for m in FREE_SPLIT.finditer(text, max(0, len(text) - FREE_TAIL_CHARS)):
        credit = _credit_of(text[m.end() :], sentence=m.group("end") is not None)
        if credit is not None:
            return text[: m.start()].rstrip(_CUT), credit
    return None


def free_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when ``text`` is a caption ending in a free-form credit.

    >>> free_credit("Jim Roe leaves the courthouse on Wednesday. Kelly Roe/The Dunmore Sentinel")
    ('Jim Roe leaves the courthouse on Wednesday.', 'Kelly Roe/The Dunmore Sentinel')
    >>> free_credit("Ruth Roe at the counter of her shop in 2015. Courtesy of the Roe family")
    ('Ruth Roe at the counter of her shop in 2015.', 'Courtesy of the Roe family')
    >>> free_credit("The bridge was closed for months. Courtesy of the mayor, the bridge reopened.") is None
    True
    """
    found = free_credit_shape(text)
    if found is None:
        return None
    caption, credit = found
    n = len(caption.split())
    if not _MIN_CAPTION_WORDS <= n <= _MAX_CAPTION_WORDS or not _plausible(credit):
        return None
    # A name "for" an outlet in brackets closing the line is a credit as "(AP Photo/X)" is, whatever
    # the caption says ("... The company says ..."); an unbracketed credit needs a caption that
    # reports no speech. Neither follows a wire story's dateline.
    if score_before_speech(caption) < 0:
        return None
    bracketed = text.rstrip().endswith(")") and NAME_FOR_ANY.fullmatch(credit) is not None
    if not bracketed and reports_speech(caption):
        return None
    return caption, credit
