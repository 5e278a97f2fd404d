"""What the blind passages of round 45 showed kg missing: a region's building a place joins across a border word
(湘赣边), a project of a national action that places enter, rounds counted before a name, and a place that is a
pilot of a level."""
from __future__ import annotations

from test_nlp import ents, program_names


def test_a_region_joined_across_a_border_word(nlp):
    assert program_names(nlp, "主动融入湘赣边区域合作示范区建设，把红色资源用好。") == ["湘赣边区域合作示范区建设"]


def test_the_project_of_a_national_action(nlp):
    assert program_names(nlp, "江岸区入选全国居家和社区基本养老服务提升行动项目地区，为辖区老人服务。") \
        == ["居家和社区基本养老服务提升行动项目"]


def test_rounds_counted_before_a_name_are_several(nlp):
    assert program_names(nlp, "此后又先后实施了三轮试点三年行动计划。") == []


def test_a_place_that_is_a_pilot_of_a_level(nlp):
    found = ents(nlp, "沿海的鳌江镇是省级小城市培育试点，近年来加快城镇化建设。")
    assert found.get("省级小城市培育试点") == "Program" and found.get("鳌江镇") == "Place"
    assert program_names(nlp, "这里是试点，不是示范。") == []
