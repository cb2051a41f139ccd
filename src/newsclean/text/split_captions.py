"""split_captions: image captions inside the text, linked to their photo credits.

Catches:

* the line next to a photo credit when it reads like a caption (who or what is shown, where and
  when, present tense, no reported speech)::

      "EPA-EFE/PHILIPP GUELLAND"
      "Visitors are reflected in a mirror ... in Munich, southern Germany, 16 October 2017 (reissued ...)"
          -> caption, credit "EPA-EFE/PHILIPP GUELLAND"

* lines carrying a caption label, with or without a credit nearby; the label itself is dropped::

      "Image caption Rescue teams worked through the night"   "FILE PHOTO: A man walks past ..."
      "Bildunterschrift: Helfer räumen Trümmer"

* a short sentence under a credit in mid-story, where the page prints the credit over the picture
  and the caption under it (``_caption_below``)::

      "<a paragraph>"   "IMAGO/Jane Roe"   "Der Torwart war lange der beste Mann auf dem Platz."   "<a paragraph>"

* a "Name, role" phrase above a credit, full stop or not::

      "Jane Doe, the harbour authority's chief engineer"   "(Jim Poe / Associated Press)"

* a clip title and its one-sentence blurb straight under a video or gallery placeholder::

      "Video abspielen"   "Neue Kräne für den Hafen"   "Die ersten Kräne wurden am Montag entladen."

* a picture description (a cue other than a date) right above the byline: the lead image's caption::

      "The harbour choir performs at the opening of the new quay."   "By Jane Roe"

* any line beside a credit in the lead-image slot (between the byline and the story, or right above
  the byline), headline-shaped or reporting speech::

      "Published 9:12 PM Nov 19"   "Harbour Rovers striker Jim Roe"   "Jane Doe, Associated Press"

* where the page shows pictures without a cue word: a line printed three times or more between
  paragraphs (a photo set's shared caption, also with names added), a blurb printed under two copies
  of such a title, a work's title alone in quotes printed twice (stills), the slot beside a gallery's
  photo count when the other slots hold captions::

      "Harbour Festival 2024 [Opening night]" ... "Harbour Festival 2024 [Opening night]" ...
      "“Harbour Lights”" ... "“Harbour Lights”"       "caption"  "6"  "captionCredit: X"  "6"

* a clip's description after a "Video:" label, and a credit label cut from its name by the page::

      "Video: In this talk the harbour master explains ..."    "Фото"  "@harbour_model"

A body paragraph next to a credit stays in the body when it reports speech or has no caption cue (a
line of two sentences and 20 words or more needs a cue), and so does the paragraph beside a source
line ("Źródło: PAP", "Quelle: dpa") or beside a credit inside the byline block. A line
that is already a caption (its credit was cut off it by ``split_credits``) keeps its credit.
Repeated lines inside lists (menus, the same question to each interviewee) or tickers stay too.
"""

from __future__ import annotations

from itertools import islice
from operator import attrgetter

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import QUESTION_OPENERS
from newsclean.text import caption_layouts
from newsclean.text.caption_layouts import LineIndex
from newsclean.text.captions import (
    CLIP_PLACEHOLDER,
    NAME_APPOSITION,
    StartGate,
    is_source_line,
    score_before_speech,
    shows_a_picture,
    signed_sentence,
    speech_penalty,
)
from newsclean.text.credit_freeform import picture_only
from newsclean.text.patterns import AGENCY_ONLY, CAPTION_LABEL, CAPTION_PREFIX, MEDIA_LINE, SPEECH_CUE

