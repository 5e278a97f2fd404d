"""Organizations and their documents in other provinces' wording: bodies joined in a list or a title, a body
named by a bare level word right after its place, congress standing committees, newspapers."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
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
    assert ("河南省黄河保护条例", "河南省人民代表大会常务委员会") in facts(kb, "issuedBy")


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


def test_a_towns_party_committee_is_named_from_the_town_not_its_county(nlp, tmp_path):
    text = ("南京市召开会议。溧水区白马镇党委书记张伟、宜良县竹山镇党委书记李文出席，成都市武侯区人民法院、"
            "四川省农业农村厅参加。")
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"中共白马镇委员会", "中共竹山镇委员会", "武侯区人民法院", "四川省农业农村厅"} <= orgs
    assert not any(o.startswith(("溧水区", "宜良县", "成都市")) for o in orgs)


def test_a_verb_of_joint_building_ends_the_first_body(nlp, tmp_path):
    text = "西安市召开会议。西安交通大学共建临床医学研究中心。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "西安交通大学" in orgs
    assert not any("共建" in o for o in orgs)


def test_a_description_before_a_companys_name_is_no_part_of_it(nlp, tmp_path):
    text = "武汉市召开会议。市属国有企业武汉市城市建设投资开发集团有限公司董事长李明发言。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "武汉市城市建设投资开发集团有限公司" in orgs
    assert not any(o.startswith("市属") for o in orgs)


def test_a_companys_legal_name_holds_the_place_inside_it(nlp, tmp_path):
    text = "国网四川省电力有限公司与成都市人民政府签署战略合作协议。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert "国网四川省电力有限公司" in labels(kb, "Organization") and "四川省" not in labels(kb, "Place")


def test_a_bracket_after_a_body_holds_its_campus_or_its_other_name(nlp, tmp_path):
    text = "武汉市召开会议。中国地质大学（武汉）与华中科技大学同济医学院附属协和医院（武汉协和医院）签约。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    orgs = labels(kb, "Organization")
    assert {"中国地质大学（武汉）", "华中科技大学同济医学院附属协和医院"} <= orgs
    assert "武汉协和医院" not in orgs
    hospital = next(e for e in kb.entities.values() if e.label == "华中科技大学同济医学院附属协和医院")
    assert "武汉协和医院" in hospital.aliases


def test_a_high_tech_zones_committee_short_name_is_written_out_whole(nlp, tmp_path):
    text = "南宁市召开会议。南宁高新区管委会主任王强介绍情况。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "南宁高新技术产业开发区管理委员会" in orgs
    assert "南宁高新区管理委员会" not in orgs


def test_members_elected_to_a_termed_standing_committee(nlp, tmp_path):
    text = ("柳州市召开会议。全会选举李明华、王芳芳、赵志刚为中共柳州市第十三届委员会常务委员会委员，"
            "选举李明华为市委书记，王芳芳、赵志刚为市委副书记。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    members = {p for p, o in facts(kb, "memberOf") if o == "中共柳州市委常务委员会"}
    assert members == {"李明华", "王芳芳", "赵志刚"}
    assert {("王芳芳", "市委副书记"), ("赵志刚", "市委副书记")} <= posts(kb)
    assert not any(title == "委员" for _, title in posts(kb))


def test_a_bare_department_and_commission_belong_to_the_body_listed_before(nlp, tmp_path):
    text = "宝鸡市召开会议。宝鸡市渭滨区参加。市委常委、组织部部长王伟作说明。扶风县纪委书记、县监委主任刘涛出席。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"中共宝鸡市委组织部", "扶风县监察委员会"} <= orgs


def test_names_between_a_verb_of_appointment_and_the_post(nlp, tmp_path):
    text = "桂林市人大常委会会议通过任免名单。任命范晓东为桂林市人民政府副市长。免去焦红旗的桂林市财政局局长职务。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"范晓东", "焦红旗"} <= labels(kb, "Person")
    assert {("范晓东", "副市长"), ("焦红旗", "局长")} <= posts(kb)


def test_a_bureau_with_and_in_its_name_after_a_dismissed_officials_name(nlp, tmp_path):
    text = "开封市人大常委会会议通过任免名单。免去王建国的开封市工业和信息化局局长职务。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert "开封市工业和信息化局" in labels(kb, "Organization")
    assert ("王建国", "局长") in posts(kb)


def test_all_the_courts_of_a_city_are_no_body(nlp, tmp_path):
    text = "株洲市召开会议。株洲市中级人民法院院长刘伟说，全市法院将设立调解中心，各县政府配合。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "株洲市中级人民法院" in orgs
    assert not {"株洲市法院", "株洲市人民法院"} & orgs
    assert not any(o.endswith("县人民政府") for o in orgs)


def test_a_bracket_after_a_body_with_no_place_inside_leaves_the_name_alone(nlp):
    """（ after a body's name but no place word right inside it, in a text that ends with ）: nothing to join."""
    doc = nlp("浙江省人民政府（2023年）")
    assert [(e.text, e.label_) for e in doc.ents] == [("浙江省人民政府", "Organization")]


