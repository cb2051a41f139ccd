"""Every marker's example matches its own compiled list; hard negatives match none of them."""

from __future__ import annotations

import pytest
import regex

from newsclean import markers
from newsclean.markers import Marker
from newsclean.text import patterns
from newsclean.text.patterns import trim

# (list name, markers, compiled whole-line pattern, how the cleaner matches it)
WHOLE_LINE = [
    ("AD_LINES", markers.AD_LINES, patterns.AD_LINE),
    ("TEASER_LINES", markers.TEASER_LINES, patterns.TEASER_LINE),
    ("LIST_HEADINGS", markers.LIST_HEADINGS, patterns.LIST_HEADING),
    ("BOILERPLATE_LINES", markers.BOILERPLATE_LINES, patterns.BOILERPLATE_LINE),
    ("MEDIA_LINES", markers.MEDIA_LINES, patterns.MEDIA_LINE),
    ("BYLINE_LINES", markers.BYLINE_LINES, patterns.BYLINE_LINE),
    ("OBITUARY_CHROME", markers.OBITUARY_CHROME, patterns.BOILERPLATE_LINE),
    ("CONTACT_LINES", markers.CONTACT_LINES, patterns.CONTACT_DISPATCH.full),
    ("AUTHOR_BOX_HEADINGS", markers.AUTHOR_BOX_HEADINGS, patterns.BOILERPLATE_LINE),
]


def _cases() -> list[tuple[str, Marker, regex.Pattern[str]]]:
    return [
        (f"{name}[{i}]", marker, compiled) for name, table, compiled in WHOLE_LINE for i, marker in enumerate(table)
    ]


@pytest.mark.parametrize(("marker", "compiled"), [c[1:] for c in _cases()], ids=[c[0] for c in _cases()])
def test_example_matches_its_own_marker_and_the_compiled_list(marker: Marker, compiled: regex.Pattern[str]) -> None:
    assert regex.fullmatch(marker.pattern, trim(marker.example), regex.IGNORECASE), marker.example
    assert compiled.fullmatch(trim(marker.example)), marker.example


@pytest.mark.parametrize("marker", markers.TEASER_PREFIXES, ids=lambda m: m.example[:30])
def test_teaser_prefix_example_starts_with_its_marker(marker: Marker) -> None:
    m = patterns.TEASER_PREFIX.match(marker.example)
    assert m is not None and m.end() < len(marker.example)


@pytest.mark.parametrize("marker", (*markers.CAPTION_PREFIXES, *markers.CAPTION_LABELS), ids=lambda m: m.example[:30])
def test_caption_prefix_example_starts_with_its_marker(marker: Marker) -> None:
    assert patterns.CAPTION_PREFIX.match(marker.example)


@pytest.mark.parametrize("marker", markers.CAPTION_LABELS, ids=lambda m: m.example[:30])
def test_caption_label_is_a_label_and_leaves_text_after_it(marker: Marker) -> None:
    m = patterns.CAPTION_LABEL.match(marker.example)
    assert m is not None and marker.example[m.end() :].strip()


def test_sentence_starts_are_not_labels() -> None:
    assert patterns.CAPTION_LABEL.match("FILE PHOTO: A man walks past the bank.") is None
    assert patterns.CAPTION_LABEL.match("In this undated photo, soldiers march.") is None


