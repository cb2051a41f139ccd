"""``caption_layouts.may_hold_rights_word`` is a necessary condition of ``_RIGHTS_WORD.search``.

``rights_credits`` searched every short line for a rights word ignoring case; now the lines are lowered
at once and searched for a part of each word (``RIGHTS_PARTS``). Checked beside the search on every
dev-corpus and fixture line (alone and together), on invented lines and on generated ones; the facts
about case it relies on are checked over all of Unicode.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.text import caption_layouts
from newsclean.text.caption_layouts import RIGHTS_PARTS, may_hold_rights_word

from .conftest import EVERY_CHARACTER, corpus_lines, fixture_lines

_SEARCH = caption_layouts._RIGHTS_WORD.search

INVENTED = [
    "© Tous droits réservés",
    "© TOUS DROITS RÉSERVÉS",
    "Alle Rechte VORBEHALTEN",
    "Alle Rechte voorbehouden",
    "RIPRODUZIONE RISERVATA",
    "Wszelkie prawa zastrzeżone",
    "All rights reſerved",  # long s: (?i:s) takes it, lower() keeps it
    "Wszelkie prawa ZASTRZEŻONE",
    "İstanbul, all rights reserved",  # "İ" lowers to two characters: positions shift
    "The service resumed on Monday",
    "",
]


def _check(texts: list[str]) -> None:
    flags = may_hold_rights_word(texts)
    assert len(flags) == len(texts)
    for text, flag in zip(texts, flags, strict=True):
        if _SEARCH(text) is not None:
            assert flag, text
        assert flag == may_hold_rights_word([text])[0], text


def test_every_rights_word_holds_a_part() -> None:
    source = caption_layouts._RIGHTS_WORD.pattern
    words = source[len("(?i:") : -1].split("|")
    for word in words:
        assert any(part in word.lower() for part in RIGHTS_PARTS), word


def test_only_long_s_matches_a_letter_of_the_parts_without_lowering_to_it() -> None:
    for q in set("".join(RIGHTS_PARTS)):
        odd = {c for c in re.findall(f"(?i:{re.escape(q)})", EVERY_CHARACTER) if c.lower() != q}
        assert odd <= {"ſ"}, (q, odd)


def test_invented_lines() -> None:
    _check(INVENTED)
    for text in INVENTED:
        _check([text])
    assert may_hold_rights_word(["The service resumed", "no notice here"]) == [True, False]


def test_corpus_and_fixture_lines() -> None:
    lines = [*fixture_lines(newline_only=True), *corpus_lines(required=False, newline_only=True)]
    assert lines
    for k in range(0, len(lines), 500):  # together, in blocks, and each alone (inside _check)
        _check(lines[k : k + 500])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(INVENTED), st.text(max_size=20)), max_size=6))
def test_generated_lines(texts: list[str]) -> None:
    _check(texts)
