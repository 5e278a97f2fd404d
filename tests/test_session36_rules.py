"""Session 36's rules: a clause after a semicolon that opens with an adverb and a launching verb goes on with the
article's subject, for every program its verb governs; a village after a town the code list does not know is in
that town; 隶属 says where a place lies; bodies glued to a preposition of means, a verb of joint action glued to
the level word of the next body; a meeting venue is no body; villages of a role are no village; a strategy that
modifies 合作 is no program; 为 ends a name; the documents a body cites as its basis are none it issues, nor is
the term in a title their issue date; an adverb of effort before 打造. Sentences written for the tests, other
provinces' wording."""
from __future__ import annotations

import pytest
from test_extract_documents import facts
from test_nlp import ents, program_names
from test_programs_elided import implemented
from test_resolve import kb_of


def test_programs_after_a_semicolon_and_an_adverb_go_on_with_the_article_s_county(nlp, tmp_path):
    text = "嵊州市深化“共享法庭”改革；同时推行“一件事”集成改革和“拎包入住”招商模式，企业落地提速。"
    found = implemented(nlp, tmp_path, text)
    assert {("一件事集成改革", "嵊州市"), ("拎包入住招商模式", "嵊州市")} <= found


def test_a_village_after_a_town_the_code_list_does_not_know_is_in_that_town(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "巴郎乡阿热勒村被确定为自治区级乡村振兴示范村。"})
    assert ("阿热勒村", "巴郎乡") in facts(kb, "locatedIn")


def test_a_village_said_to_belong_to_a_town_lies_in_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "石门坎村隶属威宁彝族回族苗族自治县石门乡。"})
    assert ("石门坎村", "石门乡") in facts(kb, "locatedIn")


@pytest.mark.parametrize("text, body", [
    ("宁强县依托县农业技术推广中心建立茶园病虫害监测点。", "宁强县农业技术推广中心"),
    ("庆阳市借力市农业科学研究院建成种薯基地。", "庆阳市农业科学研究院"),
])
def test_a_body_after_a_preposition_of_means_opens_after_it(nlp, tmp_path, text, body):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert body in {e.label for e in kb.entities.values() if e.type == "Organization"}


def test_a_verb_of_joint_action_glued_to_a_level_word_leaves_the_second_body_whole(nlp, tmp_path):
    text = "嘉兴市位于浙江。市农业农村局会同市生态环境局编制的《嘉兴市农业面源污染治理方案》正式实施。"
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert {("嘉兴市农业面源污染治理方案", "嘉兴市农业农村局"), ("嘉兴市农业面源污染治理方案", "嘉兴市生态环境局")} <= issued


def test_a_meeting_venue_is_no_body(nlp):
    found = ents(nlp, "延边州第十七届人民代表大会第三次会议在州会议中心开幕。")
    assert not any(name.endswith("会议中心") for name in found)


@pytest.mark.parametrize("word", ["帮扶村", "建制村", "精品村", "基地村", "培育镇"])
def test_villages_of_a_role_or_a_kind_are_no_village(nlp, word):
    assert ents(nlp, f"在{word}推广庭院经济。").get(word) != "Place"


def test_a_strategy_that_modifies_cooperation_is_no_program(nlp):
    assert program_names(nlp, "农业发展银行与县政府签订服务乡村振兴战略合作协议。") == []


def test_a_name_does_not_run_back_across_a_verb_of_becoming(nlp):
    assert program_names(nlp, "推动各项改革成果加快转化为“强县富民”工程的实际成效。") == ["“强县富民”工程"]


@pytest.mark.parametrize("text, policy, body", [
    ("息烽县位于贵州。县林业局依据《中华人民共和国森林法》制定了《息烽县林木采伐管理办法》。",
     "息烽县林木采伐管理办法", "息烽县林业局"),
    ("勐腊县位于云南。县政府依据《云南省森林防火条例》的规定，出台《勐腊县森林防火实施细则》。",
     "勐腊县森林防火实施细则", "勐腊县人民政府"),
])
def test_the_documents_a_body_goes_by_are_none_it_issues(nlp, tmp_path, text, policy, body):
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert (policy, body) in issued
    assert not any(issuer == body and name != policy for name, issuer in issued)


