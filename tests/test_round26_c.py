"""Round 26 (c): a place whose clause only says whose deployment it follows is still the subject of the next
clause (A镇按照B市部署，实施P); a town's body named by 镇/乡 alone is the latest town's (镇党委 after X镇); the
building of a hospital's or school's campus and urbanisation as a field are no programs (texts of other provinces
than the dev set's passages)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of, labels


def test_a_place_that_follows_a_deployment_carries_out_the_next_clauses_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "2021年以来，桐乡市根据嘉兴市统一部署，全面推行“网格连心”服务模式。")
    assert ("网格连心服务模式", "桐乡市") in found
    assert ("网格连心服务模式", "嘉兴市") not in found
    found = implemented(nlp, tmp_path, "今年，泾川县按照平凉市部署要求，深入实施农村人居环境整治提升五年行动。")
    assert ("农村人居环境整治提升五年行动", "泾川县") in found
    found = implemented(nlp, tmp_path, "去年以来，茅坪镇遵照秭归县安排，实施柑橘产业提质增效工程，带动农户增收。")
    assert ("柑橘产业提质增效工程", "茅坪镇") in found


def test_a_deployment_clause_that_goes_on_to_its_own_verb_gives_no_subject(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "今年，泾川县按照平凉市部署召开会议，研究高标准农田建设。")
    assert not {pair for pair in found if pair[1] == "泾川县"}


def test_a_towns_body_named_by_its_level_word_alone_is_the_latest_towns(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "秭归县茅坪镇位于三峡坝区。镇党委把全镇划分为36个网格，推行“红色物业”服务模式。"})
    assert "茅坪镇党委" in labels(kb, "Organization")
    assert ("红色物业服务模式", "茅坪镇党委") in facts(kb, "proposedBy")
    kb = kb_of(nlp, tmp_path, {"b.txt": "走进宁都县黄陂镇，脐橙挂满枝头。镇党委书记李明介绍，镇里种植脐橙两万亩。"})
    assert "黄陂镇党委" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"c.txt": "记者来到云龙县诺邓镇。乡党委、镇政府联合开展环境整治，镇政府组织干部入户。"})
    assert "诺邓镇政府" in labels(kb, "Organization")


def test_a_towns_body_with_no_town_named_before_is_no_body(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "镇党委把全镇划分为36个网格，推行“红色物业”服务模式。"})
    assert not {label for label in labels(kb, "Organization") if label.endswith("镇党委") and label != "镇党委"}


def test_a_hospitals_or_schools_new_campus_and_urbanisation_are_no_programs(nlp):
    for text in ("加快宁都县人民医院新院区建设。", "推进肥乡区中医院门诊楼建设。", "加快县第一中学新校区建设。",
                 "（三）加快新型城镇化建设。"):
        assert "Program" not in ents(nlp, text).values(), text
    assert ents(nlp, "加快宁都县人民医院新院区建设。").get("宁都县人民医院") == "Organization"


def test_a_named_building_work_is_still_a_program(nlp):
    found = ents(nlp, "推进紧密型县域医共体建设，加快推进高原美丽乡村建设。")
    assert found.get("紧密型县域医共体建设") == "Program"
    assert found.get("高原美丽乡村建设") == "Program"
