"""split_credits: photo credits, alone on a line or glued to a caption.

Catches credit lines in agency and publisher styles::

    "EPA-EFE/PHILIPP GUELLAND"          "(AP Photo/Evan Vucci)"          "REUTERS/Kevin Lamarque"
    "John Thys/AFP via Getty Images"    "Photo: Meg Kinnard, AP"         "Photograph: Tim Robberts/Getty Images"
    "Image copyright Getty Images"      "© Reuters"                      "picture alliance/dpa | Jan Woitas"
    "Foto: dpa"                         "(Image credit: NASA)"           "Getty Images"

and cuts credits off the end (or start) of caption lines::

    "Firefighters battle the blaze in Paradise, Calif. (AP Photo/Noah Berger)"
        -> caption "Firefighters battle the blaze in Paradise, Calif.", credit "AP Photo/Noah Berger"
    "The hunter skinned a marmot near the borderCredit: Getty"      (label glued on by the scrape)
    "Troops at a base near Kabul [File: Reuters]"    "Le maire sur le quai. PHOTO AFP"
    "Jane Roe Submitted photo"    "Helfer räumen Trümmer weg · Foto: Jan Woitas/dpa"
    "... 2026. REUTERS/Jane Roe/File Photo"    "... am Montag. APA/EXPA/JANE ROE"    "Obrady Senatu. Fot. PAP/Jan Kowal"
    "... en el Congreso. - Ana Ruiz - Europa Press"    "Illustration. - BELGA PHOTO JANE ROE"    "…＝28日午前（共同）"
    "© Jane Roe Detainees wait at a detention centre ..."          (credit first)

A label followed by prose ("Image: Jane Doe, left, has replaced the coach ...") is a caption, not a
credit: credits are names, captions are mostly lowercase words.

Body sentences that cite an agency as a source ("Reuters reported that ...", "told AFP") do not have
a credit's shape and stay. A bare agency name at the end of a line ("... on Tuesday. Reuters") is
only cut when the rest reads like a caption, so wire sign-offs at the end of an article stay put; so
does a bracketed agency with a full stop after it ("... da 2 miliardi. (ANSA)."), or closing the
story's last paragraph ("... leurs prévisions. (Belga)"), and an agency's end-of-story mark
("Lusa/Fim") is not a credit line. Archive credits ("... | ARCHIVES OUEST-FRANCE", "... - Jesús Roe -
Europa Press - Archivo") and abbreviated labels ("fot. Jan Nowak / Polska Press") are credits.
Regional and publisher shapes the shared pattern misses ("... in Belgien © JANE ROE / AFP/Archiv",
"... Bildrechte: Hafen AG Fotograf: Jim Poe", "... au matin. LP/Jane Roe", "... | Fot. materiały prasowe
UM Gdynia", "Foto: Jane Roe Seit Montag ...") are in ``credit_shapes``; free-form credits that name no
agency and carry no label ("... on Wednesday. Kelly Roe/The Dunmore Sentinel", "... in 2015. Courtesy of
the Roe family", "... sabato mattina. Foto lettore") are in ``credit_freeform``, behind a gate of their own.
Agency names and credit words are data in ``newsclean.markers``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress
from operator import itemgetter, or_

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.text.captions import caption_score, dashed_phrase, signed_sentence
from newsclean.text.credit_freeform import free_credit, free_credit_line, picture_only
from newsclean.text.credit_gates import (
    credit_candidates,
    free_candidates,
    may_be_credit_line,
    may_be_glued,
    may_end_in_credit,
)
from newsclean.text.credit_shapes import (
    credit_first,
    label_left_behind,
    more_tail_credit,
    shouted_name_tail,
    signed_caption,
)
from newsclean.text.patterns import (
    AGENCY_ONLY,
    ARCHIVE_CREDIT_LINE,
    CAPTION_PREFIX,
    CREDIT_BRACKETED,
    CREDIT_GLUED,
    CREDIT_HEAD,
    CREDIT_LABEL,
    CREDIT_LINE,
    CREDIT_TAIL,
    CREDIT_TAIL_REVERSED,
    MAX_MARKER_CHARS,
    MID_PHOTO_LABEL,
    NAME_COMMA_AGENCY,
    NAME_SLASH_AGENCIES,
    NAME_SLASH_HANDOUT,
    PHOTO_WORD_AGENCY,
    PHOTO_WORD_NAME,
    PICTURE_NOTE_END,
    TAIL_CHARS,
    WIRE_END,
)

# A line ends in a credit or not: reversed, the pattern is tried once, anchored at the line's end where
# CREDIT_TAIL's "$" is, instead of at every start position of the tail, so lines without one (nearly
# all) are rejected in two thirds of the time. Whether a match exists does not depend on the direction (the
# pattern has no atomic groups), and the forward search still picks the match, so results are the same.
_ENDS_IN_CREDIT = CREDIT_TAIL_REVERSED


def _ends_in_credit(text: str, start: int) -> bool:
    if not may_end_in_credit(text, start):  # nearly every line, for a few string scans
        return False
    if text.endswith("\n"):  # "$" also matches before a final line break: try every end
        return _ENDS_IN_CREDIT.search(text, start) is not None
    return _ENDS_IN_CREDIT.match(text, start) is not None


_CREDIT_MAX_WORDS = 16
# A caption's opening label ("Auf dem Foto:", "Pictured:") ends within this many characters.
_OPENING_CHARS = 40
_MIN_CAPTION_WORDS = 3
_MIN_NAMED_WORDS = 2
# "Image: <six or more words of prose>" is a caption with a label, not a credit.
_LABELLED_CAPTION_WORDS = 6
_LABELLED_CAPTION_MAX_WORDS = 60
_BRACKETS = " \t()[]（）"
# Scripts written without spaces between words: "強風で揺れる街路樹＝27日午前（共同）" is one "word" by split().
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
_UNSPACED_CHARS_PER_WORD = 2


def _caption_words(caption: str) -> int:
    """Words of a caption, two characters counting as one in scripts without spaces (Chinese, Japanese)."""
    n = len(caption.split())
    if n < _MIN_CAPTION_WORDS and _UNSPACED.search(caption) is not None:
        return max(n, len(caption) // _UNSPACED_CHARS_PER_WORD)
    return n


def credit_text(text: str) -> str:
    """A credit without its surrounding brackets and final full stop: "(AP Photo/X)." -> "AP Photo/X".

    A bracket the credit opens itself keeps its closing one: "Bild: Jane Roe (Keystone)".
    """
    text = text.strip().rstrip(".")
    if text[:3] == "(c)":  # the copyright sign spelled out: "(c) Agencia EFE" keeps it, as "© Jane Roe" does
        return "(c) " + credit_text(text[3:])
    text = text.strip(_BRACKETS)
    for opening, closing in ("()", "[]", "（）"):
        if text.count(opening) > text.count(closing):
            text += closing
    return text


def is_credit_line(line: Line) -> bool:
    if line.n_words > _CREDIT_MAX_WORDS or len(line.text) > MAX_MARKER_CHARS:
        return False
    candidate = credit_text(line.text)
    if not candidate or labelled_caption(candidate):
        return False
    # The gates are necessary conditions (tests/test_speed_gates.py): a str scan instead of a regex call.
    if may_be_credit_line(candidate) and CREDIT_LINE.fullmatch(candidate) is not None:
        # "Lusa/Fim" closes the wire copy; "Posiedzenie Sejmu. Fot. PAP/X" is a caption with its credit
        # (capitalised words pass for a name, so the whole line has a slashed credit's shape too).
        if "/" not in candidate:
            return True
        return WIRE_END.fullmatch(candidate) is None and MID_PHOTO_LABEL.search(candidate) is None
    # "Archivo - Europa Press", "Jane Roe - Lusa - Arquivo": an agency and its archive word or
    # photographer, joined by spaced dashes.
    if _SPACED_DASHES.search(candidate) is not None and ARCHIVE_CREDIT_LINE.fullmatch(candidate) is not None:
        return True
    bracketed = line.text.startswith("(") and CREDIT_BRACKETED.fullmatch(line.text) is not None
    return bracketed or _credit_line_more(candidate)


# "Photo Julien Vasseur": a photo word, then a name of two or three words.
_PHOTO_WORDS = ("photo ", "foto ", "beeld ")


def _credit_line_more(candidate: str) -> bool:
    """The credit lines ``CREDIT_LINE`` lacks: "Photo Julien Vasseur", "Photo AFP" (a photo word and a name
    or an agency, no colon), "Fot. Urząd Miasta / materiały prasowe" (a handout word after a slash),
    "Jana Roe/dpa-Zentralbild/dpa" (agencies in lower case after the name). Each pattern is tried only
    where its literal is."""
    if "/" in candidate or "|" in candidate:
        if NAME_SLASH_AGENCIES.fullmatch(candidate) is not None:
            return True
        return "/" in candidate and NAME_SLASH_HANDOUT.fullmatch(candidate) is not None
    return candidate[:6].casefold().startswith(_PHOTO_WORDS) and (
        PHOTO_WORD_NAME.fullmatch(candidate) is not None or PHOTO_WORD_AGENCY.fullmatch(candidate) is not None
    )


_SPACED_DASHES = regex.compile(r" [-–—] ")


def labelled_caption(text: str) -> bool:
    """True for "Image: Jose Mourinho, left, has replaced ..." — a label, then a sentence, not a name.

    Credits are names (mostly capitalised words, slashes); a caption is prose (mostly lowercase).
    """
    m = CREDIT_LABEL.match(text) if ":" in text or "：" in text else None  # the label ends in a colon
    if m is None:
        return False
    words = text[m.end() :].split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= _LABELLED_CAPTION_WORDS and lower * 3 >= len(words)


def _in_opening(text: str, at: int) -> bool:
    """True when ``at`` lies in a caption's opening label: "Auf dem Foto: Die Bürgermeisterin ..." has no credit."""
    if at >= _OPENING_CHARS:
        return False
    opening = CAPTION_PREFIX.match(text)
    return opening is not None and at < opening.end()


