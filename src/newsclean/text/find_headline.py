"""find_headline: the headline, wherever the scrape put it, taken out of the body.

With a given title, every line that *is* that title (also with a site name around it, "Headline |
Site", or in other quotes, case or spacing) leaves the body: the first becomes the title line, the
others are removed as ``duplicate_title``.

Without one, every short line that does not end like a sentence is weighed on evidence that holds in
any language (Title Case only where the prose shows it is a style, no word lists beyond a few byline
words):

* **agreement** — its words recur in the opening paragraphs (a headline summarises the lede; a
  subheading such as "What happens next" or a kicker such as "Politics" does not). Words are compared
  by their first letters, weighted so that words found in most lines (function words) count little
  (``newsclean.text.similarity``);
* **repetition** — the same line again, or a longer line that holds it ("Headline | Site",
  "Home » News » Headline", "Share All sharing options for: Headline"), when the article speaks of it;
* **position** — the first line of the text (also below nothing but kicker and breadcrumb lines of
  up to three words: "Startseite" / "Lokales" / "Verkehr"), or the first line of the header (above
  the first paragraph) that speaks of the article, gets a bonus; a kicker right above a longer headline
  ("Krieg in der Ukraine" / "Kiew bittet ...") passes it on. A line between paragraphs or after the
  last one (scrapes that kept the ``<h1>`` where it sat in the page) needs five words, agreement with
  the lede, and must beat the best header line clearly; when it is the text's only headline-shaped
  line, some agreement with the lede is enough if it speaks of the whole article;
* **the page's address** — when the URL is known (``clean_text(text, url=...)``), a line that spells
  the slug the CMS made from the headline is the headline whatever its shape ("Opening Bell 5.3.24"
  on ``.../opening-bell-5-3-24/``); a line holding most of an abbreviated or cut slug, and little else,
  gains weight (``newsclean.text.slugs``);
* **a table of contents** — two or more header lines printed again lower down (each a section's
  subheading) are contents, not headlines, and neither are their copies; nor is a line that repeats
  an entry of a table of contents ``strip_contents`` removed (a section heading, reason
  ``CONTENTS_ENTRY``);
* **numbered sections** — two or more lines numbered alike ("Tag 1: Alfama und Graça" / "Tag 3: ...",
  "1. Start small" / "2. Ask for help") are a guide's or a diary's sections, not headlines; so are
  three or more lines ending in a score, a roundup's results ("Palm Bay d. Rockledge 70-44");
* **link boxes and names** — after the last paragraph, a line under a related-stories heading is a
  link to another story; a short header line the story cites as its source ("told The Harbour
  Review") is the outlet's name;
* **style** — with no header headline, the one title-cased line between paragraphs among subheadings
  in sentence case, in prose that capitalises few words (not German), is the headline;
* **shape** — 3–30 words, mostly letters, not starting in lowercase; not a list item, a byline
  ("By Jane Doe", "Von Anna Schmidt"; bylines without "By" are removed before this cleaner runs:
  "Tom Krisher, AP Auto Writer", "Das Gespräch führte Lea Brandt"), a line with a date or a clock
  time ("18:30", "7 p.m."), a sentence with its source in brackets ("... on Wednesday. (KTRV)"), or
  (between paragraphs) a pull quote set in quotation marks.

A line that holds the headline run on from a word without a space ("... Kristi NoemSouth Dakota
governor doubles down ...") is a strip of link texts and leaves the body as a teaser.

A line that is only the page's own address, whose slug spells the headline
("https://example.com/news/storm-keeps-schools-closed-123.php"), leaves the body as ``duplicate_title``
too, with a found or a given title.

A real paragraph ends like a sentence, so it is never taken; a paragraph the scrape cut in two
("The ferry between the harbour and the islands" / "ran again on Monday ...") or that ends in a stray
comma is judged as the paragraph the mending cleaners will make of it, so its first half is not a
headline either. Kicker and breadcrumb lines above a top
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

from collections.abc import Callable
from itertools import islice

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.text.headline_evidence import (
    KICKER_WORDS,
    Candidate,
    _holders,  # noqa: F401  (tests/test_speed_gates.py checks it here)
    candidates,
    evidence,
    repeats_key,
)
from newsclean.text.similarity import normalise_title, same_title
from newsclean.text.slugs import address_spells
from newsclean.text.strip_contents import CONTENTS_ENTRY, contents_key
from newsclean.text.strip_link_lists import listed_links

__all__ = ["Candidate", "candidates", "find_headline", "normalise_title"]

# An outlet's name printed above the story, and cited in it as its source ("told The Harbour Times", "a
# memo reviewed by The Machine Room", "sagte sie gegenüber dem Hafenkurier"): a line of at most this many
# words, named in a paragraph of at least so many after one of these words, is not a headline.
_OUTLET_MAX_WORDS = 4
_OUTLET_PARAGRAPH_WORDS = 12
_CITING_WORDS = "told|tells|to|by|for|gegenüber|gegenüber dem|gegenüber der|à|au|a|al|ao|aan|tegen|dla"
# Title case as a headline's style (see _only_title_cased): words of at least _STYLE_WORD_CHARS letters,
# at least _STYLE_MIN_WORDS of them, all capitalised; the line must share this much with the article.
_WORD = regex.compile(r"\p{L}+")
_STYLE_WORD_CHARS = 4
_STYLE_MIN_WORDS = 3
_STYLE_MIN_OTHERS = 2
_STYLE_MIN_AGREE_DOC = 0.5
# The prose's own style, read from its first paragraphs (see _sentence_case_prose).
_STYLE_PARAGRAPH_WORDS = 12
_STYLE_PARAGRAPHS = 5
_STYLE_MIN_PROSE_WORDS = 40
_STYLE_MAX_CAPS = 0.3
# Kickers, breadcrumbs and dates removed above a top headline are at most this long.
_KICKER_MAX_WORDS = 8
_LONG_HEADLINE_WORDS = 15
_STANDFIRST_WORDS = 20
_MAX_REPEATS = 2
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
_MID_MIN_WORDS = 5
_MID_LEAD = 0.05
_MID_MARGIN = 0.2
# A table of contents lists at least this many sections (see _without_contents), perhaps numbered:
# "1. ", "2) ", "iv. ", "b) " before an entry's title key (keys are lower case).
_CONTENTS_MIN_ENTRIES = 2
_ENTRY_NUMBER = regex.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)] {1,3}")
# Numbered sections: "Tag 1: Alfama und Graça" / "Tag 3: LX Factory", "Step 2 – Mix the dough", "1. Start
# small" / "2. Ask for help" (keys are lower case). Two or more that share the word before the number.
_SECTION_NUMBER = regex.compile(r"^(?:(\p{L}{2,15}) )?(\d{1,2})(?:[.):]| [-–—:])")
_SECTION_MIN_ENTRIES = 2
# A game's result at the end of a line: "70-44", "2:1", "3 – 1", "(OT) 4-3".
_SCORE_END = regex.compile(r"\b\d{1,3} ?[-–:] ?\d{1,3}\)?$")
_RESULTS_MIN_ENTRIES = 3
_DIGIT = regex.compile(r"\d")
# The page's own address on a line of its own: "https://example.com/news/storm-keeps-schools-closed-123.html".
_ADDRESS = regex.compile(r"(?:https?://|www\.)\S{1,2000}")
# A candidate that holds most of the address's slug words, and whose words are mostly in the slug,
# gains up to _SLUG_WEIGHT; a slug of one or two words ("/business-focus/") says too little.
_SLUG_MIN_COVER = 0.6
_SLUG_MIN_PRECISION = 0.5
_SLUG_WEIGHT = 0.5
# The only headline-shaped line of a text, between paragraphs (a scrape that kept the <h1> where it sat
# and no subheadings): it needs less agreement with the lede if it speaks of the whole article.
_LONE_MIN_AGREE = 0.2
_LONE_MIN_AGREE_DOC = 0.7
# The removed headings whose boxes hold links to other stories ("Related Articles"), not tags.
_STORY_BOXES = frozenset({"teaser"})
# ``Role.BODY`` costs ~100 ns on Python 3.11 (the enum's ``__getattr__``), a global a fifth: the loops over
# every line use these.
_BODY, _REMOVED = Role.BODY, Role.REMOVED


def _given_title(doc: Document) -> None:
    assert doc.given_title is not None
    limit = 4 * len(doc.given_title) + 100
    key = normalise_title(doc.given_title)
    found = False
    for line in doc.lines:
        if line.role is _REMOVED or len(line.text) > limit:
            continue
        if same_title(line.text, doc.given_title):
            if not found:
                doc.mark_title(line, "matches the given title")
                found = True
            else:
                doc.remove(line, "duplicate_title", "repeats the given title")
        elif line.role is _BODY and repeats_key(line, normalise_title(line.text), key):
            doc.remove(line, "duplicate_title", "holds the given title inside page chrome")
    _remove_addresses(doc, doc.given_title)


# How much a line at the page's foot must agree with the lede to be the headline printed there.
_FOOT_MIN_AGREE = 0.6


def _foot_headline(doc: Document, cands: list[Candidate]) -> int:
    """The index of the page's last line when it is an end candidate agreeing strongly with the lede, else -1.

    Page chrome other than a related-stories heading (comments, share buttons) stands right above it: the
    link box has ended. A line right under the heading is the box's link, however close its topic.
    """
    lines = doc.lines
    if len(lines) < 2 or lines[-2].role is not Role.REMOVED or lines[-2].kind == "teaser":
        return -1
    last = lines[-1].index
    for c in cands:
        if c.zone == "end" and c.line.index == last and c.agree >= _FOOT_MIN_AGREE:
            return last
    return -1


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
    cands, lines, keys = evidence(doc, config)
    sections = _contents_entries(doc)
    if sections:
        cands = [c for c in cands if contents_key(c.line.text) not in sections]
    if any(c.zone != "top" for c in cands):
        # After the last paragraph, or in a box between paragraphs ("Mehr zum Thema" over one link), a
        # line under a related-stories heading is a link to another story.
        links = {ln.index for ln in listed_links(doc, _STORY_BOXES)}
        # The page's very last line agreeing strongly with the lede is the headline printed again at the
        # foot of the page (a scrape's last line), not one more link of the box above it.
        links.discard(_foot_headline(doc, cands))
        cands = [c for c in cands if c.zone == "top" or c.line.index not in links]
    cands = [c for c in cands if not _outlet_named(c, lines)]
    best = _choose(cands, keys, lambda: _sentence_case_prose(lines))
    if best is None:
        return
    if best.zone != "top" and not config.move_misplaced_headline:
        return
    line = best.line
    where = {"top": "above the first paragraph", "mid": "between paragraphs", "end": "after the last paragraph"}
    # Qualitative, not the score itself: goldens should not churn when a weight moves by 0.01.
    strength = "strongly" if best.agree >= 0.6 else "partly" if best.agree >= 0.3 else "weakly"
    doc.mark_title(line, f"headline-shaped line {where[best.zone]} that agrees {strength} with the lede")
    _removerepeats_key(doc, line, lines, keys)
    _remove_addresses(doc, line.text)
    if best.zone == "top":
        _remove_kickers(doc, config, line)


def _outlet_named(c: Candidate, lines: list[Line]) -> bool:
    """A short header line the article names as its source: the outlet's name, not a headline.

    "The Machine Room" above a story that says "... in a memo reviewed by The Machine Room": every word
    of the line is in the text, so it agrees with the lede as a headline would, but only as a name the
    text cites (after "told", "by", "to", "for", "gegenüber", "à" ...).
    """
    if c.zone != "top" or c.n_words > _OUTLET_MAX_WORDS:
        return False
    name = c.line.text.strip()
    # A C-speed substring test first: the pattern is built only for a name some paragraph holds.
    holders = [ln.text for ln in lines if name in ln.text and ln.n_words >= _OUTLET_PARAGRAPH_WORDS]
    if not holders:
        return False
    cited = regex.compile(rf"\b(?:{_CITING_WORDS}) {regex.escape(name)}\b")
    return any(cited.search(text) for text in holders)


def _contents_entries(doc: Document) -> set[str]:
    """The entries of a table of contents removed before this step: their copies are section headings.

    The contents' own lines are gone, so ``_without_contents`` cannot see the pair any more, and the
    copy agrees with the paragraph under it as a headline does with its lede.
    """
    return {contents_key(ln.text) for ln in doc.lines if ln.role is _REMOVED and ln.reason == CONTENTS_ENTRY}


def _length_score(n_words: int) -> float:
    # Kickers are one to three words, standfirsts run long; headlines sit in between.
    if n_words <= KICKER_WORDS:
        return 0.0
    if n_words == KICKER_WORDS + 1:
        return 0.1
    if n_words <= _LONG_HEADLINE_WORDS:
        return 0.2
    return 0.1 if n_words <= _STANDFIRST_WORDS else 0.0


# The most a line between paragraphs scores without the page's address (``_score``): the best length,
# full agreement (1.0, give or take the rounding of its sums) and the repeat bonus.
_MID_MAX_SCORE = max(map(_length_score, range(_STANDFIRST_WORDS + 2))) + 1.0 + _REPEAT_BONUS + 1e-9


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
    if _slug_supports(c):
        # The page's address was made from most of this line's words (a slug cut or abbreviated).
        score += _SLUG_WEIGHT * c.slug_agree[0]
    if c.first:
        # The text's very first line is the classic place of a headline. Further down the header,
        # position is evidence only for a line that speaks of the article, not for chrome.
        support = 1.0 if c.pos == 0 or c.opens else min(1.0, (c.agree + c.agree_doc) / _FIRST_FULL_AGREE)
        score += _FIRST_BONUS * support
    return score


def _choose(
    cands: list[Candidate], keys: list[str], sentence_case: Callable[[], bool] = lambda: False
) -> Candidate | None:
    """The top candidate when the evidence is fair; a mid-text one only when it is clearly stronger.

    ``keys`` are the title keys of the lines the candidates' positions refer to (``evidence``);
    ``sentence_case()``: the article's prose capitalises few words (English, French ..., not German), so a
    line in title case stands out by style (``_only_title_cased``).
    """
    cands = _without_results(_without_sections(_without_contents(cands, keys), keys))
    slugged = next((c for c in cands if c.slug), None)
    if slugged is not None:
        return slugged  # the page's address was made from this line: stronger than any score
    # Only the scores read are computed: a candidate's evidence is weighed when first read
    # (``Candidate``), so a short line between paragraphs, never taken on its score, is not weighed.
    tops = [c for c in cands if c.zone == "top"]
    for c in tops:
        c.score = _score(c)
    top = max(tops, key=lambda c: c.score, default=None)
    if top is not None and top.score < _TOP_NEED:
        top = None
    if (
        top is not None
        and top.score + _MID_MARGIN > _MID_MAX_SCORE
        and not any(_slug_supports(c) for c in cands if c.zone != "top")
    ):
        return top  # no line between paragraphs can beat it: they are not weighed
    return _choose_below(cands, top, sentence_case)


def _choose_below(cands: list[Candidate], top: Candidate | None, sentence_case: Callable[[], bool]) -> Candidate | None:
    """``_choose`` once the header's best line ``top`` (None: none good enough) is known: a line between
    paragraphs or after the last one, if one stands out, else ``top``."""
    mids = [
        c
        for c in cands
        if c.zone != "top" and c.n_words >= _MID_MIN_WORDS and (c.agree >= _MID_MIN_AGREE or _slug_supports(c))
    ]
    for c in mids:
        c.score = _score(c)
    mids.sort(key=lambda c: c.score, reverse=True)
    mid = mids[0] if mids else None
    if top is None and len(cands) == 1 and _lone(cands[0]):
        return cands[0]
    if top is None and len(cands) > _STYLE_MIN_OTHERS and sentence_case():
        styled = _only_title_cased(cands)
        if styled is not None:
            return styled
    # Between paragraphs the headline stands out; among look-alike subheadings no line does.
    if mid is None or mid.score < _MID_NEED or (len(mids) > 1 and mid.score - mids[1].score < _MID_LEAD):
        return top
    if top is None:
        return mid
    return mid if mid.score > top.score + _MID_MARGIN else top


def _title_cased(text: str) -> bool:
    """Every word of four letters or more capitalised, not all in capitals: "How to Adopt an Online
    Leader Success Mindset", not "Which native ad units are the most popular?" (nor a German line, whose
    verbs and adjectives are lower case)."""
    if text.isupper():
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= _STYLE_WORD_CHARS]
    return len(long_words) >= _STYLE_MIN_WORDS and all(w[0].isupper() for w in long_words)


def _sentence_case_prose(lines: list[Line]) -> bool:
    """The first paragraphs capitalise few of their longer words: names and sentence starts only.

    English or French prose capitalises a tenth to a fifth of its words of four letters or more, German
    prose (every noun) half of them: there title case says nothing about a line.
    """
    words = [
        w
        for ln in islice((ln for ln in lines if ln.n_words >= _STYLE_PARAGRAPH_WORDS), _STYLE_PARAGRAPHS)
        for w in _WORD.findall(ln.text)
        if len(w) >= _STYLE_WORD_CHARS
    ]
    return len(words) >= _STYLE_MIN_PROSE_WORDS and sum(w[0].isupper() for w in words) <= _STYLE_MAX_CAPS * len(words)


def _only_title_cased(cands: list[Candidate]) -> Candidate | None:
    """Between paragraphs, the one line in headline style among subheadings in sentence style.

    A page that capitalises its headline's words ("Our Research Shows a Mix of Ad Units Works Best") and
    not its subheadings' ("Which ad units are the most popular?") sets the headline apart by style,
    whatever its agreement with the lede. Only when no header line is taken, the line speaks of the
    article, and it is the only such line among at least _STYLE_MIN_OTHERS others; in languages without
    title case no line qualifies.
    """
    if len(cands) <= _STYLE_MIN_OTHERS:
        return None
    styled = [c for c in cands if c.n_words >= _MID_MIN_WORDS and _title_cased(c.line.text)]
    if len(styled) != 1 or styled[0].zone == "top" or styled[0].agree_doc < _STYLE_MIN_AGREE_DOC:
        return None
    return styled[0]


def _without_contents(cands: list[Candidate], keys: list[str]) -> list[Candidate]:
    """Leave out a table of contents: a header line printed again between paragraphs, and that copy.

    "Spis treści" / "Co z przystankami?" / "Ile to kosztuje?" above the story (or numbered: "1. Co z
    przystankami?"), each again as the subheading of its section: the copy agrees with the paragraph
    under it as strongly as a headline with its lede, and the repetition looks like a headline's. It
    takes two such lines: pages do print the headline itself again between paragraphs (a print or
    share block), but only the headline.
    """
    # A numbered contents ("1. Ein Controller, 32 Flash-Pakete") lists its sections without the numbers.
    if sum(c.zone == "top" for c in cands) < _CONTENTS_MIN_ENTRIES:
        return cands
    entry = {c.pos: _ENTRY_NUMBER.sub("", keys[c.pos], count=1) for c in cands}
    top_keys = {entry[c.pos] for c in cands if c.zone == "top"}
    if len(top_keys) < _CONTENTS_MIN_ENTRIES:
        return cands
    contents = top_keys.intersection(entry[c.pos] for c in cands if c.zone != "top")
    if len(contents) < _CONTENTS_MIN_ENTRIES:
        return cands
    return [c for c in cands if entry[c.pos] not in contents]


def _without_sections(cands: list[Candidate], keys: list[str]) -> list[Candidate]:
    """Leave out numbered section headings: the headline is one line, sections come in a series.

    "Tag 1: Alfama und Graça" ... "Tag 3: LX Factory und Abschied" in a travel diary, "1. Start small"
    ... "3. Get support" in a guide: each agrees with the paragraph under it, and the first one with
    the lede. A single "Apollo 11: ..." is still weighed as a headline.
    """
    if len(cands) < _SECTION_MIN_ENTRIES:  # a series takes that many candidates, each of one number
        return cands
    series: dict[str, set[str]] = {}
    for c in cands:
        m = _SECTION_NUMBER.match(keys[c.pos])
        if m is not None:
            series.setdefault(m[1] or "", set()).add(m[2])
    numbered = {word for word, numbers in series.items() if len(numbers) >= _SECTION_MIN_ENTRIES}
    if not numbered:
        return cands
    return [c for c in cands if (m := _SECTION_NUMBER.match(keys[c.pos])) is None or (m[1] or "") not in numbered]


def _without_results(cands: list[Candidate]) -> list[Candidate]:
    """Leave out a roundup's result lines: three or more lines that end in a score are its sections.

    "Palm Bay d. Rockledge 70-44" / "Heritage d. Titusville 53-9", "Eintracht – Hertha 2:1" / "Union –
    Bochum 0:0": each heads its game's box score and agrees with it as a headline with its lede. One
    "Harbour Town beat Millbrook 3-1" is still weighed as a headline, also printed twice or beside the
    score line of its box.
    """
    if len(cands) < _RESULTS_MIN_ENTRIES:  # too few lines to hold that many distinct results
        return cands
    # A score ends the line: only a line ending in a digit or ")" is searched.
    scored = [c for c in cands if _ends_score_like(c.line.text) and _SCORE_END.search(c.line.text) is not None]
    if len({normalise_title(c.line.text) for c in scored}) < _RESULTS_MIN_ENTRIES:
        return cands
    return [c for c in cands if c not in scored]


def _ends_score_like(text: str) -> bool:
    """``text`` ends as every match of _SCORE_END does (with "$", also before a final line break)."""
    last = text.rstrip("\n")[-1:]
    # The regex module's \d takes a few digits of newer Unicode than str.isdecimal(): asked beyond ASCII.
    return last == ")" or last.isdecimal() or (last > "\x7f" and _DIGIT.match(last) is not None)


def _slug_supports(c: Candidate) -> bool:
    cover, precision = c.slug_agree
    return cover >= _SLUG_MIN_COVER and precision >= _SLUG_MIN_PRECISION


def _lone(c: Candidate) -> bool:
    """The text's only headline-shaped line is taken between paragraphs when it speaks of the article."""
    return (
        c.zone != "top"
        and c.n_words >= _MID_MIN_WORDS
        and c.agree >= _LONE_MIN_AGREE
        and c.agree_doc >= _LONE_MIN_AGREE_DOC
    )


def _remove_addresses(doc: Document, title: str) -> None:
    """Body lines that are just the page's address, whose slug spells the headline: page chrome."""
    for line in doc.lines:
        text = line.text
        if line.role is _BODY and text[0] in "hw" and _ADDRESS.fullmatch(text) and address_spells(text, title):
            doc.remove(line, "duplicate_title", "the page's address, which spells the headline")


def _removerepeats_key(doc: Document, headline: Line, lines: list[Line], keys: list[str]) -> None:
    """Remove the lines that repeat the headline; ``keys`` are the title keys of ``lines`` (every line not removed)."""
    key = normalise_title(headline.text)
    body = _BODY
    for other, other_key in zip(lines, keys, strict=True):
        # Either way of repeating it (the same key, or a key that holds it) needs the headline's key
        # inside the other line's: one C-speed test first, the rest only for the few that pass.
        if key in other_key and other is not headline and other.role is body:
            if repeats_key(other, other_key, key):
                doc.remove(other, "duplicate_title", "repeats the headline")
            elif _glued(other.text, headline.text):
                doc.remove(other, "teaser", "link texts run together, the headline's among them")


def _glued(text: str, headline: str) -> bool:
    """``text`` holds ``headline`` run on from a word without a space: a strip of link texts the scrape
    joined ("... Kristi NoemSouth Dakota governor doubles down on ... South Dakota drops pipeline ..."),
    never a paragraph quoting the headline."""
    at = text.find(headline)
    while at > 0:
        if text[at - 1].isalpha():
            return True
        at = text.find(headline, at + 1)
    return False


def _remove_kickers(doc: Document, config: CleanConfig, headline: Line) -> None:
    """Kickers, breadcrumbs and dates above a top headline: short lines that do not end like a sentence."""
    for line in doc.lines:
        if line is headline:
            break
        if line.role is _BODY and line.n_words <= _KICKER_MAX_WORDS and not line.ends_sentence:
            doc.remove(line, "boilerplate", "kicker or breadcrumb above the headline")
