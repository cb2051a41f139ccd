"""find_headline: the headline, wherever the scrape put it, taken out of the body.

With a given title, every line that *is* that title (also with a site suffix, "Headline | Site")
leaves the body: the first becomes the title line, the others are removed as ``duplicate_title``.

Without one, the headline is found from evidence:

* **shape** — a short line (3–30 words) that does not end like a sentence and does not start in
  lowercase;
* **agreement** — its content words recur in the opening paragraphs (a headline summarises the lede;
  a subheading such as "What happens next" does not);
* **position** — the first line, or the first after kickers and breadcrumbs ("World › Europe");
* **repetition** — the same line twice (the page printed its headline again).

A line at the top wins with modest evidence; a line in the middle or at the end (as in a scrape that
put the headline after the body) needs strong agreement with the lede. Kicker and breadcrumb lines
above a top headline are removed as ``boilerplate``. A real opening paragraph ends like a sentence,
so it is never taken.

    "US, Chinese officials to meet to discuss further Huawei restrictions"   (after the body)
        -> title, reason "headline-shaped line mid-text that agrees with the lede (0.75)"
"""

from __future__ import annotations

import unicodedata

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role

_QUOTE_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_EDGE = " \t\"'“”‘’«».:;,!?-–—|"
# "Headline | Site name", "Headline - Site name": the page title with the site appended.
_SITE_SUFFIX = regex.compile(r"\s[|–—-]\s[^|–—]{1,60}$")
_CONTENT_WORD = regex.compile(r"[\p{L}\p{N}]{3,}")
_BREADCRUMB = regex.compile(r"[›»>/|•·]")
_NOT_HEADLINE_END = frozenset(".,;:")
_LEDE_LINES = 4
_LEDE_MIN_WORDS = 12
_TOP_WINDOW = 4


def normalise_title(text: str) -> str:
    """Lowercase, NFKC, straight quotes, single spaces, no edge punctuation: for title comparison."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_QUOTE_MAP)
    return " ".join(text.split()).strip(_EDGE)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(text)}


def _headline_shaped(line: Line, config: CleanConfig) -> bool:
    text = line.text
    if not config.headline_min_words <= line.n_words <= config.headline_max_words:
        return False
    if len(text) > 400 or text[-1] in _NOT_HEADLINE_END or text[0].islower():
        return False
    return not text.startswith(("•", "-", "*", "–", "—", "(", "["))


def _agreement(cand: Line, lede: set[str]) -> float:
    words = _content_words(cand.text)
    if not words:
        return 0.0
    return len(words & lede) / len(words)


def _given_title(doc: Document) -> None:
    assert doc.given_title is not None
    wanted = normalise_title(doc.given_title)
    found = False
    for line in doc.lines:
        if line.role is Role.REMOVED or len(line.text) > 4 * len(doc.given_title) + 100:
            continue
        norm = normalise_title(line.text)
        if norm != wanted:
            stripped = _SITE_SUFFIX.sub("", line.text)
            if stripped == line.text or normalise_title(stripped) != wanted:
                continue
        if not found:
            doc.mark_title(line, "matches the given title")
            found = True
        else:
            doc.remove(line, "duplicate_title", "repeats the given title")


@cleaner("find_headline", reads=("body",), writes=("title", "removed"), kinds=("duplicate_title", "boilerplate"))
def find_headline(doc: Document, config: CleanConfig) -> None:
    """Take the headline out of the body: match the given title, or find it by shape, agreement and position."""
    if doc.given_title is not None:
        _given_title(doc)
        return

    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    if not lines:
        return
    sentences = [ln for ln in lines if ln.role is Role.BODY and ln.ends_sentence and ln.n_words >= 5]
    # Prefer real paragraphs for the lede; short articles have only short ones.
    paragraphs = [ln for ln in sentences if ln.n_words >= _LEDE_MIN_WORDS]
    if len(paragraphs) < 2:
        paragraphs = sentences
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.n_words <= config.headline_max_words:
            key = normalise_title(ln.text)
            counts[key] = counts.get(key, 0) + 1

    best: tuple[float, int, Line, str] | None = None
    for pos, line in enumerate(lines):
        if line.role is not Role.BODY or not _headline_shaped(line, config):
            continue
        lede_lines = [p for p in paragraphs if p is not line][:_LEDE_LINES]
        lede: set[str] = set()
        for p in lede_lines:
            lede |= _content_words(p.text)
        agree = _agreement(line, lede)
        repeated = counts.get(normalise_title(line.text), 0) > 1
        # Lines above it that are neither paragraphs nor headings: kickers, breadcrumbs, bylines.
        at_top = all(p.n_words <= 6 or _BREADCRUMB.search(p.text) for p in lines[:pos]) and pos < _TOP_WINDOW
        score = agree + (0.6 if at_top else 0.0) + (0.5 if repeated else 0.0) + (0.1 if line.n_words >= 5 else -0.1)
        need = 0.55 if at_top else 0.75
        if score >= need and (best is None or score > best[0]):
            where = "at the top" if at_top else "mid-text"
            best = (score, pos, line, f"headline-shaped line {where} that agrees with the lede ({agree:.2f})")

    if best is None:
        return
    _, pos, line, reason = best
    at_top = reason.startswith("headline-shaped line at the top")
    if not at_top and not config.move_misplaced_headline:
        return
    doc.mark_title(line, reason)
    key = normalise_title(line.text)
    for other in lines:
        if other is not line and other.role is Role.BODY and normalise_title(other.text) == key:
            doc.remove(other, "duplicate_title", "repeats the headline")
    if at_top:
        for kicker in lines[:pos]:
            if kicker.role is Role.BODY:
                doc.remove(kicker, "boilerplate", "kicker or breadcrumb above the headline")
