"""Schemes of a level that places enter, found or build with no batch or list to name them (入选省级…示范县,
创建省级…示范县, 建成国家级…示范区), a phase of a program named in full (“三北”工程六期建设), and a program whose
name holds verbs side by side when it opens a report of its progress (古城保护提升工程扎实推进) (texts of other
provinces than the dev set's passages)."""
from __future__ import annotations

import pytest
from test_nlp import ents
from test_programs_elided import implemented


@pytest.mark.parametrize("text, sites, scheme", [
    ("蒙阴县入选国家级农业现代化示范县。", {"蒙阴县"}, "国家级农业现代化示范"),
    ("去年，武功县、扶风县入选省级美丽乡村示范县，全县农村面貌明显改善。", {"武功县", "扶风县"}, "省级美丽乡村示范"),
    ("桐庐县入选省级全域旅游示范县。", {"桐庐县"}, "省级全域旅游示范"),
])
def test_a_level_scheme_entered_without_batch_is_named_without_its_site_word(nlp, tmp_path, text, sites, scheme):
    assert {(scheme, site) for site in sites} <= implemented(nlp, tmp_path, text)


def test_an_honour_without_a_level_word_is_no_scheme(nlp):
    assert "Program" not in ents(nlp, "江阴市入选全国百强县，位列第一。").values()


@pytest.mark.parametrize("text, sites, scheme", [
    ("三台县创建省级全域旅游示范县，加快文旅融合。", {"三台县"}, "省级全域旅游示范县创建"),
    ("蒙阴县争创国家级农产品质量安全示范县。", {"蒙阴县"}, "国家级农产品质量安全示范县创建"),
    ("武功县、扶风县积极创建省级美丽乡村示范县。", {"武功县", "扶风县"}, "省级美丽乡村示范县创建"),
])
def test_founding_a_demonstration_county_of_a_level_is_the_founding_scheme(nlp, tmp_path, text, sites, scheme):
    assert {(scheme, site) for site in sites} <= implemented(nlp, tmp_path, text)


@pytest.mark.parametrize("text, site, zone", [
    ("石嘴山市建成国家级工业资源综合利用示范区。", "石嘴山市", "国家级工业资源综合利用示范区"),
    ("鄂尔多斯市加快建设国家现代能源经济示范区。", "鄂尔多斯市", "国家现代能源经济示范区"),
    ("金华市全力打造省级数字乡村先行区。", "金华市", "省级数字乡村先行区"),
])
def test_a_level_zone_a_place_builds_is_a_scheme_carried_out_there(nlp, tmp_path, text, site, zone):
    assert (zone, site) in implemented(nlp, tmp_path, text)


@pytest.mark.parametrize("text, program", [
    ("全区持续推进“引汉济渭”工程二期建设。", "“引汉济渭”工程"),
    ("实施“南水北调”工程三期建设，加快水网建设。", "“南水北调”工程"),
    ("我省深入推进“千村示范”工程二期。", "“千村示范”工程"),
])
def test_a_phase_of_a_program_named_in_full_is_that_program(nlp, text, program):
    found = ents(nlp, text)
    assert found.get(program) == "Program"
    assert not any(name.startswith(program) and name != program for name in found)


@pytest.mark.parametrize("text, program", [
    ("过去一年，老城保护提升工程扎实推进。", "老城保护提升工程"),
    ("2022年，古村落保护利用工程稳步推进。", "古村落保护利用工程"),
    ("历史城区保护提升工程稳步推进。", "历史城区保护提升工程"),
    ("2023年，老城区保护更新工程扎实推进。", "老城区保护更新工程"),
])
def test_a_reported_program_keeps_the_verbs_side_by_side_in_its_name(nlp, text, program):
    assert ents(nlp, text).get(program) == "Program"
