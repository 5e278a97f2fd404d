"""implementedIn and proposedBy in wordings of notices, features and work reports: bodies in a relative clause
that built or fostered a program (市委、市政府倾力打造的“X”品牌), a program followed by a comma and the bodies that
deployed it (X，由A、B联合部署), places that 上述 + a program's head word covers (上述工程覆盖A、B等5个县), and
places before a chain of clauses that ends in a joint launching verb (A、B要立足…，依托…，共同打造X).
Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_chosen_sites import implemented
from test_resolve import kb_of


def proposed(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    return {(plan.replace("“", "").replace("”", ""), agent) for plan, agent in found}


def test_bodies_of_a_relative_clause_that_built_or_fostered_a_program_launched_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "恩施州茶园面积达180万亩。近年来，州委、州政府倾力打造的“恩施玉露”区域公用品牌声名远播。")
    assert {p for p, _ in found} == {"恩施玉露"} and len(found) == 2
    found = proposed(nlp, tmp_path, "五常市委精心培育的“五常大米”品牌价值连续多年位居全国前列。")
    assert {p for p, _ in found} == {"五常大米"}
    found = proposed(nlp, tmp_path, "盱眙县委、县政府着力打造的“盱眙龙虾”节会品牌已举办二十余届。")
    assert {p for p, _ in found} == {"盱眙龙虾"} and len(found) == 2


def test_a_relative_clause_that_only_carries_a_program_out_names_no_launcher(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "县农业农村局承办的“农民丰收节”系列活动吸引游客3万人次。")
    assert not any(p.startswith("农民丰收节") for p, _ in found)


def test_bodies_after_a_program_and_its_comma_that_deployed_it_launched_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "在赤水河流域开展的横向生态保护补偿试点，由贵州省财政厅、贵州省生态环境厅联合部署。")
    assert {("横向生态保护补偿试点", "贵州省财政厅"), ("横向生态保护补偿试点", "贵州省生态环境厅")} <= found
    found = proposed(nlp, tmp_path, "黑龙江省启动黑土地保护利用工程，由省农业农村厅统一部署实施。")
    assert ("黑土地保护利用工程", "黑龙江省农业农村厅") in found
    found = proposed(nlp, tmp_path, "2022年起实施“闽江流域山水林田湖草”保护修复工程，由福建省自然资源厅牵头发起。")
    assert ("闽江流域山水林田湖草保护修复工程", "福建省自然资源厅") in found


def test_places_that_a_program_referred_to_by_shangshu_covers_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "重庆市启动“渝东北粮仓”建设工程，上述工程覆盖巫山、奉节、云阳等6个县。")
    assert {("渝东北粮仓建设工程", "巫山县"), ("渝东北粮仓建设工程", "奉节县"), ("渝东北粮仓建设工程", "云阳县")} <= found
    found = implemented(nlp, tmp_path, "定西市实施旱作农业示范项目。上述项目已覆盖安定区、通渭县和陇西县。")
    assert {("旱作农业示范项目", "安定区"), ("旱作农业示范项目", "通渭县"), ("旱作农业示范项目", "陇西县")} <= found
    found = implemented(nlp, tmp_path, "甘南州开展“净土甘南”专项行动，上述行动已推广到夏河县、碌曲县。")
    assert {("净土甘南专项行动", "夏河县"), ("净土甘南专项行动", "碌曲县")} <= found


def test_places_before_a_chain_of_clauses_ending_in_a_joint_launch_carry_the_program_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "霞浦县、福鼎市要立足海洋资源，依托滩涂和渔港，共同打造“闽东海鲜”区域品牌。")
    assert {("闽东海鲜", "霞浦县"), ("闽东海鲜", "福鼎市")} <= found
    found = implemented(nlp, tmp_path, "武夷山市、建阳区立足茶产业基础，携手打造“武夷岩茶”文旅品牌。")
    assert {("武夷岩茶", "武夷山市"), ("武夷岩茶", "建阳区")} <= found
    found = implemented(nlp, tmp_path, "阿尔山市和科尔沁右翼前旗依托冰雪资源，联合实施“冰雪兴边”行动。")
    assert {("冰雪兴边行动", "阿尔山市"), ("冰雪兴边行动", "科尔沁右翼前旗")} <= found


def test_the_place_that_designates_a_named_pilot_in_a_passive_is_no_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "永新县被吉安市确定为“红色名村”建设试点县。")
    assert ("红色名村建设试点", "永新县") in found and ("红色名村建设试点", "吉安市") not in found
    found = implemented(nlp, tmp_path, "临洮县、渭源县被定西市确定为“中药材良种繁育”试点县。")
    assert {("中药材良种繁育试点", "临洮县"), ("中药材良种繁育试点", "渭源县")} <= found
    assert ("中药材良种繁育试点", "定西市") not in found
    found = implemented(nlp, tmp_path, "东至县被池州市列为“美丽河湖”建设示范县。")
    assert ("美丽河湖建设示范", "东至县") in found and ("美丽河湖建设示范", "池州市") not in found


def test_places_after_an_anaphor_and_before_a_launching_verb_carry_out_what_it_means(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "兰考县实施“巧媳妇”工程，该工程在仪封乡、东坝头乡两地率先落地。")
    assert {("巧媳妇工程", "仪封乡"), ("巧媳妇工程", "东坝头乡")} <= found
    found = implemented(nlp, tmp_path, "滁州市启动城乡供水一体化试点。该试点已在来安县、全椒县率先推开。")
    assert {("城乡供水一体化试点", "来安县"), ("城乡供水一体化试点", "全椒县")} <= found
    found = implemented(nlp, tmp_path, "黔南州推行“寨管家”治理模式，上述模式先后在长顺、惠水等4个县开展。")
    assert {("寨管家治理模式", "长顺县"), ("寨管家治理模式", "惠水县")} <= found
    found = implemented(nlp, tmp_path, "黔南州推行“寨管家”治理模式，该模式在长顺县调研时受到肯定。")
    assert ("寨管家治理模式", "长顺县") not in found


def test_a_county_whose_name_opens_with_a_word_of_scope_is_a_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "滁州市在来安县、全椒县开展城乡供水一体化试点。")
    assert {("城乡供水一体化试点", "来安县"), ("城乡供水一体化试点", "全椒县")} <= found
    found = implemented(nlp, tmp_path, "桂林市启动“桂北粮仓”建设工程，上述工程覆盖兴安、全州、灌阳等5个县。")
    assert {("桂北粮仓建设工程", "全州县"), ("桂北粮仓建设工程", "灌阳县")} <= found
