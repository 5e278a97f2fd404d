"""implementedIn to places the text does not name in the clause: 该村/镇里 (the place of that level named last),
a village named in its party branch's name, 我们 and 本县 in a work report (the document's own place), 全镇, a place
that is only a model (借鉴…经验), and a document that opens its sentence and is in force in the whole of a level
(texts of other provinces than the dev set's passages)."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_elided import implemented
from test_resolve import kb_of


def test_this_village_or_the_town_means_the_place_of_that_level_named_last(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "巫山县竹贤乡下庄村推行“积分制”管理模式。该村还开展了“美丽庭院”创建活动。")
    assert ("美丽庭院创建活动", "下庄村") in found
    found = implemented(nlp, tmp_path, "敦化市雁鸣湖镇推行“村企联建”模式。黄泥河镇建成物流中心。镇里同步实施农村生活污水治理工程。")
    assert ("农村生活污水治理工程", "黄泥河镇") in found
    assert ("农村生活污水治理工程", "雁鸣湖镇") not in found


def test_a_village_named_in_its_party_branchs_name_is_the_village_of_a_later_cun_li(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "琼海市博鳌镇沙美村党支部书记王海介绍，村里推行“积分超市”管理模式。")
    assert ("积分超市管理模式", "沙美村") in found


def test_we_in_a_work_report_are_the_place_the_report_calls_its_own(nlp, tmp_path):
    header = "在盘山县第十八届人民代表大会第一次会议上\n盘山县人民政府县长 李明\n现在，我代表县人民政府向大会报告工作。\n"
    found = implemented(nlp, tmp_path, header + "一年来，我们深入实施“千企技改”行动，扎实开展“厕所革命”专项行动。")
    assert {("千企技改行动", "盘山县"), ("厕所革命专项行动", "盘山县")} <= found
    found = implemented(nlp, tmp_path, header + "本县被辽宁省农业农村厅确定为全省首批数字乡村建设试点县。")
    assert ("数字乡村建设试点", "盘山县") in found
    # a news article that quotes 我们 calls no place its own
    found = implemented(nlp, tmp_path, "盘山县召开座谈会。会上，农民代表刘强回忆，我们实施了“千企技改”行动。")
    assert not any(program == "千企技改行动" for program, _ in found)


def test_the_whole_town_is_the_town_the_sentence_names(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "2021年以来，汪清县百草沟镇依托山地资源，在全镇推行“庭院经济”发展模式。")
    assert ("庭院经济发展模式", "百草沟镇") in found


def test_a_place_learned_from_is_a_model_not_a_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "永吉县北大湖镇借鉴敦化市经验，开展“冰雪民宿”培育行动。")
    assert ("冰雪民宿培育行动", "北大湖镇") in found
    assert ("冰雪民宿培育行动", "敦化市") not in found


def test_a_document_opening_its_sentence_is_in_force_in_the_whole_of_a_level(nlp, tmp_path):
    text = "格尔木市推进城市更新。《格尔木市城市绿化管理办法》经格尔木市人民政府审议通过，已在全市施行。"
    assert ("格尔木市城市绿化管理办法", "格尔木市") in implemented(nlp, tmp_path, text)


def test_a_place_issuing_a_document_named_after_itself_applies_it_there(nlp, tmp_path):
    text = "为稳定就业，三亚市加快推进人才改革，出台《三亚市高层次人才认定办法》，吸引人才落户。"
    assert ("三亚市高层次人才认定办法", "三亚市") in implemented(nlp, tmp_path, text)
    text = "三亚市商务局出台《海南省促进消费若干措施》。"
    assert not implemented(nlp, tmp_path, text)
    text = "三亚发布消费新政，三亚市商务局印发《三亚市促进消费若干措施》。"  # the bureau issues it, not the city
    assert not implemented(nlp, tmp_path, text)


def test_a_regulation_coming_into_force_is_in_force_in_the_place_it_is_named_after(nlp, tmp_path):
    text = "修订后的《大连市海域使用管理条例》由大连市人大常委会审议通过，于2021年3月1日起施行。"
    assert ("大连市海域使用管理条例", "大连市") in implemented(nlp, tmp_path, text)
    text = "《大连市海域使用管理条例》由大连市人大常委会审议通过，明年将提请施行。"
    assert not implemented(nlp, tmp_path, text)


def test_we_are_the_reports_own_place_not_a_place_learned_from(nlp, tmp_path):
    header = "在盘山县第十八届人民代表大会第一次会议上\n盘山县人民政府县长 李明\n现在，我代表县人民政府向大会报告工作。\n"
    found = implemented(nlp, tmp_path, header + "学习借鉴浙江省安吉县经验，我们深入实施“千企技改”行动。")
    assert ("千企技改行动", "盘山县") in found and ("千企技改行动", "安吉县") not in found


def test_the_town_means_the_articles_town_when_the_sentence_names_only_a_city(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "黄泥河镇建成物流中心。在敦化市，镇里同步实施农村生活污水治理工程。")
    assert ("农村生活污水治理工程", "黄泥河镇") in found


def test_places_taken_as_the_focus_of_a_launch_are_its_sites(nlp, tmp_path):
    text = "省林业局以伊春市、黑河市为重点，全面启动“森林康养基地建设行动”，安排资金1.5亿元。"
    found = implemented(nlp, tmp_path, text)
    assert {("森林康养基地建设行动", "伊春市"), ("森林康养基地建设行动", "黑河市")} <= found
    text = "海东市委、市政府以乐都区为试点，率先推行“村级事务积分管理”模式，明年起在全市推广。"
    found = implemented(nlp, tmp_path, text)
    assert {("村级事务积分管理模式", "乐都区"), ("村级事务积分管理模式", "海东市")} <= found
    text = "云南省楚雄彝族自治州推进农村改革。州委、州政府以禄丰市为试点，率先推行“村民积分银行”模式，今年起在全州推广。"
    assert ("村民积分银行模式", "楚雄彝族自治州") in implemented(nlp, tmp_path, text)


def test_a_place_in_the_role_of_a_pilot_carries_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "2019年，固原市原州区作为全国农村集体产权制度改革试点，完成了清产核资。")
    assert ("农村集体产权制度改革试点", "原州区") in found
    found = implemented(nlp, tmp_path, "作为全国农村宅基地制度改革试点地区，贵州省湄潭县累计盘活闲置宅基地800余宗。")
    assert ("农村宅基地制度改革试点", "湄潭县") in found


def test_a_place_visited_to_learn_from_is_no_site_of_the_whole_county(nlp, tmp_path):
    text = "化隆回族自治县组织干部赴甘肃省临夏县考察学习乡村旅游经验，并在全县推行“拉面经济”培育工程。"
    found = implemented(nlp, tmp_path, text)
    assert ("拉面经济培育工程", "化隆回族自治县") in found
    assert ("拉面经济培育工程", "临夏县") not in found
    text = "学习借鉴厦门市思明区经验，湖里区在全区推行“社区网格管家”服务。"
    found = implemented(nlp, tmp_path, text)
    assert ("社区网格管家服务", "湖里区") in found and ("社区网格管家服务", "思明区") not in found


def test_here_after_a_place_is_that_place(nlp, tmp_path):
    text = "西丰县是辽宁省鹿产业大县。这里率先开展“鹿乡振兴”示范工程，带动农户增收。"
    assert ("鹿乡振兴示范工程", "西丰县") in implemented(nlp, tmp_path, text)


def test_a_document_set_in_force_in_listed_places_by_two_verbs(nlp, tmp_path):
    text = "自治区财政厅印发的《广西农村产权交易管理办法》已在玉林市、贵港市落地实施，交易额突破5亿元。"
    found = implemented(nlp, tmp_path, text)
    assert {("广西农村产权交易管理办法", "玉林市"), ("广西农村产权交易管理办法", "贵港市")} <= found


def test_we_with_named_places_in_our_clause_leave_the_program_to_those_places(nlp, tmp_path):
    header = "在东莞市第十七届人民代表大会第五次会议上\n东莞市人民政府市长 李明\n现在，我代表市人民政府向大会报告工作。\n"
    found = implemented(nlp, tmp_path, header + "一年来，我们以松山湖、滨海湾新区为重点，推进“科技创新走廊”建设行动。")
    assert ("科技创新走廊建设行动", "东莞市") not in found


def test_a_place_that_opens_the_sentence_after_in_sets_the_scene(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在黔西南州兴义市，农村“三变”改革已覆盖所有行政村。")
    assert ("农村“三变”改革", "兴义市") in found  # the field opens the name, as in 农村“厕所革命” (dev gold)
    assert not implemented(nlp, tmp_path, "在兴义市调研时，他强调深入实施“强省会”行动。")


def test_a_pilot_run_on_trial_in_a_place_is_run_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "四川省在眉山市试点推行“林权抵押”改革。")
    assert ("林权抵押改革", "眉山市") in found
    assert not any(name.endswith("试点") for name, _ in found)


def test_a_place_that_is_in_a_batch_of_a_scheme_is_its_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "湄潭县是全国首批农村集体产权制度改革试点县。")
    assert found == {("农村集体产权制度改革试点", "湄潭县")}


def test_the_subject_place_after_a_news_lead(nlp, tmp_path):
    text = "本报讯（记者 张三 通讯员 李四）近年来，弥勒市深入实施“千村整治”工程。"
    assert ("千村整治工程", "弥勒市") in implemented(nlp, tmp_path, text)


def test_the_place_of_a_dateline_or_a_speech_is_no_site(nlp, tmp_path):
    assert not implemented(nlp, tmp_path, "新华社西安3月5日电 今年全国将深入实施“秦创原”建设行动。")
    assert not implemented(nlp, tmp_path, "在延安，总书记强调要深入实施“秦创原”建设行动。")


def test_clauses_with_no_subject_go_on_with_the_scope_that_opens_the_sentence(nlp, tmp_path):
    text = ("江西省召开全省河湖长制工作会议。江西省副省长出席。会议强调，全省要巩固治理成果，持续推进鄱阳湖生态环境综合整治"
            "“十大行动”，全面推行林长制、田长制，南昌市要推行“湖长+警长”模式。")
    found = implemented(nlp, tmp_path, text)
    assert {("鄱阳湖生态环境综合整治“十大行动”", "江西省"), ("林长制", "江西省"), ("田长制", "江西省")} <= found
    assert ("湖长+警长模式", "江西省") not in found  # a clause with a subject of its own ends the run


def test_an_autonomous_county_named_short_before_its_own_title_is_the_county(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "广西壮族自治区柳州市融水县召开会议。融水县县长出席。明年，全县将继续实施乡村振兴战略。"})
    assert [e.label for e in kb.entities.values() if e.type == "Place" and "融水" in e.label] == ["融水苗族自治县"]
    assert ("乡村振兴战略", "融水苗族自治县") in facts(kb, "implementedIn")


def test_a_scope_inside_an_earlier_clause_is_not_carried(nlp, tmp_path):
    text = "福建省龙岩市召开会议。龙岩市委书记出席。长汀县在全市综合考评中位列第一，深入推进水土流失治理行动。"
    assert ("水土流失治理行动", "龙岩市") not in implemented(nlp, tmp_path, text)
