"""Session 37's rules: a family name the model reads as a conjunction or a preposition (和, 向), or as a name of its
own, and the given name after it are one person; the section of a department (处, 科, 司) named before its head's
title is a body, after the department's name, after its bare word (the article's department) or after another
section; the bare word before a party group's title is the department; a customs office is a body, its deputy head
a post; posts given in the relative clause before a group's name are the group's; bodies that issue a notice, then
designate sites after an aside and a procedure, launched the pilot. Sentences written for the tests, other
provinces' wording."""
from __future__ import annotations

import pytest
from test_extract_documents import facts, posts_held
from test_nlp import ents
from test_resolve import kb_of, labels

from kg.nlp.candidates import Candidate, Word
from kg.nlp.lac import join_family_names_read_apart
from kg.nlp.patterns import committee_departments, department_sections, titles


@pytest.mark.parametrize("text, person", [
    ("本地白族姑娘和春燕夺得女子组冠军。", "和春燕"),
    ("民宿经营户向小燕说，今年游客比往年多。", "向小燕"),
])
def test_a_family_name_read_as_a_function_word_and_its_given_name_are_one_person(nlp, text, person):
    assert ents(nlp, text).get(person) == "Person"


@pytest.mark.parametrize("tags", [("p", "PER"), ("c", "PER"), ("PER", "PER")])
def test_the_model_s_family_name_word_and_given_name_word_join(tags):
    text = "由县委书记向辉明任组长"
    words = [Word(0, 1, "p"), Word(1, 5, "n"), Word(5, 6, tags[0]), Word(6, 8, tags[1]), Word(8, 9, "v")]
    assert Word(5, 8, "PER") in join_family_names_read_apart(text, words)


def test_a_preposition_before_a_full_name_stays_a_preposition(nlp):
    found = ents(nlp, "村民们向王建国反映了道路维修的问题。")
    assert found.get("王建国") == "Person" and "向王建国" not in found


def test_a_section_named_after_its_department_is_one_body_where_the_model_reads_it_apart():
    text = "会议由省农业农村厅农村合作经济指导处处长李华主持"
    department = Candidate(3, 9, "Organization", "organization_model")
    words = [Word(0, 2, "n"), Word(2, 3, "p"), Word(3, 9, "ORG"), Word(9, 11, "n"), Word(11, 13, "n"),
             Word(13, 15, "n"), Word(15, 17, "v"), Word(17, 18, "n"), Word(18, 20, "n"), Word(20, 22, "PER")]
    found = department_sections(text, [department], titles(text), words)
    assert [text[c.start:c.end] for c in found] == ["省农业农村厅农村合作经济指导处"]


def test_sections_named_after_the_department_s_bare_word_or_alone_are_the_article_s_department_s(nlp, tmp_path):
    text = ("3月6日，福建省商务厅召开新闻发布会。厅党组成员、副厅长陈明出席，厅市场体系建设处处长张伟、"
            "对外贸易处副处长王芳回答记者提问。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"福建省商务厅市场体系建设处", "福建省商务厅对外贸易处"} <= labels(kb, "Organization")
    assert {("张伟", "处长"), ("王芳", "副处长")} <= posts_held(kb)


def test_a_section_alone_in_an_article_that_names_no_department_is_no_body(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "种植业管理处处长赵强通报了春耕生产情况。"})
    assert not any(label.endswith("处") for label in labels(kb, "Organization"))


def test_the_department_s_bare_word_before_its_party_group_s_title_is_the_article_s_department(nlp, tmp_path):
    text = "5月9日，山东省水利厅召开新闻发布会。厅党组成员、副厅长刘强介绍有关情况。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("刘强", "山东省水利厅党组") in facts(kb, "memberOf")
    assert ("刘强", "党组成员") in posts_held(kb)


