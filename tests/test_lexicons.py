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
