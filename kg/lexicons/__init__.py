"""Data files: lexicons and patterns (general knowledge; no names taken from any particular document)."""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources
from re import _constants, _parser  # the parsed form of a pattern, for compiled()


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
def data(name: str) -> dict:
    """A JSON data file of this folder, read once per process."""
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"), object_pairs_hook=unique_keys)


def unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object whose keys are all different: json keeps the last of two equal keys silently, and two
    edits of one file each adding a key once left one of them dead."""
    repeated = sorted(key for key, count in Counter(key for key, _ in pairs).items() if count > 1)
    if repeated:
        raise ValueError(f"a lexicon repeats the keys {', '.join(repeated)}")
    return dict(pairs)


def patterns() -> dict:
    """Suffixes, cue words and patterns of the recognisers (patterns.json)."""
    return data("patterns.json")


@cache
def longest_first(kind: str) -> tuple[str, ...]:
    """The entries of a patterns list, longest first (so that 自治县 is tried before 县)."""
    return tuple(sorted(patterns()[kind], key=len, reverse=True))


@cache
def _suffix_pattern(kind: str) -> re.Pattern:
    # One regular expression instead of a loop over the list: this runs for every word of every sentence.
    return re.compile("(?:" + "|".join(map(re.escape, longest_first(kind))) + r")\Z")


@cache
def alternation(kind: str) -> re.Pattern:
    """A regular expression matching any entry of the patterns list `kind`, the longest first."""
    return re.compile("|".join(map(re.escape, longest_first(kind))))


def prefix_at(text: str, position: int, kind: str) -> str:
    """The longest entry of the patterns list `kind` that starts at text[position], or ""."""
    m = alternation(kind).match(text, position)
    return m.group() if m else ""


def entries_at(text: str, position: int, kind: str) -> list[str]:
    """Every entry of the patterns list `kind` that starts at text[position], the longest first."""
    candidates = _by_first_character(kind).get(text[position:position + 1], ())
    return [entry for entry in candidates if text.startswith(entry, position)]


@cache
def _by_first_character(kind: str) -> dict[str, tuple[str, ...]]:
    # Only the entries that open with the character at hand are tried: this runs for most phrases found.
    index: dict[str, list[str]] = {}
    for entry in longest_first(kind):
        index.setdefault(entry[:1], []).append(entry)
    return {first: tuple(entries) for first, entries in index.items()}


@cache
def compiled(kind: str) -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """The regular expressions of the patterns list `kind`, compiled once, each with the characters every match
    needs in the text: a text that lacks one of them is not scanned (most sentences match none of a list)."""
    return tuple((re.compile(pattern), _needed_by(pattern)) for pattern in patterns()[kind])


def _needed_by(pattern: str) -> frozenset[str]:
    parsed = _parser.parse(pattern)
    return frozenset() if parsed.state.flags & re.IGNORECASE else _needed_characters(parsed)


def _needed_characters(sequence: _parser.SubPattern) -> frozenset[str]:
    """The literal characters that any match of the parsed expression holds or looks at (inside lookarounds),
    whichever branch it takes; optional parts, character classes and negative lookarounds need nothing."""
    needed: set[str] = set()
    for op, arg in sequence:
        if op is _constants.LITERAL:
            needed.add(chr(arg))
        elif op is _constants.SUBPATTERN and not arg[1] & re.IGNORECASE:  # (group, added flags, removed, body)
            needed |= _needed_characters(arg[3])
        elif op is _constants.ASSERT:  # (direction, body)
            needed |= _needed_characters(arg[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and arg[0] >= 1:
            needed |= _needed_characters(arg[2])  # (least, most, body)
        elif op is _constants.ATOMIC_GROUP:
            needed |= _needed_characters(arg)
        elif op is _constants.BRANCH:  # (None, branches): only what every branch needs
            needed |= frozenset.intersection(*(_needed_characters(branch) for branch in arg[1]))
    return frozenset(needed)


@cache
def set_of(kind: str) -> frozenset[str]:
    """The patterns list `kind` as a set, built once (the recognisers test words and tags against these lists
    for every sentence)."""
    return frozenset(patterns()[kind])


@cache
def last_characters(kind: str) -> frozenset[str]:
    """The characters that end an entry of the patterns list `kind`."""
    return frozenset(entry[-1] for entry in patterns()[kind])


def suffix_of(text: str, kind: str) -> str:
    """The longest entry of the patterns list `kind` that `text` ends with, or ""."""
    m = _suffix_pattern(kind).search(text)
    return m.group() if m else ""


@cache
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """Tab-separated pairs of a .tsv lexicon, longest first entry first."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")[:2]) for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


@cache
def _clause_break() -> re.Pattern:
    # One character class instead of a find per break: these run several times for every sentence.
    return re.compile(f"[{re.escape(patterns()['clause_breaks'])}]")


@cache
def _through_last_clause_break() -> re.Pattern:
    return re.compile(f"(?s:.*){_clause_break().pattern}")


def clause_start(text: str, i: int) -> int:
    """Where the clause holding offset i starts: after the last clause break (patterns.json) before it."""
    m = _through_last_clause_break().match(text, 0, _offset(text, i))
    return m.end() if m else 0


def clause_end(text: str, i: int) -> int:
    """Where the clause holding offset i ends: at the first clause break from i on."""
    m = _clause_break().search(text, _offset(text, i))
    return m.start() if m else len(text)


def _offset(text: str, i: int) -> int:
    """i as a slice bound reads it (-1: before the last character), as str.find and str.rfind do."""
    return max(0, len(text) + i) if i < 0 else i


def in_one_clause(text: str) -> bool:
    return _clause_break().search(text) is None


def opens_ordinary_word(name: str) -> bool:
    """区域职业教育集团, 市场监管局, 市民服务中心: a name whose level word opens an ordinary word (区域, 市场, 市民) is no
    body named by a level word; but 市民政局, 市民宗局 are the city's departments (level_word_exception_bodies)."""
    return name.startswith(tuple(patterns()["level_word_exceptions"])) \
        and not name.startswith(tuple(patterns()["level_word_exception_bodies"]))
