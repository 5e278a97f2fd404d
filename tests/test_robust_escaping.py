"""Hostile document text through the real pipeline: it comes out escaped (and whole) in Turtle, HTML, JSON, CSV."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph
from rdflib import Graph, Literal
from test_robust_inputs import fast_and_isolated, run_kg, write  # noqa: F401

from kg.cli import main

SCRIPT = "</script><script>alert(1)</script>"
TITLE = f'关于"引号"与<b>标签</b>和\\反斜杠{SCRIPT}的通知'  # the first line, unpunctuated: the article's title
SENTENCE = f"会议决定任命刘捷为浙江省副省长，“{SCRIPT}”与\x01控制\x07字符和\\n'单引号'<img src=x onerror=alert(2)>。"
# U+2028 is a line break to the cleaning: it must not reach a page's script as a raw character either.
TEXT = f"{TITLE}\n浙江省人民政府召开常务会议\u2028研究工作。\n{SENTENCE}\n"

LITERALS = """SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), "alert")) }
ORDER BY ?s ?p ?o"""


def nasty_build(tmp_path, capsys):
    write(tmp_path / "in" / "nasty.txt", TEXT.encode())
    assert run_kg(capsys, "build", "in", "--out", "out")[0] == 0
    return tmp_path / "out"


def test_turtle_parses_and_keeps_the_text_exactly(tmp_path, capsys):
    out = nasty_build(tmp_path, capsys)
    turtle = (out / "graph.ttl").read_bytes()
    store = pyoxigraph.Store()
    store.load(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    texts = {str(o) for _, _, o in Graph().parse(data=turtle, format="turtle") if isinstance(o, Literal)}
    oxigraph_texts = {quad.object.value for quad in store if isinstance(quad.object, pyoxigraph.Literal)}
    assert texts == oxigraph_texts
    assert any(SCRIPT in text and "<b>标签</b>" in text and "\\反斜杠" in text for text in texts)
    assert TITLE in texts and SENTENCE in texts  # the evidence sentence, control characters and all


def test_the_page_holds_no_markup_from_the_document(tmp_path, capsys):
    html = (nasty_build(tmp_path, capsys) / "graph.html").read_text(encoding="utf-8")
    assert "刘捷" in html and "alert(2)" in html  # the text is on the page …
    for raw in ("<script>alert", "</script><script>", "<img src=x", "<b>标签", "\u2028", "\x01"):
        assert raw not in html  # … but never as markup (or as a line break inside a script)


def query(capsys, graph: Path, fmt: str) -> str:
    assert main(["query", str(graph), LITERALS, "--format", fmt]) == 0
    return capsys.readouterr().out


def test_query_results_are_valid_json_and_csv(tmp_path, capsys):
    graph = nasty_build(tmp_path, capsys) / "graph.ttl"
    answer = json.loads(query(capsys, graph, "json"))
    values = [row["o"]["value"] for row in answer["results"]["bindings"]]
    assert set(values) == {TITLE, SENTENCE}  # the title also labels the notice it names (a Policy)
    rows = list(csv.reader(io.StringIO(query(capsys, graph, "csv"), newline="")))
    assert rows[0] == ["s", "p", "o"] and [row[2] for row in rows[1:]] == values
