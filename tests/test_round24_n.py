"""Round 24 (n): sites that enter a pilot by its bare head word (A县、B县入选试点县), and the bodies that issue a
notice whose title launches a program and designate its sites in the next clause by that bare head word
(联合印发《关于开展X试点工作的通知》，确定…为试点单位); a level's published list of demonstration towns and villages
(公布第三批省级X示范村镇名单); a city's 市民政局. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of, labels


def proposed(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")


def test_places_that_enter_the_pilot_by_its_bare_head_word_carry_it_out(nlp, tmp_path):
    text = ("近日，四川省住房和城乡建设厅印发《关于开展城市体检试点工作的通知》，确定全省12个城市为试点城市。"
            "我市江油市、三台县入选试点县，涪城区城厢街道入选试点街道。")
    found = implemented(nlp, tmp_path, text)
    assert {("城市体检试点", "江油市"), ("城市体检试点", "三台县"), ("城市体检试点", "城厢街道")} <= found


def test_the_bare_head_word_after_a_named_pilot_of_the_sentence(nlp, tmp_path):
    text = "湖南省农业农村厅部署开展农村集体经济强村试点，攸县、醴陵市入选试点县。"
    found = implemented(nlp, tmp_path, text)
    assert {("农村集体经济强村试点", "攸县"), ("农村集体经济强村试点", "醴陵市")} <= found


def test_a_county_entering_the_pilot_of_the_articles_title(nlp, tmp_path):
    text = ("全省县域商业体系建设试点名单公布\n"
            "近日，甘肃省商务厅、甘肃省邮政管理局公布全省县域商业体系建设试点名单。临泽县、高台县入选试点县。")
    found = implemented(nlp, tmp_path, text)
    assert {("县域商业体系建设试点", "临泽县"), ("县域商业体系建设试点", "高台县")} <= found


def test_bodies_issuing_a_titled_notice_and_designating_bare_sites_launch_its_program(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "近日，河北省民政厅、河北省财政厅联合印发《关于开展居家养老服务改革试点工作的通知》，"
                                    "确定全省20个县（市、区）为2023年度试点单位。")
    assert {("居家养老服务改革试点", "河北省民政厅"), ("居家养老服务改革试点", "河北省财政厅")} <= found
    found = proposed(nlp, tmp_path, "贵州省农业农村厅印发《关于开展农村人居环境整治提升试点的通知》，"
                                    "遴选湄潭县、凤冈县等10个县为首批试点县。")
    assert ("农村人居环境整治提升试点", "贵州省农业农村厅") in found
    found = proposed(nlp, tmp_path, "广东省教育厅、广东省财政厅联合印发《关于开展县域普通高中振兴试点工作的通知》，"
                                    "确定梅县区、兴宁市为试点县。")
    assert {("县域普通高中振兴试点", "广东省教育厅"), ("县域普通高中振兴试点", "广东省财政厅")} <= found


def test_no_launch_without_a_designation_after_the_title_nor_a_list_entered_as_a_title(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "福建省民政厅印发《关于开展社区养老服务改革试点工作的通知》，要求各地认真组织申报。")
    assert not any(subject == "社区养老服务改革试点" for subject, _ in found)
    found = implemented(nlp, tmp_path, "会上，泉州市入选试点县名单的经验被推广。安溪县入选全国百强县。")
    assert not any(place == "安溪县" for _, place in found)


def test_a_published_list_of_a_levels_demonstration_towns_and_villages_names_its_scheme(nlp, tmp_path):
    text = ("近日，湖南省农业农村厅公布第二批省级美丽乡村示范村镇名单，株洲市攸县网岭镇、衡阳市衡山县店门镇等30个乡镇"
            "和湘西土家族苗族自治州花垣县双龙镇十八洞村等80个村入选。")
    found = implemented(nlp, tmp_path, text)
    assert {("省级美丽乡村示范", "网岭镇"), ("省级美丽乡村示范", "店门镇"), ("省级美丽乡村示范", "十八洞村")} <= found
    assert ("省级美丽乡村示范", "湖南省农业农村厅") in proposed(nlp, tmp_path, text)


def test_a_published_list_of_a_levels_pilot_towns_or_counties(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "浙江省经信厅发布2023年省级数字乡村试点乡镇名单，湖州市安吉县天荒坪镇、丽水市松阳县大东坝镇入选。")
    assert {("省级数字乡村试点", "天荒坪镇"), ("省级数字乡村试点", "大东坝镇")} <= found
    found = implemented(nlp, tmp_path, "山东省农业农村厅公布第三批省级农业绿色发展示范县名单，临沂市沂南县、潍坊市寿光市入选。")
    assert {("省级农业绿色发展示范", "沂南县"), ("省级农业绿色发展示范", "寿光市")} <= found


def test_no_scheme_in_a_list_of_model_units_nor_in_one_shown_for_objections(nlp, tmp_path):
    assert "Program" not in ents(nlp, "近日，河南省民政厅公布2023年省级优秀示范村镇名单，新乡市辉县市张村乡入选。").values()
    assert "Program" not in ents(nlp, "四川省农业农村厅公示拟认定的省级乡村治理示范村镇名单，绵阳市安州区花荄镇在列。").values()


def test_a_city_department_whose_name_opens_with_min_is_the_citys(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "岳阳市召开养老服务工作会议。市民政局会同市财政局制定了实施方案。"})
    assert {"岳阳市民政局", "岳阳市财政局"} <= labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"a.txt": "襄阳市出台养老服务补贴办法，由市民政局负责组织实施。"})
    assert "襄阳市民政局" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"a.txt": "赣州市召开城乡低保工作会议。市民政局局长刘华明出席会议并讲话。"})
    assert "赣州市民政局" in labels(kb, "Organization")


def test_citizens_open_no_body_named_by_the_city(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "德阳市优化政务服务，市民服务中心新增24个窗口。"})
    assert not any(name.startswith("德阳市民") for name in labels(kb, "Organization"))
