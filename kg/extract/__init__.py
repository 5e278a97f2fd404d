"""The EXTRACT stage: relation rules over one sentence's spaCy Doc.

    from kg.extract import extract
    relations = extract(doc, ctx)  # ctx: SentenceContext(document, article, sentence)

Each module holds the rules of one relation family and exposes `extract(doc, ctx) -> list[Relation]`;
`RULES` is the registry that `extract` runs, in order. Cue words live in kg/lexicons/relations.json.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Relation
from . import documents, meetings, places, posts, programs
from .base import Rule, SentenceContext, sentence_memo_kept

RULES: tuple[Rule, ...] = (posts.extract, places.extract, documents.extract, programs.extract, meetings.extract)


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    """Every rule's relations, each (subject, predicate, object, offsets) once."""
    found: dict[tuple, Relation] = {}
    with sentence_memo_kept(doc):
        for rule in RULES:
            for r in rule(doc, ctx):
                key = (r.subject.start, r.subject.end, r.predicate, r.object.start, r.object.end, r.object.text)
                found.setdefault(key, r)
    return list(found.values())
