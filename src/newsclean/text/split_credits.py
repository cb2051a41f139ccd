"""split_credits: photo credits, alone on a line or glued to a caption.

Catches credit lines in agency and publisher styles::

    "EPA-EFE/PHILIPP GUELLAND"          "(AP Photo/Evan Vucci)"          "REUTERS/Kevin Lamarque"
    "John Thys/AFP via Getty Images"    "Photo: Meg Kinnard, AP"         "Photograph: Tim Robberts/Getty Images"
    "Image copyright Getty Images"      "© Reuters"                      "picture alliance/dpa | Jan Woitas"
    "Foto: dpa"                         "(Image credit: NASA)"           "Getty Images"

and cuts credits off the end (or start) of caption lines::

    "Firefighters battle the blaze in Paradise, Calif. (AP Photo/Noah Berger)"
        -> caption "Firefighters battle the blaze in Paradise, Calif.", credit "AP Photo/Noah Berger"

Body sentences that cite an agency as a source ("Reuters reported that ...", "told AFP") do not have
a credit's shape and stay. A bare agency name at the end of a line ("... on Tuesday. Reuters") is
only cut when the rest reads like a caption, so wire sign-offs at the end of an article stay put.
Agency names and credit words are data in ``newsclean.markers``.
"""

from __future__ import annotations

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line
from newsclean.text.captions import caption_score
from newsclean.text.patterns import AGENCY_ONLY, CREDIT_HEAD, CREDIT_LINE, CREDIT_TAIL, MAX_MARKER_CHARS, TAIL_CHARS

_CREDIT_MAX_WORDS = 16
_BRACKETS = " \t()[]"


def credit_text(text: str) -> str:
    """A credit without its surrounding brackets and final full stop: "(AP Photo/X)." -> "AP Photo/X"."""
    text = text.strip().rstrip(".").strip(_BRACKETS)
    return text


def is_credit_line(line: Line) -> bool:
    if line.n_words > _CREDIT_MAX_WORDS or len(line.text) > MAX_MARKER_CHARS:
        return False
    candidate = credit_text(line.text)
    return bool(candidate) and CREDIT_LINE.fullmatch(candidate) is not None


@cleaner("split_credits", writes=("credits", "captions"))
def split_credits(doc: Document, config: CleanConfig) -> None:
    """Move photo-credit lines to ``credits``; cut credits off caption lines and link them."""
    max_words = config.caption_max_words
    for line in doc.body():
        if is_credit_line(line):
            doc.mark_credit(line, "has the shape of a photo credit")
            continue
        if line.n_words > max_words or len(line.text) > config.max_line_chars:
            continue
        text = line.text
        m = CREDIT_TAIL.search(text, max(0, len(text) - TAIL_CHARS))
        if m is not None:
            credit = credit_text(m.group("credit"))
            caption = text[: m.start("credit")].rstrip(" \t-–—|,;:")
            if len(caption.split()) < 3:
                continue
            # A bare agency name is a weak sign: demand that the rest reads like a caption.
            if AGENCY_ONLY.fullmatch(credit) and caption_score(caption) < 2:
                continue
            doc.split_credit(line, caption, credit, "caption ending in a photo credit")
            continue
        m = CREDIT_HEAD.match(text)
        if m is not None and caption_score(text[m.end() :]) >= 1:
            doc.split_credit(
                line, text[m.end() :].strip(), credit_text(m.group("credit")), "caption starting with a photo credit"
            )
