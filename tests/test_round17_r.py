"""Round 17 (helper r): wordings of reform-spreading reports, county work reports and inspection tours, in
texts of other provinces than the dev set's passages: a verb of choosing with the sites between it and 为
(确定A、B为X试点县, no scope word), 贯彻 governing a strategy, 开展…示范创建, a place designated a pioneer county
or city (认定为…先行县), a bare 开展试点 after a program named earlier in the same sentence, and 抓好 carrying
a document or program out."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def implemented(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    return {(plan.replace("“", "").replace("”", ""), place) for plan, place in found}


def programs(nlp, tmp_path, text: str) -> set[str]:
    return labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")


def test_sites_between_a_verb_of_choosing_and_wei_carry_out_the_pilot_named_with_no_scope(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "省卫生健康委确定平度市、莱西市为紧密型县域医共体建设试点县。")
    assert {("紧密型县域医共体建设试点", "平度市"), ("紧密型县域医共体建设试点", "莱西市")} <= found
    found = implemented(nlp, tmp_path, "自治区农业农村厅选定田阳区、平果市等4个县（市、区）为农村宅基地制度改革试点县。")
    assert {("农村宅基地制度改革试点", "田阳区"), ("农村宅基地制度改革试点", "平果市")} <= found
    found = implemented(nlp, tmp_path, "市林业局遴选凤山镇、石门乡为林下经济发展试点镇。")
    assert {("林下经济发展试点", "凤山镇"), ("林下经济发展试点", "石门乡")} <= found


def test_a_verb_of_choosing_without_a_pilot_after_wei_names_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "省委明确了乡村振兴的目标，确定为重点任务。")


def test_guanche_governs_a_strategy_as_shishi_does(nlp, tmp_path):
    assert "乡村振兴战略" in programs(nlp, tmp_path, "各地要深入贯彻乡村振兴战略，推动城乡融合。")
    assert "区域协调发展战略" in programs(nlp, tmp_path, "全州上下认真贯彻区域协调发展战略。")
    assert "京津冀协同发展战略" in programs(nlp, tmp_path, "要深入贯彻京津冀协同发展战略，加快建设生态环境支撑区。")


def test_guanche_before_a_meetings_spirit_names_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "要贯彻落实会议精神。")


def test_founding_models_that_a_launching_verb_governs_is_a_program_carried_out_in_its_places(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "龙泉市在兰巨乡、宝溪乡开展美丽乡村示范创建。")
    assert {("美丽乡村示范创建", "兰巨乡"), ("美丽乡村示范创建", "宝溪乡")} <= found
    assert ("乡村治理示范创建", "三市镇") in implemented(nlp, tmp_path, "平江县在三市镇推进乡村治理示范创建，成效明显。")
    found = implemented(nlp, tmp_path, "县里在六盘镇、高台乡开展庭院经济示范创建。")
    assert {("庭院经济示范创建", "六盘镇"), ("庭院经济示范创建", "高台乡")} <= found


def test_founding_models_with_no_verb_before_names_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "示范创建工作取得成效。")


def test_a_place_designated_a_pioneer_county_or_city_carries_the_scheme_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "大方县被农业农村部认定为全国农业科技现代化先行县。")
    assert ("农业科技现代化先行县", "大方县") in found
    assert ("省级共同富裕先行市", "余姚市") in implemented(nlp, tmp_path, "余姚市入选省级共同富裕先行市。")
    assert ("数字乡村建设先行县", "东源县") in implemented(nlp, tmp_path, "东源县被确定为全省数字乡村建设先行县。")


def test_striving_to_become_a_pioneer_county_is_no_designation(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "我们要努力成为高质量发展先行县。")


def test_a_bare_pilot_after_a_program_of_the_same_sentence_is_a_pilot_of_that_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "省农业农村厅启动高素质农民培育计划，首批在榆林市横山区、延安市宝塔区开展试点。")
    assert {("高素质农民培育计划", "横山区"), ("高素质农民培育计划", "宝塔区")} <= found
    found = implemented(nlp, tmp_path, "江西省推广宅基地制度改革经验，首批在余江区开展试点。")
    assert ("宅基地制度改革", "余江区") in found
    text = "省林业局印发《林票制度改革推广方案》，将沙县区、将乐县探索的林票制度改革在全省推广，首批在南平市建阳区、龙岩市武平县开展试点。"
    assert {("林票制度改革", "建阳区"), ("林票制度改革", "武平县")} <= implemented(nlp, tmp_path, text)


def test_a_bare_pilot_is_not_given_to_a_pilot_of_an_earlier_paragraph(nlp, tmp_path):
    text = ("省医保局会同省卫健委在古田县开展医疗服务价格动态调整试点。\n"
            "省林业局将沙县区探索的林票制度改革在全省推广，首批在南平市建阳区开展试点。")
    found = implemented(nlp, tmp_path, text)
    assert ("医疗服务价格动态调整试点", "建阳区") not in found
    assert ("林票制度改革", "建阳区") in found


def test_zhuahao_carries_a_document_or_program_out_in_the_place_before_it(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "怀来县要抓好《河北省数字经济促进条例》贯彻落实。")
    assert ("河北省数字经济促进条例", "怀来县") in found
    assert ("江西省乡村振兴促进条例", "崇仁县") in implemented(nlp, tmp_path, "崇仁县要抓好《江西省乡村振兴促进条例》贯彻落实。")
    assert ("高标准农田建设项目", "通渭县") in implemented(nlp, tmp_path, "通渭县要抓好高标准农田建设项目。")


def test_zhuahao_before_a_field_of_work_names_no_site(nlp, tmp_path):
    assert not implemented(nlp, tmp_path, "各乡镇要抓好安全生产。")


REPORTS = (
    "宁乡市人民政府工作报告\n市长 周立新\n（一）产业发展提质增效。花明楼镇入选全国农业产业强镇，新增规上企业21家。\n"
    "（二）乡村振兴扎实推进。持续实施农村人居环境整治提升五年行动，改造农村户厕1.2万户。",
    "余干县人民政府工作报告\n县长 刘建华\n一、过去一年工作回顾\n瑞洪镇获评省级生态文明示范镇，新建污水处理站3座。\n"
    "二、今年主要任务\n深入实施“信江鲜”品牌培育工程，打造鄱阳湖优质水产基地。",
    "盐池县人民政府工作报告\n县长 马志强\n（三）民生福祉持续改善。花马池镇建成自治区级特色小镇。\n"
    "（四）社会治理不断加强。全面推行“枫桥经验”基层治理模式，化解矛盾纠纷1200件。",
)


def test_a_town_that_opened_a_sentence_of_an_earlier_section_is_no_actor_of_the_next(nlp, tmp_path):
    assert ("农村人居环境整治提升五年行动", "宁乡市") in implemented(nlp, tmp_path, REPORTS[0])
    assert ("农村人居环境整治提升五年行动", "花明楼镇") not in implemented(nlp, tmp_path, REPORTS[0])
    assert ("信江鲜品牌培育工程", "余干县") in implemented(nlp, tmp_path, REPORTS[1])
    assert ("枫桥经验基层治理模式", "盐池县") in implemented(nlp, tmp_path, REPORTS[2])


def test_within_one_section_the_town_that_opened_a_sentence_goes_on(nlp, tmp_path):
    text = ("宁乡市人民政府工作报告\n市长 周立新\n（一）产业发展提质增效。花明楼镇深化“一村一品”建设，新增规上企业21家。"
            "持续实施农村人居环境整治提升五年行动，改造农村户厕1.2万户。")
    assert ("农村人居环境整治提升五年行动", "花明楼镇") in implemented(nlp, tmp_path, text)


def persons(nlp, tmp_path, text: str) -> set[str]:
    return labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Person")


def test_a_reforms_short_name_before_its_experience_or_work_is_no_person(nlp, tmp_path):
    assert "林改" not in persons(nlp, tmp_path, "三明的林改经验同样走向全省。")
    assert "林改" not in persons(nlp, tmp_path, "武平县的林改做法被写入中央文件。")
    assert "林改" not in persons(nlp, tmp_path, "省林业局总结推广永安市的林改工作。")


def test_a_name_ending_in_gai_before_tongzhi_stays_a_person(nlp, tmp_path):
    assert "林改" in persons(nlp, tmp_path, "林改同志出席会议并讲话。")


def test_bodies_whose_document_states_a_designation_launched_the_pilot(nlp, tmp_path):
    text = ("省委、省政府印发的《关于深化医改的实施方案》明确，今年起将三明医改经验在全省复制推广，"
            "首批确定顺昌县、长汀县为紧密型县域医共体建设试点县。")
    assert {("紧密型县域医共体建设试点", "中共福建省委"), ("紧密型县域医共体建设试点", "福建省人民政府")} \
        <= proposed(nlp, tmp_path, text)
    text = "省农业农村厅、省财政厅联合印发的《实施方案》明确，确定榆阳区、神木市为农村集体经济强村试点县。"
    assert {("农村集体经济强村试点", "陕西省农业农村厅"), ("农村集体经济强村试点", "陕西省财政厅")} \
        <= proposed(nlp, tmp_path, text)
    text = "市委、市政府出台的《关于推进城乡融合发展的意见》提出，到2025年基本建成示范区，选定鹿寨县、融安县为城乡融合发展试点县。"
    assert len({agent for plan, agent in proposed(nlp, tmp_path, text) if plan == "城乡融合发展试点"}) == 2


def test_a_stated_document_without_a_designation_launches_nothing(nlp, tmp_path):
    assert not proposed(nlp, tmp_path, "市委办公室印发的《实施方案》明确，各县要在乡镇开展人居环境整治试点。")
