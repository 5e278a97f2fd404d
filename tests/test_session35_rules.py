"""Session 35's rules: counties listed under their cities with a comma between the groups are one list of sites;
a body's name between a place and its designation is no distance; 以“X”为牵引 with quotes; brands made stronger;
the riverside villages (沿江村屯) are no village; a namesake town the code list has only in other counties is no
town of theirs; a joint notice is named by its title proper; a notice's issuers who put places on a list launched
it; counted lists of short forms (3县, a county made a city since); counties made districts or cities are known
by their former names. Sentences written for the tests, other provinces' wording."""
from __future__ import annotations

import pytest
from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


def test_counties_grouped_under_their_cities_are_all_designated(nlp, tmp_path):
    text = ("省林业局确定南平市建瓯市、顺昌县，三明市将乐县，龙岩市长汀县、连城县等5个县（市）"
            "为全省林下经济发展试点县。")
    found = implemented(nlp, tmp_path, text)
    sites = {place for program, place in found if program == "林下经济发展试点"}
    assert sites == {"建瓯市", "顺昌县", "将乐县", "长汀县", "连城县"}


def test_a_comma_between_two_clauses_joins_no_list(nlp, tmp_path):
    text = "会宁县扎实推进旱作梯田建设，定西市安定区实施马铃薯产业提升工程。"
    found = implemented(nlp, tmp_path, text)
    assert ("马铃薯产业提升工程", "会宁县") not in found


def test_a_passive_agent_s_name_does_not_part_the_place_from_its_designation(nlp, tmp_path):
    text = "敦煌市已被国家林业和草原局确定为全国防沙治沙综合示范区，要统筹推进库姆塔格沙漠歼灭战。"
    assert ("防沙治沙综合示范区", "敦煌市") in implemented(nlp, tmp_path, text)


@pytest.mark.parametrize("text, program, place", [
    ("近年来，连州市以“百千万工程”为牵引，推动城乡融合发展。", "百千万工程", "连州市"),
    ("宾川县要做强“宾川柑橘”区域公用品牌，带动果农增收。", "宾川柑橘", "宾川县"),
])
def test_a_quoted_lever_and_a_brand_made_stronger_are_carried_out_by_the_subject(nlp, tmp_path, text, program, place):
    assert (program, place) in implemented(nlp, tmp_path, text)


def test_the_villages_in_general_after_a_town_are_no_village(nlp):
    found = ents(nlp, "明年在密江乡、马滴达乡沿河村屯实施边境村庄人居环境整治行动。")
    assert "沿河村" not in found
    assert found.get("马滴达乡") == "Place"


def test_a_namesake_town_the_list_has_only_in_other_counties_keeps_the_text_s_county(nlp, tmp_path):
    # the code list has 巴仁乡 in 叶城县 and 阿克陶县 only
    kb = kb_of(nlp, tmp_path, {"a.txt": "疏勒县巴仁乡今年新建温室大棚300座。"})
    assert ("巴仁乡", "疏勒县") in facts(kb, "locatedIn")
    assert ("巴仁乡", "叶城县") not in facts(kb, "locatedIn")


def test_a_joint_notice_is_named_by_its_title_proper_and_issued_by_each_body(nlp, tmp_path):
    text = "湖南省农业农村厅 湖南省财政厅关于公布2024年度省级农业产业强镇名单的通知"
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    title = "关于公布2024年度省级农业产业强镇名单的通知"
    assert issued == {(title, "湖南省农业农村厅"), (title, "湖南省财政厅")}


def test_a_notice_of_one_body_keeps_its_issuer_in_its_name(nlp, tmp_path):
    text = "怀化市农业农村局关于公布2024年度市级乡村振兴示范村名单的通知"
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert issued == {("怀化市农业农村局关于公布2024年度市级乡村振兴示范村名单的通知", "怀化市农业农村局")}


@pytest.mark.parametrize("text, program, bodies", [
    ("同月，贵州省农业农村厅、贵州省林业局印发通知，将雷山县西江镇、丹江镇纳入第二批省级林下经济发展试点。",
     "省级林下经济发展试点", {"贵州省农业农村厅", "贵州省林业局"}),
    ("据了解，赤峰市林业和草原局已将克什克腾旗列为全市草原生态保护修复试点旗。",
     "草原生态保护修复试点", {"赤峰市林业和草原局"}),
])
def test_bodies_that_put_places_on_a_list_after_their_notice_or_an_adverb_launched_it(nlp, tmp_path, text, program, bodies):
    proposed = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert {body for plan, body in proposed if plan == program} == bodies


def test_a_counted_list_with_a_digit_count_names_its_counties(nlp):
    found = ents(nlp, "黔东南州雷山、台江、剑河3县全部纳入督战范围。")
    assert {name for name, label in found.items() if label == "Place"} >= {"雷山", "台江", "剑河"}


def test_a_county_made_a_city_since_counts_in_a_list_of_counties(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "榆林市神木、府谷、横山三县煤炭产量占全市六成。"})  # 神木市, 横山区 now
    codes = {e.attrs.get("adcode") for e in kb.entities.values() if e.type == "Place"}
    assert {"610881", "610822", "610803"} <= codes


@pytest.mark.parametrize("text, written, current", [
    ("安塞县地处陕北黄土高原腹地，今年新修梯田2万亩。", "安塞县", "610603"),  # now 安塞区
    ("六盘水市水城县米箩镇发展猕猴桃产业。", "水城县", "520204"),  # now 水城区
])
def test_a_county_made_a_district_is_known_by_its_former_name(nlp, tmp_path, text, written, current):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    [place] = [e for e in kb.entities.values() if e.label == written]
    assert place.attrs["adcode"] == current


def test_places_taken_as_the_main_front_of_a_campaign_fought_well_are_its_sites(nlp, tmp_path):
    text = "要坚持生态优先，以科尔沁左翼后旗、奈曼旗、库伦旗为主战场，全力打好科尔沁沙地歼灭战。"
    sites = {place for program, place in implemented(nlp, tmp_path, text) if program == "科尔沁沙地歼灭战"}
    assert sites == {"科尔沁左翼后旗", "奈曼旗", "库伦旗"}


def test_a_focus_list_ending_in_its_kind_of_place_names_the_sites(nlp, tmp_path):
    text = "万州区以武陵镇、瀼渡镇、高峰街道等沿江乡镇街道为重点，实施柑橘标准化基地提升工程。"
    found = implemented(nlp, tmp_path, text)
    assert {("柑橘标准化基地提升工程", p) for p in ("武陵镇", "瀼渡镇", "高峰街道")} <= found
    assert "沿江乡镇街道" not in ents(nlp, text)
