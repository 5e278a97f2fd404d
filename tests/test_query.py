"""kg.query: the ready queries on the fixture graph, result formats, prefixes, errors."""
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
from importlib import resources

import pyoxigraph as ox
import pytest
from fixtures_kb import NASTY, graph_file, kb  # noqa: F401

from kg.errors import KgError
from kg.export import write_outputs
from kg.graph import build_graph
from kg.query import execute, format_result, install_store, load_store, make_store, run_query, table_of

QUERIES = resources.files("kg.ontology").joinpath("queries")


def ready_query(name: str, values: str = "", variable: str = r"\w+") -> str:
    """A ready query; `values` replaces the body of its commented-out VALUES line of `variable` (the user's edit)."""
    text = QUERIES.joinpath(f"{name}.rq").read_text("utf-8")
    if values:
        text, count = re.subn(rf"# VALUES (\?{variable}) \{{[^}}]*\}}", rf"VALUES \1 {{ {values} }}", text)
        assert count == 1
    return text


def save_store(graph_file):
    """As kg build saves the store of its graph file, once the file is written."""
    install_store(graph_file, make_store(graph_file, graph_file.read_bytes()))


def rows(graph_path, query: str) -> list[list[str]]:
    """The rows of a SELECT (header excluded), through the SPARQL CSV format."""
    return list(csv.reader(io.StringIO(run_query(graph_path, query, "csv"), newline="")))[1:]


def test_posts(graph_file):
    assert rows(graph_file, ready_query("posts")) == [
        ["张三", "副省长", "福建省人民政府", "福建省", "2023-01-15", "", "https://w3id.org/kg-cn/resource/post/0000000000b1"],
        ["李四", "厅长", "福建省财政厅", "", "2023-06", "", "https://w3id.org/kg-cn/resource/post/0000000000b2"],
    ]
    assert [r[0] for r in rows(graph_file, ready_query("posts", '"李四"'))] == ["李四"]


def test_policies_by_org_with_co_issuers(graph_file):
    expected = [
        ["福建省农业农村厅", "关于支持乡村振兴的若干意见", "2023-03-01", "福建省财政厅"],
        ["福建省财政厅", "关于支持乡村振兴的若干意见", "2023-03-01", "福建省农业农村厅"],
    ]
    assert rows(graph_file, ready_query("policies_by_org")) == expected
    # an alias names the organization too
    assert rows(graph_file, ready_query("policies_by_org", '"省财政厅"')) == expected[1:]


def test_programs_in_counties_of_a_city(graph_file):
    expected = [["南平市", "建阳区", "绿色茶园工程", "建阳区"], ["南平市", "武夷山市", "绿色茶园工程", "武夷山市"]]
    assert rows(graph_file, ready_query("programs_in_counties")) == expected
    assert rows(graph_file, ready_query("programs_in_counties", '"南平"')) == expected
    assert rows(graph_file, ready_query("programs_in_counties", '"福州市"')) == []


def test_place_parents_children_and_links(graph_file):
    found = rows(graph_file, ready_query("place", '"南平市"'))
    kg = "https://w3id.org/kg-cn/ontology#"
    assert ["南平市", "parent", "福建省", ""] in found
    assert ["南平市", "inside", "武夷山市", ""] in found
    assert ["南平市", "inside", "建阳区", ""] in found
    assert ["南平市", f"{kg}implementedIn", "绿色茶园工程", "武夷山市"] in found
    assert ["南平市", f"{kg}heldIn", "全省茶产业推进会", "南平市"] in found
    assert ["南平市", f"{kg}adcode", "350700", ""] in found
    assert {r[0] for r in found} == {"南平市"}
    assert not any("福州" in cell for r in found for cell in r)


def test_evidence_for_a_predicate(graph_file, kb):
    found = rows(graph_file, ready_query("evidence", "kg:implementedIn", "predicate"))
    sentence = "南平市在武夷山市和建阳区实施绿色茶园工程。"
    start = kb.documents[0].raw.index(sentence)
    predicate = "https://w3id.org/kg-cn/ontology#implementedIn"
    assert found == [
        ["滨海新城工程", predicate, "福州市", "福州市实施滨海新城工程。", "乡村振兴", "corpus/a.txt",
         str(kb.documents[0].raw.index("福州市实施")), str(kb.documents[0].raw.index("张三在南平市"))],
        ["绿色茶园工程", predicate, "建阳区", sentence, "乡村振兴", "corpus/a.txt", str(start), str(start + len(sentence))],
        ["绿色茶园工程", predicate, "武夷山市", sentence, "乡村振兴", "corpus/a.txt", str(start), str(start + len(sentence))],
    ]
    assert len(rows(graph_file, ready_query("evidence"))) == 14


