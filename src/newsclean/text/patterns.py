"""Every compiled regular expression of the text cleaners, built once from ``markers.py``.

All patterns are safe on untrusted text: quantifiers are bounded and there are no nested unbounded
repetitions. Whole-line patterns are only tried on lines shorter than ``MAX_MARKER_CHARS``; tail
patterns only on the last ``TAIL_CHARS`` characters of a line, so their cost per line is constant.
The large patterns that most texts never reach are compiled on first use (``lazy_pattern.lazy``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from newsclean.markers import (
    AD_LINES,
    AGENCIES,
    AGENCY_COMMON_WORDS,
    AUTHOR_BOX_HEADINGS,
    BOILERPLATE_LINES,
    BYLINE_LINES,
    CAPTION_LABELS,
    CAPTION_PREFIXES,
    CONTACT_LINES,
    CREDIT_PREFIXES,
    FREE_CREDIT_WORDS,
    FREE_CREDITS,
    FREE_FOR_WORDS,
    HANDOUT_WORDS,
    LIST_HEADINGS,
    MEDIA_LINES,
    OBITUARY_CHROME,
    OUTLET_ARTICLES,
    OUTLET_WORDS,
    RIGHTS_NOTICES,
    TEASER_LINES,
    TEASER_PREFIXES,
    WIRE_END_WORDS,
    Marker,
)
from newsclean.text.lazy_pattern import lazy
from newsclean.text.marker_dispatch import MarkerDispatch

FLAGS = regex.IGNORECASE

#: Longest line (characters) that whole-line marker patterns are tried on.
MAX_MARKER_CHARS = 240
#: How much of a line's end is searched for an embedded photo credit.
TAIL_CHARS = 200


def alternation(markers: Iterable[Marker]) -> str:
    return "|".join(f"(?:{m.pattern})" for m in markers)


def whole_line(markers: Iterable[Marker]) -> regex.Pattern[str]:
    source = rf"(?:{alternation(markers)})"
    return lazy(lambda: regex.compile(source, FLAGS))  # most texts need few of the marker tables


# Decoration around a label: "- Advertisement -", "[Anzeige]", "*** ADVERTISEMENT ***", "Advertisement:".
DECORATION = " \t-–—_*•·|:()[]{}<>«»›‹=~#+.…"


def trim(text: str) -> str:
    """A line without the decoration around it, for whole-line marker matching."""
    return text.strip(DECORATION)

# Obituary chrome and author-box headings are page chrome too, tried after the other boilerplate markers.
_BOILERPLATE_LINES = (*BOILERPLATE_LINES, *OBITUARY_CHROME, *AUTHOR_BOX_HEADINGS)
TEASER_LINE = whole_line(TEASER_LINES)
LIST_HEADING = whole_line(LIST_HEADINGS)
BOILERPLATE_LINE = whole_line(_BOILERPLATE_LINES)
MEDIA_LINE = whole_line(MEDIA_LINES)
BYLINE_LINE = whole_line(BYLINE_LINES)
#: The page-chrome kinds of ``strip_boilerplate``, in the order they are tried.
CHROME_KINDS = ("media", "teaser", "boilerplate", "byline")
#: Whole-line markers dispatched on each line's first characters (``marker_dispatch``): a line is tried
#: only with the alternatives that can start as it does; ``first`` finds the match ``.full`` would.
AD_DISPATCH = MarkerDispatch([(None, AD_LINES)], FLAGS)
#: A reporter's or newsroom's contact line after the article (``strip_boilerplate``'s tail walk).
CONTACT_DISPATCH = MarkerDispatch([(None, CONTACT_LINES)], FLAGS)
#: MEDIA_LINE, TEASER_LINE, BOILERPLATE_LINE and BYLINE_LINE as one pattern with one named group per
#: kind: the engine tries the alternatives in order and backtracks into the next only when one cannot
#: match the whole line, so the group that matches is the first of the four that would have.
CHROME_DISPATCH = MarkerDispatch(
    list(zip(CHROME_KINDS, (MEDIA_LINES, TEASER_LINES, _BOILERPLATE_LINES, BYLINE_LINES), strict=True)), FLAGS
)
#: The full alternations, as before (the dispatches' fallbacks; no marker has a group name or backreference).
AD_LINE = AD_DISPATCH.full
CHROME_LINE = CHROME_DISPATCH.full
TEASER_PREFIX = regex.compile(rf"(?:{alternation(TEASER_PREFIXES)})", FLAGS)
CAPTION_PREFIX = regex.compile(rf"(?:{alternation((*CAPTION_PREFIXES, *CAPTION_LABELS))})\s?", FLAGS)
#: The caption labels alone: text that is dropped from the caption ("Image caption", "Pie de foto:").
CAPTION_LABEL = regex.compile(rf"(?:{alternation(CAPTION_LABELS)})\s?", FLAGS)

# --------------------------------------------------------------------------- credits


def _variants(names: Iterable[str]) -> list[str]:
    # Longest first, so "EPA-EFE" wins over "EPA" in an alternation. Credits often shout the agency
    # ("Patrick Semansky, ASSOCIATED PRESS") or whisper it ("... (Archivbild) - keystone"); short
    # names stay case-sensitive ("AP", not "ap"), and so do names that are also common words ("pool").
    every = {
        n
        for name in names
        for n in (
            name,
            name.upper() if len(name) > 3 else name,
            name.lower() if len(name) > 5 and name.lower() not in AGENCY_COMMON_WORDS else name,
        )
    }
    return sorted(every, key=len, reverse=True)


#: Characters that match, ignoring case, a character whose case mappings do not lead to them (Kelvin
#: sign, dotted and dotless i, long s, sharp s, Ångström and ohm signs, micro sign, final sigma, Greek
#: symbol forms, old Cyrillic letter forms): looked at too when finding what a character matches.
_CASE_OUTLIERS = (
    "\u212a\u0130\u0131\u017f\u1e9e\u00df\u212b\u2126\u00b5\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1e9b\u1fbe\u0345\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"
)


@cache
def _cases(ch: str) -> frozenset[str]:
    """The characters ``(?i:ch)`` matches (simple case folding, the ``regex`` default: one character each).

    Found among ``ch``'s case mappings and ``_CASE_OUTLIERS``; tests/test_speed_gates_credits_tries.py
    checks the answer over all of Unicode for every character of the caseless words in use.
    """
    one = regex.compile(f"(?i:{regex.escape(ch)})")
    candidates: set[str] = set()
    todo = [ch, *_CASE_OUTLIERS]
    while todo:  # the characters of the case mappings, of their case mappings ... ("İ".lower() is "i̇")
        c = todo.pop()
        if c not in candidates:
            candidates.add(c)
            todo.extend("".join((c.lower(), c.upper(), c.title(), c.casefold())))
    return frozenset(c for c in candidates if one.fullmatch(c) is not None)


class _Node:
    """A trie node: the text characters each edge takes (disjoint sets once split), and whether a word ends here."""

    __slots__ = ("edges", "end")

    def __init__(self) -> None:
        self.edges: dict[frozenset[str], _Node] = {}
        self.end = False

    def merged(self, other: _Node) -> _Node:
        node = _Node()
        node.end = self.end or other.end
        node.edges = dict(self.edges)
        for chars, sub in other.edges.items():
            node.edges[chars] = node.edges[chars].merged(sub) if chars in node.edges else sub
        return node

    def split(self) -> None:
        """Make the edges disjoint: each set of text characters that the same edges take becomes one
        edge, to the merge of their nodes. Then at most one edge can take a given character."""
        owners: dict[str, list[frozenset[str]]] = {}
        for chars in self.edges:
            for c in chars:
                owners.setdefault(c, []).append(chars)
        atoms: dict[tuple[frozenset[str], ...], set[str]] = {}
        for c, sets in owners.items():
            atoms.setdefault(tuple(sets), set()).add(c)
        edges: dict[frozenset[str], _Node] = {}
        for taken_by, atom in atoms.items():
            sub = self.edges[taken_by[0]]
            for other in taken_by[1:]:
                sub = sub.merged(self.edges[other])
            edges[frozenset(atom)] = sub
        self.edges = edges
        for sub in edges.values():
            sub.split()


def literal_trie(words: Iterable[str], *, reverse: bool = False, caseless: bool = False) -> str:
    """Literals as one alternation shaped as a trie: what ``|``-joined words sorted longest first
    match, tried in the same order.

    The words that match at one position are prefixes of one another, and at each node the trie tries
    the longer words before the one that ends there (an empty last branch, not ``?``: the engine's
    repeats cost more). A failing attempt costs a few character tests instead of one per word: the
    flat list of ~570 agency spellings, 14 times in ``CREDIT_TAIL``, was walked name by name, and its
    compiled form fell out of the CPU's caches between documents. ``reverse`` shares the words' ends
    instead, for a pattern matched right to left (``regex.REVERSE``): there a prefix trie would be
    walked from its leaves. Either way it matches the same strings.

    ``caseless``: for use inside ``(?i:...)`` only. Each character of a word then stands for the set
    of text characters it matches ignoring case (``_cases``), and the edges out of a node are split
    until they are disjoint, so one path holds every word a text can match there ("IMAGE" and "image"
    share a path except where "ı" or "İ" tells them apart: ``(?i:I)`` takes "ı", ``(?i:i)`` "İ"). An
    edge is written as a character when it is all that character matches, else as a case-sensitive set.
    """
    cases = _cases if caseless else frozenset
    root = _Node()
    for w in words:
        node = root
        for ch in reversed(w) if reverse else w:
            node = node.edges.setdefault(cases(ch), _Node())
        node.end = True
    root.split()

    def edge(chars: frozenset[str]) -> str:
        for c in sorted(chars, key=lambda c: (c != c.lower(), c)):  # lowercase reads best
            if cases(c) == chars:
                return regex.escape(c)
        # Case-sensitive: non-ASCII characters as code points, so the source spells only letters matched ignoring case.
        inside = "".join(regex.escape(c) if c.isascii() else f"\\U{ord(c):08x}" for c in sorted(chars))
        return f"(?-i:{inside})" if len(chars) == 1 else f"(?-i:[{inside}])"

    def render(node: _Node) -> str:
        alts = []
        for chars, sub in sorted(node.edges.items(), key=lambda kv: sorted(kv[0])):
            chain, rest = [edge(chars)], sub
            while len(rest.edges) == 1 and not rest.end:  # a chain of single edges is one sequence
                ((step, rest),) = rest.edges.items()
                chain.append(edge(step))
            text = "".join(reversed(chain) if reverse else chain)
            alts.append(render(rest) + text if reverse else text + render(rest))
        if node.end:
            return "(?:" + "|".join(alts) + "|)" if alts else ""
        return "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]

    return render(root)


#: Every spelling of an agency name that ``AGENCY`` matches (case-sensitive), longest first.
AGENCY_NAMES: tuple[str, ...] = tuple(_variants(AGENCIES))
AGENCY = f"(?:{literal_trie(AGENCY_NAMES)})"
#: ``AGENCY`` for patterns matched right to left.
_AGENCY_REVERSED = f"(?:{literal_trie(AGENCY_NAMES, reverse=True)})"
#: Every spelling of a credit label (``markers.CREDIT_PREFIXES``); ``PREFIX`` is used inside ``(?i:...)`` only.
CREDIT_LABEL_NAMES: tuple[str, ...] = tuple(_variants(CREDIT_PREFIXES))
PREFIX = f"(?:{literal_trie(CREDIT_LABEL_NAMES, caseless=True)})"
_PREFIX_REVERSED = f"(?:{literal_trie(CREDIT_LABEL_NAMES, caseless=True, reverse=True)})"
# A name-ish token: capitalised word, initials, particles ("de", "van"), agency abbreviations.
_TOK = r"(?:\p{Lu}[\p{L}\p{M}\d.'’&-]{0,30}|(?:de|da|del|van|von|der|den|la|le|di|du|y|and|und|et)(?=\s))"
_NAME = rf"{_TOK}(?:\s{_TOK}){{0,5}}"
_SEP = r"\s?[/|]\s?"

#: A line that is only a photo credit (matched on the trimmed line, case-sensitive where it matters).
CREDIT_LINE = lazy(lambda: regex.compile(
    rf"""(?:
        (?i:{PREFIX})s?\s?(?:[:：|/]|by\b|©|\(c\))\s?[^\n]{{1,120}}           # Photo: Jane Doe/AP, Foto: dpa
      | (?i:image\ copyright|image\ source|copyright)[\s,:]{{1,3}}[^\n]{{1,80}}  # Image copyright Getty Images
      | (?i:bildquelle|quelle)\s?:\s?[^\n]{{1,80}}                            # Quelle: dpa (not French "Quelle tempête")
      | (?:{AGENCY})\s?(?i:photo|foto)s?\s?/\s?[^\n]{{1,80}}               # AP Photo/Evan Vucci
      | {_NAME}(?:{_SEP}{_NAME}){{1,3}}(?i:\s(?:via|for)\s{_NAME})?          # REUTERS/Jane Doe, Name/ZDNet, picture alliance/dpa | Name
      | {_NAME},\s(?:{AGENCY})(?:\s?/\s?{_NAME})?                            # Meg Kinnard, AP
      | (?!(?i:share|shared|posted|sent|send)\b){_NAME}\s(?i:via)\s{_NAME}   # Handout via Reuters (not "Share via Email")
      | (?:©|\(c\)|(?i:courtesy(?:\ of)?))\s?{_NAME}                          # © Reuters, Courtesy Google
      | (?i:photo|foto|beeld)s?\ (?i:di|von|door|par|por|de|przez)\ {_NAME}      # Foto di Luca Roe, Photo par Jean Roe
      | (?i:fot\.|zdj\.|phot\.)\s?{_NAME}(?:{_SEP}{_NAME}){{0,3}}              # fot. Jan Nowak / Polska Press
      | (?:{AGENCY})(?:{_SEP}(?:{AGENCY}|{_NAME})){{1,3}}                      # picture alliance/dpa | Jan Woitas
      | (?:{AGENCY})(?:\s(?:{AGENCY})){{0,2}}                                 # Getty Images, AFP
    )""",
    regex.VERBOSE,
))

#: A line that is only an agency's archive credit, as Europa Press and Lusa sign pictures: "Archivo -
#: Europa Press", "Europa Press - Archivo", "Jane Roe - Europa Press - Archivo", "Jane Roe - Lusa".
_ARCHIVE_WORD = r"(?i:archivo|archives?|archiv|archivbild|archivio|arquivo|archief)"
ARCHIVE_CREDIT_LINE = lazy(lambda: regex.compile(
    rf"(?:{_ARCHIVE_WORD}\s[-–—]\s)?(?:{_TOK}(?:\s{_TOK}){{1,3}}\s[-–—]\s)?(?:{AGENCY})(?:\s[-–—]\s{_ARCHIVE_WORD})?"
))

#: A name and an agency after a comma, "Jane Roe, dpa": a credit only where a picture is (a weak credit).
NAME_COMMA_AGENCY = lazy(lambda: regex.compile(rf"{_NAME},\s(?:{AGENCY})"))

#: An agency's end-of-story mark: "Lusa/Fim", "(ANSA/FINE)". Whole line, after ``credit_text``.
WIRE_END = lazy(lambda: regex.compile(rf"(?:{AGENCY})\s?/\s?(?i:{'|'.join(WIRE_END_WORDS)})"))

#: A photo label right after a sentence inside a line: "Posiedzenie Sejmu. Fot. PAP/Jan Kowal" is a
#: caption and its credit, though the whole line also has the shape of a slashed credit.
MID_PHOTO_LABEL = lazy(lambda: regex.compile(rf"[.!?]\s(?=(?i:photo|foto|bild|fot\.?|zdj\.?)s?\s?(?:[:：]|\s(?:{AGENCY})))"))

#: A line that is only a name in brackets, "(Walt Disney Co.)", "(Jane Roe / Harbour Press)": the
#: credit line under a picture (two words at least, so "(Updated)" is not one).
CREDIT_BRACKETED = regex.compile(rf"\(\s?{_TOK}(?:\s{_TOK}){{1,5}}(?:{_SEP}{_NAME})?\s?\)\.?")

#: The label of a credit or picture line: "Photo:", "Foto:", "Image:", "Bild:", "Crédit :".
CREDIT_LABEL = regex.compile(rf"(?i:{PREFIX})s?\s?[:：]\s?")

def _credit_tail(agency: str, prefix: str) -> str:
    """``CREDIT_TAIL``'s source with ``agency`` for the agency names and ``prefix`` for the credit labels."""
    return rf"""(?:^|(?<=[.!?”’»"')\]…]\s{{0,3}})|\s[-–—|·•]\s|\s(?=[(\[])|(?=（)|\s(?=(?i:submitted|contributed|staff|handout|file|courtesy)\s(?i:photo|image|picture)s?[.\s]{{0,2}}$))
    (?P<credit>
        [(\[]\s?(?i:{prefix}|file|archive|archiv|archivo|archivio|arquivo)s?\s?[:/][^()\[\]\n]{{1,100}}[)\]]  # (Image credit: NASA), [File: Reuters]
      | [(\[](?i:{prefix})s?[^()\[\]\n]{{1,100}}[)\]]                        # (Photo by Jane Doe)
      | [(\[]?(?:{agency})\s?(?i:photo|foto)s?(?:\s?/\s?[^()\[\]\n]{{1,80}}[)\]]?|\s{_NAME})  # (AP Photo/Evan Vucci), BELGA PHOTO JANE ROE
      | [(\[]\s?(?:{_NAME}{_SEP})?(?:{agency})(?:\s(?i:via)\s(?:{agency})|{_SEP}{_NAME})?\s?[)\]]  # (Reed Saxon / Associated Press), (AP), (X/Bloomberg via Getty Images)
      | [(\[]\s?{_NAME}(?:{_SEP}{_NAME}){{1,3}}\s?[)\]]                       # (NASA/JPL-Caltech/ASU)
      | (?i:{prefix})s?\s?(?:[:：]|by\b)\s?[^:\n]{{1,100}}                   # Photo: Jane Doe/Reuters
      | (?i:photo|foto|bild|beeld|fot\.?|zdj\.?)s?\s(?:{agency})(?:\s?/\s?{_NAME})?   # PHOTO AFP, Fot. PAP/Jan Kowal, Beeld ANP
      | (?i:photo|foto|beeld)s?(?:\ (?i:d'archives?|de\ archivo|d'archivio|de\ arquivo|di|von|door|par|por|de|przez))?\ (?:DR|{_TOK}(?:\s{_TOK}){{1,3}})  # Photo Jane Roe, Photo d'archives X, Photo DR
      | {_NAME},\s(?:{agency})                                                 # ... Jane Roe, dpa
      | (?:{agency})(?:\s?/\s?{_NAME}){{1,2}}                               # REUTERS/Kevin Lamarque, APA/EXPA/JOHANN GRODER, REUTERS/Jane Doe/File Photo
      | {_NAME}\s?/\s?(?:{_NAME}\s?/\s?)?(?:{agency})(?:\s(?i:via)\s(?:{agency})|(?i:\sfile|\spool))?  # John Thys/AFP via Getty Images
      | (?i:submitted|contributed|courtesy|file|staff|handout|pool|archive)\s(?i:photo|image|picture)s?  # Submitted photo
      | (?i:(?:photos?\s|images?\s)?courtesy(?:\sof)?)\s{_NAME}            # Photo courtesy of the city
      | ©\s?[^©\n]{{1,60}}                                                   # © Jane Doe
      | (?:{agency})\s(?i:via)\s(?:{agency})                                  # ... Bloomberg via Getty Images
      | (?:{agency})(?:\s(?:{agency})){{0,2}}                                # ... Getty Images
      | {_NAME}\s[-–—]\s(?:{agency})(?:\s[-–—]\s(?i:archivo|archive|archiv|archivio|arquivo))?  # ... - Jane Roe - Europa Press - Archivo
      | (?i:archives?|archivo|archivio|arquivo|archivbild)\s{_NAME}             # ... | ARCHIVES OUEST-FRANCE
      | （\s?(?:{agency})\s?）                                                 # ...＝27日午前（共同）: full-width brackets, no space before
    )[.\s]{{0,2}}$"""


