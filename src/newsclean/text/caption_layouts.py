"""Captions found by where a page puts its pictures, not by a cue word (helpers of ``split_captions``).

A page that shows pictures leaves traces in the text even when no caption names a credit or a cue:
the same caption printed under every picture of a set, a clip blurb printed again with its title, a
work's title alone in quotes under each still, a gallery's photo count beside each caption, a
"Video:" label before a description, a credit label that the page styled apart from its name.
Each helper is a rule with its reason; ``split_captions`` runs them after pairing credits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import compress
from operator import attrgetter

import regex

from newsclean.config import CleanConfig
from newsclean.document import TERMINAL, Document, Line, Role, count_words, next_starts, positions_matching
from newsclean.text.captions import (
    CLIP_LABEL,
    CREDIT_LABEL_ALONE,
    QUOTED_TITLE,
    RIGHTS_RESERVED,
    StartGate,
    bare_caption_shape,
    caption_score,
    reports_speech,
)
from newsclean.text.join_split_paragraphs import list_item_ends, paragraph_runs
from newsclean.text.lazy_pattern import lazy
from newsclean.text.patterns import AGENCY, AGENCY_ONLY, RIGHTS_LINE, WIRE_END
from newsclean.text.similarity import same_title

# A photo set's caption: a line of at least this many words, printed this many times.
_PHOTO_SET_MIN_WORDS = 6
_PHOTO_SET_MIN_COPIES = 3
# A photo set's shared caption names the event ("Harbour Festival 2024 [Opening night]"); a finished
# sentence printed three times is the text repeating itself (a paragraph's copies, split or joined).
_SENTENCE_STOPS = (".", "!", "?", "…", ":", ";", "。", "！", "？")
_CLOSING_QUOTES = "\"'”’»」』)] "
_PHOTO_SET_EXTRA_WORDS = 12
_PROSE_MIN_WORDS = 8
_BLURB_KEY_WORDS = 8
# A blurb is a sentence or two; a longer line under a title is the article resuming.
_BLURB_MAX_WORDS = 60
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
# A '© Name caption' line: shorter is a bare credit (split_credits' business), longer a notice.
_COPYRIGHT_MIN_WORDS = 4
_COPYRIGHT_MAX_WORDS = 40

# "© Name / Agency": names (capitalised words, particles) or agency names, joined by slashes. Cyrillic
# and other cased scripts count; a lowercase word ("of", "the quay") makes it a caption or a notice.
# Both credit shapes hold the agency names and few texts reach them: compiled on first use.
_CREDIT_TOKEN = r"(?:\p{Lu}[\p{L}\p{M}.'’-]{0,30}|(?:de|da|del|van|von|der|den|la|le|di|du)(?=\s))"
_CREDIT_PART = rf"(?:{AGENCY}|{_CREDIT_TOKEN}(?:\s{_CREDIT_TOKEN}){{0,4}})"
COPYRIGHT_CREDIT = lazy(lambda: regex.compile(rf"©\s?{_CREDIT_PART}(?:\s?/\s?{_CREDIT_PART}){{1,3}}"))
#: A run of six digits or more: a wire story's code or a phone number, never in a caption's credit.
STORY_CODE = regex.compile(r"\d{6}")
#: "Kay Roe/dpa", "Jan Poe/dpa-Zentralbild/dpa": a photographer and an agency that writes itself in
#: lowercase, which the shared credit shapes (capitalised names) miss.
SLASHED_CREDIT = lazy(lambda: regex.compile(rf"{_CREDIT_PART}(?:\s?/\s?{_CREDIT_PART}){{1,3}}"))


_BODY, _REMOVED = Role.BODY, Role.REMOVED  # globals: 5x faster than Role.BODY on Python 3.11
# Lines of at most this many words hold every label, credit, count and quoted title these rules look at.
_SHORT_MAX_WORDS = _CREDIT_NAME_MAX_WORDS + 2
_QUOTE_OPENERS = frozenset("\"“„«‘'")  # QUOTED_TITLE's first class (the pattern is case-sensitive)
_COPYRIGHT_SIGN = re.compile("©")
_SLASH = re.compile("/")
_COLON_SPACE = re.compile(": ")
_TEXT, _N_WORDS = attrgetter("text"), attrgetter("n_words")


class LineIndex:
    """What the rules filter lines on, read once: texts, word counts, the short lines, text counts.

    Each rule looks only at the lines that pass a test on their text which its pattern or condition
    requires (a "©", a "/", a quote first, few words ...), then checks roles as before, in page order.
    Exact as long as no text changes while the index is in use: ``split_captions`` builds it after the
    caption labels are dropped, its last edit; roles may change, and are always read from the line.
    """

    __slots__ = ("_counts", "_distinct", "_joined", "_marked", "_next_start", "lines", "n_words", "short", "texts")

    def __init__(self, doc: Document) -> None:
        self.lines = doc.lines
        self.texts: list[str] = list(map(_TEXT, self.lines))
        self.n_words: list[int] = list(map(_N_WORDS, self.lines))
        #: Positions of the lines of at most ``_SHORT_MAX_WORDS`` words, in order.
        self.short = [pos for pos, n in enumerate(self.n_words) if n <= _SHORT_MAX_WORDS]
        self._counts: Counter[str] | None = None
        self._distinct: int | None = None  # how many distinct texts
        self._joined = ""
        self._next_start: list[int] = []
        self._marked: dict[str, list[Line]] = {}

    @property
    def counts(self) -> Counter[str]:
        """How often each text is printed, removed lines included (so at least as often as kept)."""
        if self._counts is None:
            self._counts = Counter(self.texts)
        return self._counts

    def printed(self, copies: int) -> bool:
        """Whether some text is printed at least ``copies`` times (by any lines, removed ones too)."""
        if self._distinct is None:
            self._distinct = len(self._counts) if self._counts is not None else len(set(self.texts))
        # No text repeats when there are as many texts as lines (nearly every article): no count is needed.
        if self._distinct == len(self.texts):
            return copies <= 1 and self._distinct > 0
        counts = self.counts
        if copies == 2:  # cheaper: some text repeats when there are fewer texts than lines
            return len(counts) < len(self.texts)
        return bool(counts) and max(counts.values()) >= copies

    def holding(self, pattern: re.Pattern[str]) -> list[Line]:
        """The lines, in order, in whose text ``pattern`` finds something: one search over all texts.

        As ``document.lines_matching`` (exact for a pattern that cannot match a line break, with no
        anchors or lookarounds: here a literal), with the joined texts and their offsets built once.
        """
        found = self._marked.get(pattern.pattern)
        if found is not None:
            return found
        if not self._joined:
            self._joined = "\n".join(self.texts)
        if pattern.search(self._joined) is None:  # most texts hold no "©" (or "/", ": "): no offsets needed
            found = self._marked[pattern.pattern] = []
            return found
        if not self._next_start:
            self._next_start = next_starts(self.texts)
        lines = self.lines
        found = self._marked[pattern.pattern] = [
            lines[i] for i in positions_matching(pattern, self._joined, self._next_start)
        ]
        return found


class _ItemEnds:
    """``list_item_ends(lines)``, worked out on first use (only a paragraph ending in "," asks)."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._ends: set[int] | None = None

    def __contains__(self, index: int) -> bool:
        if self._ends is None:
            self._ends = list_item_ends(self._lines)
        return index in self._ends


