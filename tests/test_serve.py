"""The SPARQL endpoint over real HTTP on a free port."""
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from fixtures_kb import NASTY, make_kb

from kg.errors import KgError
from kg.export import write_outputs
from kg.graph import build_graph
from kg.serve import make_server, negotiate

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    write_outputs(build_graph(make_kb()), folder, ["turtle"])
    server = make_server(folder / "graph.ttl", "127.0.0.1", 0, timeout_s=1.0, max_rows=50, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def request(url, data=None, headers=None, method=None):
    """(status, content type, body text) of a request, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


def get(endpoint, query, accept=""):
    return request(f"{endpoint}/sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})


def test_get_answers_sparql_results_json(endpoint):
    status, media, body = get(endpoint, "SELECT ?l WHERE { ?c a kg:Concept ; rdfs:label ?l }",
                              "application/sparql-results+json")
    assert (status, media) == (200, "application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"] == [{"l": {"type": "literal", "value": NASTY, "xml:lang": "zh"}}]


def test_post_query_body_as_csv(endpoint):
    status, media, body = request(f"{endpoint}/sparql", data="SELECT ?p WHERE { ?p a kg:Person } ORDER BY ?p".encode(),
                                  headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert (status, media) == (200, "text/csv; charset=utf-8")
    assert body == ("p\r\nhttps://w3id.org/kg-cn/resource/person/000000000001\r\n"
                    "https://w3id.org/kg-cn/resource/person/000000000002\r\n")


def test_post_form_as_tsv(endpoint):
    form = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Place }"}).encode()
    status, media, body = request(f"{endpoint}/sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/tab-separated-values"})
    assert (status, media) == (200, "text/tab-separated-values; charset=utf-8")
    assert body.splitlines() == ["?n", '"5"^^<http://www.w3.org/2001/XMLSchema#integer>']


def test_construct_as_turtle(endpoint):
    status, media, body = get(endpoint, "CONSTRUCT WHERE { ?p a kg:Person ; rdfs:label ?l }",
                              "text/turtle, application/sparql-results+json;q=0.5")
    assert (status, media) == (200, "text/turtle; charset=utf-8")
    assert len(list(ox.parse(body.encode(), format=ox.RdfFormat.TURTLE))) == 4


def test_describe_defaults_to_turtle(endpoint):
    status, media, body = get(endpoint, "DESCRIBE <https://w3id.org/kg-cn/resource/place/350700>")
    assert (status, media) == (200, "text/turtle; charset=utf-8")
    assert '"南平市"@zh' in body


def test_update_is_refused(endpoint):
    update = "INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }"
    status, media, body = request(f"{endpoint}/sparql", data=update.encode(),
                                  headers={"Content-Type": "application/sparql-update"})
    assert (status, media) == (403, "text/plain; charset=utf-8") and "read-only" in body
    form = urllib.parse.urlencode({"update": update}).encode()
    assert request(f"{endpoint}/sparql", data=form,
                   headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert get(endpoint, update)[0] == 403
    assert get(endpoint, "ASK { <http://a/b> ?p ?o }", "text/csv")[2] == "false\n"


def test_errors_are_plain_text(endpoint):
    status, media, body = get(endpoint, "SELECT <script>alert(1)</script> WHERE {")
    assert (status, media) == (400, "text/plain; charset=utf-8") and body.startswith("query syntax error")
    assert request(f"{endpoint}/sparql")[0] == 400
    assert get(endpoint, "ASK {}", "image/png")[0] == 406
    assert request(f"{endpoint}/elsewhere")[0] == 404
    assert request(f"{endpoint}/sparql", data=b"ASK {}", headers={"Content-Type": "text/plain"})[0] == 415


def test_result_size_bound(endpoint):
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 500 and "more than 50 rows" in body
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 50")[0] == 200


def test_slow_query_is_stopped_and_the_endpoint_keeps_serving(endpoint):
    status, media, body = get(endpoint, SLOW_QUERY)
    assert (status, media) == (503, "text/plain; charset=utf-8") and "time limit" in body
    assert get(endpoint, "ASK { ?p a kg:Person }", "application/json")[2] == '{"head": {}, "boolean": true}'


def test_form_page(endpoint):
    status, media, body = request(f"{endpoint}/?query=<script>")
    assert (status, media) == (200, "text/html; charset=utf-8")
    assert "<form" in body and "<script" not in body


def test_negotiate():
    offered = ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]
    assert negotiate("", offered) == "application/sparql-results+json"
    assert negotiate("*/*", offered) == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.9, text/tab-separated-values", offered) == "text/tab-separated-values"
    assert negotiate("text/*, text/csv;q=0", offered) == "text/tab-separated-values"
    assert negotiate("image/png", offered) is None


def test_missing_graph_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="no graph file"):
        make_server(tmp_path / "missing.ttl", "127.0.0.1", 0, workers=1)
