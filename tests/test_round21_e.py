"""Round 21 (e): programs named in prose that open their clause before 由 and the bodies that launched them, the
list of bodies ending in 等部门 (兴边富民行动由国家民委会同国家发展改革委等部门发起). Texts of other provinces than
the dev set's passages."""
from __future__ import annotations

from test_programs_sites_round14 import proposed


def test_an_unquoted_program_opening_its_clause_before_its_launchers_is_proposed_by_them(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "四川省近年来大力推进乡村振兴。藏区牧民定居行动由四川省发展和改革委员会会同四川省民族宗教事务委员会等部门发起，已覆盖甘孜州。")
    assert {("藏区牧民定居行动", "四川省发展和改革委员会"), ("藏区牧民定居行动", "四川省民族宗教事务委员会")} <= found
    found = proposed(nlp, tmp_path, "西藏自治区持续改善农牧民生活。农牧民增收致富工程由西藏自治区农业农村厅发起，惠及全区。")
    assert ("农牧民增收致富工程", "西藏自治区农业农村厅") in found
    found = proposed(nlp, tmp_path, "内蒙古自治区推进边境地区发展。守边富民计划由内蒙古自治区人民政府会同内蒙古自治区民族事务委员会等部门提出。")
    assert {("守边富民计划", "内蒙古自治区人民政府"), ("守边富民计划", "内蒙古自治区民族事务委员会")} <= found


def test_an_anaphor_or_a_project_before_its_launcher_is_no_new_program(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "乡村道路硬化项目由县交通运输局发起，总投资3亿元。这一工程由市委部署。")
    assert not any(p.startswith(("乡村道路硬化", "这一工程")) for p, _ in found)
