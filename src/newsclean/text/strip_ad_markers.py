"""strip_ad_markers: advertisement labels and sponsor notices, in many languages and dresses.

Catches whole lines such as::

    "- Advertisement -"   "ADVERTISEMENT"   "Advertisement 2"   "Story continues below advertisement"
    "Anzeige"   "Publicité"   "Publicidad"   "Pubblicità"   "Publicidade"   "Reklama"   "Реклама"   "Annons"
    "Anzeige 2"   "ANZEIGE (3)"   "Reklama 1/4"   "Anzeige · Werbung"   "Advertisement - Continue Reading Below"

Numbered slots ("Anzeige 2") are the label and a counter; a label joined to another by a dash, a middle
dot or a bar is two labels, each of which must be one (so "Anzeige - Autohaus Roe" stays).

Only whole lines are removed (after trimming decoration such as dashes and brackets), so sentences
like "The advertisement campaign drew complaints" stay in the body. The words are data in
``newsclean.markers.AD_LINES``. When an ad splits a paragraph mid-sentence, ``join_split_paragraphs``
joins the halves back.
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import SPONSORED_LABELS
from newsclean.text.patterns import AD_DISPATCH, MAX_MARKER_CHARS, trim, whole_line

# The counter of a numbered ad slot after its label: "Anzeige 2", "Reklama (3)", "ANZEIGE 1/3".
_SLOT_COUNTER = regex.compile(r"(?<=\p{L})\s?\(?\d{1,2}(?:\s?/\s?\d{1,2})?\)?$")
# Two labels joined into one line: "Anzeige · Werbung", "Advertisement - Continue Reading Below".
_JOINED = regex.compile(r"\s(?:[-–—·|•])\s")


def _is_label(text: str) -> bool:
    """True when ``text`` is an ad label, maybe numbered, maybe joined to another label."""
    label = trim(text)
    # Every text tried below is the label or a prefix of it (its counter or a joined label cut off, its
    # start kept: the label does not begin with decoration), so none matches where the label's start
    # cannot begin a marker.
    if not label or not AD_DISPATCH.may_begin(label):
        return False
    # AD_LINE.fullmatch, tried only with the markers that can start as the label does.
    if AD_DISPATCH.first(label) is not None:
        return True
    counted = _SLOT_COUNTER.sub("", label) if label[-1:].isdigit() or label.endswith(")") else label
    if counted != label and counted and AD_DISPATCH.first(trim(counted)) is not None:
        return True
    parts = _JOINED.split(label) if " " in label else [label]
    return len(parts) > 1 and all(part and AD_DISPATCH.first(trim(part)) is not None for part in parts)


# A sponsored story's headline: a short line that ends no sentence; the story's paragraph is longer.
_SPONSORED = whole_line(SPONSORED_LABELS)
_HEADLINE_MAX_WORDS = 16
_PARAGRAPH_WORDS = 12


def _sponsored_headline(lines: list[Line], at: int) -> bool:
    """The line at ``at``, under a sponsored label, is the sponsored story's headline.

    A headline-shaped line (capitalised, up to 16 words, no sentence's end) that no paragraph follows:
    "Sponsored" / "Homeowners are switching to this clever boiler trick" / "Share this article". Under an
    ad slot's label a page's subheading heads the next paragraph, and stays.
    """
    line = lines[at]
    if line.role is not Role.BODY or not 2 <= line.n_words <= _HEADLINE_MAX_WORDS or line.ends_sentence:
        return False
    if not line.text[:1].isupper():
        return False
    after = lines[at + 1] if at + 1 < len(lines) else None
    return after is None or not (after.ends_sentence and after.n_words >= _PARAGRAPH_WORDS)


@cleaner("strip_ad_markers", writes=("removed",), kinds=("ad",))
def strip_ad_markers(doc: Document, config: CleanConfig) -> None:
    """Remove lines that are only an advertisement label or a sponsor notice."""
    sponsored = False
    for line in doc.body():
        if len(line.text) > MAX_MARKER_CHARS or line.n_words > 16:
            continue
        if _is_label(line.text):
            doc.remove(line, "ad", f"advertisement label {trim(line.text)[:60]!r}")
            sponsored = sponsored or _SPONSORED.fullmatch(trim(line.text)) is not None
    if sponsored:  # rare: only pages with a sponsored label look for its story's headline
        remove_sponsored_headlines(doc)


def remove_sponsored_headlines(doc: Document) -> None:
    """Remove the headline-shaped line right under each removed sponsored label (``_sponsored_headline``)."""
    lines = doc.lines
    for at in range(1, len(lines)):
        label = lines[at - 1]
        if label.kind == "ad" and _SPONSORED.fullmatch(trim(label.text)) and _sponsored_headline(lines, at):
            doc.remove(lines[at], "ad", "a sponsored story's headline under its label")
