"""Traditional Chinese: detection and a character-for-character Traditional -> Simplified map.

The map is OpenCC's character table (TSCharacters.txt, Apache-2.0) as shipped by the
`opencc-python-reimplemented` package; we read the data file only, so the mapping stays one character for one
character and offsets never move.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    to_simplified = _read_table(folder / "TSCharacters.txt")
    # Characters that have a Traditional form and are not themselves Traditional.
    simplified_only = frozenset(_read_table(folder / "STCharacters.txt")) - set(to_simplified)
    return to_simplified, simplified_only


def _read_table(path: Path) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        # Only single characters: a multi-codepoint entry would shift offsets.
        if len(source) == 1 and len(target) == 1 and source != target:
            table[source] = target
    return table


def is_traditional(text: str) -> bool:
    """More characters that exist only in Traditional than characters that exist only in Simplified."""
    to_simplified, simplified_only = _tables()
    # Most texts have no Traditional character at all, which a set of their characters shows in C.
    if set(text).isdisjoint(to_simplified):
        return False
    counts = Counter(text)  # the tables are then asked once per distinct character, not once per character
    traditional = sum(n for char, n in counts.items() if char in to_simplified)
    simplified = sum(n for char, n in counts.items() if char in simplified_only)
    return traditional >= 3 and traditional > 2 * simplified


def to_simplified(text: str) -> str:
    """Same length as `text`: every character maps to exactly one character."""
    table = _tables()[0]
    return "".join(table.get(char, char) for char in text)
