"""Ingest: read a file (text, PDF, HTML), clean the PDF artefacts, split articles and sentences.

    read_document(path, source) -> Document
    iter_input_files(inputs) -> list[Path]
"""
from __future__ import annotations

import hashlib
from array import array
from pathlib import Path

from ..errors import KgError
from ..model import Document
from .clean import clean
from .meta import issue_date
from .read import SUPPORTED_SUFFIXES, is_han, read_bytes, read_text
from .script import is_traditional, to_simplified
from .split import split_articles

__all__ = ["read_document", "iter_input_files"]


def read_document(path: Path, source: str) -> Document:
    """Decode, clean and split one file; raises KgError with a one-line reason."""
    name = source or path.as_posix()
    data = read_bytes(Path(path), name)
    raw = read_text(Path(path), data, name)
    if not any(is_han(char) for char in raw):
        raise KgError(f"{name}: no Chinese characters")
    cleaned = clean(raw)
    document = Document(
        source=name,
        raw=raw,
        text=cleaned.text,
        offsets=array("l", cleaned.offsets),  # machine integers: a list of Python ints is 4x the memory
        sha256=hashlib.sha256(data).hexdigest(),
        date=issue_date(cleaned.text),
    )
    if is_traditional(cleaned.text):
        document.simplified = to_simplified(cleaned.text)
    document.articles = split_articles(cleaned.text, cleaned.blocks)
    if not any(article.sentences for article in document.articles):
        raise KgError(f"{name}: no sentences to read (only bylines, credits or page furniture)")
    return document


def iter_input_files(inputs: list[Path]) -> list[Path]:
    """Files as given, folders expanded (recursive, sorted, supported suffixes only); no duplicates."""
    files: list[Path] = []
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            files.extend(sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        elif item.exists():
            files.append(item)
        else:
            raise KgError(f"{item.as_posix()}: no such file or folder")
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
