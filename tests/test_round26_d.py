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


def test_a_deployment_by_a_committee_and_its_bare_government_names_both(nlp, tmp_path):
    text = "按照省委、政府统一部署，安化县全面实施黑茶产业“千亿行动”。"
    assert {("黑茶产业千亿行动", "中共湖南省委"), ("黑茶产业千亿行动", "湖南省人民政府")} <= proposed(nlp, tmp_path, text)
    text = "根据市委、政府部署，沭阳县扎实开展“花木之乡”振兴行动。"
    assert {("花木之乡振兴行动", "中共宿迁市委"), ("花木之乡振兴行动", "宿迁市人民政府")} <= proposed(nlp, tmp_path, text)
    text = "按照自治区党委、政府部署，盐池县深入实施滩羊产业“五大提升行动”。"
    assert len({agent for plan, agent in proposed(nlp, tmp_path, text) if plan == "滩羊产业五大提升行动"}) == 2


def test_a_deployment_followed_by_study_launches_nothing(nlp, tmp_path):
    text = "按照省委、政府部署，全县干部群众认真学习贯彻“千万工程”经验。"
    assert not proposed(nlp, tmp_path, text)


def test_a_designating_body_does_not_launch_what_the_next_clauses_place_spreads(nlp, tmp_path):
    text = "舟塔乡被农业农村部认定为全国“一村一品”示范村镇，宁安镇推行“龙头企业+合作社+农户”联农带农模式。"
    assert not any(p.startswith("龙头企业") for p, _ in proposed(nlp, tmp_path, text))
    text = "三河镇被省农业农村厅确定为省级农业产业强镇，古井镇推行“公司+基地+农户”经营模式。"
    assert not any(p.startswith("公司+基地") for p, _ in proposed(nlp, tmp_path, text))
    text = "白沙村被市民政局评为市级文明村，黄坑村推行“积分超市”治理模式。"
    assert not any(p.startswith("积分超市") for p, _ in proposed(nlp, tmp_path, text))
    assert ("积分超市治理模式", "黄坑村") in implemented(nlp, tmp_path, text)


def test_a_body_that_spreads_a_program_itself_still_launches_it(nlp, tmp_path):
    text = "赣县区民政局在黄坑村推行“积分超市”治理模式，群众参与热情高涨。"
    assert ("积分超市治理模式", "赣县区民政局") in proposed(nlp, tmp_path, text)