# Captions are sentences about a picture; beyond this many words a line is a paragraph.
_ADJACENT_MIN_SCORE = 1
_BEFORE_MIN_SCORE = 0
_BEFORE_MAX_WORDS = 45
# Below a media placeholder: a clip title and its blurb; a longer line is the article resuming.
_MEDIA_MAX_WORDS = 40
# A longer blurb is still one when it is a single sentence (a show's teaser run together with ";").
_MEDIA_ONE_SENTENCE_MAX_WORDS = 60
_CLIP_TITLE_MAX_WORDS = 20
_PLACEHOLDER_MAX_WORDS = 8
_QUOTES = "\"'“”„«»‘’‚"
_KNOWN_CAPTION = 3
# A page layout is inferred from this many credits or more.
_LAYOUT_MIN_CREDITS = 2
_BODY, _CREDIT = Role.BODY, Role.CREDIT  # globals: 5x faster than Role.BODY on Python 3.11
_KIND, _ENDS, _ROLE = attrgetter("kind"), attrgetter("ends_sentence"), attrgetter("role")
#: Lines whose start no caption label can begin are not tried with ``CAPTION_PREFIX``.
_LABEL_GATE = StartGate(CAPTION_PREFIX)
# Most words a clip title and its blurb may have, whichever limit applies.
_MEDIA_ANY_MAX_WORDS = max(_MEDIA_MAX_WORDS, _MEDIA_ONE_SENTENCE_MAX_WORDS)


class _Scores:
    """``captions.caption_score`` of the texts asked about in one run (a line between two credits is asked twice)."""

    __slots__ = ("_before", "_full")

    def __init__(self) -> None:
        self._before: dict[str, int] = {}
        self._full: dict[str, int] = {}

    def reaching(self, text: str, need: int) -> int | None:
        """``caption_score(text)`` if it is at least ``need``, else None.

        The speech penalty only lowers the score (by one), so when the score before it is below
        ``need`` the speech patterns are not run.
        """
        score = self._full.get(text)
        if score is None:
            before = self._before.get(text)
            if before is None:
                before = self._before[text] = score_before_speech(text)
            if before < need:
                return None
            score = self._full[text] = before - speech_penalty(text)
        return score if score >= need else None


def _repeated_captions(doc: Document, index: LineIndex) -> None:
    """Galleries print each caption again (slide view, thumbnail strip): copies are captions too."""
    if not index.printed(2):  # a copy and its caption are two lines with one text
        return
    known: dict[str, str | None] = {}
    for line in doc.with_role(Role.CAPTION):
        known.setdefault(line.text, line.credit)
    if not known:
        return
    for line in doc.body():
        if line.text in known:
            doc.mark_caption(line, "repeats a caption found elsewhere on the page", credit=known[line.text])


def _need_before(line: Line) -> int:
    """Score a line before a credit needs: 0 for a finished sentence or a "Name, role" phrase.

    Other phrases need a cue: a headline-shaped line ("Budget passes after long session") above a
    credit is as often a subheading over a picture that has no caption.
    """
    if line.n_words > _BEFORE_MAX_WORDS or line.text.startswith("(") or _reads_as_paragraph(line):
        return _ADJACENT_MIN_SCORE
    if line.ends_sentence or NAME_APPOSITION.match(line.text) is not None:
        return _BEFORE_MIN_SCORE
    return _ADJACENT_MIN_SCORE


# A finished line of two sentences or more and this many words reads as a paragraph of the story.
_PARAGRAPH_MIN_WORDS = 20


def _reads_as_paragraph(line: Line) -> bool:
    """Two sentences or more, 20 words or more, a full stop at the end: the story's paragraph.

    Above a credit such a line is the caption only with a cue: "Danach drängte Rothenfeld auf den
    Sieg. Der Torwart parierte zweimal stark, ehe ..." is the paragraph before a picture. A line
    that ends on "!" or "?" ("Need more room? Get our magazine for the latest news!") is a promo's
    or a caption's call, not narration.
    """
    return (
        line.n_words >= _PARAGRAPH_MIN_WORDS
        and line.text.rstrip(_QUOTES).endswith(".")
        and _sentences(line.text) >= 2
    )


Side = tuple[Line, int] | None  # a neighbour that qualifies as the caption, and its score


