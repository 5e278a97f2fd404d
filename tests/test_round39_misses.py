"""What the blind passages of round 39 showed kg missing: the round a quoted campaign is in and the count of the
places listed before it are no part of its name, and a yearly economic and social plan is no program."""
from __future__ import annotations

from test_nlp import ents


def test_the_count_or_round_before_a_quoted_name_is_no_part_of_it(nlp):
    assert ents(nlp, "省生态环境厅组织开展第三轮“清废行动”，对沿线开展排查。").get("清废行动") == "Program"
    found = ents(nlp, "武汉、襄阳、宜昌三市“无废城市”建设有序推进。")
    assert found.get("“无废城市”建设") == "Program" and "三市“无废城市”建设" not in found


def test_the_yearly_economic_and_social_plan_is_no_program(nlp):
    found = ents(nlp, "大会审议批准了全县2023年国民经济和社会发展计划执行情况与2024年计划。")
    assert not [name for name, label in found.items() if label == "Program"]
