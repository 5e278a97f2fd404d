"""implementedIn (round 13): places that open a sentence go on into its later clauses also when the first clause
is a passive designation (A、B和C等3个县被列为…示范县，在全省率先推行X) or a stance (A县抢抓机遇／坚持…／立足…，
大力实施X); the place after 被 designates and is no site (A镇被B州确定为X). Other provinces' wording."""
from __future__ import annotations

import pytest
from test_extract import relations, triples


def implemented(nlp, sentence: str) -> set[tuple[str, str]]:
    return triples(relations(nlp, [sentence]), "implementedIn")


@pytest.mark.parametrize("sentence, places, program", [
    ("浏阳市、醴陵市和攸县等3个县（市）被列为省级现代农业示范县，重点推行“稻油轮作”种植模式。",
     ("浏阳市", "醴陵市", "攸县"), "“稻油轮作”种植模式"),
    ("天长市、明光市以及来安县被确定为全省县域商业体系建设示范县，在全省率先开展“供销e家”服务。",
     ("天长市", "明光市", "来安县"), "“供销e家”服务"),
    ("菏泽市曹县、单县及郓城县被确定为全省农业社会化服务创新试点县，重点推行“土地托管+”服务模式。",
     ("曹县", "单县", "郓城县"), "“土地托管+”服务模式"),
])
def test_designated_places_carry_out_the_program_of_the_next_clause(nlp, sentence, places, program):
    found = implemented(nlp, sentence)
    assert {(program, place) for place in places} <= found


@pytest.mark.parametrize("sentence, place, program", [
    ("会泽县抢抓国家乡村振兴重点帮扶县政策机遇，大力实施“洋芋+”产业提升工程。", "会泽县", "“洋芋+”产业提升工程"),
    ("通渭县立足旱作农业实际，持续推进高标准农田建设，全面实施“种养循环”示范工程。", "通渭县", "“种养循环”示范工程"),
    ("洱源县坚持生态优先，全面打响洱海保护攻坚战，持续推进河湖长制。", "洱源县", "河湖长制"),
])
def test_a_place_that_takes_a_stance_carries_out_the_programs_after_it(nlp, sentence, place, program):
    assert (program, place) in implemented(nlp, sentence)


@pytest.mark.parametrize("sentence, sites, agent, program", [
    ("右所镇被大理州确定为洱海流域绿色生态种植示范区，全镇推广有机肥替代化肥。", ("右所镇",), "大理州", "洱海流域绿色生态种植示范区"),
    ("金寨县、霍山县被六安市列为大别山生态补偿试点，探索“碳汇+”模式。", ("金寨县", "霍山县"), "六安市", "大别山生态补偿试点"),
])
def test_the_place_after_bei_designates_and_the_place_before_it_is_the_site(nlp, sentence, sites, agent, program):
    found = implemented(nlp, sentence)
    assert {(program, site) for site in sites} <= found
    assert (program, agent) not in found
