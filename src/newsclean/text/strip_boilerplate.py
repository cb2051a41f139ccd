"""strip_boilerplate: the page around the article — teasers, share bars, bylines, media chrome.

Catches whole lines such as::

    teaser       "Read more: Ten things to know about the vote"   "Related stories"   "Lesen Sie auch: ..."
                 "Trending Now"   "Meistgelesen"   "Les plus lus"   "Lo más leído"   "Najczęściej czytane"
    boilerplate  "Share Tweet Email"   "Sign up for our newsletter"   "12 comments"   "Nessun commento"
                 "© 2024 Example Media. All rights reserved."   "Click to share on X (Opens in new window)"
                 "Save my name, email, and website in this browser ..."   "Artikel vorlesen lassen"
                 "Retour en haut de la page"   "By signing up, you agree to our Privacy Policy."
    byline       "By Jane Doe and John Roe, Associated Press"   "Updated 12:03 GMT"   "5 min read"
                 "3 hours ago"   "vor 2 Stunden"   "19 November 2024 • 1:16pm"
                 "By" / "Jane Roe"   (a byline split over two lines: both go)
    media        "Image 1 of 12"   "Media playback is unsupported on your device"   "Play video"

The story links listed under a teaser heading are ``strip_link_lists``' job.

A comment thread under the article goes with its chrome: once a comment section's heading ("23
Kommentare", "Comments (4)", "3 Gedanken zu „…“") has been removed, the few lines between a removed
reply button ("Antworten", "Reply", "Répondre") and the removed line above them (the comment's date,
the previous reply button, the heading) are a reader's comment::

    "2 comments"                                  (boilerplate: comment section heading)
    "Stephanie"                                   -> boilerplate (reader comment)
    "September 17, 2026 - 1:01 pm"                (byline: timestamp)
    "We made this twice and loved it!"            -> boilerplate (reader comment)
    "Reply"                                       (boilerplate: reply button)

After the article's last paragraph, an author's biography is a byline too: "Jane Roe is a freelance
writer based in Toronto.", "Montoya covers wildfires for The Harbour Press.", "Lea Brandt ist
Wirtschaftsredakteurin" (``markers.AUTHOR_BIOS``), and so is a contact line that holds an address:
"Reach her at jroe@example.com", "Contact Jane Roe at 555-0100.", "Kontakt: redaktion@example.de"
(``markers.CONTACT_LINES``: the label or verb opens the line, so "Police asked anyone with information
to contact ..." stays). Only there: the same words between paragraphs describe a person in the story.

Whole-line patterns only fire on short lines, and teaser prefixes ("Read more:") only on lines of at
most 30 words, so a body sentence that merely mentions a newsletter or a comment stays. A paragraph of
chrome longer than that goes by its opening words (``markers.CHROME_OPENINGS``), up to 120 words:
"As you comment, please be respectful ...", "If you enjoyed this article, we have a proposition for
you: ...", "Sometimes we include links to online retail stores ...". The word lists are data in
``newsclean.markers``.
"""

from __future__ import annotations

import regex

from newsclean.cleaner import cleaner
from newsclean.config import CleanConfig
from newsclean.document import Document, Line, Role
from newsclean.markers import AUTHOR_BIOS, CHROME_OPENINGS, COMMENT_HEADINGS, REPLY_BUTTONS, TEASER_PREFIXES
from newsclean.text.marker_dispatch import MarkerDispatch
from newsclean.text.marker_syntax import has_digit
from newsclean.text.patterns import (
    CHROME_DISPATCH,
    CONTACT_DISPATCH,
    DECORATION,
    FLAGS,
    MAX_MARKER_CHARS,
    SPEECH_CUE,
    trim,
)

