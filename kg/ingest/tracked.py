"""Text that remembers, for every character, the raw offset it came from.

Every cleaning step maps Tracked -> Tracked; no step can lose the mapping.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Callable


@dataclass(frozen=True)
class Tracked:
    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, text: str, start: int = 0) -> Tracked:
        return cls(text, tuple(range(start, start + len(text))))

    @classmethod
    def join(cls, parts: list[Tracked]) -> Tracked:
        return cls("".join(p.text for p in parts), tuple(chain.from_iterable(p.offsets for p in parts)))

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, span: slice) -> Tracked:
        return Tracked(self.text[span], self.offsets[span])

    def __add__(self, other: Tracked) -> Tracked:
        return Tracked(self.text + other.text, self.offsets + other.offsets)

    def keep(self, wanted: Callable[[int], bool]) -> Tracked:
        """Only the characters at the positions `wanted` accepts."""
        indexes = [i for i in range(len(self.text)) if wanted(i)]
        return Tracked("".join(self.text[i] for i in indexes), tuple(self.offsets[i] for i in indexes))

    def drop(self, pattern: re.Pattern) -> Tracked:
        """Without the characters the pattern matches."""
        cuts = [0, *chain.from_iterable(m.span() for m in pattern.finditer(self.text)), len(self.text)]
        return self if len(cuts) == 2 else Tracked.join([self[a:b] for a, b in zip(cuts[::2], cuts[1::2])])

    def replace(self, pattern: re.Pattern, table: dict[str, str]) -> Tracked:
        """Replace the characters the pattern matches one for one (the table must map each to one character).

        Cheaper than str.translate when few characters change: translate looks up every character in Python."""
        return Tracked(pattern.sub(lambda match: table[match.group()], self.text), self.offsets)

    def strip(self) -> Tracked:
        # str.strip() removes exactly the characters str.isspace() accepts.
        start = len(self.text) - len(self.text.lstrip())
        return self[start:max(start, len(self.text.rstrip()))]

    def split(self, separator: str = " ") -> list[Tracked]:
        """Non-empty pieces between runs of `separator`."""
        pieces, start = [], 0
        for i, char in enumerate(self.text + separator):
            if char == separator:
                if i > start:
                    pieces.append(self[start:i])
                start = i + 1
        return pieces
