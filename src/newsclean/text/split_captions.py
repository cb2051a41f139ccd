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

* a "Name, role" phrase above a credit, full stop or not::

      "Jane Doe, the harbour authority's chief engineer"   "(Jim Poe / Associated Press)"

* a clip title and its one-sentence blurb straight under a video or gallery placeholder::

      "Video abspielen"   "Neue Kräne für den Hafen"   "Die ersten Kräne wurden am Montag entladen."

* a picture description (a cue other than a date) right above the byline: the lead image's caption::

      "The harbour choir performs at the opening of the new quay."   "By Jane Roe"

A body paragraph next to a credit stays in the body when it reports speech or has no caption cue, and
a line that is already a caption (its credit was cut off it by ``split_credits``) keeps its credit.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role, count_words
from newsclean.text.captions import (
    CLIP_LABEL,
    CLIP_PLACEHOLDER,
    CREDIT_LABEL_ALONE,
    NAME_APPOSITION,
    QUOTED_TITLE,
    caption_score,
    shows_a_picture,
)
from newsclean.text.patterns import AGENCY_ONLY, CAPTION_LABEL, CAPTION_PREFIX, MEDIA_LINE, SPEECH_CUE

# Captions are sentences about a picture; beyond this many words a line is a paragraph.
_ADJACENT_MIN_SCORE = 1
_BEFORE_MIN_SCORE = 0
_BEFORE_MAX_WORDS = 45
# Below a media placeholder: a clip title and its blurb; a longer line is the article resuming.
_MEDIA_MAX_WORDS = 60
_CLIP_TITLE_MAX_WORDS = 20
_PLACEHOLDER_MAX_WORDS = 8
_QUOTES = "\"'“”„«»‘’‚"
_KNOWN_CAPTION = 3
# A photo set's caption: a line of at least this many words, printed this many times.
_PHOTO_SET_MIN_WORDS = 6
_PHOTO_SET_MIN_COPIES = 3
_PHOTO_SET_EXTRA_WORDS = 12
_PROSE_MIN_WORDS = 8
_BLURB_KEY_WORDS = 8
# A 'Video:' label, then a sentence of at least this many words.
_CLIP_MIN_WORDS = 8
# A credit label split from its name: the label's and the name's length.
_LABEL_MAX_WORDS = 3
_CREDIT_NAME_MAX_WORDS = 6
_QUOTED_TITLE_MAX_WORDS = 8
# A gallery's photo count under its captions: a number of at most this many digits, in this many
# slots, of which this many already hold a caption.
_COUNT_MAX_DIGITS = 3
_GALLERY_MIN_SLOTS = 3
_GALLERY_MIN_CAPTIONS = 2
# A page layout is inferred from this many credits or more.
_LAYOUT_MIN_CREDITS = 2


def _repeated_captions(doc: Document) -> None:
    """Galleries print each caption again (slide view, thumbnail strip): copies are captions too."""
    known: dict[str, str | None] = {}
    for line in doc.with_role(Role.CAPTION):
        known.setdefault(line.text, line.credit)
    if not known:
        return
    for line in doc.body():
        if line.text in known:
            doc.mark_caption(line, "repeats a caption found elsewhere on the page", credit=known[line.text])


def _is_prose(line: Line | None) -> bool:
    return line is not None and line.n_words >= _PROSE_MIN_WORDS and line.ends_sentence


def _around(lines: list[Line], pos: int) -> Iterator[Line]:
    """The nearest kept lines before and after ``pos`` whose text differs from the line's own."""
    text = lines[pos].text
    for step in (-1, 1):
        i = pos + step
        while 0 <= i < len(lines) and (lines[i].role is Role.REMOVED or lines[i].text == text):
            i += step
        if 0 <= i < len(lines):
            yield lines[i]


