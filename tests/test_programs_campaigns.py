"""Programs as a city's speech, an industrial city's feature and an inspection report write them (texts of
other provinces than the dev set's passages): brands side by side before one head, a designated demonstration
zone (示范区, not a 示范 for a district), clean-up campaigns named in prose (…专项整治, …综合整治), brands
polished or made known in a place, a time word before a subjectless clause, and the works a visitor inspects
at a scene."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


def test_quoted_brands_side_by_side_before_one_head_are_each_a_brand(nlp):
    for text, brands in [
        ("赣州市着力打造“赣南脐橙”“赣南茶油”区域公用品牌。", ("赣南脐橙", "赣南茶油")),
        ("盐池县推出“宁夏枸杞”、“盐池滩羊”等区域公用品牌。", ("宁夏枸杞", "盐池滩羊")),
        ("县里叫响“平利女娲茶”和“平利绞股蓝”两个公共品牌。", ("平利女娲茶", "平利绞股蓝")),
    ]:
        labels = ents(nlp, text)
        assert all(labels.get(brand) == "Program" for brand in brands), (text, labels)


def test_a_designated_demonstration_zone_keeps_its_zone_word(nlp):
    for text, name in [
        ("鞍山市与抚顺市一起被国家发展改革委确定为首批老工业城市和资源型城市产业转型升级示范区。", "老工业城市和资源型城市产业转型升级示范区"),
        ("2021年，咸宁市被农业农村部确定为全国农业现代化示范区。", "农业现代化示范区"),
        ("南海区入选全省第二批乡村振兴示范区，下一步将全面推开。", "乡村振兴示范区"),
    ]:
        assert ents(nlp, text).get(name) == "Program", text


def test_a_demonstration_county_or_district_still_drops_its_site_word(nlp):
    assert ents(nlp, "宁都县被商务部确定为国家级电子商务进农村综合示范县。").get("国家级电子商务进农村综合示范") == "Program"
    assert ents(nlp, "江宁区被确定为全省农村改革示范区县。").get("农村改革示范") == "Program"


def test_a_clean_up_campaign_named_in_prose_after_a_launching_verb_is_a_program(nlp):
    for text, name in [
        ("海城市深入开展菱镁行业专项整治，同步实施菱镁产业转型升级工程。", "菱镁行业专项整治"),
        ("宁乡市全面开展农村自建房安全专项整治，排查房屋12万栋。", "农村自建房安全专项整治"),
        ("西宁市持续推进城乡结合部环境综合整治。", "城乡结合部环境综合整治"),
        ("全市要持续开展“两违”专项整治和燃气安全专项整治。", "燃气安全专项整治"),
    ]:
        assert ents(nlp, text).get(name) == "Program", text


def test_a_bare_or_ungoverned_clean_up_is_no_program(nlp):
    assert "Program" not in ents(nlp, "各地要开展专项整治，坚决遏制乱象。").values()
    assert "Program" not in ents(nlp, "燃气安全专项整治工作领导小组办公室设在市应急管理局。").values()


def test_a_brand_polished_or_made_known_by_a_place_is_carried_out_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "岫岩满族自治县擦亮“岫岩玉”区域公用品牌。平利县持续叫响“平利女娲茶”公共品牌。"
                                       "赣州市打响“赣南脐橙”品牌。")
    assert {("岫岩玉", "岫岩满族自治县"), ("平利女娲茶", "平利县"), ("赣南脐橙", "赣州市")} <= found


def test_a_clause_opening_with_a_time_word_goes_on_with_the_earlier_subject(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "鞍山市主动融入东北振兴战略，今年又全面启动国企改革三年行动。"
                                       "宁德市率先推行林长制，2023年又启动林业碳汇试点。")
    assert {("国企改革三年行动", "鞍山市"), ("林业碳汇试点", "宁德市")} <= found


def test_the_works_a_visitor_inspects_at_a_scene_run_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在泰来县，韩立明察看嫩江干流治理工程，叮嘱当地做好防汛准备。"
                                       "在城固县，省长赵刚实地察看了汉江综合整治工程。")
    assert {("嫩江干流治理工程", "泰来县"), ("汉江综合整治工程", "城固县")} <= found


def test_what_a_visitor_urges_at_a_scene_does_not_run_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在延安市，韩立明强调要深入实施乡村振兴战略。")
    assert ("乡村振兴战略", "延安市") not in found


def test_the_body_named_before_a_count_of_departments_designated_the_site(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "2017年，鞍山市被国家发展改革委等五部门确定为首批老工业城市和资源型城市产业转型升级示范区。"
                                        "2020年，泰顺县被农业农村部等六部门认定为全国农村产业融合发展示范县。"
                                        "2022年，昌吉市被商务部等3个部门列为县域商业体系建设示范县。"})
    found = facts(kb, "proposedBy")
    assert {("老工业城市和资源型城市产业转型升级示范区", "国家发展和改革委员会"), ("农村产业融合发展示范", "农业农村部"),
            ("县域商业体系建设示范", "商务部")} <= found


def test_a_program_spread_over_the_whole_of_a_level_in_a_time_clause_runs_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "鞍山市委、市政府推出“千名干部进千企”服务行动，在全市推开后已帮助企业解决问题2300多个。"
                                       "宁海县农业农村局启动“稻渔综合种养”示范工程，在全县推广后带动农户增收。"
                                       "铜仁市推出“梵净山珍”区域公用品牌，在全市推行以来销售额翻了一番。")
    assert {("千名干部进千企服务行动", "鞍山市"), ("稻渔综合种养示范工程", "宁海县"), ("梵净山珍", "铜仁市")} <= found


def test_quotes_before_a_verb_that_makes_a_brand_are_no_brands(nlp):
    labels = ents(nlp, "企业围绕“专精特新”“小巨人”打造品牌，擦亮“宁夏枸杞”“盐池滩羊”区域公用品牌。")
    assert labels.get("宁夏枸杞") == "Program" and labels.get("盐池滩羊") == "Program"
    assert labels.get("专精特新") != "Program"  # (the quote right before 打造品牌 is the phrase rule's, as before)
