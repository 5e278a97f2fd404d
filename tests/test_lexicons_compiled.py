"""lexicons.compiled: each pattern of a list compiled once, with the characters every match needs, so that a
text lacking one is not scanned; the prefilter must never skip a text the pattern matches."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import lexicons
from kg.lexicons import _needed_by


@pytest.mark.parametrize("pattern, needed", [
    ("(?:纳入|列入|入选)X?(?=由[^，]{2,4}?部署)", "入由部署"),  # what every branch needs; a lookahead's literals
    ("(?<=[县区])(?!改革)a{0,2}b+(?:c|d)", "b"),  # classes, negative lookarounds, optional parts need nothing
    ("(?i)ab", ""),  # a letter may match in either case
])
def test_needed_characters(pattern, needed):
    assert _needed_by(pattern) == frozenset(needed)


@pytest.mark.parametrize("kind", ["program_patterns", "program_word_patterns", "level_designation_patterns",
                                  "founded_showcase_patterns", "policy_patterns"])
def test_no_text_a_pattern_matches_is_skipped(kind):
    texts = [line for path in sorted(Path(__file__).parent.joinpath("data").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    for pattern, needed in lexicons.compiled(kind):
        assert all(needed <= set(text) for text in texts if pattern.search(text)), pattern.pattern
