"""What the blind passages of round 42 showed kg missing: campaigns named as battles after the verb that fights
them, a study campaign whose official name opens with its verbs, a verb before a fishing ban's results, and a river
before a quote, which opens the name rather than siting it."""
from __future__ import annotations

from test_nlp import ents


def test_a_campaign_named_as_a_battle(nlp):
    found = ents(nlp, "要以更高标准打好污染防治攻坚战。全力打好浑善达克沙地歼灭战。")
    assert found.get("污染防治攻坚战") == "Program" and found.get("浑善达克沙地歼灭战") == "Program"
    assert not [n for n, label in ents(nlp, "各地要打好攻坚战，坚决打赢脱贫攻坚战。").items() if label == "Program"]


def test_a_study_campaign_keeps_the_verbs_of_its_name(nlp):
    found = ents(nlp, "深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，扎实推进党风廉政建设。")
    assert found.get("学习贯彻习近平新时代中国特色社会主义思想主题教育") == "Program"


def test_the_verb_before_a_fishing_bans_results_is_no_part_of_it(nlp):
    found = ents(nlp, "统筹推进生态保护，持续巩固长江十年禁渔成果。")
    assert found.get("长江十年禁渔") == "Program" and not [n for n in found if n.startswith("巩固")]


def test_a_river_before_a_quote_opens_the_programs_name(nlp):
    found = ents(nlp, "打好黄河“几字弯”攻坚战。湖南省“绿水青山”示范区建设加快推进。")
    assert found.get("黄河“几字弯”攻坚战") == "Program"
    assert found.get("“绿水青山”示范区建设") == "Program" and found.get("湖南省") == "Place"
