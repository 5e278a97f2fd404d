"""Programs that fresh texts name by their shape rather than a suffix: platforms with a generic head after the
quote, a field written before a quoted (or counted) program name, unquoted projects after a launching verb,
fixed word shapes (退耕还林, 伏季休渔), and a headline's program named with its place (texts of other provinces)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_a_platform_is_named_by_its_quote_and_the_head_after_it(nlp):
    labels = ents(nlp, "南平市上线“武夷山水”公共服务平台，三明市推出“三明e就业”招聘平台，宁德市上线“闽东通”平台。")
    assert labels.get("“武夷山水”公共服务平台") == "Program"
    assert labels.get("“三明e就业”招聘平台") == "Program"
    assert labels.get("闽东通") == "Program"


def test_the_field_before_a_quoted_program_name_opens_it(nlp):
    labels = ents(nlp, "赣州市启动乡村建设“五大行动”，抚州市扎实开展青年技能培训“百人计划”，吉安市推进“五大行动”。")
    assert labels.get("乡村建设“五大行动”") == "Program"
    assert labels.get("青年技能培训“百人计划”") == "Program"
    assert labels.get("五大行动") != "Program"  # a bare count after the verb names no one program


def test_an_unquoted_project_after_a_launching_verb_is_a_program_but_not_a_kind_of_project(nlp):
    labels = ents(nlp, "天水市实施藉河流域水生态修复项目，累计实施产业扶贫项目120个，推进一批重大项目。")
    assert labels.get("藉河流域水生态修复项目") == "Program"
    assert not any(label == "Program" and "扶贫项目" in name or "重大项目" in name for name, label in labels.items())


def test_programs_named_by_a_fixed_word_shape(nlp):
    labels = ents(nlp, "漳州市严格落实伏季休渔，华安县实施退耕还林还草工程，长泰区完成退养还滩。他退休还在带徒弟。")
    assert labels.get("伏季休渔") == labels.get("退耕还林还草工程") == labels.get("退养还滩") == "Program"
    assert "退休还在" not in labels


def test_a_headline_program_named_with_its_province_is_the_one_the_text_names_without_it(nlp, tmp_path):
    text = "江西省鄱阳湖生态环境综合整治三年行动取得阶段性成效\n2019年以来，九江市深入实施鄱阳湖生态环境综合整治三年行动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    programs = {e.label for e in kb.entities.values() if e.type == "Program"}
    assert programs == {"江西省鄱阳湖生态环境综合整治三年行动"}
    assert "江西省" in {e.label for e in kb.entities.values() if e.type == "Place"}  # named inside the headline's name
    assert ("江西省鄱阳湖生态环境综合整治三年行动", "九江市") in facts(kb, "implementedIn")
    assert "Program" not in ents(nlp, "江西省出台鄱阳湖生态环境综合整治三年行动。").values() or \
        "江西省出台鄱阳湖生态环境综合整治三年行动" not in ents(nlp, "江西省出台鄱阳湖生态环境综合整治三年行动。")


def test_a_named_river_inside_a_project_is_a_place_mention_but_a_short_form_there_is_not(nlp):
    doc = nlp("庆阳市实施马莲河流域水生态修复项目，白银市实施大通湖流域综合治理工程。")
    nested = {e.text for e in doc.spans["nested"] if e.label_ == "Place"}
    assert "马莲河" in nested
    assert "大通" not in nested


def test_the_body_that_launches_a_program_after_building_another_proposed_it(nlp, tmp_path):
    text = "泉州市数据管理局牵头建设“泉服务”政务服务平台，推出“一件事一次办”服务。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert {name.replace("“", "").replace("”", "") for name, _ in found} == {"一件事一次办服务"}


def test_a_designation_does_not_carry_over_to_the_next_plan(nlp, tmp_path):
    text = "宁都县被商务部确定为国家级电子商务进农村综合示范县，石城县纳入江西省首批特色小镇建设试点范围。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert not any("特色小镇" in name for name, _ in found)
