"""Round 23 (l): programs and their launchers in wordings of county reports and border-trade news of other
provinces than the dev set's passages: a body that approves a place's program (经海关总署批复，某市开展X;
X由农业农村部、财政部批复), and a quoted name that opens a program four words before its head
(“以种适地”耐盐碱作物示范项目)."""
from __future__ import annotations

from test_programs_sites_round14 import proposed
from test_round22_i import programs


def test_a_body_that_approves_a_places_program_set_it_up(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "经海关总署批复，瑞丽市开展边民互市贸易进口商品落地加工试点，落地加工企业达40家。")
    assert ("边民互市贸易进口商品落地加工试点", "海关总署") in found
    found = proposed(nlp, tmp_path, "经国务院批复同意，满洲里市推进边境旅游试验区建设，开通跨境自驾游线路3条。")
    assert ("边境旅游试验区建设", "国务院") in found
    found = proposed(nlp, tmp_path, "经四川省农业农村厅批准，蒲江县在寿安镇开展秸秆综合利用试点，年利用秸秆2万吨。")
    assert ("秸秆综合利用试点", "四川省农业农村厅") in found


def test_the_approving_bodies_after_by_set_a_program_up(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "我区承担的盐碱化耕地改良试点由农业农村部、财政部批复，在黄河口镇实施。")
    assert {("盐碱化耕地改良试点", "农业农村部"), ("盐碱化耕地改良试点", "财政部")} <= found
    found = proposed(nlp, tmp_path, "宁夏的农村宅基地制度改革试点由农业农村部批复，在平罗县稳慎推进。")
    assert ("农村宅基地制度改革试点", "农业农村部") in found
    found = proposed(nlp, tmp_path, "我市承担的跨境电商零售进口试点由商务部批准，在综合保税区率先推进。")
    assert ("跨境电商零售进口试点", "商务部") in found


def test_consent_to_a_notice_or_an_approved_law_names_no_launcher(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "经江西省人大常委会批准，《赣州市城市绿化条例》自2023年3月1日起施行。")
    assert not any(agent == "江西省人民代表大会常务委员会" or "人大" in agent for _, agent in found)
    found = proposed(nlp, tmp_path, "经甘肃省财政厅同意，张掖市甘州区开展高标准农田建设试点。")
    assert not any(agent.endswith("财政厅") for _, agent in found)


def test_a_quoted_name_opens_a_program_four_words_before_its_head(nlp):
    assert "“以种适地”耐盐碱作物示范项目" in programs(nlp, "经批准，五原县在胜丰镇开展“以种适地”耐盐碱作物示范项目。")
    assert "“藏粮于技”抗倒伏小麦示范项目" in programs(nlp, "滑县农业农村局实施“藏粮于技”抗倒伏小麦示范项目，示范面积5万亩。")
    assert "“一村一品”耐旱杂粮种植示范工程" in programs(nlp, "神木市推进“一村一品”耐旱杂粮种植示范工程，带动农户1200户。")


def test_a_joined_second_name_is_not_taken_into_a_quoted_program(nlp):
    found = programs(nlp, "县里深化“放管服”改革和营商环境优化提升行动，企业开办压缩至1天。")
    assert not any(name.startswith("“放管服”改革和") for name in found)


def test_a_verb_that_ranks_a_quoted_program_ends_its_name(nlp):
    found = programs(nlp, "县委把“清廉村居”建设纳入年度重点项目，逐村推进。")
    assert not any(name.startswith("“清廉村居”") and name.endswith("项目") for name in found)
    found = programs(nlp, "市里把“一江两岸”整治列为年度重点工程。")
    assert not any(name.startswith("“一江两岸”") for name in found)
