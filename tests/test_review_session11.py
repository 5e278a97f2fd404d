"""The eleventh session's review: rules of the session that misfired on ordinary text, each with the reviewer's
sentence (or one like it) and the case the rule was written for."""
from __future__ import annotations

from tests.test_extract_documents import facts
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


def test_a_county_named_in_full_leaves_its_short_form_an_ordinary_word_where_the_model_reads_one(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "海东市平安区召开会议，要守护一方平安，推进平安建设。贵州省大方县群众热情大方。"})
    assert not {"平安", "大方"} & {a for e in kb.entities.values() for a in e.aliases}


def test_an_opportunity_described_is_no_strategy(nlp):
    labels = ents(nlp, "紧紧抓住千载难逢的战略机遇，准确把握新发展阶段的重要战略机遇，抓住和用好重要战略机遇。")
    assert "Program" not in labels.values()
    assert ents(nlp, "丰宁紧紧抓住京津冀协同发展战略机遇。").get("京津冀协同发展战略") == "Program"


def test_outlets_opened_elsewhere_are_no_sites_and_a_chief_system_has_no_local_proposer(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁县实施“农产品出村进城”工程，在北京市、上海市开设直营店15家。")
    assert not {place for _, place in found} & {"北京市", "上海市"}
    kb = kb_of(nlp, tmp_path, {"b.txt": "邵阳市林业局在全市推行林长制。中共邵阳市委、邵阳市人民政府印发《关于加强生态文明建设的意见》，在全市全面推行林长制。"})
    assert not any(s == "林长制" for s, _ in facts(kb, "proposedBy"))
