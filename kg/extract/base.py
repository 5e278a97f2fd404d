"""What every relation rule shares: the sentence context, mentions from spaCy spans, evidence."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import Article, Document, Evidence, Mention, Relation, Sentence


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


def mention_of(span: Span) -> Mention:
    return Mention(span.text, span.label_, span.start_char, span.end_char, span._.canonical, span._.adcode)


def title_mention(span: Span) -> Mention:
    return Mention(span.text, "Title", span.start_char, span.end_char, span.text)


def relation(ctx: SentenceContext, subject: Mention, predicate: str, obj: Mention, **attrs: str) -> Relation:
    return Relation(subject, predicate, obj, ctx.evidence(), {k: v for k, v in attrs.items() if v})


ENTS_KEY = "kg_ents"


def ents(doc: Doc, *labels: str) -> list[Span]:
    """The sentence's entities (of the labels given): from the tuple extract() reads once, as every doc.ents
    builds its spans again and the rules ask for them about twenty times a sentence."""
    spans = doc.user_data.get(ENTS_KEY)
    return [e for e in (doc.ents if spans is None else spans) if not labels or e.label_ in labels]
