"""Organizations and their documents in other provinces' wording: bodies joined in a list or a title, a body
named by a bare level word right after its place, congress standing committees, newspapers."""
from __future__ import annotations

from test_extract_documents import facts
from test_resolve import kb_of, labels


def test_a_department_with_and_in_its_name_stays_in_the_list_of_issuers(nlp, tmp_path):
    text = "福建省福州市召开会议。省发展改革委、省工业和信息化厅、省财政厅联合印发《福建省数字经济发展行动方案》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    issuers = {o for p, o in facts(kb, "issuedBy") if p == "福建省数字经济发展行动方案"}
    assert issuers == {"福建省发展和改革委员会", "福建省工业和信息化厅", "福建省财政厅"}


def test_two_bodies_opening_a_title_both_issued_it(nlp, tmp_path):
    text = "会议传达了《中共中央办公厅 国务院办公厅关于加强基层医疗卫生服务体系建设的意见》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    policy = "中共中央办公厅 国务院办公厅关于加强基层医疗卫生服务体系建设的意见"
    assert {(policy, "中共中央办公厅"), (policy, "国务院办公厅")} <= facts(kb, "issuedBy")
    assert {"中共中央办公厅", "国务院办公厅"} <= labels(kb, "Organization")


def test_a_standing_committee_named_in_full_passes_a_regulation(nlp, tmp_path):
    text = "河南省第十四届人民代表大会常务委员会第八次会议表决通过《河南省黄河保护条例》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("河南省黄河保护条例", "河南省人大常委会") in facts(kb, "issuedBy")


def test_bodies_named_by_a_level_word_belong_to_the_place_just_named(nlp, tmp_path):
    text = ("贵阳市召开会议。贵阳市南明区、贵阳市云岩区参加。遵义市委、市政府联合出台《遵义市红色旅游发展规划》。"
            "在遵义市湄潭县，县人民法院、县人民检察院联合设立茶产业纠纷调解室。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("遵义市红色旅游发展规划", "遵义市人民政府") in facts(kb, "issuedBy")
    assert {"湄潭县人民法院", "湄潭县人民检察院"} <= labels(kb, "Organization")
    assert "贵阳市人民政府" not in labels(kb, "Organization")


def test_a_level_word_body_far_from_a_place_takes_the_articles_place(nlp, tmp_path):
    text = "贵阳市召开会议。贵阳市南明区、贵阳市云岩区参加。会议在遵义市湄潭县召开后，市政府印发《关于加快茶产业发展的意见》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("关于加快茶产业发展的意见", "贵阳市人民政府") in facts(kb, "issuedBy")


def test_a_provincial_newspaper_and_a_department_short_name(nlp, tmp_path):
    text = "成都市召开会议。成都市武侯区参加。据四川日报报道，市人力资源社会保障局发布《成都市就业见习管理办法》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"四川日报", "成都市人力资源和社会保障局"} <= labels(kb, "Organization")


def test_a_document_number_names_the_government_of_the_titles_place(nlp, tmp_path):
    text = "绵阳市依据《绵阳市科技城新区建设三年行动计划》（绵府发〔2022〕7号），推进园区建设。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("绵阳市科技城新区建设三年行动计划", "绵阳市人民政府") in facts(kb, "issuedBy")


def test_a_document_number_of_another_place_names_no_issuer(nlp, tmp_path):
    text = "绵阳市依据《绵阳市科技城新区建设三年行动计划》（川府发〔2022〕7号），推进园区建设。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not facts(kb, "issuedBy")


def test_a_body_that_only_qualifies_a_titles_subject_is_no_issuer(nlp, tmp_path):
    text = "江苏省印发《江苏省药品批发企业集团内药品多仓一体化管理改革试点方案》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not labels(kb, "Organization")


def posts(kb) -> set[tuple[str, str]]:
    return {(kb.entities[s].label, kb.entities[o].attrs["title"]) for (s, p, o) in kb.facts if p == "holds"}


def test_discipline_commission_and_party_department_titles_keep_their_body(nlp, tmp_path):
    text = ("昆明市召开会议。市委常委、组织部部长杨丽萍作说明。李国强当选为市纪委书记。"
            "大理市纪委书记、市监委主任段志华出席。云南白药集团股份有限公司董事局主席周建平发言。")
    found = posts(kb_of(nlp, tmp_path, {"a.txt": text}))
    assert {("杨丽萍", "组织部部长"), ("李国强", "市纪委书记"), ("段志华", "市纪委书记"), ("周建平", "董事局主席")} <= found
    assert ("杨丽萍", "部长") not in found


def test_a_congress_deputy_is_a_member_of_the_congress_not_a_post_holder(nlp, tmp_path):
    text = "南宁市召开会议。广西壮族自治区人大代表、那坡村党支部书记黄春梅发言。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("黄春梅", "广西壮族自治区人民代表大会") in facts(kb, "memberOf")
    assert ("黄春梅", "人大代表") not in posts(kb)
    assert ("黄春梅", "党支部书记") in posts(kb)


def test_a_chain_of_three_titles_goes_to_the_name_after_the_last(nlp, tmp_path):
    text = "南宁市召开会议。广西壮族自治区人大代表、那坡村党支部书记、村委会主任黄春梅发言。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("黄春梅", "广西壮族自治区人民代表大会") in facts(kb, "memberOf")
    assert ("黄春梅", "党支部书记") in posts(kb)
