"""Documents and their issuers by reference: 两办 (the party committee's and the government's general offices of
one level, both issuing), a bare 政府 after the party committee (the same place's government), and a short
《》 title after the full one (the article's latest full title ending in it, no document of its own)."""
from __future__ import annotations

import pytest
from test_extract_documents import facts
from test_resolve import kb_of


@pytest.mark.parametrize("text, policy, bodies", [
    ("赣州推进城乡供水一体化\n近日，市两办印发《赣州市推进城乡供水一体化实施方案》。",
     "赣州市推进城乡供水一体化实施方案", {"中共赣州市委办公室", "赣州市人民政府办公室"}),
    ("汝城县位于湖南省郴州市。县两办日前联合印发了《汝城县农村集体经济发展三年行动计划》。",
     "汝城县农村集体经济发展三年行动计划", {"中共汝城县委办公室", "汝城县人民政府办公室"}),
    ("贵州省召开新闻发布会，解读省两办近日印发的《贵州省深化农村改革实施意见》。",
     "贵州省深化农村改革实施意见", {"中共贵州省委办公厅", "贵州省人民政府办公厅"}),
])
def test_two_offices_both_issue(nlp, tmp_path, text, policy, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(policy, b) for b in bodies} <= facts(kb, "issuedBy")


@pytest.mark.parametrize("text, policy, bodies", [
    ("为贯彻落实自治区党委、政府《关于加快推进农业现代化的意见》，宁夏回族自治区农业农村厅印发通知。",
     "关于加快推进农业现代化的意见", {"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府"}),
    ("平江县位于湖南省岳阳市。去年，县委、政府出台了《平江县关于支持酱干产业发展的若干措施》。",
     "平江县关于支持酱干产业发展的若干措施", {"中共平江县委", "平江县人民政府"}),
    ("曲靖市召开会议。会议要求，认真落实市委、政府印发的《曲靖市城乡融合发展行动方案》。",
     "曲靖市城乡融合发展行动方案", {"中共曲靖市委", "曲靖市人民政府"}),
])
def test_a_bare_government_after_the_party_committee(nlp, tmp_path, text, policy, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(policy, b) for b in bodies} <= facts(kb, "issuedBy")


@pytest.mark.parametrize("text, full, short", [
    ("南充市财政局印发《南充市政府采购管理办法》。《办法》自2023年1月1日起施行。", "南充市政府采购管理办法", "办法"),
    ("鹤岗市发布《鹤岗市煤矿安全生产三年行动方案》。《行动方案》提出，到2025年煤矿事故明显下降。",
     "鹤岗市煤矿安全生产三年行动方案", "行动方案"),
    ("省人社厅印发《陕西省技能人才评价工作指引》。记者注意到，该《指引》对评价机构作出规定。",
     "陕西省技能人才评价工作指引", "指引"),
])
def test_a_short_title_is_the_full_one(nlp, tmp_path, text, full, short):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    policies = {e.label: e for e in kb.entities.values() if e.type == "Policy"}
    assert short not in policies
    assert short in policies[full].aliases


def test_a_later_full_title_takes_the_short_word_over(nlp, tmp_path):
    text = ("衡阳市印发《衡阳市乡村振兴实施方案》（以下简称《方案》）。随后，市农业农村局印发《衡阳市辣椒产业发展方案》。"
            "该《方案》由市农业农村局牵头起草。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    issued = facts(kb, "issuedBy")
    assert ("衡阳市辣椒产业发展方案", "衡阳市农业农村局") in issued
    assert ("衡阳市乡村振兴实施方案", "衡阳市农业农村局") not in issued


@pytest.mark.parametrize("text, policy, bodies", [
    ("株洲市召开新闻发布会。会上解读了《株洲市促进民营经济发展若干措施》。这份文件由市工业和信息化局牵头起草。",
     "株洲市促进民营经济发展若干措施", {"株洲市工业和信息化局"}),
    ("西宁市人大常委会审议《西宁市城市绿化条例（草案）》。记者了解到，该条例由市林业和草原局、市司法局共同起草。",
     "西宁市城市绿化条例（草案）", {"西宁市林业和草原局", "西宁市司法局"}),
    ("吉林省发布《吉林省数字乡村建设规划》。据介绍，此规划由省自然资源厅牵头编制。",
     "吉林省数字乡村建设规划", {"吉林省自然资源厅"}),
])
def test_an_anaphor_without_marks_is_the_latest_document(nlp, tmp_path, text, policy, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(policy, b) for b in bodies} <= facts(kb, "issuedBy")