#: A photo credit at the end of a caption line; ``credit`` is the part to cut off.
CREDIT_TAIL = lazy(lambda: regex.compile(_credit_tail(AGENCY, PREFIX), regex.VERBOSE))
#: ``CREDIT_TAIL`` matched right to left, anchored at the line's end (whether a line ends in a credit):
#: the same strings, with the agency names and credit labels sharing their ends.
CREDIT_TAIL_REVERSED = lazy(lambda: regex.compile(_credit_tail(_AGENCY_REVERSED, _PREFIX_REVERSED), regex.VERBOSE | regex.REVERSE))

#: A credit glued to the end of a caption by a scraper that dropped the markup between them:
#: "... ate a rabbitCredit: Getty", "... didn't get it.Credit...Doug Mills/The New York Times".
#: The capitalised label is what tells it from prose ("the image: a ..." stays).
CREDIT_GLUED = regex.compile(
    r"(?<=[\p{Ll}\p{N}.!?”\"')\]]\s?)(?P<credit>(?:Credits?|Photo|Photograph|Image|Picture|Foto|Bild|"
    r"Crédit|Fotografía|Fotografia|Zdjęcie|Фото)(?:\s?:|\.{2,3}|…)\s?[^\n]{1,100})[.\s]{0,2}$"
)