def test_evidence_for_one_entity(graph_file):
    query = ready_query("evidence", '"南平市"@zh', "name").replace("  # ?named", "  ?named")
    everything = rows(graph_file, ready_query("evidence"))
    about = [r for r in everything if "南平市" in (r[0], r[2])]
    assert about and rows(graph_file, query) == about


def test_query_from_an_rq_file(graph_file, tmp_path):
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person }", encoding="utf-8")
    assert rows(graph_file, str(query)) == [["2"]]


def test_prefixes_are_predeclared_and_own_prefixes_still_work(graph_file):
    own = "PREFIX k: <https://w3id.org/kg-cn/ontology#> SELECT ?p WHERE { ?p a k:Person } ORDER BY ?p"
    assert rows(graph_file, own) == rows(graph_file, "SELECT ?p WHERE { ?p a kg:Person } ORDER BY ?p")


def test_json_follows_sparql_results_json(graph_file):
    query = 'SELECT ?c ?l ?n WHERE { ?c a kg:Concept ; rdfs:label ?l . OPTIONAL { ?c kg:adcode ?n } }'
    answer = json.loads(run_query(graph_file, query, "json"))
    assert answer["head"] == {"vars": ["c", "l", "n"]}
    assert answer["results"]["bindings"] == [{
        "c": {"type": "uri", "value": "https://w3id.org/kg-cn/resource/concept/0000000000f1"},
        "l": {"type": "literal", "value": NASTY, "xml:lang": "zh"},
    }]
    count = json.loads(run_query(graph_file, "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person }", "json"))
    assert count["results"]["bindings"][0]["n"] == {
        "type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert json.loads(run_query(graph_file, "ASK { ?p a kg:Person }", "json")) == {"head": {}, "boolean": True}


def test_csv_and_tsv_keep_awkward_text_intact(graph_file):
    query = "SELECT ?l WHERE { ?c a kg:Concept ; rdfs:label ?l }"
    assert rows(graph_file, query) == [[NASTY]]
    tsv = run_query(graph_file, query, "tsv").split("\n")
    assert tsv[0] == "?l" and len(tsv) == 3 and tsv[2] == ""  # header, one row, final newline
    assert tsv[1].startswith('"He said \\"yes\\"') and tsv[1].endswith("@zh") and "\t" not in tsv[1]


def test_table_is_one_line_per_row(graph_file):
    table = run_query(graph_file, "SELECT ?c ?l WHERE { ?c a kg:Concept ; rdfs:label ?l }", "table")
    lines = table.splitlines()
    assert lines[0].split() == ["c", "|", "l"]
    assert lines[2].startswith("kgr:concept/0000000000f1 | He said")
    assert lines[-1] == "(1 row)" and len(lines) == 4


ODD_TERMS = """
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:s ex:p "tab\\there \\"quoted\\" back\\\\slash \\u0001 \\U0001F600 宽字符"@zh , 5 , 1.5e0 , true ,
    "x"^^<http://example.org/dt> , _:b , <http://example.org/一> , "\u3000全角空格" .
"""


def test_both_tables_show_odd_terms_alike(tmp_path):
    graph = tmp_path / "odd.ttl"
    graph.write_text(ODD_TERMS, encoding="utf-8")
    query = "SELECT ?o ?nothing WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?nothing } } ORDER BY STR(?o)"
    store = load_store(graph)
    from_tsv = table_of(store, query)  # kg query: the rows from Oxigraph's TSV
    assert from_tsv == format_result(execute(store, query), "table")  # kg serve: from the terms
    shown = [line[:line.rindex(" |")] for line in from_tsv.splitlines()[2:-1]]  # the second column is empty
    assert [cell.rstrip() for cell in shown[1:]] == [
        "1.5", "5", "<http://example.org/一>", 'tab\\x09here "quoted" back\\slash \\x01 \U0001F600 宽字符', "true", "x",
        "\u3000全角空格"]
    assert shown[0].startswith("_:")
    columns = {sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in cell) for cell in shown}
    assert len(columns) == 1  # every cell padded to one display width, wide characters counting two


