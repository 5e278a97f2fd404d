"""Programs as fresh texts of other provinces write them: a quoted model pushed forward or brought out (推进,
推出的), a demonstration designation being created (…示范区创建) after a verb that carries it out, a name ending in
建设 that a clause says bodies deployed (X建设由A、B统筹部署), a site designated with 作为国家…试点县, and no
program in projects counted right after their name (改造项目63个)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_a_quoted_model_pushed_forward_or_brought_out_is_a_program(nlp):
    labels = ents(nlp, "百色市推进“党建+芒果合作社”模式，由市委组织部推出的“驻村第一书记轮训”制度覆盖全市。")
    assert labels.get("“党建+芒果合作社”模式") == "Program"
    assert labels.get("“驻村第一书记轮训”制度") == "Program"


def test_a_quoted_model_only_described_is_no_program(nlp):
    labels = ents(nlp, "这种“企业+农户”模式效果很好，当地创新“平台+乡镇+国企”片区组团模式。")
    assert not any(label == "Program" for label in labels.values())


def test_creating_a_demonstration_designation_after_a_verb_that_carries_it_out(nlp):
    labels = ents(nlp, "赤峰市加快推进国家农业现代化示范区创建，喀喇沁旗积极推进自治区级乡村振兴示范县创建。")
    assert labels.get("国家农业现代化示范区创建") == "Program"
    assert labels.get("自治区级乡村振兴示范县创建") == "Program"


def test_a_designation_counted_without_a_verb_that_carries_it_out_is_no_program(nlp):
    labels = ents(nlp, "全市示范县创建数量居全省第一。")
    assert not any(label == "Program" for label in labels.values())


def test_a_name_ending_in_jianshe_deployed_by_bodies_is_a_program_they_proposed(nlp, tmp_path):
    text = "广西壮族自治区召开边境工作会议。会议指出，兴边富民示范村建设由自治区党委、自治区人民政府统筹部署，那坡县承担建设任务。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    programs = {e.label for e in kb.entities.values() if e.type == "Program"}
    assert programs == {"兴边富民示范村建设"}
    bodies = {org for name, org in facts(kb, "proposedBy") if name == "兴边富民示范村建设"}
    assert bodies == {"中共广西壮族自治区委员会", "广西壮族自治区人民政府"}


def test_building_projects_or_an_anaphor_deployed_by_bodies_is_no_program(nlp):
    labels = ents(nlp, "全市重点项目建设由市委、市政府统一部署，这项建设由市委部署。")
    assert not any(label == "Program" for label in labels.values())


def test_a_site_designated_with_zuowei_drops_the_national_level(nlp):
    labels = ents(nlp, "敦化市作为国家电子商务进农村综合示范县，建成县级物流配送中心。")
    assert labels.get("电子商务进农村综合示范") == "Program"
    assert "国家电子商务进农村综合示范" not in labels


def test_projects_counted_right_after_their_name_are_a_kind_of_project(nlp):
    labels = ents(nlp, "天水市今年实施城镇老旧小区改造项目63个，秦州区实施藉河流域水生态修复项目。")
    assert "城镇老旧小区改造项目" not in labels
    assert labels.get("藉河流域水生态修复项目") == "Program"
