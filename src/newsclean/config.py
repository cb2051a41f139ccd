"""CleanConfig: every option of the text pipeline, in one frozen record.

Which cleaners run is decided by the :class:`~newsclean.pipeline.Pipeline` (add, remove, reorder
steps); *how* they behave is decided here. A config is passed explicitly to the pipeline, never read
from globals or the environment.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Options of the cleaners, with their defaults.

    straighten_quotes
        ``fix_punctuation`` turns curly quotes and apostrophes into straight ones. Off by default:
        correct typography is kept.
    normalization
        Unicode normal form applied by ``fix_encoding`` ("NFC", "NFKC" or None).
    max_input_chars
        Inputs longer than this raise :class:`~newsclean.errors.InputError` (0 disables the limit).
    max_line_chars
        Lines longer than this skip the per-line heuristics (caption, headline, credit detection) and
        stay in the body; cheap fixes still apply. Keeps hostile inputs linear.
    headline_max_words, headline_min_words
        Bounds on the length of a line that may be taken for the headline when no title is given.
    caption_max_words
        Longest line (in words) that may be taken for a caption.
    join_split_paragraphs
        Join a paragraph split in two mid-sentence (by an ad marker or a line break) back together.
    move_misplaced_headline
        When no title is given, move a headline found in the middle or end of the text to ``title``.
        Off, such a line is reported but stays in the body.
    """

    straighten_quotes: bool = False
    normalization: str | None = "NFC"
    max_input_chars: int = 50_000_000
    max_line_chars: int = 20_000
    headline_max_words: int = 30
    headline_min_words: int = 3
    caption_max_words: int = 150
    join_split_paragraphs: bool = True
    move_misplaced_headline: bool = True

    def with_options(self, **changes: object) -> CleanConfig:
        """A copy with some options changed: ``config.with_options(straighten_quotes=True)``."""
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_CONFIG = CleanConfig()
