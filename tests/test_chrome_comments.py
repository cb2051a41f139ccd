"""Comment threads under an article: the section's chrome and the readers' comments themselves.

Invented pages in several languages; hard negatives are body sentences that share the markers' words.
"""

from __future__ import annotations

import pytest
import regex

import newsclean
from newsclean import markers
from newsclean.text.patterns import trim

BODY = [
    "The town council voted on Tuesday to keep the old harbour baths open for another three summers.",
    "Repairs to the roof and the pumps will cost about 400,000 euros, the mayor said after the vote.",
    "The baths opened in 1911 and drew more than 30,000 visitors last season, a record.",
    "A citizens' group had collected 4,000 signatures against the closure since the spring.",
    "The council will decide in 2029 whether the baths are rebuilt or closed for good.",
]

# (id, the thread under the article, the readers' lines that must go)
THREADS = [
    (
        "de-wordpress",
        ["3 Kommentare", "Sabine", "15. September 2026 um 09:12 Uhr", "Toll, dass das Bad bleibt!", "Antworten"],
        ["Sabine", "Toll, dass das Bad bleibt!"],
    ),
    (
        "en-two-comments",
        [
            "Comments (2)",
            "Marion Lee September 17, 2026 - 1:01 pm",
            "We swam there every summer as kids. Great news.",
            "Reply",
            "Tom",
            "Agreed, but who pays for the roof?",
            "Reply",
            "Load more comments",
        ],
        ["Marion Lee September 17, 2026 - 1:01 pm", "We swam there every summer as kids. Great news.", "Tom"],
    ),
    (
        "fr-commentaires",
        ["Commentaires", "Claire", "Le 3 mars 2026 à 9h02", "Enfin une bonne nouvelle pour le quartier.", "Répondre"],
        ["Claire", "Enfin une bonne nouvelle pour le quartier."],
    ),
    (
        "es-comentarios",
        ["2 comentarios", "Lucía", "Qué alegría, mis hijos aprendieron a nadar allí.", "Responder"],
        ["Lucía", "Qué alegría, mis hijos aprendieron a nadar allí."],
    ),
    (
        "pl-komentarze",
        ["Komentarze (1)", "Marek", "Wreszcie dobra decyzja rady miasta.", "Odpowiedz", "Lubię to!"],
        ["Marek", "Wreszcie dobra decyzja rady miasta."],
    ),
]


@pytest.mark.parametrize(("thread", "readers"), [t[1:] for t in THREADS], ids=[t[0] for t in THREADS])
def test_a_comment_thread_leaves_the_body(thread: list[str], readers: list[str]) -> None:
    article = newsclean.clean_text("\n".join([*BODY, *thread]), title="Harbour baths stay open")
    assert article.body == tuple(BODY)
    comments = {r.text for r in article.removed if r.reason == "a reader's comment above its reply button"}
    assert set(readers) <= comments


def test_a_comment_count_above_the_article_does_not_take_the_article() -> None:
    # "23 Kommentare" under the headline opens no thread: five paragraphs come before any reply button.
    lines = ["23 Kommentare", *BODY, "Hinterlasse einen Kommentar", "Jana", "Schön!", "Antworten"]
    article = newsclean.clean_text("\n".join(lines), title="Harbour baths stay open")
    assert set(BODY) <= set(article.body)


def test_a_reply_button_without_a_comment_section_takes_nothing() -> None:
    # An embedded post's buttons between paragraphs: no comment heading above, so no comment.
    lines = [*BODY[:2], "Reply", *BODY[2:]]
    article = newsclean.clean_text("\n".join(lines), title="Harbour baths stay open")
    assert article.body == tuple(BODY)


# Chrome of a comment section, one line each, in several languages.
CHROME = [
    "Comments (4)",
    "Kommentare (12)",
    "New, 6 comments",
    "Comentar",
    "Commenter",
    "Comment on this Story",
    "Load more comments",
    "Mehr Kommentare laden",
    "Afficher plus de commentaires",
    "Ver más comentarios",
    "Pokaż więcej komentarzy",
    "Meer reacties laden",
    "Kommentare werden vor der Veröffentlichung geprüft.",
    "Ihr Kommentar wird nach Prüfung freigeschaltet.",
    "Comments are moderated and will appear after approval.",
    "Comments are subject to our community guidelines, which can be viewed here.",
    "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
    "Les commentaires sont modérés avant publication.",
    "Los comentarios están sujetos a moderación.",
    "I commenti sono soggetti a moderazione.",
    "Reacties worden gemodereerd.",
    "Komentarze są moderowane.",
    "Normas de participación",
    "Esta funcionalidad es sólo para registrados",
    "Gefällt mir",
    "J'aime",
    "Me gusta",
    "12 Likes",
]


@pytest.mark.parametrize("line", CHROME)
def test_comment_section_chrome_is_removed(line: str) -> None:
    article = newsclean.clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title="Harbour baths stay open")
    assert line not in article.body
    assert article.body == tuple(BODY)


KEPT = [
    "Comments will be reviewed by the commission before the rule is finalised, the agency said.",
    "Public comments are due by March 3, the agency said.",
    "Like many towns in the region, Kleinhausen has lost its last bank branch.",
    "Me gusta mucho este barrio, dijo la vecina.",
    "Commenter le match n'est pas facile, reconnaît l'entraîneur.",
    "Die Kommentare werden nun von Juristen geprüft, sagte ein Sprecher.",
    "J'aime mon métier, mais les conditions se dégradent.",
    "Antworten auf diese Fragen gibt es bislang nicht.",
    "Netiquette matters more than ever in the age of the smartphone, says the author.",
]


@pytest.mark.parametrize("line", KEPT)
def test_body_sentences_with_comment_words_stay(line: str) -> None:
    article = newsclean.clean_text("\n".join([*BODY[:2], line, *BODY[2:]]), title="Harbour baths stay open")
    assert line in article.body


@pytest.mark.parametrize("marker", (*markers.COMMENT_HEADINGS, *markers.REPLY_BUTTONS), ids=lambda m: m.example)
def test_comment_marker_examples_match(marker: markers.Marker) -> None:
    assert regex.fullmatch(marker.pattern, trim(marker.example), regex.IGNORECASE)
