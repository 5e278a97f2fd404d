"""Programs named in passing in congress sessions, inspections and county party meetings (texts of other provinces
than the dev set's passages): two whole programs joined by 和 are two names (推进A建设项目和“B”品牌提升行动); the
founding of a titled kind of city, town or village with its level is a program (抓好省级森林乡村创建); how a
quoted program goes (X建设情况汇报) is no part of its name."""
from __future__ import annotations

from test_round24_m import programs


def test_two_whole_programs_joined_by_he_are_two_names(nlp):
    found = programs(nlp, "各县要加快推进高标准农田建设项目和“鲁字号”农产品品牌提升行动。")
    assert {"高标准农田建设项目", "“鲁字号”农产品品牌提升行动"} <= found
    found = programs(nlp, "统筹推进乡村振兴示范带建设和农村人居环境整治提升五年行动。")
    assert {"乡村振兴示范带建设", "农村人居环境整治提升五年行动"} <= found
    found = programs(nlp, "扎实推进乡村建设行动和“万企兴万村”工程。")
    assert {"乡村建设行动", "“万企兴万村”工程"} <= found


def test_a_conjunction_inside_one_name_is_kept(nlp):
    found = programs(nlp, "岳西县深入实施山水林田湖草沙一体化保护和修复工程。")
    assert "山水林田湖草沙一体化保护和修复工程" in found
    found = programs(nlp, "平度市开展高标准农田建设和耕地质量提升整区域推进试点。")
    assert "高标准农田建设和耕地质量提升整区域推进试点" in found  # a building before a pilot is the pilot's task


def test_the_founding_of_a_titled_kind_of_place_with_its_level_is_a_program(nlp):
    assert "省级森林乡村创建" in programs(nlp, "官庄镇要继续抓好省级森林乡村创建。")
    assert "国家森林城市创建" in programs(nlp, "遵义市全面推进国家森林城市创建。")
    assert "省级森林城镇创建" in programs(nlp, "溪口镇扎实开展省级森林城镇创建。")


def test_a_founding_with_no_governing_verb_is_no_program(nlp):
    assert not programs(nlp, "城市创建工作取得明显成效。")
    assert not programs(nlp, "乡村创建活动丰富多彩。")


def test_how_a_quoted_program_goes_is_no_part_of_its_name(nlp):
    found = programs(nlp, "会议听取了县委、县政府启动的“红色沂蒙”研学线路建设情况汇报。")
    assert "“红色沂蒙”研学线路建设" in found
    found = programs(nlp, "会议听取了市农业农村局关于“赣南脐橙”品牌提升行动情况的汇报。")
    assert "“赣南脐橙”品牌提升行动" in found
    found = programs(nlp, "他详细了解“千村示范”创建工程推进情况。")
    assert "“千村示范”创建工程" in found


def test_a_quoted_name_before_another_noun_still_modifies_it(nlp):
    assert not programs(nlp, "这是一条“国民共进”改革新路。")
