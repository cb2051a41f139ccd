"""Check an Article against the hand-written intent of a case.toml.

Intent is what a correct cleaner must do, written by a person; unlike the golden it is never
regenerated, so a cleaner change that breaks it fails even after ``update``::

    >>> from newsclean import Article
    >>> from newsclean.testing.case import Intent
    >>> article = Article(title="Storm closes schools", body=("Schools closed. Photo: AP",))
    >>> check_intent({"body": Intent(must_not_contain=("Photo: AP",))}, article)
    ["body must not contain 'Photo: AP' (it is in body paragraph 1)"]
"""

from __future__ import annotations

from collections.abc import Mapping

from newsclean.article import Article
from newsclean.testing.case import Intent

_SEP = "\n\n"


def field_texts(article: Article, name: str) -> list[str]:
    """The strings of one field that intent is checked against (caption texts, removed lines ...)."""
    if name == "title":
        return [article.title] if article.title is not None else []
    if name == "body":
        return list(article.body)
    if name == "captions":
        return [c.text for c in article.captions]
    if name == "credits":
        return list(article.credits)
    if name == "removed":
        return [r.text for r in article.removed]
    raise ValueError(f"no intent field {name!r}")


def locate(article: Article, needle: str) -> str:
    """Where ``needle`` is in the article, for messages: "in body paragraph 2", "in captions", "nowhere"."""
    for i, para in enumerate(article.body):
        if needle in para:
            return f"in body paragraph {i + 1}"
    for name in ("title", "captions", "credits", "removed"):
        if any(needle in t for t in field_texts(article, name)):
            return f"in {name}"
    return "nowhere"


def check_intent(intent: Mapping[str, Intent], article: Article) -> list[str]:
    """Each broken expectation as one sentence; an empty list when the article meets them all."""
    problems: list[str] = []
    for name, want in intent.items():
        texts = field_texts(article, name)
        joined = _SEP.join(texts)
        for needle in want.must_contain:
            if needle not in joined:
                problems.append(f"{name} must contain {needle!r} (it is {locate(article, needle)})")
        for needle in want.must_not_contain:
            if needle in joined:
                problems.append(f"{name} must not contain {needle!r} (it is {locate(article, needle)})")
        if want.count is not None and len(texts) != want.count:
            problems.append(f"{name} must hold {want.count} item(s), holds {len(texts)}")
    return problems