#: A credit at the start of a caption: "dpa/Jan Woitas Im Oktober wurde ..." (agency/name, then
#: text), or a copyright sign and a two-word name: "© Jane Doe Firefighters at the scene ...".
CREDIT_HEAD = lazy(lambda: regex.compile(
    rf"(?P<credit>(?:{AGENCY})\s?/\s?{_TOK}(?:\s{_TOK}){{0,2}}|©\s?\p{{Lu}}[\p{{L}}.'’-]{{0,30}}\s\p{{Lu}}[\p{{L}}.'’-]{{0,30}})\s(?=\p{{Lu}})"
))

# --------------------------------------------------------------------------- more credit shapes
# Shapes of ``credit_shapes`` (agency and publisher conventions ``CREDIT_TAIL`` misses), each tried only
# on lines holding its character.
# A name-ish token: a capitalised word or initials ("PAUL", "Roe-Smith", "J."), or a particle.
_SHAPE_TOK = (
    r"(?:\p{Lu}[\p{L}\p{M}\d.'’&-]{0,30}|(?:de|da|del|van|von|der|den|la|le|di|du|y|und|et|für|for|pour)(?=\s))"
)
_SHAPE_CAP = r"\p{Lu}[\p{L}\p{M}'’-]{1,30}"
_SHAPE_PARTICLE = r"(?:de|da|del|van|von|der|den|la|le|di|du)"
# A name of two or three capitalised words, a particle allowed ("Jan de Roe").
_SHAPE_NAME = rf"{_SHAPE_CAP}(?:\s(?:{_SHAPE_PARTICLE}\s)?{_SHAPE_CAP}){{1,2}}"
#: "... in Belgien © JANE ROE / AFP/Archiv": a copyright sign after a plain space, then names and
#: slashes to the line's end (the shared shape wants a full stop or a dash before the sign).
MID_COPYRIGHT = lazy(lambda: regex.compile(
    rf"\s(?P<credit>©\s?(?:{AGENCY}|{_SHAPE_TOK})(?:(?:\s|\s?/\s?)(?:{AGENCY}|{_SHAPE_TOK})){{0,7}})[.\s]{{0,2}}$"
))
#: "... Bremen. Bildrechte: Hafen AG Fotograf: Jim Poe": two labelled parts after a sentence's end.
LABEL_CHAIN = lazy(lambda: regex.compile(
    rf"(?<=[.!?]\s{{1,3}})(?P<credit>(?i:{PREFIX})s?\s?:\s?[^:\n]{{1,60}}\s(?i:{PREFIX})s?\s?:\s?[^:\n]{{1,60}})$"
))
#: "... au petit matin. LP/Jane Roe": a publisher's initials (two to five capitals), a slash and a name
#: of two or three capitalised words ("HH/Jan de Roe" with its particle) after a sentence's end.
INITIALS_NAME = regex.compile(
    rf"(?<=[.!?]\s{{1,3}})(?P<credit>(?-i:\p{{Lu}}{{2,5}})\s?/\s?{_SHAPE_NAME})[.\s]{{0,2}}$"
)
#: "... w Gdyni. | Fot. materiały prasowe UM Gdynia": an abbreviated photo label after a separator or a
#: sentence's end, then any words ("press material", a town hall) to the line's end.
ABBREVIATED_LABEL = regex.compile(r"(?:\s[|·•–—-]\s|(?<=[.!?]\s{1,3}))(?P<credit>(?i:fot|zdj|phot)\.\s?[^\n|]{1,80})$")
#: "... le 14 octobre 2026 - AFP/Archives - JEAN-LOUP ROE": after a dash or a bar, an agency (an archive
#: word after its slash or not), a dash and the photographer's name of two or three words, as AFP's
#: French captions sign pictures.
AGENCY_DASH_NAME = lazy(lambda: regex.compile(
    rf"\s[-–—|]\s(?P<credit>(?:{AGENCY})(?:\s?/\s?(?i:archives?|archivo|archiv|archivio|arquivo|file))?\s[-–—]\s{_SHAPE_NAME})[.\s]{{0,2}}$"
))
#: "... del río Turia. - EUROPA PRESS - Archivo": after a sentence's end and a spaced dash, an agency and its
#: archive word, as Europa Press and Lusa sign archive pictures under the caption.
AGENCY_ARCHIVE_TAIL = lazy(lambda: regex.compile(
    rf"(?<=[.!?])\s[-–—]\s(?P<credit>(?:{AGENCY})\s[-–—]\s{_ARCHIVE_WORD})[.\s]{{0,2}}$"
))
#: "... samedi soir. | Photo Le Télégraphe de l'Ouest – Jane Roe": a photo label without a colon, the
#: newspaper's name (capitalised words, joining particles and elisions), a spaced dash, a slash or a comma and the
#: photographer, after a bar or a sentence's end, as regional papers sign their own pictures.
_OUTLET_NAME = (
    rf"{_SHAPE_CAP}(?:(?:\s(?:de|du|des|di|del|della|da|do|van|von|der|la|le|el)){{0,2}}(?:\s|\s?[ld]['’]){_SHAPE_CAP}){{0,4}}"
)
PHOTO_OUTLET_NAME = regex.compile(
    rf"(?:\s[|·•]\s|(?<=[.!?]\s{{1,3}}))(?P<credit>(?i:photo|foto|beeld)s?\s{_OUTLET_NAME}(?:\s[-–—]\s|\s?/\s?|,\s){_SHAPE_NAME})[.\s]{{0,2}}$"
)
#: "Foto: Jane Roe Seit Montag ...": a label, a first name and a surname (capitalised, not shouted),
#: then the caption's first word.
LABEL_NAME_FIRST = regex.compile(
    rf"(?P<credit>(?i:{PREFIX})s?\s?:\s?\p{{Lu}}\p{{Ll}}{{1,30}}(?:-\p{{Lu}}\p{{Ll}}{{1,30}})?\s\p{{Lu}}\p{{Ll}}{{1,30}}(?:-\p{{Lu}}\p{{Ll}}{{1,30}})?)"
    r"\s(?=\p{Lu}\p{Ll})"
)
#: A photo label left at the end of a caption: "... w Konstantynówku Fot." (abbreviations only:
#: "... looks at a photo." ends a sentence).
LEFT_LABEL = regex.compile(r"\s(?P<label>(?i:fot|zdj|phot)\.)$")