def _photo_set_texts(doc: Document, config: CleanConfig) -> dict[str, int]:
    """Texts printed three times or more, each copy between paragraphs and none inside a list."""
    counts: dict[str, int] = {}
    for line in doc.lines:
        if line.role is not Role.REMOVED:
            counts[line.text] = counts.get(line.text, 0) + 1
    prose: dict[str, int] = {}
    spoiled: set[str] = set()
    for pos, line in enumerate(doc.lines):
        text = line.text
        if line.role is not Role.BODY or counts[text] < _PHOTO_SET_MIN_COPIES or text in spoiled:
            continue
        if text.endswith("?") or text == doc.given_title or not (
            _PHOTO_SET_MIN_WORDS <= line.n_words <= config.caption_max_words
        ):
            spoiled.add(text)
            continue
        sides = list(_around(doc.lines, pos))
        if any(counts[n.text] > 1 for n in sides):
            spoiled.add(text)
        prose[text] = prose.get(text, 0) + any(_is_prose(n) for n in sides)
    # Most copies must sit next to a paragraph: a line repeated among links is a ticker.
    return {t: counts[t] for t, n in prose.items() if t not in spoiled and 2 * n > counts[t]}


def _photo_set_captions(doc: Document, config: CleanConfig) -> None:
    """A line printed three times or more between paragraphs is a photo set's shared caption.

    Blogs and galleries caption every picture of a set with the event's name ("Harbour Festival
    2024 [Opening night]"), sometimes with names added ("... Choir: Jane Roe, Jim Poe"). Lines that
    repeat inside lists (menus, product specs, the same question put to each interviewee) or in a
    news ticker are not captions: there the neighbours repeat too or are no prose, or the line asks.
    """
    texts = _photo_set_texts(doc, config)
    if not texts:
        return
    for line in doc.body():
        if line.text in texts:
            doc.mark_caption(line, f"printed {texts[line.text]} times between paragraphs: a photo set's caption")
        elif line.n_words <= config.caption_max_words and any(
            line.text.startswith(text) and line.n_words - count_words(text) <= _PHOTO_SET_EXTRA_WORDS
            for text in texts
        ):
            doc.mark_caption(line, "a photo set's shared caption with names added")
    _repeated_blurbs(doc, texts)


def _repeated_blurbs(doc: Document, titles: dict[str, int]) -> None:
    """A sentence printed again under two copies of a clip or photo-set title is that title's blurb.

    The copies may differ at the end (one carries "(Published Monday)"): they are matched on their
    opening words. A paragraph under only one copy is the story going on.
    """
    under: dict[tuple[str, ...], list[Line]] = {}
    for pos, line in enumerate(doc.lines):
        if line.role is Role.CAPTION and line.text in titles:
            _, nxt = doc.neighbours(pos)
            if nxt is not None and nxt.role is Role.BODY and _BLURB_KEY_WORDS <= nxt.n_words <= _MEDIA_MAX_WORDS:
                under.setdefault(tuple(nxt.words[:_BLURB_KEY_WORDS]), []).append(nxt)
    for lines in under.values():
        if len(lines) >= 2:
            for line in lines:
                doc.mark_caption(line, "printed under two copies of a repeated clip or photo title")


def _need_before(line: Line) -> int:
    """Score a line before a credit needs: 0 for a finished sentence or a "Name, role" phrase.

    Other phrases need a cue: a headline-shaped line ("Budget passes after long session") above a
    credit is as often a subheading over a picture that has no caption.
    """
    if line.n_words > _BEFORE_MAX_WORDS or line.text.startswith("("):
        return _ADJACENT_MIN_SCORE
    if line.ends_sentence or NAME_APPOSITION.match(line.text) is not None:
        return _BEFORE_MIN_SCORE
    return _ADJACENT_MIN_SCORE


Side = tuple[Line, int] | None  # a neighbour that qualifies as the caption, and its score


def _qualified(cand: Line | None, need: int) -> Side:
    if cand is None:
        return None
    # A line already known to be a caption (by its label) only waits for its credit.
    score = _KNOWN_CAPTION if cand.role is Role.CAPTION else caption_score(cand.text)
    return (cand, score) if score >= need else None


def _is_byline(line: Line) -> bool:
    return line.role is Role.REMOVED and line.kind == "byline"


