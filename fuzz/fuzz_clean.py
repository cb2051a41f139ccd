"""Fuzz newsclean's front doors with atheris (libFuzzer for Python).

Every input must give an Article that passes the checks below, or a ``NewscleanError``; any other
exception, a hang (``-timeout``) or a memory blow-up (``-rss_limit_mb``) is a finding. See README.md
for the bounded run used in CI-like checks and how to replay a crash.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    import newsclean
    from newsclean.article import Article
    from newsclean.errors import NewscleanError

    # newsclean imports some rooms lazily, on first use: import them here so they are instrumented.
    for _room in ("newsclean.api", "newsclean.pipeline", "newsclean.decode", "newsclean.text", "newsclean.html"):
        _module = importlib.import_module(_room)
        for _info in pkgutil.walk_packages(getattr(_module, "__path__", []), f"{_room}."):
            importlib.import_module(_info.name)

_DOORS = ("clean-bytes", "clean-str", "clean_text-bytes", "clean_html-str", "clean_text-titled")


def check(article: Article) -> None:
    """What every Article must satisfy, whatever the input."""
    # No lone surrogate may survive: the Article must be writable as UTF-8 JSON and round-trip.
    encoded = article.to_json().encode("utf-8")
    if Article.from_json(encoded.decode("utf-8")) != article:
        raise AssertionError("Article does not round-trip through JSON")
    for paragraph in article.body:
        if not paragraph or paragraph != paragraph.strip():
            raise AssertionError(f"empty or unstripped body paragraph: {paragraph!r}")
    for removal in article.removed:
        if removal.kind not in newsclean.REMOVAL_KINDS or not removal.rule or not removal.reason:
            raise AssertionError(f"removal without kind, rule or reason: {removal!r}")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    door = _DOORS[fdp.ConsumeIntInRange(0, len(_DOORS) - 1)]
    try:
        if door == "clean-bytes":
            article = newsclean.clean(fdp.ConsumeBytes(fdp.remaining_bytes()))
        elif door == "clean-str":
            article = newsclean.clean(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
        elif door == "clean_text-bytes":
            article = newsclean.clean_text(fdp.ConsumeBytes(fdp.remaining_bytes()))
        elif door == "clean_html-str":
            article = newsclean.clean_html(fdp.ConsumeUnicode(fdp.remaining_bytes()))
        else:
            title = fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 80))
            article = newsclean.clean_text(fdp.ConsumeUnicode(fdp.remaining_bytes()), title=title)
    except NewscleanError:
        return
    check(article)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
