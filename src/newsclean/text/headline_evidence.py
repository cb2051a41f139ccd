"""The evidence for headline detection: which lines are headline-shaped, and how each agrees with the article.

:mod:`newsclean.text.find_headline` scores these candidates and chooses; this module only describes
them. See there for the rules; here is how they are computed once per text:

* **shape** — per line, from features computed once (word counts with one scan of the whole text for
  scripts without spaces; a line's words only when it has a digit, and the date pattern a branch at
  a time behind cheap tests);
* **agreement** — stems of every line are needed only as far as the candidates' stems go: full lists
  for the candidates and the lede paragraphs, and for every other line only which candidate stems it
  holds (for the weights and the "rest of the article" counts). The lines are masked into words a
  block at a time, once for both (lowercased once with the title keys), and counted as they are split;
* **repetition** — title keys of every line once; short keys repeat only as themselves, longer ones
  are looked for inside page chrome with one C-speed scan of the longer keys of lines that can be
  chrome (not ending with ".").

    >>> from newsclean.document import Document
    >>> from newsclean.config import DEFAULT_CONFIG
    >>> doc = Document.from_text("Storm keeps schools closed\\nThe storm kept the county's schools closed on Monday, "
    ...                          "officials said, and roads stayed icy.")
    >>> [(c.line.text, c.zone) for c in candidates(doc, DEFAULT_CONFIG)]
    [('Storm keeps schools closed', 'top')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterable
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import add, attrgetter, gt, itemgetter, not_

import regex

from newsclean.config import CleanConfig
from newsclean.document import TERMINAL, Document, Line, Role, count_words
from newsclean.text.fix_punctuation import MIN_WORDS_FOR_STOP as _STRAY_COMMA_MIN_WORDS
from newsclean.text.join_split_paragraphs import list_item_ends, paragraph_runs
from newsclean.text.similarity import (
    CONTAINS_MIN_CHARS,
    NO_SPACE_GATE,
    block_words,
    contains_title,
    cut_stems,
    has_no_space_script,
    has_no_space_script_in,
    normalise_title,
    overlaps,
    stem_hits,
    stem_weights,
    stems_of,
    title_keys,
    tokens,
    wanted_hits,
)
from newsclean.text.slugs import slug_agreement, slug_words, spells_slug

__all__ = ["KICKER_WORDS", "Candidate", "candidates", "evidence", "repeats_key"]

# "]" ends captions with a bracketed credit: "... on the Moon [Agency via Example]".
_NOT_HEADLINE_END = frozenset(".,;:。、]")
_SENTENCE_END = frozenset(".…。")
_QUOTES = "\"'”’»」』 "
_OPENERS = "\"'“‘„«「『"
_LIST_START = ("•", "-", "*", "–", "—", "·", "►", "▶", "→", "#", "@")
_MAX_CHARS = 400
# Breadcrumb separators ("»" only between spaces: it is also a quotation mark).
_CRUMB_SEPARATOR = regex.compile(r"\s[›»>/|]\s")
_CRUMB_END = frozenset("›>/|")
_CRUMB_CHARS = re.compile("[›»>/|]")  # what _CRUMB_SEPARATOR needs, for the faster stdlib scan
_CRUMB_MIN_SEPARATORS = 2
_NO_SPACE_CHARS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# "By Jane Doe", "Von Anna Schmidt", "Par Jean Dupont": a byline word before a capitalised name.
# (Case-sensitive name, so "Von der Leyen warnt ..." stays a headline.)
_BYLINE_START = regex.compile(r"(?i:by|von|par|por|door|przez)\s{1,3}\p{Lu}")
_BYLINE_FIRST = frozenset("bvpdBVPD")
# A full date or a clock time: "2024-05-03", "03.05.2024", "3 May 2024", "May 3, 2024", "18:30", and
# the twelve-hour clock, "7 p.m.", "9 AM", "11pm" (a warning banner above the headline: "Winter Storm
# Warning until 7 p.m. Sunday"); "2 am Sonntag" is German for "2 on Sunday".
_CLOCK_12H_PATTERN = r"\b\d{1,2}(?::\d{2})?(?:\s?(?i:[ap]\.\s?m\.)|\s?(?-i:[AP]M)\b|(?-i:[ap]m)\b)"
_DATE_OR_TIME = regex.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}\.?\s\p{L}{3,10}\.?\s\d{4}\b|\b\p{L}{3,10}\.?\s\d{1,2},\s\d{4}\b"
    r"|\b\d{1,2}:\d{2}\b|" + _CLOCK_12H_PATTERN
)
# Its branches one by one (a search of the alternation tries every branch at every position, and the
# branch that starts with letters at every letter: 2-3x slower). A text holds a match of the
# alternation exactly when it holds one of some branch; the "May 3, 2024" branch is tried only where
# its tail (", 2024") occurs, and the clock time only with a colon.
_DATE_BRANCHES = (
    regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"),
    regex.compile(r"\b\d{1,2}\.?\s\p{L}{3,10}\.?\s\d{4}\b"),
)
_MONTH_FIRST_TAIL = regex.compile(r",\s\d{4}\b")
_MONTH_FIRST = regex.compile(r"\b\p{L}{3,10}\.?\s\d{1,2},\s\d{4}\b")
_CLOCK = regex.compile(r"\b\d{1,2}:\d{2}\b")
_CLOCK_12H = regex.compile(_CLOCK_12H_PATTERN)
# A sentence with its source in brackets after the full stop is a caption or a paragraph, not a
# headline: "Ice coats the power lines in Millbrook on Wednesday. (KTRV)".
_SOURCE_AFTER_STOP = regex.compile(r"[.!?…][\"'’”»]{0,2} ?\([^()\n]{1,60}\)$")
# A headline in short sentences with a final full stop (see _dotted_headline).
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'’”»]{0,3}\s{1,3}(?=\S)")
_DOTTED_MIN_SENTENCES = 2
_DOTTED_MAX_SENTENCE_WORDS = 10
# Every branch of _DATE_OR_TIME needs a digit: lines without one skip it (a simple class scans faster).
_DIGIT = regex.compile(r"\d")
# Every character that str.isdigit() takes ("7", "²", "①") and every \d (tests/test_headline_gates.py
# checks all of Unicode): a line without one has no all-digit word and no date, so its words are not needed.
_DIGIT_LIKE = regex.compile(r"[\d\p{No}]")
# In ASCII both are the ten digits: the stdlib ``re`` finds them at a fraction of a regex call's cost.
_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit_like(text: str) -> bool:
    """``_DIGIT_LIKE.search(text) is not None``."""
    return (_ASCII_DIGIT if text.isascii() else _DIGIT_LIKE).search(text) is not None


# A paragraph: long enough, and ends like a sentence. A question of that length is still a headline.
_PARA_MIN_WORDS = 12
_QUESTION_PARA_MIN_WORDS = 25
_LEDE_PARAGRAPHS = 3
#: A line of this many words or fewer is a kicker ("Politics"), never the first line of the header.
KICKER_WORDS = 3
_KICKER_MAX_HEADER_WORDS = 5
_KICKER_NEXT_MIN_WORDS = 7
_KICKER_AGREE_SLACK = 0.1
# Articles have a few hundred lines at most (314 in the dev corpus); hostile inputs have millions.
_SCAN_MAX_LINES = 1_000
_QUICK_MAX_CHARS = 1 << 18  # (_Repeats)
_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11
_NO_SLUG = (0.0, 0.0)
_TEXT, _FIRST_CHAR = attrgetter("text"), itemgetter(slice(0, 1))


class Candidate:
    """A headline-shaped body line and the evidence for it.

    ``agree``, ``agree_doc`` and ``repeats`` are weighed when first read (``_Weigh``), not for every
    candidate up front: the choice reads them only for the lines it can turn on (a short line between
    paragraphs is never taken on its score), and ``agree_doc`` of a line between paragraphs only when
    it is repeated. Given to the constructor, they are taken as they are.
    """

    __slots__ = (
        "_agree",
        "_agree_doc",
        "_repeats",
        "_weigh",
        "first",
        "line",
        "n_words",
        "opens",
        "pos",
        "score",
        "slug",
        "slug_agree",
        "zone",
    )

    def __init__(  # noqa: PLR0917 - the order of the dataclass it was: Candidate(line, pos, zone, agree, ...)
        self,
        line: Line,
        pos: int,
        zone: str,
        agree: float | None = None,
        agree_doc: float | None = None,
        repeats: int | None = None,
        first: bool = False,
        opens: bool = False,
        n_words: int = 0,
        slug: bool = False,
        slug_agree: tuple[float, float] = (0.0, 0.0),
        score: float = 0.0,
        *,
        weigh: _Weigh | None = None,
    ) -> None:
        self.line = line
        self.pos = pos
        self.zone = zone  # "top" (above the first paragraph), "mid" or "end" (after the last paragraph)
        self._agree = agree
        self._agree_doc = agree_doc
        self._repeats = repeats
        self.first = first  # the first headline-shaped line of the header, kickers skipped
        self.opens = opens  # the text's first line, or the first below kicker and breadcrumb lines only
        self.n_words = n_words  # words, or two characters per word in scripts without spaces
        self.slug = slug  # spells the slug of the page's address
        self.slug_agree = slug_agree  # shares of the slug's words it holds, of its words in the slug
        self.score = score
        self._weigh = weigh

    @property
    def agree(self) -> float:
        """Weighted share of its words found in the opening paragraphs."""
        if self._agree is None:
            assert self._weigh is not None
            self._agree = self._weigh.agree(self.pos)
        return self._agree

    @property
    def agree_doc(self) -> float:
        """Weighted share of its words found anywhere else in the article's body."""
        if self._agree_doc is None:
            assert self._weigh is not None
            self._agree_doc = self._weigh.agree_doc(self.pos)
        return self._agree_doc

    @property
    def repeats(self) -> int:
        """Other lines that are this line, or hold it with a little more around it."""
        if self._repeats is None:
            assert self._weigh is not None
            self._repeats = self._weigh.repeats(self.pos)
        return self._repeats

    def __repr__(self) -> str:
        return (
            f"Candidate({self.line.text!r}, pos={self.pos}, zone={self.zone!r}, agree={self.agree:.3f}, "
            f"agree_doc={self.agree_doc:.3f}, repeats={self.repeats}, first={self.first}, n_words={self.n_words})"
        )


