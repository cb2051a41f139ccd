"""Caption features shared by ``split_credits`` and ``split_captions`` (not a pipeline step).

A caption describes a picture: it names who or what is shown, where and when, often in the present
tense ("Visitors are reflected in a mirror ... in Munich, 16 October 2017"), and rarely quotes anyone.
``caption_score`` adds up such cues; body paragraphs score low because they report speech and run long.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

import regex

from newsclean.document import count_words
from newsclean.markers import (
    CAPTION_PHRASE_WORDS,
    CLAUSE_WORDS,
    LOOK_SENTENCES,
    OCCASION_WORDS,
    PICTURE_NOTES,
    REPORTING_VERBS,
    SOURCE_LABELS,
    VIEW_OPENERS,
    WIRE_DATELINES,
)
from newsclean.text.marker_syntax import Conjunction, GateCheck, flat_gate, fold, gate_holds, has_digit, literal_gate
from newsclean.text.patterns import CAPTION_CUE, CAPTION_PREFIX, PREFIX, SPEECH_CUE

_MAX_SCORED_CHARS = 4000
# A quotation of at most this many words names a work or a brand; it reports no speech.
_TITLE_MAX_WORDS = 3

#: A caption naming who is shown, then their role: "Jane Doe, the agency's director", "Anna Nowak,
#: prezes spółki". Two to four capitalised words first, so a headline ("Budget passes, harbour
#: waits") does not qualify.
NAME_APPOSITION = regex.compile(r"\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){1,3}, \p{L}")
#: Play buttons the shared media markers do not list, in the languages of the corpus. A whole line.
CLIP_PLACEHOLDER = regex.compile(
    r"(?i:video\ abspielen|video\ ansehen|reproducir\ (?:el\ )?v[íi]deo|ver\ (?:el\ )?v[íi]deo|lire\ la\ vid[ée]o"
    r"|regarder\ la\ vid[ée]o|vid[ée]o|odtw[óo]rz\ (?:wideo|film)|wideo|zobacz\ wideo)",
    regex.VERBOSE,
)

#: Where in the picture something is, in brackets: "(at left; a closeup at right)", "(inset)",
#: "(oben)", "(en haut)". Adds to the shared cues, which know "(left)" and "(links)".
PLACE_IN_PICTURE = regex.compile(
    r"\((?i:(?:at|far|top|bottom|on\ the)\ (?:left|right)|above|below|inset|oben|unten|im\ hintergrund|en\ haut|en\ bas"
    r"|arriba|abajo|in\ alto|in\ basso|u\ góry|na\ dole)[;,)]"
)
#: A credit label alone on a line ("Фото", "Foto:", "Image credit"): the page put the name under it.
CREDIT_LABEL_ALONE = regex.compile(rf"(?i:{PREFIX})\ ?[:：]?")
#: A line that is only a title in quotes: "“Harbour Lights”", "„Der Hafen“", "«Le Port»". No full
#: stop, question or exclamation mark inside: a quoted sentence is a pull quote.
QUOTED_TITLE = regex.compile(r"[\"“„«‘'][^\"“”„«»‘’'\n.!?]{1,80}[\"”“»’']")
#: A site's copyright notice, which a "©" line in the text may also be: "All rights reserved",
#: "Alle Rechte vorbehalten", "Tous droits réservés" ...
RIGHTS_RESERVED = regex.compile(
    r"(?i:rights\ reserved|alle\ rechte|tous\ droits|todos\ los\ derechos|tutti\ i\ diritti|todos\ os\ direitos"
    r"|alle\ rechten|wszelkie\ prawa|все\ права)"
)
#: A source line: "Źródło: PAP, Polsat News", "Quelle: dpa", "Sources : AFP". Matched at the line's start.
SOURCE_LINE = regex.compile(rf"(?:{'|'.join(m.pattern for m in SOURCE_LABELS)})\s?[:：]", regex.IGNORECASE)


def is_source_line(text: str) -> bool:
    """True for a line that names a text's source ("Źródło: PAP", "Quelle: dpa"), not a picture's.

    >>> is_source_line("Źródło: PAP, Polsat News"), is_source_line("Foto: Jan Kowal")
    (True, False)
    """
    return SOURCE_LINE.match(text) is not None


#: A clip's description under a player: "Video: In this talk the harbour master explains ...". Only
#: a finished sentence after it counts; "Video: Signing Day highlights" titles a link.
CLIP_LABEL = regex.compile(r"(?i:video|vid[ée]o|v[íi]deo|wideo|видео|filmpje|clip)\ ?:\ ")


#: A note about the picture in the languages the shared cues lack: "Архивное фото", "Arkivbild" ...
PICTURE_NOTE = regex.compile(rf"(?<!\w)(?:{'|'.join(m.pattern for m in PICTURE_NOTES)})(?!\w)", regex.IGNORECASE)
#: Reporting verbs of the languages ``SPEECH_CUE`` lacks: "informó", "a annoncé", "сообщили" ...
REPORTING_VERB = regex.compile(rf"(?<!\w)(?:{'|'.join(m.pattern for m in REPORTING_VERBS)})(?!\w)", regex.IGNORECASE)

# What every match of a pattern holds, read off its source (``marker_syntax.literal_gate``): for
# CAPTION_CUE "(" and a word of its list, a digit and a month's name, "pictured", "pos" and " for" ...;
# for PICTURE_NOTE and REPORTING_VERB a word of their marker lists. Most lines scored hold none, and
# the patterns cost tens of µs on such a line (they try every position), the gate a few.
Gate = tuple[Conjunction, ...] | None


def _gate(pattern: regex.Pattern[str]) -> Gate:
    # The reader takes whitespace as written: a verbose pattern's would be wrong.
    assert not pattern.flags & regex.VERBOSE, pattern.pattern
    tree = literal_gate(pattern.pattern, optional=True)
    if tree is None:
        return None
    # A conjunction holds when each of its sets does, in any order: the smaller sets (fewer words to
    # look for, and those rarer: ", ", " jan ") are tried first, so a line fails at the cheapest one.
    return tuple((digit, tuple(sorted(sets, key=len))) for digit, sets in flat_gate(tree))


CUE_GATE = _gate(CAPTION_CUE)
NOTE_GATE = _gate(PICTURE_NOTE)
VERB_GATE = _gate(REPORTING_VERB)


def _holds(gate: Gate, folded: str, digit: bool) -> bool:
    """False only when a pattern whose gate is ``gate`` certainly finds nothing (tests/test_speed_gates_markers.py)."""
    return gate is None or gate_holds(gate, folded, digit)


def _check(gate: Gate) -> Callable[[str, bool], bool]:
    """``_holds`` for ``gate``, its large word sets searched at C speed (``GateCheck``: the same answers)."""
    return (lambda folded, digit: True) if gate is None else GateCheck(gate)


_CUE_HOLDS, _NOTE_HOLDS, _VERB_HOLDS = _check(CUE_GATE), _check(NOTE_GATE), _check(VERB_GATE)


def may_hold_a_cue(text: str) -> bool:
    """False only when ``CAPTION_CUE`` certainly finds nothing in ``text``."""
    return _CUE_HOLDS(fold(text), has_digit(text))


#: The opening of a wire story's first paragraph: "Potsdam (dpa/bb) -", "(ANSA) - ROMA", "МОСКВА, 27 ноября. /ТАСС/."
WIRE_DATELINE = regex.compile(rf"(?:{'|'.join(m.pattern for m in WIRE_DATELINES)})", regex.IGNORECASE)
# A wire lede scores this much lower: no number of cues makes it a caption.
_LEDE_PENALTY = 6

#: Distinct line starts a :class:`StartGate` remembers; past that it answers "maybe" (the caller then
#: runs its pattern, as before), which bounds its memory and one-off work on hostile input.
GATE_MAX_KEYS = 8192


class StartGate:
    """Whether ``pattern.match(text)`` (``fullmatch`` with ``whole=True``) can succeed, from text's first characters.

    A cleaner that tries a line-start pattern on every line pays a regex call per line; most lines
    start in a way no match can. The gate asks the pattern once per distinct start ``text[:chars]``,
    with regex's partial matching: ``match(start, partial=True)`` finds a (complete or partial) match
    whenever some string beginning with ``start`` matches, and ``text`` is such a string. So where the
    gate says False the pattern could not have matched ``text``; where it says True the caller runs
    the pattern as before.

    >>> gate = StartGate(regex.compile(r"(?i:file photo):"))
    >>> gate("FILE PHOTO: A man walks past"), gate("Fire crews arrive"), gate("Fi")
    (True, False, True)
    """

    __slots__ = ("_chars", "_seen", "_try")

    def __init__(self, pattern: regex.Pattern[str], *, chars: int = 4, whole: bool = False) -> None:
        self._try = pattern.fullmatch if whole else pattern.match
        self._chars = chars
        self._seen: dict[str, bool] = {}

    def passing(self, texts: list[str]) -> list[int]:
        """Positions of the texts the gate lets through (as ``__call__`` would), without a call per text."""
        n, seen = self._chars, self._seen
        starts = [text[:n] for text in texts]
        for start in set(starts).difference(seen):
            if len(seen) >= GATE_MAX_KEYS:
                break
            seen[start] = self._try(start, partial=True) is not None
        maybe = seen.get
        return [pos for pos, start in enumerate(starts) if maybe(start, True)]  # a start not kept: maybe

    def __call__(self, text: str) -> bool:
        start = text[: self._chars]
        known = self._seen.get(start)
        if known is not None:
            return known
        if len(self._seen) >= GATE_MAX_KEYS:
            return True
        answer = self._seen[start] = self._try(start, partial=True) is not None
        return answer


#: The function words a verbless German caption phrase may hold besides capitalised words.
_PHRASE_WORD = regex.compile(rf"(?:{'|'.join(m.pattern for m in CAPTION_PHRASE_WORDS)})")
_PHRASE_ARTICLES = ("Ein ", "Eine ", "Der ", "Die ", "Das ")
_PHRASE_MIN_WORDS, _PHRASE_MAX_WORDS = 3, 10
_PHRASE_LINE_MAX_WORDS = 20


def verbless_phrase(text: str) -> bool:
    """True when the first sentence is a German noun phrase without a verb: "Ein Wolf im Wildpark Schorfheide."

    >>> verbless_phrase("Ein Wolf im Wildpark Schorfheide. Die Tiere breiten sich weiter aus.")
    True
    >>> verbless_phrase("Die Tiere breiten sich weiter nach Westen aus.")
    False
    """
    # A caption is short: a paragraph may open on a verbless sentence too ("Ein Rekordjahr für den Hafen.").
    if not text.startswith(_PHRASE_ARTICLES) or count_words(text) > _PHRASE_LINE_MAX_WORDS:
        return False
    end = text.find(". ")
    first = text[: end if end >= 0 else len(text)]
    if not first.endswith(".") and end < 0:
        return False
    words = first.rstrip(".").split()
    if not _PHRASE_MIN_WORDS <= len(words) <= _PHRASE_MAX_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or _PHRASE_WORD.fullmatch(w) is not None for w in words[1:])


def caption_score(text: str) -> int:
    """Cue points: 3 for a caption label ("Image caption", "FILE PHOTO:"), 1 per other cue, -1 for speech.

    A line opening with a wire dateline is a story's lede, not a caption:

    >>> caption_score("Hamburg (dpa) - Ein Warnstreik hat den Hafen lahmgelegt.") < 0
    True
    >>> caption_score("Ein Kranführer verlässt das Terminal. (Symbolbild)") > 0
    True
    """
    return score_before_speech(text) - speech_penalty(text)


def speech_penalty(text: str) -> int:
    """What ``caption_score`` takes off for reported speech: 1 or 0."""
    return 1 if len(text) <= _MAX_SCORED_CHARS and reports_speech(text) else 0


def score_before_speech(text: str) -> int:
    """``caption_score`` without its speech penalty: never below it, and at most 1 above.

    A caller that only needs to know whether the score reaches some level can skip the speech
    patterns (the costlier half) when this is already below it.
    """
    if len(text) > _MAX_SCORED_CHARS:
        return -1
    score = -_LEDE_PENALTY if WIRE_DATELINE.match(text) is not None else 0
    if CAPTION_PREFIX.match(text):
        score += 3
    folded, digit = fold(text), has_digit(text)
    # min(3, c + x) == min(3, min(c, 3) + x) for x >= 0: a fourth cue changes nothing.
    cues = sum(1 for _ in islice(CAPTION_CUE.finditer(text), 3)) if _CUE_HOLDS(folded, digit) else 0
    note = _NOTE_HOLDS(folded, digit) and PICTURE_NOTE.search(text) is not None
    phrase = verbless_phrase(text)
    return score + min(3, cues + (PLACE_IN_PICTURE.search(text) is not None) + note + phrase)


# A caption signed with a bare agency is one short sentence; a paragraph of wire copy is longer.
_SIGNED_SENTENCE_MAX_WORDS = 25
_INNER_SENTENCE_END = regex.compile(r"[.!?…]\s+[\p{Lu}\p{N}\"“„«¿¡]")


def signed_sentence(text: str) -> bool:
    """True for one finished sentence of at most 25 words that neither reports speech nor opens a wire story.

    Between two paragraphs, such a line with a bare agency name after it ("... en Zaragoza. EFE") is a
    picture's caption: a wire story signs off once, after its last paragraph.

    >>> signed_sentence("Vecinos observan la crecida del río Ebro en Zaragoza.")
    True
    >>> signed_sentence("El Gobierno aprobó el decreto. La oposición lo rechaza.")
    False
    """
    if not text.endswith((".", ").")) or len(text.split()) > _SIGNED_SENTENCE_MAX_WORDS:
        return False
    if not text[:1].isupper() or _INNER_SENTENCE_END.search(text[:-1]) is not None:
        return False
    return caption_score(text) >= 0


# How a phrase may end that is still no finished sentence: a sentence's end or a closing quote makes it one.
_FINISHED_ENDS = (".", "!", "?", "…", '"', "”", "»", "“", ":", ";", ",")


def dashed_phrase(text: str) -> bool:
    """True for one phrase of at most 25 words with no sentence's end that reports no speech.

    Between two paragraphs, such a line with a dash and a bare agency name after it ("Una delle sale
    restaurate del museo - ANSA", "Vista del puerto de Vigo - EFE") is a picture's caption: a wire story
    signs off after a finished sentence ("... leurs prévisions. - Belga").

    >>> dashed_phrase("Una delle sale restaurate del Museo civico di Montevarchio")
    True
    >>> dashed_phrase("Il Senato ha approvato la riforma.")
    False
    """
    if text.endswith(_FINISHED_ENDS) or len(text.split()) > _SIGNED_SENTENCE_MAX_WORDS:
        return False
    if not text[:1].isupper() or _INNER_SENTENCE_END.search(text) is not None:
        return False
    return caption_score(text) >= 0


def reports_speech(text: str) -> bool:
    """True for a reporting verb ("said", "sagte") or a quotation; a title in quotes is no speech.

    >>> reports_speech('Subscribe to "Harbour Monthly Magazine" for the latest news!')
    False
    >>> reports_speech('"We will rebuild the quay by spring," the mayor promised.')
    True
    >>> reports_speech("La récolte devrait reculer de 12 %, selon le ministère.")
    True
    """
    if _VERB_HOLDS(fold(text), has_digit(text)) and REPORTING_VERB.search(text) is not None:
        return True
    return any(m.group()[:1].isalpha() or count_words(m.group()) > _TITLE_MAX_WORDS for m in SPEECH_CUE.finditer(text))


def shows_a_picture(text: str) -> bool:
    """True when a cue other than a date says the line describes a picture ("(L)", "pictured", "perform at")."""
    if len(text) > _MAX_SCORED_CHARS or not may_hold_a_cue(text):
        return False
    return any(not any(ch.isdigit() for ch in m.group()) for m in CAPTION_CUE.finditer(text))


# --------------------------------------------------------------------------- captions without a credit

#: A caption opening on what the picture looks at: "Blick vom Turm auf ...", "Vue du pont ...", "View of ...".
VIEW_OPENER = regex.compile(rf"(?:{'|'.join(m.pattern for m in VIEW_OPENERS)})\b", regex.IGNORECASE)
#: A blog's sentence pointing at its picture ("So sah das Beet im Mai aus."), matched whole on a first clause.
LOOK_SENTENCE = regex.compile(rf"(?:{'|'.join(m.pattern for m in LOOK_SENTENCES)})", regex.IGNORECASE)
#: A verb or conjunction that makes a phrase a clause, as a whole word.
CLAUSE_WORD = regex.compile(rf"(?<!\w)(?:{'|'.join(m.pattern for m in CLAUSE_WORDS)})(?!\w)", regex.IGNORECASE)
#: A main clause after a comma: an article or a pronoun opens it ("Vue de loin, la maison paraît ...").
CLAUSE_AFTER_COMMA = regex.compile(
    r",\ (?i:il|elle|ils|la|le|les|el|los|las|lo|er|sie|es|der|die|das|he|she|it|they|we|i|the|gli|o|os|as|ele|ela"
    r"|on|ona|oni|hij|zij|het|de|we|wij)\ "
)
#: "El gerente Andrés Roe, durante un recorrido por la obra.": up to three words, a name of two to four
#: capitalised words, one comma, an occasion word, then no other comma, colon or semicolon to the end.
NAME_DURING = regex.compile(
    r"(?:[\p{L}.'’-]{1,20}\ ){0,3}\p{Lu}[\p{L}.'’-]{1,30}"
    r"(?:\ (?:(?:de|van|von|der|den|la|le|di|da|du|del)\ )?\p{Lu}[\p{L}.'’-]{1,30}){1,3},\ "
    rf"(?i:{'|'.join(m.pattern for m in OCCASION_WORDS)})\ [^,;:\n]{{3,160}}"
)
#: Lines whose start no view opener or look sentence can begin skip those patterns (``StartGate``).
_VIEW_GATE = StartGate(VIEW_OPENER)
_LOOK_GATE = StartGate(LOOK_SENTENCE, whole=True)
_DASHES = (" – ", " — ", " - ")
_CLAUSE_STOPS = (". ", *_DASHES)


def _first_clause(text: str) -> str:
    """The first sentence up to a dash: a blog's aside after it ("– zehn Minuten später kam ...") may have verbs."""
    end = len(text)
    for stop in _CLAUSE_STOPS:  # the earliest of them (a loop: a generator cost more than the finds)
        i = text.find(stop)
        if 0 <= i < end:
            end = i
    return text[:end]


def bare_caption_shape(text: str) -> str | None:
    """Which credit-less caption shape ``text`` has: "view" (a verbless phrase opening on what is seen),
    "occasion" ("Name, during <occasion>."), "look" ("So sah das Beet im Mai aus."), or None.

    >>> bare_caption_shape("Blick vom Miradouro da Graça auf die Altstadt – zehn Minuten später kam der Regen.")
    'view'
    >>> bare_caption_shape("El gerente Andrés Roe, durante un recorrido por el patio taller de Bosa.")
    'occasion'
    >>> bare_caption_shape("So sah das Beet im ersten Sommer aus – damals war ich noch stolz.")
    'look'
    >>> bare_caption_shape("The view from Washington is that the deal is dead.") is None
    True
    """
    if _VIEW_GATE(text) and VIEW_OPENER.match(text) is not None:
        clause = _first_clause(text)
        if ":" in clause or CLAUSE_WORD.search(clause) is not None or CLAUSE_AFTER_COMMA.search(clause) is not None:
            return None
        return "view"
    if text.count(",") == 1 and NAME_DURING.fullmatch(text.rstrip(".")) is not None:  # the count is cheaper
        return "occasion"
    clause = _first_clause(text).rstrip().rstrip(".!…")
    if _LOOK_GATE(clause) and LOOK_SENTENCE.fullmatch(clause) is not None:
        return "look"
    return None
