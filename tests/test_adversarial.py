"""Bad and hostile input: each gives an Article with the content it should have, or an InputError that
says what to do. Inputs are invented; big ones are a few MB at most (timing is benchmarks/linear.py's job).
"""

from __future__ import annotations

import gzip
import unicodedata

import pytest
import regex

import newsclean
from newsclean import Article, CleanConfig, InputError, default_pipeline

PARAGRAPH = "The council voted on Monday to close the library at the end of the year, officials said."
SECOND = "The mayor disagreed with the plan and said she would appeal the decision in court."


def clean(source: object, **kwargs: object) -> Article:
    return newsclean.clean(source, **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- typed errors


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(lambda: newsclean.clean(5), r"clean\(\) takes text or HTML as str or bytes", id="clean-int"),
        pytest.param(lambda: newsclean.clean(None), "got NoneType", id="clean-none"),
        pytest.param(lambda: newsclean.clean(["a", "b"]), "got list", id="clean-list"),
        pytest.param(lambda: newsclean.clean_text(5), r"clean_text\(\) takes str or bytes, not int", id="text-int"),
        pytest.param(lambda: newsclean.clean_html(3.5), r"clean_html\(\) takes str, bytes", id="html-float"),
        pytest.param(lambda: newsclean.clean(PARAGRAPH, title=5), "title must be a str or None, not int", id="title"),
        pytest.param(lambda: newsclean.clean_text(PARAGRAPH, url=b"x"), "url must be a str or None", id="url"),
        pytest.param(lambda: newsclean.clean_html("<p>x</p>", title=["t"]), "title must be a str", id="html-title"),
    ],
)
def test_wrong_types_raise_input_error(call: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        pytest.param(gzip.compress(PARAGRAPH.encode()), "gzip-compressed data: decompress it first", id="gzip"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "a PNG image, not an article", id="png"),
        pytest.param(b"%PDF-1.4\n1 0 obj", "a PDF document", id="pdf"),
        pytest.param(bytes(range(256)) * 8, "looks like binary data, not text", id="random-bytes"),
        pytest.param("\x00\x01\x02\x03\x04\x05IHDR\x00\x00\x00", "looks like binary data, not text", id="binary-str"),
    ],
)
def test_binary_input_raises_input_error_with_advice(source: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        clean(source)


@pytest.mark.parametrize(
    ("source", "unit"),
    [pytest.param("x" * 101, "characters", id="str"), pytest.param(b"x" * 101, "bytes", id="bytes")],
)
def test_input_over_the_size_limit_says_how_to_raise_it(source: str | bytes, unit: str) -> None:
    pipeline = default_pipeline(CleanConfig(max_input_chars=100))
    with pytest.raises(InputError, match=rf"input is 101 {unit}, over the limit of 100.*max_input_chars"):
        newsclean.clean_text(source, pipeline=pipeline)


def test_input_at_the_size_limit_is_cleaned() -> None:
    pipeline = default_pipeline(CleanConfig(max_input_chars=len(PARAGRAPH)))
    assert newsclean.clean_text(PARAGRAPH, pipeline=pipeline).body == (PARAGRAPH,)


def test_input_errors_are_newsclean_errors_and_value_errors() -> None:
    with pytest.raises(newsclean.NewscleanError):
        clean(5)
    with pytest.raises(ValueError, match="takes text or HTML"):
        clean(5)


def test_bytearray_and_memoryview_are_read_as_bytes() -> None:
    data = f"{PARAGRAPH}\n{SECOND}".encode()
    assert clean(bytearray(data)).body == clean(memoryview(data)).body == (PARAGRAPH, SECOND)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "body", "encoding", "source"),
    [
        pytest.param("Le café était fermé, a déclaré le maire à la presse lundi soir.".encode("cp1252"),
                     "Le café était fermé, a déclaré le maire à la presse lundi soir.", "cp1252", "detector",
                     id="windows-1252"),
        pytest.param("Die Bürger in München äußerten sich über die neue Straßenbahn.".encode("latin-1"),
                     "Die Bürger in München äußerten sich über die neue Straßenbahn.", "cp1252", "detector",
                     id="latin-1"),
        pytest.param(f"{PARAGRAPH} Café.".encode("utf-16"), f"{PARAGRAPH} Café.", "utf-16-le", "bom", id="utf-16-bom"),
        pytest.param(f"{PARAGRAPH} Café.".encode("utf-16-le"), f"{PARAGRAPH} Café.", "utf-16-le", "sniffed",
                     id="utf-16-no-bom"),
        # A UTF-8 page with a snippet pasted from a Windows-1252 source.
        pytest.param("Le café est fermé, a déclaré le maire. ".encode() + "Le thé: 5 €.".encode("cp1252"),
                     "Le café est fermé, a déclaré le maire. Le thé: 5 €.", "utf-8", "utf-8+cp1252",
                     id="utf-8-and-cp1252-mixed"),
    ],
)
def test_bytes_in_legacy_and_mixed_encodings(data: bytes, body: str, encoding: str, source: str) -> None:
    article = clean(data)
    assert article.body == (body,)
    assert (article.metadata.encoding, article.metadata.encoding_source) == (encoding, source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The cafÃ© was closed on Monday, and the mayorâ€™s office said nothing.",
                     "The café was closed on Monday, and the mayor’s office said nothing.", id="double-encoded"),
        pytest.param("The cafÃƒÂ© was closed on Monday, officials said.",
                     "The café was closed on Monday, officials said.", id="triple-encoded"),
    ],
)  # fmt: skip
def test_mojibake_is_repaired_and_recorded(text: str, expected: str) -> None:
    article = clean(text)
    assert article.body == (expected,)
    assert {f.rule for f in article.fixes} == {"fix_encoding"}


