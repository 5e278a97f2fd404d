"""What the blind passages of round 50 showed: a county's whole scope before a pilot, a pilot listed that the clause
goes on from, a county entering a demonstration with no scope or level, and a subsidy to improve."""
from __future__ import annotations

from test_nlp import program_names


def test_a_countys_whole_scope_leaves_the_pilots_name(nlp):
    text = "邻近的尚儒村被确定为全县废弃矿山生态修复试点村，昔日矿坑建起了电站。"
    assert program_names(nlp, text) == ["废弃矿山生态修复试点"]


def test_a_pilot_listed_that_the_clause_goes_on_from_is_named(nlp):
    text = "上虞伞业列入省级传统制造业改造提升分行业试点后，区里设立专项资金。"
    assert program_names(nlp, text) == ["省级传统制造业改造提升分行业试点"]


def test_a_batch_listed_alone_is_no_name(nlp):
    assert program_names(nlp, "该县被列入第一批试点后，加快推进各项工作。") == []


def test_a_county_entering_a_demonstration_names_it(nlp):
    text = "温宿县、乌什县入选电子商务进农村综合示范县，全地区培育电商企业300余家。"
    assert program_names(nlp, text) == ["电子商务进农村综合示范"]


def test_a_subsidy_to_improve_is_no_name(nlp):
    assert program_names(nlp, "会议建议，县政府要加大财政投入，完善养老服务补贴政策，推动融合发展；") == []
