"""Round 18 (v): an executive meeting that agrees to or approves a program's sites launched it (会议同意在A、B实施P;
会议批准A、B开展P), and one that 原则同意 a document passed it; a town listed after one whose county the text
writes lies in that county, even under a name that several towns bear (陆良县三岔河镇、马街镇).
Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def located(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "locatedIn")


def issuers(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")


def test_a_town_listed_after_a_written_county_and_town_lies_in_that_county(nlp, tmp_path):
    assert ("安丰镇", "寿县") in located(nlp, tmp_path, "寿县在寿县正阳关镇、安丰镇开展稻渔综合种养试点。")
    found = located(nlp, tmp_path, "蒲城县罕井镇、陈庄镇和高阳镇推行“果畜循环”模式。")
    assert {("陈庄镇", "蒲城县"), ("高阳镇", "蒲城县")} <= found
    assert ("同安镇", "平乐县") in located(nlp, tmp_path, "在平乐县张家镇、同安镇实施柿子产业提升工程。")


def test_a_listed_town_that_the_map_puts_elsewhere_gets_no_container(nlp, tmp_path):
    found = located(nlp, tmp_path, "在寿县正阳关镇、罕井镇开展调研。")
    assert ("罕井镇", "寿县") not in found


MEETING = "5月8日，市长主持召开{}政府第二十次常务会议。"


def test_a_meeting_that_agrees_to_or_approves_a_programs_sites_launched_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, MEETING.format("安庆市") + "会议同意在桐城市、潜山市实施“皖江茶谷”建设工程。")
    assert ("皖江茶谷建设工程", "安庆市人民政府") in found
    found = proposed(nlp, tmp_path, MEETING.format("赣州市") + "会议批准南康区、赣县区开展城乡环卫一体化改革试点。")
    assert ("城乡环卫一体化改革试点", "赣州市人民政府") in found
    found = proposed(nlp, tmp_path, MEETING.format("南充市") + "会议原则同意在阆中市、南部县开展县域医共体建设试点。")
    assert ("县域医共体建设试点", "南充市人民政府") in found


def test_a_meeting_that_agrees_to_issue_a_document_in_a_bodys_name_launches_nothing(nlp, tmp_path):
    found = proposed(nlp, tmp_path, MEETING.format("安庆市") + "会议同意县农业农村局在月山镇推行“稻虾共作”模式。")
    assert not any(p == "稻虾共作模式" for p, _ in found)


def test_a_meeting_that_agrees_in_principle_to_a_document_passed_it(nlp, tmp_path):
    found = issuers(nlp, tmp_path, MEETING.format("岳阳市") + "会议原则同意《岳阳市城市更新实施办法》。")
    assert ("岳阳市城市更新实施办法", "岳阳市人民政府") in found
    found = issuers(nlp, tmp_path, MEETING.format("宜宾市") + "会议听取了有关汇报，原则同意《宜宾市促进消费若干措施》。")
    assert ("宜宾市促进消费若干措施", "宜宾市人民政府") in found
    found = issuers(nlp, tmp_path, MEETING.format("泉州市") + "会议原则同意《泉州市海洋经济发展三年行动方案》和《泉州市养老服务条例（草案）》。")
    assert ("泉州市海洋经济发展三年行动方案", "泉州市人民政府") in found


def test_a_meeting_that_agrees_to_issue_a_document_in_an_offices_name_did_not_pass_it_itself(nlp, tmp_path):
    found = issuers(nlp, tmp_path, MEETING.format("岳阳市") + "会议同意以市政府办公室名义印发《岳阳市促进消费若干措施》。")
    assert ("岳阳市促进消费若干措施", "岳阳市人民政府") not in found


NOTICE = "{}关于公布第二批{}名单的通知\n各市（州）农业农村局：\n"


def test_a_notices_subjectless_designation_is_its_issuers_decision(nlp, tmp_path):
    text = NOTICE.format("湖南省农业农村厅", "省级稻渔综合种养示范县") \
        + "经县级申报、市州推荐和专家评审，确定华容县、南县等6个县（市）为第二批省级稻渔综合种养示范县，现予公布。"
    assert ("省级稻渔综合种养示范", "湖南省农业农村厅") in proposed(nlp, tmp_path, text)
    text = NOTICE.format("内蒙古自治区农牧厅", "自治区级草原生态修复试点旗县") \
        + "经旗县申报、盟市推荐，确定四子王旗、化德县为第二批自治区级草原生态修复试点旗县（名单见附件）。"
    assert ("自治区级草原生态修复试点", "内蒙古自治区农牧厅") in proposed(nlp, tmp_path, text)
    text = NOTICE.format("四川省林业和草原局", "省级林下经济示范基地") \
        + "经评审和公示，认定雷波县、马边彝族自治县为第二批省级林下经济示范县。"
    assert ("省级林下经济示范", "四川省林业和草原局") in proposed(nlp, tmp_path, text)


def test_a_designation_with_its_body_in_the_clause_before_is_not_the_notices(nlp, tmp_path):
    text = NOTICE.format("湖南省农业农村厅", "省级稻渔综合种养示范县") \
        + "省财政厅会同省发展改革委，确定华容县、南县为第二批省级稻渔综合种养示范县。"
    assert ("省级稻渔综合种养示范", "湖南省农业农村厅") not in proposed(nlp, tmp_path, text)
    text = "经专家评审，确定华容县、南县为第二批省级稻渔综合种养示范县。"
    assert not proposed(nlp, tmp_path, text)


def test_places_opening_the_clause_after_a_batch_of_pilots_carry_the_pilot_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "确定武功县、乾县为第二批省级数字乡村试点县。首批试点中，杨陵区、泾阳县探索形成的“数字果园”模式已在全省推广。")
    assert {("省级数字乡村试点", "杨陵区"), ("省级数字乡村试点", "泾阳县")} <= found
    found = implemented(nlp, tmp_path, "确定宁乡市为第二批全省智慧农业试点县。首批试点县中，浏阳市、醴陵市已建成智慧农场12个。")
    assert {("全省智慧农业试点", "浏阳市"), ("全省智慧农业试点", "醴陵市")} <= found or \
        {("智慧农业试点", "浏阳市"), ("智慧农业试点", "醴陵市")} <= found
    found = implemented(nlp, tmp_path, "确定科尔沁区为第二批自治区级黑土地保护试点旗县。首批试点旗县中，扎鲁特旗、开鲁县累计完成保护性耕作80万亩。")
    assert {("自治区级黑土地保护试点", "扎鲁特旗"), ("自治区级黑土地保护试点", "开鲁县")} <= found


def programs(nlp, tmp_path, text: str) -> set[str]:
    return {p.replace("“", "").replace("”", "") for p in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")}


def test_a_later_clause_that_issues_in_a_bodys_name_issues_the_documents_before_it(nlp, tmp_path):
    found = issuers(nlp, tmp_path, MEETING.format("岳阳市") + "会议审议通过了《岳阳市城市更新实施办法》，由市司法局修改后以市政府名义印发。")
    assert ("岳阳市城市更新实施办法", "岳阳市人民政府") in found
    assert ("岳阳市城市更新实施办法", "岳阳市司法局") not in found
    found = issuers(nlp, tmp_path, MEETING.format("宜宾市") + "会议原则同意《宜宾市促进消费若干措施》，请市商务局修改完善后以市政府办公室名义印发。")
    assert ("宜宾市促进消费若干措施", "宜宾市人民政府办公室") in found
    found = issuers(nlp, tmp_path, MEETING.format("泉州市") + "会议研究了《泉州市养老服务补贴办法》和《泉州市托育服务管理办法》，同意以市政府办公室名义正式印发。")
    assert {("泉州市养老服务补贴办法", "泉州市人民政府办公室"), ("泉州市托育服务管理办法", "泉州市人民政府办公室")} <= found


def test_a_body_in_whose_name_another_document_is_issued_issued_only_that_one(nlp, tmp_path):
    found = issuers(nlp, tmp_path, MEETING.format("岳阳市") + "会议审议通过了《岳阳市城市更新实施办法》，同意以市政府办公室名义印发《岳阳市促进消费若干措施》。")
    assert ("岳阳市城市更新实施办法", "岳阳市人民政府办公室") not in found
    assert ("岳阳市促进消费若干措施", "岳阳市人民政府办公室") in found


def test_a_scheme_named_before_its_site_word_and_list_is_a_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "汝城县延寿瑶族乡入选第二批全国乡村治理示范乡镇名单。")
    assert ("乡村治理示范", "延寿瑶族乡") in found
    found = implemented(nlp, tmp_path, "湄潭县入选全国农村综合性改革试点县名单。")
    assert ("农村综合性改革试点", "湄潭县") in found
    found = implemented(nlp, tmp_path, "平遥县入选首批省级文旅融合发展示范县名单。")
    assert ("省级文旅融合发展示范", "平遥县") in found


def test_a_list_of_projects_names_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "该项目列入全省重点项目名单。")


def test_a_place_named_a_showcase_by_a_passive_of_honour_carries_it_out(nlp, tmp_path):
    assert ("省级乡村振兴示范", "桃源县") in implemented(nlp, tmp_path, "桃源县被评为省级乡村振兴示范县。")
    assert ("民族团结进步示范", "镇宁布依族苗族自治县") in implemented(nlp, tmp_path, "镇宁布依族苗族自治县被命名为全国民族团结进步示范县。")
    assert ("省级森林康养试点", "石阡县") in implemented(nlp, tmp_path, "石阡县被认定为省级森林康养试点县。")


def test_an_honour_that_is_no_scheme_is_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "九江镇被评为全国文明村镇。")


def test_a_places_quoted_model_before_experience_is_a_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在全市推广平湖市“标准地”出让改革经验。")
    assert ("标准地出让改革", "平湖市") in found
    assert "清单制管理" in {p[-5:] for p in programs(nlp, tmp_path, "推广宁海县“小微权力”清单制管理经验。")}
    found = implemented(nlp, tmp_path, "学习借鉴桐乡市“三治融合”基层治理经验。")
    assert ("三治融合基层治理", "桐乡市") in found or "三治融合基层治理" in programs(nlp, tmp_path, "学习借鉴桐乡市“三治融合”基层治理经验。")


def test_experience_after_a_quote_with_no_place_before_it_is_no_program(nlp, tmp_path):
    assert not any(p.startswith("两山") for p in programs(nlp, tmp_path, "要总结“两山”转化经验。"))
