"""Round 20 (b): a body after a policy title and 和 (《…》和农业农村部《…》), demonstration schemes designated by a
verb of choosing (确定A、B等12个县（市、区）为2024年省级X示范创建县), a year before the scope of a list entered
(入选2024年全国X建设名单), and demonstrations named in prose after the verb that carries them out (开展X示范).
Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_chosen_sites import implemented
from test_resolve import kb_of


def programs(nlp, text: str) -> set[str]:
    return {t for t, label in ents(nlp, text).items() if label == "Program"}


def test_a_body_after_a_title_and_he_is_named_without_the_conjunction(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "为贯彻落实省委、省政府《关于加快建设农业强省的实施意见》和农业农村部《关于开展农业品牌精品培育工作的通知》，现将有关事项通知如下。"})
    assert ("关于开展农业品牌精品培育工作的通知", "农业农村部") in facts(kb, "issuedBy")
    found = ents(nlp, "学习《四川省乡村振兴促进条例》和水利部《关于做好农村供水工作的通知》。")
    assert found.get("水利部") == "Organization" and "和水利部" not in found
    found = ents(nlp, "认真执行《土地管理法》与自然资源部有关规定。")
    assert found.get("自然资源部") == "Organization" and "与自然资源部" not in found


def test_a_body_whose_name_holds_he_keeps_it(nlp):
    assert ents(nlp, "江西省文化和旅游厅印发《关于推进乡村旅游高质量发展的通知》。").get("江西省文化和旅游厅") == "Organization"


def test_places_a_choosing_verb_makes_demonstration_sites_carry_the_scheme_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "经专家评审，确定邵东市、新邵县等12个县（市、区）为2024年省级乡村振兴示范创建县。")
    assert {("省级乡村振兴示范创建", "邵东市"), ("省级乡村振兴示范创建", "新邵县")} <= found
    found = implemented(nlp, tmp_path, "经综合评定，我厅确定信丰县、大余县为省级现代农业示范县。")
    assert {("省级现代农业示范", "信丰县"), ("省级现代农业示范", "大余县")} <= found
    found = implemented(nlp, tmp_path, "确定平江县三市镇、华容县万庾镇等20个乡镇为省级农产品加工示范乡镇。")
    assert {("省级农产品加工示范", "三市镇"), ("省级农产品加工示范", "万庾镇")} <= found


def test_a_chosen_demonstration_zone_keeps_its_zone_word(nlp):
    assert "省级现代农业示范" not in programs(nlp, "经研究，确定临渭区为省级现代农业示范区。")


def test_a_year_before_the_scope_of_a_list_entered_leaves_the_scheme_named(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "武功县普集镇入选2024年全国农业产业强镇建设名单。")
    assert ("农业产业强镇建设", "普集镇") in found
    found = implemented(nlp, tmp_path, "鄢陵县入选2023年全国数字乡村试点名单。")
    assert ("数字乡村试点", "鄢陵县") in found
    found = implemented(nlp, tmp_path, "龙南市入选2024年全省美丽乡村示范创建名单。")
    assert ("美丽乡村示范创建", "龙南市") in found


def test_a_demonstration_carried_out_in_prose_is_a_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在武功县普集镇开展小麦绿色高产高效示范。")
    assert ("小麦绿色高产高效示范", "普集镇") in found
    found = implemented(nlp, tmp_path, "大荔县在冯村镇实施冬枣设施栽培技术示范，辐射周边农户。")
    assert ("冬枣设施栽培技术示范", "冯村镇") in found
    found = implemented(nlp, tmp_path, "在安徽省怀远县白莲坡镇开展稻渔综合种养示范。")
    assert ("稻渔综合种养示范", "白莲坡镇") in found


def test_demonstration_as_a_verb_or_a_modifier_is_no_program(nlp):
    assert not any(p.endswith("示范") for p in programs(nlp, "各地要开展典型示范引领，发挥龙头企业示范带动作用。"))
    assert not any(p.endswith("示范") for p in programs(nlp, "在全县开展农业科技示范，建设示范基地。"))


def test_a_place_a_body_names_a_demonstration_zone_holds_the_scheme(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "丽水市已被国家林业和草原局命名为国家林下经济示范区。")
    assert ("国家林下经济示范区", "丽水市") in found
    found = implemented(nlp, tmp_path, "仙居县已被生态环境部命名为国家生态文明建设示范县。")
    assert ("国家生态文明建设示范", "仙居县") in found
    found = implemented(nlp, tmp_path, "寿光市被农业农村部命名为国家农业绿色发展示范区。")
    assert ("国家农业绿色发展示范区", "寿光市") in found


def test_a_place_named_for_an_honour_holds_no_program(nlp, tmp_path):
    assert not implemented(nlp, tmp_path, "德清县被住房和城乡建设部命名为国家园林县城。")


def issuers(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")


def test_a_speakers_turn_does_not_keep_a_document_from_opening_the_sentence(nlp, tmp_path):
    found = issuers(nlp, tmp_path, "郴州市召开新闻发布会。李向东：《若干措施》由市商务局牵头起草，经市政府常务会议审议通过。")
    assert {("若干措施", "郴州市商务局"), ("若干措施", "郴州市人民政府")} <= found
    found = issuers(nlp, tmp_path, "遵义市召开新闻发布会。答：《实施办法》由市住建局牵头起草，经市政府常务会议审议通过。")
    assert ("实施办法", "遵义市人民政府") in found
    found = issuers(nlp, tmp_path, "株洲市召开新闻发布会。市交通运输局局长 周立明：《行动计划》由市交通运输局牵头起草，经市政府常务会议审议通过。")
    assert {("行动计划", "株洲市交通运输局"), ("行动计划", "株洲市人民政府")} <= found


def test_a_document_deep_in_a_sentence_after_no_speaker_is_not_passed_by_a_later_meeting(nlp, tmp_path):
    found = issuers(nlp, tmp_path, "郴州市召开新闻发布会。会上介绍了今年以来出台的《若干措施》，经市政府常务会议审议通过的还有三份文件。")
    assert ("若干措施", "郴州市人民政府") not in found


def test_a_preposition_the_model_tags_as_a_body_opens_no_meeting(nlp, tmp_path):
    found = issuers(nlp, tmp_path, "庆阳市农业农村局工作总结。由市委农办牵头起草的《庆阳市和美乡村建设三年行动方案》经市政府常务会议审议通过。")
    assert ("庆阳市和美乡村建设三年行动方案", "庆阳市人民政府") in found
    found = issuers(nlp, tmp_path, "天水市召开新闻发布会。《天水市农村供水保障办法》经市政府常务会议审议通过，自3月1日起施行。")
    assert ("天水市农村供水保障办法", "天水市人民政府") in found
    found = issuers(nlp, tmp_path, "六盘水市工作总结。《六盘水市城市绿化条例》经市人大常委会会议审议通过。")
    assert any(doc == "六盘水市城市绿化条例" for doc, _ in found)


def posts(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    return {(kb.entities[p].attrs["title"], kb.entities[o].label) for p, pred, o in kb.facts if pred == "postIn"}


def test_the_head_of_a_governments_press_office_holds_a_post_in_it(nlp, tmp_path):
    found = posts(nlp, tmp_path, "宜昌市召开新闻发布会。市委宣传部副部长、市政府新闻办主任李晓东主持。")
    assert ("主任", "宜昌市人民政府新闻办公室") in found
    found = posts(nlp, tmp_path, "四川省人民政府新闻办公室举行新闻发布会。主持人（省政府新闻办副主任 王晓燕）：各位记者朋友，大家好！")
    assert ("副主任", "四川省人民政府新闻办公室") in found
    found = posts(nlp, tmp_path, "南阳市召开新闻发布会，市政府新闻办主任赵建国主持。")
    assert ("主任", "南阳市人民政府新闻办公室") in found


def test_news_in_prose_is_no_press_office(nlp):
    assert "新闻办" not in "".join(t for t, label in ents(nlp, "各地要做好新闻宣传工作。").items() if label == "Organization")


def test_a_governments_press_office_written_with_its_province_is_named_in_full(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "山西省政府新闻办召开新闻发布会。山西省人民政府新闻办公室有关负责人出席。"})
    bodies = {e.label for e in kb.entities.values() if e.type == "Organization"}
    assert "山西省人民政府新闻办公室" in bodies and "山西省政府新闻办公室" not in bodies
