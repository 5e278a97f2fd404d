"""Cue words of the relation rules, from kg/lexicons/relations.json, and the small text helpers every rule uses."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Span

from .. import lexicons


def cues() -> dict:
    return lexicons.data("relations.json")


@cache
def cue_pattern(family: str, name: str) -> re.Pattern:
    """The compiled regular expression `name` of a family of rules' cues (relations.json: documents, programs …)."""
    return re.compile(cues()[family][name])


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, longest_first(words)))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of the words, longest first (so 联合印发 wins over 印发)."""
    return _alternation(tuple(words))


def chain(spans: Sequence[Span], first: int, text: str, joiners: Iterable[str]) -> list[Span]:
    """spans[first] and the spans right after it joined by one of `joiners` (舟山市和淳安县、龙游县)."""
    allowed = set(joiners)
    found = [spans[first]]
    for span in spans[first + 1:]:
        if text[found[-1].end_char:span.start_char] not in allowed:
            break
        found.append(span)
    return found


def chain_before(spans: Sequence[Span], last: int, text: str, joiners: Iterable[str]) -> list[Span]:
    """spans[last] and the spans right before it joined by one of `joiners`, in text order."""
    allowed = set(joiners)
    found = [spans[last]]
    for span in reversed(spans[:last]):
        if text[span.end_char:found[0].start_char] not in allowed:
            break
        found.insert(0, span)
    return found


def passive_agent(text: str, at: int) -> bool:
    """又被农业农村部列入…: a body right after 被 is the agent of a passive; the clause's subject is still the
    one before it."""
    return text[:at].endswith("被")
