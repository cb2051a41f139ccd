"""strip_ad_markers: advertisement labels and sponsor notices, in many languages and dresses.

Catches whole lines such as::

    "- Advertisement -"   "ADVERTISEMENT"   "Advertisement 2"   "Story continues below advertisement"
    "Anzeige"   "Publicité"   "Publicidad"   "Pubblicità"   "Publicidade"   "Reklama"   "Реклама"   "Annons"

Only whole lines are removed (after trimming decoration such as dashes and brackets), so sentences
like "The advertisement campaign drew complaints" stay in the body. The words are data in
``newsclean.markers.AD_LINES``. When an ad splits a paragraph mid-sentence, ``join_split_paragraphs``
joins the halves back.
"""

from __future__ import annotations

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document
from newsclean.text.patterns import AD_DISPATCH, MAX_MARKER_CHARS, trim


@cleaner("strip_ad_markers", writes=("removed",), kinds=("ad",))
def strip_ad_markers(doc: Document, config: CleanConfig) -> None:
    """Remove lines that are only an advertisement label or a sponsor notice."""
    for line in doc.body():
        if len(line.text) > MAX_MARKER_CHARS or line.n_words > 16:
            continue
        label = trim(line.text)
        # AD_LINE.fullmatch, tried only with the markers that can start as the label does.
        if label and AD_DISPATCH.first(label) is not None:
            doc.remove(line, "ad", f"advertisement label {label[:60]!r}")