def _lead_slot(doc: Document, pos: int) -> bool:
    """True when the line before the credit at ``pos`` and the credit sit in the lead-image slot.

    Between the byline (or timestamp) and the story, or right above the byline, a page shows one
    picture: the line beside its credit is its caption whatever its shape, headline-like
    ("Eastern Harbour quarterback Jim Roe") or reporting speech ("The minister said ...").
    """
    lines = doc.lines
    start = pos - 1
    while start >= 0 and lines[start].role is Role.REMOVED:
        start -= 1
    if start < 1:  # no caption candidate, or nothing above it that could be the headline
        return False
    above, below = lines[start - 1], lines[pos + 1] if pos + 1 < len(lines) else None
    return _is_byline(above) or (below is not None and _is_byline(below))


def _need_lead(line: Line, doc: Document) -> int:
    """Score a line in the lead-image slot needs: any, unless it quotes someone or is the headline."""
    if line.text[:1] in _QUOTES or line.text.startswith("(") or line.n_words > _BEFORE_MAX_WORDS:
        return _KNOWN_CAPTION + 1
    if doc.given_title is not None and line.text == doc.given_title:
        return _KNOWN_CAPTION + 1
    return -_KNOWN_CAPTION


def _sides(doc: Document, pos: int, credit: Line, config: CleanConfig) -> tuple[Line, Side, Side]:
    """The credit, and its neighbours before and after that could be its caption."""
    before, after = doc.neighbours(pos)
    b, a = _candidate(before, config), _candidate(after, config)
    # A bare agency line ("Associated Press") is as often a wire byline: it needs a real cue.
    if AGENCY_ONLY.fullmatch(credit.text.strip(" ()[]")) is not None:
        return credit, _qualified(b, _ADJACENT_MIN_SCORE), _qualified(a, _ADJACENT_MIN_SCORE)
    if b is not None and _lead_slot(doc, pos):
        return credit, _qualified(b, _need_lead(b, doc)), _qualified(a, _ADJACENT_MIN_SCORE)
    return credit, _qualified(b, _need_before(b) if b else 0), _qualified(a, _ADJACENT_MIN_SCORE)


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


def _media_placeholder(line: Line) -> bool:
    if line.role is Role.REMOVED and line.kind == "media":
        return True
    if line.n_words > _PLACEHOLDER_MAX_WORDS:
        return False
    text = line.text.strip()
    return MEDIA_LINE.fullmatch(text) is not None or CLIP_PLACEHOLDER.fullmatch(text) is not None


def _media_captions(doc: Document) -> None:
    """A clip title and its blurb right under a video or gallery placeholder are a caption.

    The title is a short phrase without a full stop and the blurb one short sentence after it, neither
    quoting anyone. Finished sentences straight under a placeholder are the story going on, and with
    gallery chrome ("Back to gallery") in between the story has resumed.
    """
    lines = doc.lines
    for pos in range(len(lines) - 2):
        if not _media_placeholder(lines[pos]):
            continue
        title, blurb = lines[pos + 1], lines[pos + 2]
        if (
            _media_caption(title, _CLIP_TITLE_MAX_WORDS)
            and not title.ends_sentence
            and _media_caption(blurb, _MEDIA_MAX_WORDS)
            and blurb.ends_sentence
        ):
            doc.mark_caption(title, "titles a clip under a video or gallery placeholder")
            doc.mark_caption(blurb, "describes a clip under a video or gallery placeholder")


def _media_caption(line: Line, max_words: int) -> bool:
    return (
        line.role is Role.BODY
        and 2 <= line.n_words <= max_words
        and line.text[:1] not in _QUOTES
        and SPEECH_CUE.search(line.text) is None
    )


def _credits_under_a_label(doc: Document) -> None:
    """A credit label alone on a line ("Фото", "Foto:") and the short name under it are one credit.

    Scrapers cut "Foto: Jan Kowal" in two where the page styles the label apart. The name becomes
    the credit (and finds its caption like any other); the bare label goes as page furniture.
    """
    lines = doc.lines
    for pos in range(len(lines) - 1):
        label, name = lines[pos], lines[pos + 1]
        if (
            label.role is Role.BODY
            and name.role is Role.BODY
            and label.n_words <= _LABEL_MAX_WORDS
            and 1 <= name.n_words <= _CREDIT_NAME_MAX_WORDS
            and name.text[-1] not in ".!?…:"
            and CREDIT_LABEL_ALONE.fullmatch(label.text) is not None
        ):
            doc.remove(label, "boilerplate", "a credit label on a line of its own; the name under it is the credit")
            doc.mark_credit(name, f"the name under the credit label {label.text!r}")