def _qualified(cand: Line | None, need: int, scores: _Scores) -> Side:
    if cand is None:
        return None
    # A line already known to be a caption (by its label) only waits for its credit.
    if cand.role is Role.CAPTION:
        return (cand, _KNOWN_CAPTION) if need <= _KNOWN_CAPTION else None
    score = scores.reaching(cand.text, need)
    return None if score is None else (cand, score)


def _is_byline(line: Line) -> bool:
    return line.role is Role.REMOVED and line.kind == "byline"


def _lead_slot(doc: Document, pos: int) -> str | None:
    """Where the byline is when the credit at ``pos`` and the line before it sit in the lead-image slot.

    "below": caption, credit, then the byline; "above": byline (or timestamp), caption, credit. None
    when the pair is not next to a byline.
    """
    lines = doc.lines
    start = pos - 1
    while start >= 0 and lines[start].role is Role.REMOVED:
        start -= 1
    if start < 1:  # no caption candidate, or nothing above it that could be the headline
        return None
    if pos + 1 < len(lines) and _is_byline(lines[pos + 1]):
        return "below"
    return "above" if _byline_block_ends_at(lines, start - 1) else None


# Share buttons, reading time and the like between the byline and the lead picture: at most this many.
_BYLINE_BLOCK_MAX_LINES = 8


def _byline_block_ends_at(lines: list[Line], pos: int) -> bool:
    """A byline block (a byline or timestamp, with share buttons and other removed chrome around it)
    ends at ``pos``: "Von Jane Roe" / "Lesezeit: 3 min" / "Teilen" / "Merken" above the lead picture."""
    for i in range(pos, max(pos - _BYLINE_BLOCK_MAX_LINES, -1), -1):
        if lines[i].role is not Role.REMOVED:
            return False
        if lines[i].kind == "byline":
            return True
    return False


def _need_lead(line: Line, doc: Document, byline: str) -> int:
    """Score a line in the lead-image slot needs.

    Above a byline the page shows one picture: the line beside its credit is its caption whatever its
    shape, even reporting speech ("The minister said ..."). Under the byline a headline-shaped line
    ("Eastern Harbour quarterback Jim Roe") is the caption too, but a finished sentence there may be
    the lede, which needs the usual evidence. A quote or the headline itself never qualifies.
    """
    if line.text[:1] in _QUOTES or line.text.startswith("(") or line.n_words > _BEFORE_MAX_WORDS:
        return _KNOWN_CAPTION + 1
    if doc.given_title is not None and line.text == doc.given_title:
        return _KNOWN_CAPTION + 1
    if byline == "above" and line.ends_sentence:
        return _need_before(line)
    return -_KNOWN_CAPTION


def _sides(
    doc: Document, pos: int, credit: Line, config: CleanConfig, scores: _Scores
) -> tuple[Line, Side, Side]:
    """The credit, and its neighbours before and after that could be its caption."""
    before, after = doc.neighbours(pos)
    b, a = _candidate(before, config), _candidate(after, config)
    # A bare agency line ("Associated Press") is as often a wire byline, and a source line ("Źródło:
    # PAP", "Quelle: dpa") names where the text came from: either needs a real cue. A stock library
    # ("ALAMY") or a handout word signs pictures only.
    bare = _ARCHIVE_WORD_AROUND.sub("", credit.text.strip()).strip(" ()[]")
    if is_source_line(credit.text):
        return credit, _qualified(b, _ADJACENT_MIN_SCORE, scores), _qualified(a, _ADJACENT_MIN_SCORE, scores)
    if AGENCY_ONLY.fullmatch(bare) is not None and not picture_only(bare):
        side_b = _qualified(b, _ADJACENT_MIN_SCORE, scores)
        if side_b is None and b is not None and _signed_in_story(doc, pos, b):
            side_b = (b, _BEFORE_MIN_SCORE)
        return credit, side_b, _qualified(a, _ADJACENT_MIN_SCORE, scores)
    if _in_byline_block(doc.lines, pos):
        return credit, None, None
    byline = _lead_slot(doc, pos) if b is not None else None
    if b is not None and byline is not None:
        return credit, _qualified(b, _need_lead(b, doc, byline), scores), _qualified(a, _ADJACENT_MIN_SCORE, scores)
    side_b = _qualified(b, _need_before(b) if b else 0, scores)
    if side_b is None and b is not None and _phrase_between_paragraphs(doc, pos, b):
        side_b = _qualified(b, _BEFORE_MIN_SCORE, scores)
    side_a = _qualified(a, _ADJACENT_MIN_SCORE, scores)
    if side_a is None and side_b is None and a is not None and _caption_below(doc, pos, a, scores):
        side_a = (a, 0)
    return credit, side_b, side_a


