"""Bodies written the short ways real text writes them, in other provinces' wording: a municipality's own
bodies named by 市 alone, abbreviated commissions, a place's level word written twice (X县县委组织部), local tax
bureaus, merged discipline commissions, and the gaps between issuers and their documents."""
from __future__ import annotations

from test_extract_documents import facts
from test_resolve import kb_of, labels


def test_a_municipalitys_bodies_named_by_shi_alone_are_its_own(nlp, tmp_path):
    text = ("北京市召开会议。北京市朝阳区、海淀区参加。"
            "市经济信息化局、市商务局、市发展改革委联合印发《北京市促进数字经济创新发展若干措施》。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    issuers = {o for p, o in facts(kb, "issuedBy") if p == "北京市促进数字经济创新发展若干措施"}
    assert issuers == {"北京市经济和信息化局", "北京市商务局", "北京市发展和改革委员会"}


def test_a_municipal_commission_short_name_is_written_out(nlp, tmp_path):
    text = "重庆市召开会议。重庆市万州区、涪陵区参加。市农业农村委、市商务委联合推出“巴味渝珍”品牌。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"重庆市农业农村委员会", "重庆市商务委员会"} <= bodies


def test_a_county_named_again_before_its_party_department_and_the_next_body_of_the_list(nlp, tmp_path):
    text = "贵州省遵义市召开会议。湄潭县县委组织部、县人社局联合推出“人才回引”计划。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"中共湄潭县委组织部", "湄潭县人力资源和社会保障局"} <= bodies


def test_a_local_tax_bureau_carries_the_national_administrations_name(nlp, tmp_path):
    text = "四川省成都市召开会议。成都市武侯区、锦江区参加。市税务局推出“非接触式”办税服务。"
    assert "国家税务总局成都市税务局" in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")


def test_a_merged_discipline_commission_keeps_its_joint_name(nlp, tmp_path):
    text = "甘肃省陇南市康县召开会议。康县纪委监委开展专项整治，县纪委监委查处问题12起。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "康县纪委监委" in bodies
    assert not any(b.startswith("中共") and b.endswith("纪委监委") for b in bodies)


def test_issuers_with_a_time_word_a_place_or_a_revised_document_between(nlp, tmp_path):
    text = ("甘肃省兰州市召开会议。兰州市城关区参加。市人社局同日发布《兰州市就业见习管理办法》。"
            "甘肃省教育厅、青海省教育厅在兰州市联合印发《甘青职业教育协作方案》。"
            "市人大常委会审议通过修订后的《兰州市城市绿化条例》。")
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert {("兰州市就业见习管理办法", "兰州市人力资源和社会保障局"), ("甘青职业教育协作方案", "甘肃省教育厅"),
            ("甘青职业教育协作方案", "青海省教育厅"), ("兰州市城市绿化条例", "兰州市人民代表大会常务委员会")} <= issued


def test_a_phrase_opening_with_quyu_or_xianyu_is_no_body_of_a_district_or_county(nlp):
    doc = nlp("河北省将建设一批跨区域医疗中心和县域医共体服务中心。")
    assert not [e.text for e in doc.ents if e.label_ == "Organization"]


def test_an_honour_title_holds_no_town_of_another_province(nlp, tmp_path):
    text = "河北省石家庄市正定县召开会议。正定县塔元庄村曾被评为全国文\n\n明村镇。"
    places = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Place")
    assert "塔元庄村" in places and "明村镇" not in places


def test_an_agent_mark_glued_to_a_county_body_and_a_second_step_after_the_verb(nlp, tmp_path):
    text = ("宁夏回族自治区固原市泾源县召开会议。泾源县泾河源镇参加。《泾源县村级集体经济发展扶持办法》经县人民政府审议通过，已在全县施行。"
            "《固原市城市供水条例》经市人大常委会审议通过、自治区人大常委会批准，自明年起施行。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    issued = facts(kb, "issuedBy")
    assert {("泾源县村级集体经济发展扶持办法", "泾源县人民政府"), ("固原市城市供水条例", "固原市人民代表大会常务委员会")} <= issued
    assert not any(b.startswith("经") for b in labels(kb, "Organization"))


def test_issuers_after_then_with_a_passed_revised_document(nlp, tmp_path):
    text = ("大连市第十六届人民代表大会常务委员会第五次会议闭幕。大连市甘井子区参加。会议表决通过了修订后的《大连市城市绿化条例》。"
            "市商务局随即印发《大连市夜间经济发展行动方案》。")
    issued = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert ("大连市夜间经济发展行动方案", "大连市商务局") in issued
    assert ("大连市城市绿化条例", "大连市人民代表大会常务委员会") in issued


def test_a_prefecture_districts_committee_and_government_carry_the_city_its_departments_do_not(nlp, tmp_path):
    # (a municipality's district's bodies all carry the city: test_round54_misses)
    texts = {"a.txt": "湖北省宜昌市夷陵区召开全区大会。区委、区政府、区政协负责同志出席，区财政局作交流发言。",
             "b.txt": "天津市南开区召开会议，区政府、区委负责同志出席。"}
    bodies = labels(kb_of(nlp, tmp_path, texts), "Organization")
    assert {"中共宜昌市夷陵区委", "宜昌市夷陵区人民政府", "中国人民政治协商会议宜昌市夷陵区委员会", "夷陵区财政局"} <= bodies
    assert {"中共天津市南开区委", "天津市南开区人民政府"} <= bodies


def test_a_party_committees_research_office_is_a_body_of_it(nlp, tmp_path):
    text = "甘肃省委政策研究室调研组深入定西市调研。河南省委党史研究室、西宁市委政研室负责同志参加。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"中共甘肃省委政策研究室", "中共河南省委党史研究室", "中共西宁市委政策研究室"} <= bodies


def test_a_ministrys_department_and_an_exchange_are_bodies(nlp, tmp_path):
    text = "民政部养老服务司、财政部社会保障司联合发文。广州碳排放权交易所、成都农村产权交易所参与试点。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"民政部养老服务司", "财政部社会保障司", "广州碳排放权交易所", "成都农村产权交易所"} <= bodies


def test_short_names_of_forestry_ethnic_affairs_and_education_bureaus_are_written_out(nlp, tmp_path):
    text = "云南省召开会议。镇沅县被国家林草局列为试点县。普洱市民宗局、市教体局、省林草局联合印发《关于加强民族团结进步教育的通知》。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"国家林业和草原局", "普洱市民族宗教事务局", "普洱市教育和体育局", "云南省林业和草原局"} <= bodies


def test_a_prefecture_districts_government_written_without_its_city_is_the_same_body(nlp, tmp_path):
    texts = {"a.txt": "湖北省宜昌市召开会议。宜昌市夷陵区人民政府区长王强发言。夷陵区人民政府办公室、伍家岗区政府印发通知。",
             "b.txt": "天津市南开区人民政府、南开区政府办公室发文。"}
    bodies = labels(kb_of(nlp, tmp_path, texts), "Organization")
    assert {"宜昌市夷陵区人民政府", "宜昌市夷陵区人民政府办公室", "宜昌市伍家岗区人民政府"} <= bodies
    assert "夷陵区人民政府" not in bodies
    assert {"天津市南开区人民政府", "天津市南开区人民政府办公室"} <= bodies  # a municipality's district: with its city
    assert not {"南开区人民政府", "南开区人民政府办公室"} & bodies


def test_a_one_character_countys_party_committee_keeps_its_level_word(nlp, tmp_path):
    text = "江苏省徐州市召开会议。沛县县委书记李明、县委组织部部长王刚，丰县县委副书记赵强出席。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"中共沛县县委", "中共丰县县委"} <= bodies
    assert not {"中共沛县委", "中共丰县委"} & bodies


def test_a_body_a_district_government_runs_keeps_its_name(nlp, tmp_path):
    text = "湖北省宜昌市召开会议。夷陵区政府采购中心、夷陵区政府办公室发布公告。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "宜昌市夷陵区人民政府办公室" in bodies
    assert not {b for b in bodies if "人民政府采购" in b}