def _quoted_titles(doc: Document) -> None:
    """A work's title alone in quotes, printed twice or more, labels the stills from that film or play.

    Reviews put "“Harbour Lights”" under each still; the text names the work inside sentences. Once
    is no evidence: a quoted line alone may be a subheading.
    """
    counts: dict[str, int] = {}
    titles: list[Line] = []
    for line in doc.body():
        if 1 <= line.n_words <= _QUOTED_TITLE_MAX_WORDS and QUOTED_TITLE.fullmatch(line.text) is not None:
            counts[line.text] = counts.get(line.text, 0) + 1
            titles.append(line)
    for line in titles:
        if counts[line.text] >= 2:
            doc.mark_caption(line, f"a title in quotes printed {counts[line.text]} times: it labels stills")


def _gallery_slots(doc: Document, config: CleanConfig) -> None:
    """Captions that alternate with a gallery's photo count ("6") fill every slot before the count.

    Tabloid galleries print the count beside each caption; once two slots hold captions found by
    other rules, a line in another slot that is shaped like them (no full stop) is a caption too
    (the first one often has no credit), and the counts themselves are gallery chrome.
    """
    counts: dict[str, list[int]] = {}
    for pos, line in enumerate(doc.lines):
        if line.role is Role.BODY and len(line.text) <= _COUNT_MAX_DIGITS and line.text.isdigit():
            counts.setdefault(line.text, []).append(pos)
    for positions in counts.values():
        if len(positions) < _GALLERY_MIN_SLOTS:
            continue
        slots = [doc.neighbours(pos)[0] for pos in positions]
        if sum(1 for s in slots if s is not None and s.role is Role.CAPTION) < _GALLERY_MIN_CAPTIONS:
            continue
        for slot in slots:
            # A finished sentence in a slot is the story's last paragraph before the gallery.
            if (
                slot is not None
                and slot.role is Role.BODY
                and 3 <= slot.n_words <= config.caption_max_words
                and not slot.ends_sentence
            ):
                doc.mark_caption(slot, "sits before a gallery's photo count, like the captions around it")
        for pos in positions:
            doc.remove(doc.lines[pos], "media", "a gallery's photo count, printed under each caption")


def _clip_descriptions(doc: Document, config: CleanConfig) -> None:
    """ "Video: <a sentence>" describes the clip the page embeds there: a caption, label kept."""
    for line in doc.body():
        if (
            _CLIP_MIN_WORDS <= line.n_words <= config.caption_max_words
            and line.ends_sentence
            and CLIP_LABEL.match(line.text) is not None
        ):
            doc.mark_caption(line, "describes the clip under a 'Video:' label")


def _lead_captions(doc: Document) -> None:
    """A picture description right above the byline is the lead image's caption, not a standfirst.

    A date alone is no evidence here: standfirsts carry dates as often as captions do.
    """
    lines = doc.lines
    for pos in range(len(lines) - 1):
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
    for line in doc.body():
        if line.n_words <= config.caption_max_words and len(line.text) <= config.max_line_chars:
            m = CAPTION_PREFIX.match(line.text)
            if m and line.n_words - len(m.group().split()) >= 2 and caption_score(line.text) >= 3:
                label = CAPTION_LABEL.match(line.text)
                if label is not None:  # "Image caption", "Pie de foto:": page furniture, not caption
                    doc.edit(line, line.text[label.end() :].lstrip(), "caption label dropped")
                doc.mark_caption(line, f"starts with the caption label {m.group().strip()!r}")

    _credits_under_a_label(doc)
    sides = [_sides(doc, pos, credit, config) for pos, credit in enumerate(doc.lines) if credit.role is Role.CREDIT]
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
    _media_captions(doc)
    _clip_descriptions(doc, config)
    _quoted_titles(doc)
    _gallery_slots(doc, config)
    _lead_captions(doc)
    _photo_set_captions(doc, config)
    _repeated_captions(doc)
