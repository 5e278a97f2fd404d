"""Round 26 (b): errors of a city's joint departmental notice, a city party plenum's communiqué and a county party
secretary's magazine article, fixed by class and checked on other provinces' wording: a year (2023年度) taken whole
before a scope word and a pilot's name (为2023年度全市X试点县（市）)."""
from __future__ import annotations

import pytest
from test_nlp import ents
from test_programs_elided import implemented


@pytest.mark.parametrize("text, program, site", [
    ("泰安市农业农村局确定宁阳县、东平县为2024年度全市数字乡村试点县（市）。", "数字乡村试点", "宁阳县"),
    ("安康市商务局、市财政局确定汉阴县、石泉县为2023年度全市电子商务进农村试点县。", "电子商务进农村试点", "石泉县"),
    ("自治区林业和草原局确定隆林各族自治县、西林县为2025年度全区林下经济发展试点县。", "林下经济发展试点", "西林县"),
])
def test_a_year_before_the_scope_word_of_a_pilot_is_taken_whole(nlp, tmp_path, text, program, site):
    assert (program, site) in implemented(nlp, tmp_path, text)
    assert not any(name.startswith("度") for name in ents(nlp, text))


def test_a_year_of_an_ordinary_sentence_opens_no_name(nlp):
    found = ents(nlp, "2023年度全市经济运行总体平稳，确定的目标任务全面完成。")
    assert not any(label == "Program" for label in found.values())


@pytest.mark.parametrize("text, program, site", [
    ("凤县在留凤关镇、双石铺镇试点“村集体+合作社+农户”利益联结机制。", "村集体+合作社+农户利益联结机制", "双石铺镇"),
    ("宁国市在港口镇试点“林长+检察长”协作机制。", "林长+检察长协作机制", "港口镇"),
    ("黎平县在肇兴镇、茅贡镇试点“公司+基地+农户”订单养殖模式。", "公司+基地+农户订单养殖模式", "茅贡镇"),
])
def test_a_quoted_model_piloted_in_towns_is_named_from_its_quote(nlp, tmp_path, text, program, site):
    """在A镇、B镇试点“X”Y模式: 试点 is the verb that puts the model into practice, though the model reads
    镇试点 as a noun phrase."""
    assert (program, site) in implemented(nlp, tmp_path, text)


def test_a_model_merely_innovated_after_a_town_is_no_program(nlp):
    found = ents(nlp, "该县在城关镇创新“平台+乡镇+国企”片区组团模式，成效明显。")
    assert "Program" not in found.values()


@pytest.mark.parametrize("text, program", [
    ("桐庐县入选全省首批“5G+智慧农业”示范名单。", "“5G+智慧农业”示范"),
    ("城关镇入选全省首批“e网通办”示范名单。", "“e网通办”示范"),
    ("柯桥区入选全国第二批“i美乡村”建设名单。", "“i美乡村”建设"),
])
def test_a_quoted_name_with_latin_letters_or_digits_names_a_listed_scheme(nlp, text, program):
    """入选全省首批“乡村e镇”创建名单: a quoted short name may hold Latin letters, digits and +."""
    assert ents(nlp, text).get(program) == "Program"


def test_a_list_of_projects_with_a_quote_is_no_scheme(nlp):
    assert "Program" not in ents(nlp, "该县入选全国首批重点项目“ABC”名单。").values()
