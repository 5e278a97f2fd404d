"""Round 19 (x): a verb that makes an anaphor spread (推动该工程在A、B全面铺开, 推动工程在A、B、C三县和D区全面铺开),
a counted list of short names with 和 inside a name (东源、和平、龙川五县; 焉耆、和静、和硕三县), a body's yearly work
plan (监督工作计划) and a place's bare demonstration project (铜山区示范工程经验) that are no programs."""
from __future__ import annotations

from test_nlp import ents
from test_programs_elided import implemented


def test_a_verb_that_makes_an_anaphor_spread_sites_the_program_it_means(nlp, tmp_path):
    text = "2023年，梅州市深入落实省委部署的“百县千镇万村高质量发展工程”，推动该工程在梅县区、平远县和蕉岭县全面铺开。"
    assert {("百县千镇万村高质量发展工程", p) for p in ("梅县区", "平远县", "蕉岭县")} <= implemented(nlp, tmp_path, text)
    text = "省委、省政府部署开展“最多跑一次”改革，推进这项改革在湖州市、衢州市率先落地。"
    assert {("最多跑一次改革", "湖州市"), ("最多跑一次改革", "衢州市")} <= implemented(nlp, tmp_path, text)
    text = "2022年，渭南市全面落实省委部署的“三个年”活动和秦岭生态保护工程，推动工程在华阴市、潼关县全面铺开。"
    assert {("秦岭生态保护工程", "华阴市"), ("秦岭生态保护工程", "潼关县")} <= implemented(nlp, tmp_path, text)


def test_a_bare_head_after_the_verb_with_a_counted_list_and_one_more_place(nlp, tmp_path):
    text = "2023年，梅州市落实省委部署的“百县千镇万村高质量发展工程”，推动工程在平远、蕉岭、大埔三县和梅县区全面铺开。"
    found = implemented(nlp, tmp_path, text)
    assert {("百县千镇万村高质量发展工程", p) for p in ("平远县", "蕉岭县", "大埔县", "梅县区")} <= found


def test_no_anaphor_without_a_spreading_verb_or_a_head_before_zai(nlp, tmp_path):
    text = "2023年，赣州市实施“产业振兴”工程，推动工作在瑞金市、于都县全面铺开。"
    found = implemented(nlp, tmp_path, text)
    assert ("产业振兴工程", "瑞金市") not in found


def test_he_inside_a_short_name_of_a_counted_list_joins_nothing(nlp):
    assert {"东源", "和平", "龙川"} <= set(ents(nlp, "推动工程在东源、和平、龙川三县全面铺开。"))
    assert {"焉耆", "和静", "和硕"} <= set(ents(nlp, "巴州在焉耆、和静、和硕三县推广庭院经济。"))
    assert {"和顺", "左权"} <= set(ents(nlp, "晋中市推动和顺、左权两县开展试点。"))
    assert {"宁安", "海林", "穆棱"} <= set(ents(nlp, "宁安、海林和穆棱三市纳入试点。"))


def test_a_bodys_work_plan_for_a_year_is_no_program(nlp):
    for text in ("根据市人大常委会2024年度监督工作计划，检查组开展检查。",
                 "按照省政府2023年立法工作计划，省司法厅起草了条例草案。",
                 "根据区人大常委会年度监督工作计划，开展专题调研。"):
        assert "Program" not in ents(nlp, text).values(), text
    assert "Program" in ents(nlp, "省人社厅实施“技能中国”培训计划。").values()


def test_a_places_bare_demonstration_project_is_no_program(nlp):
    for text in ("检查组建议，市政府要在全市推广铜山区示范工程经验。",
                 "会议要求学习借鉴余杭区示范项目经验。",
                 "各地要总结推广长丰县重点工程做法。"):
        assert "Program" not in ents(nlp, text).values(), text
    assert "Program" in ents(nlp, "今年实施农村人居环境整治示范工程。").values()


def posts_in(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    """(person, body) for each post held in a body."""
    from test_resolve import kb_of

    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    holder = {o: kb.entities[s].label for (s, p, o) in kb.facts if p == "holds"}
    return {(holder[s], kb.entities[o].label) for (s, p, o) in kb.facts if p == "postIn" and s in holder}


def test_a_title_after_a_bare_committee_word_is_an_office_of_the_committee_named_before(nlp, tmp_path):
    text = "贵州省人大常委会组成执法检查组，由常委会副主任杨光明任组长，赴遵义市开展检查。"
    assert ("杨光明", "贵州省人民代表大会常务委员会") in posts_in(nlp, tmp_path, text)
    text = "河北省人大常委会召开座谈会，常委会副主任赵志刚出席并讲话。"
    assert ("赵志刚", "河北省人民代表大会常务委员会") in posts_in(nlp, tmp_path, text)
    text = "宁夏回族自治区人大常委会组成调研组，常委会副主任马金花带队赴吴忠市调研。"
    assert ("马金花", "宁夏回族自治区人民代表大会常务委员会") in posts_in(nlp, tmp_path, text)


def test_no_office_after_a_bare_committee_word_without_a_committee_named_before(nlp, tmp_path):
    assert posts_in(nlp, tmp_path, "会议由常委会副主任刘建华主持，赴遵义市开展检查。") == set()


def located(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    from test_extract_documents import facts
    from test_resolve import kb_of

    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "locatedIn")


def test_a_town_whose_name_two_counties_of_the_article_share_lies_in_the_sentences_county(nlp, tmp_path):
    text = "仪陇县、大竹县入选全省试点，仪陇县在全县推广。大竹县在文星镇推行“稻渔共生”模式。"
    assert ("文星镇", "大竹县") in located(nlp, tmp_path, text)
    text = "武功县、蒲城县入选全省试点，武功县在全县推广。今年，蒲城县在苏坊镇开展农村集体经济“清零”行动。"
    assert ("苏坊镇", "蒲城县") in located(nlp, tmp_path, text)
    text = "永春县、上杭县入选全省试点，永春县在全县推广。上杭县在湖洋镇推广“林下经济+”模式。"
    assert ("湖洋镇", "上杭县") in located(nlp, tmp_path, text)


def test_without_a_county_in_its_sentence_the_shared_town_name_stays_unplaced(nlp, tmp_path):
    text = "仪陇县、大竹县入选全省试点。今年在文星镇推行“稻渔共生”模式。"
    assert not {p for p in located(nlp, tmp_path, text) if p[0] == "文星镇"}


def test_founding_or_fostering_model_places_of_a_kind_is_a_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "市委、市政府在五华县、兴宁市开展首批典型县创建。")
    assert {("典型县创建", "五华县"), ("典型县创建", "兴宁市")} <= found
    found = implemented(nlp, tmp_path, "今年，武隆区在仙女山街道、白马镇开展乡村旅游重点村培育工作。")
    assert {("乡村旅游重点村培育", "仙女山街道"), ("乡村旅游重点村培育", "白马镇")} <= found
    assert "省级特色小镇培育" in ents(nlp, "岳阳市在平江县开展省级特色小镇培育。")
    assert "典型村创建" in ents(nlp, "首批在兰考县东坝头镇张庄村等20个村开展典型村创建。")


def test_founding_places_of_a_kind_with_no_ranking_word_is_ordinary_work(nlp):
    assert "Program" not in ents(nlp, "各村开展文明家庭创建，推进重点村建设。").values()
