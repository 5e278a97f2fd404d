"""Regions named by their landform (长三角, 武陵山区, 黄河三角洲): places of their own, part of a program's name they
open, and no rival to the division a sentence opens with as a program's site."""
from __future__ import annotations

from test_nlp import ents
from test_programs_chosen_sites import implemented


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_a_region_that_opens_a_quoted_program_name_stays_in_the_name(nlp):
    assert "长三角“一岭六县”产业合作区建设" in programs(nlp, "加快推进长三角“一岭六县”产业合作区建设。")
    assert "珠三角“九市联动”产业协作工程" in programs(nlp, "深入实施珠三角“九市联动”产业协作工程。")
    assert "武陵山区“一县一品”特色产业工程" in programs(nlp, "全面启动武陵山区“一县一品”特色产业工程。")


def test_a_division_before_a_quoted_program_name_is_still_its_site_not_its_name(nlp):
    assert "“一县一品”特色产业工程" in programs(nlp, "全面启动湘西州“一县一品”特色产业工程。")


def test_a_region_named_in_a_sentence_leaves_the_opening_division_its_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "嘉兴作为长三角核心区城市，以“双碳”示范建设为抓手推动全市绿色转型。")
    assert ("双碳示范建设", "嘉兴市") in found
    found = implemented(nlp, tmp_path, "恩施州地处武陵山区腹地，以“硒食品”精深加工工程为牵引带动全州产业升级。")
    assert ("硒食品精深加工工程", "恩施土家族苗族自治州") in found
    found = implemented(nlp, tmp_path, "东营市立足黄河三角洲生态优势，以“黄河口”品牌培育行动为抓手做强特色农业。")
    assert ("黄河口品牌培育行动", "东营市") in found


def test_a_second_division_in_the_sentence_still_leaves_the_site_open(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "嘉兴作为杭州都市圈城市，以“双碳”示范建设为抓手推动全市绿色转型。")
    assert ("双碳示范建设", "嘉兴市") not in found
