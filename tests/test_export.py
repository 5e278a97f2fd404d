"""Writers of kg.export: determinism, a second parser (pyoxigraph) agreeing, escaping, atomic writes."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from fixtures_kb import NASTY, kb, make_kb  # noqa: F401

import kg.export
from kg.errors import KgError
from kg.export import FORMATS, to_turtle, write_outputs
from kg.graph import build_graph

OXIGRAPH_FORMATS = {
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.nt": ox.RdfFormat.N_TRIPLES,
    "graph.jsonld": ox.RdfFormat.JSON_LD,
    "graph.trig": ox.RdfFormat.TRIG,
}
WRITE_IN_FRESH_PROCESS = (
    "import sys; sys.path.insert(0, 'tests'); from fixtures_kb import make_kb; "
    "from kg.export import FORMATS, write_outputs; from kg.graph import build_graph; "
    "write_outputs(build_graph(make_kb()), sys.argv[1], FORMATS)"
)


def test_turtle_is_byte_identical_for_the_same_input(kb):
    assert to_turtle(build_graph(kb)) == to_turtle(build_graph(make_kb()))


def test_no_export_depends_on_hash_seed(kb, tmp_path):
    """Sets and dicts iterate by hash: another PYTHONHASHSEED must give the same bytes in every format."""
    root = Path(__file__).resolve().parent.parent
    for seed in ("1", "2"):
        environment = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", WRITE_IN_FRESH_PROCESS, str(tmp_path / seed)], cwd=root,
                       env=environment, check=True)
    for file_name, _ in FORMATS.values():
        assert (tmp_path / "1" / file_name).read_bytes() == (tmp_path / "2" / file_name).read_bytes(), file_name


def test_turtle_uses_readable_prefixes(kb):
    text = to_turtle(build_graph(kb)).decode("utf-8")
    assert "@prefix kg: <https://w3id.org/kg-cn/ontology#> ." in text
    assert "place:350782 a kg:County" in text


def test_every_export_parses_in_pyoxigraph_with_the_same_triples(kb, tmp_path):
    graph = build_graph(kb)
    write_outputs(graph, tmp_path, FORMATS)
    for name, rdf_format in OXIGRAPH_FORMATS.items():
        parsed = list(ox.parse(path=str(tmp_path / name), format=rdf_format))
        triples = {(q.subject, q.predicate, q.object) for q in parsed} if rdf_format == ox.RdfFormat.TRIG else parsed
        assert len(set(triples)) == len(graph), name
        assert len(triples) == len(graph) or rdf_format == ox.RdfFormat.TRIG, name


def test_trig_has_one_named_graph_per_document(kb, tmp_path):
    write_outputs(build_graph(kb), tmp_path, ["trig"])
    quads = ox.parse(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG)
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert names == {f"https://w3id.org/kg-cn/resource/document/{doc.sha256[:16]}" for doc in kb.documents}


def test_nasty_label_round_trips_through_every_rdf_format(kb, tmp_path):
    write_outputs(build_graph(kb), tmp_path, FORMATS)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    concept = ox.NamedNode("https://w3id.org/kg-cn/resource/concept/0000000000f1")
    for name, rdf_format in OXIGRAPH_FORMATS.items():
        [value] = [q.object for q in ox.parse(path=str(tmp_path / name), format=rdf_format)
                   if q.subject == concept and q.predicate == label]
        assert value == ox.Literal(NASTY, language="zh"), name


def test_graphml_holds_entities_and_typed_edges(kb, tmp_path):
    write_outputs(build_graph(kb), tmp_path, ["graphml"])
    network = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert network.number_of_nodes() == len(kb.entities)
    county = network.nodes["https://w3id.org/kg-cn/resource/place/350782"]
    assert (county["label"], county["type"]) == ("武夷山市", "Place")
    edges = network.get_edge_data("https://w3id.org/kg-cn/resource/place/350782",
                                  "https://w3id.org/kg-cn/resource/place/350700")
    assert [(e["predicate"], e["label"]) for e in edges.values()] == [("kg:locatedIn", "位于")]
    # XML cannot carry control characters at all: they become U+FFFD, the rest survives escaped
    nasty = network.nodes["https://w3id.org/kg-cn/resource/concept/0000000000f1"]["label"]
    assert "<script>alert(1)</script>" in nasty and "\x01" not in nasty and "\ufffd\ufffd" in nasty


def test_failed_write_leaves_the_old_file_and_no_temporary(kb, tmp_path, monkeypatch):
    write_outputs(build_graph(kb), tmp_path, ["turtle"])
    before = (tmp_path / "graph.ttl").read_bytes()

    def broken(graph):
        raise RuntimeError("disk full")

    monkeypatch.setitem(FORMATS, "ntriples", ("graph.nt", broken))
    monkeypatch.setattr(kg.export, "to_turtle", broken)
    with pytest.raises(RuntimeError):
        write_outputs(build_graph(kb), tmp_path, ["ntriples"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
    assert (tmp_path / "graph.ttl").read_bytes() == before


def test_interrupted_write_removes_its_temporary_file(tmp_path, monkeypatch):
    def failing_replace(source, target):
        raise OSError("rename failed")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        kg.export.write_atomically(tmp_path / "graph.ttl", b"data")
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_refused_before_anything_is_written(kb, tmp_path):
    with pytest.raises(KgError, match="unknown export format"):
        write_outputs(build_graph(kb), tmp_path / "out", ["turtle", "excel"])
    assert not (tmp_path / "out").exists()


def independent_parser(name: str) -> str:
    """rapper (Raptor) and serdi (Serd) read Turtle without rdflib or Oxigraph code; CI installs both
    (apt-get install raptor2-utils serdi), so a missing one is a failure, not a skip."""
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is not installed (apt-get install raptor2-utils serdi)")
    return path


@pytest.mark.parametrize("command", [["rapper", "-q", "-i", "turtle", "-o", "ntriples"],
                                     ["serdi", "-i", "turtle", "-o", "ntriples"]])
def test_independent_parsers_read_the_seed_and_nasty_turtle_with_the_same_triples(command, kg_and_seed_turtle,
                                                                                  tmp_path):
    for name, turtle in kg_and_seed_turtle.items():
        path = tmp_path / f"{name}.ttl"
        path.write_bytes(turtle)
        result = subprocess.run([independent_parser(command[0]), *command[1:], str(path)], capture_output=True,
                                check=True)
        expected = {(q.subject, q.predicate, q.object) for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}
        parsed = set(ox.parse(result.stdout, format=ox.RdfFormat.N_TRIPLES))
        assert {(t.subject, t.predicate, t.object) for t in parsed} == expected, name


@pytest.fixture(scope="module")
def kg_and_seed_turtle(seed_build) -> dict[str, bytes]:
    _, out = seed_build
    return {"nasty": to_turtle(build_graph(make_kb())), "seed": (out / "graph.ttl").read_bytes()}
