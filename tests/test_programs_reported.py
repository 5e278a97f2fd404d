"""Programs a text reports on: their progress, a report on how they go, the time since a place was designated, and
names with an adverb of their own."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_a_zone_building_whose_progress_the_clause_reports_is_a_program(nlp):
    labels = ents(nlp, "过去一年，嘉陵江沿岸乡村振兴示范带建设取得明显成效，大运河文化带建设扎实推进。")
    assert labels.get("嘉陵江沿岸乡村振兴示范带建设") == "Program"
    assert labels.get("大运河文化带建设") == "Program"


def test_a_zone_building_with_no_name_of_its_own_is_none(nlp):
    assert "Program" not in ents(nlp, "全市示范区建设取得明显成效，基础设施建设扎实推进。").values()


def test_an_adverb_between_a_field_and_its_verb_belongs_to_a_governed_name(nlp):
    labels = ents(nlp, "市委深入实施沿海率先发展战略，大力实施人才优先发展战略。")
    assert labels.get("沿海率先发展战略") == "Program"
    assert labels.get("人才优先发展战略") == "Program"


def test_a_report_on_how_a_program_goes_names_it_without_its_scope(nlp):
    labels = ents(nlp, "会议听取了安图县关于国家全域旅游示范区创建工作的汇报，市商务局关于城市一刻钟便民生活圈试点建设情况的汇报。")
    assert labels.get("国家全域旅游示范区创建") == "Program"
    assert labels.get("城市一刻钟便民生活圈试点") == "Program"
    assert "生活圈试点" not in labels


def test_a_designation_the_clause_dates_from_names_the_whole_pilot(nlp):
    labels = ents(nlp, "海东市被商务部等部门确定为全国城市一刻钟便民生活圈试点以来，已建成便民生活圈9个。")
    assert labels.get("城市一刻钟便民生活圈试点") == "Program"


def test_the_places_among_a_count_of_designated_sites_carry_the_scheme_out(nlp, tmp_path):
    text = ("自治区商务厅、自治区财政厅联合印发《实施方案》，确定22个县（市、区）为2024年县域商业体系建设示范县，"
            "哈密市伊州区、伊吾县名列其中。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert {("县域商业体系建设示范", "伊州区"), ("县域商业体系建设示范", "伊吾县")} <= found


def test_a_program_that_opens_a_later_clause_and_has_come_to_an_end_is_named_in_full(nlp):
    labels = ents(nlp, "完成鲖城镇、长官镇中心村建设任务，农村人居环境整治三年行动圆满收官。")
    assert labels.get("农村人居环境整治三年行动") == "Program"


def test_towns_designated_as_a_pilot_s_sites_name_the_whole_pilot(nlp):
    labels = ents(nlp, "确定七星关区撒拉溪镇、大方县羊场镇等10个乡镇为全市宜居宜业和美乡村建设试点乡镇。")
    assert labels.get("宜居宜业和美乡村建设试点") == "Program"
    assert "美乡村建设试点" not in labels


def test_a_demonstration_park_area_and_a_rated_resort_are_founded_as_a_park_is(nlp):
    labels = ents(nlp, "经济技术开发区要加快推进国家生态工业示范园区创建，依托风景区全力推进国家级旅游度假区创建。")
    assert labels.get("国家生态工业示范园区创建") == "Program"
    assert labels.get("国家级旅游度假区创建") == "Program"


def test_a_report_on_a_region_s_building_names_it_and_one_on_a_field_of_work_names_none(nlp):
    labels = ents(nlp, "会议听取了省政府关于成渝地区双城经济圈建设情况的报告，关于全县农村公路建设情况的报告。")
    assert labels.get("成渝地区双城经济圈建设") == "Program"
    assert "Program" not in {label for text, label in labels.items() if text != "成渝地区双城经济圈建设"}


def test_a_launching_verb_s_result_complement_is_no_part_of_the_name(nlp):
    labels = ents(nlp, "开展好“文明村镇”创建和移风易俗工作，深入实施好乡村振兴战略。")
    assert labels.get("“文明村镇”创建") == "Program"
    assert labels.get("乡村振兴战略") == "Program"
    assert not any(text.startswith("好") for text in labels)


def test_a_county_that_enters_a_national_scheme_names_it_without_national_and_site_word(nlp):
    labels = ents(nlp, "横峰县2017年入选国家电子商务进农村综合示范县，我县入选国家级农业现代化示范县。")
    assert labels.get("电子商务进农村综合示范") == "Program"
    assert labels.get("国家级农业现代化示范") == "Program"


def test_a_rated_park_area_is_founded_as_a_park_is(nlp):
    assert ents(nlp, "支持鄂托克经济开发区推进国家级绿色工业园区创建。").get("国家级绿色工业园区创建") == "Program"
