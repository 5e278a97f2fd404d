"""Programs named in passing in congress, executive-meeting and work-report wordings (texts of other provinces
than the dev set's passages): a relative clause whose verb launches, approves or carries out a program governs
the name after its 的 (省委部署的X示范片建设, 两部批复的X产业园建设, X县承担的…整县推进项目), and its approving
bodies proposed it; a demonstration area's building (示范片建设); quoted single characters side by side that
make one name (农业“特”“优”战略); 列入全省X示范县; a choosing verb, its sites, 为 and a batch before a pilot
that ends the clause (确定A、B为首批X试点。); an adverb that opens a governed name (开展相对集中…试点); 申报 a
demonstration zone of a level; the founding of a kind of county (…均衡发展县创建)."""
from __future__ import annotations

from test_nlp import ents
from test_programs_elided import implemented
from test_programs_sites_round14 import proposed


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_a_relative_clause_of_a_launching_or_carrying_verb_governs_the_name_after_it(nlp):
    assert "国家现代农业产业园建设" in programs(nlp, "抓好农业农村部、财政部批复的国家现代农业产业园建设，带动农户增收。")
    assert "高原特色农业示范区建设" in programs(nlp, "云南省委、省政府部署的高原特色农业示范区建设在弥勒市全面展开。")
    assert "生猪调出大县奖励资金整县推进项目" in programs(nlp, "临泉县承担的生猪调出大县奖励资金整县推进项目进展顺利。")


def test_a_relative_clause_of_any_other_verb_governs_no_project(nlp):
    assert not programs(nlp, "企业负责人介绍的年产十万吨饲料加工项目建设进展顺利。")


def test_the_bodies_that_approved_a_program_in_a_relative_clause_proposed_it(nlp, tmp_path):
    text = "抓好农业农村部、财政部批复的国家现代农业产业园建设，在稻田镇新建蔬菜基地。"
    assert {("国家现代农业产业园建设", "农业农村部"), ("国家现代农业产业园建设", "财政部")} <= proposed(nlp, tmp_path, text)
    assert ("全域土地综合整治试点", "自然资源部") in proposed(nlp, tmp_path, "推进自然资源部批准的全域土地综合整治试点。")
    found = proposed(nlp, tmp_path, "做好财政部批复的普惠金融发展示范区建设。")
    assert ("普惠金融发展示范区建设", "财政部") in found
    assert not proposed(nlp, tmp_path, "企业负责人介绍的国家现代农业产业园建设进展顺利。")


def test_the_building_of_a_demonstration_area_is_a_program_when_a_verb_governs_it(nlp):
    assert "有机旱作农业示范片建设" in programs(nlp, "落实甘肃省委、省政府部署的有机旱作农业示范片建设，在会宁县新建示范片。")
    assert "乡村振兴示范片建设" in programs(nlp, "漳浦县启动乡村振兴示范片建设，年内完成投资2亿元。")
    assert "茶产业绿色发展示范片区建设" in programs(nlp, "湄潭县加快推进茶产业绿色发展示范片区建设。")
    assert not programs(nlp, "示范片建设进度明显加快。")


def test_quoted_single_characters_side_by_side_are_one_name(nlp):
    assert "农业“特”“精”战略" in programs(nlp, "河北省深入实施农业“特”“精”战略。")
    assert "牛羊产业“扩”“提”工程" in programs(nlp, "临夏州启动牛羊产业“扩”“提”工程。")
    assert "奶业“强”“优”行动" in programs(nlp, "呼和浩特市全面实施奶业“强”“优”行动。")
    assert "“无废学校”“无废社区”建设" not in programs(nlp, "绍兴市实施“无废学校”“无废社区”建设。")


def test_a_county_entered_into_a_scope_and_demonstration_counties_is_a_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "经省林业局批准，南召县列入全省林下经济示范县。")
    assert ("林下经济示范", "南召县") in found
    found = implemented(nlp, tmp_path, "通渭县列入全国电子商务进农村综合示范县，年内建成服务站80个。")
    assert ("电子商务进农村综合示范", "通渭县") in found
    found = implemented(nlp, tmp_path, "宁陵县列入全省县域商业体系建设示范县。")
    assert ("县域商业体系建设示范", "宁陵县") in found
    assert not programs(nlp, "该镇列入全省重点镇。")
    assert not programs(nlp, "省农业农村厅将剑河县岑松镇温泉村列入全国乡村治理示范村。")  # a village's title


def test_sites_chosen_as_a_first_batch_of_a_pilot_that_ends_the_clause(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "西安市确定莲湖区北院门街道、雁塔区小寨路街道为首批老旧小区改造试点。")
    assert {("老旧小区改造试点", "北院门街道"), ("老旧小区改造试点", "小寨路街道")} <= found
    found = implemented(nlp, tmp_path, "重庆市住房城乡建设委确定江北区、北碚区为第二批城市体检试点。")
    assert {("城市体检试点", "江北区"), ("城市体检试点", "北碚区")} <= found
    found = implemented(nlp, tmp_path, "汝城县确定土桥镇、热水镇为首批乡村治理积分制试点，年内完成。")
    assert {("乡村治理积分制试点", "土桥镇"), ("乡村治理积分制试点", "热水镇")} <= found
    assert not programs(nlp, "市里确定张家港市为首批试点。")


def test_an_adverb_right_after_the_launching_verb_opens_the_name(nlp):
    assert "相对集中行政许可权改革试点" in programs(nlp, "天津市滨海新区推行相对集中行政许可权改革试点。")
    assert "相对集中行政许可权改革试点" in programs(nlp, "会议批准宁乡市、浏阳市开展相对集中行政许可权改革试点。")
    assert "相对集中行政处罚权改革" in programs(nlp, "银川市深化相对集中行政处罚权改革。")
    assert "全面开展" not in " ".join(programs(nlp, "全面开展农村人居环境整治提升行动。"))


def test_a_demonstration_zone_of_a_level_a_place_applies_for_is_a_program(nlp):
    assert "国家农业现代化示范区" in programs(nlp, "会议同意宁乡市申报国家农业现代化示范区。")
    assert "省级全域旅游示范区" in programs(nlp, "区政府同意西湖区申报省级全域旅游示范区。")
    assert "国家级绿色矿业发展示范区" in programs(nlp, "支持丰城市申报国家级绿色矿业发展示范区。")
    assert not programs(nlp, "同意申报项目资金。")


def test_the_founding_of_a_kind_of_county_after_a_launching_verb(nlp):
    assert "义务教育优质均衡发展县创建" in programs(nlp, "叙州区稳步推进义务教育优质均衡发展县创建，新建学校3所。")
    assert "学前教育普及普惠县创建" in programs(nlp, "临澧县加快推进学前教育普及普惠县创建。")
    assert "全国双拥模范县创建" in programs(nlp, "宕昌县扎实推进全国双拥模范县创建。")
    assert not programs(nlp, "全力推进全县创建工作。")
