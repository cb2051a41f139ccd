"""strip_boilerplate: the page around the article (teasers, share bars, bylines, media chrome)."""

from __future__ import annotations

import pytest

import newsclean

TITLE = "Council approves new harbour budget"
LEAD = "The council approved the harbour budget on Tuesday after a long debate, officials said."
MORE = "Work on the new quay walls is due to start in the spring and to last two years."


def clean(line: str) -> newsclean.Article:
    return newsclean.clean_text("\n".join((LEAD, line, MORE)), title=TITLE)


RESIDUE = [
    # teasers
    ("en-read-more", "Read more: Ten things to know about the harbour vote", "teaser"),
    ("de-lesen-sie-auch", "Lesen Sie auch: Die wichtigsten Fragen zum Hafen", "teaser"),
    ("fr-lire-aussi", "Lire aussi : Les dix dates clés du chantier", "teaser"),
    ("es-lea-tambien", "Lea también: Las claves de la reforma portuaria", "teaser"),
    ("pl-czytaj-tez", "Czytaj też: Najważniejsze pytania o port", "teaser"),
    # share bars and widgets
    ("share-bar", "Share Tweet Email", "boilerplate"),
    ("share-this", "Share this:", "boilerplate"),
    ("jetpack", "Click to share on Facebook (Opens in new window)", "boilerplate"),
    ("sharing-options", "Show more sharing options", "boilerplate"),
    ("tumblr", "Tumblr", "boilerplate"),
    # newsletter boxes and comment forms
    ("newsletter-signup", "Sign up for our daily newsletter", "boilerplate"),
    ("newsletter-title", "Morning Briefing Newsletter", "boilerplate"),
    ("newsletter-error", "There was an error processing your subscription.", "boilerplate"),
    ("comment-form", "Save my name, email, and website in this browser for the next time I comment.", "boilerplate"),
    ("akismet", "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "boilerplate"),
    ("de-kommentare", "12 Kommentare", "boilerplate"),
    ("follow-author", "Follow the author of this article", "boilerplate"),
    ("de-folgen", "Folgen Sie uns auf Facebook", "boilerplate"),
    ("copyright", "© 2024 Example Media Group. All rights reserved.", "boilerplate"),
    ("tags", "Tags: Harbour, Budget, Council", "boilerplate"),
    ("back-to-gallery", "Back to Gallery", "boilerplate"),
    ("click-here-cta", "CLICK HERE TO GET THE HARBOUR NEWS APP", "boilerplate"),
    ("signup-small-print", "By signing up, you agree to our Privacy Policy and Terms of Use.", "boilerplate"),
    ("it-nessun-commento", "Nessun commento", "boilerplate"),
    ("de-vorlesen", "Artikel vorlesen lassen", "boilerplate"),
    ("fr-retour", "Retour en haut de la page", "boilerplate"),
    ("pl-zaloguj", "Zaloguj się", "boilerplate"),
    ("email-required", "Email (required)", "boilerplate"),
    # bylines and timestamps
    ("byline", "By Jane Doe and John Roe, Associated Press", "byline"),
    ("byline-particle", "By Annelies de Vries and Tom Harcourt, Europe correspondents", "byline"),
    ("bbc-share-menu", "Share this with", "boilerplate"),
    ("published-updated", "PUBLISHED: 10:48, Tue, Nov 19, 2024 | UPDATED: 11:05, Tue, Nov 19, 2024", "byline"),
    ("date-bullet-time", "19 November 2024 • 1:16pm", "byline"),
    ("hours-ago", "3 hours ago", "byline"),
    ("de-video-blurb", "Video: Der Moment, in dem die Brücke einstürzt", "media"),
    ("es-video-bar", "VIDEO | Así fue el rescate en el puerto", "media"),
    ("fr-video-blurb", "Vidéo : les images de l'incendie", "media"),
    ("it-guarda-il-video", "Guarda il video: il crollo del ponte", "media"),
    ("pt-assista", "Assista: o momento do resgate", "media"),
    ("nl-bekijk", "Bekijk: de brug stort in", "media"),
    ("pl-zobacz-wideo", "Zobacz wideo: akcja ratunkowa", "media"),
    ("fi-share", "Jaa artikkeli", "boilerplate"),
    ("cs-share", "Sdílet", "boilerplate"),
    ("hu-share", "Megosztás", "boilerplate"),
    ("el-share", "Κοινοποίηση", "boilerplate"),
    ("fi-read-also", "Lue myös", "teaser"),
    ("cs-read-also-prefix", "Čtěte také: Nový most přes Vltavu", "teaser"),
    ("ro-read-also", "Citește și", "teaser"),
    ("nl-update-relative", "Update: 1 uur geleden", "byline"),
    ("updated-first-published", "Updated November 27, 2026 — 3.41pm, first published at 11.05am", "byline"),
    ("text-size", "Larger text size", "boilerplate"),
    ("de-text-size", "Schriftgröße ändern", "boilerplate"),
    ("reuse-content", "Reuse this content", "boilerplate"),
    ("email-article", "Email this article", "boilerplate"),
    ("newsletter-promotion", "after newsletter promotion", "boilerplate"),
    (
        "newsletter-privacy",
        "Privacy Notice: Newsletters may contain info about charities and online ads.",
        "boilerplate",
    ),
    ("topics-heading", "Explore more on these topics", "boilerplate"),
    ("time-first-month-day", "2:18 PM, Nov 27, 2026", "byline"),
    ("role-meteorologist", "Carla Benedetti, Chief Meteorologist", "byline"),
    ("role-journalist", "Sam Lee, Multimedia Journalist", "byline"),
    ("de-role-meteorologin", "Anna Schmidt, Meteorologin", "byline"),
    ("fr-role-journaliste", "Marie Dupont, journaliste", "byline"),
    ("es-role-periodista", "Ana Pérez, periodista", "byline"),
    ("it-role-giornalista", "Giulia Rossi, giornalista", "byline"),
    ("pt-role-jornalista", "Pedro Silva, jornalista", "byline"),
    ("de-vor-stunden", "vor 2 Stunden", "byline"),
    ("es-hace-horas", "hace 5 horas", "byline"),
    ("reading-time", "5 min read", "byline"),
    ("by-the-agency", "By the Associated Press", "byline"),
    ("fr-par-la-redaction", "Par la Rédaction", "byline"),
    # summary box headings (the box's points are body)
    ("de-wichtigste", "Das Wichtigste in Kürze", "boilerplate"),
    ("de-auf-einen-blick", "Auf einen Blick", "boilerplate"),
    ("en-key-points", "Key points", "boilerplate"),
    ("fr-essentiel", "L'essentiel", "boilerplate"),
    ("es-claves", "Las claves", "boilerplate"),
    ("pl-w-skrocie", "W skrócie", "boilerplate"),
    # media
    ("gallery-counter", "Image 1 of 12", "media"),
    ("gallery-counter-slash", "Image 1 of / 12", "media"),
    ("bbc-playback", "Media playback is unsupported on your device", "media"),
    ("de-bild-von", "Bild 3 von 8", "media"),
]


@pytest.mark.parametrize(("line", "kind"), [r[1:] for r in RESIDUE], ids=[r[0] for r in RESIDUE])
def test_page_residue_is_removed_with_its_kind(line: str, kind: str) -> None:
    article = clean(line)
    assert article.body == (LEAD, MORE)
    assert [(r.text, r.kind) for r in article.removed] == [(line, kind)]


BODY = [
    ("by-the-end", "By the end of the year, prices had doubled."),
    ("share-prices", "Share prices fell sharply on Tuesday."),
    ("comments-by", "Comments by the minister angered the opposition."),
    ("related-parties", "Related parties must disclose their holdings."),
    ("follow-the-money", "Follow the money"),
    ("tags-on-animals", "Tags on the animals let researchers follow their migration."),
    ("newsletter-prose", "Newsletters from the council will no longer be printed on paper."),
    ("es-mas-de", "Más de 30 heridos en el incendio del puerto"),
    ("de-themen", "Themen wie Klima und Energie bestimmen den Wahlkampf."),
    ("fr-il-y-a", "Il y a trois ans, la ville a fermé la piscine."),
    ("hours-of-talks", "3 hours of talks ended without a deal"),
    ("present-tense-paragraph", "The harbour master says the new cranes arrive in March and work starts in April."),
    ("pull-quote", "“This is the biggest project the harbour has seen in a century.”"),
    ("by-the-river", "By the river, the new quay walls are already visible."),
    ("de-von-der-leyen", "Von der Leyen warnt vor neuen Zöllen"),
    ("key-points-prose", "Key points of the plan were agreed on Tuesday."),
    ("de-wichtigste-prose", "Das Wichtigste in Kürze: Der Hafen bekommt zwei neue Kräne."),
    ("interview-speaker-mira", "Mira: I was at the harbour when the wall came down."),
    ("video-prose", "Video footage of the collapse was shared thousands of times."),
    ("deli-subheading", "Deli"),
    ("fi-jaa-prose", "Jaa tämä juttu ystävillesi, kehotti pormestari."),
    ("start-the-day-prose", "Start the day with a glass of water, the doctor advised."),
    ("newsletter-editor-prose", "Our newsletter editor, Jane Roe, won the award for the third year."),
    ("print-this-prose", "Print this page was the only instruction on the form, he said."),
    ("journalists-prose", "Journalists were kept out of the courtroom for the whole hearing."),
    ("anchor-prose", "The anchor of the evening news, Lisa Wong, read the statement."),
    ("meteorologist-prose", "Chief meteorologist Carla Benedetti expects a foot of snow by Sunday."),
]


@pytest.mark.parametrize("line", [b[1] for b in BODY], ids=[b[0] for b in BODY])
def test_body_lines_that_share_words_with_residue_stay(line: str) -> None:
    article = clean(line)
    assert article.body == (LEAD, line, MORE)
    assert article.removed == ()


@pytest.mark.parametrize(
    ("lines", "removed"),
    [
        pytest.param(["By", "Jane Roe"], ["By", "Jane Roe"], id="en-by-then-name"),
        pytest.param(["Von", "Annelies de Vries"], ["Von", "Annelies de Vries"], id="de-von-then-name"),
        pytest.param(["By", "the end of the year, prices had doubled."], [], id="by-then-sentence"),
    ],
)
def test_byline_split_over_two_lines(lines: list[str], removed: list[str]) -> None:
    article = newsclean.clean_text("\n".join((LEAD, *lines, MORE)), title=TITLE)
    assert [r.text for r in article.removed] == removed
