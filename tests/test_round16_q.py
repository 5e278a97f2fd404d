"""Round 16 (helper q): implementedIn and issuedBy in wordings of aid reports, county features and
policy-interpretation pages: a launched program, a comma and 在 + places with the amount of work done there
(启动实施X，在A、B改造农村住房1500户). Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_chosen_sites import implemented
from test_resolve import kb_of


def test_places_of_the_work_counted_after_a_launched_program_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "省援藏工作队启动实施“藏鲁同心”安居工程，在桑珠孜区、江孜县改造农房800户。")
    assert {("藏鲁同心安居工程", "桑珠孜区"), ("藏鲁同心安居工程", "江孜县")} <= found
    found = implemented(nlp, tmp_path, "今年，州里实施“苗乡茶园”提质计划，在雷山县、丹寨县新建茶园1.5万亩。")
    assert {("苗乡茶园提质计划", "雷山县"), ("苗乡茶园提质计划", "丹寨县")} <= found
    found = implemented(nlp, tmp_path, "工作组推进“同心学堂”帮扶项目，在玉树市、囊谦县的12所小学开展结对帮扶。")
    assert {("同心学堂帮扶项目", "玉树市"), ("同心学堂帮扶项目", "囊谦县")} <= found


def test_places_after_a_launched_program_that_carry_out_another_one_are_not_its_sites(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "市里实施“绿色矿山”建设行动，在灵丘县、广灵县开展地质灾害防治试点3个。")
    assert not any(p == "绿色矿山建设行动" for p, _ in found)
    found = implemented(nlp, tmp_path, "“绿色矿山”建设行动成效明显，在灵丘县、广灵县新增绿地300亩。")
    assert not any(p == "绿色矿山建设行动" for p, _ in found)
    found = implemented(nlp, tmp_path, "县里在全县推行“稻渔共生”发展模式，在安福镇、洋溪镇建成示范基地3000亩。")
    assert not any(place in ("安福镇", "洋溪镇") for _, place in found)


def issued(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")


def test_a_later_clause_of_by_and_bodies_issues_the_documents_the_sentence_opens_with(nlp, tmp_path):
    found = issued(nlp, tmp_path, "《十堰市支持民营经济发展十条措施》经2024年5月8日市政府第27次常务会议审议通过，"
                                  "由十堰市人民政府办公室印发实施。")
    assert ("十堰市支持民营经济发展十条措施", "十堰市人民政府办公室") in found
    assert any(p == "十堰市支持民营经济发展十条措施" and "政府" in o and "办公室" not in o for p, o in found)
    found = issued(nlp, tmp_path, "《绵阳市城市更新实施办法》由绵阳市住房和城乡建设局起草，经市政府第12次常务会议审议通过，"
                                  "并由绵阳市人民政府办公室印发。")
    assert ("绵阳市城市更新实施办法", "绵阳市人民政府办公室") in found
    found = issued(nlp, tmp_path, "《吉安市农村人居环境整治提升方案》经市委农村工作领导小组审议，随后由吉安市农业农村局印发。")
    assert ("吉安市农村人居环境整治提升方案", "吉安市农业农村局") in found


def test_a_later_clause_of_by_a_body_that_only_carries_out_issues_nothing(nlp, tmp_path):
    found = issued(nlp, tmp_path, "《肇庆市河湖管理办法》经市政府常务会议审议通过，由肇庆市水利局负责组织实施。")
    assert ("肇庆市河湖管理办法", "肇庆市水利局") not in found
    found = issued(nlp, tmp_path, "市水利局介绍了《肇庆市河湖管理办法》，由肇庆市司法局印发的配套细则同时出台。")
    assert ("肇庆市河湖管理办法", "肇庆市司法局") not in found


def proposed(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    return {(plan.replace("“", "").replace("”", ""), agent) for plan, agent in found}


def test_a_place_anaphor_passively_designated_in_a_chain_of_clauses_carries_out_each_scheme(nlp, tmp_path):
    text = "黔东南州雷山县地处苗岭主峰。近年来，该县先后被省林业局确定为全省林长制改革示范县，被省财政厅列为清水江流域生态补偿试点县。"
    found = implemented(nlp, tmp_path, text)
    assert {("林长制改革示范", "雷山县"), ("清水江流域生态补偿试点", "雷山县")} <= found
    text = "宁德市柘荣县位于闽东北。该县被省农业农村厅确定为全省农村集体产权制度改革试点县，随后被省委农办列为乡村治理示范县。"
    found = implemented(nlp, tmp_path, text)
    assert ("农村集体产权制度改革试点", "柘荣县") in found
    text = "张掖市临泽县是河西走廊的农业大县。该县已被省水利厅确定为全省农业水价综合改革试点县。"
    assert ("农业水价综合改革试点", "临泽县") in implemented(nlp, tmp_path, text)


def test_a_place_anaphor_that_merely_suffers_something_is_no_site(nlp, tmp_path):
    text = "张掖市临泽县是河西走廊的农业大县。该县被暴雨围困三天后，启动了“灾后重建”专项行动。"
    found = implemented(nlp, tmp_path, text)
    assert all(place == "临泽县" for _, place in found)  # whatever it finds, never a wrong place


def test_every_body_of_a_list_after_bei_designated_the_scheme(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "黎平县被省财政厅、省生态环境厅列为都柳江流域横向生态补偿试点县。")
    assert {("都柳江流域横向生态补偿试点", "贵州省财政厅"), ("都柳江流域横向生态补偿试点", "贵州省生态环境厅")} <= found
    found = proposed(nlp, tmp_path, "临泽县被甘肃省水利厅和甘肃省财政厅确定为农业水价综合改革试点县。")
    assert {("农业水价综合改革试点", "甘肃省水利厅"), ("农业水价综合改革试点", "甘肃省财政厅")} <= found
    found = proposed(nlp, tmp_path, "柘荣县被福建省农业农村厅、福建省民政厅确定为全省乡村治理试点县。")
    assert len({agent for _, agent in found}) == 2