#: A note about the picture in brackets closing a caption: "... (Archivbild)", "... (file photo)".
PICTURE_NOTE_END = regex.compile(
    r"\((?i:archivbild|archivfoto|symbolbild|symbolfoto|archiv|archives?|archivo|archivio|arquivo|file|file\ photo"
    r"|photo\ d'archives|foto\ de\ archivo|foto\ d'archivio|archiefbeeld|archieffoto|zdj[eę]cie\ archiwalne)\)$"
)
#: A rights notice for a whole line or a credit: "RIPRODUZIONE RISERVATA", "© Tous droits réservés".
RIGHTS = rf"(?:©\s?)?(?i:{alternation(RIGHTS_NOTICES)})"
RIGHTS_LINE = regex.compile(rf"{RIGHTS}\.?")
#: "... a Palazzo Reale - RIPRODUZIONE RISERVATA": a rights notice after a dash, a bar or a sentence's
#: end, ending the line (``credit_shapes`` refuses captions that name a company or a year: footers).
RIGHTS_TAIL = regex.compile(rf"(?:\s[-–—|·•]\s|(?<=[.!?]\s{{1,3}}))(?P<credit>{RIGHTS})\.?\s?$")
#: "... fehlt es an Pflegepersonal. Corinne Baumli / NLZ": two or three capitalised words, a slash and
#: a newspaper's short name in two to five capitals, after a sentence's end (``INITIALS_NAME`` turned round).
NAME_OUTLET = regex.compile(
    rf"(?<=[.!?]\s{{1,3}})(?P<credit>{_SHAPE_NAME}\s?/\s?(?-i:\p{{Lu}}{{2,5}}))[.\s]{{0,2}}$"
)
# A shouted word of a credit: "OUEST", "GWENAËL", "LE-TÉLÉGRAMME".
_SHOUTED = r"\p{Lu}[\p{Lu}\p{M}'’.&-]{0,30}"
#: "... sur trois jours. | ARCHIVES PHOTO OUEST ARMOR - GWENAËL RIOU": after a bar or a bullet, a photo or
#: archive word in capitals and shouted words (publisher, then photographer) with dashes or slashes.
SHOUTED_PHOTO = regex.compile(
    rf"\s[|·•]\s(?P<credit>(?-i:ARCHIVES?|PHOTOS?|ILLUSTRATION|ARCHIVO|ARCHIVIO|FOTO)(?:\s(?:[-–—/]\s)?{_SHOUTED}){{1,8}})[.\s]{{0,2}}$"
)
#: "11月27日，一列动车组列车驶出车站。新华社记者 李明 摄": a Chinese picture credit, reporter and name, then 摄 ("shot by").
HAN_REPORTER = regex.compile(
    r"(?<=[。！？\s]|^)(?P<credit>\p{Han}{0,6}(?:记者|記者|摄影|攝影)\s?\p{Han}{2,4}(?:\s\p{Han}{2,4}){0,2}\s?[摄攝])\s?$"
)
#: What may stand in brackets at a caption's end as its credit, besides ``CREDIT_TAIL``'s shapes: an
#: outlet and a name ("Rural News: Jane Roe", as ABC signs), "Supplied" or "Handout", a US broadcaster's
#: call sign ("KTRV", "WXIA-TV").
BRACKET_CREDIT_INSIDE = regex.compile(
    rf"(?:{_SHAPE_CAP}\s){{0,3}}{_SHAPE_CAP}:\s?{_SHAPE_NAME}"
    r"|(?i:supplied|supplied\ (?:photo|image|picture)|handout|submitted)"
    r"|(?-i:[KW][A-Z]{3}(?:-(?:TV|DT|FM))?)"
)
#: The bracket at a line's end that ``BRACKET_CREDIT_INSIDE`` describes, after a sentence's end.
BRACKET_CREDIT = regex.compile(r"(?<=[.!?]\s{0,3})(?P<credit>\([^()\n]{2,80}\))\s?$")

