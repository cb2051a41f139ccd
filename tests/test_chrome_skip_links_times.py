"""Skip links and the numeric timestamps of French and Brazilian pages leave the body; sentences with
the same words stay.

A skip link ("Aller au contenu principal") is the first line of many scrapes; left in place it sits
where the headline should be and can be taken for it.
"""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Brücke am Kanal wird drei Wochen gesperrt"
LEAD = (
    "Die Stadtverwaltung hat am Dienstag angekündigt, die Brücke über den Kanal ab Montag für drei Wochen "
    "zu sperren, weil die Fahrbahn erneuert werden muss."
)
MORE = "Pendler müssen nach Angaben der Behörde mit längeren Fahrzeiten rechnen, teilte ein Sprecher mit."

CHROME = [
    ("en", "Skip to main content"),
    ("de", "Zum Inhalt springen"),
    ("de-direkt", "Direkt zum Hauptinhalt"),
    ("fr", "Aller au contenu principal"),
    ("fr-passer", "Passer au contenu"),
    ("es", "Ir al contenido principal"),
    ("es-saltar", "Saltar al contenido"),
    ("it", "Vai al contenuto principale"),
    ("it-salta", "Salta al contenuto"),
    ("pt", "Ir para o conteúdo"),
    ("pt-pular", "Pular para o conteúdo principal"),
    ("nl", "Naar de inhoud"),
    ("nl-ga", "Ga naar hoofdinhoud"),
    ("pl", "Przejdź do treści"),
    ("pt-br-clock", "25/11/2026 10h32"),
    ("pt-br-clock-updated", "25/11/2026 10h32 · Atualizado há 3 horas"),
    ("pt-as", "25/11/2026 às 10h32"),
    ("fr-clock", "26/11/2026 à 18h04"),
    ("nl-relative", "3 uur geleden"),
    ("nl-relative-minutes", "45 minuten geleden"),
]

SENTENCES = [
    ("de", "Zum Inhalt der Vereinbarung wollte sich der Minister am Dienstag nicht äußern."),
    ("fr", "Aller au contenu des négociations prendra encore plusieurs semaines, selon le ministre."),
    ("pt", "Ir para o conteúdo das provas ficou mais difícil para os alunos da rede pública."),
    ("nl", "Naar de inhoud van het rapport wordt nog onderzoek gedaan, zei de woordvoerder."),
    ("fr-time", "Le train de 10h32 a été supprimé, comme tous les départs du matin."),
    ("nl-time", "Het ongeluk gebeurde 3 uur geleden op de snelweg bij Oosterhout, meldt de politie."),
]


def _clean(line: str, *, top: bool) -> newsclean.Article:
    lines = [line, TITLE, LEAD, MORE] if top else [TITLE, LEAD, line, MORE]
    return newsclean.clean_text("\n".join(lines))


@pytest.mark.parametrize("top", [True, False], ids=["top", "mid"])
@pytest.mark.parametrize("line", [r[1] for r in CHROME], ids=[r[0] for r in CHROME])
def test_skip_links_and_timestamps_leave_the_body(line: str, top: bool) -> None:
    article = _clean(line, top=top)
    assert line not in article.body
    assert article.title == TITLE
    assert any(r.text == line for r in article.removed)


@pytest.mark.parametrize("line", [r[1] for r in SENTENCES], ids=[r[0] for r in SENTENCES])
def test_sentences_with_the_same_words_stay(line: str) -> None:
    article = _clean(line, top=False)
    assert line in article.body
