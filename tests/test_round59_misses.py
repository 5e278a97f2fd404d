"""What the blind passages of round 59 showed. Posts: a member a congress standing committee or a supervisory
commission appoints (任命A为县监察委员会委员, 接受B辞去县人大常委会委员职务) holds an office as well as a
membership, unlike a party committee's member (增补C为县委委员); a congress standing committee written with its
term (右玉县第十七届人民代表大会常务委员会) is the committee, named without the term."""
from __future__ import annotations

from test_extract_documents import facts
from test_resolve import kb_of


def titles_held(kb, name: str) -> set[str]:
    return {kb.entities[o].attrs["title"] for s, p, o in kb.facts if p == "holds" and kb.entities[s].label == name}


def test_an_appointed_committee_member_holds_an_office(nlp, tmp_path):
    text = ("平和县人大常委会召开会议。会议决定接受叶少华辞去平和县人民代表大会常务委员会委员职务的请求；"
            "任命李明为平和县监察委员会委员。会议增补黄丽萍为县委委员。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert titles_held(kb, "叶少华") == {"委员"} and titles_held(kb, "李明") == {"委员"}
    members = facts(kb, "memberOf")
    assert {("叶少华", "平和县人民代表大会常务委员会"), ("李明", "平和县监察委员会")} <= members
    # a party committee's member is a member of it, holding no bare 委员 office
    assert "委员" not in titles_held(kb, "黄丽萍") and ("黄丽萍", "中共平和县委") in members


def test_a_congress_standing_committee_written_with_its_term(nlp, tmp_path):
    text = ("右玉县第十七届人民代表大会常务委员会第十九次会议召开。"
            "会议决定接受郭建平辞去右玉县第十七届人民代表大会常务委员会委员职务的请求。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("郭建平", "右玉县人民代表大会常务委员会") in facts(kb, "memberOf")
    assert titles_held(kb, "郭建平") == {"委员"}
    # the meeting's name still mentions its county
    assert "右玉县" in {e.label for e in kb.entities.values() if e.type == "Place"}