def test_a_body_that_already_acts_with_another_issues_with_it(nlp, tmp_path):
    text = "青海省位于西北。省林业和草原局已会同省财政厅印发《关于加强草原生态保护补助资金管理的通知》。"
    issued = {body for _, body in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")}
    assert issued == {"青海省林业和草原局", "青海省财政厅"}


def test_the_term_in_a_title_is_no_issue_date(nlp, tmp_path):
    text = "泉州市位于福建。市发展改革委会同市自然资源局编制的《泉州市湾区保护规划（2021—2035年）》正式实施。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    policy = next(e for e in kb.entities.values() if e.type == "Policy")
    assert "issued" not in policy.attrs


def test_a_brand_a_county_s_leadership_builds_with_all_its_effort_is_theirs(nlp, tmp_path):
    text = "松阳县位于浙江。县委、县政府全力打造“松阳银猴”区域公用品牌。"
    proposers = {body for _, body in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")}
    assert proposers == {"中共松阳县委", "松阳县人民政府"}


@pytest.mark.parametrize("text, program", [
    ("龙里县要深化“党建+茶旅”模式，带动茶农增收。", "“党建+茶旅”模式"),
    ("各村严格落实“四议两公开”制度，村务决策更透明。", "“四议两公开”制度"),
    ("上海深入实施教育人才“组团式”援藏，选派骨干教师。", "教育人才“组团式”援藏"),
    ("沙洲村深化“积分制”管理，把庭院卫生纳入积分。", "“积分制”管理"),
])
def test_a_quoted_model_deepened_or_carried_out_and_a_quoted_help_or_management_are_programs(nlp, text, program):
    assert program in program_names(nlp, text)


@pytest.mark.parametrize("text, program", [
    ("县里以茶叶为重点，推进高山云雾茶现代农业园区建设。", "高山云雾茶现代农业园区建设"),
    ("全市加快推进省级现代农业园区建设，在石门镇建成核心区。", "省级现代农业园区建设"),
])
def test_building_a_rated_farming_park_is_a_program(nlp, text, program):
    assert program in program_names(nlp, text)


def test_the_government_a_notice_reports_to_for_consent_is_no_designating_subject(nlp, tmp_path):
    text = ("漳州市农业农村局关于公布2024年度市级数字乡村试点名单的通知\n"
            "各县（区）农业农村局：\n"
            "经各县（区）推荐、专家评审，并报市政府同意，确定长泰区岩溪镇、平和县坂仔镇为2024年度市级数字乡村试点镇。\n")
    proposers = {body for program, body in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
                 if program == "市级数字乡村试点"}
    assert proposers == {"漳州市农业农村局"}


def test_posts_given_in_a_new_leading_group_are_the_group_s(nlp, tmp_path):
    text = "安顺市位于贵州。成立安顺市茶产业发展领导小组，由市委书记王建华任组长，副市长刘晓红任副组长。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    posts = {(kb.entities[s].label, kb.entities[o].attrs["title"]) for s, p, o in kb.facts if p == "holds"}
    assert {("王建华", "组长"), ("刘晓红", "副组长")} <= posts
    groups = {kb.entities[o].label for s, p, o in kb.facts if p == "postIn" and kb.entities[s].attrs.get("title") == "组长"}
    assert groups == {"安顺市茶产业发展领导小组"}


@pytest.mark.parametrize("text, program, place", [
    ("沙县区位于福建。区里还把“小吃富民”工程作为民生实事来抓，在夏茂镇建成培训基地。", "小吃富民工程", "沙县区"),
    ("东兴市把“边民互市贸易”工程作为沿边开放的主抓手，建成互市点3个。", "边民互市贸易工程", "东兴市"),
])
def test_a_program_a_place_takes_as_its_task_is_carried_out_there(nlp, tmp_path, text, program, place):
    assert (program, place) in implemented(nlp, tmp_path, text)


def test_a_group_set_up_for_a_program_s_work_is_a_body_and_its_posts_are_its_own(nlp, tmp_path):
    text = ("铜仁市位于贵州。成立铜仁市抹茶产业提质增效行动领导小组，由市委常委、副市长张国强任组长，"
            "市农业农村局局长李志勇任副组长。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    group = "铜仁市抹茶产业提质增效行动领导小组"
    assert group in {e.label for e in kb.entities.values() if e.type == "Organization"}
    held = {(kb.entities[s].label, kb.entities[o].attrs["title"]) for s, p, o in kb.facts if p == "holds"}
    assert {("张国强", "组长"), ("李志勇", "副组长")} <= held


def test_a_group_named_by_a_bare_word_of_its_work_is_no_body(nlp):
    assert "活动领导小组" not in ents(nlp, "成立活动领导小组，由副市长王强任组长。")