# "Archivo - Europa Press" is a bare agency too: the archive word tells where the picture was kept; and so
# is "© Agence France-Presse", which as often closes a wire story as it signs a picture.
_ARCHIVE_WORD_AROUND = regex.compile(
    r"^(?i:archivo|archives?|archiv|archivio|arquivo|archief)\s[-–—]\s|\s[-–—]\s(?i:archivo|archives?|archiv|archivio|arquivo|archief)$"
    r"|^(?:©|\((?i:c)\))\s?"
)


# A caption printed as a phrase: this many words at least, so a subheading ("Was sich ändert") is none.
_PHRASE_MIN_WORDS = 7


def _phrase_between_paragraphs(doc: Document, pos: int, before: Line) -> bool:
    """A phrase without a full stop over a credit, between two paragraphs of the story, is the caption.

    ``"<a paragraph>"`` / ``"Aufräumarbeiten an der Landesstraße im hinteren Pitztal"`` / ``"APA/ZOOM.TIROL"``
    / ``"<a paragraph>"``: agencies and regional papers print captions as phrases. A subheading stands
    over a paragraph, not over a credit, and is short or a question; the phrase must have seven words or
    more, one in lower case, no comma or figure, not open as a question does, and end in a letter (no
    "?", ":" or quote), and the four lines must follow each other with nothing removed between them but
    the picture's placeholder over the phrase.
    """
    if before.role is not _BODY or before.ends_sentence or before.n_words < _PHRASE_MIN_WORDS:
        return False
    text = before.text
    if not text[-1:].isalpha() or text[:1] in _QUOTES or not any(w.islower() for w in before.words):
        return False
    # Commas and figures ("Budget passes, harbour waits", "Rada Miasta, 12 głosów za") and a question's
    # first word mark a subheading or a list's item as often.
    if "," in text or any(c.isdigit() for c in text) or before.words[0].casefold() in QUESTION_OPENERS:
        return False
    # Straight between them: chrome in between ("Polecamy" over a link, "1 / 6" over a gallery's credit)
    # makes the phrase a link or the credit a gallery's.
    # The picture's own placeholder may stand over the phrase ("1 di 6", "Zobacz galerię").
    lines = doc.lines
    return (
        2 <= pos < len(lines) - 1
        and lines[pos - 1] is before
        and (
            _story_paragraph(lines[pos - 2])
            or (pos >= 3 and _below_media(lines, pos - 1) and _story_paragraph(lines[pos - 3]))
        )
        and _story_paragraph(lines[pos + 1])
    )


def _in_byline_block(lines: list[Line], pos: int) -> bool:
    """The credit sits between two byline or timestamp lines: "Von Jane Roe" / "Fotos: Jim Poe" / "27.11.2026".

    It credits the story's pictures as its byline credits the text; no line next to it is a caption.
    """
    return 0 < pos < len(lines) - 1 and _is_byline(lines[pos - 1]) and _is_byline(lines[pos + 1])


# Below a credit in the middle of a story: a caption is one short sentence.
_BELOW_MAX_WORDS = 20
# The story is under way: this many paragraphs (finished lines of this many words) come before the credit.
_STORY_MIN_PARAGRAPHS = 2
_STORY_PARAGRAPH_MIN_WORDS = 8
_OPENING_DASHES = "-–—"


