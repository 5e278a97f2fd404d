"""The seed end to end: its parts, a valid graph, and the expected answers of every ready query."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from kg.query import run_query
from kg.validate import validate

QUERIES = Path(__file__).parent.parent / "ontology" / "queries"


def ask(out: Path, name: str, values: str = "") -> list[dict[str, str]]:
    """Rows of a ready query, with its commented VALUES line filled in when `values` is given."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    if values:
        text = re.sub(r"# (VALUES \?\w+) \{[^}]*\}", lambda m: f"{m.group(1)} {{ {values} }}", text, count=1)
    return list(csv.DictReader(io.StringIO(run_query(out / "graph.ttl", text, "csv"))))


@pytest.fixture(scope="module")
def out(seed_build) -> Path:
    return seed_build[1]


def test_the_issue_splits_into_articles_with_titles_and_authors(seed_build):
    report, _ = seed_build
    [document] = report.documents
    kinds = [a.kind for a in document.articles]
    assert kinds.count("toc") == 1 and kinds.count("index") == 1 and kinds.count("article") >= 24
    by_title = {a.title: a for a in document.articles}
    assert by_title["行政检查计划统筹的宁波探索"].authors == ["沈华军"]
    assert by_title["红色学府赋能共富探路先行"].authors == ["王甲", "季文伟"]
    assert document.date is not None and document.date.year == 2024


def test_the_seed_graph_conforms_to_the_shapes(out):
    conforms, report = validate(out / "graph.ttl")
    assert conforms, report


def test_posts_with_dates(out):
    rows = ask(out, "posts", '"刘捷"')
    assert {(r["title"], r["start"]) for r in rows} >= {("副省长", "2024-12-19"), ("代理省长", "2024-12-19")}
    assert {r["organization"] for r in rows} == {"浙江省人民政府"}


def test_policies_issued_by_an_organization_with_co_issuers(out):
    rows = ask(out, "policies_by_org", '"浙江省人力资源和社会保障厅"')
    assert {(r["policy"], r["coIssuers"]) for r in rows} == {("浙江省就业见习管理办法", "浙江省财政厅")}


def test_programs_in_the_counties_of_a_city(out):
    rows = ask(out, "programs_in_counties", '"杭州市"')
    assert ("淳安县", "基本公共服务一体化试点") in {(r["county"], r["program"]) for r in rows}


def test_everything_about_a_place(out):
    rows = ask(out, "place", '"淳安县"')
    parents = {r["item"] for r in rows if r["relation"] == "parent"}
    assert parents == {"杭州市", "浙江省"}
    assert "330127" in {r["item"] for r in rows}


def test_evidence_points_into_the_source_file(out):
    rows = ask(out, "evidence", "org:holds")
    raw = (Path(__file__).parent.parent / "seeds" / "000_bef34f75b279d892.txt").read_text(encoding="utf-8")
    said = [r for r in rows if r["subject"] == "刘捷"]
    assert {"刘捷 副省长", "刘捷 代理省长"} <= {r["object"] for r in said}
    row = next(r for r in said if "任命刘捷为浙江省副省长" in r["sentence"])  # also 刘捷任浙江省副省长、代理省长
    excerpt = re.sub(r"\s+", "", raw[int(row["start"]):int(row["end"])])
    assert "任命刘捷为浙江省副省长" in excerpt
