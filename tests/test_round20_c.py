"""Round 20 (c): bodies of places counted together (按照两省区党委、政府部署), the East–West cooperation's name
opening the name of a park or workshop it set up (布局建设粤桂协作产业园), an author's note in brackets under a
byline of a bare name (周海涛 / （作者系…、梧州市人民政府副市长）), and laws inspected in the place the document
calls its own (对《X法》在我市的贯彻实施情况进行了检查). Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_chosen_sites import implemented
from test_resolve import kb_of


def held(nlp, tmp_path, text: str) -> set[str]:
    return {post for _, post in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "holds")}


def test_bodies_of_places_counted_together_are_no_one_body(nlp):
    for text in ("按照两省区党委、政府部署，泉州市与红寺堡区深化闽宁协作。",
                 "根据两省市党委和政府的安排，上海市与遵义市持续深化东西部协作。",
                 "按照两省区政府签署的框架协议，两地共建产业园区。"):
        assert not any(label == "Organization" for label in ents(nlp, text).values()), text


def test_a_named_place_that_ends_in_a_numeral_keeps_its_body(nlp):
    found = ents(nlp, "三明市委、市政府出台《三明市深化医改实施方案》。省委、省政府高度重视。")
    assert found.get("省委") == "Organization" and found.get("省政府") == "Organization"
    assert found.get("四会市政府") == "Organization" or "四会市政府" in ents(nlp, "四会市政府印发通知。")


def test_a_park_or_workshop_named_after_the_cooperation_is_not_the_cooperation(nlp, tmp_path):
    for text, name in (("两市共同推进产业合作，在红寺堡区、同心县布局建设闽宁协作产业园，引进企业20家。", "闽宁协作"),
                       ("石屏县在宝秀镇设立沪滇协作就业帮扶车间，吸纳脱贫人口就近就业。", "沪滇协作"),
                       ("剑河县在革东镇建成东西部协作基地，带动农户增收。", "东西部协作")):
        assert ents(nlp, text).get(name) != "Program", text
        assert not any(plan == name for plan, _ in implemented(nlp, tmp_path, text)), text


def test_the_cooperation_deepened_by_a_place_is_still_a_program(nlp, tmp_path):
    text = "按照部署，遵义市持续深化东西部协作，建成协作产业园3个。"
    assert ("东西部协作", "遵义市") in implemented(nlp, tmp_path, text)


def test_an_authors_note_under_a_byline_of_a_bare_name_gives_the_posts(nlp, tmp_path):
    texts = ("携手共建产业园 协作结出新硕果\n刘建新\n（作者系上海市派驻遵义市挂职干部、遵义市人民政府副市长）\n"
             "一年来，两地协作成效明显，产业合作、劳务协作、消费帮扶等各项工作取得新进展。\n两地还联合开展人才交流，选派专业技术人才120人次。",
             "山海携手同心行\n陈志远\n（作者为杭州市派驻恩施州挂职干部、恩施州委常委）\n两地结对以来，协作不断深化。",
             "东西协作谱新篇\n赵海鹰\n(作者系天津市派驻甘南州挂职干部、甘南州人民政府副州长)\n协作以来，成效明显。")
    for text, post in zip(texts, ("刘建新 副市长", "陈志远 州委常委", "赵海鹰 副州长")):
        assert post in held(nlp, tmp_path, text), text


def test_a_note_under_a_sentence_gives_no_posts(nlp, tmp_path):
    text = "协作成效明显\n两地干部交流频繁。\n（作者系遵义市人民政府副市长）\n一年来，两地协作成效明显。"
    assert held(nlp, tmp_path, text) == set()


def test_a_law_inspected_in_the_documents_own_place_is_applied_there(nlp, tmp_path):
    text = ("绵阳市人大常委会执法检查组关于检查《中华人民共和国水法》实施情况的报告\n"
            "执法检查组对《中华人民共和国水法》和《四川省河道管理实施办法》在我市的贯彻实施情况进行了检查。")
    found = implemented(nlp, tmp_path, text)
    assert {("中华人民共和国水法", "绵阳市"), ("四川省河道管理实施办法", "绵阳市")} <= found
    text = "湖州市人大常委会关于检查《浙江省河长制规定》实施情况的报告\n检查组对《浙江省河长制规定》在本市的实施情况开展了检查。"
    assert ("浙江省河长制规定", "湖州市") in implemented(nlp, tmp_path, text)
    text = "仁寿县人大常委会关于《中华人民共和国农业法》执法检查的报告\n检查组听取了《中华人民共和国农业法》在我县的执行情况汇报。"
    assert ("中华人民共和国农业法", "仁寿县") in implemented(nlp, tmp_path, text)


def test_a_law_publicised_in_the_place_is_not_said_to_be_applied(nlp, tmp_path):
    text = "绵阳市人大常委会工作报告\n我们组织开展《中华人民共和国水法》在我市的宣传活动。"
    assert not any(plan == "中华人民共和国水法" for plan, _ in implemented(nlp, tmp_path, text))