def _story_paragraph(line: Line | None) -> bool:
    return (
        line is not None
        and line.role is _BODY
        and line.ends_sentence
        and line.n_words >= _STORY_PARAGRAPH_MIN_WORDS
    )


def _below_media(lines: list[Line], pos: int) -> bool:
    return pos > 0 and lines[pos - 1].role is Role.REMOVED and lines[pos - 1].kind == "media"


def _caption_below(doc: Document, pos: int, below: Line, scores: _Scores) -> bool:
    """A short sentence under a credit in mid-story, between paragraphs, is the picture's caption.

    Some pages print the credit over the picture and the caption under it::

        "... ehe dieser nach einem langen Ball doch noch einschob."   (a paragraph)
        "IMAGO/Jane Roe"
        "Der Torwart war lange der beste Mann auf dem Platz."        (caption)
        "Wir haben nie aufgehört, daran zu glauben", sagte ...       (the story goes on)

    Only when the line above is a paragraph (so it is not the caption) or the picture's placeholder,
    two paragraphs of the story come before the credit (a credit under the lede is the lead picture's,
    and the short line under it the story's second paragraph), and a paragraph follows. The line
    itself is one finished sentence of at most 20 words that quotes nobody.
    """
    if not (
        below.role is _BODY
        and 3 <= below.n_words <= _BELOW_MAX_WORDS
        and below.ends_sentence
        and _sentences(below.text) == 1
        and below.text[:1] not in _QUOTES
        and below.text[:1] not in _OPENING_DASHES
    ):
        return False
    lines = doc.lines
    # The line above is a paragraph, or the picture's own placeholder ("Zobacz galerię", "1 / 6").
    if not (_story_paragraph(doc.neighbours(pos)[0]) or _below_media(lines, pos)):
        return False
    at = next(i for i in range(pos + 1, len(lines)) if lines[i] is below)
    if not _story_paragraph(doc.neighbours(at)[1]):
        return False
    earlier = (i for i in range(pos) if _story_paragraph(lines[i]))
    if next(islice(earlier, _STORY_MIN_PARAGRAPHS - 1, None), None) is None:  # fewer than two
        return False
    return scores.reaching(below.text, 0) is not None


def _signed_in_story(doc: Document, pos: int, before: Line) -> bool:
    """One short sentence above a bare agency line in mid-story is the picture's caption and its credit.

    ``"Tecnici al lavoro sulla linea aerea."`` / ``"ANSA"`` / ``<a paragraph>``: a wire story signs off
    once, after its last paragraph, and its byline stands above the first; so with two paragraphs of the
    story before it and one after it, the agency signs a picture. The line must be one finished sentence
    of at most 20 words that reports no speech (``signed_sentence``), as a caption under a credit is.
    """
    if before.role is not _BODY or before.n_words > _BELOW_MAX_WORDS or not before.ends_sentence:
        return False
    if not _story_paragraph(doc.neighbours(pos)[1]):
        return False
    earlier = (i for i in range(pos) if _story_paragraph(doc.lines[i]) and doc.lines[i] is not before)
    if next(islice(earlier, _STORY_MIN_PARAGRAPHS - 1, None), None) is None:
        return False
    return signed_sentence(before.text)  # the costly test last


def _layout(sides: list[tuple[Line, Side, Side]]) -> str | None:
    """ "before" or "after" when most credits of the page prefer that side; a page keeps one layout.

    With a caption-credit-caption-credit run, each caption is next to two credits: the side that
    wins on most credits settles all of them, so captions are not paired one off.
    """
    votes = {"before": 0, "after": 0}
    for _, b, a in sides:
        if b is not None and (a is None or b[1] >= a[1]):
            votes["before"] += 1
        elif a is not None:
            votes["after"] += 1
    if len(sides) < _LAYOUT_MIN_CREDITS or votes["before"] == votes["after"]:
        return None
    return max(votes, key=lambda side: votes[side])