def test_both_tables_agree_on_blank_and_empty_rows(tmp_path):
    graph = tmp_path / "odd.ttl"
    graph.write_text(ODD_TERMS, encoding="utf-8")
    store = load_store(graph)
    for query in ["SELECT * WHERE {}", "SELECT * WHERE { FILTER(false) }", "SELECT ?o WHERE { ?s ?p ?o FILTER(false) }",
                  "SELECT ?nothing WHERE { ?s ?p ?o }",
                  "SELECT ?nothing ?o WHERE { ?s ?p ?o } ORDER BY STR(?o)",
                  'SELECT ?o ?space WHERE { ?s ?p ?o BIND(IF(isIRI(?o), "  ", STR(?o)) AS ?space) } ORDER BY STR(?o)']:
        table = table_of(store, query)
        assert table == format_result(execute(store, query), "table"), query
        assert all(line == line.rstrip() for line in table.splitlines()), query
    assert table_of(store, "SELECT * WHERE {}") == "\n\n\n(1 row)\n"


def test_construct_gives_turtle(graph_file):
    text = run_query(graph_file, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kg:Person ; rdfs:label ?l }", "table")
    assert "@prefix rdfs:" in text and '"张三"@zh' in text


def test_trig_file_is_queried_as_the_union_of_its_graphs(kb, tmp_path):
    graph = build_graph(kb)
    write_outputs(graph, tmp_path, ["trig"])
    assert rows(tmp_path / "graph.trig", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [[str(len(graph))]]


def test_errors_are_one_line(graph_file, tmp_path):
    with pytest.raises(KgError, match="query syntax error") as error:
        run_query(graph_file, "SELECT ?x WHERE { ?x ", "table")
    assert "\n" not in str(error.value)
    with pytest.raises(KgError, match="read-only"):
        run_query(graph_file, "PREFIX a: <http://a/>\n# comment\nINSERT DATA { a:b a:c a:d }", "table")
    with pytest.raises(KgError, match="no graph file"):
        run_query(tmp_path / "missing.ttl", "ASK {}", "table")
    with pytest.raises(KgError, match="unknown result format"):
        run_query(graph_file, "ASK {}", "xml")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(KgError, match="cannot read"):
        load_store(broken)


def test_result_bound(graph_file):
    store = load_store(graph_file)
    with pytest.raises(KgError, match="more than 3 rows"):
        execute(store, "SELECT * WHERE { ?s ?p ?o }", max_rows=3)
    assert len(execute(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", max_rows=3).rows) == 3
    assert format_result(execute(store, "ASK { ?s a kg:Nothing }"), "table") == "false\n"


def test_the_saved_store_is_used_while_it_matches_the_graph_file(graph_file):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_memory = rows(graph_file, count)
    save_store(graph_file)
    store = load_store(graph_file)
    with pytest.raises(RuntimeError, match="read-write"):  # the saved store opens read-only: proof that it, not the file, answered
        store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o")))
    assert rows(graph_file, count) == in_memory
    with graph_file.open("a", encoding="utf-8") as stream:
        stream.write('\n<http://a/s> <http://a/p> "added after the build" .\n')
    assert int(rows(graph_file, count)[0][0]) == int(in_memory[0][0]) + 1  # a stale store is not read
    save_store(graph_file)
    assert int(rows(graph_file, count)[0][0]) == int(in_memory[0][0]) + 1
    assert [p.name for p in graph_file.parent.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_an_unchanged_graph_file_is_not_hashed_again(graph_file, monkeypatch):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    save_store(graph_file)
    before = rows(graph_file, count)

    def no_hash(data):
        raise AssertionError("hashed the graph file")

    monkeypatch.setattr("kg.query.hashlib.sha256", no_hash)
    assert rows(graph_file, count) == before  # answered from the saved store, told by the file's size and time
    graph_file.touch()  # a new time: the hash decides
    with pytest.raises(AssertionError, match="hashed"):
        load_store(graph_file)


def test_a_graph_file_rewritten_with_the_same_size_is_checked_by_its_hash(graph_file):
    save_store(graph_file)
    text = graph_file.read_text(encoding="utf-8")
    graph_file.write_text(text, encoding="utf-8")  # same bytes, a new time: the store still holds it
    assert isinstance(load_store(graph_file).query("ASK {}"), ox.QueryBoolean)
    with pytest.raises(RuntimeError, match="read-write"):
        load_store(graph_file).add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o")))
    changed = text.replace("\"张三\"@zh", "\"张五\"@zh", 1)
    assert len(changed.encode()) == len(text.encode())
    graph_file.write_text(changed, encoding="utf-8")
    assert rows(graph_file, 'SELECT ?s WHERE { ?s ?p "张五"@zh }')  # read from the file, not the stale store


def test_prefix_iris_are_the_namespaces_of_the_graph():
    from kg.prefixes import PREFIX_IRIS
    from kg.vocab import PREFIXES

    assert PREFIX_IRIS == {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def test_kg_query_starts_without_rdflib(graph_file):
    """rdflib's import costs half a second on every `kg query`; the query path needs only pyoxigraph."""
    script = ("import sys; from kg.cli import main; sys.argv = ['kg', 'query', sys.argv[1], 'ASK { ?s ?p ?o }'];"
              "code = main(); print(code, 'rdflib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script, str(graph_file)], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split("\n")[-2] == "0 False"


def quads_of(store: ox.Store) -> set:
    return set(store.quads_for_pattern(None, None, None, None))


def test_the_store_loads_kg_turtle_in_pieces_of_whole_statements(graph_file):
    from kg.query import _turtle_pieces

    data = graph_file.read_bytes()
    pieces = list(_turtle_pieces(data, size=200))  # the fixture holds NASTY literals: quotes, line breaks
    assert len(pieces) > 5
    whole, pieced = ox.Store(), ox.Store()
    whole.load(data, format=ox.RdfFormat.TURTLE)
    for piece in pieces:
        pieced.load(piece, format=ox.RdfFormat.TURTLE)
    assert quads_of(pieced) == quads_of(whole)


def test_a_turtle_file_laid_out_otherwise_is_stored_in_one_piece(tmp_path, monkeypatch):
    import kg.query

    cut_everywhere = kg.query._turtle_pieces
    monkeypatch.setattr(kg.query, "_turtle_pieces", lambda data: cut_everywhere(data, size=1))
    graph_file = tmp_path / "graph.ttl"
    graph_file.write_text('@prefix ex: <http://example.org/> .\n\nex:a ex:p ex:b ;\n\n    ex:q "x" .\n\n'
                          '@prefix ey: <http://example.org/y/> .\n\ney:c ex:p ex:a .\n', encoding="utf-8")
    save_store(graph_file)
    assert rows(graph_file, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [["3"]]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_turtle_file_that_does_not_parse_raises_and_leaves_no_store(tmp_path):
    graph_file = tmp_path / "graph.ttl"
    graph_file.write_text("@prefix ex: <http://example.org/> .\n\nex:a ex:p .\n", encoding="utf-8")
    with pytest.raises(SyntaxError):
        save_store(graph_file)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_co_issuers_are_listed_in_one_order_from_the_saved_store_and_from_the_file(tmp_path):
    kg, rdfs = "https://w3id.org/kg-cn/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    names = ["浙江省财政厅", "浙江省农业农村厅", "浙江省文化广电和旅游厅", "浙江省经济和信息化厅"]
    lines = [f'<http://a/doc> <{kg}issuedBy> <http://a/org{i}> .\n<http://a/org{i}> a <{kg}Organization> ; '
             f'<{rdfs}label> "{name}"@zh .' for i, name in enumerate(names)]
    graph_file = tmp_path / "graph.ttl"
    graph_file.write_text("\n".join(lines + [f'<http://a/doc> <{rdfs}label> "某办法"@zh .']) + "\n", encoding="utf-8")
    from_file = rows(graph_file, ready_query("policies_by_org"))
    save_store(graph_file)
    assert rows(graph_file, ready_query("policies_by_org")) == from_file
    assert [row[3].split("、") for row in from_file] == [sorted(set(names) - {row[0]}) for row in from_file]
