"""Text that remembers, for every character, the raw offset it came from.

Every cleaning step maps Tracked -> Tracked; no step can lose the mapping.
"""
from __future__ import annotations

from dataclasses import dataclass
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
        return cls("".join(p.text for p in parts), tuple(o for p in parts for o in p.offsets))

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

    def map_chars(self, mapping: Callable[[str], str]) -> Tracked:
        """Replace characters one for one (the mapping must return exactly one character)."""
        return Tracked("".join(mapping(c) for c in self.text), self.offsets)

    def strip(self) -> Tracked:
        start, end = 0, len(self.text)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return self[start:end]

    def split(self, separator: str = " ") -> list[Tracked]:
        """Non-empty pieces between runs of `separator`."""
        pieces, start = [], 0
        for i, char in enumerate(self.text + separator):
            if char == separator:
                if i > start:
                    pieces.append(self[start:i])
                start = i + 1
        return pieces
