"""Round 21 (e): programs named in prose that open their clause before 由 and the bodies that launched them, the
list of bodies ending in 等部门 (兴边富民行动由国家民委会同国家发展改革委等部门发起). Texts of other provinces than
the dev set's passages."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
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


def test_places_that_take_on_a_bare_task_of_a_program_named_before_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "8月，汝城县又被农业农村部列入全国农业产业强镇建设名单，热水镇承担建设任务。")
    assert ("农业产业强镇建设", "热水镇") in found
    found = implemented(nlp, tmp_path, "今年，灵璧县被列入省级美丽乡村示范创建名单，尹集镇承担创建任务。")
    assert ("省级美丽乡村示范创建", "尹集镇") in found
    found = implemented(nlp, tmp_path, "去年，泾县被列入全省农村宅基地制度改革试点名单，桃花潭镇、茂林镇具体承担试点任务。")
    assert {p for p, s in found if s in ("桃花潭镇", "茂林镇")}


def test_a_task_with_no_program_head_refers_to_no_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "县里启动乡村振兴工作，黄田镇承担了大量任务。")
    assert not any(s == "黄田镇" for _, s in found)


def test_courtyard_houses_restored_in_places_after_a_launched_program_are_its_work_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "歙县启动“徽州古民居”保护工程，在渔梁街道、雄村镇修缮古民居86院。")
    assert {("徽州古民居保护工程", "渔梁街道"), ("徽州古民居保护工程", "雄村镇")} <= found
    found = implemented(nlp, tmp_path, "平遥县实施古城民居保护工程，在古陶镇、段村镇修缮传统院落120院。")
    assert {("古城民居保护工程", "古陶镇"), ("古城民居保护工程", "段村镇")} <= found
    found = implemented(nlp, tmp_path, "黟县启动“徽派民居”活化利用项目，在宏村镇、西递镇改造老宅45院。")
    assert {p for p, s in found if s in ("宏村镇", "西递镇")}


def test_a_work_report_carries_out_what_we_carry_out_as_the_bodies_above_deployed_it(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "平凉市人民政府工作报告\n一年来，我们全面落实省委和省政府统一部署的乡村建设行动，全市新改建农村公路800公里。")
    assert ("乡村建设行动", "平凉市") in found
    found = implemented(nlp, tmp_path, "鹤岗市人民政府工作报告\n过去一年，我们全面落实省委、省政府部署的“百大项目”建设行动。")
    assert ("百大项目建设行动", "鹤岗市") in found
    found = implemented(nlp, tmp_path, "宁乡市人民政府工作报告\n一年来，我们深入实施长沙市委部署的“强省会”战略。")
    assert ("强省会战略", "宁乡市") in found


def test_bodies_whose_decision_we_follow_with_no_program_after_them_give_no_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "鹤岗市人民政府工作报告\n过去一年，我们全面落实省委、省政府的决定，推动经济平稳运行。")
    assert not found
