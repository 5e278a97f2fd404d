"""A city's work report that names its city only in the title line: 全市 and 我们 are that city, not a county-level
city the report names more often; a sentence that opens with the whole place (全市要…, 我们…) ends the turn of the
county named before it as the subject of later subjectless clauses; 获批 and 加快 carry programs out; a place's
short form inside a street's name (中山路) is no place. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

import pytest
from test_nlp import ents
from test_programs_elided import implemented

REPORT = ("{city}人民政府工作报告\n"
          "过去一年，全市深入实施“{program}”行动。{county_a}获批国家级农村产业融合发展试点，{county_b}实施旧城改造。\n"
          "今年是攻坚之年。全市要加快“{task}”建设。扎实推进乡村振兴示范创建工程。")


@pytest.mark.parametrize("city, county_a, county_b, program, task", [
    ("绵阳市", "江油市", "三台县", "科技城振兴", "数字绵阳"),
    ("赣州市", "瑞金市", "于都县", "苏区振兴", "智慧赣州"),
    ("南阳市", "邓州市", "唐河县", "中原粮仓", "数字南阳"),
])
def test_a_work_report_whole_city_is_its_title_city(nlp, tmp_path, city, county_a, county_b, program, task):
    found = implemented(nlp, tmp_path, REPORT.format(city=city, county_a=county_a, county_b=county_b,
                                                      program=program, task=task))
    assert (f"{program}行动", city) in found
    assert (f"{task}建设", city) in found
    assert (f"{program}行动", county_a) not in found
    assert ("国家级农村产业融合发展试点", county_a) in found
    # 全市要… ended 于都县's turn as the subject: the subjectless task after it is not 于都县's
    assert ("乡村振兴示范创建工程", county_b) not in found


@pytest.mark.parametrize("sentence, places, program", [
    ("涪城区、游仙区要加快城市更新试点。", ("涪城区", "游仙区"), "城市更新试点"),
    ("章贡区加快老旧小区改造提升工程。", ("章贡区",), "老旧小区改造提升工程"),
    ("宛城区获批全国城市一刻钟便民生活圈试点。", ("宛城区",), "城市一刻钟便民生活圈试点"),
])
def test_places_that_speed_up_or_are_approved_for_a_program_carry_it_out(nlp, tmp_path, sentence, places, program):
    found = implemented(nlp, tmp_path, sentence)
    assert {(program, place) for place in places} <= found


@pytest.mark.parametrize("sentence, street", [
    ("古城保护提升工程扎实推进，鲤城区完成中山路街区有机更新。", "中山"),
    ("市民沿长沙路骑行。", "长沙"),
    ("成都大道沿线店铺焕然一新。", "成都"),
    ("游客漫步在北京大街。", "北京"),
])
def test_a_place_short_form_inside_a_street_name_is_no_place(nlp, sentence, street):
    assert ents(nlp, sentence).get(street) != "Place"
