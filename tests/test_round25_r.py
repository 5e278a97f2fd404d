"""Programs named in passing in discipline-commission news, forest-region meetings and plenum communiqués (texts of
other provinces than the dev set's passages): a supervision campaign named by its domain before 专项监督 after a
launching verb; a reform that has run since it was carried out (X改革实施以来); the founding of a kind of base
(抓好森林康养基地创建); a quoted word of manner in 式 (开展“嵌入式”监督) is no program on its own; a place that
获评 a pilot of a level carries it out."""
from __future__ import annotations

from test_programs_elided import implemented
from test_round24_m import programs


def test_a_supervision_campaign_after_a_launching_verb_is_a_program(nlp):
    assert "惠民惠农财政补贴资金专项监督" in programs(nlp, "南充市纪委监委在全市开展惠民惠农财政补贴资金专项监督。")
    assert "农村集体“三资”管理专项监督" in programs(nlp, "县纪委监委深入开展农村集体“三资”管理专项监督，发现问题32个。")
    assert "乡村振兴衔接资金项目专项监督" in programs(nlp, "白银市纪委监委启动乡村振兴衔接资金项目专项监督。")


def test_supervision_alone_or_of_a_field_is_no_program(nlp):
    assert not programs(nlp, "县纪委监委开展专项监督，督促整改问题15个。")
    assert not programs(nlp, "市纪委监委开展粮食购销领域专项监督。")


def test_a_reform_that_has_run_since_it_was_carried_out_is_a_program(nlp):
    assert "农村公路管理养护体制改革" in programs(nlp, "会议指出，农村公路管理养护体制改革实施以来，路况明显改善。")
    assert "国有林场改革" in programs(nlp, "会议指出，国有林场改革启动以来，塞罕坝机械林场管护能力明显提升。")
    assert "水利工程管理体制改革" in programs(nlp, "会议指出，水利工程管理体制改革启动以来，基层管护能力提升。")


def test_a_reform_without_a_name_of_its_own_is_none(nlp):
    assert not programs(nlp, "这项改革实施以来，群众办事更加便捷。")


def test_the_founding_of_a_kind_of_base_after_a_launching_verb_is_a_program(nlp):
    assert "中医药健康旅游示范基地创建" in programs(nlp, "安国市要抓好中医药健康旅游示范基地创建。")
    assert "森林康养基地创建" in programs(nlp, "通道县、靖州县要加快推进森林康养基地创建。")
    assert "研学实践教育基地创建" in programs(nlp, "遵义市启动研学实践教育基地创建，年内认定10家。")


def test_a_base_founded_without_a_launching_verb_is_none(nlp):
    assert not programs(nlp, "基地创建成功后，游客明显增多。")


def test_a_quoted_word_of_manner_names_no_program(nlp):
    assert not programs(nlp, "县纪委监委紧盯项目资金开展“嵌入式”监督。")
    assert not programs(nlp, "市委巡察办对5个乡镇开展“机动式”巡察。")
    assert not programs(nlp, "州纪委监委推行“点穴式”督查，压实整改责任。")


def test_a_longer_name_around_a_quoted_word_of_manner_stays(nlp):
    assert "“组团式”医疗援疆项目" in programs(nlp, "“组团式”医疗援疆项目在哈巴河县落地。")


def test_a_place_that_wins_a_pilot_of_a_level_carries_it_out(nlp, tmp_path):
    assert ("省级“完整社区”试点", "城关街道") in implemented(nlp, tmp_path, "武都区城关街道获评省级“完整社区”试点。")
    text = "余杭区东湖街道获评省级“一刻钟便民生活圈”试点。"
    assert ("省级“一刻钟便民生活圈”试点", "东湖街道") in implemented(nlp, tmp_path, text)
    assert ("乡村治理示范", "大坪镇") in implemented(nlp, tmp_path, "永定区大坪镇被评为全国乡村治理示范镇。")


def test_a_person_who_wins_an_honour_carries_out_nothing(nlp, tmp_path):
    assert not implemented(nlp, tmp_path, "村党支部书记王建华获评全国优秀共产党员。")
