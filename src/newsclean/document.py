"""The working document that cleaners edit, and its assembly into an Article.

A :class:`Document` is a list of :class:`Line` objects, one per non-blank input line, each with a
:class:`Role`. Cleaners change roles and text only through the Document's methods, which stamp the
running cleaner's name on every decision; so nothing can be removed or edited without a rule and a
reason, and every line is always in exactly one role (conservation holds by construction).

The Document is deliberately mutable and private to one pipeline run: an Article is built from it
once, at the end (:meth:`Document.to_article`).
"""

from __future__ import annotations

import codecs
import enum
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat

import regex

from newsclean.article import Article, Caption, Finding, Fix, Metadata, Removal

_WORD = regex.compile(r"\w+")
# The line breaks of ``str.splitlines`` (which ``Document.from_text`` uses: it is 10x faster than a
# regex split), kept as a pattern for callers that need to find them.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")

# Counting words is asked of nearly every line by several cleaners, so it must not cost a regex pass.
# ``\w`` on ASCII is [A-Za-z0-9_]: map those bytes to themselves and every other byte to a space.
_ASCII_WORD_BYTES = bytes(b if chr(b).isalnum() or b == 0x5F else 0x20 for b in range(128)) + b" " * 128
_WORD_CHAR = regex.compile(r"\w")
_NON_WORD_CHAR = regex.compile(r"\W")
_MASKS: dict[str, str] = {}
_MASK_CACHE_SIZE = 50_000


