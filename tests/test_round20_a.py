"""Round 20 (helper a): a sentence that opens with 在 and a place going straight on to its verb (在A镇开展X。) names
where that clause happens, not an actor whom the next subjectless sentence (深入推进Y) carries on; and the 常务副书记
of a city, county, district or prefecture party committee is a title of its own (林芝市委常务副书记NAME), as 市委副书记
is. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_organizations_bodies import posts
from test_programs_elided import implemented
from test_resolve import kb_of


def test_a_place_after_zai_opening_a_sentence_is_no_actor_of_the_next(nlp, tmp_path):
    texts = ["在柳州市柳江区开展城市更新试点。全面实施老旧小区改造提升行动，改造小区80个。",
             "在洛川县凤栖街道开展“智慧社区”建设试点；深入推进城乡供水一体化工程，新建水厂2座。",
             "在大理市喜洲镇开展“积分制”乡村治理试点。深入推进农村人居环境整治提升五年行动，完成改厕2000户。"]
    for text in texts:
        found = implemented(nlp, tmp_path, text)
        assert len(found) == 1, (text, found)  # only the pilot of the first clause, in its own place


def test_a_place_opening_a_sentence_as_its_subject_still_carries_on(nlp, tmp_path):
    text = "长汀县开展“清单制”乡村治理试点。深入推进农村人居环境整治提升五年行动，完成改厕2000户。"
    assert ("农村人居环境整治提升五年行动", "长汀县") in implemented(nlp, tmp_path, text)


def test_the_executive_deputy_secretary_of_a_local_party_committee_is_one_title(nlp, tmp_path):
    texts = {"a.txt": "平武县委常务副书记赵国强介绍，帮扶项目进展顺利。",
             "b.txt": "浙江省援川工作组组长、广元市委常务副书记孙立新介绍，协作资金向民生倾斜。",
             "c.txt": "甘孜州委常务副书记、州长刘洪波出席会议。"}
    found = posts(kb_of(nlp, tmp_path, texts))
    assert ("赵国强", "县委常务副书记", "中共平武县委") in found
    assert ("孙立新", "市委常务副书记", "中共广元市委") in found
    assert ("刘洪波", "州委常务副书记", "中共甘孜藏族自治州委员会") in found


def test_a_plain_deputy_secretary_keeps_its_title(nlp, tmp_path):
    found = posts(kb_of(nlp, tmp_path, {"a.txt": "湖州市委副书记、市长王纲出席会议。"}))
    assert ("王纲", "市委副书记", "中共湖州市委") in found
    assert not any(title.endswith("常务副书记") for _, title, _ in found)
