"""Fixes from the review of the fourteenth session's diff (round 22's rules): a headline's addressees are 各…,
not any clause that goes on; a proposed list (公示拟认定的…) and a list shown for objections name no scheme and
launch none; a place enters a list only when its entry verb ends the clause; parks of industry are places; a
quoted season's work is no program; a run-in heading opens its paragraph; a town inside the subject county tells
more of the county. Sentences of other provinces than the dev set's."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def labels_of(nlp, text: str, kind: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == kind}


def test_a_clause_that_goes_on_after_a_named_notice_is_no_headline(nlp):
    for text, body in (("各地要认真贯彻落实省政府关于加快推进农村人居环境整治的通知精神，切实做好以下工作：", "省政府"),
                       ("会议传达学习省委关于全面推进乡村振兴的决定精神，并提出如下要求：", "省委"),
                       ("全县上下要深入学习市委关于加强基层治理的意见，抓好以下工作：", "市委")):
        found = ents(nlp, text)
        assert not [name for name, label in found.items() if label == "Policy" and len(name) > 20], found
        assert found.get(body) == "Organization", found


def test_addressees_that_open_with_their_level_still_end_a_headline(nlp):
    text = "广西壮族自治区林业局关于开展油茶低产林改造工作的通知区直各有关单位："
    assert "广西壮族自治区林业局关于开展油茶低产林改造工作的通知" in labels_of(nlp, text, "Policy")


def test_a_proposed_list_names_no_scheme(nlp):
    for text in ("省农业农村厅公示拟认定的乡村振兴示范村名单，接受社会监督。",
                 "市文化广电旅游局公示拟推荐的乡村旅游重点村名单。",
                 "县林业局公示拟命名的森林乡村名单，公示期为7天。"):
        assert not labels_of(nlp, text, "Program"), text


def test_a_list_shown_for_objections_launches_nothing(nlp, tmp_path):
    text = "安徽省农业农村厅公示2024年国家农业产业强镇建设名单，歙县雄村镇入选。"
    assert not facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")


def test_a_place_enters_the_published_list_only_when_its_entry_ends_the_clause(nlp, tmp_path):
    texts = {"a.txt": "农业农村部公布2024年国家农业产业强镇建设名单，休宁县也入选全国休闲农业重点县。",
             "b.txt": "农业农村部公布2024年全国乡村治理示范村名单，宿州市入选数量居全省第一。",
             "c.txt": "农业农村部公布2024年国家农业产业强镇建设名单，祁门县成功入选。"}
    assert facts(kb_of(nlp, tmp_path, texts), "implementedIn") == {("国家农业产业强镇建设", "祁门县")}


def test_a_park_of_industry_is_no_scheme_an_agricultural_park_of_a_level_is(nlp):
    for text in ("作为省级高新技术产业园，该园区重点发展新材料产业。", "定远县盐化工园区获批省级精细化工产业园，入驻企业达到40家。",
                 "出台一系列措施支持蚌埠市为国家级创新型城市建设试验区，"):
        assert not labels_of(nlp, text, "Program"), text
    assert "国家现代农业产业园" in labels_of(nlp, "五河县入选国家现代农业产业园，", "Program")
    assert "省级特色农业产业园" in labels_of(nlp, "霍山县入选省级特色农业产业园。", "Program")


def test_a_quoted_seasons_work_in_progress_is_no_program(nlp):
    for text in ("今年，“三夏”在全县有序推进，小麦机收率达98%。", "“双抢”在全市全面推进。"):
        assert not labels_of(nlp, text, "Program"), text
    assert "农村“厕所革命”" in labels_of(nlp, "农村“厕所革命”由县农业农村局牵头，在城关镇、泥沟镇率先推进。", "Program")


def test_a_comment_inside_a_paragraph_is_no_run_in_heading(nlp, tmp_path):
    text = ("宿州市2024年乡村振兴工作综述\n宿州市全面推进乡村振兴。宿州市实施高标准农田建设工程。\n"
            "砀山县实施农村改厕工程。砀山县持续推进人居环境整治行动。\n"
            "灵璧县深化农村集体产权制度改革。群众反响良好。全面实施乡村建设行动。\n")
    assert ("乡村建设行动", "灵璧县") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_a_run_in_heading_opening_its_paragraph_still_ends_the_subject(nlp, tmp_path):
    text = ("宿州市2024年乡村振兴工作综述\n宿州市全面推进乡村振兴。宿州市实施高标准农田建设工程。\n"
            "砀山县实施农村改厕工程。砀山县持续推进人居环境整治行动。\n"
            "灵璧县深化农村集体产权制度改革。\n城市品质持续提升。全面实施城市更新行动。\n")
    assert ("城市更新行动", "灵璧县") not in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_a_town_of_the_subject_county_in_another_clause_keeps_the_county_on(nlp, tmp_path):
    cases = (("黄山市大力推进乡村振兴。休宁县聚焦茶产业发展，茶园面积持续扩大。歙县持续做强徽菜产业，雄村镇建成徽菜小镇。"
              "深入实施徽菜品牌提升工程。", ("徽菜品牌提升工程", "歙县")),
             ("宿州市全面推进乡村振兴。砀山县实施农村改厕工程。泗县推进农村改厕工程，大庄镇率先完成。深入实施村庄清洁行动。",
              ("村庄清洁行动", "泗县")))
    for i, (text, fact) in enumerate(cases):
        assert fact in facts(kb_of(nlp, tmp_path, {f"{i}.txt": text}), "implementedIn")


# --- the review of round 23's rules -----------------------------------------------------------------------------


def test_an_approval_before_the_notices_own_decision_launches_nothing(nlp, tmp_path):
    texts = {"a.txt": "经湖南省人民政府批准，现决定在全省开展城市更新试点工作。",
             "b.txt": "经广东省人民政府批准，特决定在全省开展老旧小区改造提升行动。",
             "c.txt": "经山东省人民政府批准，我们决定在全省开展县域商业体系建设试点。"}
    assert not facts(kb_of(nlp, tmp_path, texts), "proposedBy")


def test_a_body_that_approves_something_else_after_a_program_launched_nothing(nlp, tmp_path):
    texts = {"a.txt": "全面推进桂林市老旧小区改造提升行动，由桂林市财政局批准拨付配套资金1亿元。",
             "b.txt": "实施柳州市城市更新行动，由柳州市住房和城乡建设局批复各城区年度改造计划。"}
    assert not facts(kb_of(nlp, tmp_path, texts), "proposedBy")
    approved = "东兴市边民互市贸易试点由海关总署、商务部批复，在东兴镇、江平镇实施。"
    assert ("东兴市边民互市贸易试点", "海关总署") in facts(kb_of(nlp, tmp_path, {"c.txt": approved}), "proposedBy")


def test_a_quote_before_a_verb_that_drives_a_scheme_is_no_part_of_its_name(nlp):
    for text, name in (("我市坚持以“三变”改革推动农业现代化示范区建设。", "农业现代化示范区建设"),
                       ("我省坚持以“两山”理念引领推动生态文明示范区建设。", "生态文明示范区建设"),
                       ("全市以“两山”转化推动绿色发展示范区建设。", "绿色发展示范区建设")):
        assert name in labels_of(nlp, text, "Program"), text


def test_works_joined_to_a_scheme_that_needs_its_verb_leave_the_scheme_governed(nlp):
    for text, name in (("统筹推进集镇环境整治和乡村振兴示范创建。", "乡村振兴示范创建"),
                       ("甘南州统筹推进农村人居环境整治和美丽宜居村庄示范创建。", "美丽宜居村庄示范创建"),
                       ("扎实推进农村道路改造和森林乡村示范创建。", "森林乡村示范创建")):
        assert name in labels_of(nlp, text, "Program"), text


def test_full_lines_of_a_wrapped_paragraph_among_short_headings_are_no_titles(nlp, tmp_path):
    text = ("近年来，辽宁省深入实施乡村振兴战略，持续\n"
            "推进秸秆综合利用，全省秸秆综合利用率逐年\n"
            "提高，农业废弃物资源化利用水平明显提升，\n"
            "农村人居环境持续改善，为建设宜居宜业和美\n"
            "乡村提供了有力支撑。\n"
            "为进一步推动秸秆综合利用提质增效，经研究\n"
            "，决定在全省开展秸秆综合利用试点，现将有\n"
            "关事项通知如下，请各地结合实际认真贯彻落\n"
            "实，确保试点工作取得实效。\n"
            "一、保障措施\n"
            "（一）加强组织领导\n"
            "铁岭市要成立由市政府分管负责同志任组长的\n"
            "工作专班统筹推进秸秆综合利用重点县建设试\n"
            "点工作。\n"
            "（二）强化资金保障\n"
            "（三）严格考核评估\n"
            "（四）加强宣传引导\n"
            "二、其他事项\n"
            "（一）报送要求\n"
            "（二）联系方式\n")
    assert ("秸秆综合利用重点县建设试点", "铁岭市") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


# --- the seed's provincial article after round 22's subject resets ---------------------------------------------


def test_the_documents_province_goes_on_past_its_whole_and_run_in_headings(nlp, tmp_path):
    text = ("江西省委召开全省民生工作会议\n江西连续15年问需于民，持续健全为民办实事长效机制。\n"
            "2024年，全省高质量完成十方面民生实事项目，完成率达110%。\n"
            "幼有善育。\n深入推进医育结合托育指导体系建设，累计建成托育综合服务中心60余家。\n"
            "学有优教。\n深化城乡跨区域教育共同体改革，累计建成教育共同体2000个。\n"
            "赣州市推进赣南等原中央苏区振兴发展，南昌市实施城市更新行动。\n")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert {("城乡跨区域教育共同体改革", "江西省"), ("医育结合托育指导体系建设", "江西省")} <= found, found


def test_a_county_before_the_time_word_and_its_whole_still_ends_its_turn(nlp, tmp_path):
    text = "泰和县承担的全国农村综合性改革试点试验通过验收。2025年，我们将全面推行林长制。"
    assert ("林长制", "泰和县") not in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