def _tail_credit(
    text: str, *, last: bool = False, lead: bool = False, inside: bool = False
) -> tuple[str, str, bool] | None:
    """(caption, credit, weak) when ``text`` ends in a photo credit; weak credits need caption cues.

    ``last``: the line is the story's last body line; ``lead``: it is the first line under the byline
    block (``lead_slot``); ``inside``: paragraphs stand before and after it (``between_paragraphs``).
    """
    start = max(0, len(text) - TAIL_CHARS)
    tail = CREDIT_TAIL.search(text, start) if _ends_in_credit(text, start) else None
    m = tail or (CREDIT_GLUED.search(text, start) if may_be_glued(text, start) else None)
    if m is None or _in_opening(text, m.start("credit")):
        return None
    raw = m.group("credit")
    credit = credit_text(raw)
    caption = text[: m.start("credit")].rstrip(" \t-–—|·•,;:")
    if not credit:
        return None
    # A bare agency name ("... on Tuesday. Reuters") may be a wire sign-off; in brackets it is a
    # picture credit unless the line reports speech.
    bracketed = raw.lstrip()[:1] in "([（"
    agency_only = AGENCY_ONLY.fullmatch(credit) is not None
    # "... da 2 miliardi. (ANSA)." - the agency's name closing a sentence with a full stop after the
    # bracket is how wire copy signs off a paragraph; a picture credit ends the line ("... (AP)").
    # Japanese and Chinese wire copy signs off after the sentence's "。" ("…と述べた。（共同）"); a
    # caption has no "。" ("…街路樹＝27日午前（共同）").
    # And a bare agency in brackets after the full stop of the story's last paragraph ("... leurs
    # prévisions. (Belga)") signs the story off: nothing of the article comes after it.
    if bracketed and agency_only:
        after = text[m.end("credit") :].strip()
        if after.startswith(".") or caption.endswith("。") or (last and not after and caption.endswith(".")):
            return None
    # "Jane Roe, dpa" is a credit where a picture is, and a byline's sign-off elsewhere.
    name_agency = not bracketed and "," in credit and NAME_COMMA_AGENCY.fullmatch(credit) is not None
    # A stock library or a handout word signs pictures only: "... will remain open. ALAMY" is a credit.
    library = agency_only and picture_only(credit)
    weak = (agency_only and not library) or name_agency or (bracketed and "/" in credit and ":" not in credit)
    # A strong credit may caption a bare name ("Jane Doe Submitted photo"); a weak one needs more.
    # A one-word caption that ends like a sentence ("Illustration. - BELGA PHOTO JANE ROE") is whole.
    min_words = _MIN_CAPTION_WORDS if weak else (1 if caption.endswith(".") else _MIN_NAMED_WORDS)
    if _caption_words(caption) < min_words:
        return None
    # A bare agency name after one short sentence between two paragraphs ("Vecinos observan la crecida
    # del río. EFE") signs a picture: a wire story signs off once, after its last paragraph. Right after
    # the full stop or after a bar, not a dash: "... - Keystone" after prose signs the text off.
    # After a dash, the caption is a phrase with no sentence's end ("Vista del puerto de Vigo - EFE").
    gap = text[len(caption) : m.start("credit")].strip()
    signed = (
        inside
        and (agency_only or name_agency)
        and not bracketed
        and ((gap in _SIGNING_GAPS and signed_sentence(caption)) or (gap in _DASH_GAPS and dashed_phrase(caption)))
    )
    if (
        weak
        and not signed
        and caption_score(caption) < _weak_need(caption, credit, bracketed=bracketed, lead=lead)
    ):
        return None
    return caption, credit, weak


