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
    last = first
    while last + 1 < len(spans) and joined(spans, last, text, allowed):
        last += 1
    return list(spans[first:last + 1])


def chain_before(spans: Sequence[Span], last: int, text: str, joiners: Iterable[str]) -> list[Span]:
    """spans[last] and the spans right before it joined by one of `joiners`, in text order."""
    allowed = set(joiners)
    first = last
    while first > 0 and joined(spans, first - 1, text, allowed):
        first -= 1
    return list(spans[first:last + 1])


def joined(spans: Sequence[Span], k: int, text: str, allowed: set[str]) -> bool:
    """Whether spans[k] and spans[k + 1] are two items of one list."""
    gap = text[spans[k].end_char:spans[k + 1].start_char]
    return gap in allowed or gap == "，" and "、" in allowed and city_groups_meet(spans, k, text)


def city_groups_meet(spans: Sequence[Span], k: int, text: str) -> bool:
    """确定赣州市信丰县、寻乌县，吉安市吉水县、永丰县等15个县为…: a notice lists counties grouped under their cities,
    and a comma closes one city's group. It does so here when the places on both sides of the comma open with a
    city written right before its first county (a comma between two such groups joins them; one between two
    clauses seldom stands between two such chains)."""
    def opens_chain(j: int) -> bool:
        return j + 1 < len(spans) and all(s.label_ == "Place" for s in spans[j:j + 2]) \
            and text[spans[j].end_char:spans[j + 1].start_char] == ""
    group = k
    while group > 0 and spans[group - 1].label_ == "Place" \
            and text[spans[group - 1].end_char:spans[group].start_char] in ("、", ""):
        group -= 1
    return group < k and opens_chain(group) and opens_chain(k + 1)


def passive_agent(text: str, at: int) -> bool:
    """又被农业农村部列入…: a body right after 被 is the agent of a passive; the clause's subject is still the
    one before it."""
    return text[:at].endswith("被")
