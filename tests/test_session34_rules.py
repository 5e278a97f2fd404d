"""Session 34's rules: a place's party committee and government (or its 里) that open a sentence carry the
programs their verbs govern out in their place, not a program sited elsewhere, named in a relative clause or
deployed by a province's leadership; zones named after their place keep it (漳州台商投资区); a time word is no
village (去年村集体…); a town renamed since the text was written (宋家沟乡, now 宋家沟镇) is the code list's town.
Sentences written for the tests, other provinces' wording."""
from __future__ import annotations

import pytest
from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


@pytest.mark.parametrize("text, program, place", [
    ("近年来，南阳市委、市政府深入实施中部地区崛起战略，工业增加值稳步增长。", "中部地区崛起战略", "南阳市"),
    ("汝城县位于湖南东南部。县委、县政府启动黄桃产业提质增效三年行动，全县种植面积达3万亩。",
     "黄桃产业提质增效三年行动", "汝城县"),
    ("石阡县是茶叶大县。县人民政府深入实施茶产业提升工程，持续擦亮“石阡苔茶”区域公用品牌。", "石阡苔茶", "石阡县"),
    ("中共康县县委、县政府全面推行林长制。", "林长制", "康县"),
])
def test_local_leadership_opening_a_sentence_carries_the_program_out_in_its_place(nlp, tmp_path, text, program, place):
    assert (program, place) in implemented(nlp, tmp_path, text)


@pytest.mark.parametrize("text, program, place", [
    # sited elsewhere in the same sentence
    ("扬州市委、市政府部署开展“三河”治理行动，在江都区、高邮市率先实施。", "“三河”治理行动", "扬州市"),
    # a relative clause: the leadership launched it, the counties carry it out
    ("襄阳市委、市政府去年推出的“襄阳好物”区域公用品牌要在两县率先落地。", "“襄阳好物”区域公用品牌", "襄阳市"),
    # a province's leadership deploys, the places below carry out
    ("江西省委部署实施“赣鄱百村示范工程”，各地迅速行动。", "“赣鄱百村示范工程”", "江西省"),
])
def test_leadership_that_only_launches_or_deploys_is_no_site(nlp, tmp_path, text, program, place):
    assert (program, place) not in implemented(nlp, tmp_path, text)


@pytest.mark.parametrize("text, program, place", [
    ("连江县是海带之乡，黄岐镇是主产区。近年来，县里集中力量擦亮“连江海带”区域公用品牌。", "连江海带", "连江县"),
    ("连江县是海带之乡。县里还把鲍鱼纳入“连江海味”区域公用品牌统一推介。", "连江海味", "连江县"),
])
def test_a_county_is_sited_by_its_own_word(nlp, tmp_path, text, program, place):
    assert (program, place) in implemented(nlp, tmp_path, text)


@pytest.mark.parametrize("sentence, zone", [
    ("厦门台商投资区引进项目32个。", "厦门台商投资区"),
    ("黄山高新技术产业集聚区新增企业12家。", "黄山高新技术产业集聚区"),
    ("瑞丽边境经济合作区开放水平不断提升。", "瑞丽边境经济合作区"),
])
def test_a_zone_named_after_its_place_keeps_it(nlp, sentence, zone):
    assert ents(nlp, sentence).get(zone) == "Place"


def test_a_time_word_and_a_village_collective_are_no_village(nlp):
    assert "Place" not in ents(nlp, "该村发展乡村旅游，去年村集体经济收入达到80万元。").values()


@pytest.mark.parametrize("text, town, county", [
    ("岢岚县位于山西省西北部。宋家沟乡是易地扶贫搬迁集中安置点。", "宋家沟乡", "岢岚县"),  # now 宋家沟镇
    ("景洪市是西双版纳州府所在地。嘎洒镇发展热带水果种植。", "嘎洒镇", "景洪市"),  # now 嘎洒街道
])
def test_a_renamed_town_in_a_named_county_is_the_code_lists_town(nlp, tmp_path, text, town, county):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert (town, county) in facts(kb, "locatedIn")
    [place] = [e for e in kb.entities.values() if e.label == town]
    assert place.attrs["adcode"]


def test_a_renamed_town_needs_its_county_in_the_article(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "宋家沟乡是易地扶贫搬迁集中安置点。"})
    assert not [e for e in kb.entities.values() if e.label == "宋家沟乡" and e.attrs.get("adcode")]


@pytest.mark.parametrize("sentence", [
    "银行累计为林农发放贷款1.2亿元。",
    "推进林权改革，让林农得实惠。",
    "深化文旅融合，林果业加快发展。",
    "村民说，守着林子就能增收。",
])
def test_words_of_forestry_that_open_with_a_family_name_are_no_persons(nlp, sentence):
    assert "Person" not in ents(nlp, sentence).values()


def test_a_town_written_after_another_county_is_not_renamed_into_the_article_s_city(nlp, tmp_path):
    text = "阿克苏市是地区行署所在地。温宿县柯柯牙镇开展荒漠绿化。"  # the code list's 柯柯牙街道 is in 阿克苏市
    assert ("柯柯牙镇", "阿克苏市") not in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "locatedIn")
