"""Data files: lexicons and patterns (general knowledge; no names taken from any particular document)."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """Whitespace-separated entries of a text lexicon, without comment lines."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    words: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return tuple(dict.fromkeys(words))  # unique, in file order


@cache
def patterns() -> dict:
    return json.loads(resources.files(__name__).joinpath("patterns.json").read_text(encoding="utf-8"))
