"""Programs in wordings of notices and features (texts of other provinces than the dev set's passages): a lead
verb completed by 建立/构建/形成 before a quoted mechanism or model (探索建立“X”机制: the name starts at the quote);
a quoted program that opens its clause, an item number included, followed by its lead body and where it is
carried out (一、农村“厕所革命”由县农业农村局牵头，在A镇、B镇率先推进) or by the body that launched it (“X”机制由…
推出); a designated advantage zone of a level (认定为中国特色农产品优势区); and a brand named by its quote whose
generic head stands between it and 由 and its launchers (“X”区域公用品牌由县委、县政府联合推出)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_a_lead_verb_completed_by_another_verb_governs_the_quoted_mechanism(nlp):
    assert "“党支部+企业+农户”联农带农机制" in programs(nlp, "太平镇探索构建“党支部+企业+农户”联农带农机制，带动农户增收。")
    assert "“合作社+农户”利益联结机制" in programs(nlp, "临夏县积极探索建立“合作社+农户”利益联结机制。")
    assert "“龙头企业+基地+农户”产业发展模式" in programs(nlp, "武功县探索形成“龙头企业+基地+农户”产业发展模式。")


def test_a_mechanism_a_body_merely_builds_is_no_program(nlp):
    found = programs(nlp, "村党支部建立“三重一大”决策制度，规范村级事务管理。")
    assert not any("三重一大" in name for name in found)


def test_a_quoted_program_opening_its_clause_before_its_lead_body_and_sites(nlp):
    text = "一、农村“厕所革命”由县农业农村局牵头，在城关镇、泥沟镇率先推进，今年完成户厕改造2000户。"
    assert "农村“厕所革命”" in programs(nlp, text)
    assert "垃圾分类“积分兑换”模式" in programs(nlp, "垃圾分类“积分兑换”模式由县城管局牵头，在全县推行。")
    assert "政务服务“一网通办”" in programs(nlp, "（二）政务服务“一网通办”由市政务服务局牵头推行。")


def test_a_quoted_mechanism_followed_by_the_body_that_launched_it(nlp):
    assert "“一村一策”帮扶机制" in programs(nlp, "“一村一策”帮扶机制由县委组织部推出，已覆盖全县。")
    assert "“村民说事”议事制度" in programs(nlp, "“村民说事”议事制度由象山县委于2010年首创。")


def test_a_quoted_concept_someone_put_forward_is_no_program(nlp):
    assert not programs(nlp, "“两山”理念由习近平同志提出。")


def test_a_designated_advantage_zone_of_a_level_is_a_program(nlp):
    assert "中国特色农产品优势区" in programs(nlp, "安化县被农业农村部认定为中国特色农产品优势区。")
    assert "省级特色农产品优势区" in programs(nlp, "赣县区被江西省农业农村厅确定为省级特色农产品优势区。")
    assert "省级特色农产品优势区" in programs(nlp, "会同县被评为省级特色农产品优势区，全县油茶产值突破20亿元。")


def test_an_advantage_zone_nobody_designates_is_no_program(nlp):
    found = programs(nlp, "全县已形成柑橘产业优势区，种植面积达到15万亩。")
    assert not any("优势区" in name for name in found)


def test_a_brand_named_by_its_quote_was_launched_by_the_bodies_after_its_head(nlp, tmp_path):
    text = "“秭归脐橙”区域公用品牌由秭归县委、秭归县人民政府于2018年联合推出。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert {("秭归脐橙", "中共秭归县委"), ("秭归脐橙", "秭归县人民政府")} <= found
    text = "“十堰农品”公用品牌由十堰市农业农村局推出，目前已覆盖全市。"
    assert ("十堰农品", "十堰市农业农村局") in facts(kb_of(nlp, tmp_path, {"b.txt": text}), "proposedBy")
    text = "“赣南脐橙”区域公用品牌由赣州市人民政府发起。"
    assert ("赣南脐橙", "赣州市人民政府") in facts(kb_of(nlp, tmp_path, {"c.txt": text}), "proposedBy")


def test_a_long_phrase_after_a_brand_is_no_head_of_it(nlp, tmp_path):
    text = "“赣南脐橙”品牌价值持续攀升，产业发展规划由赣州市人民政府发起。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert ("赣南脐橙", "赣州市人民政府") not in found


def implemented(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_a_program_opening_its_sentence_runs_where_it_is_pushed_after_its_lead_body(nlp, tmp_path):
    text = "一、农村“厕所革命”由县农业农村局牵头，在城关镇、泥沟镇率先推进，今年完成户厕改造2000户。"
    assert {("农村“厕所革命”", "城关镇"), ("农村“厕所革命”", "泥沟镇")} <= implemented(nlp, tmp_path, text)
    text = "“清河行动”由市生态环境局负责，在龙门镇、石滩镇同步开展。"
    assert {("清河行动", "龙门镇"), ("清河行动", "石滩镇")} <= implemented(nlp, tmp_path, text)
    text = "“积分超市”治理模式由县委组织部牵头，在太平镇、双河镇推行。"
    assert {("积分超市治理模式", "太平镇"), ("积分超市治理模式", "双河镇")} <= implemented(nlp, tmp_path, text)


def test_a_meeting_in_a_town_after_the_lead_body_is_no_site(nlp, tmp_path):
    text = "“积分超市”治理模式由县委组织部牵头，在城关镇召开推进会。"
    assert not implemented(nlp, tmp_path, text)


def test_towns_set_as_the_scene_before_the_acting_county_are_the_sites(nlp, tmp_path):
    text = "在城关镇、泥沟镇，涡阳县推行“积分超市”治理模式。"
    assert {("积分超市治理模式", "城关镇"), ("积分超市治理模式", "泥沟镇")} <= implemented(nlp, tmp_path, text)
    text = "在马坪镇，广水市实施了高标准农田建设项目。"
    assert ("高标准农田建设项目", "马坪镇") in implemented(nlp, tmp_path, text)
    text = "在还地桥镇、保安镇，大冶市推行“园区+镇村”飞地经济模式。"
    assert {("园区+镇村飞地经济模式", "还地桥镇"), ("园区+镇村飞地经济模式", "保安镇")} <= implemented(nlp, tmp_path, text)


def test_a_county_set_as_the_scene_before_its_city_keeps_the_city_as_the_actor(nlp, tmp_path):
    text = "在泰来县，齐齐哈尔市实施了嫩江干流治理工程。"
    assert ("嫩江干流治理工程", "泰来县") not in implemented(nlp, tmp_path, text)