def test_village_bodies_are_named_from_the_village_not_the_chain_before_it(nlp, tmp_path):
    text = ("吉林省延边州召开会议。汪清县百草沟镇新田村党支部组织党员开展活动。"
            "在汪清县天桥岭镇上屯村，村党支部带领群众发展黑木耳产业。东光镇北兴村党总支书记金哲说，村里建成了冷库。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    bodies = labels(kb, "Organization")
    assert {"新田村党支部", "上屯村党支部", "北兴村党总支"} <= bodies
    assert not bodies & {"村党支部", "汪清县百草沟镇新田村党支部"} and "北兴村" in labels(kb, "Place")


def test_a_body_joined_by_and_to_one_named_by_a_level_word_is_two_bodies(nlp, tmp_path):
    # The model reads 政府和县 as 政府 + 和县 (a county of Anhui) and tags the whole phrase as one organization.
    text = "重庆市城口县召开会议。这一模式由城口县人民政府和县农业农村局联合推出。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    bodies = labels(kb, "Organization")
    assert {"城口县人民政府", "城口县农业农村局"} <= bodies
    assert not any("和县" in body for body in bodies)


def test_a_bank_named_with_cun_after_a_village_is_no_body_of_the_village(nlp, tmp_path):
    text = "吉林省延边州召开会议。在汪清县天桥岭镇上屯村，村镇银行推出小额信贷服务。"
    assert not any(name.startswith("上屯村") for name in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization"))


def test_the_party_committee_of_a_county_level_city_is_its_own(nlp, tmp_path):
    text = "红河州召开会议。弥勒市委书记李某表示，要推进产业发展。"
    assert ("李某 市委书记", "中共弥勒市委") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "postIn")


def test_a_government_title_after_a_city_party_title_is_in_that_citys_government(nlp, tmp_path):
    text = "太原市委常委、副市长刘某某，晋中市委副书记、市长郭某出席活动。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "postIn")
    assert {("刘某某 副市长", "太原市人民政府"), ("郭某 市长", "晋中市人民政府"), ("郭某 市委副书记", "中共晋中市委")} <= found


def test_a_district_court_and_procuratorate_sign_a_document_together(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"yl.txt": "日前，四川省成都市温江区人民检察院与区法院、区司法局联合签署《关于加强未成年人司法保护协作的意见》。"})
    issuers = {o for s, o in facts(kb, "issuedBy")}
    assert issuers == {"温江区人民检察院", "温江区人民法院", "温江区司法局"}


def test_a_party_committee_written_with_its_province_is_the_committee_of_its_own_division(nlp):
    doc = nlp("中共吉林省延边朝鲜族自治州委员会印发《关于加快推进乡村振兴的实施意见》。")
    assert [(e.text, e._.canonical) for e in doc.ents if e.label_ == "Organization"] == [
        ("中共吉林省延边朝鲜族自治州委员会", "中共延边朝鲜族自治州委员会")]
    assert [e._.canonical or e.text for e in nlp("中共四川省委办公厅印发通知。").ents] == ["中共四川省委办公厅"]


def test_a_body_after_a_preposition_ending_in_its_first_character_starts_after_it(nlp):
    found = ents(nlp, "盟农牧局要会同盟财政局做好奶业扶持资金兑付。")
    assert found.get("盟财政局") == "Organization"
    assert "同盟财政局" not in found
