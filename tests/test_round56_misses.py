"""What the blind passages of round 56 showed: an aspect particle after a verb of entering opens no name (入选了省级…示范村);
a designation the clause goes on from with 以来 is named as one with 后; a county entering a level's founding of a
demonstration (入选省级“一县一业”示范创建县); a program's numerals declared as its short name (以下简称“十百千工程”) are
what it is called; a program joined to another program a launching verb governs (实施A行动和美丽城镇建设); a quoted
model a body proposes, or one put in place for years."""
from __future__ import annotations

from test_nlp import program_names
from test_resolve import kb_of, labels


def test_an_aspect_particle_after_a_verb_of_entering_opens_no_name(nlp):
    text = "南山村还入选了省级高标准农村生活垃圾分类示范村，又是景区村庄。"
    assert program_names(nlp, text) == ["省级高标准农村生活垃圾分类示范村"]


def test_a_designation_the_clause_goes_on_from_with_since_is_named(nlp):
    text = "该县被确定为全国电子商务进农村综合示范县以来，农村电商蓬勃发展。"
    assert program_names(nlp, text) == ["电子商务进农村综合示范"]


def test_a_county_entering_a_levels_founding_of_a_demonstration(nlp):
    text = "2023年该县入选省级“一县一业”示范创建县，产业规模持续扩大。"
    assert program_names(nlp, text) == ["省级“一县一业”示范创建"]


def test_numerals_declared_as_a_programs_short_name_are_what_it_is_called(nlp, tmp_path):
    text = "泰和县召开全会。要深入实施“十镇百村千户”乡村振兴示范创建工程（以下简称“十百千工程”），每年培育10个示范镇。"
    assert labels(kb_of(nlp, tmp_path, {"th.txt": text}), "Program") == {"十百千工程"}


def test_a_program_joined_to_one_a_launching_verb_governs_is_one(nlp):
    text = "该镇先后实施小城镇环境综合整治行动和美丽城镇建设，老镇区重现风貌。"
    assert program_names(nlp, text) == ["小城镇环境综合整治行动", "美丽城镇建设"]
    assert program_names(nlp, "要实施乡村振兴战略和城乡融合发展。") == ["乡村振兴战略"]  # no program head


def test_a_quoted_model_proposed_or_put_in_place_for_years_is_a_program(nlp):
    assert program_names(nlp, "乡党委提出“金矿+茶园”农旅融合模式，把游客引上茶山。") == ["“金矿+茶园”农旅融合模式"]
    assert program_names(nlp, "在尕海镇，草原管护“牧户联保”模式已推行三年。") == ["草原管护“牧户联保”模式"]
    assert program_names(nlp, "会议提出“三个一”要求。") == []
