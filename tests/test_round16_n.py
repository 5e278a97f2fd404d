"""Round 16 (helper n): programs, their sites and launchers in county reports, magazine features and campaign plans
of other provinces than the dev set's passages: a count and a level word after 在 pointing back to the places just
named (在两村开展X), places designated as a scheme's sites that get a task of their own (确定A、B为X试点县，重点实施Y),
bodies that 推行 a program (X局在全县推行P, X推行的P), a program named as the deployment a clause follows (按照A省、
B省X部署: no sites), a community entering a demonstration scheme, villages ending in 塆, categories of villages that
are no places (城郊村), and a notice's title line that prints the plan its issuer issues (…关于印发《X》的通知)."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_elided import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def places(nlp, tmp_path, text: str) -> set[str]:
    return labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Place")


def test_a_counted_level_word_after_zai_means_the_places_just_named(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁强县大安镇、广坪镇入选全省乡村振兴示范镇。县农业农村局在两镇推行“稻渔综合种养”模式。")
    assert {("稻渔综合种养模式", "大安镇"), ("稻渔综合种养模式", "广坪镇")} <= found
    found = implemented(nlp, tmp_path, "龙泉市兰巨乡官埔垟村、屏南镇坑里村入选省级未来乡村，市文旅局在这两个村开展“研学旅行”示范项目。")
    assert {("研学旅行示范项目", "官埔垟村"), ("研学旅行示范项目", "坑里村")} <= found
    found = implemented(nlp, tmp_path, "平江县、汝城县、炎陵县入选湖南省首批全域旅游示范区。省文旅厅在三县开展“红色旅游+”行动。")
    assert {("红色旅游+行动", "平江县"), ("红色旅游+行动", "汝城县"), ("红色旅游+行动", "炎陵县")} <= found


def test_a_count_after_the_names_themselves_adds_no_anaphor(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "安康市汉滨区、紫阳县、岚皋县开展茶园提升。该试点在石泉、宁陕两县率先落地。")
    assert not any(place in ("汉滨区", "紫阳县", "岚皋县") and plan.endswith("试点") for plan, place in found)


def test_places_designated_as_a_schemes_sites_carry_out_the_task_given_next(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "确定宁乡市、浏阳市为全省和美乡村建设试点县，重点推进“五美”庭院创建。")
    assert {("五美庭院创建", "宁乡市"), ("五美庭院创建", "浏阳市")} <= found
    found = implemented(nlp, tmp_path, "确定敦化市、珲春市为全州农村生活污水治理试点县（市），率先实施图们江流域农村污水治理工程。")
    assert {("图们江流域农村污水治理工程", "敦化市"), ("图们江流域农村污水治理工程", "珲春市")} <= found
    found = implemented(nlp, tmp_path, "确定平阴县、商河县为全市数字乡村试点县，重点实施“互联网+”农产品出村进城工程。")
    assert {("互联网+农产品出村进城工程", "平阴县"), ("互联网+农产品出村进城工程", "商河县")} <= found


def test_a_body_that_rolls_out_a_program_launched_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "天水市委组织部推行的“党建+电商”模式在秦安县落地。")
    assert ("党建+电商模式", "中共天水市委组织部") in found
    found = proposed(nlp, tmp_path, "罗平县召开会议。罗平县委组织部在全县推行“村社合一”党建引领模式。")
    assert ("村社合一党建引领模式", "中共罗平县委组织部") in found
    found = proposed(nlp, tmp_path, "泰和县召开会议。泰和县农业农村局在全县推行“稻虾共作”模式。")
    assert ("稻虾共作模式", "泰和县农业农村局") in found


def test_a_body_that_only_carries_a_program_out_in_a_relative_clause_launched_nothing(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "县农业农村局承办的“农民丰收节”系列活动吸引游客3万人次。")
    assert not any(p.startswith("农民丰收节") for p, _ in found)


def test_a_program_named_as_the_deployment_a_clause_follows_has_no_sites(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "按照山东省、甘肃省东西部协作部署，青岛市对口帮扶陇南市。")
    assert not any(place in ("山东省", "甘肃省") for _, place in found)
    found = implemented(nlp, tmp_path, "根据浙江省山海协作工程统一部署，衢州市与杭州市结对。")
    assert not any(place == "浙江省" for _, place in found)
    found = implemented(nlp, tmp_path, "按照广东省对口帮扶工作部署，梅州市与广州市结对。")
    assert not any(place == "广东省" for _, place in found)


def test_places_that_carry_out_a_program_after_a_deployment_still_do(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "按照部署，宁波市、丽水市深入实施山海协作工程。")
    assert {("山海协作工程", "宁波市"), ("山海协作工程", "丽水市")} <= found


def test_a_community_entering_a_demonstration_scheme_carries_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "鼓楼区东街街道三坊七巷社区入选全国和谐社区建设示范社区。")
    assert ("和谐社区建设示范", "三坊七巷社区") in found
    found = implemented(nlp, tmp_path, "岳麓区望月湖街道望月湖社区入选全省完整社区建设示范社区。")
    assert ("完整社区建设示范", "望月湖社区") in found
    found = implemented(nlp, tmp_path, "昆明市盘龙区联盟街道金康园社区入选全省易地扶贫搬迁后续扶持示范社区。")
    assert ("易地扶贫搬迁后续扶持示范", "金康园社区") in found


def test_a_village_ending_in_wan_after_its_town_is_a_place(nlp, tmp_path):
    assert "罗家塆" in places(nlp, tmp_path, "罗田县九资河镇罗家塆入选全国乡村旅游重点村。")
    assert "王家塆" in places(nlp, tmp_path, "团风县但店镇王家塆发展油茶产业。")
    assert "陈家塆" in places(nlp, tmp_path, "麻城市龟山镇陈家塆建成杜鹃花观赏基地。")


def test_categories_of_villages_are_no_places(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "都匀市、福泉市要在城郊村率先推行“门前三包”责任制。")
    assert {("门前三包责任制", "都匀市"), ("门前三包责任制", "福泉市")} <= found
    assert not {"城郊村", "脱贫村", "空心村"} & places(nlp, tmp_path, "在城郊村、脱贫村和空心村开展人居环境整治。")


def test_a_notices_title_line_prints_the_plan_its_issuer_issues(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "贵州省农业农村厅关于印发《贵州省农村人居环境整治提升五年行动实施方案》的通知"})
    assert ("贵州省农村人居环境整治提升五年行动实施方案", "贵州省农业农村厅") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"b.txt": "湖北省水利厅关于印发《湖北省河湖长制工作考核办法》的通知"})
    assert ("湖北省河湖长制工作考核办法", "湖北省水利厅") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"c.txt": "绵阳市人民政府办公室关于印发《绵阳市乡村建设行动实施方案》的通知"})
    assert ("绵阳市乡村建设行动实施方案", "绵阳市人民政府办公室") in facts(kb, "issuedBy")


def test_a_report_heard_by_a_meeting_is_not_issued_by_the_body_it_reports_on(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "会议听取了市政府关于《宁波市养老服务条例》执行情况的报告。"})
    assert not facts(kb, "issuedBy")
