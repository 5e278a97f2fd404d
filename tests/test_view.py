"""The HTML graph page (kg/view.py): self-contained, escaped, deterministic, and its subgraph helpers."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import KgError
from kg.view import page_data, render_html, script_json, subgraph_around, subgraph_by_construct, vocabulary_label
from kg.vocab import KG, KGR

SAMPLE = Path(__file__).parent / "data" / "view_sample.ttl"
HOSTILE = "</script><script>alert(1)</script>\"引号\" '单引号' & <b>粗</b>"
HOSTILE_ALIAS = "坏\u2028别名</style>"


@pytest.fixture
def graph() -> Graph:
    return Graph().parse(SAMPLE)


def render(graph: Graph, tmp_path: Path, **options) -> str:
    out = tmp_path / "graph.html"
    render_html(graph, out, **options)
    return out.read_text(encoding="utf-8")


def embedded_data(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    return json.loads(found.group(1))


def names(data: dict) -> set[str]:
    return {node["name"] for node in data["nodes"]}


def test_page_loads_nothing_from_the_network(graph, tmp_path):
    html = render(graph, tmp_path)
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, re.IGNORECASE)
    assert tags, "the page has script tags"
    for tag in tags:
        assert not re.search(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", tag, re.IGNORECASE), tag
    assert not re.search(r"@import|url\(\s*[\"']?(?:https?:)?//", html, re.IGNORECASE)
    assert "default-src 'none'" in html  # the content security policy forbids any fetch


def test_document_text_never_becomes_markup(graph, tmp_path):
    html = render(graph, tmp_path)
    for raw in ("<script>alert(1)", "<b>粗", "<img src=x", "</style>\"", "\u2028"):
        assert raw not in html
    # Only the page's own four scripts close: nothing in the data ends one early.
    assert len(re.findall(r"</script", html, re.IGNORECASE)) == 4
    data = embedded_data(html)
    hostile = next(node for node in data["nodes"] if node["id"] == str(KGR["organization/eeeeeeeeeeee"]))
    assert hostile["name"] == HOSTILE
    assert hostile["aliases"] == [HOSTILE_ALIAS]
    assert any("<img src=x onerror=alert(2)>" in e["text"] for node in data["nodes"] for e in node["evidence"])


def test_script_json_escapes_every_character_that_could_end_the_script():
    text = script_json({"k": "</script><!-- & \u2028\u2029 '\""})
    assert not set(text) & set("<>&\u2028\u2029")
    assert json.loads(text) == {"k": "</script><!-- & \u2028\u2029 '\""}


def test_same_graph_gives_byte_identical_html(graph, tmp_path):
    reordered = Graph()
    for triple in sorted(graph, reverse=True):
        reordered.add(triple)
    first = render(graph, tmp_path)
    assert render(reordered, tmp_path) == first


def test_legend_and_filters_name_every_type_and_relation(graph, tmp_path):
    html = render(graph, tmp_path)
    legend = re.search(r'<div id="kg-legend">(.*?)</div>', html, re.DOTALL).group(1)
    data = embedded_data(html)
    kinds = {node["kind"] for node in data["nodes"]}
    assert kinds == {t["key"] for t in data["types"]} >= {"Person", "Organization", "Place", "Policy", "Post"}
    for kind in kinds:
        assert f'data-type="{kind}"' in legend
        assert vocabulary_label(graph, KG[kind]) in legend
    relations = re.search(r'<div id="kg-relations">(.*?)</div>', html, re.DOTALL).group(1)
    assert relations.count("data-relation=") == len(data["relations"]) == len({e["rel"] for e in data["edges"]})


def test_held_posts_fold_into_labelled_edges(graph):
    data = page_data(graph)
    person, office = str(KGR["person/aaaaaaaaaaaa"]), str(KGR["organization/dddddddddddd"])
    held = [e for e in data["edges"] if e["from"] == person]
    assert [(e["to"], e["label"]) for e in held] == [(office, "副省长")]  # org:heldBy is not drawn again
    assert held[0]["evidence"][0]["where"] == "tests/sample.txt:120-150"
    assert ["2024-12-19"] == [value for _, value in held[0]["facts"] if value.startswith("2024")]
    # A post nobody holds stays a (small) node; the folded one is gone.
    assert "秘书长" in names(data) and "副省长" not in names(data)


def test_edge_labels_come_from_the_ontology(graph):
    data = page_data(graph)
    labels = {r["iri"]: r["label"] for r in data["relations"]}
    assert labels[str(KG.locatedIn)] == vocabulary_label(graph, KG.locatedIn)
    located = [e for e in data["edges"] if data["relations"][e["rel"]]["iri"] == str(KG.locatedIn)]
    assert {e["label"] for e in located} == {labels[str(KG.locatedIn)]}


def test_default_view_keeps_the_most_mentioned_and_connected(graph):
    data = page_data(graph, max_default_nodes=3)
    top = [node for node in data["nodes"] if node["top"]]
    assert len(top) == data["defaultCount"] == 3
    assert "四川省" in {node["name"] for node in top}  # 7 mentions
    sizes = {node["name"]: node["value"] for node in data["nodes"]}
    assert sizes["四川省"] > sizes["锦江区"]


def test_subgraph_around_follows_the_radius(graph):
    assert names(page_data(subgraph_around(graph, "成都", 0))) == {"成都市"}
    assert names(page_data(subgraph_around(graph, "成都市", 1))) == {"成都市", "四川省", "锦江区", "四川省人大常委会第五次会议"}
    wider = names(page_data(subgraph_around(graph, str(KGR["place/510100"]), 2)))
    assert {"乡村振兴示范工程", "关于促进就业的若干意见", "李青"} <= wider


def test_subgraph_around_a_person_keeps_posts_and_evidence(graph):
    data = page_data(subgraph_around(graph, "kgr:person/aaaaaaaaaaaa", 1))
    assert names(data) == {"王明远", "四川省人民政府", "四川省"}
    assert [e["label"] for e in data["edges"] if e["from"] == str(KGR["person/aaaaaaaaaaaa"])] == ["副省长"]
    person = next(node for node in data["nodes"] if node["name"] == "王明远")
    assert person["mentions"] == 3 and person["evidence"]


@pytest.mark.parametrize("name", ["不存在的名字", ""])
def test_subgraph_around_an_unknown_name_is_a_clear_error(graph, name):
    with pytest.raises(KgError, match="no entity"):
        subgraph_around(graph, name, 1)


def test_subgraph_by_construct_keeps_labels_of_what_it_builds(graph):
    query = "CONSTRUCT { ?thing kg:implementedIn ?place } WHERE { ?thing kg:implementedIn ?place }"
    data = page_data(subgraph_by_construct(graph, query))
    assert names(data) == {"乡村振兴示范工程", "关于促进就业的若干意见", "四川省", "锦江区"}
    assert {data["relations"][e["rel"]]["iri"] for e in data["edges"]} == {str(KG.implementedIn)}


@pytest.mark.parametrize("query, message", [
    ("SELECT * WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("CONSTRUCT { ?s ?p } WHERE", "cannot run"),
])
def test_subgraph_by_construct_rejects_other_queries(graph, query, message):
    with pytest.raises(KgError, match=message):
        subgraph_by_construct(graph, query)


def test_focus_renders_the_neighbourhood_and_selects_the_entity(graph, tmp_path):
    data = embedded_data(render(graph, tmp_path, focus="王明远", radius=1))
    assert data["focus"] == str(KGR["person/aaaaaaaaaaaa"])
    assert names(data) == {"王明远", "四川省人民政府", "四川省"}


def test_articles_are_optional(graph):
    assert "本期关注" not in names(page_data(graph))
    with_articles = page_data(graph, articles=True)
    article = next(node for node in with_articles["nodes"] if node["name"] == "本期关注")
    assert {e["to"] for e in with_articles["edges"] if e["from"] == article["id"]} == {
        str(KGR["place/510000"]), str(KGR["person/aaaaaaaaaaaa"])
    }


def test_render_replaces_the_file_in_one_step(graph, tmp_path):
    out = tmp_path / "out" / "graph.html"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    render_html(graph, out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]
