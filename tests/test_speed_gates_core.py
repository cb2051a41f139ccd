"""The core's and the mending cleaners' speed paths give exactly what the slow paths give.

Each fast path is run beside the path it replaces: the bare-tag reading of ``fix_markup`` beside bs4,
``fix_punctuation``'s one-scan gates beside its per-line checks, ``lines_matching`` beside a search
of every line, and the per-line features set with the text beside computing them afresh. Inputs are
invented lines, hypothesis-generated ones, the fixtures and (when present) the dev corpus.
"""

from __future__ import annotations

import json
import warnings

import pytest
import regex
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from hypothesis import given
from hypothesis import strategies as st

from newsclean.config import DEFAULT_CONFIG, CleanConfig
from newsclean.decode import decode
from newsclean.document import TERMINAL, Document, Role, lines_matching
from newsclean.text import fix_markup as fm
from newsclean.text import fix_punctuation as fp
from newsclean.text.join_split_paragraphs import list_item_ends

from .conftest import CORPUS, ROOT, corpus_lines, fixture_lines, shared_file
from .test_properties import PROFILE

_WORD = regex.compile(r"\w+")


# --------------------------------------------------------------------------- fix_markup: bare tags


def _bs4_text(text: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, "html.parser").get_text()


def _check_bare(text: str) -> bool:
    """Where the bare-tag reading answers, it is bs4's text; returns whether it answered."""
    bare = fm._bare_tags_text(text)
    if bare is None:
        return False
    assert bare == _bs4_text(text), text
    return True


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Prices rose <b>sharply</b> on Monday", True),
        ("Smith &amp; Sons said &#8220;no&#8221; &#x2019;", True),
        ("<em>Storm</em>&nbsp;<I>closes</I> schools", True),
        ("a<b> </b>c", True),  # a run of spaces between tags: one space
        ("a<b>\t\n</b>c", True),  # ... a newline if it holds one
        ("&#150; in windows-1252 &#0; &#x110000;", True),  # bs4's own table for numbers
        # Hard negatives: bs4 reads these otherwise, so the line goes to bs4.
        ("&notit; is no entity", False),  # bs4 drops the ";" of an unknown name
        ("&nbsp without a semicolon", False),
        ("a <br>text</br> b", False),  # a void element's end tag is swallowed
        ("<script>var a = 1;</script>text", False),
        ("<rt>ruby</rt> text", False),
        ("<a href='x'>link</a>", False),  # attributes
        ("1 < 2 <b>bold</b>", False),  # a "<" that opens no tag
        ("<!-- comment --> text", False),
        ("&#<b>38;</b>", False),
    ],
)
def test_bare_tags_text_is_bs4s_text(text: str, answers: bool) -> None:
    assert _check_bare(text) is answers


_PIECES = (
    "<b>", "</b>", "<EM>", "</em>", "<a>", "</a>", "<span>", "<x1>", "</x1>", "<rt>", "<pre>", "</pre>",
    "<script>", "</script>", "<title>", "<wbr>", "</br>", "<p>", "</p>", "&amp;", "&lt;b&gt;", "&#38;",
    "&#x26;", "&nbsp;", "&nbsp", "&am", "&", ";", "&#", "&#0;", "&#150;", "&copy", "&notit;", " ", "  ",
    "\t", "\n", "\r", "\x0c", "\xa0", "a", "Word", "é", ">", "<", "<!--", "-->", "<b ", "</ b>", "<b/>",
)  # fmt: skip


@PROFILE
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join))
def test_bare_tags_text_is_bs4s_text_on_generated_lines(text: str) -> None:
    _check_bare(text)


def test_strip_tags_with_and_without_the_bare_path() -> None:
    # The whole reading of a line, fast path on or off, over every fixture and invented line with a "<".
    lines = [t for t in (*fixture_lines(), *(p * 3 for p in _PIECES)) if "<" in t or "&" in t]
    lines += ["The <b>council</b> &amp; the <em>mayor</em>  met.", "<p>Para</p><div>x</div>&#8217;"]
    answered = 0
    for text in lines:
        broken = fm._BREAKING.sub(" ", text)
        if text.count("<") <= fm._MAX_PARSED_TAGS:
            answered += fm._bare_tags_text(broken) is not None
            assert fm._strip_tags(text) == fm._parsed_text(broken), text
    assert answered >= 3


def test_bare_tags_text_on_dev_corpus() -> None:
    for text in corpus_lines():
        if "<" in text or "&" in text:
            _check_bare(text)


# --------------------------------------------------------------------------- fix_markup: link notes

