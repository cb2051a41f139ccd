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
from newsclean.document import Document
from newsclean.text.patterns import AD_DISPATCH, MAX_MARKER_CHARS, trim

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


@cleaner("strip_ad_markers", writes=("removed",), kinds=("ad",))
def strip_ad_markers(doc: Document, config: CleanConfig) -> None:
    """Remove lines that are only an advertisement label or a sponsor notice."""
    for line in doc.body():
        if len(line.text) > MAX_MARKER_CHARS or line.n_words > 16:
            continue
        if _is_label(line.text):
            doc.remove(line, "ad", f"advertisement label {trim(line.text)[:60]!r}")