# Checked in this order (CHROME_KINDS); the first that matches names the kind.
_WHY = {
    "media": "media placeholder or gallery counter",
    "teaser": "link label to other stories",
    "boilerplate": "page chrome (share, newsletter, comments, copyright)",
    "byline": "byline or timestamp",
}
_TEASER_MAX_WORDS = 30
# TEASER_PREFIX (the same alternatives in the same order), tried only with those that can start a line
# as it starts: ``.first(text, whole=False)`` finds the match ``TEASER_PREFIX.match`` finds.
_TEASER_DISPATCH = MarkerDispatch([(None, TEASER_PREFIXES)], FLAGS)
# A paragraph of chrome (comment rules, an appeal, an affiliate disclosure) told by its opening words,
# up to this long; the whole-line markers stop at MAX_MARKER_CHARS.
_OPENING_DISPATCH = MarkerDispatch([(None, CHROME_OPENINGS)], FLAGS)
_OPENING_MAX_WORDS = 120
# Both at once, for a line short enough for either: the openings come first, so the first that matches
# is an opening whenever one would, and else the first teaser prefix that would (one lookup a line).
_OPENING_OR_TEASER = MarkerDispatch([("opening", CHROME_OPENINGS), ("teaser", TEASER_PREFIXES)], FLAGS)
_BODY, _REMOVED = Role.BODY, Role.REMOVED  # a global is 5x faster than Role.BODY on Python 3.11
# Comment threads: the section's heading and a comment's reply button, matched on removed lines only.
_COMMENT_HEADING = MarkerDispatch([(None, COMMENT_HEADINGS)], FLAGS)
_REPLY_BUTTON = MarkerDispatch([(None, REPLY_BUTTONS)], FLAGS)
# A comment is its author's name and one to three paragraphs; more body lines before a reply button
# mean the thread has ended (or the heading was a count above the article).
_COMMENT_MAX_LINES = 4
# The longest reply button ("beantwoorden"): longer labels skip that test.
_REPLY_CHARS = 12
# Author biographies, tried only on the body lines after the last paragraph (a finished sentence of at
# least _PARAGRAPH_WORDS words), and at most _TAIL_LINES of them: link lists and names sit there too.
_AUTHOR_BIO = MarkerDispatch([(None, AUTHOR_BIOS)], FLAGS)
# Every AUTHOR_BIOS marker has the name, a space, its verb and a space ("[èe]", "[ée]": "e" too): one
# scan for them spares the markers' full matches on the other lines of the tail.
_BIO_VERB = regex.compile(r" (?i:is|ist|war|arbeitet|est|es|e|è|é|jest|covers) ")
_PARAGRAPH_WORDS = 12
_TAIL_LINES = 12
_BARE_BY = regex.compile(r"(?i:by|von|par|por|door|przez|di|av|af):?")
_BARE_BY_CHARS = 6  # its longest match, "przez:": longer lines skip the call
# One to four capitalised names (particles allowed): "Jane Roe", "Annelies de Vries".
_AUTHOR = regex.compile(
    r"\p{Lu}[\p{L}.'’-]{0,30}(?: (?:(?:de|van|von|der|den|la|le|di|da|du|del) ){0,2}\p{Lu}[\p{L}.'’-]{0,30}){0,3}"
)