# Body sentences and headings that share words with the markers but are not page residue.
NEGATIVES = [
    "The advertisement campaign drew complaints from parents.",
    "Anzeige gegen den Bürgermeister erstattet",
    "Publicidad engañosa: la autoridad multa a tres empresas",
    "Reklama wyborcza kosztowała komitety miliony złotych.",
    "Share prices fell sharply on Tuesday.",
    "Comments by the minister angered the opposition.",
    "Related parties must disclose their holdings.",
    "Follow the money",
    "Más de 30 heridos en el incendio de Valencia",
    "Themen wie Klima und Energie bestimmen den Wahlkampf.",
    "Newsletters from the council will no longer be printed on paper.",
    "By the end of the year, prices had doubled.",
    "Video footage showed the driver leaving the scene.",
    "Image rights remain a problem for the club.",
    "Popular anger grew after the vote.",
    "Latest figures show unemployment falling in the region.",
    "Tags on the animals let researchers follow their migration.",
    "Caption contests were banned at the school.",
    "Il y a trois ans, la ville a fermé la piscine.",
    "3 hours of talks ended without a deal",
    "Newsletter sales rose sharply last year, the company said.",
    "Bookmarks and folders are synced across devices.",
    "Schlagworte wie Freiheit und Gerechtigkeit prägen den Wahlkampf.",
    "Lecture halls stayed closed for a week.",
    "eggs and ham",
    "salt and pepper",
    "Join the club, the mayor told reporters.",
    "Masz rację, powiedział minister.",
    "Por la mañana, la policía cortó la carretera.",
    "Tiempo de espera: 3 horas en urgencias",
    "JavaScript is required knowledge for the course, the university said.",
    "Para participar en el sorteo, los vecinos deben inscribirse antes del viernes.",
    "Pour réagir à la crise, le gouvernement a convoqué les syndicats lundi.",
    "Haben Sie einen Tipp, wie man Strom spart? fragte die Moderatorin.",
    "Sales of the newsletter fell after readers stopped paying to subscribe.",
    "I would like to receive updates from the police every day, the mother said.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_body_sentences_match_no_whole_line_marker(text: str) -> None:
    label = trim(text)
    hits = [name for name, _, compiled in WHOLE_LINE if compiled.fullmatch(label)]
    assert hits == []


def test_agency_names_are_also_matched_when_shouted() -> None:
    assert patterns.CREDIT_LINE.fullmatch("Patrick Semansky, ASSOCIATED PRESS")
    assert patterns.AGENCY_ONLY.fullmatch("GETTY IMAGES")
    # two- and three-letter agencies stay case-sensitive: "ap" is not "AP"
    assert patterns.AGENCY_ONLY.fullmatch("ap") is None


# Page chrome by class, in several languages: each line must be taken whole, as the kind given
# ("ad" by AD_LINE; the others by CHROME_LINE's named group, the first kind that matches).
CHROME_MUST_GO = [
    # related and "more from" headings
    ("Mehr aus Oberwiesental", "teaser"),
    ("Mehr aus dem Landkreis Harburg", "teaser"),
    ("Toute l'actualité de Saint-Malo", "teaser"),
    ("Más de Castellón", "teaser"),
    ("Więcej z Gdańska", "teaser"),
    ("Meer uit Utrecht", "teaser"),
    ("Ähnliche Artikel", "teaser"),
    ("Articoli simili", "teaser"),
    ("Weitere Ratgeber zum Thema Garten", "teaser"),
    ("Alle Spiele des 3. Spieltags", "teaser"),
    ("Lire la suite", "teaser"),
    # share, follow and newsletter prompts
    ("Teile diesen Artikel:", "boilerplate"),
    ("Comparte esta noticia", "boilerplate"),
    ("Pin it!", "boilerplate"),
    ("Obserwuj nas na Instagramie!", "boilerplate"),
    ("Stay up to date with our local news!", "boilerplate"),
    ("Get the best local stories sent straight to your inbox every Friday.", "boilerplate"),
    ("Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.", "boilerplate"),
    ("Newsletter Le Réveil du Morbihan", "boilerplate"),
    # comment threads and forms
    ("7 Gedanken zu „Herbst im Schrebergarten“", "boilerplate"),
    ("12 comments on “Our first winter in the van”", "boilerplate"),
    ("Antworten", "boilerplate"),
    ("Répondre", "boilerplate"),
    ("Schreibe einen Kommentar", "boilerplate"),
    ("Deja una respuesta", "boilerplate"),
    ("Name *", "boilerplate"),
    ("Commentaire *", "boilerplate"),
    ("Kommentar abschicken", "boilerplate"),
    ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "boilerplate"),
    ("Zum Forum (42 Postings)", "boilerplate"),
    ("Jetzt mitdiskutieren", "boilerplate"),
    # timestamps, bylines and reading times
    ("02.03.2026 · 18:40 Uhr", "byline"),
    ("Dienstag, 03.03.2026 | 07:05", "byline"),
    ("Le 4 mars 2026 à 9h10, modifié le 4 mars 2026 à 11h30", "byline"),
    ("14 de marzo de 2026 · 19:20", "byline"),
    ("Ein Gastbeitrag von Mira Lenz veröffentlicht am 3. März 2026", "byline"),
    ("Par Louis Garnier avec AFP", "byline"),
    ("9 Min", "byline"),
    ("Lesedauer: 5 Minuten", "byline"),
    ("4 minutos de lectura", "byline"),
    ("Autorin: Helga Brandt", "byline"),
    # press releases
    ("Pressekontakt:", "boilerplate"),
    ("Contact presse", "boilerplate"),
    ("Tel.: +43 1 234 56 78", "boilerplate"),
    ("E-Mail: presse@beispiel.example", "boilerplate"),
    ("Original-Content von: Beispiel Bau AG, übermittelt durch news aktuell", "boilerplate"),
    # consent placeholders for embeds
    ("Mit Ihrer Zustimmung wird hier ein externer Beitrag (Instagram) geladen.", "boilerplate"),
    ("Ce contenu est bloqué car vous n'avez pas donné votre consentement aux cookies.", "boilerplate"),
    ("Para ver este contenido necesitas aceptar las cookies de redes sociales.", "boilerplate"),
    ("Per visualizzare questo contenuto è necessario accettare i cookie.", "boilerplate"),
    # affiliate notes, shop buttons and paywalls
    ("* Bei den mit Stern markierten Links handelt es sich um Partnerlinks.", "boilerplate"),
    ("This article contains affiliate links, which means we may earn a small commission.", "boilerplate"),
    ("See at Walmart", "boilerplate"),
    ("Dieser Beitrag ist nur für Abonnentinnen und Abonnenten sichtbar.", "boilerplate"),
    ("Cet article est réservé aux abonnés.", "boilerplate"),
    ("6 Monate für 1 €", "boilerplate"),
    ("Danach 12,99 € pro Monat, monatlich kündbar.", "boilerplate"),
    ("Du bist bereits Abonnent? Hier einloggen", "boilerplate"),
    # broadcaster notes, wire end marks, endnotes, feedback
    ("Dieses Thema im Programm: Rundschau, 19:30 Uhr", "boilerplate"),
    ("(Schluss) mk/jh", "boilerplate"),
    ("Dieser Text ist zuerst im Magazin Werkstatt erschienen.", "boilerplate"),
    ("War dieser Beitrag hilfreich?", "boilerplate"),
    ("Was this article helpful?", "boilerplate"),
    # ad labels
    ("Weiterlesen nach der Werbung", "ad"),
    ("Werbung wegen Markennennung", "ad"),
]


