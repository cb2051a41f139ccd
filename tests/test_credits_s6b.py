"""Round two of captions, credits and ad labels: numbered and joined ad labels, agency credits in
house styles ("IMAGO/Name", "SZ Photo", "Getty Images via AFP"), a bare agency after a one-sentence
caption in mid-story; each with body sentences of the same look that must stay where they are.
"""

from __future__ import annotations

import pytest

import newsclean

_BEFORE = "Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr beraten und abgestimmt."
_AFTER = "Die Sitzung dauerte bis spät in den Abend, eine Entscheidung fiel erst nach drei Stunden."


def _clean(line: str) -> newsclean.Article:
    return newsclean.clean_text(f"Haushalt beschlossen\n{_BEFORE}\n{line}\n{_AFTER}")


# --------------------------------------------------------------------------- ad labels

AD_LABELS = [
    ("de-numbered", "Anzeige 2"),
    ("de-numbered-bracket", "ANZEIGE (3)"),
    ("de-slot-of", "Anzeige 1/3"),
    ("de-werbung-numbered", "Werbung 3"),
    ("fr-numbered", "Publicité 2"),
    ("es-numbered", "Anuncio 2"),
    ("pl-numbered", "Reklama 2"),
    ("nl-numbered", "Advertentie 1"),
    ("it-numbered", "Pubblicità 3"),
    ("de-joined", "Anzeige · Werbung"),
    ("en-joined", "Advertisement - Continue Reading Below"),
    ("en-joined-scroll", "Advertisement - scroll to continue"),
    ("en-continues", "Continues below advertisement"),
    ("de-resume", "Lesen Sie nach der Werbung weiter"),
    ("de-resume-more", "Fortsetzung nach der Anzeige"),
    ("de-scroll", "Werbung - Scrollen zum Weiterlesen"),
    ("es-resume", "Sigue leyendo después del anuncio"),
    ("es-joined", "Publicidad - Sigue leyendo debajo"),
    ("pl-resume", "Czytaj dalej pod reklamą"),
    ("pl-joined", "Reklama - dalsza część artykułu poniżej"),
    ("it-resume", "Continua a leggere dopo la pubblicità"),
    ("pt-resume", "O texto continua após a publicidade"),
    ("nl-resume", "Het artikel gaat verder onder de advertentie"),
]

NOT_AD_LABELS = [
    ("de-advertiser", "Anzeige - Autohaus Roe"),  # a label and an advertiser's name: not only labels
    ("de-year", "Werbung 2026"),  # a year is no slot counter
    ("en-sponsor-name", "Advertisement - Acme Corp"),
    ("de-complaint", "Nach der Anzeige ermittelt nun die Staatsanwaltschaft gegen den Betreiber."),
    ("de-heading", "Nach der Anzeige"),  # "Anzeige" is also a complaint to the police
    ("en-prose", "The advertisement campaign continues below the national average, analysts said."),
    ("es-prose", "El anuncio 2 del Gobierno llegó tarde para los agricultores de Huesca."),
]


@pytest.mark.parametrize("line", [r[1] for r in AD_LABELS], ids=[r[0] for r in AD_LABELS])
def test_numbered_joined_and_resume_ad_labels_are_removed(line: str) -> None:
    article = _clean(line)
    assert line not in article.body
    assert _BEFORE in article.body
    assert _AFTER in article.body


@pytest.mark.parametrize("line", [r[1] for r in NOT_AD_LABELS], ids=[r[0] for r in NOT_AD_LABELS])
def test_lines_that_only_look_like_ad_labels_stay(line: str) -> None:
    assert line in _clean(line).body