def test_lone_surrogates_become_replacement_characters_and_the_article_is_utf8() -> None:
    article = clean(f"Caf\udce9 reopens\n{PARAGRAPH} \ud800 Smile \ud83d\ude00.")
    assert article.body[-1] == f"{PARAGRAPH} \ufffd Smile 😀."
    assert "Caf\ufffd reopens" in (article.title, *article.body)
    assert Article.from_json(article.to_json().encode("utf-8").decode("utf-8")) == article


def test_lone_surrogate_in_the_given_title_is_replaced() -> None:
    article = clean(f"Storm\udce9 closes schools\n{PARAGRAPH}", title="Storm\udce9 closes schools")
    assert article.title == "Storm\ufffd closes schools"
    article.to_json().encode("utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"The council\x00 voted.\n{PARAGRAPH}", "The council voted.", id="nul"),
        pytest.param(f"The council\x07\x1b voted.\n{PARAGRAPH}", "The council voted.", id="bell-escape"),
        pytest.param(f"The\x7f council voted.\n{PARAGRAPH}", "The council voted.", id="delete"),
        pytest.param(f"\x7f The council voted.\n{PARAGRAPH}", "The council voted.", id="control-at-the-edge"),
    ],
)
def test_control_characters_are_dropped_with_a_fix(text: str, expected: str) -> None:
    article = newsclean.clean_text(text)
    assert expected in article.body[0]
    assert any(f.rule == "fix_whitespace" and f.line == 0 for f in article.fixes)
    assert all(p == p.strip() for p in article.body)


def test_a_line_of_only_control_characters_is_removed_as_markup() -> None:
    article = newsclean.clean_text(f"{PARAGRAPH}\n\x01\x02\n{SECOND}")
    assert article.body == (PARAGRAPH, SECOND)
    assert [(r.kind, r.line) for r in article.removed] == [("markup", 1)]


