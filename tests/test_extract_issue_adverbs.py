"""Issuers with an adverb (已, 已经, 还) before their cue verb, and the body that holds an unnamed meeting
(X召开会议) as the one whose 会议审议通过/会议决定 it is (texts of other provinces)."""
from __future__ import annotations

from pathlib import Path

from test_extract import relations, triples
from test_extract_documents import facts
from test_resolve import kb_of


def made(folder: Path) -> Path:
    folder.mkdir()
    return folder


def test_bodies_that_have_already_issued_a_document_issued_it(nlp):
    found = relations(nlp, ["中共宁夏回族自治区委员会办公厅、宁夏回族自治区人民政府办公厅已联合印发《宁夏回族自治区农村人居环境整治提升五年行动实施方案》。"])
    assert len(triples(found, "issuedBy")) == 2
    found = relations(nlp, ["青海省农业农村厅已经印发《青海省高原现代农牧业发展规划》，各地要抓好落实。"])
    assert triples(found, "issuedBy") == {("青海省高原现代农牧业发展规划", "青海省农业农村厅")}
    found = relations(nlp, ["贵州省财政厅还出台了《贵州省衔接推进乡村振兴补助资金管理办法》。"])
    assert triples(found, "issuedBy") == {("贵州省衔接推进乡村振兴补助资金管理办法", "贵州省财政厅")}


def test_the_body_that_holds_an_unnamed_meeting_passes_and_decides_what_it_does(nlp, tmp_path):
    text = "6月5日，中共赣州市委常委会召开会议，传达学习省委常委会会议精神。会议审议并原则通过《赣州市数字经济发展实施方案》。"
    kb = kb_of(nlp, made(tmp_path / "a"), {"a.txt": text})
    assert facts(kb, "issuedBy") == {("赣州市数字经济发展实施方案", "中共赣州市委常务委员会")}
    text = "绵竹市人民政府召开常务会议。会议原则通过《绵竹市城市更新行动方案》。"
    kb = kb_of(nlp, made(tmp_path / "b"), {"a.txt": text})
    assert ("绵竹市城市更新行动方案", "绵竹市人民政府") in facts(kb, "issuedBy")
    text = "中共延吉市委常委会召开会议，传达学习州委常委会会议精神。会议决定，在全市开展“作风建设年”活动。"
    kb = kb_of(nlp, made(tmp_path / "c"), {"a.txt": text})
    assert {name for plan, name in facts(kb, "proposedBy")} == {"中共延吉市委常务委员会"}
