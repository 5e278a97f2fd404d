"""The data that flows between the pipeline stages.

ingest -> Document / Article / Sentence
nlp + extract -> Mention / Relation (surface level, per sentence)
resolve -> Entity / Fact (canonical, with stable keys)
graph -> RDF

Offsets: `Sentence.start/end` index the document's cleaned text; `Document.raw_offset()` maps any cleaned
offset back to the decoded source file, so every fact can point at the characters it came from.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

ENTITY_TYPES = ("Place", "Person", "Organization", "Program", "Policy")
OPTIONAL_TYPES = ("Meeting", "Concept")


@dataclass(slots=True)
class Sentence:
    text: str
    start: int  # offset in Document.text (cleaned)
    end: int


@dataclass
class Article:
    index: int  # position in its document, from 0
    kind: str  # "article", "toc" (table of contents) or "index" (the year's index)
    title: str
    start: int  # offsets in Document.text
    end: int
    column: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Document:
    source: str  # path as given on the command line, POSIX style
    raw: str  # decoded source text (for PDF/HTML: the extracted text)
    text: str  # cleaned text
    offsets: Sequence[int]  # offsets[i] = raw offset of text[i]; len(text) + 1 entries
    sha256: str  # of the source file's bytes
    date: dt.date | None = None  # issue/publication date when found, for relative dates
    # Same length as `text`, character for character, when the text is Traditional Chinese: the NLP reads this,
    # labels keep what the text says.
    simplified: str | None = None
    articles: list[Article] = field(default_factory=list)

    def raw_offset(self, i: int) -> int:
        return self.offsets[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-file span of cleaned text[start:end] (end exclusive)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, its article, and offsets in the source file."""

    source: str
    article: int  # Article.index
    sentence: str
    start: int  # raw offsets of the sentence in the source file
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention inside one sentence (offsets relative to the sentence text)."""

    text: str
    type: str
    start: int
    end: int
    canonical: str = ""  # filled by the recogniser when it knows the canonical form (省委 -> 中共浙江省委)
    adcode: str = ""
    variant: str = ""  # the same name in another script (the Simplified form of a Traditional mention)


@dataclass(slots=True)
class Relation:
    """A relation read in one sentence, between surface mentions (resolved later)."""

    subject: Mention
    predicate: str  # holds, locatedIn, issuedBy, implementedIn, proposedBy, memberOf, heldIn, ...
    object: Mention
    evidence: Evidence
    attrs: dict[str, str] = field(default_factory=dict)  # literals: start, end (ISO dates), dateText
    links: dict[str, Mention] = field(default_factory=dict)  # other entities it qualifies: org, place (of a post)


@dataclass(slots=True)
class Entity:
    key: str  # stable IRI path under the resource namespace, e.g. "place/330000" or "person/3f2a9c01b2de"
    type: str  # core class: Place, Person, Organization, Program, Policy, Meeting, Concept, Post
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)  # adcode, level, title, startDate, endDate ...


@dataclass(slots=True)
class Fact:
    """A resolved triple between entity keys (or a literal object), with all its evidence."""

    subject: str
    predicate: str
    object: str
    evidence: list[Evidence] = field(default_factory=list)
    # The same evidence as a set, for add_fact's test of a repeat: a fact read a thousand times would otherwise
    # compare each new sentence with every earlier one.
    cited: set[Evidence] = field(default_factory=set, repr=False, compare=False)


@dataclass
class KnowledgeBase:
    """Everything the graph stage needs."""

    documents: list[Document] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: dict[tuple[str, str, str], Fact] = field(default_factory=dict)
    # (source, article index) -> entity key -> number of mentions
    mentions: dict[tuple[str, int], dict[str, int]] = field(default_factory=dict)
    # (source, article index) -> author entity keys
    authors: dict[tuple[str, int], list[str]] = field(default_factory=dict)
