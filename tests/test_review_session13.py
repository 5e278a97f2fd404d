"""Fixes from the review of the thirteenth session's diff: the East–West cooperation is a program when a verb
builds the park after it (only a park's own name hides it); people setting an example are no demonstration
scheme; a place's bare 新闻办 is its government's press office. Sentences of other provinces than the dev set's."""
from __future__ import annotations

from test_nlp import ents
from test_organizations_bodies import posts
from test_programs_elided import implemented
from test_resolve import kb_of


def test_the_cooperation_is_a_program_when_a_verb_builds_the_park_after_it(nlp, tmp_path):
    for text, name in (("镇雄县、彝良县依托沪滇协作新建帮扶车间20个，吸纳脱贫劳动力就业。", "沪滇协作"),
                       ("通过粤桂协作新建扶贫车间12个，带动群众就近就业。", "粤桂协作"),
                       ("深化闽宁协作推动产业基地建设。", "闽宁协作")):
        assert ents(nlp, text).get(name) == "Program", text
    assert ("沪滇协作", "镇雄县") in implemented(nlp, tmp_path, "镇雄县、彝良县依托沪滇协作新建帮扶车间20个，吸纳脱贫劳动力就业。")


def test_the_cooperation_opening_a_parks_own_name_is_still_no_program(nlp):
    assert "粤桂协作" not in ents(nlp, "布局建设粤桂协作产业园。")


def test_people_setting_an_example_are_no_demonstration_scheme(nlp):
    labels = ents(nlp, "组织开展党员干部带头示范，深入开展共产党员先锋示范。")
    assert not any(kind == "Program" for kind in labels.values()), labels
    assert ents(nlp, "开展玉米大豆带状复合种植示范。").get("玉米大豆带状复合种植示范") == "Program"


def test_a_places_bare_press_office_is_its_governments(nlp, tmp_path):
    texts = {"a.txt": "福建省福州市召开会议。省政府新闻办举行发布会，省新闻办主任李华出席。",
             "b.txt": "福州市新闻办举行发布会，市新闻办副主任陈明主持。"}
    kb = kb_of(nlp, tmp_path, texts)
    bodies = {e.label for e in kb.entities.values() if e.type == "Organization"}
    assert "福建省新闻办公室" not in bodies and "福州市新闻办公室" not in bodies, bodies
    assert {("李华", "主任", "福建省人民政府新闻办公室"), ("陈明", "副主任", "福州市人民政府新闻办公室")} <= posts(kb)


# Second review (after round 21).

def test_a_projects_phase_or_section_before_you_is_no_program(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "岳阳市召开重点项目推进会。二期工程由市发改委提出，东线工程由市水利局部署。"})
    assert not [e.label for e in kb.entities.values() if e.type == "Program"]


def test_a_program_with_its_own_launcher_after_you_takes_none_from_the_clause_before(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "德宏州召开会议。兴边富民行动由州民委提出，强边固防行动由州委、州政府部署。"})
    proposers = {(kb.entities[s].label, kb.entities[o].label) for (s, p, o) in kb.facts if p == "proposedBy"}
    assert ("兴边富民行动", "德宏傣族景颇族自治州民族事务委员会") in proposers
    assert ("强边固防行动", "中共德宏傣族景颇族自治州委员会") in proposers
    assert ("强边固防行动", "德宏傣族景颇族自治州民族事务委员会") not in proposers


def test_a_bare_heads_body_is_no_national_or_higher_body_the_article_cites(nlp, tmp_path):
    texts = {"a.txt": "阳新县召开新闻发布会。根据国家统计局统一部署，我县开展了经济普查。局长王五介绍了有关情况。",
             "b.txt": "阳新县召开新闻发布会。根据湖北省统计局统一部署，阳新县开展了经济普查。阳新县统计局局长王五介绍了有关情况。"
                      "副局长赵六出席。"}
    found = posts(kb_of(nlp, tmp_path, texts))
    assert not any(body in ("国家统计局", "湖北省统计局") for _, _, body in found), found
    assert ("赵六", "副局长", "阳新县统计局") in found