def _kind(text: str) -> str | None:
    label = trim(text)
    if patterns.AD_LINE.fullmatch(label):
        return "ad"
    m = patterns.CHROME_LINE.fullmatch(label)
    return None if m is None else m.lastgroup


@pytest.mark.parametrize(("text", "kind"), CHROME_MUST_GO)
def test_page_chrome_classes_are_whole_line_markers(text: str, kind: str) -> None:
    assert _kind(text) == kind


# Body lines that start like the classes above: each must stay.
CHROME_NEAR_MISSES = [
    "Antworten auf die wichtigsten Fragen gibt es hier.",
    "Name und Adresse des Täters sind der Polizei bekannt.",
    "Mehr aus Sicherheitsgründen als aus Überzeugung stimmte der Rat zu.",
    "Mehr aus weniger machen",
    "Weitere Tests zum Thema Corona folgen im Januar.",
    "Alle Spiele des Tages fielen wegen des Regens aus.",
    "Ähnliche Beiträge hatte es schon 2019 gegeben, sagte der Sprecher.",
    "Die Kommentare sind zahlreich, die Stimmung ist aufgeheizt.",
    "3 Kommentare zur Lage der Nation hielt der Kanzler am Montag.",
    "One comment on the plan stood out, the mayor said.",
    "Telefon und Internet fielen in der Nacht stundenlang aus.",
    "Die Hotline ist unter Telefon 0800 111 222 erreichbar.",
    "Der Text erschien zuerst im Jahr 1848 und wurde später verboten, sagte der Historiker.",
    "War dieser Schritt nötig? fragte die Opposition.",
    "Bleiben Sie zu Hause, wenn Sie krank sind, rät das Gesundheitsamt.",
    "Nein. Selbst wenn beim Wechsel etwas schiefgeht, fallen Sie zurück.",
    "11 Minuten dauerte die Sitzung, dann war alles vorbei.",
    "Danach 300 Euro Bußgeld zahlen müssen Autofahrer, die zu schnell fahren.",
    "Die Sauna ist nur für Abonnenten des Schwimmbads geöffnet.",
    "Jetzt geht es um alles, sagte der Trainer.",
    "Tagged as a risk, the bank was closed by regulators.",
    "In „Faust“ geht es um einen Pakt mit dem Teufel.",
    "Plus de 300 personnes ont manifesté samedi.",
    "Toute l'actualité a été dominée par la grève cette semaine.",
    "Responder a la crisis es la prioridad del Gobierno.",
    "Mais de 200 pessoas ficaram feridas.",
    "Więcej z nas powinno głosować, mówi socjolog.",
    "Schluss mit lustig: Der Stadtrat zieht die Notbremse.",
    "Werbung für Zigaretten ist seit Jahren verboten.",
    "Dieses Thema beschäftigt die Stadt seit Jahren.",
    "Auf einen Blick wirkt die Stadt verschlafen.",
    "Get the kids to school early on Monday, the principal said.",
    "Mit Ihrer Zustimmung, Herr Präsident, möchte ich fortfahren.",
    "Externe Inhalte werden ohne Zustimmung geladen, kritisiert die Datenschutzbehörde.",
    "This content is provided by the city council and was checked by our reporters.",
    "Freitag, 28. November, ist der letzte Tag der Ausstellung.",
    "Ein Artikel von großer Bedeutung für die Region",
    "Pin the blame on the weather, he said.",
    "Join us on Saturday at the town hall for the debate.",
    "Have you noticed more spam in your inbox lately? Experts say it is rising.",
    "Already a member of the council, she ran for mayor in 2019 and won.",
    "Das Thema im Fernsehen sorgte für Empörung, sagte der Sprecher.",
    "Hier kommen Sie zur Ruhe, sagt die Wirtin.",
    "Do you have any news? she asked the doctor.",
    "Weitere Tipps von Experten",
    "Alle Ergebnisse im Überblick",
    "Dieser Artikel ist nur für Abonnenten sichtbar, kritisierte der Leser in einem Brief an die Redaktion.",
]


@pytest.mark.parametrize("text", CHROME_NEAR_MISSES)
def test_body_lines_near_the_chrome_classes_stay(text: str) -> None:
    assert _kind(text) is None
    m = patterns.TEASER_PREFIX.match(text)
    assert m is None or m.end() == len(text)