def _is_prose(lines: list[Line], pos: int, key: dict[int, str], last: dict[int, int], items: _ItemEnds) -> bool:
    """A paragraph, judged as join_split_paragraphs and fix_punctuation will leave it (``key``: each body
    line's paragraph text, ``last``: the position of its last line), so that the verdict does not change
    when the mended text is cleaned again: a paragraph's stray final comma becomes a full stop, a list
    item's stays (``list_item_ends``, as fix_punctuation asks it)."""
    line = lines[pos]
    if line.role is not Role.BODY:
        return line.n_words >= _PROSE_MIN_WORDS and line.ends_sentence
    text = key[pos]
    if count_words(text) < _PROSE_MIN_WORDS:
        return False
    if text[-1] in TERMINAL:
        return True
    return text[-1] == "," and lines[last[pos]].index not in items


def _photo_sets(doc: Document, config: CleanConfig) -> tuple[dict[str, int], list[tuple[list[int], str]]]:
    """Paragraphs printed three times or more, each copy between paragraphs and none inside a list.

    Counted over paragraphs as join_split_paragraphs will leave them (``paragraph_runs``), so a
    paragraph still cut in two is judged whole, as a second clean of the cleaned text judges it.
    Returns the texts with their counts, and the runs.
    """
    lines, given = doc.lines, doc.given_title
    runs = paragraph_runs(lines)
    key = {pos: text for positions, text in runs for pos in positions}
    last = {pos: positions[-1] for positions, _ in runs for pos in positions}
    items = _ItemEnds(lines)
    counts = Counter(text for _, text in runs)
    counts.update(line.text for line in lines if line.role is not _REMOVED and line.role is not Role.BODY)
    prose: dict[str, int] = {}
    spoiled: set[str] = set()
    for positions, text in runs:
        if counts[text] < _PHOTO_SET_MIN_COPIES or text in spoiled:
            continue
        n_words = sum(lines[p].n_words for p in positions)
        if (
            text.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_STOPS)
            or text == given
            or not (_PHOTO_SET_MIN_WORDS <= n_words <= config.caption_max_words)
        ):
            spoiled.add(text)
            continue
        before, after = _sides_of(lines, (positions[0], positions[-1]), text, key, given)
        sides = [i for i in (before, after) if i is not None]
        # A copy that opens the text is the headline printed again below (in a gallery, among related
        # links), and once its copies' captioned neighbours are cleaned away it would still open it.
        if before is None or any(counts[key.get(i, lines[i].text)] > 1 for i in sides):
            spoiled.add(text)
        prose[text] = prose.get(text, 0) + any(_is_prose(lines, i, key, last, items) for i in sides)
    # Most copies must sit next to a paragraph: a line repeated among links is a ticker.
    texts = {t: counts[t] for t, n in prose.items() if t not in spoiled and 2 * n > counts[t]}
    return texts, runs


