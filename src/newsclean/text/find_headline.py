"""find_headline: the headline, wherever the scrape put it, taken out of the body.

With a given title, every line that *is* that title (also with a site name around it, "Headline |
Site", or in other quotes, case or spacing) leaves the body: the first becomes the title line, the
others are removed as ``duplicate_title``.

Without one, every short line that does not end like a sentence is weighed on evidence that holds in
any language (no Title Case, no word lists beyond a few byline words):

* **agreement** — its words recur in the opening paragraphs (a headline summarises the lede; a
  subheading such as "What happens next" or a kicker such as "Politics" does not). Words are compared
  by their first letters, weighted so that words found in most lines (function words) count little
  (``newsclean.text.similarity``);
* **repetition** — the same line again, or a longer line that holds it ("Headline | Site",
  "Home » News » Headline", "Share All sharing options for: Headline"), when the article speaks of it;
* **position** — the first line of the text, or the first line of the header (above the first
  paragraph) that speaks of the article, gets a bonus; a kicker right above a longer headline
  ("Krieg in der Ukraine" / "Kiew bittet ...") passes it on. A line between paragraphs or after the
  last one (scrapes that kept the ``<h1>`` where it sat in the page) needs six words, agreement with
  the lede, and must beat the best header line clearly; when it is the text's only headline-shaped
  line, some agreement with the lede is enough if it speaks of the whole article;
* **shape** — 3–30 words, mostly letters, not starting in lowercase; not a list item, a byline
  ("By Jane Doe", "Von Anna Schmidt"), a line with a date or a clock time, or (between paragraphs) a
  pull quote set in quotation marks.

A line that is only the page's own address, whose slug spells the headline
("https://example.com/news/storm-keeps-schools-closed-123.php"), leaves the body as ``duplicate_title``
too, with a found or a given title.

A real paragraph ends like a sentence, so it is never taken. Kicker and breadcrumb lines above a top
headline are removed as ``boilerplate`` only when they are short and do not end like a sentence.

A header headline that ends with a full stop ("Prices rise. Why that matters.") counts only in short
sentences, above every paragraph and right above a byline or dateline (a lede has none below it).

Known gaps: a headline that ends with a full stop and has no byline below it stays in the body;
in an article without a headline, a long subheading that restates the lede is taken for one; a catchy
mid-text headline that shares few words with the lede is not found.

    "US, Chinese officials to meet to discuss further Huawei restrictions"   (after the body)
        -> title, reason "headline-shaped line after the last paragraph that agrees strongly with the lede"
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, compress, islice

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.text.similarity import (
    CONTAINS_MIN_CHARS,
    contains_title,
    has_no_space_script,
    normalise_title,
    overlaps,
    same_title,
    stem_hits,
    stem_weights,
    stems_of,
    tokens,
)

__all__ = ["Candidate", "candidates", "find_headline", "normalise_title"]

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
_CRUMB_MIN_SEPARATORS = 2
_NO_SPACE_CHARS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# "By Jane Doe", "Von Anna Schmidt", "Par Jean Dupont": a byline word before a capitalised name.
# (Case-sensitive name, so "Von der Leyen warnt ..." stays a headline.)
_BYLINE_START = regex.compile(r"(?i:by|von|par|por|door|przez)\s{1,3}\p{Lu}")
# A full date or a clock time: "2024-05-03", "03.05.2024", "3 May 2024", "May 3, 2024", "18:30".
_DATE_OR_TIME = regex.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}\.?\s\p{L}{3,10}\.?\s\d{4}\b|\b\p{L}{3,10}\.?\s\d{1,2},\s\d{4}\b"
    r"|\b\d{1,2}:\d{2}\b"
)
# A headline in short sentences with a final full stop (see _dotted_headline).
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'’”»]{0,3}\s{1,3}(?=\S)")
_DOTTED_MIN_SENTENCES = 2
_DOTTED_MAX_SENTENCE_WORDS = 10
# Every branch of _DATE_OR_TIME needs a digit: lines without one skip it (a simple class scans faster).
_DIGIT = regex.compile(r"\d")
# A paragraph: long enough, and ends like a sentence. A question of that length is still a headline.
_PARA_MIN_WORDS = 12
_QUESTION_PARA_MIN_WORDS = 25
_LEDE_PARAGRAPHS = 3
_KICKER_MAX_WORDS = 8
_KICKER_WORDS = 3
_KICKER_MAX_HEADER_WORDS = 5
_KICKER_NEXT_MIN_WORDS = 7
_KICKER_AGREE_SLACK = 0.1
_LONG_HEADLINE_WORDS = 15
_STANDFIRST_WORDS = 20
_MAX_REPEATS = 2
# Articles have a few hundred lines at most (314 in the dev corpus); hostile inputs have millions.
_SCAN_MAX_LINES = 1_000
# Scores add up agreement (0-1) and bonuses. The values were set on the dev corpus *and* on the same
# pages with their headline moved to the top, mid-text, the end or nowhere
# (benchmarks/headline_placement.py), so that no placement pays for another and a text without a
# headline rarely loses a line; flat optima, so round numbers.
_REPEAT_BONUS = 0.3
_FIRST_BONUS = 0.5
_FIRST_FULL_AGREE = 0.6
_TOP_NEED = 0.8
_MID_NEED = 0.5
_MID_MIN_AGREE = 0.3
_MID_MIN_WORDS = 6
_MID_LEAD = 0.05
_MID_MARGIN = 0.2
# The page's own address on a line of its own: "https://example.com/news/storm-keeps-schools-closed-123.html".
_ADDRESS = regex.compile(r"(?:https?://|www\.)\S{1,2000}")
# Its words hold the headline when most of the headline's words are in word triples found among them
# (a slug drops apostrophes, may cut the last words, and "L.A." becomes "l-a").
_SLUG_MIN_WORDS = 3
# Letters that NFKD does not split into a base letter and an accent, as slugs spell them.
_SLUG_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})
_SLUG_COVER = 0.75
# The only headline-shaped line of a text, between paragraphs (a scrape that kept the <h1> where it sat
# and no subheadings): it needs less agreement with the lede if it speaks of the whole article.
_LONE_MIN_AGREE = 0.2
_LONE_MIN_AGREE_DOC = 0.7


@dataclass
class Candidate:
    """A headline-shaped body line and the evidence for it."""

    line: Line
    pos: int
    zone: str  # "top" (above the first paragraph), "mid" or "end" (after the last paragraph)
    agree: float  # weighted share of its words found in the opening paragraphs
    agree_doc: float  # ... found anywhere else in the article's body
    repeats: int  # other lines that are this line, or hold it with a little more around it
    first: bool = False  # the first headline-shaped line of the header, kickers skipped
    n_words: int = 0  # words, or two characters per word in scripts without spaces
    score: float = 0.0


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
    # A copyright sign marks a credit or a caption ("..., photos © Example, 2018"), never a headline.
    if text.startswith(_LIST_START) or "©" in text:
        return False
    # Dates, scores and prices ("11.14.2019 09:00 AM") are not headlines: most words must have letters.
    lettered = sum(1 for w in line.words if not w.isdigit())
    if 2 * lettered <= line.n_words or (lettered < 2 and not has_no_space_script(text)):
        return False
    # Bylines and meta lines: "By Jane Doe - Staff Writer 2024-05-03", "3 May 2024 | by Jane Doe".
    if _BYLINE_START.match(text) or (_DIGIT.search(text) and _DATE_OR_TIME.search(text)):
        return False
    # Breadcrumbs: "Home › Politik ›", "News / World / Europe".
    return not (text[-1] in _CRUMB_END or len(_CRUMB_SEPARATOR.findall(text)) >= _CRUMB_MIN_SEPARATORS)


def _dotted_headline(doc: Document, n_words: list[int], config: CleanConfig) -> int | None:
    """Position (among the lines not removed) of a header headline that ends with a full stop.

    "Stocks Fall After the Report. Why You Shouldn't Worry." / "By Jane Doe": in short sentences, above
    every paragraph and right above a byline or a dateline (which headlines have below them, ledes not).
    """
    pos = -1
    for i, line in enumerate(doc.lines):
        if line.role is Role.REMOVED:
            continue
        pos += 1
        below = doc.lines[i + 1] if i + 1 < len(doc.lines) else None
        if line.role is Role.BODY and _in_short_sentences(line.text) and below is not None and _is_meta(below):
            return pos if _headline_shaped(line, n_words[pos], config, dotted=True) else None
        if _is_paragraph(line, n_words[pos], config):
            return None
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
    if line.role is Role.REMOVED:
        return line.kind == "byline"
    text = line.text
    return bool(_BYLINE_START.match(text) or (_DIGIT.search(text) and _DATE_OR_TIME.search(text)))


def _is_paragraph(line: Line, n_words: int, config: CleanConfig) -> bool:
    if line.role is not Role.BODY:
        return False
    if n_words > config.headline_max_words:
        return True
    if n_words < _PARA_MIN_WORDS:
        return False
    last = _last_char(line.text)
    if last in "?!？！":
        return n_words >= _QUESTION_PARA_MIN_WORDS
    return last in _SENTENCE_END or last in ")]"


def _repeats(other: Line, other_key: str, key: str) -> bool:
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
        if c.n_words <= _KICKER_WORDS or _is_kicker(c, top[i + 1] if i + 1 < len(top) else None):
            continue
        c.first = True
        return


def candidates(doc: Document, config: CleanConfig) -> list[Candidate]:
    """Every headline-shaped body line with its evidence, in document order."""
    return _evidence(doc, config)[0]


def _evidence(doc: Document, config: CleanConfig) -> tuple[list[Candidate], list[Line], list[str]]:
    """The candidates, and the lines they were weighed against with their title keys (none without candidates)."""
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    texts = [ln.text for ln in lines]
    # One scan of the text's non-ASCII lines for scripts without spaces: most texts have none, and
    # then no line needs its own scan (word counts, stems).
    no_space = has_no_space_script("\n".join(t for t in texts if not t.isascii()))
    n_words = [_n_words(ln) for ln in lines] if no_space else [ln.n_words for ln in lines]
    body = Role.BODY
    dotted = _dotted_headline(doc, n_words, config)
    cand_pos = [
        pos
        for pos, ln in enumerate(lines)
        if ln.role is body and (pos == dotted or _headline_shaped(ln, n_words[pos], config))
    ]
    if not cand_pos:  # nothing to weigh: skip the evidence (same answer, no work)
        return [], lines, []
    para_pos = [i for i, ln in enumerate(lines) if i != dotted and _is_paragraph(ln, n_words[i], config)]
    if not para_pos:
        # No real paragraph: short texts; weigh against every sentence-like line instead.
        para_pos = [i for i, ln in enumerate(lines) if i != dotted and ln.role is body and ln.ends_sentence]
    keys = [normalise_title(text) for text in texts]
    words = _Words(lines, keys, no_space, cand_pos)
    repeats = _Repeats(lines, keys)
    first_para = para_pos[0] if para_pos else len(lines)
    last_para = para_pos[-1] if para_pos else -1
    ledes: dict[tuple[int, ...], set[str]] = {}
    out: list[Candidate] = []
    for pos in cand_pos:
        line, key = lines[pos], keys[pos]
        zone = "top" if pos < first_para else ("end" if pos > last_para else "mid")
        if zone != "top" and _pull_quote(line.text):
            continue
        # The opening paragraphs, but not a copy of this line; the same few for nearly every candidate.
        lede_pos = tuple(islice((p for p in para_pos if keys[p] != key), _LEDE_PARAGRAPHS))
        if lede_pos not in ledes:
            ledes[lede_pos] = set(chain.from_iterable(words.stems(p) for p in lede_pos))
        agree, agree_doc = overlaps(words.stems(pos), (ledes[lede_pos], words.rest(pos, key)), words.weights)
        out.append(Candidate(line, pos, zone, agree, agree_doc, repeats.count(pos), n_words=n_words[pos]))
    _mark_first(out)
    return out, lines, keys


class _Words:
    """The stems of a text's lines, as far as the candidates need them.

    Full stem lists only for the lines compared word by word (candidates, lede paragraphs); of every
    other line only which candidate stems it holds: for the weights (in how many lines a stem occurs)
    and a candidate's "rest of the article" (in how many body lines, less those that are this line
    again), a count difference instead of a union over every line.
    """

    def __init__(self, lines: list[Line], keys: list[str], no_space: bool, cand_pos: list[int]) -> None:
        self._texts = [ln.text for ln in lines]
        self._no_space = no_space
        self._tokens = [tokens(text) for text in self._texts]
        self._full: dict[int, list[str]] = {}
        wanted: set[str] = set().union(*(self.stems(pos) for pos in cand_pos))
        hits = stem_hits(self._tokens, wanted, no_space)
        is_body = [ln.role is Role.BODY for ln in lines]
        self.weights = stem_weights(Counter(chain.from_iterable(hits)), len(lines))
        self._body_count = Counter(chain.from_iterable(compress(hits, is_body)))
        # Per-key counts only for the keys of candidates, so memory stays linear in the text.
        cand_keys = {keys[pos] for pos in cand_pos}
        same = [i for i, key in enumerate(keys) if key in cand_keys and is_body[i]]
        self._key_count = Counter((keys[i], w) for i in same for w in hits[i])

    def stems(self, pos: int) -> list[str]:
        """``stems(line)`` of the line at ``pos``, from its tokens."""
        if pos not in self._full:
            no_space = self._no_space and has_no_space_script(self._texts[pos])
            self._full[pos] = stems_of(self._tokens[pos], no_space)
        return self._full[pos]

    def rest(self, pos: int, key: str) -> set[str]:
        """The stems of line ``pos`` found in a body line that is not this line (key ``key``) again."""
        return {w for w in self.stems(pos) if self._body_count[w] > self._key_count[key, w]}


class _Repeats:
    """How often a line is repeated: lines with the same key, or (page chrome) holding it among a few more words."""

    def __init__(self, lines: list[Line], keys: list[str]) -> None:
        self._lines, self._keys = lines, keys
        self._key_lines = Counter(keys)
        # The chrome test needs a substring scan, candidates x lines: only on texts of article size;
        # past _SCAN_MAX_LINES only exact repeats count (linear). All keys in one string (a key holds no
        # line break), so the lines holding a key are found by C-speed str.find, not a test per line.
        self._scan = len(lines) <= _SCAN_MAX_LINES
        self._joined = "\n".join(keys) if self._scan else ""
        self._starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0)) if self._scan else []

    def count(self, pos: int) -> int:
        key = self._keys[pos]
        # Keys too short to be held inside chrome (contains_title) repeat only as themselves.
        if not self._scan or len(key) < CONTAINS_MIN_CHARS:
            return self._key_lines[key] - 1
        lines, keys = self._lines, self._keys
        holders = _holders(self._joined, self._starts, key)
        return sum(1 for i in holders if i != pos and _repeats(lines[i], keys[i], key))


def _holders(joined: str, starts: list[int], key: str) -> Iterable[int]:
    """Indexes of the keys that hold ``key``: ``joined`` is the keys joined by line breaks, ``starts`` their offsets."""
    if not key:
        return range(len(starts))
    out: list[int] = []
    at = joined.find(key)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        out.append(i)
        if i + 1 == len(starts):
            break
        at = joined.find(key, starts[i + 1])
    return out


def _pull_quote(text: str) -> bool:
    """A line between paragraphs set wholly in quotes is a pull quote, not a headline."""
    return text[0] in _OPENERS and text[-1] in _QUOTES


def _given_title(doc: Document) -> None:
    assert doc.given_title is not None
    limit = 4 * len(doc.given_title) + 100
    key = normalise_title(doc.given_title)
    found = False
    for line in doc.lines:
        if line.role is Role.REMOVED or len(line.text) > limit:
            continue
        if same_title(line.text, doc.given_title):
            if not found:
                doc.mark_title(line, "matches the given title")
                found = True
            else:
                doc.remove(line, "duplicate_title", "repeats the given title")
        elif line.role is Role.BODY and _repeats(line, normalise_title(line.text), key):
            doc.remove(line, "duplicate_title", "holds the given title inside page chrome")
    _remove_addresses(doc, doc.given_title)


@cleaner("find_headline", reads=("body",), writes=("title", "removed"), kinds=("duplicate_title", "boilerplate"))
def find_headline(doc: Document, config: CleanConfig) -> None:
    """Take the headline out of the body: match the given title, or find it by agreement, repetition and position.

    >>> from newsclean import clean_text
    >>> article = clean_text(
    ...     "Politik\nKoalition einigt sich auf den Haushalt\n"
    ...     "Die Koalition hat sich am Freitag nach langen Verhandlungen auf den Haushalt geeinigt.\n"
    ...     "Der Bundestag soll im Dezember abstimmen."
    ... )
    >>> article.title, [(r.text, r.kind) for r in article.removed]
    ('Koalition einigt sich auf den Haushalt', [('Politik', 'boilerplate')])
    """
    if doc.given_title is not None:
        _given_title(doc)
        return
    cands, lines, keys = _evidence(doc, config)
    best = _choose(cands)
    if best is None:
        return
    if best.zone != "top" and not config.move_misplaced_headline:
        return
    line = best.line
    where = {"top": "above the first paragraph", "mid": "between paragraphs", "end": "after the last paragraph"}
    # Qualitative, not the score itself: goldens should not churn when a weight moves by 0.01.
    strength = "strongly" if best.agree >= 0.6 else "partly" if best.agree >= 0.3 else "weakly"
    doc.mark_title(line, f"headline-shaped line {where[best.zone]} that agrees {strength} with the lede")
    _remove_repeats(doc, line, lines, keys)
    _remove_addresses(doc, line.text)
    if best.zone == "top":
        _remove_kickers(doc, config, line)


def _length_score(n_words: int) -> float:
    # Kickers are one to three words, standfirsts run long; headlines sit in between.
    if n_words <= _KICKER_WORDS:
        return 0.0
    if n_words == _KICKER_WORDS + 1:
        return 0.1
    if n_words <= _LONG_HEADLINE_WORDS:
        return 0.2
    return 0.1 if n_words <= _STANDFIRST_WORDS else 0.0


def _score(c: Candidate) -> float:
    score = _length_score(c.n_words)
    if c.zone == "top":
        # Above the body, chrome ("Share this story") agrees with nothing; a catchy headline still
        # shares words with the article, if not with its lede.
        score += 0.5 * c.agree + 0.5 * c.agree_doc
    else:
        score += c.agree
    if 0 < c.repeats <= _MAX_REPEATS:
        # Share bars repeat too; a repeated line counts only as far as the article speaks of it.
        score += _REPEAT_BONUS * min(1.0, 2 * c.agree_doc)
    if c.first:
        # The text's very first line is the classic place of a headline. Further down the header,
        # position is evidence only for a line that speaks of the article, not for chrome.
        support = 1.0 if c.pos == 0 else min(1.0, (c.agree + c.agree_doc) / _FIRST_FULL_AGREE)
        score += _FIRST_BONUS * support
    return score


def _choose(cands: list[Candidate]) -> Candidate | None:
    """The top candidate when the evidence is fair; a mid-text one only when it is clearly stronger."""
    for c in cands:
        c.score = _score(c)
    top = max((c for c in cands if c.zone == "top"), key=lambda c: c.score, default=None)
    mids = sorted(
        (c for c in cands if c.zone != "top" and c.agree >= _MID_MIN_AGREE and c.n_words >= _MID_MIN_WORDS),
        key=lambda c: c.score,
        reverse=True,
    )
    mid = mids[0] if mids else None
    if top is not None and top.score < _TOP_NEED:
        top = None
    if top is None and len(cands) == 1 and _lone(cands[0]):
        return cands[0]
    # Between paragraphs the headline stands out; among look-alike subheadings no line does.
    if mid is None or mid.score < _MID_NEED or (len(mids) > 1 and mid.score - mids[1].score < _MID_LEAD):
        return top
    if top is None:
        return mid
    return mid if mid.score > top.score + _MID_MARGIN else top


def _lone(c: Candidate) -> bool:
    """The text's only headline-shaped line is taken between paragraphs when it speaks of the article."""
    return (
        c.zone != "top"
        and c.n_words >= _MID_MIN_WORDS
        and c.agree >= _LONE_MIN_AGREE
        and c.agree_doc >= _LONE_MIN_AGREE_DOC
    )


