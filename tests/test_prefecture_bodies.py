"""A prefecture (地区: Xinjiang's, Tibet's, 大兴安岭) has its party committee, its 地委 (中共塔城地委), and its
administrative office, its 行署 (塔城地区行政公署); their titles (地委书记, 行署专员) name the prefecture the text
writes before them or the article is about. Texts of prefectures the dev set's passage does not cover."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_organizations_bodies import posts
from test_resolve import kb_of


def test_a_prefectures_committee_and_office_and_their_titles(nlp, tmp_path):
    texts = {"a.txt": "塔城地委书记王建平主持召开会议。",
             "b.txt": "新疆维吾尔自治区召开会议。阿克苏地委副书记、行署专员艾尔肯·吐尼亚孜主持会议。",
             "c.txt": "和田地区行署副专员李强出席仪式。",
             "d.txt": "黑龙江省大兴安岭地区召开林业工作会议。地委副书记、行署专员孙志刚讲话。"}
    found = posts(kb_of(nlp, tmp_path, texts))
    assert ("王建平", "地委书记", "中共塔城地委") in found
    assert {("艾尔肯·吐尼亚孜", "地委副书记", "中共阿克苏地委"),
            ("艾尔肯·吐尼亚孜", "行署专员", "阿克苏地区行政公署")} <= found
    assert ("李强", "行署副专员", "和田地区行政公署") in found
    assert {("孙志刚", "地委副书记", "中共大兴安岭地委"), ("孙志刚", "行署专员", "大兴安岭地区行政公署")} <= found


def test_di_wei_inside_ordinary_words_is_no_committee(nlp, tmp_path):
    text = "当地委托第三方机构开展评估，本地委员会成员参加。毕节市委副书记张华出席。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not any("地委" in e.label for e in kb.entities.values()), [e.label for e in kb.entities.values()]
    assert ("张华", "市委副书记", "中共毕节市委") in posts(kb)
    assert "当地委" not in ents(nlp, text)


def test_a_prefecture_s_committee_and_bureaus_named_by_di_alone_are_its_own(nlp, tmp_path):
    text = "喀什地区召开援疆工作推进会。地委书记杨振东出席会议。地区发展改革委、农业农村局负责同志参加会议。"
    labels = {e.label for e in kb_of(nlp, tmp_path, {"a.txt": text}).entities.values() if e.type == "Organization"}
    assert {"中共喀什地委", "喀什地区发展和改革委员会"} <= labels
    assert not any(label.startswith(("地区", "发展")) for label in labels)


def test_a_prefecture_committee_s_meeting_is_held_by_its_standing_committee(nlp, tmp_path):
    text = "5月18日，喀什地区召开地委常委会会议，地委书记杨振东主持。会议审议通过《喀什地区援疆项目管理办法》。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert found == {("喀什地区援疆项目管理办法", "中共喀什地委常务委员会")}