@cleaner("strip_boilerplate", writes=("removed",), kinds=("teaser", "boilerplate", "byline", "media"))
def strip_boilerplate(doc: Document, config: CleanConfig) -> None:
    """Remove teaser, share, newsletter, comment, copyright, byline and media-placeholder lines."""
    body = list(doc.body())
    # bound once: called per line
    opening_at, either_at, chrome = _OPENING_DISPATCH.first, _OPENING_OR_TEASER.first, CHROME_DISPATCH.first
    replies = False
    for i, line in enumerate(body):
        if line.role is not _BODY:
            continue
        text = line.text
        n = len(text)
        # A byline split by the page's markup: "By" on one line, the author's name on the next.
        bare_by = n <= _BARE_BY_CHARS and _BARE_BY.fullmatch(text) is not None
        if bare_by and i + 1 < len(body) and _AUTHOR.fullmatch(body[i + 1].text):
            doc.remove(line, "byline", "a byline's 'By' on a line of its own")
            doc.remove(body[i + 1], "byline", "author's name under a 'By' line")
            continue
        n_words = line.n_words
        if n_words <= _TEASER_MAX_WORDS and n <= MAX_MARKER_CHARS * 2:
            # A chrome paragraph's opening, else a teaser prefix: both tests in one call (_OPENING_OR_TEASER).
            found = either_at(text, whole=False)
            if found is not None:
                if found[0] == "opening":
                    doc.remove(line, "boilerplate", f"page chrome paragraph starting {found[1].group().strip()!r}")
                    continue
                if found[1].end() < n:
                    doc.remove(line, "teaser", f"teaser line starting {found[1].group().strip()!r}")
                    continue
        elif n_words <= _OPENING_MAX_WORDS:  # too long for a teaser line
            opening = opening_at(text, whole=False)
            if opening is not None:
                doc.remove(line, "boilerplate", f"page chrome paragraph starting {opening[1].group().strip()!r}")
                continue
        if n > MAX_MARKER_CHARS:
            continue
        label = text.strip(DECORATION)  # patterns.trim, inline
        if not label:
            continue
        # CHROME_LINE.fullmatch (MEDIA_LINE, TEASER_LINE, BOILERPLATE_LINE, BYLINE_LINE in one call),
        # tried only with the markers that can start as the label does; the group names the kind.
        found = chrome(label)
        kind = None if found is None else found[0]
        if kind is not None:
            doc.remove(line, kind, _WHY[kind])
            if kind == "boilerplate" and len(label) <= _REPLY_CHARS and not replies:
                replies = _REPLY_BUTTON.first(label) is not None
    if replies:  # a comment is told by its reply button: without one there is no thread to look at
        _strip_comments(doc)
    _strip_author_bios(doc)


def _strip_author_bios(doc: Document) -> None:
    """Remove an author's biography among the lines after the article's last paragraph."""
    seen = 0
    for line in reversed(doc.lines):
        if line.role is not _BODY:
            continue
        text = line.text
        # Reported speech is the story's ("Roe is a reporter for the Post, her lawyer said."), not a bio.
        if (
            len(text) <= MAX_MARKER_CHARS
            and _BIO_VERB.search(text) is not None
            and _AUTHOR_BIO.first(trim(text)) is not None
            and not SPEECH_CUE.search(text)
        ):
            doc.remove(line, "byline", "the author's biography after the article")
            continue
        # A contact line holds an address (an "@" or a number) and opens with its label or verb.
        if (
            len(text) <= MAX_MARKER_CHARS
            and ("@" in text or has_digit(text))
            and CONTACT_DISPATCH.first(trim(text)) is not None
        ):
            doc.remove(line, "boilerplate", "the reporter's or newsroom's contact line after the article")
            continue
        seen += 1
        if seen >= _TAIL_LINES or (line.n_words >= _PARAGRAPH_WORDS and line.ends_sentence):
            return


def _is_removed_as(line: Line, dispatch: MarkerDispatch) -> bool:
    return line.kind == "boilerplate" and dispatch.first(trim(line.text)) is not None


def _strip_comments(doc: Document) -> None:
    """Remove readers' comments: the body lines right above a reply button, in a comment section."""
    in_thread = False
    comment: list[Line] = []
    for line in doc.lines:
        role = line.role
        if role is _BODY:
            if in_thread:
                comment.append(line)
                in_thread = len(comment) <= _COMMENT_MAX_LINES
            continue
        if role is not _REMOVED:  # a caption or credit: the page has left the thread
            in_thread = False
        elif _is_removed_as(line, _COMMENT_HEADING):
            in_thread = True
        elif in_thread and _is_removed_as(line, _REPLY_BUTTON):
            for text_line in comment:
                doc.remove(text_line, "boilerplate", "a reader's comment above its reply button")
        else:
            continue  # a comment's date or like button, other chrome: the comment goes on
        comment = []
