"""The lexicons are data files; a key written twice in one would leave one of its values dead."""
from __future__ import annotations

import json

import pytest

from kg import lexicons


def test_a_repeated_key_is_refused():
    with pytest.raises(ValueError, match="repeats the keys a"):
        json.loads('{"a": [1], "b": 2, "a": [3]}', object_pairs_hook=lexicons.unique_keys)


@pytest.mark.parametrize("name", ["patterns.json", "relations.json"])
def test_every_lexicon_has_each_key_once(name):
    assert lexicons.data(name)


@pytest.mark.parametrize("text, i, start, end", [
    ("县里实施A，在B镇开展C。", 8, 6, 12),  # inside the second clause
    ("县里实施A，在B镇开展C。", 2, 0, 5),  # inside the first
    ("县里实施A，在B镇开展C。", 6, 6, 12),  # at a clause's first character
    ("县里实施A，在B镇开展C。", -1, 6, 12),  # -1 reads as str.rfind and str.find read it: before the last character
    ("没有标点", 2, 0, 4),
])
def test_clause_bounds(text, i, start, end):
    assert (lexicons.clause_start(text, i), lexicons.clause_end(text, i)) == (start, end)


def test_in_one_clause():
    assert lexicons.in_one_clause("在B镇开展C") and not lexicons.in_one_clause("实施A，开展C")


def test_entries_at_gives_every_entry_starting_there_longest_first():
    text = "第二批全省乡村振兴示范村"
    assert lexicons.entries_at(text, 3, "phrase_stop_prefixes") == ["全省"]
    assert lexicons.entries_at("全省首批示范村", 0, "phrase_stop_prefixes") == ["全省首批", "全省"]
    assert lexicons.entries_at(text, 5, "phrase_stop_prefixes") == []
    assert lexicons.entries_at(text, len(text), "phrase_stop_prefixes") == []
