"""Cases the twelfth session's review found: districts named like landforms, verbs whose places are sites, two of
three provinces that name a region, and a document's stated content that launches a program where it says."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_round17_t import programs


def test_a_district_ending_like_a_landform_is_still_the_site_before_a_quoted_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "深圳市南山区“智慧社区”建设全面铺开。")
    assert ("智慧社区建设", "南山区") in found
    found = implemented(nlp, tmp_path, "嘉兴市南湖区“红船领航”工程深入实施。")
    assert ("红船领航工程", "南湖区") in found
    found = implemented(nlp, tmp_path, "合肥市蜀山区“数字蜀山”行动加快推进。")
    assert ("数字蜀山行动", "蜀山区") in found


def test_places_after_weirao_or_liyong_are_the_sites(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "平江县围绕龙门镇、石门乡实施“强村富民”工程。")
    assert {("强村富民工程", "龙门镇"), ("强村富民工程", "石门乡")} <= found
    found = implemented(nlp, tmp_path, "我县利用龙门镇、石门乡闲置校舍开展农村养老服务试点。")
    assert {("农村养老服务试点", "龙门镇"), ("农村养老服务试点", "石门乡")} <= found


def test_two_of_three_provinces_that_name_a_region_are_no_paired_cooperation(nlp, tmp_path):
    assert "津冀协作" not in programs(nlp, tmp_path, "河北省深化京津冀协作，推动产业转移。")
    assert "闽宁协作" in programs(nlp, tmp_path, "永宁县深化闽宁协作，推动产业转移。")


def test_what_an_issued_document_states_launches_a_program_where_it_says(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "平江县委、县政府印发的《实施方案》明确，在城关镇开展“强村富民”行动。")
    assert {p for p, _ in found} == {"强村富民行动"}
    found = proposed(nlp, tmp_path, "平江县委、县政府印发《实施方案》，首批确定龙门镇、石门乡为“强村富民”试点镇。")
    assert {p for p, _ in found} == {"强村富民试点"}