def _pick(layout: str | None, before: Side, after: Side) -> Line | None:
    """The page's layout decides between two qualifying neighbours; else the better one, ties going
    to the line before ("caption, then credit" is the commonest layout)."""
    if layout == "after" and after is not None:
        return after[0]
    if before is not None and (layout == "before" or after is None or before[1] >= after[1]):
        return before[0]
    return after[0] if after is not None else None


def _candidate(line: Line | None, config: CleanConfig) -> Line | None:
    if line is None or line.n_words > config.caption_max_words or len(line.text) > config.max_line_chars:
        return None
    if line.role is Role.CAPTION and line.credit is None:
        return line
    if line.role is Role.BODY and line.n_words >= 3:
        return line
    return None


# Placeholder lines are whole-line markers: a line whose start none can begin skips the patterns.
_MEDIA_GATE = StartGate(MEDIA_LINE, whole=True)
_CLIP_GATE = StartGate(CLIP_PLACEHOLDER, whole=True)


def _media_placeholder(line: Line) -> bool:
    if line.role is Role.REMOVED and line.kind == "media":
        return True
    if line.n_words > _PLACEHOLDER_MAX_WORDS:
        return False
    text = line.text.strip()
    return (_MEDIA_GATE(text) and MEDIA_LINE.fullmatch(text) is not None) or (
        _CLIP_GATE(text) and CLIP_PLACEHOLDER.fullmatch(text) is not None
    )


def _media_slots(lines: list[Line], n_words: list[int]) -> list[int]:
    """Positions whose next two lines could be a clip title (no full stop) and its blurb (one).

    ``_media_captions`` needs those text conditions (roles it checks as before): other lines are not
    tried as placeholders.
    """
    ends = list(map(_ENDS, lines))
    return [
        pos
        for pos, (title_ends, blurb_ends, title_words, blurb_words) in enumerate(
            zip(ends[1:], ends[2:], n_words[1:], n_words[2:], strict=False)
        )
        if blurb_ends
        and not title_ends
        and 2 <= title_words <= _CLIP_TITLE_MAX_WORDS
        and 2 <= blurb_words <= _MEDIA_ANY_MAX_WORDS
    ]


def _media_captions(doc: Document, index: LineIndex) -> None:
    """A clip title and its blurb right under a video or gallery placeholder are a caption.

    The title is a short phrase without a full stop and the blurb one short sentence after it, neither
    quoting anyone. Finished sentences straight under a placeholder are the story going on, and with
    gallery chrome ("Back to gallery") in between the story has resumed.
    """
    lines = doc.lines
    for pos in _media_slots(lines, index.n_words):
        title, blurb = lines[pos + 1], lines[pos + 2]
        # Cheap parts of _media_caption first (the conditions have no side effects, so order is free).
        if title.role is not _BODY or blurb.role is not _BODY or title.text[:1] in _QUOTES or blurb.text[:1] in _QUOTES:
            continue
        if not _media_placeholder(lines[pos]):
            continue
        if (
            _media_caption(title, _CLIP_TITLE_MAX_WORDS)
            and not title.ends_sentence
            and _media_caption(blurb, _MEDIA_MAX_WORDS if _sentences(blurb.text) > 1 else _MEDIA_ONE_SENTENCE_MAX_WORDS)
            and blurb.ends_sentence
        ):
            doc.mark_caption(title, "titles a clip under a video or gallery placeholder")
            doc.mark_caption(blurb, "describes a clip under a video or gallery placeholder")


def _sentences(text: str) -> int:
    """Rough count of sentences: ends of sentence followed by a space, plus the last one."""
    return 1 + sum(text.count(end) for end in (". ", "! ", "? "))


