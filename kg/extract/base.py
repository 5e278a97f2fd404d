"""What every relation rule shares: the sentence context, mentions from spaCy spans, evidence."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Span

from ..model import Article, Document, Evidence, Mention, Relation, Sentence

T = TypeVar("T")  # what sentence_memo keeps


@dataclass(frozen=True)
class SentenceContext:
    document: Document
    article: Article
    sentence: Sentence

    def evidence(self) -> Evidence:
        start, end = self.document.raw_span(self.sentence.start, self.sentence.end)
        return Evidence(self.document.source, self.article.index, self.sentence.text, start, end)

    def opens_paragraph(self) -> bool:
        """Whether the sentence is the first of its paragraph (the cleaned text breaks lines between paragraphs)."""
        return self.sentence.start == 0 or self.document.text[self.sentence.start - 1] == "\n"


Rule = Callable[[Doc, SentenceContext], list[Relation]]  # a relation rule: a sentence's relations of its kind


def mention_of(span: Span) -> Mention:
    """The span's mention, made once a sentence inside sentence_memo_kept (analyse() makes every entity's, and the
    rules ask again for the same ones): keyed by the span's tokens and label, plain numbers to read (Mention is
    frozen, so one can be shared)."""
    return sentence_memo(span.doc, ("mention", span.start, span.end, span.label), lambda: _mention(span))


def _mention(span: Span) -> Mention:
    extension = span._  # each span._ makes a new accessor: read both values through one
    return Mention(span.text, span.label_, span.start_char, span.end_char, extension.canonical, extension.adcode)


def title_mention(span: Span) -> Mention:
    return Mention(span.text, "Title", span.start_char, span.end_char, span.text)


def relation(ctx: SentenceContext, subject: Mention, predicate: str, obj: Mention, **attrs: str) -> Relation:
    return Relation(subject, predicate, obj, ctx.evidence(), {k: v for k, v in attrs.items() if v})


MEMO_KEY = "kg_rules_memo"  # doc.user_data's key of what sentence_memo_kept keeps


def sentence_memo(doc: Doc, key: object, compute: Callable[[], T]) -> T:
    """What `compute` gives for the sentence under `key`, computed once inside sentence_memo_kept (while the rules
    run), afresh outside it."""
    memo = doc.user_data.get(MEMO_KEY)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def ents(doc: Doc, *labels: str) -> list[Span]:
    """The sentence's entities (of the labels given): each selection made once a sentence, as every doc.ents
    builds its spans again and the rules ask for them about forty times a sentence. A new list each call: the
    rules may change theirs."""
    memo = doc.user_data.get(MEMO_KEY)
    if memo is None:
        return [e for e in doc.ents if not labels or e.label_ in labels]
    selected = memo.get(labels)
    if selected is None:  # the labels read once a sentence (sentence_memo_kept), not once a selection: a lookup
        selected = memo[labels] = tuple(e for e, label in zip(memo[()], memo[LABELS_KEY]) if label in labels)
    return list(selected)


LABELS_KEY = "labels"


@contextmanager
def sentence_memo_kept(doc: Doc) -> Iterator[None]:
    """Keep what sentence_memo, ents() and mention_of() find of the sentence while the block runs (extract(), and
    analyse()'s mentions with it): the entities, which stay as they are meanwhile, and their labels. An inner
    block goes on with the outer one's memo."""
    if MEMO_KEY in doc.user_data:
        yield
        return
    spans = doc.ents
    doc.user_data[MEMO_KEY] = {(): spans, LABELS_KEY: tuple(e.label_ for e in spans)}
    try:
        yield
    finally:
        del doc.user_data[MEMO_KEY]
