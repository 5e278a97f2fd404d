"""Round 19 (helper y): a bare 政府 after a party committee that launched a program (自治区党委、政府部署的P), a verb
of issuing with 了 before the title whose next clause launches a program (县委、县政府制定了《…》，在全县推行P),
founding demonstration towns, townships and banners (开展X示范镇创建), an autonomous region's schemes entered by
a place (X旗入选自治区P示范旗), a notice's own decision after an approver (经市人民政府同意，决定在全市开展P), the
owners of a program in a relative clause before it in a subjectless task (深入实施省委、省政府部署的P), generic
resettlement villages and local governments. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def test_a_bare_government_after_a_party_committee_launched_the_program_too(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "连山壮族瑶族自治县全面落实县委、政府部署的“绿美连山”行动。")
    assert {agent for plan, agent in found if plan == "绿美连山行动"} == {"中共连山壮族瑶族自治县委", "连山壮族瑶族自治县人民政府"}
    found = proposed(nlp, tmp_path, "柳州市加快产业发展。自治区党委、政府部署实施“强首府”战略，推动产业升级。")
    assert {agent for plan, agent in found if plan == "强首府战略"} == {"中共广西壮族自治区委员会", "广西壮族自治区人民政府"}
    found = proposed(nlp, tmp_path, "近年来，泉州市委、政府部署实施“海丝名城”建设工程。")
    assert {agent for _, agent in found} == {"中共泉州市委", "泉州市人民政府"}


def test_a_government_office_after_a_party_committee_is_no_bare_government(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "近年来，泉州市委、政府办公室部署实施“海丝名城”建设工程。")
    assert "泉州市人民政府" not in {agent for _, agent in found}


def test_bodies_that_issued_a_title_with_an_aspect_particle_launch_the_program_of_the_next_clause(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "岳池县委、县政府印发了《岳池县乡村振兴实施方案》，在全县开展“美丽庭院”创建行动。")
    assert {agent for plan, agent in found if plan == "美丽庭院创建行动"} == {"中共岳池县委", "岳池县人民政府"}
    found = proposed(nlp, tmp_path, "大方县委、县政府制定了《大方县优化营商环境十条措施》，在全县推行“一窗通办”改革。")
    assert {agent for plan, agent in found if plan == "一窗通办改革"} == {"中共大方县委", "大方县人民政府"}
    found = proposed(nlp, tmp_path, "永春县委、县政府出台了《永春县促进香产业发展若干措施》，在全县推行“链长制”改革。")
    assert {agent for plan, agent in found if plan.endswith("改革")} == {"中共永春县委", "永春县人民政府"}


def test_a_clause_between_the_title_and_the_program_still_blocks_the_issuers(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "岳池县委、县政府印发了《岳池县乡村振兴实施方案》，要求各乡镇抓好落实，在全县开展“美丽庭院”创建行动。")
    assert not found


def test_founding_demonstration_towns_townships_and_banners_is_the_scheme(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "确定遂平县玉山镇、西平县出山镇开展农业产业强镇示范镇创建。")
    assert {("农业产业强镇示范镇创建", "玉山镇"), ("农业产业强镇示范镇创建", "出山镇")} <= found
    found = implemented(nlp, tmp_path, "在阿荣旗、莫力达瓦达斡尔族自治旗开展畜牧业高质量发展示范旗创建。")
    assert ("畜牧业高质量发展示范旗创建", "阿荣旗") in found
    found = implemented(nlp, tmp_path, "在平江县三市镇、汨罗市白水镇推进美丽乡村示范乡创建。")
    assert {("美丽乡村示范乡创建", "三市镇"), ("美丽乡村示范乡创建", "白水镇")} <= found
    found = implemented(nlp, tmp_path, "在鼎城区蒿子港镇、安乡县黄山头镇开展农村供水规模化建设示范镇创建。")
    assert ("农村供水规模化建设示范镇创建", "蒿子港镇") in found  # 建设 inside the name does not end it


def test_a_place_that_enters_an_autonomous_regions_scheme_carries_it_out(nlp, tmp_path):
    assert ("自治区农牧业产业化示范", "准格尔旗") in implemented(nlp, tmp_path, "准格尔旗入选自治区农牧业产业化示范旗。")
    assert ("自治区农产品质量安全示范", "伊宁县") in implemented(nlp, tmp_path, "伊宁县入选自治区农产品质量安全示范县。")
    found = implemented(nlp, tmp_path, "荔浦市、平乐县入选自治区乡村振兴示范县。")
    assert {("自治区乡村振兴示范", "荔浦市"), ("自治区乡村振兴示范", "平乐县")} <= found


def test_an_honour_of_an_autonomous_region_is_no_scheme(nlp, tmp_path):
    assert not implemented(nlp, tmp_path, "贺兰县入选自治区优秀旅游县。")


def _proposed_in(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")


def test_a_notices_decision_after_an_approver_is_the_issuers(nlp, tmp_path):
    text = ("株洲市人民政府办公室关于开展老旧小区改造试点工作的通知\n各县市区人民政府：\n"
            "为加快城市更新，经市人民政府同意，决定在全市开展老旧小区改造试点工作。现将有关事项通知如下。\n")
    assert _proposed_in(nlp, tmp_path, text) == {("老旧小区改造试点", "株洲市人民政府办公室")}
    text = "甘肃省农业农村厅关于开展高素质农民培育试点的通知\n各市州农业农村局：\n经省人民政府批准，决定在全省组织开展高素质农民培育试点。\n"
    assert _proposed_in(nlp, tmp_path, text) == {("高素质农民培育试点", "甘肃省农业农村厅")}
    text = ("遵义市人民政府关于开展农村供水保障试点的通知\n各县（市、区）人民政府：\n"
            "经省水利厅同意，决定在全市开展农村供水保障试点。\n")
    assert _proposed_in(nlp, tmp_path, text) == {("农村供水保障试点", "遵义市人民政府")}


def test_a_decision_outside_a_notice_names_no_issuer(nlp, tmp_path):
    assert not _proposed_in(nlp, tmp_path, "市委召开常委会议\n会议指出，经市人民政府同意，决定在全市开展“清风护航”行动。\n")


def test_owners_in_a_relative_clause_leave_the_article_subject_carrying_the_program_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宜昌市持续推进生态保护。深入实施省委、省政府部署的长江岸线修复工程，全年修复岸线97公里。")
    assert ("长江岸线修复工程", "宜昌市") in found
    found = implemented(nlp, tmp_path, "遵义市加快产业转型。持续推进省委、省政府部署的“四化”工程，新增规上企业60家。")
    assert ("四化工程", "遵义市") in found
    found = implemented(nlp, tmp_path, "盐城市持续改善生态。全面落实省委、省政府部署的太湖治理专项行动，今年完成造林5万亩。")
    assert ("太湖治理专项行动", "盐城市") in found


def test_bodies_that_launch_the_program_themselves_are_its_actors(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宜昌市持续推进生态保护。省委、省政府部署实施长江岸线修复工程，全年修复岸线97公里。")
    assert not found


def test_resettlement_villages_and_local_governments_are_no_names(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "群众集中安置在泾河源镇和香水镇的移民新村。闽宁镇的移民村也在扩建。"})
    assert not {"移民新村", "移民村"} & labels(kb, "Place")
    kb = kb_of(nlp, tmp_path, {"b.txt": "县财政局要统筹中央衔接推进乡村振兴补助资金和地方政府专项债券。"})
    assert not any(o.endswith("地方政府") for o in labels(kb, "Organization"))
    kb = kb_of(nlp, tmp_path, {"c.txt": "原隆移民村位于永宁县闽宁镇。"})
    assert "原隆移民村" in labels(kb, "Place")  # a named resettlement village is a place
