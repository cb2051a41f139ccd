"""Credits inside a caption line in shapes the shared ``CREDIT_TAIL`` misses (helpers of ``split_credits``).

Each shape is a convention of agencies or publishers, not of one page::

    "Ein Kran am Kai in Bremen © JANE ROE / AFP/Archiv"        a copyright sign after a space, no full stop
    "Der Kai in Bremen. Bildrechte: Hafen AG Fotograf: Jim Poe"  two labelled parts, each with its colon
    "Le quai de Brest au petit matin. LP/Jane Roe"              a publisher's initials, a slash, a name
    "Nowe molo w Gdyni. | Fot. materiały prasowe UM Gdynia"     an abbreviated label before lowercase words
    "Foto: Jane Roe Seit Montag ist der Kai gesperrt."          a label and a name first, then the caption
    "Le quai de Brest, le 3 mai 2026 - AFP/Archives - JANE ROE"  an agency, a dash, the photographer
    "Le quai de Brest au matin. | Photo Le Courrier – Jane Roe"  a label, the paper, a dash, the photographer
    "Ein Kran am Kai. (Archivbild) Jana Roe/dpa-Zentralbild/dpa"  a photographer and chained agencies
    "Le maire devant sa boutique. Photo RM/É.M."                 a photo word, the paper, the initials

and one repair: "Molo w Gdyni Fot. PAP/Jan Kowal", where the shared shape cuts the agency credit after
"Fot." and leaves the label on the caption, gets its label back (``label_left_behind``).

A body sentence never has these shapes: the credit part is names (capitalised words, initials,
slashes) or a label's words at the line's end, after a caption of three words or more.
"""

from __future__ import annotations

import regex

from newsclean.text.captions import is_source_line, reports_speech, score_before_speech
from newsclean.text.patterns import (
    ABBREVIATED_LABEL,
    AGENCY_ARCHIVE_TAIL,
    AGENCY_DASH_NAME,
    AGENCY_ONLY,
    BRACKET_CREDIT,
    BRACKET_CREDIT_INSIDE,
    CHROME_DISPATCH,
    HAN_REPORTER,
    INITIALS_NAME,
    LABEL_CHAIN,
    LABEL_NAME_FIRST,
    LEFT_LABEL,
    MID_COPYRIGHT,
    NAME_AGENCIES_TAIL,
    NAME_OUTLET,
    PHOTO_INITIALS,
    PHOTO_OUTLET_NAME,
    RIGHTS_TAIL,
    SHOUTED_PHOTO,
)

_MIN_CAPTION_WORDS = 3
_CREDIT_MAX_WORDS = 10

