"""A small, hand-made KnowledgeBase for the graph, export, query, serve and validate tests.

Fictional people and documents; places carry real administrative codes of a province other than the seed's.
Import the fixtures into a test module with `from fixtures_kb import kb, graph_file  # noqa: F401`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from kg.model import Article, Document, Entity, Evidence, Fact, KnowledgeBase, Sentence

# Everything that must be escaped somewhere: quotes, angle brackets, backslashes, newlines, control characters.
NASTY = 'He said "yes" <b>&amp;</b> \\n \\" back\\slash\nnew line\r\ttab \x01\x1f <script>alert(1)</script> \'single\''

SENTENCES = [
    "2023年1月15日，福建省人民代表大会决定任命张三为福建省副省长。",
    "李四任福建省财政厅厅长。",
    "福建省财政厅、福建省农业农村厅联合印发《关于支持乡村振兴的若干意见》。",
    "南平市在武夷山市和建阳区实施绿色茶园工程。",
    "福州市实施滨海新城工程。",
    "张三在南平市主持全省茶产业推进会。",
]
OTHER_SENTENCES = ["武夷山市位于南平市。", NASTY]


def make_document(source: str, sentences: list[str], titles: list[str]) -> Document:
    """One document whose articles hold `sentences`, split evenly; cleaned text == raw text."""
    text = "".join(sentences)
    per_article = -(-len(sentences) // len(titles))
    doc = Document(
        source=source,
        raw=text,
        text=text,
        offsets=list(range(len(text) + 1)),
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        date=dt.date(2024, 3, 1),
    )
    position = 0
    for index, title in enumerate(titles):
        chunk = sentences[index * per_article : (index + 1) * per_article]
        article = Article(index=index, kind="article", title=title, start=position, end=position, column="要闻")
        for sentence in chunk:
            article.sentences.append(Sentence(sentence, position, position + len(sentence)))
            position += len(sentence)
        article.end = position
        doc.articles.append(article)
    return doc


def evidence_for(doc: Document, sentence_index: int) -> Evidence:
    for article in doc.articles:
        for number, sentence in enumerate(article.sentences):
            if sum(len(a.sentences) for a in doc.articles[: article.index]) + number == sentence_index:
                return Evidence(doc.source, article.index, sentence.text, sentence.start, sentence.end)
    raise IndexError(sentence_index)


def make_kb() -> KnowledgeBase:
    doc = make_document("corpus/a.txt", SENTENCES, ["省政府人事任免", "乡村振兴"])
    other = make_document("corpus/b.txt", OTHER_SENTENCES, ["地理"])
    entities = [
        Entity("place/350000", "Place", "福建省", {"福建"}, {"adcode": "350000", "level": "province"}),
        Entity("place/350100", "Place", "福州市", {"福州"}, {"adcode": "350100", "level": "city"}),
        Entity("place/350700", "Place", "南平市", {"南平"}, {"adcode": "350700", "level": "city"}),
        Entity("place/350782", "Place", "武夷山市", set(), {"adcode": "350782", "level": "county"}),
        Entity("place/350703", "Place", "建阳区", set(), {"adcode": "350703", "level": "county"}),
        Entity("person/000000000001", "Person", "张三"),
        Entity("person/000000000002", "Person", "李四"),
        Entity("organization/0000000000a1", "Organization", "福建省人民政府", {"省政府"}),
        Entity("organization/0000000000a2", "Organization", "福建省财政厅", {"省财政厅"}),
        Entity("organization/0000000000a3", "Organization", "福建省农业农村厅"),
        Entity("post/0000000000b1", "Post", "福建省副省长",
               attrs={"title": "副省长", "startDate": "2023-01-15", "dateText": "2023年1月15日"}),
        Entity("post/0000000000b2", "Post", "福建省财政厅厅长", attrs={"title": "厅长", "startDate": "2023-06"}),
        Entity("policy/0000000000c1", "Policy", "关于支持乡村振兴的若干意见", attrs={"issued": "2023-03-01"}),
        Entity("program/0000000000d1", "Program", "绿色茶园工程"),
        Entity("program/0000000000d2", "Program", "滨海新城工程"),
        Entity("meeting/0000000000e1", "Meeting", "全省茶产业推进会", attrs={"startDate": "2023-04-02"}),
        Entity("concept/0000000000f1", "Concept", NASTY, {NASTY + " alias"}),
    ]
    kb = KnowledgeBase(documents=[doc, other], entities={e.key: e for e in entities})
    facts = [
        ("place/350100", "locatedIn", "place/350000", []),
        ("place/350700", "locatedIn", "place/350000", []),
        ("place/350782", "locatedIn", "place/350700", [evidence_for(other, 0)]),
        ("place/350703", "locatedIn", "place/350700", []),
        ("person/000000000001", "holds", "post/0000000000b1", [evidence_for(doc, 0)]),
        ("post/0000000000b1", "postIn", "organization/0000000000a1", [evidence_for(doc, 0)]),
        ("post/0000000000b1", "jurisdiction", "place/350000", [evidence_for(doc, 0)]),
        ("post/0000000000b2", "heldBy", "person/000000000002", [evidence_for(doc, 1)]),
        ("post/0000000000b2", "postIn", "organization/0000000000a2", [evidence_for(doc, 1)]),
        ("policy/0000000000c1", "issuedBy", "organization/0000000000a2", [evidence_for(doc, 2)]),
        ("policy/0000000000c1", "issuedBy", "organization/0000000000a3", [evidence_for(doc, 2)]),
        ("program/0000000000d1", "implementedIn", "place/350782", [evidence_for(doc, 3)]),
        ("program/0000000000d1", "implementedIn", "place/350703", [evidence_for(doc, 3)]),
        ("program/0000000000d2", "implementedIn", "place/350100", [evidence_for(doc, 4)]),
        ("meeting/0000000000e1", "heldIn", "place/350700", [evidence_for(doc, 5)]),
        ("person/000000000001", "presided", "meeting/0000000000e1", [evidence_for(doc, 5)]),
        ("concept/0000000000f1", "proposedBy", "person/000000000001", [evidence_for(other, 1)]),
    ]
    for subject, predicate, obj, evidence in facts:
        kb.facts[(subject, predicate, obj)] = Fact(subject, predicate, obj, evidence)
    kb.mentions[(doc.source, 0)] = {"place/350000": 3, "person/000000000001": 1, "person/000000000002": 1}
    kb.mentions[(doc.source, 1)] = {"place/350700": 2, "program/0000000000d1": 1}
    kb.mentions[(other.source, 0)] = {"place/350782": 1, "concept/0000000000f1": 1}
    kb.authors[(doc.source, 1)] = ["person/000000000002"]
    return kb


@pytest.fixture
def kb() -> KnowledgeBase:
    return make_kb()


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    """The fixture graph written as Turtle."""
    from kg.export import write_outputs
    from kg.graph import build_graph

    write_outputs(build_graph(make_kb()), tmp_path, ["turtle"])
    return tmp_path / "graph.ttl"
