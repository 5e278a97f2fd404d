"""Programs in work points, notices of demonstration lists and campaign news (second round on fresh text):
quoted names side by side sharing an activity head (“一乡一特”“一村一景”示范创建), a designation named after its
level word with the place before it as its site (西昌市国家现代农业产业园创建, 现代 read as an adjective), a verb
of carrying out inside a pilot's name after a whole-scope word (整县推进试点), 国家 as a pilot's level, and no
program in an anaphor (这一专项行动) or in what something is or is treated as (是一项民生工程, 作为“一号工程”)."""
from __future__ import annotations

from test_nlp import ents
from test_resolve import kb_of, labels


def test_quoted_names_sharing_an_activity_head_are_two_programs(nlp, tmp_path):
    text = "百色市扎实开展“一乡一特”“一村一景”示范创建，凌云县启动“清洁家园”“美丽菜园”创建。"
    programs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")
    assert {"一乡一特示范创建", "一村一景示范创建", "清洁家园创建", "美丽菜园创建"} <= {p.replace("“", "").replace("”", "") for p in programs}
    assert not {"一乡一特", "清洁家园"} & programs


def test_quoted_names_side_by_side_without_a_verb_that_carries_them_out_share_nothing(nlp):
    labels_ = ents(nlp, "群众称赞“一乡一特”“一村一景”示范效果明显。")
    assert not any(label == "Program" for label in labels_.values())


def test_a_designation_opened_by_a_level_word_after_a_place(nlp):
    labels_ = ents(nlp, "临洮县要加快推进定西市国家现代农业产业园创建，渭源县抓好省级现代农业产业园建设。")
    assert labels_.get("国家现代农业产业园创建") == "Program"
    assert labels_.get("省级现代农业产业园建设") == "Program"
    assert labels_.get("定西市") == "Place"


def test_a_pilot_advanced_over_a_whole_county_keeps_its_verb_and_drops_the_national_level(nlp):
    labels_ = ents(nlp, "吉安市支持泰和县开展国家高标准农田建设整县推进试点，永丰县推进宅基地制度改革整村推进试点。")
    assert labels_.get("高标准农田建设整县推进试点") == "Program"
    assert labels_.get("宅基地制度改革整村推进试点") == "Program"
    assert "国家高标准农田建设整县推进试点" not in labels_


def test_a_national_park_pilot_keeps_its_name(nlp):
    labels_ = ents(nlp, "祁连山地区开展国家公园体制试点。")
    assert labels_.get("国家公园体制试点") == "Program"


def test_an_anaphor_with_a_program_head_is_no_program(nlp):
    labels_ = ents(nlp, "巴中市召开动员会，标志着这一专项行动在全市启动，该项改革试点同步推开。")
    assert not any(label == "Program" for label in labels_.values())


def test_what_work_is_or_is_treated_as_is_no_program(nlp):
    text = "大同市委书记指出，农村供水保障是一项重大民生工程，各县区要把“百日攻坚”作为“一把手”工程，把招商引资作为全市“一号工程”。"
    labels_ = ents(nlp, text)
    assert not any(label == "Program" for label in labels_.values())


def test_a_program_after_a_verb_in_the_same_sentence_as_a_characterization_stays(nlp):
    labels_ = ents(nlp, "张掖市把乡村振兴作为总抓手，深入实施高标准农田建设三年行动。")
    assert labels_.get("高标准农田建设三年行动") == "Program"