# What may stand between a caption and its bare agency credit: nothing, or a bar or dot (not a dash).
_SIGNING_GAPS = ("", "|", "·", "•")
_DASH_GAPS = ("-", "–", "—")


# A wire lede scores far below this (``captions.caption_score``); a caption reporting speech scores -1.
_LEAD_MIN_SCORE = -1


def _weak_need(caption: str, credit: str, *, bracketed: bool, lead: bool) -> int:
    """Caption score a weak credit needs.

    Under the byline block a photographer and agency in brackets ("(Jane Roe/PA)") sign the lead
    picture, whatever its caption says. An agency after a dash ("... (Archivbild) - keystone") signs a
    picture when the caption ends in a bracketed note about it; a wire sign-off follows prose.
    """
    if lead and bracketed and "/" in credit:
        return _LEAD_MIN_SCORE
    if bracketed:
        return 0
    if caption.endswith(")") and (note := PICTURE_NOTE_END.search(caption)) is not None and note.end() == len(caption):
        return 1
    return 2


# A paragraph around a signed caption: a finished sentence of some length, not page chrome.
_PARAGRAPH_MIN_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "»", ")")


def between_paragraphs(body: list[Line], i: int) -> bool:
    """True when body lines ``i - 1`` and ``i + 1`` are paragraphs; the first body line may be the headline."""
    if i < 2 or i + 1 >= len(body):
        return False
    around = (body[i - 1], body[i + 1])
    return all(p.n_words >= _PARAGRAPH_MIN_WORDS and p.text.rstrip().endswith(_SENTENCE_ENDS) for p in around)


