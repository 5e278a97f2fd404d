"""Round 21 (helper d): a field of two compounds between a launching verb and a quoted name with its head after it
(推进易地扶贫搬迁后续扶持“五个体系”建设); 社区 (bare or after 该) opening a clause means the community named last;
a place that builds (建设) a scheme's zone carries it out, and a province's named zone is a program; a platform or
station quoted whole with its head is a program, and 率先建设 places it; a program said to be (是) the task that
bodies deployed was launched by them; a meeting that decides to spread a place's experience did not launch its
model. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_programs_elided import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def programs(nlp, tmp_path, text: str) -> set[str]:
    return {p.replace("“", "").replace("”", "") for p in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")}


def test_a_field_of_two_compounds_before_a_quote_with_its_head_opens_the_name(nlp, tmp_path):
    assert "易地扶贫搬迁后续扶持五个体系建设" in programs(nlp, tmp_path, "黔西市全面推进易地扶贫搬迁后续扶持“五个体系”建设。")
    assert "农村人居环境整治提升三大革命建设" in programs(nlp, tmp_path, "临夏州深入推进农村人居环境整治提升“三大革命”建设。")
    found = programs(nlp, tmp_path, "会宁县扎实推进生态移民后续扶持“四个体系”建设。")
    assert "生态移民后续扶持四个体系建设" in found


def test_a_field_with_no_launching_verb_before_it_stays_outside_the_name(nlp, tmp_path):
    found = programs(nlp, tmp_path, "移民群众收入稳步提高，“五个体系”建设成效明显。")
    assert not any(p.startswith("移民群众") for p in found)


def test_a_community_opening_a_clause_means_the_community_named_last(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "走进凯里市洗马河街道营盘社区，社区党支部书记杨芳介绍，社区实施“邻里守望”互助项目。")
    assert ("邻里守望互助项目", "营盘社区") in found
    found = implemented(nlp, tmp_path, "来到宁县新宁镇九龙社区，居民正在广场上跳舞。该社区推行“积分超市”治理模式。")
    assert ("积分超市治理模式", "九龙社区") in found
    found = implemented(nlp, tmp_path, "在仁怀市盐津街道鹤山社区，扶贫车间正在赶制订单。社区开展“四点半课堂”关爱行动。")
    assert ("四点半课堂关爱行动", "鹤山社区") in found


def test_a_district_word_is_no_community(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "走进毕节市七星关区碧阳社区。区里实施“邻里守望”互助项目。")
    assert ("邻里守望互助项目", "碧阳社区") not in found


def test_a_place_that_builds_a_schemes_zone_carries_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "一、同意赣州市建设江西省数字经济创新发展试验区（以下简称试验区）。")
    assert ("江西省数字经济创新发展试验区", "赣州市") in found
    found = implemented(nlp, tmp_path, "省政府支持南平市建设国家级生态产品价值实现示范区。")
    assert ("国家级生态产品价值实现示范区", "南平市") in found
    found = implemented(nlp, tmp_path, "同意台州市建设浙江省民营经济高质量发展先行区。")
    assert ("浙江省民营经济高质量发展先行区", "台州市") in found


def test_building_as_a_noun_after_a_place_carries_nothing_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "会议审议了《南平市建设管理办法》，听取了城乡融合发展试验区工作汇报。")
    assert not any(place == "南平市" for _, place in found)


def test_a_station_or_platform_quoted_whole_is_a_program_and_built_first_where_written(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "威宁县在五里岗街道、陕桥街道率先建设“搬迁群众就业服务驿站”。")
    assert {("搬迁群众就业服务驿站", "五里岗街道"), ("搬迁群众就业服务驿站", "陕桥街道")} <= found
    found = implemented(nlp, tmp_path, "沿河县在和平街道上线“智慧养老服务平台”。")
    assert ("智慧养老服务平台", "和平街道") in found
    assert "红色物业驿站" in programs(nlp, tmp_path, "武冈市在各社区推出“红色物业驿站”。")


def test_a_bare_quoted_head_is_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "全县新建“驿站”12个。")


def test_a_program_said_to_be_the_task_bodies_deployed_was_launched_by_them(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "孝昌县召开会议。会议指出，城市更新行动是省委、省政府部署的重点工作。")
    assert {("城市更新行动", "中共湖北省委"), ("城市更新行动", "湖北省人民政府")} <= found
    found = proposed(nlp, tmp_path, "盐城市召开推进会。特色田园乡村建设行动是省委、省政府部署的一项重大工程，已建成136个村庄。")
    assert {("特色田园乡村建设行动", "中共江苏省委"), ("特色田园乡村建设行动", "江苏省人民政府")} <= found
    found = proposed(nlp, tmp_path, "宜宾市叙州区召开会议。“清廉村居”建设是区委统一部署的一项重要工作。")
    assert ("清廉村居建设", "中共宜宾市叙州区委") in found or any(p == "清廉村居建设" for p, _ in found)


def test_a_program_said_to_be_what_bodies_care_about_names_no_launcher(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "平江县召开会议。高标准农田建设项目是省委、省政府关心的民生实事。")
    assert not any(p == "高标准农田建设项目" for p, _ in found)


def test_a_meeting_that_decides_to_spread_a_places_experience_did_not_launch_its_model(nlp, tmp_path):
    text = ("荆门市政府召开常务会议。会议决定，在全市开展“荆门好人”品牌培育工程，推广钟祥市“共同缔造”示范社区建设经验。")
    found = proposed(nlp, tmp_path, text)
    assert not any(p.startswith("共同缔造") for p, _ in found)
    assert any(p.startswith("荆门好人") for p, _ in found)
