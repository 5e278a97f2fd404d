"""Fixes from the review of the sixteenth session's round 26: 试点 before a quote is a verb only after places; a
body that makes a place its pilot site did not launch what it then carries out; only public works of a division a
supervisory body examines are programs; two places that merge are both actors; 首先要 is "first of all"; a
city's short form before 乡村 is no town; a town's body named alone is the article's one town's; a county's body
named alone keeps to a county the sentence or the article names. Sentences of other provinces than the dev set's."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of, labels


def kb(nlp, tmp_path, text: str):
    return kb_of(nlp, tmp_path, {"a.txt": text})


def test_a_pilot_named_before_a_quote_of_its_own_is_still_a_program(nlp, tmp_path):
    for text, pilot, site in (("金寨县高质量推进国家级农村改革试点“六项任务”落地。", "国家级农村改革试点", "金寨县"),
                              ("义乌市扎实推进国际贸易综合改革试点“十大任务”。", "国际贸易综合改革试点", "义乌市"),
                              ("大邑县农业农村局在安仁镇开展宅基地制度改革试点“回头看”。", "宅基地制度改革试点", "安仁镇")):
        assert (pilot, site) in facts(kb(nlp, tmp_path, text), "implementedIn"), text


def test_a_body_that_makes_a_place_its_pilot_site_did_not_launch_what_it_carries_out(nlp, tmp_path):
    for text in ("金寨县农业农村局以油坊店乡为试点开展农村人居环境整治行动。",
                 "平和县农业农村局在坂仔镇先行试点，实施高标准农田建设项目。",
                 "武宁县林业局在罗坪镇设立试点，实施国土绿化试点示范项目。"):
        assert not facts(kb(nlp, tmp_path, text), "proposedBy"), text
    found = facts(kb(nlp, tmp_path, "海原县纪委监委在李旺镇试点“阳光三资”监管平台。"), "proposedBy")
    assert ("阳光三资监管平台", "海原县纪委监委") in found


def test_only_public_works_of_a_named_division_that_a_supervisory_body_examines_are_programs(nlp, tmp_path):
    for text in ("市纪委监委对辖区内房地产开发建设项目开展监督检查。",
                 "市审计局对某公司技术改造项目进行审计。",
                 "县纪委监委针对城关镇老旧小区改造项目进展缓慢问题开展专项督查。"):
        assert "Program" not in ents(nlp, text).values(), text
    found = facts(kb(nlp, tmp_path, "市纪委监委对城关镇和平社区老旧小区改造项目开展监督检查。"), "implementedIn")
    assert found == {("老旧小区改造项目", "和平社区")}


def test_two_places_that_merge_their_work_are_both_its_actors(nlp, tmp_path):
    for text in ("今年，修水县与武宁县深度融合，共同实施幕阜山生态保护修复工程。",
                 "长汀县同连城县协同衔接，联合实施汀江流域生态补偿试点。"):
        sites = {site for _, site in facts(kb(nlp, tmp_path, text), "implementedIn")}
        assert len(sites) != 1, (text, sites)  # both counties, or none: never the first alone


def test_first_of_all_is_no_precedence_in_the_place(nlp, tmp_path):
    for program in ("林长制", "“林长+”工作机制"):
        text = f"吉安市召开全市林业工作会议。会议要求，全市首先要全面推行{program}。"
        assert (program.replace("“", "").replace("”", ""), "吉安市") in facts(kb(nlp, tmp_path, text), "implementedIn")


def test_a_citys_short_form_before_rural_is_no_town(nlp):
    for text, place in (("马鞍山乡村振兴取得新成效。", "马鞍山"), ("阿克苏市召开会议。阿克苏乡村振兴取得新成效。", "阿克苏"),
                        ("攀枝花市召开会议。攀枝花乡村旅游发展迅速。", "攀枝花")):
        assert place + "乡" not in ents(nlp, text), text
    assert ents(nlp, "马鞍山乡村振兴取得新成效。").get("马鞍山") == "Place"


def test_a_towns_body_named_alone_is_the_articles_one_town(nlp, tmp_path):
    two = kb(nlp, tmp_path, "鄣吴镇组织干部赴天荒坪镇考察学习。返回后，镇党委决定推行“两山银行”模式。")
    assert not {"天荒坪镇党委", "中共天荒坪镇委员会"} & labels(two, "Organization")
    one = kb(nlp, tmp_path, "记者走进文成县玉壶镇。镇党委把全镇划分为32个网格，推行“侨家乐”服务模式。")
    assert "中共玉壶镇委员会" in labels(one, "Organization")


def test_a_countys_body_named_alone_keeps_to_the_county_the_sentence_names(nlp, tmp_path):
    found = kb(nlp, tmp_path, "宁都县组织干部赴莫干山镇考察学习，县委组织部负责协调。")
    assert "中共宁都县委组织部" in labels(found, "Organization")
    assert "中共德清县委组织部" not in labels(found, "Organization")
