"""Round 18 (w): a bare city name that its own district or county shares (荆州 beside 荆州区, 长沙 beside 长沙县) is
the city; 做好 governs a program's name and carries it out (A要继续做好X试点工作); a body in a relative clause with
确定的 before a program chose it (省农业农村厅确定的X试点在A县实施). Texts of other provinces than the passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of


def located(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return set(facts(kb_of(nlp, tmp_path, {"a.txt": text}), "locatedIn"))


def test_a_bare_city_name_beside_its_namesake_district_or_county_is_the_city(nlp, tmp_path):
    found = located(nlp, tmp_path, "长沙是全国重要的先进制造业基地。今年，长沙县、浏阳市新建高标准农田10万亩。")
    assert ("长沙县", "长沙市") in found
    found = located(nlp, tmp_path, "承德是京津冀水源涵养功能区。承德县、平泉市要抓好春季造林工作。")
    assert ("承德县", "承德市") in found
    found = located(nlp, tmp_path, "衡阳是湖南省的农业大市，衡阳县、祁东县今年粮食播种面积稳中有增。")
    assert ("衡阳县", "衡阳市") in found


def test_the_namesake_district_written_in_full_stays_the_district(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "荆州区、沙市区开展城乡供水一体化试点。")
    assert ("城乡供水一体化试点", "荆州区") in found and ("城乡供水一体化试点", "荆州市") not in found


def test_a_place_that_does_well_a_pilots_work_carries_the_pilot_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁乡市要认真做好农机报废更新补贴试点工作，确保资金按时兑付。")
    assert ("农机报废更新补贴试点", "宁乡市") in found
    found = implemented(nlp, tmp_path, "蒙城县要继续做好秸秆综合利用与还田试点工作。")
    assert ("秸秆综合利用与还田试点", "蒙城县") in found
    found = implemented(nlp, tmp_path, "余江区要扎实做好农村宅基地制度改革试点工作。")
    assert ("农村宅基地制度改革试点", "余江区") in found


def test_doing_ordinary_work_well_is_no_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁乡市要认真做好防汛准备工作，确保安全度汛。")
    assert not found


def test_a_body_that_chose_a_pilot_in_a_relative_clause_launched_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "今年，省农业农村厅确定的农机研发制造推广应用一体化试点在庐江县实施。")
    assert ("农机研发制造推广应用一体化试点", "安徽省农业农村厅") in found or \
        ("农机研发制造推广应用一体化试点", "省农业农村厅") in found
    found = proposed(nlp, tmp_path, "同时，自然资源部确定的全域土地综合整治试点在德清县全面铺开。")
    assert ("全域土地综合整治试点", "自然资源部") in found
    found = proposed(nlp, tmp_path, "全市农业生产形势良好，省财政厅确定的农业保险保费补贴试点在浏阳市实施。")
    assert ("农业保险保费补贴试点", "湖南省财政厅") in found or ("农业保险保费补贴试点", "省财政厅") in found


def test_a_relative_clause_before_a_placed_pilot_is_no_part_of_its_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "今年，浙江省林业局确定的林业碳汇试点在德清县实施。")
    assert ("林业碳汇试点", "德清县") in found and not any("确定" in p for p, _ in found)


def test_a_relative_clause_of_carrying_out_names_no_launcher(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "同时，县农业农村局承办的农民丰收节系列活动项目在大榕镇实施。")
    assert not found


def test_a_county_designated_as_a_projects_county_carries_the_project_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宾川县被农业农村部确定为全国农业社会化服务项目县。")
    assert ("农业社会化服务项目", "宾川县") in found
    found = implemented(nlp, tmp_path, "会泽县被列为高素质农民培育项目县，全年培训农民3000人。")
    assert ("高素质农民培育项目", "会泽县") in found
    found = proposed(nlp, tmp_path, "今年，阿荣旗被农业农村部列为奶业生产能力提升整县推进项目县。")
    assert ("奶业生产能力提升整县推进项目", "农业农村部") in found


def test_a_village_of_key_projects_is_no_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "该村被列为重点项目村，新建道路3公里。")
    assert not found


def test_a_scheme_of_key_counties_or_villages_entered_by_list_keeps_its_key_word(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "巩留县、伊宁县列入自治区乡村旅游重点县创建名单。")
    assert {("自治区乡村旅游重点县创建", "巩留县"), ("自治区乡村旅游重点县创建", "伊宁县")} <= found
    found = implemented(nlp, tmp_path, "安吉县、德清县列入全省乡村旅游重点村创建名单。")
    assert ("乡村旅游重点村创建", "安吉县") in found
    found = implemented(nlp, tmp_path, "阿尔山市、额尔古纳市纳入全区文化旅游重点镇建设名单。")
    assert ("文化旅游重点镇建设", "阿尔山市") in found


def test_a_list_of_key_projects_names_no_scheme(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁海县的抽水蓄能电站列入全省重点项目建设名单。")
    assert not any("重点项目" in p for p, _ in found)


def issued(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return set(facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy"))


def test_bodies_after_an_opening_date_that_follow_a_deployment_then_issue_issued_it(nlp, tmp_path):
    found = issued(nlp, tmp_path, "湖南省位于长江中游。2023年，省委、省政府深入贯彻党中央决策部署，印发《关于加快建设农业强省的实施意见》。")
    assert {("关于加快建设农业强省的实施意见", "中共湖南省委"), ("关于加快建设农业强省的实施意见", "湖南省人民政府")} <= found
    found = issued(nlp, tmp_path, "大理州地处滇西。今年以来，州委、州政府认真落实省委部署要求，出台《大理州洱海保护治理三年行动方案》。")
    assert any(p == "大理州洱海保护治理三年行动方案" for p, _ in found)
    found = issued(nlp, tmp_path, "2022年，赣州市委、市政府把乡村振兴作为头号工程来抓，印发《赣州市乡村振兴示范创建实施方案》。")
    assert {("赣州市乡村振兴示范创建实施方案", "中共赣州市委"), ("赣州市乡村振兴示范创建实施方案", "赣州市人民政府")} <= found


def test_a_later_clause_with_a_body_of_its_own_is_not_the_opening_bodies(nlp, tmp_path):
    found = issued(nlp, tmp_path, "2023年，赣州市委、市政府召开专题会议，市农业农村局随后印发《赣州市高标准农田建设实施方案》。")
    assert ("赣州市高标准农田建设实施方案", "中共赣州市委") not in found
