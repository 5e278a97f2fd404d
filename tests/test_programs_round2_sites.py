"""Sites of programs on fresh text, second round (texts of other provinces than the dev set's passages): short
forms listed with a count and a level word (民乐、山丹、高台三县; 东城、化稍营两镇), each a place of that level;
a ministry as the agent of a passive (又被农业农村部列入…) leaves the article's subject carrying on and launched
the program; towns listed as a first batch of 示范乡镇 show the pilot named just before; a county government's
work summary names its county in its title and calls its clauses with no subject its own; the count of a list
cut short (等6个县（市）) before 为; and the lines of an annex that list a program's sites under their cities
(附件：…试点县名单 / 济宁市：A县、B市); 我们将…，继续实施X (继续 an adverb before a launching verb)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


def test_each_short_form_of_a_counted_list_of_counties_is_a_county_and_a_site(nlp, tmp_path):
    text = "张掖市农业农村局介绍，民乐、山丹、高台三县纳入全省数字乡村试点。"
    assert {"民乐", "山丹", "高台"} <= {name for name, label in ents(nlp, text).items() if label == "Place"}
    found = implemented(nlp, tmp_path, text)
    assert {("数字乡村试点", county) for county in ("民乐县", "山丹县", "高台县")} <= found


def test_each_short_form_of_a_counted_list_of_towns_is_a_town(nlp, tmp_path):
    text = "阳原县东城、化稍营两镇要加快推进小流域综合治理项目。"
    found = implemented(nlp, tmp_path, text)
    assert {("小流域综合治理项目", "东城镇"), ("小流域综合治理项目", "化稍营镇")} <= found


def test_a_list_with_a_word_the_gazetteer_does_not_know_is_no_list_of_places(nlp, tmp_path):
    assert "Place" not in ents(nlp, "今年，稻鱼、虾蟹两区共带动农户增收。").values()


def test_a_ministry_as_agent_of_a_passive_leaves_the_subject_carrying_on(nlp, tmp_path):
    text = ("元阳县位于红河州南部，是哈尼梯田的核心区。2021年，该县入选全省首批数字乡村试点。"
            "2022年，又被农业农村部列入全国农村宅基地制度改革试点名单，新街镇、南沙镇列为首批示范乡镇。")
    found = implemented(nlp, tmp_path, text)
    assert {("农村宅基地制度改革试点", place) for place in ("元阳县", "新街镇", "南沙镇")} <= found
    assert ("数字乡村试点", "新街镇") not in found


def test_a_batch_of_demonstration_towns_shows_only_a_pilot_of_its_own_sentence(nlp, tmp_path):
    text = "泗水县实施“四好农村路”提升工程。泉林镇、星村镇列为首批示范乡镇。"
    found = implemented(nlp, tmp_path, text)
    assert not {place for _, place in found} & {"泉林镇", "星村镇"}


def test_a_county_work_summary_calls_its_subjectless_clauses_its_own(nlp, tmp_path):
    text = ("阳原县人民政府2023年上半年工作总结\n"
            "一、农业基础持续巩固。深入实施高标准农田建设工程，新建高标准农田3万亩。化稍营镇、揣骨疃镇开展农村改厕试点。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    found = facts(kb, "implementedIn")
    assert ("高标准农田建设工程", "阳原县") in found
    assert ("农村改厕试点", "化稍营镇") in found
    mentioned = {kb.entities[key].label for counts in kb.mentions.values() for key in counts}
    assert "阳原县" in mentioned  # the title names the county inside the government's name


def test_the_count_of_a_list_cut_short_stands_between_the_places_and_wei(nlp, tmp_path):
    text = "山东省农业农村厅确定泗水县、曲阜市等6个县（市）为第三批省级农业社会化服务试点县（名单附后）。"
    found = implemented(nlp, tmp_path, text)
    assert {("省级农业社会化服务试点", "泗水县"), ("省级农业社会化服务试点", "曲阜市")} <= found


def test_a_body_that_a_place_is_put_on_a_list_by_launched_the_program(nlp, tmp_path):
    text = "2022年，元阳县又被农业农村部列入全国农村宅基地制度改革试点名单。"
    assert ("农村宅基地制度改革试点", "农业农村部") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")


def test_the_lines_of_an_annex_list_are_sites_of_the_program_its_heading_names(nlp, tmp_path):
    text = ("经研究，确定泗水县、曲阜市等5个县（市）为第三批省级农业社会化服务试点县（名单附后）。\n"
            "附件：第三批省级农业社会化服务试点县名单\n济宁市：泗水县、曲阜市、邹城市\n临沂市：沂南县、平邑县\n")
    found = implemented(nlp, tmp_path, text)
    assert {("省级农业社会化服务试点", county) for county in ("邹城市", "沂南县", "平邑县")} <= found
    assert ("省级农业社会化服务试点", "济宁市") not in found


def test_a_line_of_places_after_a_colon_without_an_annex_heading_names_no_sites(nlp, tmp_path):
    text = "济宁市推进农业社会化服务试点。\n济宁市：泗水县、曲阜市、邹城市\n"
    found = implemented(nlp, tmp_path, text)
    assert not {place for _, place in found} & {"泗水县", "曲阜市", "邹城市"}


def test_we_who_continue_a_program_carry_it_out(nlp, tmp_path):
    text = ("子长市人民政府工作报告\n过去一年，子长市粮食总产稳中有增，安定镇、涧峪岔镇新建淤地坝12座。\n"
            "今年，我们将紧盯全年目标任务，继续实施黄土高原淤地坝提升工程，完成治理面积5万亩。")
    assert ("黄土高原淤地坝提升工程", "子长市") in implemented(nlp, tmp_path, text)


def test_only_a_title_line_that_opens_with_a_government_names_a_reports_place():
    from kg.gazetteer import load_gazetteer
    from kg.names import report_division

    gazetteer = load_gazetteer()
    assert report_division("黑龙江省牡丹江市人民政府工作报告（2022年）", gazetteer)[0].name == "牡丹江市"
    assert report_division("宁城县人民政府2024年上半年工作总结", gazetteer)[1] == "县"
    assert report_division("会议审议了市人民政府工作报告", gazetteer) is None
    # a chain of places before the government's own; but a short form the gazetteer does not hold (威宁县 for
    # 威宁彝族回族苗族自治县) names no county that merely ends it (宁县)
    assert report_division("广西壮族自治区南宁市隆安县人民政府工作报告", gazetteer)[0].name == "隆安县"
    assert report_division("威宁县人民政府工作报告", gazetteer) is None


def test_a_level_word_that_starts_another_word_ends_no_counted_list(nlp):
    assert "Place" not in ents(nlp, "城关、新华等镇级干部参加培训。").values()
    assert {k for k, v in ents(nlp, "民乐、山丹、高台三县开展试点。").items() if v == "Place"} >= {"民乐", "山丹", "高台"}
