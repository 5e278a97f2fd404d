"""implementedIn in the wordings of notices and work reports that place schemes: places picked by a verb of
choosing (选取A、B两个乡镇，开展X; …先行开展 with the program named before), a program spread to places after a
comma (X，已推广到A、B), a program named in prose before the duty of carrying it out (承担X创建任务), a quoted
scheme after 先行先试/试行, and a work report's clause that opens with a program and says how far it has come
(X基本完成, X在我市全面铺开: the report's own place). Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def implemented(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    """(program, place), the program's quotation marks left out (labels keep inner quotes, drop outer ones)."""
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    return {(plan.replace("“", "").replace("”", ""), place) for plan, place in found}


def test_places_picked_by_a_verb_of_choosing_carry_out_the_program_launched_after(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁强县选取大安镇、广坪镇两个镇，开展农村集体经济“强村富民”试点。")
    assert {("农村集体经济强村富民试点", "大安镇"), ("农村集体经济强村富民试点", "广坪镇")} <= found
    found = implemented(nlp, tmp_path, "陇县遴选东南镇、温水镇作为试点，推行“积分超市”乡村治理模式。")
    assert {("积分超市乡村治理模式", "东南镇"), ("积分超市乡村治理模式", "温水镇")} <= found
    found = implemented(nlp, tmp_path, "崇义县选择过埠镇、铅厂镇等3个乡镇，率先实施农村生活污水治理三年行动。")
    assert {("农村生活污水治理三年行动", "过埠镇"), ("农村生活污水治理三年行动", "铅厂镇")} <= found


def test_places_picked_for_a_program_named_before_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "镇安县作为全省农村宅基地制度改革试点，选取云盖寺镇、回龙镇两个镇先行开展。")
    assert {("农村宅基地制度改革试点", "云盖寺镇"), ("农村宅基地制度改革试点", "回龙镇")} <= found
    found = implemented(nlp, tmp_path, "去年启动“美丽庭院”示范创建，选定茅坪镇、石门镇2个镇率先开展。")
    assert {("美丽庭院示范创建", "茅坪镇"), ("美丽庭院示范创建", "石门镇")} <= found


def test_a_program_spread_to_places_after_a_comma_runs_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "铜鼓县首创的“林长+警长”模式，已推广到宜丰县、奉新县。")
    assert {("林长+警长模式", "宜丰县"), ("林长+警长模式", "奉新县")} <= found
    found = implemented(nlp, tmp_path, "东至县探索的“屋场议事”工作法，今年扩大到石台县和青阳县。")
    assert {("屋场议事工作法", "石台县"), ("屋场议事工作法", "青阳县")} <= found


def test_a_program_named_before_the_duty_of_carrying_it_out_is_one(nlp, tmp_path):
    assert ents(nlp, "南涧县承担国家农村产业融合发展示范园创建任务。").get("国家农村产业融合发展示范园创建") == "Program"
    found = implemented(nlp, tmp_path, "通道侗族自治县承担全国乡村治理示范县创建任务，成效明显。")
    assert ("全国乡村治理示范县创建", "通道侗族自治县") in found  # 全国 is its level, as gen-p189 names it
    found = implemented(nlp, tmp_path, "弥勒市承担高原特色现代农业产业园建设任务。")
    assert ("高原特色现代农业产业园建设", "弥勒市") in found
    assert "Program" not in ents(nlp, "各地要完成年度建设任务。").values()


def test_a_quoted_scheme_tried_out_first_is_a_program(nlp, tmp_path):
    assert ents(nlp, "下营村先行先试“生态积分超市”，村民凭积分兑换日用品。").get("生态积分超市") == "Program"
    found = implemented(nlp, tmp_path, "太平镇试行“院坝协商”，群众事务群众商量。")
    assert ("院坝协商", "太平镇") in found
    assert "Program" not in ents(nlp, "他们先行先试，积累了“可复制”的经验。").values()


REPORT = "威宁县人民政府工作报告\n——2023年1月6日在威宁彝族回族苗族自治县第十八届人民代表大会第三次会议上\n"


