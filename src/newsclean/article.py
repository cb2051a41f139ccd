"""The cleaned article: one family of frozen, slotted dataclasses.

An :class:`Article` is what every front door (text, HTML, batch) returns. It is immutable, compares by
value, and round-trips exactly through :meth:`Article.to_dict` / :meth:`Article.from_dict`.

Every non-blank input line ends up in exactly one place: ``title``, one ``body`` paragraph, one
``captions`` entry, ``credits`` or ``removed``. ``findings`` says which rule put a line into the
title, a caption or the credits, ``removed`` which rule removed a line, and ``fixes`` every edit made
to a line's text, so a reader can replay the whole cleaning from the input.

Line numbers (``line``) are 0-based indices into the input split on line breaks (text mode) or into
the extracted blocks (HTML mode); ``None`` means the item did not come from a line (a given title, a
caption harvested from HTML markup).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Final, Literal

SCHEMA_VERSION: Final = 1

#: Kinds of removal. Each has one meaning, so a user can filter ``removed`` by it.
RemovalKind = Literal[
    "ad",  # advertisement labels and sponsor notices: "- Advertisement -", "Anzeige"
    "teaser",  # links to other content: "Read more: ...", "Related:", "Continue reading the main story"
    "boilerplate",  # page chrome: share buttons, newsletter boxes, comment prompts, copyright footers
    "byline",  # author and timestamp lines: "By Jane Doe", "Updated 12:03 GMT"
    "media",  # media placeholders and gallery counters: "Image 1 of 12", "Media playback is unsupported"
    "duplicate_title",  # the headline again, after the one kept as ``title``
    "markup",  # lines that were only HTML tags or entities
]
REMOVAL_KINDS: Final[tuple[str, ...]] = RemovalKind.__args__  # type: ignore[attr-defined]

#: Fields a line can be placed in besides the body and ``removed``.
FindingField = Literal["title", "caption", "credit"]


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption, linked to its photo credit when one was found.

    >>> Caption("Visitors in Munich, 16 October 2017.", credit="EPA-EFE/PHILIPP GUELLAND").credit
    'EPA-EFE/PHILIPP GUELLAND'
    """

    text: str
    credit: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A line taken out of the body, with the rule that did it and why."""

    text: str
    kind: str
    rule: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Fix:
    """One edit to a line's text, replayable: ``text[start:start+len(before)]`` became ``after``.

    Fixes of one line are listed in the order they were made; ``start`` is an offset into the line as
    it was at that moment. ``start == -1`` marks a join: the line break before ``line`` was replaced
    by ``after`` (``" "`` or ``""``), so that line continues the paragraph of the body line before it.
    """

    rule: str
    before: str
    after: str
    line: int | None = None
    start: int = 0
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """Why a line went to the title, a caption or the credits (``field``)."""

    field: str
    text: str
    rule: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """Facts about the source, not cleaned text. All optional; ``source_format`` is "text" or "html"."""

    url: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    site_name: str | None = None
    source_format: str = "text"
    encoding: str | None = None
    encoding_source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned news article. Build one with :func:`newsclean.clean`; never mutate one."""

    title: str | None = None
    body: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    credits: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    fixes: tuple[Fix, ...] = ()
    findings: tuple[Finding, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.body)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with a stable key order (see ``docs/article.md`` for the shape)."""
        return {
            "schema": SCHEMA_VERSION,
            "title": self.title,
            "body": list(self.body),
            "captions": [_asdict(c) for c in self.captions],
            "credits": list(self.credits),
            "removed": [_asdict(r) for r in self.removed],
            "fixes": [_asdict(f) for f in self.fixes],
            "findings": [_asdict(f) for f in self.findings],
            "metadata": _asdict(self.metadata),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`. Unknown keys are ignored, so newer files load in older code."""
        return cls(
            title=data.get("title"),
            body=tuple(data.get("body", ())),
            captions=tuple(_build(Caption, c) for c in data.get("captions", ())),
            credits=tuple(data.get("credits", ())),
            removed=tuple(_build(Removal, r) for r in data.get("removed", ())),
            fixes=tuple(_build(Fix, f) for f in data.get("fixes", ())),
            findings=tuple(_build(Finding, f) for f in data.get("findings", ())),
            metadata=_build(Metadata, data.get("metadata") or {}),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))


def _asdict(obj: Any) -> dict[str, Any]:
    # Flat records only, so this is cheaper than dataclasses.asdict's deep copy.
    return {name: getattr(obj, name) for name in obj.__slots__}


def _build(cls: type[Any], data: dict[str, Any]) -> Any:
    return cls(**{k: data[k] for k in cls.__slots__ if k in data})