def lead_slot(doc: Document) -> set[int]:
    """Ids of the lines right under a byline block (bylines, timestamps, share buttons, all removed).

    The lead picture's caption sits there on many pages: "By Jane Roe" / "Friday 9:12 GMT" / "Share" /
    "<caption> (Jane Roe/PA)" / "<lede>".
    """
    slot: set[int] = set()
    byline = False
    for line in doc.lines:
        if line.role is Role.REMOVED:
            byline = byline or line.kind == "byline"
            continue
        if byline:
            slot.add(id(line))
        byline = False
    return slot


# Lines are scanned in chunks of about this many characters: the joined, reversed and lowered copies
# of a chunk stay small, so memory does not grow with the text (flags are per line either way).
_SCAN_CHUNK_CHARS = 1 << 18


def may_act(texts: list[str]) -> list[bool]:
    """Per line, False only when no rule below can fire on it (``credit_gates.credit_candidates``).

    The marks are found in the lines joined, chunk by chunk; most articles are one chunk.
    """
    return _in_chunks(credit_candidates, texts)


def may_be_free(texts: list[str]) -> list[bool]:
    """Per line, False only when ``credit_freeform.free_credit`` finds nothing (``credit_gates.free_candidates``)."""
    return _in_chunks(free_candidates, texts)


def _in_chunks(scan: Callable[[list[str]], list[bool]], texts: list[str]) -> list[bool]:
    if sum(map(len, texts)) + len(texts) < _SCAN_CHUNK_CHARS:
        return scan(texts)
    flags: list[bool] = []
    start, size = 0, 0
    for end, text in enumerate(texts, 1):
        size += len(text) + 1
        if size >= _SCAN_CHUNK_CHARS:
            flags += scan(texts[start:end])
            start, size = end, 0
    if start < len(texts):
        flags += scan(texts[start:])
    return flags


def _free_credit_alone(doc: Document, line: Line, body: list[Line], config: CleanConfig) -> None:
    """What the loop below does to a line only ``may_be_free`` marks: the free-form rules alone.

    A free-form credit alone on a line is one above the story's last line: there "Met dank aan ..."
    or "Courtesy of ..." may thank someone for the text.
    """
    if free_credit_line(line.text) is not None and line is not body[-1]:
        doc.mark_credit(line, "a free-form photo credit alone on its line")
    elif line.n_words <= config.caption_max_words and len(line.text) <= config.max_line_chars:
        found = free_credit(line.text)
        if found is not None:
            doc.split_credit(line, found[0], found[1], "caption ending in a photo credit")


