"""find_headline's shortcuts of session 7: each gives exactly what the plain computation gives.

* ``_Words`` counts the lines it has cut in full (candidates, lede paragraphs) from their stems, and a
  candidate's own hits are its distinct stems: checked against the plain ``_Words`` of
  ``test_speed_gates_headline_evidence`` on texts where the headline is printed again (as a candidate, as a sentence
  ending with a full stop, inside page chrome), in several languages;
* ``_ledes`` takes the first paragraphs for every key that none of them holds;
* ``_removerepeats_key`` tests ``key in other_key`` before ``repeats_key``: every repeat passes it.
"""

from __future__ import annotations

from itertools import islice

import pytest

from newsclean.config import DEFAULT_CONFIG
from newsclean.document import Document, Role
from newsclean.text import headline_evidence as ev
from newsclean.text import similarity as sim

from .conftest import corpus_texts, fixture_texts, prepared
from .test_speed_gates_headline_evidence import _check_words

# Headlines printed twice or three times, once as a full sentence, once in chrome; and hard
# negatives: a paragraph that only starts like the headline, a subheading that shares its words.
REPEATED = (
    "Storm keeps county schools closed\nStorm keeps county schools closed\n"
    "The storm kept the county's schools closed on Monday, officials said, and roads stayed icy for days.\n"
    "Storm keeps county schools closed.\nHome » News » Storm keeps county schools closed\n"
    "Storm keeps county schools closed for a third day, the district said in a statement on Tuesday.",
    "Koalition einigt sich auf den Haushalt\n"
    "Die Koalition hat sich am Freitag nach langen Verhandlungen auf den Haushalt geeinigt, hieß es.\n"
    "Koalition einigt sich auf den Haushalt\nWie es jetzt weitergeht\n"
    "Der Bundestag soll im Dezember abstimmen, die Länder fordern mehr Geld für Schulen und Straßen.",
    "La mairie ferme trois écoles après la tempête\n"
    "La mairie a fermé lundi trois écoles du quartier après la tempête, a indiqué la préfecture.\n"
    "La mairie ferme trois écoles après la tempête.\n"
    "Accueil › Actualités › La mairie ferme trois écoles après la tempête",
    "El Gobierno aprueba el nuevo plan de vivienda\n"
    "El Gobierno aprobó este martes el nuevo plan de vivienda, que prevé ayudas para los jóvenes.\n"
    "El Gobierno aprueba el nuevo plan de vivienda | Diario Ejemplo\n"
    "El Gobierno aprueba el nuevo plan de vivienda",
    "Il Comune chiude il ponte per lavori\nIl Comune chiude il ponte per lavori\n"
    "Il Comune ha chiuso il ponte sul fiume per lavori urgenti, ha detto l'assessore ai trasporti.",
    "Gemeente sluit brug voor onderhoud\n"
    "De gemeente heeft de brug over de rivier maandag gesloten voor dringend onderhoud, zei de wethouder.\n"
    "Gemeente sluit brug voor onderhoud",
    "Miasto zamyka most na czas remontu\n"
    "Miasto zamknęło w poniedziałek most na rzece z powodu pilnego remontu, poinformował urząd.\n"
    "Miasto zamyka most na czas remontu\nMiasto zamyka most na czas remontu.",
    "Câmara fecha ponte para obras urgentes\n"
    "A câmara fechou a ponte sobre o rio na segunda-feira para obras urgentes, disse o vereador.\n"
    "Câmara fecha ponte para obras urgentes\n"
    "Câmara fecha ponte para obras urgentes, disse o vereador aos jornalistas na segunda-feira à tarde.",
    # The headline printed as the first paragraph's key (its copy is not its own lede).
    "Schools stay closed after the storm\nSchools stay closed after the storm.\n"
    "The district kept every school closed on Monday after the storm brought down power lines again.\n"
    "Parents were told to expect another closure on Tuesday if the roads did not clear overnight.",
    "東京都で新しい会議が始まった\n東京都で新しい会議が始まった\n東京都の会議は月曜日に始まり、多くの市民が参加した。",
)


@pytest.mark.parametrize("block_chars", [1, 40, sim._BLOCK_CHARS])
def test_words_with_repeated_headlines(monkeypatch: pytest.MonkeyPatch, block_chars: int) -> None:
    monkeypatch.setattr(sim, "_BLOCK_CHARS", block_chars)  # one block (the shortcuts), or many
    checked = sum(_check_words(prepared(t)) + _check_words(Document.from_text(t)) for t in REPEATED)
    assert checked > 20


def _plain_ledes(para_pos: list[int], keys: list[str], cand_keys: set[str]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(islice((p for p in para_pos if keys[p] != key), ev._LEDE_PARAGRAPHS)) for key in cand_keys}


def _check_ledes(doc: Document) -> int:
    lines = [ln for ln in doc.lines if ln.role is not Role.REMOVED]
    keys = sim.title_keys([ln.text for ln in lines])
    para_pos = [p for p, ln in enumerate(lines) if ev._is_paragraph(ln, ln.n_words, DEFAULT_CONFIG)]
    # Every line's key as a candidate's: the paragraphs' own keys too, which the shortcut must not take.
    cand_keys = set(keys)
    assert ev._ledes(para_pos, keys, cand_keys) == _plain_ledes(para_pos, keys, cand_keys)
    return len(cand_keys)


def test_ledes_on_invented_texts_and_fixtures() -> None:
    assert sum(_check_ledes(prepared(t)) for t in (*REPEATED, *fixture_texts())) > 100


def test_ledes_on_the_dev_corpus() -> None:
    assert sum(_check_ledes(prepared(t)) for t in corpus_texts()) > 1000


def _check_repeats_hold_the_key(doc: Document) -> int:
    """Every line that ``repeats_key`` takes as a repeat of a headline-shaped line holds its key."""
    cands, lines, keys = ev.evidence(doc, DEFAULT_CONFIG)
    n = 0
    for c in cands:
        key = sim.normalise_title(c.line.text)
        for other, other_key in zip(lines, keys, strict=True):
            if ev.repeats_key(other, other_key, key):
                assert key in other_key, (key, other_key)
                n += 1
    return n


def test_repeats_hold_the_key_on_invented_texts_and_fixtures() -> None:
    assert sum(_check_repeats_hold_the_key(prepared(t)) for t in (*REPEATED, *fixture_texts())) > 20


def test_repeats_hold_the_key_on_the_dev_corpus() -> None:
    assert sum(_check_repeats_hold_the_key(prepared(t)) for t in corpus_texts()) > 100