def _media_caption(line: Line, max_words: int) -> bool:
    return (
        line.role is Role.BODY
        and 2 <= line.n_words <= max_words
        and line.text[:1] not in _QUOTES
        and SPEECH_CUE.search(line.text) is None
    )


def _above_bylines(lines: list[Line]) -> list[int]:
    """Positions of the lines right above a byline.

    Bylines come from earlier cleaners: this one removes lines only as boilerplate or media, and never
    gives a removed line another role, so the bylines found now are those ``_lead_captions`` sees.
    """
    return [pos - 1 for pos, kind in enumerate(map(_KIND, lines)) if kind == "byline" and pos >= 1]


def _lead_captions(doc: Document, index: LineIndex) -> None:
    """A picture description right above the byline is the lead image's caption, not a standfirst.

    A date alone is no evidence here: standfirsts carry dates as often as captions do.
    """
    lines = doc.lines
    for pos in _above_bylines(lines):
        line, nxt = lines[pos], lines[pos + 1]
        if nxt.role is not Role.REMOVED or nxt.kind != "byline":
            continue
        if (
            line.role is Role.BODY
            and 3 <= line.n_words <= _BEFORE_MAX_WORDS
            and line.ends_sentence
            and SPEECH_CUE.search(line.text) is None
            and shows_a_picture(line.text)
        ):
            doc.mark_caption(line, "describes a picture and sits right above the byline")


@cleaner(
    "split_captions", reads=("credits",), writes=("captions", "credits", "removed"), kinds=("boilerplate", "media")
)
def split_captions(doc: Document, config: CleanConfig) -> None:
    """Turn caption lines into captions: labelled ones, and those beside a photo credit."""
    scores = _Scores()
    index = LineIndex(doc)
    edited = False
    # Marking or editing a line changes only that line, so the lines can be picked before the loop.
    for line in [doc.lines[pos] for pos in _LABEL_GATE.passing(index.texts)]:
        if line.role is _BODY and line.n_words <= config.caption_max_words and len(line.text) <= config.max_line_chars:
            m = CAPTION_PREFIX.match(line.text)
            if m and line.n_words - len(m.group().split()) >= 2 and scores.reaching(line.text, 3) is not None:
                label = CAPTION_LABEL.match(line.text)
                if label is not None:  # "Image caption", "Pie de foto:": page furniture, not caption
                    doc.edit(line, line.text[label.end() :].lstrip(), "caption label dropped")
                    edited = True
                doc.mark_caption(line, f"starts with the caption label {m.group().strip()!r}")

    # No text changes from here on (the label above was the last edit): the index stays true.
    if edited:
        index = LineIndex(doc)
    caption_layouts.credits_under_a_label(doc, index)
    caption_layouts.copyright_credits(doc, index)
    caption_layouts.agency_credits(doc, index)
    lines = doc.lines
    credits = [pos for pos, role in enumerate(map(_ROLE, lines)) if role is _CREDIT]
    sides = [_sides(doc, pos, lines[pos], config, scores) for pos in credits]
    layout = _layout(sides)
    for credit, before, after in sides:
        best = _pick(layout, before, after)
        if best is None:
            continue
        if best.role is Role.CAPTION:
            if best.credit is None:
                doc.link_credit(best, credit.text)
        else:
            doc.mark_caption(best, "describes a picture and sits beside a photo credit", credit=credit.text)
    # After the credits' sides: the notice and its caption are paired here, no neighbour is looked for.
    caption_layouts.rights_credits(doc, index)
    _media_captions(doc, index)
    caption_layouts.counter_captions(doc, index)  # after a clip's title and blurb are taken together
    caption_layouts.bare_captions(doc, index)
    caption_layouts.clip_descriptions(doc, config, index)
    caption_layouts.quoted_titles(doc, index)
    caption_layouts.gallery_slots(doc, config, index)
    caption_layouts.copyright_captions(doc, index)
    _lead_captions(doc, index)
    caption_layouts.photo_set_captions(doc, config, index)
    _repeated_captions(doc, index)
