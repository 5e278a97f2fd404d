"""A smoke run of `kg bench` on a tiny input: every stage comes out in the table and in the JSON.
No timing is asserted."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import bench
from kg.cli import main

DATA = Path(__file__).parent / "data"
STAGES = ["ingest", "load models", "nlp pass", "segmentation", "ner", "ner.kg_lac", "ner.kg_places",
          "ner.kg_patterns", "ner.kg_entities", "rules", "resolution", "rdf graph", "turtle", "html", "query store",
          "build", "models alone", "models.pkuseg", "models.lac", "query.load"]


@pytest.fixture(scope="module")
def loaded():
    return bench.timed_nlp()


def test_bench_reports_every_stage_of_both_corpora(tmp_path, monkeypatch, capsys, loaded):
    monkeypatch.setattr(bench, "timed_nlp", lambda: loaded)  # one model load for the whole run
    out = tmp_path / "bench.json"
    assert main(["bench", "--input", str(DATA / "gen-p01.txt"), "--scale", "2", "--jobs", "1", "--out", str(out)]) == 0

    table = capsys.readouterr().out
    queries = [f"{way}.{p.stem}" for p in bench.ready_queries() for way in ("query", "serve")]
    assert queries
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [c["name"] for c in data["corpora"]] == ["input", "2x"]
    assert [c["documents"] for c in data["corpora"]] == [1, 2]
    for corpus in data["corpora"]:
        stages = [s["stage"] for s in corpus["stages"]]
        assert stages[:len(STAGES)] == STAGES and sorted(stages[len(STAGES):]) == sorted(queries + ["serve.load"])
        assert corpus["chars"] > 0 and corpus["ratio"] > 0 and 0 < corpus["ratio_in_pass"] < 1
        assert all(s["seconds"] >= 0 and s["peak_mb"] > 0 for s in corpus["stages"])
    assert data["corpora"][1]["chars"] >= 2 * data["corpora"][0]["chars"]
    for name in ("input:", "2x:", *STAGES, *queries):
        assert name in table


def test_scaled_copies_differ_from_each_other(tmp_path):
    from kg.ingest import read_document

    seed = read_document(DATA / "gen-p01.txt", source="gen-p01.txt")
    paths = bench.scaled_copies([seed], 3, tmp_path)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(set(texts)) == 3
    assert all(len(t) - len(seed.raw.lstrip()) in (3, 4) for t in texts)  # only the copy number was added
