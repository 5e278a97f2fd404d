"""Programs named by the places enrolled in them, quoted names inside longer program names, and the limits of
the article's subject place as the actor of clauses that name none (texts of other provinces)."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_a_scheme_a_place_is_selected_for_is_named_without_batch_and_site_word(nlp):
    labels = ents(nlp, "泉州市入选全国第二批城市更新试点城市，晋江市被确定为国家级县域商业体系建设示范县。")
    assert labels.get("城市更新试点") == "Program"
    assert labels.get("国家级县域商业体系建设示范") == "Program"
    assert "范县" not in labels  # 示范县 holds no county


def test_a_scheme_named_before_its_batch_of_sites(nlp):
    labels = ents(nlp, "铜仁市碧江区、万山区纳入武陵山区农村人居环境整治提升行动首批重点县。")
    assert labels.get("武陵山区农村人居环境整治提升行动") == "Program"


def test_the_places_selected_for_a_scheme_are_its_sites(nlp):
    found = relations(nlp, ["德化县、安溪县入选全国首批革命老区振兴示范区创建名单。"])
    assert triples(found, "implementedIn") == {("革命老区振兴示范区创建", "德化县"), ("革命老区振兴示范区创建", "安溪县")}
    found = relations(nlp, ["晋江市被商务部、财政部确定为国家级电子商务进农村综合示范县。"])
    assert triples(found, "implementedIn") == {("国家级电子商务进农村综合示范", "晋江市")}


def test_nouns_between_a_launching_verb_and_a_quote_belong_to_the_program(nlp):
    found = relations(nlp, ["在尤溪县、沙县区开展林业碳汇“一元钱”试点。"])
    assert triples(found, "implementedIn") == {("林业碳汇“一元钱”试点", "尤溪县"), ("林业碳汇“一元钱”试点", "沙县区")}
    labels = ents(nlp, "三明市深入实施新时代“百村千户”工程。")
    assert labels.get("“百村千户”工程") == "Program"


def test_a_quoted_name_a_place_started_is_a_program_carried_out_there(nlp):
    found = relations(nlp, ["永春县首创的“乡村夜校”已覆盖全县。"])
    assert triples(found, "implementedIn") == {("乡村夜校", "永春县")}


def test_reported_demands_are_not_the_article_places_deeds(nlp, tmp_path):
    text = "南平市完成造林12万亩。会议强调，今年要巩固成果，深入推进“项目攻坚年”活动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not facts(kb, "implementedIn")


def test_a_sentence_opening_with_a_body_ends_the_article_places_turn(nlp, tmp_path):
    text = "龙岩市长汀县推行林长制改革。省林业局副局长陈明表示，成效明显。下一步，深入开展“绿盈乡村”行动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not any(program == "绿盈乡村行动" for program, _ in facts(kb, "implementedIn"))
    text = "长汀县推行林长制改革。“绿盈乡村”成效明显。深入开展“绿盈乡村”行动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("绿盈乡村行动", "长汀县") in facts(kb, "implementedIn")