_SHAPES = (
    (MID_COPYRIGHT, "©"),
    (LABEL_CHAIN, ":"),
    (INITIALS_NAME, "/"),
    (ABBREVIATED_LABEL, "."),
    (AGENCY_DASH_NAME, " - "),
    (AGENCY_DASH_NAME, " – "),
    (AGENCY_ARCHIVE_TAIL, " - "),
    (AGENCY_ARCHIVE_TAIL, " – "),
    (PHOTO_OUTLET_NAME, "oto"),
    (PHOTO_OUTLET_NAME, "OTO"),
    (PHOTO_OUTLET_NAME, "eeld"),
    (NAME_AGENCIES_TAIL, "/"),
    (PHOTO_INITIALS, "oto"),
    (PHOTO_INITIALS, "OTO"),
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


# A caption signed with a rights notice is a sentence about a picture; a footer names a company or a year.
_FOOTER_WORDS = regex.compile(
    r"©|\b(?i:copyright|gmbh|ag|ltd|inc|llc|s\.?a|s\.?p\.?a|s\.?l|b\.?v|sp\.\ z\ o\.o|srl|sarl)\b|\b\d{4}\b"
)
# Chinese and Japanese captions have no spaces: two characters count as one word.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# A caption with a bracketed or a rights credit is one or two sentences, never a paragraph.
_SIGNED_CAPTION_MAX_WORDS = 40
# Each shape with the character (or word, lowered) its lines hold, tried in turn.
_SIGNED_SHAPES = (
    (NAME_OUTLET, "/"),
    (SHOUTED_PHOTO, "|"),
    (SHOUTED_PHOTO, "·"),
    (SHOUTED_PHOTO, "•"),
    (HAN_REPORTER, "者"),
    (HAN_REPORTER, "影"),
)
_RIGHTS_WORDS = ("reserv", "rvat", "vorbehalten", "voorbehouden", "zastrze", "réserv")


def _caption_words(caption: str) -> int:
    n = _words(caption)
    if n < _MIN_CAPTION_WORDS and _UNSPACED.search(caption) is not None:
        return max(n, len(caption) // 2)
    return n


def _signed(text: str, m: regex.Match[str]) -> tuple[str, str] | None:
    credit = m.group("credit").strip().rstrip(".").strip()
    caption = text[: m.start("credit")].rstrip(" \t-–—|·•,;:")
    if _words(credit) > _CREDIT_MAX_WORDS or _caption_words(caption) < _MIN_CAPTION_WORDS:
        return None
    return caption, credit


def _rights_tail(text: str) -> tuple[str, str] | None:
    m = RIGHTS_TAIL.search(text)
    found = None if m is None else _signed(text, m)
    if found is None or _FOOTER_WORDS.search(found[0]) is not None or _words(found[0]) < _MIN_CAPTION_WORDS + 1:
        return None
    return found


def _bracket_tail(text: str) -> tuple[str, str] | None:
    m = BRACKET_CREDIT.search(text)
    if m is None:
        return None
    inside = m.group("credit")[1:-1].strip()
    if BRACKET_CREDIT_INSIDE.fullmatch(inside) is None or is_source_line(inside):
        return None
    found = _signed(text, m)
    return None if found is None else (found[0], inside)


def signed_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) for a caption signed in a way ``more_tail_credit`` does not know.

    A rights notice ("... - RIPRODUZIONE RISERVATA"), a name and a newspaper's short name ("... / NLZ"),
    shouted archive credits ("... | ARCHIVES PHOTO OUEST ARMOR - JANE ROE"), a Chinese reporter's
    credit ("...。新华社记者 李明 摄"), a bracketed outlet and name, "(Supplied)" or a broadcaster's call
    sign ("... (KTRV)"). The caption is short and reports no speech: a paragraph signed so stays.

    >>> signed_caption("Un visitatore davanti alle tele in mostra - RIPRODUZIONE RISERVATA")
    ('Un visitatore davanti alle tele in mostra', 'RIPRODUZIONE RISERVATA')
    >>> signed_caption("Cattle at the yards near Dubbo. (Rural News: Jane Roe)")
    ('Cattle at the yards near Dubbo.', 'Rural News: Jane Roe')
    >>> signed_caption("Harbour Media GmbH - Alle Rechte vorbehalten") is None
    True
    """
    found = None
    if text.endswith(")") or text.endswith(") "):
        found = _bracket_tail(text)
    if found is None:
        folded = text[-40:].lower()
        if any(w in folded for w in _RIGHTS_WORDS):
            found = _rights_tail(text)
    for pattern, needle in _SIGNED_SHAPES:
        if found is not None:
            break
        if needle in text:
            m = pattern.search(text)
            found = None if m is None else _signed(text, m)
    if found is None or _words(found[0]) > _SIGNED_CAPTION_MAX_WORDS or reports_speech(found[0]):
        return None
    return found


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


# "... en Usera. INÉS BAZTERRA": the photographer's name in capitals after the caption's last sentence, as
# Spanish and Portuguese national papers sign their own pictures. Two to four words of capitals (a
# particle or two between them), at most this many characters after the sentence's end.
_SHOUTED_TAIL_CHARS = 60
_SHOUTED_WORD = regex.compile(r"\p{Lu}[\p{Lu}\p{M}'’-]{1,20}")
_SHOUTED_PARTICLES = frozenset({"DE", "DEL", "DA", "DO", "DOS", "DAS", "LA", "LE", "DI", "VAN", "VON", "Y", "E"})
_SHOUTED_MIN_WORDS, _SHOUTED_MAX_WORDS = 2, 4
_SHOUTED_CAPTION_MAX_WORDS = 40
# A name has a word of this many letters or more; "ONU", "OTAN" are acronyms.
_SHOUTED_LONGEST = 5


def _shouted_name(credit: str) -> bool:
    """Two to four words in capitals, particles between them, one of five letters or more, no agency or link."""
    words = credit.split()
    names = [w for w in words if w not in _SHOUTED_PARTICLES]
    if not _SHOUTED_MIN_WORDS <= len(names) <= _SHOUTED_MAX_WORDS or len(words) > _SHOUTED_MAX_WORDS + 2:
        return False
    if words[0] in _SHOUTED_PARTICLES or words[-1] in _SHOUTED_PARTICLES:
        return False
    if not all(_SHOUTED_WORD.fullmatch(w) for w in names) or max(map(len, names)) < _SHOUTED_LONGEST:
        return False  # "ONU Y OTAN": acronyms, not a name
    # "EUROPA PRESS" signs the text; "LEER MÁS" is a link
    return AGENCY_ONLY.fullmatch(credit) is None and CHROME_DISPATCH.first(credit) is None


def shouted_name_tail(text: str) -> tuple[str, str] | None:
    """(caption, credit) when ``text`` is a short caption ending in a name in capitals after its full stop.

    >>> shouted_name_tail("Lucía Roe, en la terraza de su piso, en Usera. INÉS ROEDANO")
    ('Lucía Roe, en la terraza de su piso, en Usera.', 'INÉS ROEDANO')
    >>> shouted_name_tail("El Gobierno aprobó el decreto el martes. EFE") is None
    True
    >>> shouted_name_tail("La cumbre terminó sin acuerdo. ONU Y OTAN") is None
    True
    """
    start = max(0, len(text) - _SHOUTED_TAIL_CHARS)
    cut = max(text.rfind(". ", start), text.rfind("! ", start), text.rfind("? ", start))
    if cut < 0:
        return None
    credit, caption = text[cut + 2 :].strip(), text[: cut + 1]
    # "... under $50 on A... SEE FULL GALLERY": after a cut-off link's ellipsis the capitals are a button.
    if caption.endswith("..") or not _shouted_name(credit):
        return None
    n = len(caption.split())
    if not _MIN_CAPTION_WORDS <= n <= _SHOUTED_CAPTION_MAX_WORDS or reports_speech(caption):
        return None
    return (caption, credit) if score_before_speech(caption) >= 0 else None