# --------------------------------------------------------------------------- free-form credits
# ``credit_freeform``: a credit that is no agency and has no label, after a caption's last sentence.

#: How much of a line's end is searched for a free-form credit (the credit starts within it).
FREE_TAIL_CHARS = 120
#: Longest line a free-form credit is looked for on: a caption of 40 words and its credit are shorter.
FREE_MAX_LINE_CHARS = 600
#: A free-form credit phrase or word (``markers.FREE_CREDITS``, ``FREE_CREDIT_WORDS``), matched whole.
FREE_CREDIT = regex.compile(
    rf"(?i:{alternation(FREE_CREDITS)})|(?:{'|'.join(regex.escape(w) for w in FREE_CREDIT_WORDS)})"
)
_FREE_TOK = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]{1,30})"
_FREE_PARTICLE = r"(?:de|da|del|van|von|der|den|la|le|di|du|dos|das)"
# A person's name: two to four capitalised words or initials, particles between; not "By Jane Roe".
_FREE_NAME = (
    r"(?!(?i:by|von|par|por|door|przez|di|da|de|mit|with|from|via|and|und|et|photo|foto|bild)\s)"
    rf"{_FREE_TOK}(?:\s(?:{_FREE_PARTICLE}\s){{0,2}}{_FREE_TOK}){{1,3}}"
)
_OUTLET_TOK = r"\p{Lu}[\p{L}\p{M}\p{N}.'’&-]{0,30}"
_OUTLET_JOIN = r"(?:of|and|&|de|du|des|di|del|della|van|der|für|am|im|y|e|et|und|on)"
_OUTLET_REST = rf"(?:\s(?:{_OUTLET_JOIN}\s)?{_OUTLET_TOK}){{0,4}}"
_ARTICLE = "|".join(regex.escape(a) for a in OUTLET_ARTICLES)
# A newspaper's or broadcaster's name, its article first if any: "The Dunmore Sentinel", "L'Express".
_OUTLET = rf"(?:(?:{_ARTICLE})\s|L['’])?{_OUTLET_TOK}{_OUTLET_REST}"
_FOR = "|".join(FREE_FOR_WORDS)
# An outlet's name that no person's name has: an article first ("The Dunmore Sentinel", "Le Monde"),
# capitals ("NPR", "HARBOUR TIMES") or a paper's word last ("Harbour Daily News", "Omaha World-Herald",
# "Staff Photographer"). Two capitalised words alone ("Meg Ryan", "Harbour United") may be a person or a club.
_STRONG_OUTLET = (
    rf"(?:(?:(?:{_ARTICLE})\s|L['’]){_OUTLET_TOK}{_OUTLET_REST}"
    rf"|(?-i:\p{{Lu}}[\p{{Lu}}\p{{N}}&]{{1,8}})(?:\s{_OUTLET_TOK}){{0,3}}"
    rf"|(?:{_OUTLET_TOK}\s(?:{_OUTLET_JOIN}\s)?){{0,4}}(?:\p{{L}}{{1,20}}-)?(?:{'|'.join(OUTLET_WORDS)}))"
)
#: "Kelly Roe/The Dunmore Sentinel", "KELLY ROE/DUNMORE SENTINEL", "Jane Roe / Harbour Weekly": a name,
#: a slash and an outlet (matched whole on a caption's tail after its last sentence); "Tom Roe/Meg Poe"
#: pairs two people.
NAME_SLASH_OUTLET = regex.compile(rf"{_FREE_NAME}\s?/\s?{_STRONG_OUTLET}")
#: In brackets any outlet will do: "(Jane Roe/Sentinel)".
NAME_SLASH_ANY = regex.compile(rf"{_FREE_NAME}\s?/\s?{_OUTLET}")
#: "Bram Roe for The Machine Room", "Jean Roe pour Le Monde", "Jane Roe for NPR": after "for" the same
#: outlet's shape, so "Jane Roe for Mayor" or a substitution ("Jim Poe for Jane Roe") is none.
NAME_FOR_OUTLET = regex.compile(rf"{_FREE_NAME}\s(?:{_FOR})\s{_STRONG_OUTLET}")
#: The same in brackets, where any outlet will do: "(Bram Roe for Bloomberg)".
NAME_FOR_ANY = regex.compile(rf"{_FREE_NAME}\s(?:{_FOR})\s{_OUTLET}")
#: Where a free-form credit may start: after a sentence's end (``end``), or after a bar or dash
#: (phrases only), or before a bracket.
FREE_SPLIT = regex.compile(r"(?P<end>(?<=[.!?…][\"”’»)]?)\s{1,3})(?=\S)|\s[-–—|·•]\s(?=\S)|\s(?=\()")

