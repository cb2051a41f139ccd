"""Residue, credits and captions in the languages and agency styles of held-out pages.

Each table pairs lines the rules must catch with hard negatives: body sentences in the same language
that share words or shapes with them. All texts are invented, in the style of wire and publisher pages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import markers
from newsclean.document import Document, Role
from newsclean.text import caption_layouts
from newsclean.text.captions import PICTURE_NOTE, REPORTING_VERB, WIRE_DATELINE, caption_score, reports_speech
from newsclean.text.patterns import CHROME_LINE, trim

# Paragraphs around a line under test, so that it sits inside an article as on a page.
BEFORE = "Der Stadtrat hat am Dienstag über den neuen Hafenplan beraten und ihn mit großer Mehrheit gebilligt."
AFTER = "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit."


def _roles(lines: list[str]) -> list[str]:
    doc = newsclean.default_pipeline().run(Document.from_text("\n".join([BEFORE, *lines, AFTER])))
    return [line.role.value for line in doc.lines[1:-1]]


# --------------------------------------------------------------------------- page chrome

CHROME = [
    "Läs också",
    "Les også",
    "Læs også",
    "Dela artikeln",
    "Del artikel",
    "Haberi paylaş",
    "İlgili Haberler",
    "Seguí leyendo",
    "Relacionados",
    "Ultima ora",
    "分享到：",
    "【纠错】",
    "责任编辑：周敏",
    "来源：新华社",
    "Redazione ANSA",
    "Riproduzione riservata © Copyright ANSA",
    "© dpa-infocom, dpa:261127-99-041233/4",
    "Fehler gefunden? Jetzt melden.",
    "opens new tab",
    "Startseite › Panorama › Tiere",
    "Inicio > Economía > Vivienda",
    "Autor: Anna Wiśniewska",
    "Av Karin Berg",
    "Publicerad 27 november 2026 kl 10.12",
    "Publisert: 27.11.2026 kl. 07:44",
    "Publiziert heute um 11:02 Uhr",
    "Le 25 novembre 2026 à 18:04",
    "26 de noviembre de 2026",
    "27 novembre 202613:45",
    "26 novembre 2026 (modifica 14:20)",
    "27 ноября 2026, 08:14",
    "26. nov. 2026 kl. 13:05",
    "wo 26 nov 2026 om 09:31",
    "2026年11月27日 10時15分",
    "26/11/2026 20h03 Atualizado há 2 horas",
    "November 27, 20268:05 AM UTCUpdated 2 hours ago",
    "Selin Aksoy | 27.11.2026 - Güncelleme : 27.11.2026",
    "Valencia, 26 nov (EFE).-",
    "MADRID, 27 Nov. (EUROPA PRESS) -",
    "3 Min. Lesezeit",
    "Temps de lecture : 2 min",
    "Archivado en:",
    "Подписывайтесь на Harbour News в Telegram",
    "Copyright 2026 The Harbour Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without permission.",
]

# Body lines of the same languages that share a word or a shape with the chrome above.
BODY = [
    "Läs också vad experterna säger om räntan, skrev tidningen i sin ledare.",
    "Del av pengarna går till skolorna i kommunen.",
    "Dela inte lösenordet med någon, uppmanar polisen.",
    "İlgili haberler nedeniyle bakanlık açıklama yaptı.",
    "Relacionados con el caso, tres empresarios fueron detenidos el martes.",
    "Ultima ora per il decreto: il governo cerca un accordo.",
    "Redazione e tipografia del giornale chiuderanno a fine anno.",
    "Publicerad statistik visar att arbetslösheten sjönk i oktober.",
    "Le 25 novembre 2026 à 18:04, le train est entré en gare avec deux heures de retard.",
    "Il 27 novembre 2026 il Senato ha approvato la legge di bilancio.",
    "Startseite der Stadt bleibt wegen eines Hackerangriffs offline.",
    "Autor książki odebrał nagrodę w Krakowie.",
    "Av de 400 ansatte mister 60 jobben.",
    "Madrid, Barcelona y Valencia concentran la mitad del empleo.",
    "Updated figures show unemployment falling in the region.",
    "Published reports say the harbour master resigned.",
]


@pytest.mark.parametrize("text", CHROME)
def test_chrome_line_is_a_marker(text: str) -> None:
    assert CHROME_LINE.fullmatch(trim(text)) is not None


@pytest.mark.parametrize("text", BODY)
def test_body_line_is_no_marker(text: str) -> None:
    assert CHROME_LINE.fullmatch(trim(text)) is None
    assert _roles([text]) == ["body"]


# --------------------------------------------------------------------------- caption cues


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("Снегопад в Москве. Архивное фото", True),
        ("De dijk bij Lelystad. Archiefbeeld", True),
        ("Snöröjning i Kiruna. Arkivbild", True),
        ("Il passo Pordoi, foto di repertorio", True),
        ("Un vigneron en Bourgogne. (Photo d'illustration)", True),
        ("那覇市内の街路樹（資料写真）", True),
        # hard negatives: the words inside a sentence about archives or illustrations
        ("Архивное дело передали в суд в понедельник.", False),
        ("Het archief van de stad verhuist naar Zwolle.", False),
        ("Illustrationen im Buch stammen von der Autorin.", False),
    ],
)
def test_picture_notes(text: str, notes: bool) -> None:
    assert (PICTURE_NOTE.search(text) is not None) is notes


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("Un sismo sacudió Oaxaca, informó el Servicio Sismológico Nacional.", True),
        ("O instituto estima uma quebra de 15%, anunciou hoje a instituição.", True),
        ("La récolte devrait reculer de 12 %, selon le ministère.", True),
        ("Движение перекрыто, сообщили в информационном центре.", True),
        ("Inflacja spadła do 3,1 proc. – podał GUS.", True),
        ("Det meddelade finansministern på torsdagen.", True),
        ("Kurul, düşüş eğiliminin sürdüğünü açıkladı.", True),
        # captions: who is shown, where, when; no one reports anything
        ("Un vigneron dans les vignes de Meursault, en septembre.", False),
        ("Il secondo tempo della partita allo stadio Olimpico.", False),
        ("Bomberos combaten las llamas en la sierra, este jueves.", False),
        ("Fietsen in de stalling onder station Utrecht Centraal.", False),
    ],
)
def test_reporting_verbs(text: str, speech: bool) -> None:
    assert reports_speech(text) is speech
    if speech:
        assert REPORTING_VERB.search(text) is not None


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        ("Hamburg (dpa) - Ein Warnstreik hat am Mittwoch den Hafen lahmgelegt.", True),
        ("Potsdam (dpa/bb) - In Brandenburg leben mehr Wölfe als je zuvor.", True),
        ("MINNEAPOLIS (AP) — A winter storm knocked out power to thousands.", True),
        ("LONDON, Nov 27 (Reuters) - Oil prices were little changed on Thursday.", True),
        ("(ANSA) - ROMA, 27 NOV - Il Senato ha approvato la legge di bilancio.", True),
        ("МОСКВА, 27 ноября. /ТАСС/. Движение по мосту перекрыто.", True),
        ("新华社北京11月27日电 一条新的高速铁路今天开通运营。", True),
        # captions and body lines with brackets or capitals that are no dateline
        ("Jane Roe (left) and Jim Poe at the harbour in Hamburg.", False),
        ("Die Grünen (im Bild ihre Vorsitzende) legten zu.", False),
        ("NATO (Nordatlantikpakt) berät über den Haushalt.", False),
    ],
)
def test_wire_dateline_marks_the_lede(text: str, lede: bool) -> None:
    assert (WIRE_DATELINE.match(text) is not None) is lede
    if lede:
        assert caption_score(text) < 0


# --------------------------------------------------------------------------- credits found by captions


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("© Nicolas ROE / AFP/Archives", True),
        ("© Иван Петров/ТАСС", True),
        ("© РИА Новости / Алексей Майоров", True),
        ("© Anna van der Berg/ANP", True),
        # footers and captions that open with the sign
        ("© 2026 Harbour Media", False),
        ("© Harbour Media Group. All rights reserved", False),
        ("© Jane Roe of Harbour Town The quay at dusk", False),
        ("© Harbour Press", False),  # no slash: split_credits' shapes decide
    ],
)
def test_copyright_credits(text: str, credit: bool) -> None:
    doc = Document.from_text(f"{BEFORE}\n{text}\n{AFTER}")
    caption_layouts.copyright_credits(doc)
    assert (doc.lines[1].role is Role.CREDIT) is credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Kay Roe/dpa", True),
        ("Jan Poe/dpa-Zentralbild/dpa", True),
        ("Anna Berg / TT", True),
        ("Lise Haugen/NTB", True),
        # slashes between places, parties or years
        ("Frankfurt/Main", False),
        ("Köln/Bonn", False),
        ("CDU/CSU", False),
        ("Saison 2025/26", False),
        ("Weiter/Zurück", False),
    ],
)
def test_agency_credits(text: str, credit: bool) -> None:
    doc = Document.from_text(f"{BEFORE}\n{text}\n{AFTER}")
    caption_layouts.agency_credits(doc)
    assert (doc.lines[1].role is Role.CREDIT) is credit


def test_credit_beside_a_wire_lede_takes_no_caption() -> None:
    lede = "Potsdam (dpa/bb) - In Brandenburg sind so viele Wolfsrudel nachgewiesen worden wie nie zuvor."
    doc = newsclean.default_pipeline().run(Document.from_text(f"{lede}\nKay Roe/dpa\n{AFTER}"))
    assert [line.role.value for line in doc.lines] == ["body", "credit", "body"]


def test_new_markers_carry_examples_that_match() -> None:
    for table, compiled, anchored in (
        (markers.PICTURE_NOTES, PICTURE_NOTE, False),
        (markers.REPORTING_VERBS, REPORTING_VERB, False),
        (markers.WIRE_DATELINES, WIRE_DATELINE, True),
    ):
        for marker in table:
            assert (compiled.match if anchored else compiled.search)(marker.example), marker.example


# --------------------------------------------------------------------------- the invented corpus

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _well_formed(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        assert d["input_text"] == "\n".join(line["text"] for line in d["lines"])
        assert {line["label"] for line in d["lines"]} <= {"title", "body", "caption", "credit", "ad", "other"}
        for line in d["lines"]:
            assert line.get("credit") is None or line["credit"] in line["text"]
        if d["gold_title"] is not None:
            assert d["lines"][d["headline_line"]]["text"] == d["gold_title"]


def test_invented_corpus_is_built_from_its_source_and_well_formed() -> None:
    path = DATA / "invented-multilingual.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(docs) >= 40
    assert len({d["lang"] for d in docs}) >= 12
    _well_formed(docs)


def test_fresh_invented_corpus_is_well_formed() -> None:
    path = DATA / "invented-fresh.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 16
    assert {d["lang"] for d in docs} == {"de", "en", "es", "fr", "pl"}
    _well_formed(docs)


def _build_invented() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_invented", DATA.parent / "build_invented.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_invented_corpus_jsonl_matches_its_source() -> None:
    assert _build_invented().main(["--check"]) == 0


# Every hand-written set (the blind held-out ones too) must be rebuilt from its source, and well formed.
SOURCES = sorted(DATA.glob("invented-*.txt"))


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_every_invented_set_matches_its_source_and_is_well_formed(source: Path) -> None:
    target = source.with_suffix(".jsonl")
    assert _build_invented().main(["--source", str(source), "--target", str(target), "--check"]) == 0
    docs = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert docs
    _well_formed(docs)
