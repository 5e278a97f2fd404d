"""Programs written without a program suffix or after a field word, and programs listed under one 全X scope."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_every_program_listed_under_one_scope_is_carried_out_there(nlp, tmp_path):
    text = "信阳市推进河湖治理\n2020年，信阳市深入实施乡村振兴战略。全市全面推行河长制、湖长制，在全市实施“绿水工程”和“青山行动”。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert {("河长制", "信阳市"), ("湖长制", "信阳市")} <= found
    assert {("绿水工程", "信阳市"), ("青山行动", "信阳市")} <= found


def test_a_field_word_between_a_launching_verb_and_a_quote_opens_the_program(nlp):
    labels = ents(nlp, "榆林市深入开展农村“厕所革命”，同步开展河湖“清四乱”，坚持“绿水青山”理念。")
    assert labels.get("农村“厕所革命”") == "Program"
    assert labels.get("河湖“清四乱”") == "Program"
    assert labels.get("绿水青山") != "Program"


def test_a_generic_head_after_a_quoted_name_belongs_to_the_program(nlp):
    labels = ents(nlp, "洛阳市在全市推广“街巷微治理”模式，栾川县深入开展“三送一联”驻村工作，嵩县推行“门前五包”责任制。")
    assert labels.get("“街巷微治理”模式") == "Program"
    assert labels.get("“三送一联”驻村工作") == "Program"
    assert labels.get("“门前五包”责任制") == "Program"
    assert "三送一联" not in labels


def test_a_quoted_name_listed_behind_a_launched_program_is_one_and_a_quoted_goal_is_not(nlp):
    labels = ents(nlp, "全区实施美丽乡村建设、“厕所革命”等重点工程，坚持绿色发展、“双碳”目标。")
    assert labels.get("厕所革命") == "Program"
    assert labels.get("双碳") != "Program"


def test_two_bodies_that_launch_a_quoted_campaign_propose_it(nlp, tmp_path):
    text = "西藏自治区农业农村厅、自治区财政厅联合发起“百村示范”创建，在全区遴选100个村开展示范。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert ("百村示范创建", "西藏自治区农业农村厅") in found


def test_the_short_name_after_a_quoted_full_name_is_the_same_program(nlp, tmp_path):
    text = "吉林省推进“黑土地保护利用行动”（以下简称“黑土行动”）。各县扎实推进“黑土行动”。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    programs = [e for e in kb.entities.values() if e.type == "Program"]
    assert len(programs) == 1
    assert {"黑土行动", "黑土地保护利用行动"} <= {programs[0].label, *programs[0].aliases}


def test_a_quoted_name_listed_after_a_program_is_one_whatever_verb_governs_the_list(nlp):
    labels = ents(nlp, "县农业农村局负责将垃圾分类与村庄清洁行动、农村“厕所革命”统筹推进，坚持绿色发展、“双碳”目标。")
    assert labels.get("农村“厕所革命”") == "Program"
    assert labels.get("双碳") != "Program"


def test_a_visiting_activity_is_routine_work_not_a_program(nlp):
    labels = ents(nlp, "县委要求，扎实开展干部进村入户走访活动，深入开展美好环境与幸福生活共同缔造活动。")
    assert labels.get("干部进村入户走访活动") != "Program"
    assert labels.get("美好环境与幸福生活共同缔造活动") == "Program"