_LINK_NOTES = [
    "The minister spoke on Monday. REUTERS/Jane Roe/File Photo Purchase Licensing Rights, opens new tab",
    "Read the full report on the ministry's website, which lists every school (opens in a new window).",
    "Read the full report on the ministry's website, which lists every school (Opens In A New Window)",
    "Lire le rapport complet sur le site du ministère, avec toutes les écoles, opens new TAB.",
    "Read the full report on the ministry's website, which lists every school, opens new\u00a0tab",
    "Read the full report on the ministry's website, which lists every school, opens new w\u0131ndow",
    "Read the full report on the ministry's website, which lists every school, opens new \u0130ab",
    # Hard negatives: the words inside the line, or a line that only looks alike at its end.
    "Open a new tab, the help page says, and paste the address of the report into it.",
    "The council will stab at a new budget on Tuesday, said the mayor of the small town.",
    "Residents watched from the window.",
    "Purchase Licensing Rights",
]


def _same_link_note(text: str) -> None:
    plain, quick = fm._LINK_TAIL.search(text), fm.link_note(text)
    assert (plain and plain.span()) == (quick and quick.span()), text


@pytest.mark.parametrize("text", _LINK_NOTES)
def test_link_note_is_the_plain_search_on_invented_lines(text: str) -> None:
    _same_link_note(text)


def test_link_note_finds_the_longest_note() -> None:
    text = "A line of text long enough to be mended " + "x" * 80 + " Purchase Licensing Rights (opens in a new window)."
    m = fm.link_note(text)
    assert m is not None and m.group().startswith(" Purchase")


_NOTE_PIECES = ("tab", "Tab", "WINDOW", "window", ".", ")", " ", "(", "new ", "opens ", "x", "ı", "İ", _LINK_NOTES[0])


@given(st.lists(st.sampled_from(_NOTE_PIECES), max_size=14).map("".join))
def test_link_note_is_the_plain_search_on_generated_lines(text: str) -> None:
    _same_link_note(text)


def test_link_note_is_the_plain_search_on_fixtures_and_corpus() -> None:
    for text in [*fixture_lines(), *corpus_lines(required=False)]:
        _same_link_note(text)


# --------------------------------------------------------------------------- fix_punctuation


def _ungated_fix_punctuation(doc: Document, config: CleanConfig) -> None:
    """fix_punctuation as it was before its gates: every line asked on its own."""
    body = []
    for line in doc.lines:
        if line.role is Role.BODY:
            body.append(line)
        elif line.role is not Role.CAPTION:
            continue
        if not fp._quick_skip(line.text):
            for pattern, repl, why in fp._INLINE:
                doc.sub(line, pattern, repl, why)
        if config.straighten_quotes:
            for pattern, repl, why in fp._QUOTES:
                doc.sub(line, pattern, repl, why)
    item_ends = list_item_ends(doc.lines)  # a list item's final comma is not stray
    words = 0
    for i, line in enumerate(body):
        # The paragraph's words so far: a word hyphenated across a break counts once.
        words = line.n_words if line.joiner is None else words + line.n_words - (line.joiner == "")
        ends_paragraph = i + 1 == len(body) or body[i + 1].joiner is None
        if (
            ends_paragraph
            and words >= fp.MIN_WORDS_FOR_STOP
            and fp._END_COMMA.search(line.text)
            and line.index not in item_ends
        ):
            doc.sub(line, fp._END_COMMA, ".", "paragraph ended in a stray comma")


def _both(text: str, config: CleanConfig) -> tuple[Document, Document]:
    docs = (Document.from_text(text), Document.from_text(text))
    for doc in docs:
        doc.rule = "fix_punctuation"
        if len(doc.lines) > 2:  # a caption and a removed line, so roles other than body take part
            doc.mark_caption(doc.lines[1], "test")
            doc.remove(doc.lines[2], "ad", "test")
    fp.fix_punctuation(docs[0], config)
    _ungated_fix_punctuation(docs[1], config)
    return docs


def _assert_same(gated: Document, ungated: Document) -> None:
    assert gated.fixes == ungated.fixes
    assert [ln.text for ln in gated.lines] == [ln.text for ln in ungated.lines]


_PUNCT_LINES = (
    "The minister said ,",
    "Prices rose sharply , then fell .",
    "He said.The next day it rained",
    "prices rose,, then fell..",
    "A list; of items ;; here,.",
    "e.g.; the end of a paragraph with four words;",
    "“Curly” quotes and ‘single’ ones, the council said,",
    "A clean line with nothing to mend.",
    "Ellipses... stay, and 3.5 stays too.",
    "Ünïcödé wörds.Änd an ümlaut start",
    "Planned for the harbour are:",
    "- more staff at the ferry terminal,",
    "- longer opening hours on the weekend,",
    "",
)


