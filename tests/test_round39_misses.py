"""What the blind passages of round 39 showed kg missing: the round a quoted campaign is in and the count of the
places listed before it are no part of its name, a yearly economic and social plan is no program, a numbered list's
projects after their places are programs, and so is a national subsidy named as a policy."""
from __future__ import annotations

from test_nlp import ents
from test_resolve import kb_of, labels


def test_the_count_or_round_before_a_quoted_name_is_no_part_of_it(nlp):
    assert ents(nlp, "省生态环境厅组织开展第三轮“清废行动”，对沿线开展排查。").get("清废行动") == "Program"
    found = ents(nlp, "武汉、襄阳、宜昌三市“无废城市”建设有序推进。")
    assert found.get("“无废城市”建设") == "Program" and "三市“无废城市”建设" not in found


def test_the_yearly_economic_and_social_plan_is_no_program(nlp):
    found = ents(nlp, "大会审议批准了全县2023年国民经济和社会发展计划执行情况与2024年计划。")
    assert not [name for name, label in found.items() if label == "Program"]


def test_a_numbered_list_of_projects_after_their_places(nlp, tmp_path):
    text = "确定以下6个项目为2024年度全市城市更新试点项目，现予公布。\n一、张店区车站街道华光路片区更新改造项目\n二、淄川区般阳路街道孝妇河东岸片区有机更新项目\n"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"华光路片区更新改造项目", "孝妇河东岸片区有机更新项目"} <= labels(kb, "Program")
    assert not ents(nlp, "一、张店区重点项目").get("重点项目")


def test_a_national_subsidy_named_as_a_policy_is_a_program(nlp):
    found = ents(nlp, "认真落实第三轮草原生态保护补助奖励政策，深入推进。要落实好耕地地力保护补贴政策。出台相关补贴政策。")
    assert found.get("草原生态保护补助奖励政策") == "Program" and found.get("耕地地力保护补贴政策") == "Program"
    assert not [name for name in found if "相关" in name]


def test_a_listed_projects_name_may_open_with_an_old_town_or_a_river(nlp, tmp_path):
    text = "确定以下6个项目为2024年度全市城市更新试点项目，现予公布。\n一、张店区车站街道华光路片区更新改造项目\n二、博山区城西街道颜神古镇周边片区提升项目\n"
    assert "颜神古镇周边片区提升项目" in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")


def test_a_subsidy_schemes_name_holds_no_subject_or_verb_before_it(nlp):
    found = ents(nlp, "在宁中乡和公塘乡，县里深入实施草原生态保护补助奖励政策，推进品牌建设。")
    assert found.get("草原生态保护补助奖励政策") == "Program"
    assert not [name for name in found if name.startswith("县里")]
