"""Page addresses and their slugs: the words a CMS spells the headline with in the URL.

Most news sites build the last segment of an article's address from its headline
(``/2024/05/storm-keeps-schools-closed``, ``/opening-bell-5-3-24/``, ``/klimaat-kabinet-akkoord.html``):
lower case, accents dropped, punctuation turned into hyphens, sometimes a numeric id at the end. A
line of the text that spells exactly that is the headline, whatever its length or shape.

>>> slug_words("https://example.com/2024/05/storm-keeps-schools-closed-20240503.html")
('storm', 'keeps', 'schools', 'closed')
>>> spells_slug("Storm Keeps Schools Closed", slug_words("https://example.com/news/storm-keeps-schools-closed/"))
True
>>> spells_slug("Storm keeps schools shut", ("storm", "keeps", "schools", "closed"))
False
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote, urlsplit

import regex

from newsclean.text.similarity import tokens

# Letters that NFKD does not split into a base letter and an accent, as slugs spell them.
_SLUG_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
    }
)
# Apostrophes vanish in slugs ("don't" -> "dont"); every other non-letter separates words.
_APOSTROPHES = str.maketrans("", "", "'’ʼ`´")
_WORDS = regex.compile(r"[^\W_]+")
# The file extension of a static-looking address: ".html", ".php", ".aspx".
_EXTENSION = regex.compile(r"\.[a-z]{2,5}$")
# A trailing article id ("-20240503", "-51574168486", "-a1b2c3"): long digit runs only, since a slug's
# own numbers are short ("opening-bell-5-3-24", "top-10-phones").
_ID_DIGITS = 5
_MIN_SLUG_WORDS = 2
# A whole address holds a headline when most of the headline's words are in word triples found in it
# (a slug drops apostrophes, may cut the last words, and "L.A." becomes "l-a").
_SPELL_MIN_WORDS = 3
_SPELL_COVER = 0.75
# Longer than any headline: then it is not a slug but an encoded query or a hash.
_MAX_SLUG_WORDS = 40


def fold(text: str) -> str:
    """Without accents, as slugs write words: "tranvía" -> "tranvia", "połączy" -> "polaczy", "Straße" -> "strasse"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_SLUG_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def words_as_slug(text: str) -> tuple[str, ...]:
    """The words of ``text`` as a slug spells them: folded, lower case, apostrophes dropped."""
    return tuple(_WORDS.findall(fold(text.translate(_APOSTROPHES)).casefold()))


def slug_words(url: str | None) -> tuple[str, ...] | None:
    """The words of the address's last path segment, when it reads like a slug (two words or more).

    >>> slug_words("https://example.com/news/") is None   # a section, not an article
    True
    >>> slug_words("https://example.com/view.php?id=12345") is None
    True
    """
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # malformed address (an unbalanced "[" in the host): no slug, no error
        return None
    # The last segment that is not a bare id: ".../storm-keeps-schools-closed/4246736002/".
    segments = [seg for seg in path.split("/") if seg and not seg.isdigit()]
    if not segments:
        return None
    segment = _EXTENSION.sub("", unquote(segments[-1])[:500].casefold())
    if "-" not in segment and "_" not in segment:
        return None
    words = list(words_as_slug(segment))
    while words and words[-1].isdigit() and len(words[-1]) >= _ID_DIGITS:
        words.pop()
    if not _MIN_SLUG_WORDS <= len(words) <= _MAX_SLUG_WORDS:
        return None
    return tuple(words)


def spells_slug(text: str, slug: tuple[str, ...] | None) -> bool:
    """The line's words are the slug's words, in order: the line is the headline the address was made from."""
    return slug is not None and words_as_slug(text) == slug


def slug_agreement(text: str, slug: tuple[str, ...] | None, *, min_words: int = 3) -> tuple[float, float]:
    """How far the address was made from this line: (share of the slug's words in the line, share of
    the line's words in the slug). Slugs abbreviate, drop small words and get cut, so partial agreement
    is evidence too; both shares must be high for a line to be the slug's source. A slug of fewer
    than ``min_words`` distinct words ("/business-focus/") says too little: (0, 0).

    >>> slug = ("hs", "roundup", "viera", "defeats", "rockledge", "remain", "undefeated")
    >>> [round(x, 2) for x in slug_agreement("High School Roundup: Viera defeats Rockledge to remain undefeated", slug)]
    [0.86, 0.67]
    >>> [round(x, 2) for x in slug_agreement("Palm Bay d. Rockledge 70-44", slug)]
    [0.14, 0.17]
    """
    if not slug or len(set(slug)) < min_words:
        return 0.0, 0.0
    words = words_as_slug(text)
    if not words:
        return 0.0, 0.0
    wanted = set(slug)
    held = wanted.intersection(words)
    return len(held) / len(wanted), sum(1 for w in words if w in wanted) / len(words)


def address_spells(address: str, title: str) -> bool:
    """The address's words hold the title's words, as a slug does (an address printed as a line).

    >>> address_spells("https://example.com/news/Storm-keeps-county-schools-shut-12.php", "Storm keeps schools shut")
    False
    >>> address_spells("https://example.com/news/Storm-keeps-county-schools-shut-12.php", "Storm keeps county schools")
    True
    """
    title_words = tokens(fold(title))
    n = len(title_words)
    if n < _SPELL_MIN_WORDS:
        return False
    words = tokens(fold(address))
    have = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
    covered = [False] * n
    for i in range(n - 2):
        if tuple(title_words[i : i + 3]) in have:
            covered[i : i + 3] = [True] * 3
    return sum(covered) >= _SPELL_COVER * n
