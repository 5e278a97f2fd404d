"""What the blind passages of round 54 showed: the building of a qualified kind of village or town (秀美乡村建设,
美丽城镇建设) is a program a launching verb governs, and two such buildings joined by 和 are two programs."""
from __future__ import annotations

from test_nlp import program_names


def test_the_building_of_a_qualified_kind_of_village_is_a_program(nlp):
    assert program_names(nlp, "近年来，瑞金市深入推进秀美乡村建设，把红色资源保护利用与乡村振兴结合起来。") == ["秀美乡村建设"]
    assert program_names(nlp, "镇里还结合美丽城镇建设，完善道路、停车等配套。") == ["美丽城镇建设"]


def test_a_field_of_work_and_its_scope_are_none(nlp):
    assert program_names(nlp, "要推进全省乡村建设，补齐短板。") == []


def test_two_buildings_joined_are_two_programs(nlp):
    assert program_names(nlp, "安吉县推进美丽乡村建设和数字乡村建设。") == ["数字乡村建设", "美丽乡村建设"]