@pytest.mark.parametrize(
    "markup",
    [
        # Found by hypothesis: lxml's fragment handling refuses to put a control character back in a tree.
        "<body>\x1f</body><p><p><body>- Advertisement -",
        f"<div>\x01</div><p>{PARAGRAPH}</p>",
        f"\x0b<p>{PARAGRAPH}</p>",
        # Found by the deep run: trafilatura's title reader sets node texts too.
        "<h1 class=\"\">Jane Doe speaks during a meeting in Munich, 16 October 2017.\x1fJane Doe speaks during a "
        "meeting in Munich, 16 October 2017.Council Council Council Council Council Council Council Council "
        "CouncilCouncil &amp; Council Council Council Council Council Council Council Council Council Council",
    ],
)
def test_html_with_control_characters_xml_cannot_hold_is_cleaned(markup: str) -> None:
    article = newsclean.clean_html(markup)
    text = "\n".join(article.body)
    assert not any(ch in text for ch in "\x01\x0b\x1f")
    if f"<p>{PARAGRAPH}</p>" in markup:
        assert article.body == (PARAGRAPH,)


# --------------------------------------------------------------------------- shapes


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t\r\n \u2028 \n"])
def test_empty_and_blank_input_gives_an_empty_article(text: str) -> None:
    article = clean(text)
    assert (article.title, article.body, article.removed, article.captions) == (None, (), (), ())


@pytest.mark.parametrize("text", ["\ufeff", "\u200b\u200b", "\xad"])
def test_input_of_only_invisible_characters_is_removed_as_markup(text: str) -> None:
    article = clean(text)
    assert article.body == ()
    assert [(r.kind, r.line) for r in article.removed] == [("markup", 0)]


def test_only_boilerplate_gives_an_empty_body_with_everything_in_removed() -> None:
    lines = ["- Advertisement -", "Share Tweet Email", "Read more: Ten things to know about the vote",
             "© 2024 Example Media. All rights reserved.", "Image 1 of 12"]  # fmt: skip
    article = clean("\n".join(lines))
    assert article.body == ()
    assert [r.text for r in article.removed] == lines
    assert [r.kind for r in article.removed] == ["ad", "boilerplate", "teaser", "boilerplate", "media"]


def test_a_single_line_of_two_megabytes_stays_whole() -> None:
    line = " ".join([PARAGRAPH] * 23_000)
    assert len(line) > 2_000_000
    article = clean(line)
    assert article.body == (line,)
    assert article.removed == () and article.fixes == ()


def test_many_short_lines_all_reach_the_body_in_order() -> None:
    # 20,000 here; benchmarks/linear.py times 200,000 and more.
    lines = [f"Line {i} of the list." for i in range(20_000)]
    article = clean("\n".join(lines))
    assert article.body == tuple(lines)


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("https://example.com/" + "a" * 100_000, id="long-url"),
        pytest.param("x" * 100_000, id="long-word"),
        pytest.param("Donaudampfschifffahrtsgesellschaftskapitän" * 500, id="long-compound"),
    ],
)
def test_very_long_words_and_urls_survive_intact(token: str) -> None:
    text = f"See {token} for the report, officials said on Monday."
    assert clean(text).body == (text,)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("مرحبا بكم في المدينة، قال المسؤولون يوم الاثنين إن المدارس ستغلق.", id="arabic"),
        pytest.param("שלום לכולם, אמרו הפקידים ביום שני כי בתי הספר ייסגרו מחר.", id="hebrew"),
        pytest.param("The word \u200fשלום\u200e means peace, the teacher said.", id="rtl-marks"),
        pytest.param("东京都政府周一宣布了新的防灾措施据知情人士透露会议将于下周举行相关部门正在准备方案。", id="cjk"),
        pytest.param("東京都は月曜日、新しい対策を発表した。関係者によると、会議は来週開かれる。", id="japanese"),
        pytest.param("The family 👨‍👩‍👧‍👦 and the flag 🏳️‍🌈 waved 👍🏽 in 🇩🇪 on Monday, officials said.",
                     id="emoji-zwj"),
        pytest.param("Sie sagte: \u201eDas ist sch\u00f6n\u201c, und l\u00e4chelte dabei in die Kamera.",
                     id="german-quotes"),
        pytest.param("می\u200cخواهم به خانه بروم، گفت او روز دوشنبه به خبرنگاران.", id="persian-zwnj"),
    ],
)
def test_scripts_and_emoji_sequences_survive_intact(text: str) -> None:
    article = clean(f"{PARAGRAPH}\n{text}")
    assert article.body == (PARAGRAPH, text)
    assert article.fixes == ()