# The last character of a line: a capital there is the cheap test for ``shouted_name_tail``.
_LAST_CHAR = itemgetter(slice(-1, None))


def _shouted_names(doc: Document, body: list[Line], texts: list[str], config: CleanConfig) -> None:
    """A caption signed with the photographer's name in capitals ("... en Usera. INÉS ROE"). No scan of
    ``may_act`` marks such a line; only the lines ending in a capital letter are tried."""
    for i in compress(range(len(texts)), map(str.isupper, map(_LAST_CHAR, texts))):
        line = body[i]
        if line.role is not Role.BODY or line.n_words > config.caption_max_words:
            continue
        found = shouted_name_tail(line.text)
        if found is not None:
            doc.split_credit(line, found[0], found[1], "caption ending in the photographer's name in capitals")


@cleaner("split_credits", writes=("credits", "captions"))
def split_credits(doc: Document, config: CleanConfig) -> None:
    """Move photo-credit lines to ``credits``; cut credits off caption lines and link them."""
    max_words = config.caption_max_words
    body = list(doc.body())  # each rule changes only the line it looks at, so the list stays true
    # The lines under a byline block: only asked for on a few lines, so found on the first such line.
    # The loop below makes no line REMOVED, so the slot is what it was before the loop.
    leads: set[int] | None = None
    texts = [line.text for line in body]
    # The few lines a rule may act on, and those where only the free-form credit may be found; the
    # other lines (nearly all) are skipped at C speed.
    acting, free_ones = may_act(texts), may_be_free(texts)
    # What the patterns said about a text, for the copies of a line the page repeats (a gallery's
    # "Фото:" under every picture): each answer depends on the text (and the flags in the key) only.
    credit_lines: dict[str, bool] = {}
    tails: dict[tuple[str, bool, bool, bool, bool], tuple[str, str] | tuple[str, str, bool] | None] = {}
    for i in compress(range(len(body)), map(or_, acting, free_ones)):
        line, free = body[i], free_ones[i]
        if not acting[i]:  # no other rule can fire on the line
            _free_credit_alone(doc, line, body, config)
            continue
        alone = credit_lines.get(line.text)
        if alone is None:
            alone = credit_lines[line.text] = is_credit_line(line)
        if alone:
            doc.mark_credit(line, "has the shape of a photo credit")
            continue
        if free and free_credit_line(line.text) is not None and line is not body[-1]:
            doc.mark_credit(line, "a free-form photo credit alone on its line")
            continue
        if line.n_words > max_words or len(line.text) > config.max_line_chars:
            continue
        text = line.text
        if line.n_words <= _LABELLED_CAPTION_MAX_WORDS and labelled_caption(text):
            first = credit_first(text)  # "Foto: Jane Roe Seit Montag ...": the label and a name, then prose
            if first is not None:
                doc.split_credit(line, first[0], first[1], "caption starting with a labelled credit")
                continue
            # "Grafik: So haben sich die Preise entwickelt. Quelle: BDEW": a label over a chart's
            # description, and the chart's credit at its end.
            tail = _tail_credit(text)
            if tail is not None:
                doc.split_credit(line, tail[0], tail[1], "caption ending in a photo credit")
            else:
                doc.mark_caption(line, "a picture label followed by a description")
            continue
        if leads is None:
            leads = lead_slot(doc)
        lead = id(line) in leads
        inside = between_paragraphs(body, i)
        last = line is body[-1]
        key = (text, last, lead, inside, free)
        if key in tails:
            found = tails[key]
        else:
            found = tails[key] = (
                _tail_credit(text, last=last, lead=lead, inside=inside)
                or more_tail_credit(text)
                or signed_caption(text)
                or (free_credit(text) if free else None)
            )
        if found is not None:
            caption, credit = label_left_behind(found[0], found[1])
            doc.split_credit(line, caption, credit, "caption ending in a photo credit")
            continue
        m = CREDIT_HEAD.match(text) if "/" in text or "©" in text else None  # "agency/Name" or "© Name"
        if m is not None and caption_score(text[m.end() :]) >= 0:
            doc.split_credit(
                line, text[m.end() :].strip(), credit_text(m.group("credit")), "caption starting with a photo credit"
            )
    _shouted_names(doc, body, texts, config)
