"""kg eval: the scorer against one gold passage, and the matching rules it uses."""
from __future__ import annotations

import json
from pathlib import Path

from kg.evaluate import Tally, evaluate, format_scores, same_name

DATA = Path(__file__).parent / "data"


def test_names_compare_without_quotes():
    assert same_name("“接诉即办”改革") == same_name("接诉即办改革")


def test_tally_scores():
    assert Tally(tp=3, pred=4, gold=6).scores() == {"p": 0.75, "r": 0.5, "f1": 0.6, "tp": 3, "pred": 4, "gold": 6}


def test_eval_scores_a_gold_passage(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    scores = evaluate([DATA / "gen-p01.json"])
    gold = json.loads((DATA / "gen-p01.json").read_text(encoding="utf-8"))
    persons = sum(1 for e in gold["entities"] if e["type"] == "Person")
    assert scores["strict"]["Person"].gold == persons
    assert scores["strict"]["Person"].tp >= persons - 1  # the officials of a written passage are found
    report = json.loads(format_scores(scores, as_json=True))
    assert set(report) == {"strict", "lenient", "relations"} and "micro" in report["relations"]


def test_the_relation_errors_are_listed_in_order(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    scores = evaluate([DATA / "gen-p135.json"])  # a passage with misses of several relations
    for tally in scores["relations"].values():
        assert tally.misses == sorted(tally.misses) and tally.false_positives == sorted(tally.false_positives)
    assert sum(len(t.misses) for t in scores["relations"].values()) >= 3
