"""What the blind passages of round 38 and the dev set's remaining misses showed kg missing: an action counted in
years named with no verb to launch it."""
from __future__ import annotations

from test_nlp import ents


def test_an_action_counted_in_years_is_named_without_a_launching_verb(nlp):
    found = ents(nlp, "各地要将试点工作与农村人居环境整治提升五年行动结合起来。在莫洛村，农村人居环境整治提升五年行动让村道变宽。")
    assert found.get("农村人居环境整治提升五年行动") == "Program"
    listed = ents(nlp, "对黑山县高标准农田建设项目、义县农村人居环境整治提升五年行动开展督导。")
    assert listed.get("义县") == "Place" and listed.get("农村人居环境整治提升五年行动") == "Program"
    assert ents(nlp, "青海省农牧区人居环境整治三年行动取得成效。").get("青海省农牧区人居环境整治三年行动") == "Program"


def test_a_body_or_a_scope_that_acts_opens_no_counted_action(nlp):
    found = ents(nlp, "今后三年，全省要巩固三年行动成果。市政府办公室印发三年行动实施方案。")
    assert not [name for name, label in found.items() if label == "Program"]
