"""The eleventh session's review: rules of the session that misfired on ordinary text, each with the reviewer's
sentence (or one like it) and the case the rule was written for."""
from __future__ import annotations

from tests.test_nlp import ents
from tests.test_organizations import posts
from tests.test_programs_elided import implemented
from tests.test_resolve import kb_of


def test_a_deputy_secretary_general_is_no_secretary_general_of_the_presiding_body(nlp, tmp_path):
    held = {(p, t) for p, t in posts(kb_of(nlp, tmp_path, {"a.txt": "湘潭市政府秘书长王强、副秘书长李明出席会议。"}))}
    assert ("李明", "副秘书长") in held
    kb = kb_of(nlp, tmp_path, {"b.txt": "湘潭市人大常委会主任张三主持会议，市政府秘书长王强、副秘书长李明列席会议。"})
    bodies = {kb.entities[o].label for (s, p, o) in kb.facts if p == "postIn" and "李明" in kb.entities[s].label}
    assert bodies == {"湘潭市人民政府"}


def test_an_inspected_building_project_is_no_program(nlp):
    labels = ents(nlp, "在汨罗市，市长李华考察了汽车零部件厂房建设项目，查看了人民医院住院大楼改造项目。")
    assert "Program" not in labels.values()
    assert ents(nlp, "在得胜镇，他察看了秦巴山区生态保护修复项目。").get("秦巴山区生态保护修复项目") == "Program"


def test_a_report_on_a_field_of_work_in_the_whole_place_names_no_program(nlp):
    labels = ents(nlp, "会议听取了市政府关于全市国有企业改革情况的报告、关于全市农村公路建设情况的报告。")
    assert "Program" not in labels.values()


def test_an_anaphor_laid_out_in_places_means_a_program_of_its_head_word(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "常德市深入实施乡村振兴战略，某新能源公司投资建设光伏发电项目，该项目落户在汉寿县。")
    assert ("乡村振兴战略", "汉寿县") not in found
    found = implemented(nlp, tmp_path, "甘肃省实施黄河流域生态保护工程，该工程落户在兰州市。")
    assert ("黄河流域生态保护工程", "兰州市") in found


def test_a_bare_prefecture_committee_is_no_body_of_a_city_named_otherwise(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "毕节市召开会议。州委书记张三出席会议。市委书记李四讲话。"})
    bodies = {(kb.entities[s].label, kb.entities[o].label) for (s, p, o) in kb.facts if p == "postIn"}
    assert ("李四 市委书记", "中共毕节市委") in bodies
    assert not any(post.startswith("张三") for post, _ in bodies)
