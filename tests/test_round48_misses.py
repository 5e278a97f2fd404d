"""What the blind passages of round 48 showed: designations of towns and street offices, a county listed as a model
of a level, a designation a clause dates from, and a zone's building reported as speeding up."""
from __future__ import annotations

from test_nlp import program_names


def test_a_street_office_designated_a_pilot_names_it_whole(nlp):
    text = "柏杨林街道被确定为省级易地搬迁安置社区治理试点街道，"
    assert program_names(nlp, text) == ["省级易地搬迁安置社区治理试点"]


def test_a_town_designated_a_model_names_the_scheme(nlp):
    assert program_names(nlp, "董家河镇被确定为省级乡村振兴示范乡镇，会议要求…") == ["省级乡村振兴示范"]


def test_a_designation_the_clause_goes_on_from_names_the_scheme(nlp):
    text = "浮梁县被确定为全省清廉村居建设示范县后，在20个村开展试点。"
    assert program_names(nlp, text) == ["清廉村居建设示范"]
    text = "大连入选全国供应链创新与应用示范城市后，培育供应链企业。"
    assert program_names(nlp, text) == ["供应链创新与应用示范"]


def test_a_county_listed_as_a_model_of_a_level_names_the_scheme(nlp):
    text = "延长县、延川县被列入省级苹果产业高质量发展示范县，"
    assert program_names(nlp, text) == ["省级苹果产业高质量发展示范"]


def test_a_village_listed_for_a_founding_is_no_scheme_of_this_rule(nlp):
    assert program_names(nlp, "葛家村被列入省级未来乡村创建村。") == []


def test_a_zones_building_reported_as_speeding_up_is_a_program(nlp):
    text = "日照海洋经济发展示范区建设加快推进，两区新增海洋牧场2处。"
    assert program_names(nlp, text) == ["日照海洋经济发展示范区建设"]