def _sides_of(
    lines: list[Line], span: tuple[int, int], text: str, key: dict[int, str], given_title: str | None
) -> tuple[int | None, int | None]:
    """Positions of the nearest kept lines before and after ``span`` (a paragraph's first and last
    line) that are not this paragraph again (``key``: each body line's paragraph text) nor the given
    title.

    Lines that are the given title are skipped: find_headline removes them later, so a verdict that
    counted them would change when the cleaned text is cleaned again.
    """

    def skipped(i: int) -> bool:
        line = lines[i]
        return (
            line.role is Role.REMOVED
            or key.get(i, line.text) == text
            or (given_title is not None and same_title(line.text, given_title))
        )

    i = span[0] - 1
    while i >= 0 and skipped(i):
        i -= 1
    j = span[1] + 1
    while j < len(lines) and skipped(j):
        j += 1
    return (i if i >= 0 else None), (j if j < len(lines) else None)


def photo_set_captions(doc: Document, config: CleanConfig, index: LineIndex | None = None) -> None:
    """A line printed three times or more between paragraphs is a photo set's shared caption.

    Blogs and galleries caption every picture of a set with the event's name ("Harbour Festival
    2024 [Opening night]"), sometimes with names added ("... Choir: Jane Roe, Jim Poe"). Lines that
    repeat inside lists (menus, product specs, the same question put to each interviewee) or in a
    news ticker are not captions: there the neighbours repeat too or are no prose, or the line asks.

    >>> shared = "Harbour Festival 2024 [Opening night] at the quay"
    >>> prose = [f"The choir sang song number {n} on the new quay until late." for n in range(3)]
    >>> doc = Document.from_text("\\n".join([prose[0], shared, prose[1], shared, prose[2], shared]))
    >>> photo_set_captions(doc, CleanConfig())
    >>> [line.role.value for line in doc.lines]
    ['body', 'caption', 'body', 'caption', 'body', 'caption']
    """
    # A photo set's text is printed three times by kept lines, so at least three times in all.
    if not (index or LineIndex(doc)).printed(_PHOTO_SET_MIN_COPIES):
        return
    texts, runs = _photo_sets(doc, config)
    if not texts:
        return
    for positions, text in runs:
        if text in texts:
            why = f"printed {texts[text]} times between paragraphs: a photo set's caption"
            for pos in positions:  # a paragraph cut in two goes whole
                doc.mark_caption(doc.lines[pos], why)
            continue
        line = doc.lines[positions[0]]
        if (
            len(positions) == 1
            and line.n_words <= config.caption_max_words
            and any(line.text.startswith(t) and line.n_words - count_words(t) <= _PHOTO_SET_EXTRA_WORDS for t in texts)
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
            if nxt is not None and nxt.role is Role.BODY and _BLURB_KEY_WORDS <= nxt.n_words <= _BLURB_MAX_WORDS:
                under.setdefault(tuple(nxt.words[:_BLURB_KEY_WORDS]), []).append(nxt)
    for lines in under.values():
        if len(lines) >= 2:
            for line in lines:
                doc.mark_caption(line, "printed under two copies of a repeated clip or photo title")


#: Lines whose start no credit label can begin are not tried with ``CREDIT_LABEL_ALONE``.
_LABEL_ALONE_GATE = StartGate(CREDIT_LABEL_ALONE, whole=True)


def credits_under_a_label(doc: Document, index: LineIndex | None = None) -> None:
    """A credit label alone on a line ("Фото", "Foto:") and the short name under it are one credit.

    Scrapers cut "Foto: Jan Kowal" in two where the page styles the label apart. The name becomes
    the credit (and finds its caption like any other); the bare label goes as page furniture.

    >>> doc = Document.from_text("Nowe dźwigi w porcie.\\nFoto:\\nJan Kowal\\nPrace potrwają rok.")
    >>> credits_under_a_label(doc)
    >>> [(line.text, line.role.value) for line in doc.lines[1:3]]
    [('Foto:', 'removed'), ('Jan Kowal', 'credit')]
    """
    index = index or LineIndex(doc)
    lines, n_words = doc.lines, index.n_words
    last = len(lines) - 1
    for pos in index.short:  # the label has at most _LABEL_MAX_WORDS words
        if pos >= last:
            break
        if n_words[pos] > _LABEL_MAX_WORDS:
            continue
        label, name = lines[pos], lines[pos + 1]
        if (
            label.role is Role.BODY
            and name.role in (Role.BODY, Role.CREDIT)
            and label.n_words <= _LABEL_MAX_WORDS
            and 1 <= name.n_words <= _CREDIT_NAME_MAX_WORDS
            and name.text[-1] not in ".!?…:"
            and _LABEL_ALONE_GATE(label.text)
            and CREDIT_LABEL_ALONE.fullmatch(label.text) is not None
        ):
            doc.remove(label, "boilerplate", "a credit label on a line of its own; the name under it is the credit")
            if name.role is Role.BODY:
                doc.mark_credit(name, f"the name under the credit label {label.text!r}")


def quoted_titles(doc: Document, index: LineIndex | None = None) -> None:
    """A work's title alone in quotes, printed twice or more, labels the stills from that film or play.

    Reviews put "“Harbour Lights”" under each still; the text names the work inside sentences. Once
    is no evidence: a quoted line alone may be a subheading.

    >>> doc = Document.from_text("“Harbour Lights”\\nThe film opens on Friday.\\n“Harbour Lights”")
    >>> quoted_titles(doc)
    >>> [line.role.value for line in doc.lines]
    ['caption', 'body', 'caption']
    """
    index = index or LineIndex(doc)
    counts: dict[str, int] = {}
    titles: list[Line] = []
    lines, texts = doc.lines, index.texts
    # A title is short and opens with one of QUOTED_TITLE's quotes.
    for line in (lines[pos] for pos in index.short if texts[pos][:1] in _QUOTE_OPENERS):
        if (
            line.role is _BODY
            and 1 <= line.n_words <= _QUOTED_TITLE_MAX_WORDS
            and QUOTED_TITLE.fullmatch(line.text) is not None
        ):
            counts[line.text] = counts.get(line.text, 0) + 1
            titles.append(line)
    for line in titles:
        if counts[line.text] >= 2:
            doc.mark_caption(line, f"a title in quotes printed {counts[line.text]} times: it labels stills")


def gallery_slots(doc: Document, config: CleanConfig, index: LineIndex | None = None) -> None:
    """Captions that alternate with a gallery's photo count ("6") fill every slot before the count.

    Tabloid galleries print the count beside each caption; once two slots hold captions found by
    other rules, a line in another slot that is shaped like them (no full stop) is a caption too
    (the first one often has no credit), and the counts themselves are gallery chrome.

    >>> doc = Document.from_text("Divers searched the old quay\\n4\\nA crane at dusk\\n4\\nThe new pier\\n4")
    >>> for line in doc.lines[2::2]:
    ...     doc.mark_caption(line, "found by another rule")
    >>> gallery_slots(doc, CleanConfig())
    >>> [line.role.value for line in doc.lines]
    ['caption', 'removed', 'caption', 'removed', 'caption', 'removed']
    """
    index = index or LineIndex(doc)
    counts: dict[str, list[int]] = {}
    lines, texts = doc.lines, index.texts
    for pos in index.short:  # a count of at most three characters has at most two words
        text = texts[pos]
        if len(text) <= _COUNT_MAX_DIGITS and text.isdigit() and lines[pos].role is _BODY:
            counts.setdefault(text, []).append(pos)
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


#: A gallery's counter: "1 / 12", "Bild 3 von 8", "Photo 2 of 5", "Foto 2 de 5", "Zdjęcie 3 z 9".
GALLERY_COUNTER = regex.compile(r"(?:^|\s)\d{1,3}\s?(?:/|(?i:von|of|de|di|sur|z|van|из))\s?\d{1,3}$")
# Under a gallery's counter: the slide's caption is one short sentence, a paragraph is the story resuming.
_COUNTER_CAPTION_MAX_WORDS = 20


def counter_captions(doc: Document, index: LineIndex | None = None) -> None:
    """The short sentence right under a gallery's counter ("Bild 3 von 8", "1 / 12") is that slide's caption.

    One finished sentence of at most 20 words that quotes nobody; a longer line or a second sentence
    is the story going on after the gallery, a phrase without a full stop the next section's heading.

    >>> doc = Document.from_text("Bild 3 von 8\\nDie Fähre legt in Romanshorn an.\\nSie fährt mit Strom.")
    >>> doc.remove(doc.lines[0], "media", "a gallery counter")
    >>> counter_captions(doc)
    >>> [line.role.value for line in doc.lines]
    ['removed', 'caption', 'body']
    """
    lines = doc.lines
    for pos in range(len(lines) - 2):  # a caption and a line after it
        counter, cand = lines[pos], lines[pos + 1]
        if (
            counter.kind != "media"
            or cand.role is not _BODY
            or not 3 <= cand.n_words <= _COUNTER_CAPTION_MAX_WORDS
            or not cand.ends_sentence  # a phrase under a gallery is as often the next section's heading
            or counter.role is not _REMOVED
            or GALLERY_COUNTER.search(counter.text) is None
        ):
            continue
        text = cand.text
        if (
            text[:1] in _QUOTE_OPENERS
            or text[:1] in "-–—"
            or text.endswith(":")
            or any(end in text for end in (". ", "! ", "? "))
            or caption_score(text) < 0
        ):
            continue
        doc.mark_caption(cand, "the short line under a gallery's counter: that slide's caption")


# A caption without a credit is short: a paragraph opening "View of ..." is the story.
_BARE_CAPTION_MAX_WORDS = 25
_BARE_CAPTION_MAX_SENTENCES = 2
# The first letters of every view opener (tested); the other shape holds ", ".
_VIEW_INITIALS = frozenset("BbVvTtAaWwGgUuSsZzHhEe")


def bare_captions(doc: Document, index: LineIndex | None = None) -> None:
    """A short line between paragraphs shaped as a caption without a credit is the picture's caption.

    Two shapes (``captions.bare_caption_shape``): a verbless phrase opening on what the picture looks
    at ("Blick vom Turm auf die Altstadt", "The view from the ridge just after sunrise. Worth every
    step.") and a name with an occasion ("El gerente Andrés Roe, durante un recorrido por la obra.").
    The line sits where pictures sit: a finished paragraph of the story above it, a body line under
    it; it quotes nobody and is not the lede.

    >>> text = "Um es vorweg zu sagen: Es hat geregnet, zweimal richtig heftig, bereut haben wir nichts.\\n"
    >>> text += "Blick vom Miradouro da Graça auf die Altstadt.\\nTag 1: Alfama und Graça"
    >>> doc = Document.from_text(text)
    >>> bare_captions(doc)
    >>> [line.role.value for line in doc.lines]
    ['body', 'caption', 'body']
    """
    lines = doc.lines
    n_words = (index or LineIndex(doc)).n_words
    for pos in range(1, len(lines) - 1):
        line = lines[pos]
        if (
            not 3 <= n_words[pos] <= _BARE_CAPTION_MAX_WORDS
            or (line.text[:1] not in _VIEW_INITIALS and ", " not in line.text)
            or line.role is not _BODY
        ):
            continue
        # The shape's patterns cost most: tried last, on lines that already sit where pictures sit.
        before, after = doc.neighbours(pos)
        if (
            before is None
            or after is None
            or before.role is not _BODY
            or after.role is not _BODY
            or not before.ends_sentence
            or before.n_words < _PROSE_MIN_WORDS
            or sum(line.text.count(end) for end in (". ", "! ", "? ")) >= _BARE_CAPTION_MAX_SENTENCES
            # Both are pure: the shape (rarely found) first, the speech patterns only on a line that has it.
            or bare_caption_shape(line.text) is None
            or reports_speech(line.text)
        ):
            continue
        doc.mark_caption(line, "a short line between paragraphs shaped as a caption: what the picture shows")


def copyright_credits(doc: Document, index: LineIndex | None = None) -> None:
    """A line that is only "©" and names joined by slashes is a photo credit, in any script.

    Wire pictures are signed "© Nicolas ROE / AFP/Archives", "© Иван Петров/ТАСС": the slash
    separates photographer and agency. A year or a rights notice makes the line the site's footer,
    and a lowercase word a caption that opens with its credit (``copyright_captions``).

    >>> doc = Document.from_text("Сильный снег в Москве.\\n© Иван Петров/ТАСС\\n© 2026 Harbour Media")
    >>> copyright_credits(doc)
    >>> [line.role.value for line in doc.lines]
    ['body', 'credit', 'body']
    """
    for line in (index or LineIndex(doc)).holding(_COPYRIGHT_SIGN):
        text = line.text.strip()
        if (
            line.role is _BODY
            and text.startswith("©")
            and line.n_words <= _CREDIT_NAME_MAX_WORDS + 2
            and not any(ch.isdigit() for ch in text)
            and COPYRIGHT_CREDIT.fullmatch(text) is not None
        ):
            doc.mark_credit(line, "a copyright sign and names joined by slashes: a photo credit")


def agency_credits(doc: Document, index: LineIndex | None = None) -> None:
    """A short line of names joined by slashes, one of them a news agency, is a photo credit.

    >>> doc = Document.from_text("Die Kräne stehen still.\\nKay Roe/dpa\\nFrankfurt/Main\\nKöln/Bonn\\nLusa/Fim")
    >>> agency_credits(doc)
    >>> [line.role.value for line in doc.lines]
    ['body', 'credit', 'body', 'body', 'body']
    """
    for line in (index or LineIndex(doc)).holding(_SLASH):
        text = line.text.strip()
        if (
            line.role is _BODY
            and "/" in text
            and line.n_words <= _CREDIT_NAME_MAX_WORDS + 2
            and not any(ch.isdigit() for ch in text)
            and SLASHED_CREDIT.fullmatch(text) is not None
            and any(AGENCY_ONLY.fullmatch(part.strip()) is not None for part in text.split("/"))
            and WIRE_END.fullmatch(text) is None  # "Lusa/Fim": the agency's end-of-story mark
        ):
            doc.mark_credit(line, "names joined by slashes, one of them a news agency: a photo credit")


#: What every rights notice of ``RIGHTS_LINE`` holds (any case): its lines are the only ones tried.
_RIGHTS_WORD = re.compile("(?i:reserv|réserv|riservat|vorbehalten|voorbehouden|zastrze)")
#: A part of each of _RIGHTS_WORD's words, lowercase: a text that lowered holds none of them, and holds
#: no "ſ" (the one character (?i:s) takes that does not lower to "s"; no other letter of these parts has
#: one: tested over all of Unicode), holds no rights word.
RIGHTS_PARTS = ("serv", "rbeh", "zastrze")


def may_hold_rights_word(texts: list[str]) -> list[bool]:
    """Per text, False only when ``_RIGHTS_WORD`` finds nothing in it: the texts lowered at once and
    searched for ``RIGHTS_PARTS`` at C speed, instead of a case-insensitive search per text."""
    joined = "\n".join(texts)
    lowered = joined.lower()
    if len(lowered) != len(joined):  # a character lowered to two: positions no longer line up
        return [any(part in text.lower() for part in RIGHTS_PARTS) or "ſ" in text for text in texts]
    flags = [False] * len(texts)
    found = [(part, lowered) for part in RIGHTS_PARTS if part in lowered]
    if "ſ" in joined:
        found.append(("ſ", joined))
    if not found:  # nearly every text: no line to mark, no offsets needed
        return flags
    starts = next_starts(texts)
    for part, haystack in found:
        p = haystack.find(part)
        while p >= 0:
            flags[bisect_right(starts, p)] = True
            p = haystack.find(part, p + 1)
    return flags
_RIGHTS_LINE_MAX_WORDS = 6
# The caption under (or over) a rights notice: one short sentence between paragraphs of the story.
_RIGHTS_CAPTION_MAX_WORDS = 25


def _rights_caption(doc: Document, pos: int, step: int) -> Line | None:
    """The line ``step`` away from the notice at ``pos`` when it reads as its picture's caption.

    One short sentence that reports no speech, with a paragraph of the story on its other side and a
    body line on the notice's other side: a footer notice closes the story, with nothing of it after.
    """
    lines = doc.lines
    at = pos + step
    if not 0 <= at < len(lines):
        return None
    cand, far = lines[at], doc.neighbours(at)[step > 0]
    near = doc.neighbours(pos)[step < 0]
    if (
        cand.role is not _BODY
        or not 3 <= cand.n_words <= _RIGHTS_CAPTION_MAX_WORDS
        or not cand.ends_sentence
        or sum(cand.text.count(end) for end in (". ", "! ", "? ")) > 0
        or cand.text[:1] in _QUOTE_OPENERS
        or far is None
        or far.role is not _BODY
        or not far.ends_sentence
        or far.n_words < _PROSE_MIN_WORDS
        or near is None
        or near.role is not _BODY
    ):
        return None
    return cand if caption_score(cand.text) >= 0 else None


def rights_credits(doc: Document, index: LineIndex | None = None) -> None:
    """A line that is only a rights notice, beside a one-sentence line in mid-story, credits that picture.

    Some publishers sign their own pictures "© Tous droits réservés" (or "Alle Rechte vorbehalten")
    over or under the caption; the site's footer notice names a company or a year, or ends the story.

    >>> text = "Le tram roulera dès l'été prochain jusqu'à Herstal, a annoncé la Ville de Liège.\\n"
    >>> text += "© Tous droits réservés\\nLe pont de Wandre est presque terminé.\\n"
    >>> text += "Le coût total de l'extension est estimé à 190 millions d'euros."
    >>> doc = Document.from_text(text)
    >>> rights_credits(doc)
    >>> [line.role.value for line in doc.lines]
    ['body', 'credit', 'caption', 'body']
    """
    lines = doc.lines
    index = index or LineIndex(doc)
    # Only short lines can be a notice: searching them alone is far cheaper than one case-insensitive
    # search of the whole text (``re`` has no literal prefix to skip ahead on for ``(?i:a|b)``).
    texts, n_words = index.texts, index.n_words
    # A notice has at most _RIGHTS_LINE_MAX_WORDS (< _SHORT_MAX_WORDS) words.
    few = [pos for pos in index.short if n_words[pos] <= _RIGHTS_LINE_MAX_WORDS]
    for pos in compress(few, may_hold_rights_word([texts[pos] for pos in few])):
        if _RIGHTS_WORD.search(texts[pos]) is None:
            continue
        line = lines[pos]
        # strip_boilerplate takes a bare notice for the site's copyright line; beside a caption it is not.
        chrome = line.role is _REMOVED and line.kind == "boilerplate"
        if not (line.role is _BODY or chrome):
            continue
        if RIGHTS_LINE.fullmatch(line.text.strip()) is None:
            continue
        cand = _rights_caption(doc, pos, 1) or _rights_caption(doc, pos, -1)  # the caption is more often under it
        if cand is not None:
            doc.mark_credit(line, "a rights notice alone beside a one-sentence caption: the picture's credit")
            doc.mark_caption(cand, "one sentence beside a rights notice that signs its picture", credit=line.text)


def copyright_captions(doc: Document, index: LineIndex | None = None) -> None:
    """A line that opens with "©" and a name, then goes on, is a picture's credit and its caption.

    Syndicated pages print "© Jane Roe of Harbour Town The quay at dusk" under a picture, the name
    running into the caption. A year after the sign or a rights notice makes it the site's footer, and
    a long number an agency's notice with its story code ("© dpa-infocom, dpa:261127-99-041233/4").

    >>> lines = ["© Jane Roe of Harbour Town The old ferry terminal at dusk", "© infocom, ag:261127-99-041233/4"]
    >>> doc = Document.from_text("\\n".join(lines))
    >>> copyright_captions(doc)
    >>> [line.role.value for line in doc.lines]
    ['caption', 'body']
    """
    for line in (index or LineIndex(doc)).holding(_COPYRIGHT_SIGN):
        text = line.text
        if (
            line.role is _BODY
            and text.startswith("©")
            and text[1:].lstrip()[:1].isalpha()
            and _COPYRIGHT_MIN_WORDS <= line.n_words <= _COPYRIGHT_MAX_WORDS
            and RIGHTS_RESERVED.search(text) is None
            and STORY_CODE.search(text) is None
        ):
            doc.mark_caption(line, "opens with a copyright sign and a name: a picture's credit and caption")


def clip_descriptions(doc: Document, config: CleanConfig, index: LineIndex | None = None) -> None:
    """ "Video: <a sentence>" describes the clip the page embeds there: a caption, label kept.

    >>> doc = Document.from_text("Video: In this talk the harbour master explains how cranes are lifted.")
    >>> clip_descriptions(doc, CleanConfig())
    >>> doc.lines[0].role.value
    'caption'
    """
    for line in (index or LineIndex(doc)).holding(_COLON_SPACE):  # the label ends in ": "
        if (
            line.role is _BODY
            and _CLIP_MIN_WORDS <= line.n_words <= config.caption_max_words
            and line.ends_sentence
            and CLIP_LABEL.match(line.text) is not None
        ):
            doc.mark_caption(line, "describes the clip under a 'Video:' label")
