"""build_graph and document_graphs on the hand-made knowledge base of fixtures_kb."""
import pytest
from fixtures_kb import NASTY, kb  # noqa: F401
from rdflib import Literal, namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS

from kg.errors import KgError
from kg.graph import build_graph, document_graphs, entity_iri
from kg.model import Entity, Fact
from kg.vocab import KG, KGR, SCHEMA


def test_entities_carry_core_class_level_class_labels_and_attributes(kb):
    graph = build_graph(kb)
    county = KGR["place/350782"]
    assert {KG.Place, KG.County} <= set(graph.objects(county, RDF.type))
    assert graph.value(county, RDFS.label) == Literal("武夷山市", lang="zh")
    assert graph.value(county, KG.adcode) == Literal("350782")
    assert set(graph.objects(KGR["place/350000"], SKOS.altLabel)) == {Literal("福建", lang="zh")}
    assert (KGR["organization/0000000000a1"], RDF.type, ORG.Organization) in graph
    post = KGR["post/0000000000b1"]
    assert {KG.Post, ORG.Post} <= set(graph.objects(post, RDF.type))
    assert graph.value(post, KG["title"]) == Literal("副省长", lang="zh")
    assert graph.value(post, KG.startDate) == Literal("2023-01-15", datatype=namespace.XSD.date)
    assert graph.value(KGR["post/0000000000b2"], KG.startDate) == Literal("2023-06", datatype=namespace.XSD.gYearMonth)


def test_holds_and_held_by_are_both_written(kb):
    graph = build_graph(kb)
    assert (KGR["post/0000000000b1"], ORG.heldBy, KGR["person/000000000001"]) in graph
    assert (KGR["person/000000000002"], ORG.holds, KGR["post/0000000000b2"]) in graph


def test_fact_with_evidence_has_an_assertion_node_and_direct_triple(kb):
    graph = build_graph(kb)
    subject, obj = KGR["program/0000000000d1"], KGR["place/350782"]
    assert (subject, KG.implementedIn, obj) in graph
    [assertion] = graph.subjects(RDF.object, obj)
    assert graph.value(assertion, RDF.subject) == subject
    assert graph.value(assertion, RDF.predicate) == KG.implementedIn
    evidence = graph.value(assertion, PROV.wasDerivedFrom)
    sentence = "南平市在武夷山市和建阳区实施绿色茶园工程。"
    assert graph.value(evidence, PROV.value) == Literal(sentence, lang="zh")
    start = graph.value(evidence, KG.startOffset).toPython()
    assert kb.documents[0].raw[start:graph.value(evidence, KG.endOffset).toPython()] == sentence
    article = graph.value(evidence, DCTERMS.isPartOf)
    assert graph.value(article, DCTERMS.title) == Literal("乡村振兴", lang="zh")


def test_fact_without_evidence_has_no_assertion(kb):
    graph = build_graph(kb)
    assert (KGR["place/350703"], KG.locatedIn, KGR["place/350700"]) in graph
    assert not list(graph.subjects(RDF.subject, KGR["place/350703"]))


def test_articles_mentions_counts_and_authors(kb):
    graph = build_graph(kb)
    article = KGR[f"article/{kb.documents[0].sha256[:16]}-001"]
    assert (article, DCTERMS.creator, KGR["person/000000000002"]) in graph
    assert set(graph.objects(article, SCHEMA.mentions)) == {KGR["place/350700"], KGR["program/0000000000d1"]}
    counts = {graph.value(c, KG.ofEntity): graph.value(c, KG["count"]) for c in graph.subjects(KG.inArticle, article)}
    assert counts == {KGR["place/350700"]: Literal(2), KGR["program/0000000000d1"]: Literal(1)}


def test_nasty_label_enters_as_a_literal_unchanged(kb):
    graph = build_graph(kb)
    assert graph.value(KGR["concept/0000000000f1"], RDFS.label) == Literal(NASTY, lang="zh")


def test_same_input_gives_same_triples(kb):
    assert set(build_graph(kb)) == set(build_graph(kb))


def test_unknown_predicate_is_a_clear_error(kb):
    kb.facts[("place/350100", "twinnedWith", "place/350700")] = Fact("place/350100", "twinnedWith", "place/350700")
    with pytest.raises(KgError, match="unknown predicate"):
        build_graph(kb)


def test_unsafe_entity_key_is_refused(kb):
    kb.entities["person/a b>"] = Entity("person/a b>", "Person", "某人")
    with pytest.raises(KgError, match="not a safe IRI path"):
        build_graph(kb)
    with pytest.raises(KgError):
        entity_iri("../place")


def test_bad_date_is_a_clear_error(kb):
    kb.entities["post/0000000000b1"].attrs["startDate"] = "2023年1月"
    with pytest.raises(KgError, match="not an ISO date"):
        build_graph(kb)


def test_document_graphs_split_by_document_and_keep_every_triple(kb):
    graph = build_graph(kb)
    dataset = document_graphs(kb)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    documents = {str(KGR[f"document/{doc.sha256[:16]}"]) for doc in kb.documents}
    assert documents <= names
    assert {(s, p, o) for s, p, o, _ in dataset.quads()} == set(graph)
    first = dataset.graph(KGR[f"document/{kb.documents[0].sha256[:16]}"])
    second = dataset.graph(KGR[f"document/{kb.documents[1].sha256[:16]}"])
    # what a document states sits in its graph; shared entity descriptions in the default graph
    assert (KGR["program/0000000000d1"], KG.implementedIn, KGR["place/350782"]) in first
    assert (KGR["place/350782"], KG.locatedIn, KGR["place/350700"]) in second
    assert (KGR["place/350782"], KG.locatedIn, KGR["place/350700"]) not in first
    assert (KGR["place/350782"], RDFS.label, Literal("武夷山市", lang="zh")) in dataset.default_graph
    assert (KGR["place/350703"], KG.locatedIn, KGR["place/350700"]) in dataset.default_graph