# --------------------------------------------------------------------------- fixes

#: Characters that are certainly not text: C0/C1 controls except tab, plus lone surrogates.
CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _mojibake_pairs() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], str]:
    """What ftfy's repairs (as ``fix_encoding`` configures them) react to, as tables built from codecs.

    UTF-8 decoded with a single-byte charset ftfy can undo shows a lead byte (0xC2-0xF4) followed by a
    continuation byte (0x80-0xBF) as two characters of that charset, or the lead then a space that
    replaced 0xA0 (ftfy's ``restore_byte_a0``: a two-byte lead and the space, or a longer lead, the space
    and a continuation). Returns, for every character that can open such a pair, the characters that
    complete it (``" "`` included for the two-byte leads), the continuations that may follow "lead,
    space" for the longer leads, and a class of the characters that are tell-tales on their own:
    C1 controls, lone surrogates, U+FFFD and the non-ASCII characters ftfy's ``remove_control_chars`` drops.
    """
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs ftfy uses)
    from ftfy.chardata import CHARMAP_ENCODINGS, CONTROL_CHARS

    follow: dict[str, set[str]] = {}
    after_space: dict[str, set[str]] = {}
    for enc in CHARMAP_ENCODINGS:
        cont = set(bytes(range(0x80, 0xC0)).decode(enc))
        for c in bytes(range(0xC2, 0xF5)).decode(enc):
            follow.setdefault(c, set()).update(cont)
        if enc != "macroman":  # as in ftfy: an en dash then a space is common in Mac Roman text
            for c in b"\xc2\xc3\xc5\xce\xd0\xd9".decode(enc):
                follow[c].add(" ")
            for c in b"\xe2\xe3\xf0".decode(enc):
                after_space.setdefault(c, set()).update(cont)
    controls = "".join(f"\\U{c:08x}" for c in sorted(CONTROL_CHARS) if c >= 0x80)
    singles = rf"\x80-\x9f{controls}\ud800-\udfff\ufffd"
    freeze = {c: frozenset(v) for c, v in follow.items()}
    return freeze, {c: frozenset(v) for c, v in after_space.items()}, singles


