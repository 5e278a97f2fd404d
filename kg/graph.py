"""Build the RDF graph from a KnowledgeBase (the model is described in docs/graph-model.md).

Every value enters the graph as an rdflib term (URIRef / Literal), never as text pasted into a serialization,
so document text is escaped by the serializers whatever characters it holds. The triples are made in an order
fixed by the KnowledgeBase (sorted keys, lists in source order), never by hashing, and the graph holds no blank
nodes, so the same KnowledgeBase always gives the same triples, the same Turtle and the same page.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import ontology
from kg.collector import collector_paused
from kg.errors import KgError
from kg.model import Article, Document, Entity, Evidence, Fact, KnowledgeBase
from kg.vocab import KG, KGR, ORG, SCHEMA, bind_prefixes

LANG = "zh"

# Core class of each Entity.type; the core class is always written, so SPARQL without reasoning finds it.
ENTITY_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "Place": (KG.Place,),
    "Person": (KG.Person,),
    "Organization": (KG.Organization, ORG.Organization),
    "Program": (KG.Program,),
    "Policy": (KG.Policy,),
    "Concept": (KG.Concept,),
    "Meeting": (KG.Meeting,),
    "Post": (KG.Post, ORG.Post),
}

# Administrative level of a place (Entity.attrs["level"]) -> its subclass of kg:Place.
LEVEL_CLASSES: dict[str, URIRef] = {
    "province": KG.Province,
    "city": KG.City,
    "county": KG.County,
    "town": KG.Town,
    "village": KG.Village,
}

# Relation names used by kg.extract / kg.resolve -> properties.
PREDICATES: dict[str, URIRef] = {
    "locatedIn": KG.locatedIn,
    "issuedBy": KG.issuedBy,
    "implementedIn": KG.implementedIn,
    "proposedBy": KG.proposedBy,
    "heldIn": KG.heldIn,
    "presided": KG.presided,
    "spokeAt": KG.spokeAt,
    "jurisdiction": KG.jurisdiction,
    "holds": ORG.holds,
    "heldBy": ORG.heldBy,
    "postIn": ORG.postIn,
    "memberOf": ORG.memberOf,
    "creator": DCTERMS.creator,
}

# org:holds and org:heldBy are inverses (W3C ORG); both directions are written, so a query (and the shape
# "every post has a holder") finds the holder whichever way the sentence stated it.
INVERSES: dict[URIRef, URIRef] = {ORG.holds: ORG.heldBy, ORG.heldBy: ORG.holds}

# Entity.attrs key -> (property, kind of literal). Other attrs are working data of earlier stages.
ATTRIBUTES: dict[str, tuple[URIRef, str]] = {
    "adcode": (KG.adcode, "string"),
    "level": (KG.level, "string"),
    "title": (KG["title"], "text"),
    "dateText": (KG.dateText, "text"),
    "startDate": (KG.startDate, "date"),
    "endDate": (KG.endDate, "date"),
    "issued": (DCTERMS.issued, "date"),
}

# Prefixes for the kinds of resource IRIs (place:350000 reads better than <…/resource/place/350000>), for
# written files and reports; SPARQL keeps kgr:, as a prefixed name's local part cannot hold a "/".
RESOURCE_KINDS = ("place", "person", "organization", "program", "policy", "concept", "meeting", "post",
                  "document", "article", "assertion", "evidence", "mentioncount")
RESOURCE_PREFIXES = {kind: Namespace(f"{KGR}{kind}/") for kind in RESOURCE_KINDS}

# The terms written at every fact, evidence, article and mention count, made once: each attribute of a namespace
# makes a new URIRef (and checks its characters), and the store's indexes find a term faster when it is the very
# object they hold, not an equal one.
TYPE, SUBJECT, PREDICATE, OBJECT, STATEMENT = RDF.type, RDF.subject, RDF.predicate, RDF.object, RDF.Statement
DERIVED_FROM, VALUE, PROV_ENTITY = PROV.wasDerivedFrom, PROV.value, PROV.Entity
PART_OF, CREATOR, TITLE = DCTERMS.isPartOf, DCTERMS.creator, DCTERMS.title
ASSERTION, EVIDENCE, ARTICLE, MENTION_COUNT = KG.Assertion, KG.Evidence, KG.Article, KG.MentionCount
SOURCE, START, END, KIND = KG.source, KG.startOffset, KG.endOffset, KG.articleKind
IN_ARTICLE, OF_ENTITY, COUNT = KG.inArticle, KG.ofEntity, KG["count"]
SUBTITLE, COLUMN = KG.subtitle, KG.column
SCHEMA_ARTICLE, MENTIONS = SCHEMA.Article, SCHEMA.mentions

SAFE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~/-]*")
PARTIAL_DATES = ((re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth), (re.compile(r"\d{4}"), XSD.gYear))


def build_graph(kb: KnowledgeBase) -> Graph:
    """The RDF graph of a knowledge base: entities, facts with their evidence, documents and articles."""
    # A store without contexts: the build graph is one graph, and rdflib's default store keeps context indexes
    # that cost twice its time to fill and walk (a named graph per document is made only for TriG).
    graph = Graph(store="SimpleMemory")
    bind_prefixes(graph)
    documents = {doc.source: doc for doc in kb.documents}
    # Not sorted first: the writers sort what they write, and the order of making is already fixed (sorting
    # the million triples of a large corpus cost a third of this stage).
    add = graph.store.add  # not Graph.add, which checks that each term is one: kg makes nothing else
    with collector_paused():
        for triple in _triples(kb, documents):
            add(triple, graph)
    return graph


def document_graphs(kb: KnowledgeBase) -> Dataset:
    """The same triples as build_graph, one named graph per source document (for TriG)."""
    return split_by_document(build_graph(kb))


def split_by_document(graph: Graph) -> Dataset:
    """Split a kg graph into a Dataset: the named graph of a document (named by its kgr:document IRI) holds
    the document, its articles, mention counts, evidence, the assertions read in it (with only the
    evidence from this document) and the direct triples of those assertions. The default graph keeps the
    shared entity descriptions (types, labels, attributes) and facts stated without evidence, so the
    union of all graphs is exactly `graph`."""
    dataset = Dataset()
    bind_prefixes(dataset)
    placed: set[tuple] = set()
    for document in sorted(graph.subjects(RDF.type, KG.Document)):
        named = dataset.graph(document)
        for triple in sorted(set(_document_triples(graph, document)), key=triple_sort_key):
            named.add(triple)
            placed.add(triple)
    for triple in sorted(graph, key=triple_sort_key):
        if triple not in placed:
            dataset.default_graph.add(triple)
    return dataset


def ontology_graph() -> Graph:
    """The kg ontology (ontology/kg.ttl), installed as package data of kg.ontology."""
    return ontology.graph("kg.ttl")


def entity_iri(key: str) -> URIRef:
    if not SAFE_KEY.fullmatch(key) or "//" in key:
        raise KgError(f"entity key {key!r} is not a safe IRI path (ASCII letters, digits and ._~/- only)")
    return KGR[key]


def document_iri(doc: Document) -> URIRef:
    return KGR[f"document/{doc.sha256[:16]}"]


def article_iri(doc: Document, index: int) -> URIRef:
    return KGR[f"article/{doc.sha256[:16]}-{index:03d}"]


def evidence_iri(evidence: Evidence) -> URIRef:
    return KGR[f"evidence/{_hash(f'{evidence.source}|{evidence.start}|{evidence.end}', 16)}"]


def assertion_iri(subject: URIRef, predicate: URIRef, obj: URIRef | Literal) -> URIRef:
    # N-Triples forms keep an IRI object and a literal with the same text apart.
    return KGR[f"assertion/{_hash(f'{subject.n3()} {predicate.n3()} {obj.n3()}', 16)}"]


def _triples(kb: KnowledgeBase, documents: dict[str, Document]) -> Iterator[tuple]:
    iris = {}  # entity key -> its IRI, made once for every fact and mention count that names it
    for key in sorted(kb.entities):
        iris[key] = entity_iri(key)
        yield from _entity_triples(kb.entities[key], iris[key])
    for fact_key in sorted(kb.facts):
        yield from _fact_triples(kb.facts[fact_key], iris, documents)
    for doc in kb.documents:
        yield from _document_node_triples(doc, kb, iris)


def _entity_triples(entity: Entity, node: URIRef) -> Iterator[tuple]:
    if entity.type not in ENTITY_CLASSES:
        raise KgError(f"entity {entity.key} has unknown type {entity.type!r}")
    for cls in ENTITY_CLASSES[entity.type]:
        yield node, RDF.type, cls
    level = entity.attrs.get("level", "")
    if entity.type == "Place" and level in LEVEL_CLASSES:
        yield node, RDF.type, LEVEL_CLASSES[level]
    label = Literal(entity.label, lang=LANG)
    yield node, RDFS.label, label
    yield node, SKOS.prefLabel, label
    for alias in sorted(entity.aliases - {entity.label}):
        yield node, SKOS.altLabel, Literal(alias, lang=LANG)
    for name, value in sorted(entity.attrs.items()):
        if name in ATTRIBUTES and value:
            prop, kind = ATTRIBUTES[name]
            yield node, prop, _attribute_literal(entity.key, name, value, kind)


def _attribute_literal(key: str, name: str, value: str, kind: str) -> Literal:
    if kind == "text":
        return Literal(value, lang=LANG)
    if kind == "string":
        return Literal(value)
    return date_literal(value, f"{key} {name}")


def date_literal(value: str, where: str) -> Literal:
    """xsd:date for a full ISO date; a year-month or a year alone (the text said no more) stays partial."""
    try:
        return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
    except ValueError:
        pass
    for pattern, datatype in PARTIAL_DATES:
        if pattern.fullmatch(value):
            return Literal(value, datatype=datatype)
    raise KgError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _fact_triples(fact: Fact, iris: dict[str, URIRef], documents: dict[str, Document]) -> Iterator[tuple]:
    if fact.predicate not in PREDICATES:
        raise KgError(f"fact {fact.subject} {fact.predicate} {fact.object}: unknown predicate")
    if fact.subject not in iris:
        raise KgError(f"fact {fact.subject} {fact.predicate} {fact.object}: unknown subject entity")
    subject = iris[fact.subject]
    predicate = PREDICATES[fact.predicate]
    obj = iris[fact.object] if fact.object in iris else Literal(fact.object, lang=LANG)
    yield subject, predicate, obj
    if predicate in INVERSES and isinstance(obj, URIRef):
        yield obj, INVERSES[predicate], subject
    if not fact.evidence:
        return
    assertion = assertion_iri(subject, predicate, obj)
    yield from (
        (assertion, TYPE, ASSERTION),
        (assertion, TYPE, STATEMENT),
        (assertion, SUBJECT, subject),
        (assertion, PREDICATE, predicate),
        (assertion, OBJECT, obj),
    )
    for evidence in fact.evidence:
        yield assertion, DERIVED_FROM, evidence_iri(evidence)
        yield from _evidence_triples(evidence, documents)


def _evidence_triples(evidence: Evidence, documents: dict[str, Document]) -> Iterator[tuple]:
    if evidence.source not in documents:
        raise KgError(f"evidence cites {evidence.source!r}, which is not among the knowledge base's documents")
    node = evidence_iri(evidence)
    yield from (
        (node, TYPE, EVIDENCE),
        (node, TYPE, PROV_ENTITY),
        (node, VALUE, Literal(evidence.sentence, lang=LANG)),
        (node, PART_OF, article_iri(documents[evidence.source], evidence.article)),
        (node, SOURCE, Literal(evidence.source)),
        (node, START, Literal(evidence.start)),
        (node, END, Literal(evidence.end)),
    )


def _document_node_triples(doc: Document, kb: KnowledgeBase, iris: dict[str, URIRef]) -> Iterator[tuple]:
    node = document_iri(doc)
    yield from (
        (node, RDF.type, KG.Document),
        (node, RDF.type, SCHEMA.CreativeWork),
        (node, KG.source, Literal(doc.source)),
        (node, KG.sha256, Literal(doc.sha256)),
    )
    if doc.date:
        yield node, DCTERMS.date, Literal(doc.date.isoformat(), datatype=XSD.date)
    for article in doc.articles:
        yield from _article_triples(doc, article, kb, iris)


def _article_triples(doc: Document, article: Article, kb: KnowledgeBase, iris: dict[str, URIRef]
                     ) -> Iterator[tuple]:
    node = article_iri(doc, article.index)
    start, end = doc.raw_span(article.start, article.end)
    yield from (
        (node, TYPE, ARTICLE),
        (node, TYPE, SCHEMA_ARTICLE),
        (node, PART_OF, document_iri(doc)),
        (node, KIND, Literal(article.kind)),
        (node, SOURCE, Literal(doc.source)),
        (node, START, Literal(start)),
        (node, END, Literal(end)),
    )
    for prop, text in ((TITLE, article.title), (SUBTITLE, article.subtitle), (COLUMN, article.column)):
        if text:
            yield node, prop, Literal(text, lang=LANG)
    for author in kb.authors.get((doc.source, article.index), []):
        yield node, CREATOR, _known_entity(author, iris, f"author of {doc.source} article {article.index}")
    for key, count in sorted(kb.mentions.get((doc.source, article.index), {}).items()):
        entity = _known_entity(key, iris, f"mention in {doc.source} article {article.index}")
        counter = KGR[f"mentioncount/{doc.sha256[:16]}-{article.index:03d}-{_hash(key, 12)}"]
        yield node, MENTIONS, entity
        yield from (
            (counter, TYPE, MENTION_COUNT),
            (counter, IN_ARTICLE, node),
            (counter, OF_ENTITY, entity),
            (counter, COUNT, Literal(count)),
        )


def _known_entity(key: str, iris: dict[str, URIRef], where: str) -> URIRef:
    if key not in iris:
        raise KgError(f"{where}: unknown entity {key}")
    return iris[key]


def _document_triples(graph: Graph, document: URIRef) -> Iterable[tuple]:
    """The triples that belong to one document's named graph (see split_by_document)."""
    yield from graph.triples((document, None, None))
    articles = set(graph.subjects(DCTERMS.isPartOf, document)) & set(graph.subjects(RDF.type, KG.Article))
    evidence = {e for a in articles for e in graph.subjects(DCTERMS.isPartOf, a)}
    for node in articles | evidence:
        yield from graph.triples((node, None, None))
    for article in articles:
        for counter in graph.subjects(KG.inArticle, article):
            yield from graph.triples((counter, None, None))
    assertions = {a for e in evidence for a in graph.subjects(PROV.wasDerivedFrom, e)}
    for assertion in assertions:
        for p, o in graph.predicate_objects(assertion):
            if p != PROV.wasDerivedFrom or o in evidence:
                yield assertion, p, o
        subject, predicate, obj = (graph.value(assertion, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        yield subject, predicate, obj
        if predicate in INVERSES and isinstance(obj, URIRef):
            yield obj, INVERSES[predicate], subject


def triple_sort_key(triple: tuple) -> tuple[str, ...]:
    # N-Triples forms give one total order over IRIs and literals of any datatype.
    return tuple(term.n3() for term in triple)


def _hash(text: str, size: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]
