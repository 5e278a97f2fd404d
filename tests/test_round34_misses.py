"""Bodies, people and programs that the blind passages of round 34 showed kg missing: a body after who acts and a
verb of acting together, a body named after its place's short form, a count of two before a one-word head, a Dai or
Blang man's name, a complement before a quote, and a work whose sites carry it out as a whole."""
from __future__ import annotations

from test_nlp import ents
from test_resolve import kb_of, labels


def test_a_body_after_who_acts_and_a_verb_of_acting_together_starts_after_the_verb(nlp):
    found = ents(nlp, "镇里联合市文化广电旅游体育局推出研学品牌。农民专业合作社联合社成立。")
    assert found.get("市文化广电旅游体育局") == "Organization"
    assert found.get("农民专业合作社联合社") == "Organization"
    assert not any(name.startswith("镇里") for name in found)


def test_a_body_named_after_its_places_short_form_takes_the_places_full_name(nlp, tmp_path):
    text = "云南省普洱市召开会议。宁洱县农业农村局在宁洱镇推广茶园管护。黔南州人民政府办公室印发通知。和平区人民法院审理案件。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"宁洱哈尼族彝族自治县农业农村局", "黔南布依族苗族自治州人民政府办公室", "和平区人民法院"} <= orgs
    assert "宁洱县农业农村局" not in orgs


def test_two_before_a_one_word_head_counts_places_not_a_body(nlp):
    assert "Organization" not in ents(nlp, "建湖县九龙口、盐都区大纵湖两处湿地完成生态修复。").values()


def test_a_dai_or_blang_mans_name_opens_with_yan(nlp):
    assert ents(nlp, "“今年收入2.8万元。”岩坎龙说。").get("岩坎龙") == "Person"


def test_a_complement_before_a_quote_is_no_part_of_the_name(nlp):
    found = ents(nlp, "会议同意将试点扩大到唐官屯镇，并用好“海河英才”行动计划，吸引高校毕业生就业。")
    assert found.get("“海河英才”行动计划") == "Program"
    assert not any(name.startswith("好") for name in found)


def test_a_work_carried_out_by_whole_sites_is_named_up_to_its_head(nlp):
    found = ents(nlp, "海伦市、北林区被农业农村部确定为大豆单产提升工程整建制推进县（市、区）。")
    assert found.get("大豆单产提升工程") == "Program"
