"""SHACL validation with ontology/shapes.ttl."""
import pytest
from fixtures_kb import graph_file, kb  # noqa: F401
from rdflib import Literal
from rdflib.namespace import ORG, PROV, RDF, RDFS

from kg.errors import KgError
from kg.export import write_outputs
from kg.graph import build_graph, ontology_graph
from kg.validate import validate, validate_graph
from kg.vocab import KG, KGR


def test_fixture_graph_conforms(graph_file):
    conforms, report = validate(graph_file)
    assert conforms, report
    assert report.startswith("conforms")


def test_every_export_format_validates(kb, tmp_path):
    write_outputs(build_graph(kb), tmp_path, ["ntriples", "jsonld", "trig"])
    for name in ("graph.nt", "graph.jsonld", "graph.trig"):
        assert validate(tmp_path / name)[0], name


def test_broken_graph_fails_with_a_readable_report(kb, tmp_path):
    graph = build_graph(kb)
    post, place = KGR["post/0000000000b1"], KGR["place/350700"]
    graph.add((KGR["person/000000000001"], RDFS.label, Literal("张三丰", lang="zh")))  # two labels
    graph.remove((post, ORG.heldBy, None))  # a post without holder
    graph.set((post, KG.startDate, Literal("2023/01/15")))  # not an xsd:date
    graph.set((place, KG.adcode, Literal("35070")))  # five digits
    graph.remove((KGR["place/350100"], RDF.type, KG.Place))  # a city that is not a kg:Place
    evidence = next(graph.subjects(RDF.type, KG.Evidence))
    graph.remove((evidence, PROV.value, None))
    write_outputs(graph, tmp_path, ["turtle"])
    conforms, report = validate(tmp_path / "graph.ttl")
    assert not conforms
    lines = report.splitlines()
    assert lines[0] == "does not conform: 6 problem(s)"
    expected = [
        "- person:000000000001 (张三) rdfs:label: an entity has exactly one non-empty rdfs:label",
        "- post:0000000000b1 (福建省副省长) org:heldBy: a post has a holder",
        '- post:0000000000b1 (福建省副省长) kg:startDate: kg:startDate is a single xsd:date (or xsd:gYearMonth'
        ' / xsd:gYear) (found "2023/01/15")',
        '- place:350700 (南平市) kg:adcode: kg:adcode is one code of 6, 9 or 12 digits (found "35070")',
        "- place:350100 (福州市) rdf:type: a province, city, county, town or village is also typed kg:Place",
        "prov:value: evidence has exactly one prov:value",
    ]
    for text in expected:
        assert sum(text in line for line in lines) == 1, text


def test_ontology_labels_every_property_the_graph_uses_in_chinese(kb):
    ontology = ontology_graph()
    used = {p for _, p, _ in build_graph(kb)} - {RDF.type}
    unlabelled = [p for p in used if not any(label.language == "zh" for label in ontology.objects(p, RDFS.label))]
    assert unlabelled == []


def test_unreadable_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KgError, match="cannot read"):
        validate(bad)
    with pytest.raises(KgError, match="no graph file"):
        validate(tmp_path / "missing.ttl")


def test_validate_graph_in_memory(kb):
    assert validate_graph(build_graph(kb))[0]