@pytest.mark.parametrize("straighten", [False, True])
def test_fix_punctuation_gated_equals_ungated_on_invented_lines(straighten: bool) -> None:
    config = DEFAULT_CONFIG.with_options(straighten_quotes=straighten)
    gated, ungated = _both("\n".join(_PUNCT_LINES), config)
    _assert_same(gated, ungated)
    assert len(gated.fixes) >= 8  # hard negatives in the table stay unchanged, the rest are mended
    items = [ln.text for ln in gated.lines if ln.text.startswith("- ")]
    assert [t[-1] for t in items] == [",", ","]  # list items keep their commas


_PUNCT_PIECES = (" ", ",", ".", ";", "!", "?", "a", "B", "é", "Ü", "word", "“", "’", "\n", "...", "3.5", ":", "\n- ")


@PROFILE
@given(st.lists(st.sampled_from(_PUNCT_PIECES), max_size=40).map("".join), st.booleans())
def test_fix_punctuation_gated_equals_ungated_on_generated_text(text: str, straighten: bool) -> None:
    _assert_same(*_both(text, DEFAULT_CONFIG.with_options(straighten_quotes=straighten)))


def test_fix_punctuation_gated_equals_ungated_on_fixtures() -> None:
    for p in sorted((ROOT / "fixtures").glob("*/input.txt")):
        _assert_same(*_both(decode(p.read_bytes()).text, DEFAULT_CONFIG))


def test_fix_punctuation_gated_equals_ungated_on_dev_corpus() -> None:
    with shared_file(CORPUS).open(encoding="utf-8") as f:
        texts = [json.loads(row)["input_text"] for row in f if row.strip()]
    for text in texts:
        _assert_same(*_both(text, DEFAULT_CONFIG))


def test_punctuation_gates_are_necessary_conditions_line_by_line() -> None:
    lines = [*_PUNCT_LINES, *fixture_lines()]
    for text in lines:
        needles = tuple(n for n in fp._NEEDLES if n in text)
        if not fp._quick_skip(text):
            assert fp._gate(needles, False).search(text), text
        if fp._END_COMMA.search(text):
            assert text.endswith(fp._END_COMMA_TAILS), text
    # No alternative of the widest gate can match a line break.
    assert fp._gate(fp._NEEDLES, True).search("\n\n.\n;\n") is not None
    assert all("\n" not in m.group() for m in fp._gate(fp._NEEDLES, True).finditer("a\n.\nB;\n,\n“\n"))


_PLAIN_MISSING = regex.compile(r"\p{Ll}[.!?]\p{Lu}")


_CASED_PIECES = ("a", "é", "ß", "A", "É", "Σ", "1", ".", "!", "?", " ", "ǅ", "\n")


@given(st.lists(st.sampled_from(_CASED_PIECES), max_size=20).map("".join))
def test_missing_space_pattern_finds_the_lines_of_the_plain_one(text: str) -> None:
    assert (fp._MISSING.search(text) is None) is (_PLAIN_MISSING.search(text) is None)


def test_missing_space_pattern_on_fixtures_and_corpus() -> None:
    for text in [*fixture_lines(), *corpus_lines(required=False)]:
        assert (fp._MISSING.search(text) is None) is (_PLAIN_MISSING.search(text) is None), text


# --------------------------------------------------------------------------- Document core


@PROFILE
@given(st.lists(st.sampled_from(("a", " ", ",", ";", "B", "\n", "é", "xyz", "\u2028", "\r\n")), max_size=50))
def test_lines_matching_equals_a_search_of_every_line(pieces: list[str]) -> None:
    doc = Document.from_text("".join(pieces))
    for pattern in (regex.compile(" ,|;"), regex.compile(r"\p{Ll}[;,]"), fp._gate(fp._NEEDLES, True)):
        assert lines_matching(doc.lines, pattern) == [ln for ln in doc.lines if pattern.search(ln.text)]


@pytest.mark.parametrize(
    "text",
    ["Storm closes schools", "Don’t stop, U.S. café-owners.", "会议 结束了", "", "“Quoted.”", "a_b c-d"],
)
def test_line_features_follow_the_text(text: str) -> None:
    doc = Document.from_text("placeholder line")
    line = doc.lines[0]
    doc.edit(line, text, "test")
    assert line.n_words == len(_WORD.findall(text))
    assert line.ends_sentence == (bool(text) and text[-1] in TERMINAL)
    assert line.words == _WORD.findall(text)