def _last_char(text: str) -> str:
    """The last character before closing quotes: '.' for 'He said "no."'."""
    stripped = text.rstrip(_QUOTES)
    return stripped[-1] if stripped else ""


def _n_words(line: Line) -> int:
    """Words, or for scripts written without spaces (Chinese, Japanese) one per two characters."""
    text = line.text
    if text.isascii():  # those scripts are not ASCII: skip the scan
        return line.n_words
    n_chars = len(_NO_SPACE_CHARS.findall(text)) if has_no_space_script(text) else 0
    return max(line.n_words, n_chars // 2)


def _headline_shaped(line: Line, n_words: int, config: CleanConfig, *, dotted: bool = False) -> bool:
    """``n_words`` is ``_n_words(line)``; ``dotted``: a final full stop is allowed."""
    text = line.text
    if not config.headline_min_words <= n_words <= config.headline_max_words:
        return False
    last = _last_char(text)
    if len(text) > _MAX_CHARS or (last in _NOT_HEADLINE_END and not (dotted and last == ".")) or text[0].islower():
        return False
    # A copyright sign marks a credit or a caption ("..., photos © Example, 2018"), never a headline;
    # nor does a sentence with its source in brackets after it.
    if text.startswith(_LIST_START) or "©" in text or (last == ")" and _SOURCE_AFTER_STOP.search(text)):
        return False
    # Dates, scores and prices ("11.14.2019 09:00 AM") are not headlines: most words must have letters.
    # (Without a digit-like character no word is all digits: every word has letters.)
    digits = _has_digit_like(text)
    lettered = line.n_words
    if digits:
        lettered -= sum(map(str.isdigit, line.words))
    if 2 * lettered <= line.n_words or (lettered < 2 and not has_no_space_script(text)):
        return False
    # Bylines and meta lines: "By Jane Doe - Staff Writer 2024-05-03", "3 May 2024 | by Jane Doe".
    # (_BYLINE_FIRST: the only characters a byline word can start with, tested on every code point.)
    if (text[0] in _BYLINE_FIRST and _BYLINE_START.match(text)) or (digits and _has_date_or_time(text)):
        return False
    # Breadcrumbs: "Home › Politik ›", "News / World / Europe"; a separator needs one of _CRUMB_CHARS.
    return text[-1] not in _CRUMB_END and (
        _CRUMB_CHARS.search(text) is None or len(_CRUMB_SEPARATOR.findall(text)) < _CRUMB_MIN_SEPARATORS
    )


def _slug_line(lines: list[Line], slug: tuple[str, ...] | None) -> int | None:
    """Position of the first body line that spells the slug of the page's address, if any.

    "Opening Bell 5.3.24" on ``.../opening-bell-5-3-24/``: the CMS made the address from the headline,
    so that line is the headline even when it is too short or too dated to look like one.
    """
    if slug is None:
        return None
    # A line spelling n slug words has at least n characters and, with separators, not many more.
    longest = 4 * sum(len(w) + 1 for w in slug) + 20
    for pos, line in enumerate(lines):
        if line.role is _BODY and len(line.text) <= longest and spells_slug(line.text, slug):
            return pos
    return None


def _dotted_headline(
    doc: Document,
    lines: list[Line],
    texts: list[str],
    n_words: list[int],
    *,
    first_para: int | None,
    config: CleanConfig,
) -> int | None:
    """Position (among the lines not removed) of a header headline that ends with a full stop.

    "Stocks Fall After the Report. Why You Shouldn't Worry." / "By Jane Doe": in short sentences, above
    every paragraph and right above a byline or a dateline (which headlines have below them, ledes not).

    ``lines`` are the lines not removed, ``texts`` theirs, ``first_para`` the position of the first
    paragraph (``_is_paragraph``) or None. Only lines up to it are looked at, and of those only the ones
    with a sentence break (found by one scan of their joined text): short sentences need two.
    """
    end = len(lines) if first_para is None else first_para + 1
    if end == 0:
        return None
    # "\x00" is neither a space, a quote nor a stop: no break match crosses it, so each line's first
    # match is found in the joined text at that line.
    joined = "\x00".join(texts[:end])
    # Offsets at C speed: the i-th line starts after the i earlier texts and i separators.
    starts = [0, *map(add, accumulate(map(len, texts[: end - 1])), count(1))]
    at_of: dict[int, int] | None = None
    for pos in _holders_of(_SENTENCE_BREAK, joined, starts):
        line = lines[pos]
        if line.role is not _BODY or not _in_short_sentences(line.text):
            continue
        if at_of is None:  # where the lines sit in doc.lines, for the line below (also a removed one)
            at_of = {id(ln): i for i, ln in enumerate(doc.lines)}
        i = at_of[id(line)]
        below = doc.lines[i + 1] if i + 1 < len(doc.lines) else None
        if below is not None and _is_meta(below):
            return pos if _headline_shaped(line, n_words[pos], config, dotted=True) else None
    return None


def _in_short_sentences(text: str) -> bool:
    if _last_char(text) != "." or len(text) > _MAX_CHARS:
        return False
    sentences = _SENTENCE_BREAK.split(text)
    return len(sentences) >= _DOTTED_MIN_SENTENCES and all(
        len(s.split()) <= _DOTTED_MAX_SENTENCE_WORDS for s in sentences
    )


def _is_meta(line: Line) -> bool:
    """A byline or a dateline: removed as such already, or shaped like one."""
    if line.role is _REMOVED:
        return line.kind == "byline"
    text = line.text
    return bool(_BYLINE_START.match(text) or _has_date_or_time(text))


def _has_date_or_time(text: str) -> bool:
    """``_DATE_OR_TIME.search(text) is not None``, a branch at a time behind cheap necessary tests."""
    if (_ASCII_DIGIT if text.isascii() else _DIGIT).search(text) is None:  # every branch needs a \d
        return False
    if any(branch.search(text) for branch in _DATE_BRANCHES):
        return True
    if _MONTH_FIRST_TAIL.search(text) is not None and _MONTH_FIRST.search(text) is not None:
        return True
    if ":" in text and _CLOCK.search(text) is not None:
        return True
    return ("m" in text or "M" in text) and _CLOCK_12H.search(text) is not None


def _mended(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Words and last character of the paragraph that each unfinished body line starts once mended.

    ``join_split_paragraphs`` and ``fix_punctuation`` run after this cleaner: "The council voted to
    close the" / "library on Monday." is one paragraph once joined (``paragraph_runs``, the joiner's
    own rule), and "... the council said," ends one once its stray comma is a full stop (a list item's
    comma stays, ``list_item_ends``). Judged as they will be, so a second clean of the cleaned text
    reaches the same verdict. Keys are positions in ``lines`` (the lines not removed) of the
    paragraphs' first lines, only where the mended paragraph differs from that line.
    """
    out: dict[int, tuple[int, str]] = {}
    # A line joins the one above only when it starts in lower case, and a paragraph of one line differs
    # from it only when it ends in a comma: without either (most texts), every paragraph is its line.
    texts = list(map(_TEXT, lines))
    if not any(map(str.islower, map(_FIRST_CHAR, texts))) and not any(map(str.endswith, texts, repeat(","))):
        return out
    item_ends: set[int] | None = None  # asked only when a paragraph ends in a comma
    for positions, text in paragraph_runs(lines):
        n_words = count_words(text) if len(positions) > 1 else lines[positions[0]].n_words
        stray_comma = text.endswith(",") and n_words >= _STRAY_COMMA_MIN_WORDS
        if stray_comma:  # a list item's final comma stays
            item_ends = list_item_ends(lines) if item_ends is None else item_ends
            stray_comma = lines[positions[-1]].index not in item_ends
        if len(positions) > 1:
            out[positions[0]] = (n_words, "." if stray_comma else _last_char(text))
        elif stray_comma:
            out[positions[0]] = (n_words, ".")
    return out


def _is_paragraph(line: Line, n_words: int, config: CleanConfig, mended: tuple[int, str] | None = None) -> bool:
    """``mended``: the words and last character of the paragraph the line becomes (``_mended``), if not its own."""
    if line.role is not _BODY:
        return False
    last = None
    if mended is not None:
        n_words, last = mended
    if n_words > config.headline_max_words:
        return True
    if n_words < _PARA_MIN_WORDS:
        return False
    if last is None:
        last = _last_char(line.text)
    if last in "?!？！":
        return n_words >= _QUESTION_PARA_MIN_WORDS
    return last in _SENTENCE_END or last in ")]"


def repeats_key(other: Line, other_key: str, key: str) -> bool:
    """``other`` is the line with key ``key`` again, or holds it inside page chrome ("Home » News » ...")."""
    if other_key == key:
        return True
    return not other.text.endswith(".") and contains_title(other.text, key, norm=other_key)


def _is_kicker(cand: Candidate, below: Candidate | None) -> bool:
    """A topic label right above the headline: the line below is much longer, or holds this one's words,
    and agrees with the article as well.

    "Krieg in der Ukraine" above "Selenskyj fordert mehr Luftabwehr von den Verbündeten";
    "Dancing With the Stars" above "Star eliminated from 'Dancing with the Stars' after ...".
    """
    if below is None or below.pos != cand.pos + 1 or below.agree_doc < cand.agree_doc - _KICKER_AGREE_SLACK:
        return False
    n_words, n_below = cand.n_words, below.n_words
    if n_words <= _KICKER_MAX_HEADER_WORDS and n_below >= max(_KICKER_NEXT_MIN_WORDS, n_words + 3):
        return True
    return n_below > n_words and normalise_title(cand.line.text) in normalise_title(below.line.text)


def _mark_first(cands: list[Candidate]) -> None:
    """Give the first headline-shaped line of the header (not a kicker above the headline) its bonus."""
    top = [c for c in cands if c.zone == "top"]
    for i, c in enumerate(top):
        if c.n_words <= KICKER_WORDS or _is_kicker(c, top[i + 1] if i + 1 < len(top) else None):
            continue
        c.first = True
        return


def candidates(doc: Document, config: CleanConfig) -> list[Candidate]:
    """Every headline-shaped body line with its evidence, in document order."""
    return evidence(doc, config)[0]


def evidence(doc: Document, config: CleanConfig) -> tuple[list[Candidate], list[Line], list[str]]:
    """The candidates, and the lines they were weighed against with their title keys (none without candidates)."""
    lines = [ln for ln in doc.lines if ln.role is not _REMOVED]
    texts = [ln.text for ln in lines]
    # One scan of the text's non-ASCII characters for scripts without spaces: most texts have none,
    # and then no line needs its own scan (word counts, stems). The lowered text it reads is kept for
    # the title keys and the words.
    no_space = has_no_space_script_in(texts)
    n_words = [ln.n_words for ln in lines]
    if no_space:  # _n_words differs from n_words only on lines with a character of those blocks
        # Line by line (not one scan of the texts joined): a joined copy of a big CJK text, four bytes a
        # character, was the largest allocation of the whole pipeline.
        search = NO_SPACE_GATE.search
        for pos, text in enumerate(texts):
            if not text.isascii() and search(text) is not None:
                n_words[pos] = _n_words(lines[pos])
    # A paragraph has at least _PARA_MIN_WORDS words, or more than a headline: test only those lines.
    para_min = min(_PARA_MIN_WORDS, config.headline_max_words + 1)
    wordy = [pos for pos, n in enumerate(n_words) if n >= para_min]
    mended = _mended(lines)
    if mended:  # a line cut in two may make a paragraph only with its other half
        wordy = sorted(set(wordy).union(mended))
    para0 = next((pos for pos in wordy if _is_paragraph(lines[pos], n_words[pos], config, mended.get(pos))), None)
    dotted = _dotted_headline(doc, lines, texts, n_words, first_para=para0, config=config)
    slug = slug_words(doc.metadata.url)
    slugged = _slug_line(lines, slug)
    lo, hi = config.headline_min_words, config.headline_max_words
    # A line ending in one of _NOT_HEADLINE_END (none is a quote) is not headline-shaped: tested inline.
    shaped = [
        pos
        for pos, n in enumerate(n_words)
        if lo <= n <= hi
        and texts[pos][-1] not in _NOT_HEADLINE_END
        and lines[pos].role is _BODY
        and _headline_shaped(lines[pos], n, config)
    ]
    extra = {p for p in (dotted, slugged) if p is not None and lines[p].role is _BODY}
    cand_pos = sorted(extra.union(shaped)) if extra else shaped
    if not cand_pos:  # nothing to weigh: skip the evidence (same answer, no work)
        return [], lines, []
    body = _BODY
    para_pos = [
        i for i in wordy if i not in (dotted, slugged) and _is_paragraph(lines[i], n_words[i], config, mended.get(i))
    ]
    if not para_pos:
        # No real paragraph: short texts; weigh against every sentence-like line instead.
        para_pos = [
            i
            for i, ln in enumerate(lines)
            if i not in (dotted, slugged)
            and ln.role is body
            and (ln.ends_sentence or (i in mended and mended[i][1] in TERMINAL))
        ]
    keys = title_keys(texts)
    # The opening paragraphs, but not a copy of the candidate; the same few for nearly every candidate.
    lede_of = _ledes(para_pos, keys, {keys[p] for p in cand_pos})
    words = _Words(lines, keys, no_space, cand_pos, chain.from_iterable(lede_of.values()))
    weigh = _Weigh(words, lede_of, lines, keys)
    first_para = para_pos[0] if para_pos else len(lines)
    last_para = para_pos[-1] if para_pos else -1
    out: list[Candidate] = []
    for pos in cand_pos:
        line = lines[pos]
        zone = "top" if pos < first_para else ("end" if pos > last_para else "mid")
        if zone != "top" and pos != slugged and _pull_quote(line.text):
            continue
        out.append(
            Candidate(
                line,
                pos,
                zone,
                n_words=n_words[pos],
                slug=pos == slugged,
                slug_agree=slug_agreement(line.text, slug) if slug else _NO_SLUG,  # its answer without a slug
                weigh=weigh,
            )
        )
    # Lines of kicker length that do not end like a sentence ("Startseite", "Lokales", "Verkehr") above
    # a line do not take the first line's place from it: they are what a page prints above its <h1>.
    opener = next((p for p, n in enumerate(n_words) if n > KICKER_WORDS or lines[p].ends_sentence), None)
    for c in out:
        c.opens = c.pos == opener
    _mark_first(out)
    return out, lines, keys


class _Weigh:
    """A candidate's evidence, weighed when it is first read (``Candidate``): agreement with its ledes and with
    the rest of the article, and its repeats. ``lines``, ``keys``: the lines not removed and their title keys."""

    def __init__(self, words: _Words, lede_of: dict[str, tuple[int, ...]], lines: list[Line], keys: list[str]) -> None:
        self._words, self._lede_of, self._lines, self._keys = words, lede_of, lines, keys
        self._ledes: dict[tuple[int, ...], set[str]] = {}  # the same few paragraphs for nearly every candidate
        self._repeats: _Repeats | None = None

    def agree(self, pos: int) -> float:
        lede_pos = self._lede_of[self._keys[pos]]
        lede = self._ledes.get(lede_pos)
        if lede is None:
            stems = self._words.stems
            lede = self._ledes[lede_pos] = set(chain.from_iterable(stems(p) for p in lede_pos))
        return overlaps(self._words.stems(pos), (lede,), self._words.weights)[0]

    def agree_doc(self, pos: int) -> float:
        words = self._words
        return overlaps(words.stems(pos), (words.rest(pos, self._keys[pos]),), words.weights)[0]

    def repeats(self, pos: int) -> int:
        if self._repeats is None:
            self._repeats = _Repeats(self._lines, self._keys)
        return self._repeats.count(pos)


def _ledes(para_pos: list[int], keys: list[str], cand_keys: set[str]) -> dict[str, tuple[int, ...]]:
    """For each candidate key, the first _LEDE_PARAGRAPHS paragraphs whose key is another (not a copy of it).

    Nearly always the first few paragraphs, whatever the key (a headline is rarely printed again as a
    paragraph): only a key held by one of them is looked further for.
    """
    head = tuple(para_pos[:_LEDE_PARAGRAPHS])
    head_keys = {keys[p] for p in head}
    return {
        key: head if key not in head_keys else tuple(islice((p for p in para_pos if keys[p] != key), _LEDE_PARAGRAPHS))
        for key in cand_keys
    }


_NO_COUNTS: dict[str, int] = {}


class _Words:
    """The stems of a text's lines, as far as the candidates need them.

    Full stem lists only for the lines compared word by word (candidates, and ``also``: the lede
    paragraphs); of every other line only which candidate stems it holds: for the weights (in how
    many lines a stem occurs) and a candidate's "rest of the article" (in how many body lines, less
    those that are this line again), a count difference instead of a union over every line.

    The lines are masked a block at a time (``block_words``): first the full lists, whose stems are
    the ones wanted, then the counts. A text of one block (nearly every article) is masked once for
    both; a longer one twice, so that only one block is held at a time. The lines cut in full are
    counted from their stems, not cut again, and a candidate's own hits are its distinct stems.
    """

    def __init__(
        self, lines: list[Line], keys: list[str], no_space: bool, cand_pos: list[int], also: Iterable[int] = ()
    ) -> None:
        self._texts = texts = [ln.text for ln in lines]
        self._no_space = no_space
        self._full: dict[int, list[str]] = {}
        blocks = block_words(texts, no_space)
        head = list(islice(blocks, 2))
        single = len(head) < 2
        needed = sorted(set(cand_pos).union(also))
        start = 0
        for words, block_no_space in head if single else chain(head, blocks):
            stop = start + len(words)
            for pos in needed[bisect_left(needed, start) : bisect_left(needed, stop)]:
                self._full[pos] = self._cut(pos, words[pos - start].split(), block_no_space)
            start = stop
        wanted: set[str] = set().union(*(self._full[pos] for pos in cand_pos))
        wanted3 = {stem for stem in wanted if len(stem) >= 3}  # what a cut of three characters or more can be
        self._wanted, self._keys = wanted, keys
        self._is_body = is_body = [ln.role is _BODY for ln in lines]
        body_count: Counter[str] = Counter()
        all_body = all(is_body)
        other_count: Counter[str] | None = None if all_body else Counter()  # counted only where there are some
        start = 0
        for words, block_no_space in head if single else block_words(texts, no_space):
            stop = start + len(words)
            body_mask = is_body[start:stop]
            # The body lines cut in full above (candidates, ledes: the longest paragraphs) are not cut
            # again: their hits are the wanted stems among their stems (a token of one or two characters
            # is its own cut, and no wanted stem is that short). Not so for the character pairs of
            # scripts without spaces, which stem_hits finds only among the wanted ones.
            in_block = needed[bisect_left(needed, start) : bisect_left(needed, stop)]
            cut_body = [] if block_no_space else [pos for pos in in_block if body_mask[pos - start]]
            body_count.update(chain.from_iterable(map(wanted3.intersection, map(self._full.__getitem__, cut_body))))
            for pos in cut_body:
                body_mask[pos - start] = False
            # Counted at C speed, a line split as it is read (its tokens still in the CPU's cache while
            # they are cut and counted); body and other lines apart, together the weights.
            if any(body_mask):  # in a short text every body line may have been cut above: none left
                body = compress(words, body_mask)
                body_count.update(chain.from_iterable(wanted_hits(map(str.split, body), wanted, block_no_space)))
            if other_count is not None:
                other = compress(words, map(not_, is_body[start:stop]))
                other_count.update(chain.from_iterable(wanted_hits(map(str.split, other), wanted, block_no_space)))
            start = stop
        self._body_count = body_count
        self._key_count: dict[str, dict[str, int]] = {}  # filled as rest() asks (_same_key)
        found = body_count  # read only from here on: a copy is needed only to add the other lines' counts
        if other_count:
            found = body_count.copy()
            found.update(other_count)
        self.weights = stem_weights(found, len(lines))

    def _cut(self, pos: int, words: list[str], no_space: bool) -> list[str]:
        """The stems of line ``pos`` from its tokens ``words``; ``no_space``: its block may hold those scripts."""
        if no_space and has_no_space_script(self._texts[pos]):
            return stems_of(words, True)
        return cut_stems(words)  # not interned: only a few lines' stems are kept here

    def _same_key(self, key: str) -> dict[str, int]:
        """In how many body lines with the title key ``key`` each wanted stem occurs.

        Per key, and only for the candidates whose rest is read: nearly always one line, the candidate
        itself. A line cut in full gives its hits from its stems (a token of one or two characters is
        its own cut, and no wanted stem is that short; not so for the character pairs of scripts
        without spaces, which ``stem_hits`` finds among the wanted ones); others are cut again.
        """
        counts = self._key_count.get(key)
        if counts is None:
            counts = self._key_count[key] = {}
            wanted = self._wanted
            # The lines with that key, found at C speed, then the body lines among them.
            for i in compress(count(), map(key.__eq__, self._keys)):
                if not self._is_body[i]:
                    continue
                full = None if self._no_space else self._full.get(i)
                if full is not None:
                    hits: Collection[str] = wanted.intersection(full)
                else:
                    hits = stem_hits([tokens(self._texts[i])], wanted, self._no_space)[0]
                for stem in hits:
                    counts[stem] = counts.get(stem, 0) + 1
        return counts

    def stems(self, pos: int) -> list[str]:
        """``stems(line)`` of the line at ``pos``, from its tokens."""
        full = self._full.get(pos)
        if full is None:
            full = self._full[pos] = self._cut(pos, tokens(self._texts[pos]), self._no_space)
        return full

    def rest(self, pos: int, key: str) -> set[str]:
        """The stems of line ``pos`` found in a body line that is not this line (key ``key``) again."""
        stems = self.stems(pos)
        # The set comprehension's test, at C speed (a missing stem counts 0).
        body, same = self._body_count.get, self._same_key(key).get
        more = map(gt, map(body, stems, repeat(0)), map(same, stems, repeat(0)))
        return set(compress(stems, more))


class _Repeats:
    """How often a line is repeated: lines with the same key, or (page chrome) holding it among a few more words."""

    def __init__(self, lines: list[Line], keys: list[str]) -> None:
        self._lines, self._keys = lines, keys
        # The chrome test needs a substring scan, candidates x lines: only on texts of article size;
        # past _SCAN_MAX_LINES only exact repeats count (linear).
        self._scan = len(lines) <= _SCAN_MAX_LINES
        self._key_lines: Counter[str] | None = None
        # Every key in one string (a key holds no line break): a key found there only as often as lines
        # have it is held by no longer key, and then no line holds it inside chrome (nearly always).
        # Only for texts of article size: on longer ones this scan would come on top of the other.
        self._all = "\n".join(keys) if self._scan and sum(map(len, keys)) <= _QUICK_MAX_CHARS else None
        self._held: list[int] | None = None
        self._lengths: list[int] = []
        self._joined = ""
        self._starts: list[int] = []

    def _hold(self) -> list[int]:
        """The lines that may hold a key inside chrome, for the keys that some longer key holds.

        A line holds another's key inside chrome only with a longer key, and not when it ends with
        "." (repeats_key): only those lines are scanned (headings, chrome; not most paragraphs),
        their keys sorted by length so that a key is looked for only among the longer ones, all in
        one string, so that the lines holding a key are found by C-speed str.find.
        """
        if self._held is None:
            keys, lines = self._keys, self._lines
            long_open = (i for i, k in enumerate(keys) if len(k) >= CONTAINS_MIN_CHARS and lines[i].text[-1:] != ".")
            held = sorted(long_open, key=list(map(len, keys)).__getitem__)  # by key length, at C speed
            held_keys = [keys[i] for i in held]
            self._held, self._lengths = held, list(map(len, held_keys))
            self._joined = "\n".join(held_keys)
            self._starts = list(accumulate((n + 1 for n in self._lengths[:-1]), initial=0)) if held else []
        return self._held

    def count(self, pos: int) -> int:
        key = self._keys[pos]
        # Keys too short to be held inside chrome (contains_title) repeat only as themselves.
        if not self._scan or len(key) < CONTAINS_MIN_CHARS:
            if self._key_lines is None:
                self._key_lines = Counter(self._keys)
            return self._key_lines[key] - 1  # the other lines with this key: each repeats it
        same = self._keys.count(key)  # this line and the others with its key (at most _SCAN_MAX_LINES)
        if self._all is not None and self._all.count(key) == same:
            return same - 1
        held = self._hold()
        first = bisect_right(self._lengths, len(key))  # the held keys longer than this one
        if first == len(held) or self._joined.find(key, self._starts[first]) < 0:
            return same - 1  # one C-speed scan, no Python loop: no longer line holds it
        lines, keys = self._lines, self._keys
        holders = (held[j] for j in _holders(self._joined, self._starts, key, first))
        return same - 1 + sum(1 for i in holders if repeats_key(lines[i], keys[i], key))


def _holders(joined: str, starts: list[int], key: str, first: int = 0) -> Iterable[int]:
    """Indexes (from ``first`` on) of the keys that hold ``key``: ``joined`` is the keys joined by line
    breaks, ``starts`` their offsets."""
    if not key:
        return range(first, len(starts))
    out: list[int] = []
    if first >= len(starts):
        return out
    at = joined.find(key, starts[first])
    while at >= 0:
        i = bisect_right(starts, at) - 1
        out.append(i)
        if i + 1 == len(starts):
            break
        at = joined.find(key, starts[i + 1])
    return out


def _holders_of(pattern: regex.Pattern[str] | re.Pattern[str], joined: str, starts: list[int]) -> list[int]:
    """Indexes of the lines where ``pattern`` matches, in order: ``joined`` is the lines' texts joined by
    a separator no match can span (or none), ``starts`` their offsets. One search per matching line."""
    out: list[int] = []
    n = len(starts)
    found = pattern.search(joined)
    while found is not None:
        i = bisect_right(starts, found.start()) - 1
        out.append(i)
        if i + 1 == n:
            break
        found = pattern.search(joined, starts[i + 1])
    return out


def _pull_quote(text: str) -> bool:
    """A line between paragraphs set wholly in quotes is a pull quote, not a headline."""
    return text[0] in _OPENERS and text[-1] in _QUOTES
