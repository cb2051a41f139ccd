"""Residue classes read off the misses of a held-out set (invented-fresh10), each as a rule for the class:
invented lines in several languages, with the body lines of the same shape that must stay body."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.text import patterns
from newsclean.text import split_credits as split_credits_module
from newsclean.text.credit_gates import credit_candidates, free_candidates
from newsclean.text.split_credits import credit_text

from .conftest import CORPUS, corpus_lines, fixture_lines, shared_file

TITLE = "Harbour council approves the new budget"
P1 = "The harbour council approved the new budget on Tuesday after a debate that lasted well into the night."
P2 = "The plan sets aside money for the repair of the old quay and for two new ferries on the northern route."
P3 = "Work on the quay is expected to begin in the spring and to last for about eighteen months in all."
P4 = "The opposition said the budget relied on optimistic forecasts of port fees and tourist taxes next year."


def between_paragraphs(*lines: str) -> newsclean.Article:
    """``lines`` in mid-story, two paragraphs before them and two after them."""
    return newsclean.clean_text("\n".join((P1, P2, *lines, P3, P4)), title=TITLE)


# --------------------------------------------------------------------------- credit lines: photo word + agency
# A credit alone under its caption: a photo word and an agency with no colon between them (French,
# Italian, Dutch papers signing wire pictures), and "Gentileza" before the giver (Argentine, Uruguayan
# and Brazilian papers). The caption above is taken with it.
CREDIT_LINES = [
    ("fr", "Des sacs-poubelle s'accumulent dans une rue du Panier, à Marseille, le 3 novembre.", "Photo AFP"),
    ("it", "Passeggeri in attesa alla stazione di Porta Nuova, a Torino.", "Foto ANSA"),
    ("nl", "De nieuwe fietsenstalling onder het plein bij het station.", "Beeld ANP"),
    ("fr", "Le port de Sète sous la neige, mardi matin.", "photo AFP"),
    ("es", "Las hojas destrozadas por el granizo en una finca de Tunuyán, el martes.", "Gentileza Bodega Los Roe"),
    ("es", "El puente colgante sobre el río, poco antes de la crecida.", "Foto gentileza de la familia Roe"),
    ("pt", "A nova ponte sobre o rio Capibaribe, no Recife, na segunda-feira.", "Imagem gentileza da Prefeitura"),
]
# Prose and headings with the same words: a photo word before a common noun, kindness in a sentence.
CREDIT_LINES_BODY = [
    ("fr", "Photo souvenir"),
    ("it", "Foto ricordo"),
    ("es", "La gentileza de los vecinos sorprendió a los bomberos, que llegaron de madrugada."),
    ("pt", "Gentileza gera gentileza, diz o muro pintado pelo artista no centro da cidade."),
    ("fr", "Photo AFP à la une de tous les journaux du pays, l'image a fait le tour du monde."),
]


@pytest.mark.parametrize(("lang", "caption", "credit"), CREDIT_LINES)
def test_credit_line_takes_the_caption_above(lang: str, caption: str, credit: str) -> None:
    article = between_paragraphs(caption, credit)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)], lang
    assert article.body == (P1, P2, P3, P4)


@pytest.mark.parametrize(("lang", "line"), CREDIT_LINES_BODY)
def test_credit_words_in_prose_or_headings_are_no_credit(lang: str, line: str) -> None:
    article = between_paragraphs(line)
    assert article.credits == (), lang
    assert line in article.body, lang


def test_courtesy_credit_after_the_caption_is_cut_off() -> None:
    article = between_paragraphs("La finca quedó destruida por el granizo. Gentileza del municipio")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("La finca quedó destruida por el granizo.", "Gentileza del municipio")
    ]


# The new shape is asked only on lines split_credits' scan marks, and only where its literal (a photo
# word first) is: on the rows, the fixtures and the dev corpus (when present) the gated answer is the
# plain one and every matching line is marked.
def _check_gates(lines: list[str]) -> int:
    lines = [ln.strip() for ln in lines if ln.strip() and "\n" not in ln]
    marked = [a or b for a, b in zip(credit_candidates(lines), free_candidates(lines), strict=True)]
    matched = 0
    for line, mark in zip(lines, marked, strict=True):
        candidate = credit_text(line)
        if patterns.PHOTO_WORD_AGENCY.fullmatch(candidate) is not None:
            matched += 1
            assert mark, line
            assert "/" in candidate or split_credits_module._credit_line_more(candidate), line
    return matched


def test_photo_word_agency_is_gated_like_the_plain_pattern() -> None:
    rows = [credit for _, _, credit in CREDIT_LINES] + [line for _, line in CREDIT_LINES_BODY]
    assert _check_gates(rows) == 4
    _check_gates(list(fixture_lines(newline_only=True)))


def test_photo_word_agency_is_gated_like_the_plain_pattern_on_the_dev_corpus() -> None:
    shared_file(CORPUS)
    _check_gates(list(corpus_lines(required=False, newline_only=True)))