def test_combining_marks_are_composed_not_lost() -> None:
    text = "Ze\u0301bra cafe\u0301 Z̴̡̛͖a̶l̷g̸o̵ text appeared on the screen, witnesses said on Monday."
    article = clean(f"{PARAGRAPH}\n{text}")
    assert article.body == (PARAGRAPH, unicodedata.normalize("NFC", text))
    assert "Zébra café" in article.body[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Prices rose " + "<b>" * 20_000 + "sharply" + "</b>" * 20_000 + " on Monday.",
                     "Prices rose sharply on Monday.", id="tags-nested-20000-deep"),
        pytest.param("Prices " + "<i>x</i> " * 2_000 + "rose.", "Prices " + "x " * 2_000 + "rose.", id="dense-tags"),
        pytest.param("Prices <b>rose</b> &amp; <br>fell.", "Prices rose & fell.", id="few-tags"),
    ],
)
def test_stray_tags_in_text_are_stripped_however_many(text: str, expected: str) -> None:
    article = newsclean.clean_text(text)
    assert article.body == (expected,)
    assert {f.rule for f in article.fixes} == {"fix_markup"}


# --------------------------------------------------------------------------- HTML


def _page(body: str) -> str:
    return f"<html><head><title>Library to close</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("depth", [300, 2_000])
def test_deeply_nested_html_within_the_parser_limit_keeps_its_text(depth: int) -> None:
    article = newsclean.clean_html(_page("<div>" * depth + f"<p>{PARAGRAPH}</p>" + "</div>" * depth))
    assert article.body == (PARAGRAPH,)


def test_html_nested_100000_deep_raises_input_error_instead_of_losing_text() -> None:
    page = _page("<div>" * 100_000 + f"<p>{PARAGRAPH}</p>" + "</div>" * 100_000)
    with pytest.raises(InputError, match="nested more than 2,048 elements deep"):
        clean(page)


def test_unclosed_tags_lose_no_words() -> None:
    article = newsclean.clean_html(f"<html><body><p>{PARAGRAPH[:40]} <b>{PARAGRAPH[40:]} <i><div>{SECOND}")
    words = regex.findall(r"\w+", " ".join([article.title or "", *article.body]))
    assert words == regex.findall(r"\w+", f"{PARAGRAPH} {SECOND}")


def test_a_five_megabyte_attribute_is_skipped_and_the_text_kept() -> None:
    article = newsclean.clean_html(_page(f'<p title="{"a" * 5_000_000}">{PARAGRAPH}</p><p>{SECOND}</p>'))
    assert article.body == (PARAGRAPH, SECOND)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_page("<script>document.write('The council voted')</script><style>p { color: red }</style>"),
                     id="script-and-style"),
        pytest.param("<script>var article = 'The council voted on Monday';</script>", id="script-fragment"),
        # trafilatura keeps <noscript> text: the notice is page chrome, removed by its marker.
        pytest.param(_page("<noscript>Please enable JavaScript to read this article.</noscript>"), id="noscript"),
    ],
)
def test_script_only_pages_give_an_empty_body(page: str) -> None:
    article = newsclean.clean_html(page)
    assert article.body == ()
    assert "council" not in article.to_json()


def test_nul_and_lone_surrogates_in_html_do_not_cut_the_page() -> None:
    article = newsclean.clean_html(_page(f"<p>Caf\udce9 \x00{PARAGRAPH}</p><p>{SECOND}</p>"))
    assert article.body == (f"Caf\ufffd {PARAGRAPH}", SECOND)


def test_nul_in_html_bytes_is_dropped_as_in_html_str() -> None:
    article = newsclean.clean_html(_page(f"<p>\x00{PARAGRAPH}</p><p>{SECOND}</p>").encode())
    assert article.body == (PARAGRAPH, SECOND)
