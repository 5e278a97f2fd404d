"""implementedIn and proposedBy in shapes of communiqués, research reports and press conferences (texts of other
provinces than the dev set's passages): towns and villages named a batch of 示范村镇 of a demonstration scheme,
a county that opens its sentence with where it lies (地处…，), a document in force from a date written after a
comma (，自2022年7月起在全州施行), and what a meeting decides to launch (全会决定，…开展X)."""
from __future__ import annotations

from test_extract_documents import facts
from test_resolve import kb_of


def test_a_batch_of_demonstration_villages_and_towns_shows_the_demonstration_scheme_before_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "丰都县入选全省首批和美乡村示范县创建名单，三元镇、包鸾镇和龙河镇列为首批示范村镇。",
        "b.txt": "凤县入选全省首批宜居宜业和美乡村示范县创建名单，双石铺镇、留凤关镇、红花铺镇为首批示范村镇。",
        "c.txt": "宜君县被列为全省农村人居环境整治示范县创建单位，棋盘镇、彭镇作为首批示范乡镇率先实施。"})
    found = facts(kb, "implementedIn")
    assert {("和美乡村示范县创建", town) for town in ("三元镇", "包鸾镇", "龙河镇")} <= found
    assert {("宜居宜业和美乡村示范县创建", town) for town in ("双石铺镇", "留凤关镇", "红花铺镇")} <= found
    assert {(plan, town) for plan, town in found if town in ("棋盘镇", "彭镇")} \
        == {("农村人居环境整治示范县创建", "棋盘镇"), ("农村人居环境整治示范县创建", "彭镇")}


def test_the_places_of_where_a_county_lies_are_no_sites(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "金寨县地处大别山腹地，“十三五”期间全面实施光伏扶贫工程。",
        "b.txt": "石柱土家族自治县地处长江上游、三峡库区腹心，今年实施了黄连产业提质增效工程。",
        "c.txt": "平武县坐落在岷山东麓，深入实施大熊猫栖息地保护修复工程。"})
    found = facts(kb, "implementedIn")
    assert {("光伏扶贫工程", "金寨县"), ("黄连产业提质增效工程", "石柱土家族自治县"),
            ("大熊猫栖息地保护修复工程", "平武县")} <= found
    assert not {place for _, place in found} & {"大别山", "长江", "岷山"}


def test_a_place_after_where_a_county_lies_still_ends_its_turn(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "宜君县位于铜川市北部，黄陵县近年来全面推行“林长制”。"})
    assert ("林长制", "宜君县") not in facts(kb, "implementedIn")


def test_a_document_in_force_from_a_date_after_a_comma_is_in_force_in_its_scope(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "恩施州召开会议。州政府出台的《恩施州茶产业发展扶持办法》，自2022年7月起在全州施行。",
        "b.txt": "榕江县召开会议。县政府印发《榕江县农村建房管理办法》，从2021年10月1日起在全县实施。",
        "c.txt": "烟台市召开会议。市政府出台了《烟台市支持海洋牧场高质量发展若干措施》，自2023年5月起在全市施行。"})
    found = facts(kb, "implementedIn")
    assert {("榕江县农村建房管理办法", "榕江县"), ("烟台市支持海洋牧场高质量发展若干措施", "烟台市")} <= found
    assert any(plan == "恩施州茶产业发展扶持办法" and place.startswith("恩施") for plan, place in found)


def test_a_document_issued_before_a_program_in_scope_is_not_in_force_there(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "阜阳市召开会议。市政府印发《阜阳市数字乡村建设方案》，在全市开展“数字乡村”试点行动。"})
    assert {plan for plan, _ in facts(kb, "implementedIn")} == {"数字乡村试点行动"}


def test_what_a_meeting_decides_to_launch_its_body_launched(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "中国共产党烟台市第十三届委员会第五次全体会议在烟台召开。全会决定，从2024年起在全市开展“海洋强市建设年”行动。",
        "b.txt": "湖北省人民政府常务会议在武汉召开。会议研究决定，在全省启动“荆楚安居”工程，实施城市更新行动。",
        "c.txt": "中共南平市委十届八次全体会议召开。全会审议决定，深入实施“武夷山水”品牌提升行动。"})
    found = facts(kb, "proposedBy")
    assert {("海洋强市建设年行动", "中共烟台市委"), ("荆楚安居工程", "湖北省人民政府"), ("城市更新行动", "湖北省人民政府"),
            ("武夷山水品牌提升行动", "中共南平市委")} <= found


def test_a_program_a_meeting_merely_mentions_is_not_its_launch(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "中共铜仁市委常委会会议召开。会议决定，对在“梵净山”生态保护工程中表现突出的单位予以表彰。",
        "b.txt": "省政府常务会议召开。会议决定，由省农业农村厅牵头实施“稻渔综合种养”工程。"})
    found = facts(kb, "proposedBy")
    assert not {agent for _, agent in found} & {"中共铜仁市委常委会", "中共铜仁市委"}
    assert all(not agent.endswith("人民政府") for _, agent in found)


def test_a_program_that_covers_the_whole_of_a_place_is_carried_out_there(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "汉中市召开会议。市委、市政府推出“汉中仙毫”区域公用品牌，目前已覆盖全市10个产茶县区。",
        "b.txt": "桐梓县召开会议。县委组织部推出“红色代办”服务，现已覆盖全县所有乡镇。",
        "c.txt": "南海区召开会议。区委政法委启动“枫桥式”派出所创建，目前基本覆盖全区23个街镇。"})
    found = facts(kb, "implementedIn")
    assert {("汉中仙毫", "汉中市"), ("红色代办服务", "桐梓县"), ("枫桥式派出所创建", "南海区")} <= found


def test_covering_a_whole_field_or_not_yet_covering_is_no_place(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "桐梓县召开会议。县委组织部推出“红色代办”服务，覆盖全域。"})
    assert not facts(kb, "implementedIn")
    kb = kb_of(nlp, tmp_path, {"b.txt": "桐梓县召开会议。县委组织部推出“红色代办”服务，目前尚未覆盖全县。"})
    assert not facts(kb, "implementedIn")