def _hint_pattern() -> str:
    def cls(chars: Iterable[str]) -> str:
        return "[" + "".join(f"\\U{ord(c):08x}" for c in sorted(chars)) + "]"

    by_follow: dict[frozenset[str], list[str]] = {}  # leads sharing followers share one alternative
    for c, follow in MOJIBAKE_PAIRS.items():
        by_follow.setdefault(follow, []).append(c)
    alts = [cls(leads) + cls(follow) for follow, leads in by_follow.items()]
    alts += [cls(c) + " " + cls(cont) for c, cont in MOJIBAKE_AFTER_SPACE.items()]
    return "|".join(alts) + f"|[{MOJIBAKE_SINGLES}]"


#: Mojibake as data (see ``_mojibake_pairs``): ``fix_encoding`` checks pairs with a dict lookup per
#: possible lead character, which is what ``MOJIBAKE_HINT`` (the same rule as one pattern) states.
MOJIBAKE_PAIRS, MOJIBAKE_AFTER_SPACE, MOJIBAKE_SINGLES = _mojibake_pairs()
#: Mojibake tell-tales. Clean text rarely matches, so ftfy runs only there. Matches "cafÃ©", "РЎРї".
MOJIBAKE_HINT = lazy(lambda: regex.compile(_hint_pattern()))
#: Whitespace oddities: no-break and typographic spaces, zero-width spaces, soft hyphens, tabs, runs.
WHITESPACE_ODD = regex.compile(r"[\t\xa0\xad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\ufeff]|  ")
#: Tags or entities left in scraped text: "<br>", "</em>", "<p class=...>", "&amp;", "&#8217;".
MARKUP_HINT = regex.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,2000})?/?>|<!--|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});")

# --------------------------------------------------------------------------- captions and speech

#: A credit that is nothing but agency names ("Reuters", "Getty Images"): weak evidence on its own.
AGENCY_ONLY = lazy(lambda: regex.compile(rf"(?:{AGENCY})(?:\s(?:{AGENCY})){{0,2}}"))

