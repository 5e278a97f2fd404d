"""What the dev set's older passages showed kg missing, before round 43 was measured: a region's building that a
place joins (融入, 服务), and the country's major regional strategies named without their head 战略."""
from __future__ import annotations

from test_nlp import ents


def test_a_place_joins_a_regions_building(nlp):
    found = ents(nlp, "三是主动融入成渝地区双城经济圈建设，深化与浙江省湖州市合作。积极服务和融入长三角一体化发展示范区建设。")
    assert found.get("成渝地区双城经济圈建设") == "Program" and found.get("长三角一体化发展示范区建设") == "Program"
    assert not [n for n, label in ents(nlp, "要主动融入乡村振兴，服务群众生活。").items() if label == "Program"]


def test_a_major_regional_strategy_needs_no_head_word(nlp):
    found = ents(nlp, "要扎实推进黄河流域生态保护和高质量发展，守牢生态安全底线。我们将深度融入长三角一体化发展，办好民生实事。")
    assert found.get("黄河流域生态保护和高质量发展") == "Program" and found.get("长三角一体化发展") == "Program"
    # a topic in quotes, and a name that goes on, are other rules' to name
    found = ents(nlp, "围绕“推进黄河流域生态保护和高质量发展”开展专题协商。")
    assert "黄河流域生态保护和高质量发展" not in found


def test_a_national_strategy_held_to_is_named(nlp):
    found = ents(nlp, "省政协紧扣黄河流域生态保护和高质量发展重大国家战略，组织委员赴沿黄各市调研。")
    assert found.get("黄河流域生态保护和高质量发展") == "Program"