@pytest.mark.parametrize("text, body", [
    ("青岛海关在董家口港推行“船边直提”改革。", "青岛海关"),
    ("市商务局联合拱北海关开展跨境电商培训。", "拱北海关"),
])
def test_a_customs_office_named_after_its_place_is_a_body(nlp, text, body):
    assert ents(nlp, text).get(body) == "Organization"


def test_a_customs_office_s_deputy_head_holds_a_post_in_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "厦门海关副关长林伟介绍了通关便利化措施。"})
    assert ("林伟", "副关长") in posts_held(kb)
    assert "厦门海关" in labels(kb, "Organization")


def test_posts_given_in_the_relative_clause_before_a_group_s_name_are_the_group_s(nlp, tmp_path):
    text = ("临洮县位于甘肃。县里成立由县委副书记、县长赵刚任组长，副县长孙丽任副组长的县中药材产业链试点工作领导小组，"
            "办公室设在县农业农村局。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    group = "临洮县中药材产业链试点工作领导小组"
    assert group in labels(kb, "Organization")
    held_in = {(kb.entities[s].label, kb.entities[o].label) for s, p, o in kb.facts if p == "postIn"}
    assert {("赵刚 组长", group), ("孙丽 副组长", group)} <= held_in


def test_bodies_that_issue_a_notice_then_designate_sites_after_an_aside_and_a_procedure_launched_the_pilot(nlp, tmp_path):
    text = ("近日，河南省生态环境厅会同省财政厅印发《关于开展农村黑臭水体治理试点工作的通知》（以下简称《通知》），"
            "经县级申报、市级推荐和专家评审，确定信阳市光山县、南阳市西峡县为首批农村黑臭水体治理试点县。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {("农村黑臭水体治理试点", "河南省生态环境厅"), ("农村黑臭水体治理试点", "河南省财政厅")} <= facts(kb, "proposedBy")


def test_a_name_the_layout_breaks_after_a_title_on_a_short_line_runs_on(nlp, tmp_path):
    lines = ["金秋时节，走进泾川县王村镇，万", "亩苹果园里果农正忙着采摘，运", "输车在果园间往来穿梭，一派丰",
             "收景象。", "", "“品牌是金字招牌，更是农", "民的饭碗。”泾川县委副书记、", "县长马建", "军说，下一步，县里将深入开",
             "展苹果品牌提升行动，带动更多", "农户走上共同富裕之路。"]
    kb = kb_of(nlp, tmp_path, {"a.txt": "\n".join(lines) + "\n"})
    assert "马建军" in labels(kb, "Person")
    assert ("马建军", "县长") in posts_held(kb)


def test_a_supervisory_commission_s_title_keeps_its_name_as_the_discipline_commission_s_does(nlp, tmp_path):
    text = "铁岭市位于辽宁。市委常委、市纪委书记、市监委主任王立新主持召开会议。"
    held = posts_held(kb_of(nlp, tmp_path, {"a.txt": text}))
    assert {("王立新", "市纪委书记"), ("王立新", "市监委主任")} <= held


def test_a_party_department_only_its_head_s_title_names_after_a_standing_member_s_title_is_the_committee_s():
    text = "县委常委、宣传部部长程丽萍介绍"  # the model may read 宣传|部部长: no body but the title's
    found = committee_departments(text, [], titles(text))
    assert [(text[c.start:c.end], c.canonical) for c in found] == [("宣传部", "县委宣传部")]


def test_a_long_mongolian_name_part_alone_after_a_title_is_a_person(nlp, tmp_path):
    text = "阿荣旗位于内蒙古。旗委副书记、旗长其木格表示，将深入推进草原生态保护。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("其木格", "旗长") in posts_held(kb)


@pytest.mark.parametrize("text, names", [
    ("本报讯（记者 刁晓峰 通讯员 乌兰）5月6日，阿荣旗召开会议。", {"刁晓峰", "乌兰"}),
    ("本刊记者 刀丽香 通讯员 张丽在勐海县勐混镇的茶山上，茶农正忙着采茶。", {"刀丽香"}),
])
def test_the_names_a_news_byline_sets_between_spaces_after_a_role_are_people(nlp, text, names):
    found = ents(nlp, text)
    assert all(found.get(name) == "Person" for name in names)


@pytest.mark.parametrize("text, policy, bodies", [
    ("河北省召开会议。省民政厅要会同省财政厅抓紧修订《河北省临时救助资金管理办法》，确保资金直达。",
     "河北省临时救助资金管理办法", {"河北省民政厅", "河北省财政厅"}),
    ("广西壮族自治区召开会议。自治区林业局将会同自治区发展改革委制定出台《广西油茶产业高质量发展实施方案》，扩大种植。",
     "广西油茶产业高质量发展实施方案", {"广西壮族自治区林业局", "广西壮族自治区发展和改革委员会"}),
])
def test_bodies_that_will_jointly_draw_up_or_revise_a_document_issue_it(nlp, tmp_path, text, policy, bodies):
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert {(policy, body) for body in bodies} <= issued


def test_a_meeting_that_passes_a_document_a_bureau_drafted_issues_it_as_the_bureau_does(nlp, tmp_path):
    text = ("永和县位于山西。4月9日，县长王志强主持召开县政府第十二次常务会议。"
            "会议审议并原则通过了县农业农村局起草的《永和县核桃产业高质量发展若干措施》。")
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    policy = "永和县核桃产业高质量发展若干措施"
    assert {(policy, "永和县人民政府"), (policy, "永和县农业农村局")} <= issued


@pytest.mark.parametrize("text, program", [
    ("东台市实施条子泥退渔还湿工程，恢复滩涂湿地。", "条子泥退渔还湿工程"),
    ("兴化市启动得胜湖退圩还湖工程。", "得胜湖退圩还湖工程"),
])
def test_a_work_of_returning_land_to_its_use_is_named_whole(nlp, text, program):
    assert ents(nlp, text).get(program) == "Program"


def test_a_pilot_a_plan_is_named_after_runs_in_the_counted_places_the_plan_sets_it_in(nlp, tmp_path):
    text = ("绥化市位于黑龙江。市农业农村局会同市财政局印发《绥化市水稻侧深施肥技术推广试点实施方案》，"
            "在海伦市、望奎县、庆安县3个县（市）开展试点，推广新技术。")
    found = {(p, place) for p, place in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")}
    pilot = "水稻侧深施肥技术推广试点"
    assert {(pilot, "海伦市"), (pilot, "望奎县"), (pilot, "庆安县")} <= found


def test_villages_a_town_works_in_lie_in_that_town(nlp, tmp_path):
    text = "大余县位于江西。今年以来，青龙镇在白云村、赤江村推行“积分制”管理，群众参与热情高涨。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "locatedIn")
    assert {("白云村", "青龙镇"), ("赤江村", "青龙镇")} <= found


def test_a_group_the_county_sets_up_is_the_county_s(nlp, tmp_path):
    text = "宁陵县位于河南。为加强组织领导，县里成立酥梨产业提质增效工作领导小组，由副县长王强任组长。"
    assert "宁陵县酥梨产业提质增效工作领导小组" in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")


def test_a_group_the_county_sets_up_named_with_the_county_is_named_once(nlp, tmp_path):
    text = "宁陵县位于河南。县里成立宁陵县酥梨产业提质增效工作领导小组，由副县长王强任组长。"
    groups = {g for g in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization") if g.endswith("领导小组")}
    assert groups == {"宁陵县酥梨产业提质增效工作领导小组"}


def test_a_cooperative_s_head_holds_the_post_though_the_article_names_no_cooperative(nlp, tmp_path):
    text = "近年来，村里发展核桃产业，户均增收三千元。“订单多了，价格也稳了。”合作社理事长杨德胜说。"
    assert ("杨德胜", "理事长") in posts_held(kb_of(nlp, tmp_path, {"a.txt": text}))
