"""implementedIn where the sentence leaves something out (texts of other provinces than the dev set's passages):
a second list of sites after a comma that shares the designating verb of the first (…，C镇、D镇为首批Y试点乡镇;
…，C镇、D镇作为首批试点乡镇先行先试), 在各乡镇 as a scope that leaves the clause's actor unnamed, 我们 in a
government work report whose title names its level, and a province named as the level of a scheme in a
clause whose actor is the article's subject (2021年，入选湖北省首批…试点); and a scheme named by a scope and a
site word with no batch (为全市X试点县) or by a level and a list with none (被列入全国X试点名单)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def implemented(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_a_second_list_of_sites_shares_the_designating_verb_of_the_first(nlp, tmp_path):
    text = "韶关市农业农村局确定始兴县、仁化县为全市数字乡村试点县，大桥镇、江尾镇为首批农村电商试点乡镇。"
    found = implemented(nlp, tmp_path, text)
    assert {("农村电商试点", "大桥镇"), ("农村电商试点", "江尾镇")} <= found
    assert ("数字乡村试点", "大桥镇") not in found


def test_towns_that_act_as_a_first_batch_of_pilot_towns_carry_out_the_pilot(nlp, tmp_path):
    text = "延安市林业局将黄龙县、宜君县列为全市林业碳汇试点县，石堡镇、哭泉镇作为首批试点乡镇先行先试。"
    found = implemented(nlp, tmp_path, text)
    assert {("林业碳汇试点", "石堡镇"), ("林业碳汇试点", "哭泉镇")} <= found


def test_a_scope_of_every_town_leaves_the_clause_to_the_articles_subject(nlp, tmp_path):
    text = "恭城瑶族自治县位于桂林市东部，盛产油茶。今年，全面推行林长制，在各乡镇推广“油茶+林下养殖”模式。"
    found = implemented(nlp, tmp_path, text)
    assert ("油茶+林下养殖模式", "恭城瑶族自治县") in found


def test_we_in_a_work_report_titled_with_its_level_is_that_place(nlp, tmp_path):
    text = ("百色市人民政府工作报告\n市长 韦志强\n过去一年，田阳区、平果市粮食生产稳中有增。\n"
            "2023年，我们将重点抓好以下工作：实施城市更新行动，改造老旧小区120个。")
    assert ("城市更新行动", "百色市") in implemented(nlp, tmp_path, text)


def test_a_province_between_a_verb_of_enrolment_and_a_batch_is_no_actor(nlp, tmp_path):
    text = "秭归县位于宜昌市西部，是脐橙之乡。2021年，入选湖北省首批数字乡村试点，建成益农信息社186个。"
    found = implemented(nlp, tmp_path, text)
    assert ("数字乡村试点", "秭归县") in found
    assert ("数字乡村试点", "湖北省") not in found


def test_a_scheme_named_by_a_scope_and_a_site_word_or_by_a_level_and_a_list(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "济宁市农业农村局确定泗水县、曲阜市为全市乡村治理数字化试点县。")
    assert {("乡村治理数字化试点", "泗水县"), ("乡村治理数字化试点", "曲阜市")} <= found
    found = implemented(nlp, tmp_path, "荔浦市、平乐县被列入全国林业改革发展综合试点名单。")
    assert {("林业改革发展综合试点", "荔浦市"), ("林业改革发展综合试点", "平乐县")} <= found
    assert "Program" not in ents(nlp, "全市经济运行平稳，为全省试点工作提供了经验。该镇被列入全省重点镇名单。").values()
