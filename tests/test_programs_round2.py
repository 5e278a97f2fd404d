"""Programs in work points, notices of demonstration lists and campaign news (second round on fresh text):
quoted names side by side sharing an activity head (“一乡一特”“一村一景”示范创建), a designation named after its
level word with the place before it as its site (西昌市国家现代农业产业园创建, 现代 read as an adjective), a verb
of carrying out inside a pilot's name after a whole-scope word (整县推进试点), and no
program in an anaphor (这一专项行动) or in what something is or is treated as (是一项民生工程, 作为“一号工程”)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of, labels


def test_quoted_names_sharing_an_activity_head_are_two_programs(nlp, tmp_path):
    text = "百色市扎实开展“一乡一特”“一村一景”示范创建，凌云县启动“清洁家园”“美丽菜园”创建。"
    programs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")
    assert {"一乡一特示范创建", "一村一景示范创建", "清洁家园创建", "美丽菜园创建"} <= {p.replace("“", "").replace("”", "") for p in programs}
    assert not {"一乡一特", "清洁家园"} & programs


def test_quoted_names_side_by_side_without_a_verb_that_carries_them_out_share_nothing(nlp):
    labels_ = ents(nlp, "群众称赞“一乡一特”“一村一景”示范效果明显。")
    assert not any(label == "Program" for label in labels_.values())


def test_a_designation_opened_by_a_level_word_after_a_place(nlp):
    labels_ = ents(nlp, "临洮县要加快推进定西市国家现代农业产业园创建，渭源县抓好省级现代农业产业园建设。")
    assert labels_.get("国家现代农业产业园创建") == "Program"
    assert labels_.get("省级现代农业产业园建设") == "Program"
    assert labels_.get("定西市") == "Place"


def test_a_pilot_advanced_over_a_whole_county_keeps_its_verb(nlp):
    labels_ = ents(nlp, "吉安市支持泰和县开展高标准农田建设整县推进试点，永丰县推进宅基地制度改革整村推进试点。")
    assert labels_.get("高标准农田建设整县推进试点") == "Program"
    assert labels_.get("宅基地制度改革整村推进试点") == "Program"


def test_an_anaphor_with_a_program_head_is_no_program(nlp):
    labels_ = ents(nlp, "巴中市召开动员会，标志着这一专项行动在全市启动，该项改革试点同步推开。")
    assert not any(label == "Program" for label in labels_.values())


def test_what_work_is_or_is_treated_as_is_no_program(nlp):
    text = "大同市委书记指出，农村供水保障是一项重大民生工程，各县区要把“百日攻坚”作为“一把手”工程，把招商引资作为全市“一号工程”。"
    labels_ = ents(nlp, text)
    assert not any(label == "Program" for label in labels_.values())


def test_a_program_after_a_verb_in_the_same_sentence_as_a_characterization_stays(nlp):
    labels_ = ents(nlp, "张掖市把乡村振兴作为总抓手，深入实施高标准农田建设三年行动。")
    assert labels_.get("高标准农田建设三年行动") == "Program"


def test_a_quoted_model_with_an_adverb_split_off_its_verb(nlp):
    labels_ = ents(nlp, "会宁县探索“合作社+电商”直销模式，环县推广“草畜配套”循环种养模式。")
    assert labels_.get("“合作社+电商”直销模式") == "Program"
    assert labels_.get("“草畜配套”循环种养模式") == "Program"


def test_a_quoted_model_a_place_works_by_is_a_program(nlp):
    labels_ = ents(nlp, "兴国县以“党支部+合作社+脱贫户”模式带动脐橙产业发展。")
    assert labels_.get("“党支部+合作社+脱贫户”模式") == "Program"


def test_relocation_out_of_poverty_after_a_verb_that_carries_it_out(nlp):
    labels_ = ents(nlp, "黔西县全面完成易地扶贫搬迁，建成易地扶贫搬迁安置点8个。")
    assert labels_.get("易地扶贫搬迁") == "Program"
    assert "易地扶贫搬迁安置点" not in labels_
    assert ents(nlp, "易地扶贫搬迁群众住进新房。").get("易地扶贫搬迁") is None


def test_a_fishing_ban_quoted_after_its_river_or_kept_up(nlp):
    labels_ = ents(nlp, "宜昌市全面落实长江“十年禁渔”，枝江市要巩固长江十年禁渔成果。")
    assert labels_.get("长江“十年禁渔”") == "Program"
    assert labels_.get("长江十年禁渔") == "Program"


def test_a_quoted_short_name_deployed_by_bodies_is_a_program_they_proposed(nlp, tmp_path):
    text = ("巴中市启动城乡环境“净美攻坚”专项行动（以下简称“净美攻坚”）。"
            "“净美攻坚”由市委、市政府统一部署，恩阳区率先完成任务。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    bodies = {org for name, org in facts(kb, "proposedBy") if "净美攻坚" in name}
    assert bodies == {"中共巴中市委", "巴中市人民政府"}


def test_a_quoted_word_opening_a_clause_of_another_verb_is_no_program(nlp):
    labels_ = ents(nlp, "“一把手”由群众选举产生，“领头雁”由镇党委推荐。")
    assert "Program" not in labels_.values() and labels_.get("镇党委") == "Organization"


def test_bodies_that_decide_to_put_places_on_a_schemes_list_propose_it(nlp, tmp_path):
    text = "庆阳市农业农村局、市财政局决定将西峰区、庆城县列入第三批市级“一村一品”示范创建名单。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {org for _, org in facts(kb, "proposedBy")} == {"庆阳市农业农村局", "庆阳市财政局"}


def test_bodies_that_issue_a_document_and_then_designate_sites_propose_the_program(nlp, tmp_path):
    text = "近日，黔南州农业农村局、州财政局联合印发《黔南州数字乡村建设试点实施方案》，确定都匀市、福泉市为首批州级数字乡村试点县（市）。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {name for name, _ in facts(kb, "proposedBy")} == {"州级数字乡村试点"}
    assert len(facts(kb, "proposedBy")) == 2


def test_a_document_issued_without_a_designation_after_it_proposes_nothing(nlp, tmp_path):
    text = "黔南州农业农村局印发《黔南州数字乡村建设试点实施方案》，都匀市、福泉市开展州级数字乡村试点。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not facts(kb, "proposedBy")


def test_a_program_called_later_by_its_quoted_core_is_one_program(nlp, tmp_path):
    text = ("巴中市启动城乡环境“净美攻坚”专项行动，这一专项行动为期三个月。"
            "“净美攻坚”由市委、市政府统一部署。平昌县启动“清洁家园”创建。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"城乡环境“净美攻坚”专项行动", "清洁家园创建"} <= labels(kb, "Program")
    assert "净美攻坚" not in labels(kb, "Program")
    assert {name for name, _ in facts(kb, "proposedBy")} == {"城乡环境“净美攻坚”专项行动"}


def test_only_a_demonstrative_split_off_a_phrase_drops_its_rest(nlp):
    labels_ = ents(nlp, "固原市健全市场化经营机制改革，这一专项行动持续推进。")
    assert labels_ == {"固原市": "Place"}  # neither 场化经营机制改革 nor 一专项行动


def test_fields_of_work_and_lists_of_projects_are_no_programs(nlp):
    assert "Program" not in ents(nlp, "该项目纳入全省重点项目建设名单。").values()
    assert "Program" not in ents(nlp, "党风廉政建设由县纪委统一部署。").values()
    assert ents(nlp, "边境小康村建设由自治区党委、自治区人民政府部署实施。").get("边境小康村建设") == "Program"


def test_putting_a_place_on_a_pilots_list_is_no_characterisation(nlp):
    assert ents(nlp, "甘肃省农业农村厅把临泽县列为全省数字农业试点县。").get("数字农业试点") == "Program"
