"""Round 16 (helper q): implementedIn and issuedBy in wordings of aid reports, county features and
policy-interpretation pages: a launched program, a comma and 在 + places with the amount of work done there
(启动实施X，在A、B改造农村住房1500户). Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_programs_chosen_sites import implemented


def test_places_of_the_work_counted_after_a_launched_program_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "省援藏工作队启动实施“藏鲁同心”安居工程，在桑珠孜区、江孜县改造农房800户。")
    assert {("藏鲁同心安居工程", "桑珠孜区"), ("藏鲁同心安居工程", "江孜县")} <= found
    found = implemented(nlp, tmp_path, "今年，州里实施“苗乡茶园”提质计划，在雷山县、丹寨县新建茶园1.5万亩。")
    assert {("苗乡茶园提质计划", "雷山县"), ("苗乡茶园提质计划", "丹寨县")} <= found
    found = implemented(nlp, tmp_path, "工作组推进“同心学堂”帮扶项目，在玉树市、囊谦县的12所小学开展结对帮扶。")
    assert {("同心学堂帮扶项目", "玉树市"), ("同心学堂帮扶项目", "囊谦县")} <= found


def test_places_after_a_launched_program_that_carry_out_another_one_are_not_its_sites(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "市里实施“绿色矿山”建设行动，在灵丘县、广灵县开展地质灾害防治试点3个。")
    assert not any(p == "绿色矿山建设行动" for p, _ in found)
    found = implemented(nlp, tmp_path, "“绿色矿山”建设行动成效明显，在灵丘县、广灵县新增绿地300亩。")
    assert not any(p == "绿色矿山建设行动" for p, _ in found)
