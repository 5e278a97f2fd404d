"""Round 26 (c): a place whose clause only says whose deployment it follows is still the subject of the next
clause (A镇按照B市部署，实施P); a town's body named by 镇/乡 alone is the latest town's (镇党委 after X镇); the
building of a hospital's or school's campus and urbanisation as a field are no programs (texts of other provinces
than the dev set's passages)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of, labels


def test_a_place_that_follows_a_deployment_carries_out_the_next_clauses_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "2021年以来，桐乡市根据嘉兴市统一部署，全面推行“网格连心”服务模式。")
    assert ("网格连心服务模式", "桐乡市") in found
    assert ("网格连心服务模式", "嘉兴市") not in found
    found = implemented(nlp, tmp_path, "今年，泾川县按照平凉市部署要求，深入实施农村人居环境整治提升五年行动。")
    assert ("农村人居环境整治提升五年行动", "泾川县") in found
    found = implemented(nlp, tmp_path, "去年以来，茅坪镇遵照秭归县安排，实施柑橘产业提质增效工程，带动农户增收。")
    assert ("柑橘产业提质增效工程", "茅坪镇") in found


def test_a_deployment_clause_that_goes_on_to_its_own_verb_gives_no_subject(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "今年，泾川县按照平凉市部署召开会议，研究高标准农田建设。")
    assert not {pair for pair in found if pair[1] == "泾川县"}


def test_a_towns_body_named_by_its_level_word_alone_is_the_latest_towns(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "秭归县茅坪镇位于三峡坝区。镇党委把全镇划分为36个网格，推行“红色物业”服务模式。"})
    assert "中共茅坪镇委员会" in labels(kb, "Organization")
    assert ("红色物业服务模式", "中共茅坪镇委员会") in facts(kb, "proposedBy")
    kb = kb_of(nlp, tmp_path, {"b.txt": "走进宁都县黄陂镇，脐橙挂满枝头。镇党委书记李明介绍，镇里种植脐橙两万亩。"})
    assert "中共黄陂镇委员会" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"c.txt": "记者来到云龙县诺邓镇。乡党委、镇政府联合开展环境整治，镇政府组织干部入户。"})
    assert "诺邓镇人民政府" in labels(kb, "Organization")


def test_a_towns_body_with_no_town_named_before_is_no_body(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "镇党委把全镇划分为36个网格，推行“红色物业”服务模式。"})
    assert not {label for label in labels(kb, "Organization") if label.endswith(("镇党委", "镇委员会")) and label != "镇党委"}


def test_a_hospitals_or_schools_new_campus_and_urbanisation_are_no_programs(nlp):
    for text in ("加快宁都县人民医院新院区建设。", "推进肥乡区中医院门诊楼建设。", "加快县第一中学新校区建设。",
                 "（三）加快新型城镇化建设。"):
        assert "Program" not in ents(nlp, text).values(), text
    assert ents(nlp, "加快宁都县人民医院新院区建设。").get("宁都县人民医院") == "Organization"


def test_a_named_building_work_is_still_a_program(nlp):
    found = ents(nlp, "推进紧密型县域医共体建设，加快推进高原美丽乡村建设。")
    assert found.get("紧密型县域医共体建设") == "Program"
    assert found.get("高原美丽乡村建设") == "Program"


def test_a_long_towns_name_whose_suffix_the_model_glued_to_the_next_word_is_the_town(nlp):
    assert ents(nlp, "在二棚甸子镇山参交易市场，书记与参农交谈。").get("二棚甸子镇") == "Place"
    assert ents(nlp, "调研组来到大石桥镇山区村，察看水毁道路修复。").get("大石桥镇") == "Place"
    assert ents(nlp, "走进马鞍山镇山谷，茶园连片。").get("马鞍山镇") == "Place"
    assert "甸子镇山" not in ents(nlp, "在二棚甸子镇山参交易市场，书记与参农交谈。")


def test_a_short_town_name_inside_a_longer_word_is_no_town(nlp):
    assert "Place" not in ents(nlp, "全力创建乡村振兴示范镇。").values()


def test_a_county_body_by_its_level_word_is_the_county_of_the_sentences_towns(nlp, tmp_path):
    cases = [("洪雅县", "丹棱县", "杨场镇、张场镇", "营商环境建设局"),
             ("勉县", "略阳县", "接官亭镇、白水江镇", "林业局"),
             ("青龙满族自治县", "宽甸满族自治县", "石湖沟乡", "营商环境建设局")]
    for k, (first, second, towns, bureau) in enumerate(cases):
        text = (f"市委书记王强深入{first}、{second}调研。在{first}，王强来到企业。{first}县委书记李军参加调研。"
                f"在{second}，王强察看了项目。据介绍，该县在{towns}试点推行“企业管家”制度，由县{bureau}统筹。")
        found = labels(kb_of(nlp, tmp_path, {f"{k}.txt": text}), "Organization")
        assert second + bureau in found and first + bureau not in found, text


def test_towns_of_two_counties_leave_the_county_body_to_the_article(nlp, tmp_path):
    text = ("调研组走进洪雅县、丹棱县。在洪雅县，调研组察看了茶园。"
            "止戈镇、仁美镇推行“林长+警长”机制，由县林业局统筹。")
    assert "丹棱县林业局" not in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")


def test_a_place_the_subject_combines_its_work_with_is_no_other_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "婺源县把试点与江湾镇乡村旅游结合起来，打造“婺源乡居”服务品牌。")
    assert ("婺源乡居", "婺源县") in found and ("婺源乡居", "江湾镇") not in found
    found = implemented(nlp, tmp_path, "勐腊县将改革同勐仑镇热带雨林保护相融合，实施“雨林守护”行动。")
    assert ("雨林守护行动", "勐腊县") in found
    found = implemented(nlp, tmp_path, "安吉县把项目与天荒坪镇抽水蓄能工程衔接起来，推行“两山银行”模式。")
    assert ("两山银行模式", "安吉县") in found


def test_a_second_place_the_subject_only_signs_with_still_leaves_the_subject_unsure(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "婺源县与江湾镇签订协议，打造“婺源乡居”服务品牌。")
    assert ("婺源乡居", "婺源县") not in found