def test_a_report_clause_that_opens_with_a_program_and_its_progress_is_the_reports_place(nlp, tmp_path):
    text = REPORT + "一、2022年工作回顾\n农村集体产权制度改革基本完成，全县村村成立股份经济合作社。“一件事一次办”改革覆盖县、乡、村三级。" \
        "毕节市委、市政府部署的“组组通”硬化路工程在我县全面铺开。"
    found = implemented(nlp, tmp_path, text)
    assert {("农村集体产权制度改革", "威宁彝族回族苗族自治县"), ("一件事一次办改革", "威宁彝族回族苗族自治县"),
            ("组组通硬化路工程", "威宁彝族回族苗族自治县")} <= found


def test_a_program_and_its_progress_in_a_text_that_calls_no_place_its_own_has_no_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "据介绍，农村集体产权制度改革基本完成。“一件事一次办”改革全面提速。")
    assert not found


def test_a_field_before_a_quoted_chief_system_is_part_of_its_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宜良县在北古城镇、狗街镇试行耕地保护“田长制”。")
    assert {("耕地保护田长制", "北古城镇"), ("耕地保护田长制", "狗街镇")} <= found
    assert ents(nlp, "南康区深入实施产业链“链长制”，由区领导挂点联系。").get("产业链“链长制”") == "Program"
    assert ents(nlp, "岳西县全面推行森林防火“网格长制”。").get("森林防火“网格长制”") == "Program"
    assert ents(nlp, "岳西县全面推行林长制。").get("林长制") == "Program"


def test_a_program_named_before_the_scope_places_are_taken_into_ends_before_it(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "岚县、兴县纳入省级乡村振兴示范区创建范围。")
    assert {("省级乡村振兴示范区创建", "岚县"), ("省级乡村振兴示范区创建", "兴县")} <= found


def test_short_forms_listed_before_a_count_after_deng_are_places_of_its_level(nlp, tmp_path):
    labels = ents(nlp, "镇安县首创的“党建+合作社”模式，已推广到云盖寺、回龙等6个镇。")
    assert labels.get("云盖寺") == labels.get("回龙") == "Place"
    labels = ents(nlp, "宁强、略阳两个县率先开展试点。")
    assert labels.get("宁强") == labels.get("略阳") == "Place"
    found = implemented(nlp, tmp_path, "镇安县首创的“党建+合作社”模式，已推广到云盖寺、回龙等6个镇。")
    assert {("党建+合作社模式", "云盖寺镇"), ("党建+合作社模式", "回龙镇")} <= found


def test_a_work_reports_title_line_names_the_report_and_its_place(nlp, tmp_path):
    assert ents(nlp, "铜仁市政府工作报告（摘要）").get("铜仁市政府工作报告") == "Policy"
    assert ents(nlp, "恩施土家族苗族自治州2021年政府工作报告").get("恩施土家族苗族自治州2021年政府工作报告") == "Policy"
    assert "Policy" not in ents(nlp, "会议听取了市政府工作报告。").values()
    # a sentence that opens with its subject is no title, though it ends in one (审议了县人民政府工作报告（书面）)
    for sentence in ("会议听取和审议了县人民政府工作报告（书面）。", "大会审议通过了旗人民政府工作报告（摘要）"):
        assert "Policy" not in ents(nlp, sentence).values()
    text = "铜仁市政府工作报告（摘要）\n一、2021年工作回顾\n一年来，我们深入实施“黔货出山”行动。“一码通”改革基本完成。"
    found = implemented(nlp, tmp_path, text)
    assert {("黔货出山行动", "铜仁市"), ("一码通改革", "铜仁市")} <= found


def test_a_program_that_opens_its_sentence_before_its_progress_is_named_in_full(nlp, tmp_path):
    assert ents(nlp, "今年，城乡环境卫生整治三年行动圆满收官。").get("城乡环境卫生整治三年行动") == "Program"
    assert ents(nlp, "农村人居环境整治三年行动圆满收官。").get("农村人居环境整治三年行动") == "Program"
    assert "Program" not in ents(nlp, "他说三年行动圆满收官。").values()
    text = "铜仁市政府工作报告（摘要）\n一、2021年工作回顾\n农村人居环境整治三年行动圆满收官，覆盖全市2600个行政村。"
    assert ("农村人居环境整治三年行动", "铜仁市") in implemented(nlp, tmp_path, text)
