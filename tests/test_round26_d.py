"""Round 26 (d): 试点 as the verb right before a quoted name (在A镇试点“X”平台: the name opens at the quote, and a
body that pilots it there launched it); a partitive quantifier before generic works (部分项目工程) names no program;
public works a supervisory body or an auditor examines (对A区X建设项目、B县Y改造项目开展监督检查) are programs
sited in the divisions written before each of them. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_nlp import ents
from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_pilot_verb_before_a_quote_opens_no_name(nlp, tmp_path):
    text = "临夏县纪委监委在韩集镇试点“智慧村务”服务平台，群众扫码即可查看。"
    assert programs(nlp, text) == {"“智慧村务”服务平台"}
    assert ("智慧村务服务平台", "韩集镇") in implemented(nlp, tmp_path, text)
    assert ("智慧村务服务平台", "临夏县纪委监委") in proposed(nlp, tmp_path, text)
    text = "金寨县农业农村局在油坊店乡先行试点“数字茶园”监测平台。"
    assert ("数字茶园监测平台", "金寨县农业农村局") in proposed(nlp, tmp_path, text)
    assert ("数字茶园监测平台", "油坊店乡") in implemented(nlp, tmp_path, text)
    text = "遂昌县市场监管局在妙高街道试行“阳光厨房”智慧监管平台。"
    assert ("阳光厨房智慧监管平台", "妙高街道") in implemented(nlp, tmp_path, text)


def test_a_pilot_named_before_its_verb_is_still_a_pilot(nlp, tmp_path):
    text = "县农业农村局在石门镇开展稻渔综合种养试点，推广“稻虾共作”模式。"
    assert "稻渔综合种养试点" in programs(nlp, text)
    assert not any(p.endswith("镇试点") for p in programs(nlp, text))


def test_a_partitive_quantifier_before_generic_works_names_no_program(nlp):
    assert not programs(nlp, "在红寺堡区大河乡，检查组发现部分项目工程进度滞后、资金拨付不及时。")
    assert not programs(nlp, "督查组发现个别重点项目工程进度缓慢，责令限期整改。")
    assert not programs(nlp, "审计发现少数项目建设资金闲置。")
    assert "农村公路提质改造工程" in programs(nlp, "县交通运输局在全县实施农村公路提质改造工程。")


def test_projects_a_supervisory_body_examines_are_sited_in_their_divisions(nlp, tmp_path):
    text = "市纪委监委对红寺堡区高标准农田建设项目、盐池县国家现代农业产业园建设项目和同心县肉羊养殖补贴发放情况开展监督检查。"
    found = implemented(nlp, tmp_path, text)
    assert {("高标准农田建设项目", "红寺堡区"), ("国家现代农业产业园建设项目", "盐池县")} <= found
    assert ("国家现代农业产业园建设项目", "红寺堡区") not in found
    text = "省审计厅对宁乡市城镇污水管网建设项目、浏阳市农村公路提质改造项目进行跟踪审计。"
    found = implemented(nlp, tmp_path, text)
    assert {("城镇污水管网建设项目", "宁乡市"), ("农村公路提质改造项目", "浏阳市")} <= found
    text = "县审计局对城关镇老旧小区改造项目进行专项审计。"
    assert ("老旧小区改造项目", "城关镇") in implemented(nlp, tmp_path, text)


def test_what_a_supervisory_body_examines_is_no_program_without_public_works(nlp):
    assert not programs(nlp, "县纪委监委对部分项目资金使用情况开展监督检查。")
    assert not programs(nlp, "市纪委监委对企业厂房建设项目开展监督检查。")
    assert not programs(nlp, "市纪委监委对城关镇老旧小区改造项目的资金去向表示关注。")
