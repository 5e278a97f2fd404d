"""The command line end to end on a small input: build, query, validate, view, ner, eval, errors."""
from __future__ import annotations

import json
import subprocess
import sys

from kg import __version__
from kg.cli import main

TEXT = "四川省人大常委会任命张明为成都市副市长。省发展改革委、省财政厅联合印发《四川省乡村振兴促进办法》。\n"


def kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_version_and_help():
    assert kg("--version").stdout.strip() == f"kg {__version__}"
    for command in ("build", "query", "serve", "view", "validate", "ner", "eval"):
        assert kg(command, "--help").returncode == 0


def test_build_query_validate_view(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "-q", "--format", "nt"]) == 0
    assert {p.name for p in out.iterdir()} == {"graph.ttl", "graph.nt", "graph.html", "graph.oxigraph"}
    result = kg("query", str(out / "graph.ttl"), "SELECT ?l WHERE { ?p a kg:Policy ; rdfs:label ?l }", "--format", "json")
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["四川省乡村振兴促进办法"]
    assert kg("validate", str(out / "graph.ttl")).returncode == 0
    assert kg("view", str(out / "graph.ttl"), "--out", str(tmp_path / "v.html"), "--focus", "张明").returncode == 0
    assert "张明" in (tmp_path / "v.html").read_text(encoding="utf-8")


def test_errors_are_one_line_without_traceback(tmp_path):
    result = kg("build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "missing.txt" in result.stderr and "Traceback" not in result.stderr
    bad = kg("ner", stdin="not json\n")
    assert bad.returncode == 2 and "not JSON" in bad.stderr


def test_ner_gives_offsets_into_the_given_text():
    result = kg("ner", stdin=json.dumps({"id": "1", "text": "省委书记王浩在杭州调研。"}, ensure_ascii=False) + "\n")
    record = json.loads(result.stdout)
    spans = {(record["text"][s:e], t) for s, e, t, _ in record["entities"]}
    assert {("王浩", "Person"), ("杭州", "Place")} <= spans
    msra = kg("ner", "--tagset", "msra", stdin=json.dumps({"id": "1", "text": "王浩在杭州调研。"}, ensure_ascii=False) + "\n")
    assert {t for _, _, t, _ in json.loads(msra.stdout)["entities"]} == {"PER", "LOC"}