def _word_mask(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a run of characters the codec lacks becomes "a" per ``\\w`` character, " " per other.

    The regex module decides what ``\\w`` is, so counts agree with ``_WORD.findall`` exactly. Runs are
    short and repeat (curly quotes, accented letters, words of other scripts), so masks are cached.
    """
    if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover - registered for encoding only
        raise exc
    run = exc.object[exc.start : exc.end]
    mask = _MASKS.get(run)
    if mask is None:
        mask = _WORD_CHAR.sub("a", _NON_WORD_CHAR.sub(" ", run))
        if len(_MASKS) >= _MASK_CACHE_SIZE:
            _MASKS.clear()
        _MASKS[run] = mask
    return mask, exc.end


codecs.register_error("newsclean.word_mask", _word_mask)


def _word_mask_switch(exc: UnicodeError) -> tuple[str, int]:
    """``_word_mask``, except that a line in a script of ``_SCRIPT_CODECS`` is masked from there to its end
    at once in that script's codec (its mask is ASCII, which the outer codec and table leave as it is)."""
    if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover - registered for encoding only
        raise exc
    codec = _SCRIPT_CODECS.get(ord(exc.object[exc.start]) >> 8)
    if codec is None:
        return _word_mask(exc)
    # To the end of the line only: the next line may be in another script (joined lines of a page).
    end = exc.object.find("\n", exc.start)
    end = len(exc.object) if end < 0 else end
    rest = exc.object[exc.start : end].encode(codec, "newsclean.word_mask").translate(_TABLES[codec][1])
    return rest.decode("ascii"), end


codecs.register_error("newsclean.word_mask_switch", _word_mask_switch)


# A text is masked in cp1252 (Latin-1 letters, curly quotes, dashes: one byte each at C speed), with
# ``_word_mask`` for what it lacks; from a Central European (Latin Extended-A), Greek or Cyrillic
# letter on, a line is masked in that script's codec instead, where its letters are one byte each too.
_BASE_CODEC = "cp1252"
_SCRIPT_CODECS = {0x01: "cp1250", 0x03: "cp1253", 0x04: "cp1251"}  # by code point >> 8


def _mask_tables(codec: str) -> tuple[bytes, bytes]:
    """For each byte of ``codec``: b"a" if the character it encodes is ``\\w``, else b" "; the
    second table keeps b"\\n" (no word character either) so that joined texts can be split back."""
    table = bytearray(b" " * 256)
    for b in range(256):
        try:
            c = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            continue  # a byte the codec never writes
        if c.encode(codec) == bytes([b]) and _WORD_CHAR.match(c):
            table[b] = 0x61
    keep_nl = bytearray(table)
    keep_nl[0x0A] = 0x0A
    return bytes(table), bytes(keep_nl)


_TABLES = {codec: _mask_tables(codec) for codec in (_BASE_CODEC, *_SCRIPT_CODECS.values())}


def _word_mask_bytes(text: str, keep_newline: bool) -> bytes:
    """One byte per character of ``text``: b"a" for a ``\\w`` character, b" " for any other (b"\\n"
    kept with ``keep_newline``). Each character the codec encodes is one byte, which the codec's
    table classifies as ``_WORD_CHAR`` does; the error handler masks the rest the same way."""
    table = _TABLES[_BASE_CODEC][1 if keep_newline else 0]
    if text.isascii():
        return text.encode("ascii").translate(table)
    return text.encode(_BASE_CODEC, "newsclean.word_mask_switch").translate(table)


def count_words(text: str) -> int:
    r"""``len(regex.findall(r"\w+", text))`` at C speed: mask word characters, count the runs.

    A run of b"a" starts after a space, so the count is ``(b" " + mask).count(b" a")``: no list of
    words is built.

    >>> count_words("Don’t stop, U.S. café-owners")
    7
    """
    return (b" " + _word_mask_bytes(text, False)).count(b" a")


def count_words_of_lines(texts: list[str]) -> list[int]:
    r"""``[count_words(text) for text in texts]`` from one mask of all the texts joined by "\n".

    The mask keeps b"\n", so splitting it there gives each text's mask back, each led by a space.
    A text holding a "\n" itself would split in two: then the count of parts is off and every text
    is counted on its own.
    """
    mask = b" " + _word_mask_bytes("\n".join(texts), True)
    parts = mask.replace(b"\n", b"\n ").split(b"\n")
    if len(parts) != len(texts):
        return [count_words(text) for text in texts]
    return list(map(bytes.count, parts, repeat(b" a")))


#: Characters that end a sentence (or a paragraph) in the scripts we see in news.
TERMINAL = frozenset(".!?…:;\"'”’»)]。！？")


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix: a binary search on slice equality (C compares, not a char loop)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix, at most ``limit``."""
    lo, hi = 0, limit
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid : la - lo] == b[lb - mid : lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def lines_matching(
    lines: Sequence[Line], pattern: regex.Pattern[str] | re.Pattern[str], *, joined: str | None = None
) -> list[Line]:
    """The lines, in order, in whose text ``pattern.search`` finds something: one search over all of them.

    A loop that asks every line costs ~0.1 µs of Python per line before any work; on texts of many
    short lines that is most of a cleaner's time. This searches the texts joined by line breaks once,
    and jumps to the next line after each hit. Exact for a pattern that cannot match a line break and
    has no anchors, lookarounds or word boundaries: then a match inside one text is a match inside the
    joined texts, and no match of the joined texts spans two of them. ``joined`` is
    ``"\\n".join(line.text for line in lines)`` if the caller has it already. (The stdlib ``re``
    scans a simple pattern several times faster than ``regex``.)

    >>> doc = Document.from_text("No stray marks here\\nthe minister said ,\\nA clean line")
    >>> [ln.index for ln in lines_matching(doc.lines, regex.compile(" ,"))]
    [1]
    """
    texts = [line.text for line in lines]
    if joined is None:
        joined = "\n".join(texts)
    if pattern.search(joined) is None:
        return []
    return [lines[i] for i in positions_matching(pattern, joined, next_starts(texts))]


def next_starts(texts: Sequence[str]) -> list[int]:
    """Where the text after each one starts in ``"\n".join(texts)``: the offsets ``positions_matching`` needs."""
    return list(accumulate(map(_PLUS_ONE, map(len, texts))))


def positions_matching(
    pattern: regex.Pattern[str] | re.Pattern[str], joined: str, next_start: Sequence[int]
) -> list[int]:
    """Positions of the texts, in order, where ``pattern`` finds something in ``joined`` (the texts
    joined by line breaks, ``next_start`` their ``next_starts``): one search per matching text."""
    found: list[int] = []
    last = len(next_start) - 1
    m = pattern.search(joined)
    while m is not None:
        i = bisect_right(next_start, m.start())
        found.append(i)
        if i == last:
            break
        m = pattern.search(joined, next_start[i])
    return found


_PLUS_ONE = (1).__add__


class Role(enum.Enum):
    BODY = "body"
    TITLE = "title"
    CAPTION = "caption"
    CREDIT = "credit"
    REMOVED = "removed"


# ``Role.BODY`` costs ~100 ns on Python 3.11 (EnumType defines ``__getattr__``, which turns off the
# fast class-attribute lookup), five times a global's; loops over every line use these instead.
_BODY, _TITLE, _CAPTION, _CREDIT, _REMOVED = Role.BODY, Role.TITLE, Role.CAPTION, Role.CREDIT, Role.REMOVED


class Line:
    """One input line: its current text, role, and why it has that role.

    Per-line features are computed once per text, so every cleaner can ask for them without paying
    again: ``n_words`` and ``ends_sentence`` (asked of nearly every line, by several cleaners) when the
    text is set, as plain attributes; ``words`` and ``lower`` on first use, cached until it changes.
    """

    __slots__ = (
        "_lower",
        "_words",
        "credit",
        "credit_embedded",
        "ends_sentence",
        "index",
        "joiner",
        "kind",
        "n_words",
        "reason",
        "role",
        "rule",
        "text",
    )

    def __init__(self, index: int, text: str, n_words: int | None = None) -> None:
        self.index = index
        self.text = text
        #: ``len(regex.findall(r"\w+", text))`` (``n_words`` if the caller counted it already).
        self.n_words = count_words(text) if n_words is None else n_words
        #: True when the line ends like a finished sentence (``.``, ``?``, a closing quote ...).
        self.ends_sentence = bool(text) and text[-1] in TERMINAL
        self.role = _BODY
        self.kind: str | None = None
        self.rule: str | None = None
        self.reason: str | None = None
        # Caption lines: the linked photo credit, and whether it was cut out of this line's own text.
        self.credit: str | None = None
        self.credit_embedded = False
        # Body lines: not None when this line continues the previous body line's paragraph.
        self.joiner: str | None = None
        self._words: list[str] | None = None
        self._lower: str | None = None

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.role.value}, {self.text[:40]!r})"

    @property
    def words(self) -> list[str]:
        if self._words is None:
            text = self.text
            if text.isascii():
                # Word characters map to themselves, so the split yields the words (no regex pass).
                self._words = text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
            else:
                self._words = _WORD.findall(text)
        return self._words

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def _set_text(self, text: str) -> None:
        self.text = text
        self.n_words = count_words(text)
        self.ends_sentence = bool(text) and text[-1] in TERMINAL
        self._words = None
        self._lower = None


class Document:
    """The working state of one article while the pipeline runs."""

    def __init__(
        self,
        lines: list[Line],
        *,
        given_title: str | None = None,
        metadata: Metadata | None = None,
    ) -> None:
        self.lines = lines
        self.given_title = given_title.strip() if given_title and given_title.strip() else None
        self.title: str | None = self.given_title
        self.title_rule: str | None = "caller" if self.given_title else None
        self.title_reason: str | None = "title given by the caller" if self.given_title else None
        self.metadata = metadata or Metadata()
        self.fixes: list[Fix] = []
        # Items found outside the lines (HTML markup); they precede line-derived ones in the Article.
        self.extra_captions: list[Caption] = []
        self.extra_credits: list[str] = []
        self.extra_findings: list[Finding] = []
        # Page position of captions known from markup (HTML mode): captions sort by it, others follow.
        self.caption_order: dict[str, int] = {}
        self.rule = "unknown"  # the running cleaner's name, stamped by the pipeline

    @classmethod
    def from_text(cls, text: str, *, title: str | None = None, metadata: Metadata | None = None) -> Document:
        """Split text on any line break; blank lines are dropped but keep their index."""
        # splitlines breaks exactly where _LINE_BREAK matches; it only drops a final empty line.
        kept = [(i, stripped) for i, raw in enumerate(text.splitlines()) if (stripped := raw.strip())]
        counts = count_words_of_lines([stripped for _, stripped in kept])
        lines = [Line(i, stripped, n) for (i, stripped), n in zip(kept, counts, strict=True)]
        return cls(lines, given_title=title, metadata=metadata)

    @classmethod
    def from_blocks(cls, blocks: list[str], *, title: str | None = None, metadata: Metadata | None = None) -> Document:
        """One line per block (HTML mode); a block's inner line breaks become spaces."""
        kept = [(i, stripped) for i, block in enumerate(blocks) if (stripped := " ".join(block.split()))]
        counts = count_words_of_lines([stripped for _, stripped in kept])
        lines = [Line(i, stripped, n) for (i, stripped), n in zip(kept, counts, strict=True)]
        return cls(lines, given_title=title, metadata=metadata)

    # ------------------------------------------------------------------ reading

    def body(self) -> Iterator[Line]:
        return (line for line in self.lines if line.role is _BODY)

    def with_role(self, role: Role) -> Iterator[Line]:
        return (line for line in self.lines if line.role is role)

    def neighbours(self, pos: int) -> tuple[Line | None, Line | None]:
        """The nearest non-removed lines before and after position ``pos`` of ``self.lines``."""
        # Walk by index: slicing would copy the list on every call (quadratic over a long text).
        lines, removed = self.lines, _REMOVED
        before = after = None
        for i in range(pos - 1, -1, -1):
            if lines[i].role is not removed:
                before = lines[i]
                break
        for i in range(pos + 1, len(lines)):
            if lines[i].role is not removed:
                after = lines[i]
                break
        return before, after

    # ------------------------------------------------------------------ decisions

    def _place(self, line: Line, role: Role, reason: str, kind: str | None = None) -> None:
        line.role = role
        line.kind = kind
        line.rule = self.rule
        line.reason = reason
        line.joiner = None
        if role is not _CAPTION:
            line.credit = None
            line.credit_embedded = False

    def remove(self, line: Line, kind: str, reason: str) -> None:
        """Take a line out of the body as ``kind`` (see ``article.REMOVAL_KINDS``)."""
        self._place(line, _REMOVED, reason, kind)

    def keep(self, line: Line, reason: str) -> None:
        """Put a line (back) into the body, e.g. when a later rule overrules an earlier one."""
        self._place(line, _BODY, reason)

    def mark_credit(self, line: Line, reason: str) -> None:
        self._place(line, _CREDIT, reason)

    def mark_caption(self, line: Line, reason: str, *, credit: str | None = None, embedded: bool = False) -> None:
        """Make ``line`` a caption; ``credit`` links it to a photo credit.

        With ``embedded=True`` the credit was cut out of this line: the caller has already set the
        line's text to the caption part (through :meth:`split_credit`).
        """
        self._place(line, _CAPTION, reason)
        line.credit = credit
        line.credit_embedded = embedded

    def link_credit(self, line: Line, credit: str) -> None:
        """Link a caption that has no credit yet to the photo credit beside it (its role and reason stay)."""
        if line.role is not _CAPTION or line.credit is not None:
            raise ValueError(f"only a caption without a credit can be linked to one: {line!r}")
        line.credit = credit

    def split_credit(self, line: Line, caption: str, credit: str, reason: str) -> None:
        """Cut a credit out of a caption line: the line keeps ``caption``, the credit is linked."""
        line._set_text(caption)
        self.mark_caption(line, reason, credit=credit, embedded=True)

    def mark_title(self, line: Line, reason: str) -> None:
        """Take ``line`` as the headline; any line that held the title before goes back to the body."""
        for other in self.lines:
            if other.role is _TITLE and other is not line:
                self._place(other, _BODY, "another line was taken as the headline")
        self._place(line, _TITLE, reason)
        if self.given_title is None:
            self.title = line.text
            self.title_rule = self.rule
            self.title_reason = reason

    def join(self, line: Line, joiner: str, reason: str) -> None:
        """Make body ``line`` continue the previous body line's paragraph (recorded as a Fix)."""
        line.joiner = joiner
        self.fixes.append(Fix(self.rule, "\n", joiner, line.index, -1, reason))

    def edit(self, line: Line, new_text: str, reason: str) -> None:
        """Replace a line's text, recording the smallest single-span Fix that explains the change."""
        old = line.text
        if new_text == old:
            return
        # Common prefix and suffix, so the Fix shows only what changed.
        p = _common_prefix(old, new_text)
        s = _common_suffix(old, new_text, min(len(old), len(new_text)) - p)
        before, after = old[p : len(old) - s], new_text[p : len(new_text) - s]
        self.fixes.append(Fix(self.rule, before, after, line.index, p, reason))
        line._set_text(new_text)

    def sub(self, line: Line, pattern: regex.Pattern[str], repl: str, reason: str) -> int:
        """``pattern.sub(repl, line.text)`` with one Fix per match; returns the number of matches.

        ``repl`` is a template (``\\1`` and ``\\g<name>`` work), expanded per match.
        """
        text = line.text
        out: list[str] = []
        pos = 0
        shift = 0
        count = 0
        for m in pattern.finditer(text):
            before = m.group()
            after = m.expand(repl)
            if before == after:
                continue
            out.append(text[pos : m.start()])
            out.append(after)
            self.fixes.append(Fix(self.rule, before, after, line.index, m.start() + shift, reason))
            shift += len(after) - len(before)
            pos = m.end()
            count += 1
        if count:
            out.append(text[pos:])
            line._set_text("".join(out))
        return count

    # ------------------------------------------------------------------ assembly

    def to_article(self) -> Article:
        body: list[str] = []
        captions = list(self.extra_captions)
        credits = list(self.extra_credits)
        removed: list[Removal] = []
        findings = list(self.extra_findings)
        for line in self.lines:
            role = line.role
            if role is _BODY:
                if line.joiner is not None and body:
                    body[-1] = body[-1] + line.joiner + line.text
                else:
                    body.append(line.text)
            elif role is _REMOVED:
                removed.append(
                    Removal(line.text, line.kind or "boilerplate", line.rule or "", line.reason or "", line.index)
                )
            else:
                findings.append(Finding(role.value, line.text, line.rule or "", line.reason or "", line.index))
                if role is _CAPTION:
                    captions.append(Caption(line.text, line.credit, line.index))
                    if line.credit_embedded and line.credit:
                        credits.append(line.credit)
                elif role is _CREDIT:
                    credits.append(line.text)
        if self.caption_order:
            last = len(self.caption_order)
            captions.sort(key=lambda c: self.caption_order.get(c.text, last))
        if self.title is not None and not any(f.field == "title" for f in findings):
            findings.insert(0, Finding("title", self.title, self.title_rule or "", self.title_reason or "", None))
        return Article(
            title=self.title,
            body=tuple(body),
            captions=tuple(captions),
            credits=tuple(credits),
            removed=tuple(removed),
            fixes=tuple(self.fixes),
            findings=tuple(findings),
            metadata=self.metadata,
        )