def _spells(address: str, title_words: list[str]) -> bool:
    """The address's words hold the title's words, as a slug does.

    >>> _spells("https://example.com/news/Storm-keeps-county-schools-shut-12.php", tokens("Storm keeps schools shut"))
    False
    >>> _spells("https://example.com/news/Storm-keeps-county-schools-shut-12.php", tokens("Storm keeps county schools"))
    True
    """
    n = len(title_words)
    if n < _SLUG_MIN_WORDS:
        return False
    words = tokens(_fold(address))
    have = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
    covered = [False] * n
    for i in range(n - 2):
        if tuple(title_words[i : i + 3]) in have:
            covered[i : i + 3] = [True] * 3
    return sum(covered) >= _SLUG_COVER * n


def _fold(text: str) -> str:
    """Without accents, as slugs write words: "tranvía" -> "tranvia", "połączy" -> "polaczy", "Straße" -> "strasse"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_SLUG_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def _remove_addresses(doc: Document, title: str) -> None:
    """Body lines that are just the page's address, whose slug spells the headline: page chrome."""
    title_words = tokens(_fold(title))
    for line in doc.lines:
        text = line.text
        if line.role is Role.BODY and text[0] in "hw" and _ADDRESS.fullmatch(text) and _spells(text, title_words):
            doc.remove(line, "duplicate_title", "the page's address, which spells the headline")


def _remove_repeats(doc: Document, headline: Line, lines: list[Line], keys: list[str]) -> None:
    """Remove the lines that repeat the headline; ``keys`` are the title keys of ``lines`` (every line not removed)."""
    key = normalise_title(headline.text)
    for other, other_key in zip(lines, keys, strict=True):
        if other is not headline and other.role is Role.BODY and _repeats(other, other_key, key):
            doc.remove(other, "duplicate_title", "repeats the headline")


def _remove_kickers(doc: Document, config: CleanConfig, headline: Line) -> None:
    """Kickers, breadcrumbs and dates above a top headline: short lines that do not end like a sentence."""
    for line in doc.lines:
        if line is headline:
            break
        if line.role is Role.BODY and line.n_words <= _KICKER_MAX_WORDS and not line.ends_sentence:
            doc.remove(line, "boilerplate", "kicker or breadcrumb above the headline")
