"""Round 16 (helper p): a county's short form once the document names it in full (丰宁满族自治县 … 丰宁紧紧抓住…),
a phrase of where before a sentence's subject place (在坝上地区，丰宁持续实施X), one-character halves of a split
word inside a governed name (疫后重振…“十大工程”, 跨界河流水环境共治行动), a strategy whose opportunity is seized
(抓住京津冀协同发展战略机遇), bodies that issue a document and then say where a program is carried out
(市委、市政府出台《…》，在全市推行P), and …试点试验 as a program's head. Texts of other provinces than the dev set's."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def programs(nlp, tmp_path, text: str) -> set[str]:
    return {p.replace("“", "").replace("”", "") for p in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")}


def test_a_short_form_after_the_full_name_of_its_county_is_that_county(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "镇宁布依族苗族自治县地处黔中腹地。近年来，镇宁紧紧抓住发展机遇，全力推进“黄果树旅游”品牌建设。")
    assert ("黄果树旅游品牌建设", "镇宁布依族苗族自治县") in found
    found = implemented(nlp, tmp_path, "石柱土家族自治县是全国康养示范县。去年，石柱紧紧围绕康养产业，深入实施中药材种植提升行动。")
    assert ("中药材种植提升行动", "石柱土家族自治县") in found
    found = implemented(nlp, tmp_path, "孟村回族自治县位于沧州东南部。多年来，孟村立足弯头管件产业，持续推进产业集群培育工程。")
    assert ("产业集群培育工程", "孟村回族自治县") in found


def test_a_short_form_whose_county_the_document_never_names_in_full_stays_prose(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "各地要加强资源整合，全力推进农村人居环境整治提升行动。")
    assert not any(place.startswith("资源") for _, place in found)


def test_a_phrase_of_where_before_the_subject_place_leaves_it_the_subject(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在沿海一带，霞浦县传承海洋文化，大力推进海上养殖综合整治行动。")
    assert ("海上养殖综合整治行动", "霞浦县") in found
    found = implemented(nlp, tmp_path, "在坝上草原，沽源县持续实施退化草原修复工程。")
    assert ("退化草原修复工程", "沽源县") in found
    found = implemented(nlp, tmp_path, "在高寒牧区，玛多县全面实施黑土滩综合治理工程。")
    assert ("黑土滩综合治理工程", "玛多县") in found


def test_a_place_visited_in_the_phrase_of_where_is_still_no_subject(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在上饶市调研时，他强调要深入实施乡村建设行动。")
    assert not any(place == "上饶市" for _, place in found)


def test_one_character_halves_of_a_split_word_stay_inside_a_governed_name(nlp, tmp_path):
    assert "疫后重振补短板强功能十大工程" in programs(nlp, tmp_path, "荆州市深入实施疫后重振补短板强功能“十大工程”。")
    assert "灾后重建提升工程" in programs(nlp, tmp_path, "汶川县全面实施灾后重建提升工程。")
    assert "跨界河流水环境共治行动" in programs(nlp, tmp_path, "嘉善县与吴江区联合开展跨界河流水环境共治行动。")
    assert "长江流域联防联控专项行动" in programs(nlp, tmp_path, "阳新县开展长江流域联防联控专项行动。")


def test_a_program_after_another_clause_keeps_its_own_name(nlp, tmp_path):
    found = programs(nlp, tmp_path, "我们要继续推进工程，并持续推进污水处理提质增效行动。")
    assert "污水处理提质增效行动" in found and not any("并持续" in p for p in found)


def test_a_strategy_whose_opportunity_is_seized_is_a_program(nlp, tmp_path):
    assert "京津冀协同发展战略" in programs(nlp, tmp_path, "近年来，涞源县紧紧抓住京津冀协同发展战略机遇，推进生态修复。")
    assert "西部陆海新通道建设战略" in programs(nlp, tmp_path, "钦州市抢抓西部陆海新通道建设战略机遇，加快港口建设。")
    assert "成渝地区双城经济圈建设战略" in programs(nlp, tmp_path, "内江市把握成渝地区双城经济圈建设战略机遇，加快融入成渝。")


def test_an_opportunity_of_no_named_strategy_is_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "我们要抓住发展战略机遇期，推动经济平稳运行。")


def test_bodies_that_issue_a_document_then_say_where_a_program_runs_launched_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "荆门市委、市政府出台《关于进一步优化营商环境的若干措施》，在全市推行“一网通办”改革。")
    assert {("一网通办改革", "中共荆门市委"), ("一网通办改革", "荆门市人民政府")} <= found
    found = proposed(nlp, tmp_path, "贵州省农业农村厅印发《贵州省稻渔产业发展方案》，在全省部署开展稻渔综合种养试点。")
    assert ("稻渔综合种养试点", "贵州省农业农村厅") in found
    found = proposed(nlp, tmp_path, "赣州市人民政府制定《赣州市农村生活污水治理实施方案》，在全市推行“分散式”污水处理模式。")
    assert ("分散式污水处理模式", "赣州市人民政府") in found


def test_bodies_that_issue_a_document_then_carry_on_a_program_did_not_launch_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "临沂市委、市政府印发《关于加快乡村振兴的意见》，全面推进乡村振兴战略。")
    assert not any(p == "乡村振兴战略" for p, _ in found)
    found = proposed(nlp, tmp_path, "保靖县委、县政府联合印发《保靖县河长制工作考核办法》，在全县全面推行河长制。")
    assert not any(p == "河长制" for p, _ in found)
    found = proposed(nlp, tmp_path, "南充市农业农村局发布《南充市主要农作物生产技术指导意见》，在全市开展玉米绿色高产行动。")
    assert not any(p == "玉米绿色高产行动" for p, _ in found)


def test_a_pilot_trial_is_named_with_its_head(nlp, tmp_path):
    assert ("国家农村综合性改革试点试验", "当涂县") in implemented(nlp, tmp_path, "当涂县入选国家农村综合性改革试点试验。")
    assert ("农村综合性改革试点试验", "丽水市") in implemented(nlp, tmp_path, "丽水市开展农村综合性改革试点试验。")
    assert ("农村综合性改革试点试验", "沂南县") in implemented(nlp, tmp_path, "沂南县作为全国农村综合性改革试点试验县，先行先试。")
