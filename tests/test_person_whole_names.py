"""A two-character name the model ends before the next character (王建|新任组长: 新任 is also a word) is the
three-character name the document writes elsewhere (王建新表示); a name followed by any other character stays.
The chief of a system of chiefs (林长 of 林长制) is no person the model's family name in it makes."""
from __future__ import annotations

from test_nlp import ents
from test_organizations_bodies import posts
from test_resolve import kb_of


def people(kb) -> set[str]:
    return {e.label for e in kb.entities.values() if e.type == "Person"}


def test_a_name_cut_before_its_last_character_is_the_whole_name_written_elsewhere(nlp, tmp_path):
    texts = {"a.txt": "青川县成立林长制工作领导小组，县委书记王建新任组长。王建新表示，将压实各级责任。",
             "b.txt": "永春县成立工作专班，县长李明新任组长。李明新要求，各乡镇要抓好落实。",
             "c.txt": "凤台县成立指挥部，县委书记张国新任总指挥。会后，张国新深入乡镇调研。"}
    kb = kb_of(nlp, tmp_path, texts)
    assert {"王建新", "李明新", "张国新"} <= people(kb)
    assert not {"王建", "李明", "张国"} & people(kb)
    assert ("王建新", "县委书记", "中共青川县委") in posts(kb)


def test_a_two_character_name_stays_when_the_document_writes_no_longer_one_there(nlp, tmp_path):
    text = "县委书记李明出席会议。副县长李明华主持会议。"
    assert {"李明", "李明华"} <= people(kb_of(nlp, tmp_path, {"a.txt": text}))


def test_the_chief_of_a_system_of_chiefs_is_no_person(nlp):
    for text, chief in (("青川县成立林长制工作领导小组，县委书记王建军任组长。", "林长"),
                        ("全县推行田长制工作机制，压实耕地保护责任。", "田长"),
                        ("该区成立河长制办公室，统筹河湖管护。", "河长")):
        assert ents(nlp, text).get(chief) != "Person", text


def test_a_title_that_runs_on_into_a_body_s_word_is_no_title_before_a_name(nlp):
    labels = ents(nlp, "区委书记陈德明代表区委常委会作工作报告，区委副书记、区长孙立华作说明。")
    assert "会作工" not in labels
    assert labels.get("陈德明") == "Person" and labels.get("孙立华") == "Person"


def test_a_reform_s_short_name_after_a_whole_place_s_scope_is_no_person(nlp):
    doc = nlp("会议总结全市林改和乡村振兴工作，林改同志出席会议。")
    people = [(e.start_char, e.text) for e in doc.ents if e.label_ == "Person"]
    assert people == [(doc.text.index("林改同志"), "林改")]


def test_names_listed_after_a_title_are_all_names_once_one_has_a_family_name(nlp):
    labels = ents(nlp, "副盟长苏和巴特尔、陈志刚、乌云其其格出席会议。")
    assert {name: labels.get(name) for name in ("苏和巴特尔", "陈志刚", "乌云其其格")} == dict.fromkeys(
        ("苏和巴特尔", "陈志刚", "乌云其其格"), "Person")
    assert "巴特尔" not in labels


def test_a_list_after_a_title_with_no_family_name_in_it_names_no_one_by_the_list(nlp):
    labels = ents(nlp, "县领导、各部门负责同志参加会议。")
    assert "Person" not in labels.values()
