"""What the blind passages of round 46 showed: a bare level before a quoted program says whose it is, and 美丽
before a province names a goal, not a brand."""
from __future__ import annotations

from test_nlp import program_names


def test_a_bare_level_before_a_quoted_program_says_whose_it_is(nlp):
    assert program_names(nlp, "11人入选省“双创计划”，人才总量稳步增长。") == ["双创计划"]


def test_a_beautiful_province_is_a_goal(nlp):
    assert program_names(nlp, "以实际行动助力经济强省、美丽河北建设。") == []


def test_a_field_before_the_level_keeps_it_in_the_name(nlp):
    assert program_names(nlp, "全省持续深化湘江保护和治理省“一号重点工程”，株洲市完成修复。") == ["湘江保护和治理省“一号重点工程”"]