_MONTHS = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|"
    r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)"
)
#: Cues that a line describes a picture, one alternative each (matched ignoring case); each match of
#: ``CAPTION_CUE`` is one point in ``captions.caption_score``.
CAPTION_CUES = (
    r"\((?:reissued|file|archive|archivbild|archivfoto|archives?|archivo|archivio|arquivo)\b",  # (reissued 18 June 2018)
    r"\b(?:file\ photo|photo\ d'archives|foto\ de\ archivo|foto\ d'archivio|archivbild)\b",
    r"\((?:l|r|c|left|right|centre|center|front|back|top|bottom|2nd\ l|2nd\ r)\)",  # (L), (2nd R)
    r"\((?:links|rechts|mitte|l\.|r\.|m\.|à\ gauche|à\ droite|au\ centre|izq\.?|izquierda|dcha\.?|derecha|centro"
    r"|a\ sinistra|a\ destra|z\ lewej|z\ prawej|слева|справа)\)",  # (links), (à gauche), (izq.)
    r",\ (?:left|right|center|centre|second\ (?:from\ )?(?:left|right)|top|bottom|foreground|background),",  # X, left, and Y
    r"\b(?:symbolbild|symbolfoto|archivfoto|photo\ d'illustration|image\ d'illustration|foto\ ilustrativa"
    r"|imagen\ de\ archivo|stock\ (?:image|photo)|artist'?s\ (?:concept|illustration|impression|rendering)"
    r"|satellite\ (?:image|photo)|screenshot|screen\ grab|handout\ (?:photo|picture|image)|undated\ (?:photo|image|picture)"
    r"|na\ zdj[eę]ciu|nella\ foto|en\ la\ imagen|sur\ la\ photo|auf\ dem\ (?:foto|bild)|im\ bild|на\ фото)\b",
    r"\b(?:from\ (?:left|right)|left\ to\ right|v\.\ ?l\.\ ?n\.\ ?r\.|de\ gauche\ à\ droite|de\ izquierda\ a\ derecha)\b",
    r"\b(?:pictured|is\ seen|are\ seen|is\ pictured|are\ pictured|pos(?:es?|ing)\ for|look(?:s|ing)?\ on|gestur(?:es?|ing)"
    r"|wav(?:es?|ing)\ to|arriv(?:es?|ing)\ (?:at|for)|speak(?:s|ing)?\ (?:during|at|to)|attends?"
    r"|walk(?:s|ing)?\ (?:past|through|along|in|on)|stand(?:s|ing)?\ (?:in|on|at|next)|sit(?:s|ting)?\ (?:in|on|at)"
    r"|hold(?:s|ing)?\ (?:a|an|up)|reacts?|celebrates?|takes?\ part|perform(?:s|ing)?\ (?:at|in|on|during)"
    r"|in\ this\ (?:photo|image|picture|handout))\b",
    rf"\b\d{{1,2}}\.?\ {_MONTHS}\ \d{{4}}\b",  # 16 October 2017
    rf"\b{_MONTHS}\ \d{{1,2}},\ \d{{4}}\b",  # Oct. 16, 2017
    r",\ (?:southern|northern|eastern|western|central|south|north|east|west)(?:ern)?\ \p{Lu}\p{L}{2,30},",  # , southern Germany,
)
CAPTION_CUE = regex.compile(rf"(?i:{'|'.join(CAPTION_CUES)})")
#: Signs of reported speech, which captions rarely have and body paragraphs often do.
SPEECH_CUE = regex.compile(
    r"\b(?i:said|says|told|according\ to|sagte|sagt|erklärte|a\ déclaré|a\ dit|dijo|afirmó|ha\ detto|disse|zei|powiedział|сказал)\b"
    r"|[“\"„«][^”\"“»\n]{15,400}[”\"“»]",
    regex.VERBOSE,
)

# --------------------------------------------------------------------------- credit lines CREDIT_LINE lacks

#: A photo word and a name with no colon between them, alone on a line: "Photo Julien Vasseur", "Foto
#: Marco Roe", "Beeld Jan de Roe" (French, Italian and Dutch regional papers sign their own pictures so).
#: Two or three capitalised words only: "Photo des Tages" or "Foto ufficio stampa" are none.
PHOTO_WORD_NAME = regex.compile(rf"(?i:photo|foto|beeld)\s{_SHAPE_NAME}")
#: A photo word and an agency with no colon between them, alone on a line: "Photo AFP", "Foto ANSA",
#: "Beeld ANP" (as French, Italian and Dutch papers sign wire pictures; with a slash it is ``CREDIT_LINE``'s).
PHOTO_WORD_AGENCY = lazy(lambda: regex.compile(rf"(?i:photo|foto|beeld)\s(?:{AGENCY})"))
#: A photo label, a name or an organisation, a slash and a handout word: "Fot. Urząd Miasta / materiały
#: prasowe", "Foto: Stadtwerke Kiel/Pressebild", "Photo: Harbour Rail / handout".
NAME_SLASH_HANDOUT = lazy(lambda: regex.compile(
    rf"(?i:{PREFIX})s?\.?:?\s?{_NAME}\s?/\s?(?i:{'|'.join(regex.escape(w) for w in HANDOUT_WORDS)})"
))
#: A photographer, then agencies in lower case chained by slashes: "Sebastian Roe/dpa-Zentralbild/dpa",
#: "Jana Roe / epd" (``CREDIT_LINE`` wants each part after a slash capitalised or an agency first).
NAME_SLASH_AGENCIES = lazy(lambda: regex.compile(rf"{_NAME}(?:{_SEP}(?:{AGENCY})){{1,3}}"))
#: "... der Brücke. (Archivbild) Sebastian Roe/dpa-Zentralbild/dpa": after a sentence's end or a bracket, a
#: photographer and two or three agencies chained by slashes, a lower-case one among them (``CREDIT_TAIL``
#: wants the parts between the slashes capitalised).
NAME_AGENCIES_TAIL = lazy(lambda: regex.compile(
    rf"(?<=[.!?)]\s{{1,3}})(?P<credit>{_SHAPE_NAME}\s?/\s?(?:{AGENCY})(?:\s?/\s?(?:{AGENCY})){{1,2}})[.\s]{{0,2}}$"
))
#: "... une baisse de fréquentation. Photo RM/É.M.": after a sentence's end or a bar, a photo word, the
#: paper's short name and the photographer's initials (French regional papers sign pictures so).
PHOTO_INITIALS = regex.compile(
    r"(?:\s[|·•]\s|(?<=[.!?]\s{1,3}))(?P<credit>(?i:photo|foto)s?\s(?-i:\p{Lu}[\p{L}'’-]{0,15})\s?/\s?"
    r"(?-i:\p{Lu}\.(?:-?\p{Lu}\.){1,3}))\s?$"
)
