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
