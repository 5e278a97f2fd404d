"""Round 17 (t): a decision with an adverb of sequence before its verb (省人民政府同时决定，在A开展P); a document's
issuers launch the programs of a row of clauses after it (出台《…》，在A开展P，在B推行Q); a division inside the field
of a quoted numbered program (绿美广东生态建设“六大行动”); the East–West cooperation named by two provinces'
one-character names (闽宁协作) and opening a longer program's name (东西部协作产业转移试点).
Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def programs(nlp, tmp_path, text: str) -> set[str]:
    return {p.replace("“", "").replace("”", "") for p in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")}


def test_a_decision_with_an_adverb_of_sequence_launches_the_programs_after_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "省人民政府同时决定，2023年在宁乡市、浏阳市开展县域商业体系建设试点。")
    assert ("县域商业体系建设试点", "湖南省人民政府") in found or any(p == "县域商业体系建设试点" for p, _ in found)
    found = proposed(nlp, tmp_path, "州委、州政府还决定，在凯里市、丹寨县实施“苗绣振兴”工程。")
    assert {p for p, _ in found} == {"苗绣振兴工程"} and len(found) == 2
    found = proposed(nlp, tmp_path, "市政府随后决定，在兰陵县、沂水县开展农村供水保障试点。")
    assert {p for p, _ in found} == {"农村供水保障试点"}


def test_an_adverb_before_a_verb_that_decides_nothing_names_no_launcher(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "市委书记同时提出，要在全市深入实施乡村振兴战略。")
    assert not any(p == "乡村振兴战略" for p, _ in found)


def test_issuers_of_a_document_launch_each_program_of_a_row_of_launch_clauses(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "县委、县政府印发《关于推进乡村振兴的实施意见》，在永兴镇开展“茶旅融合”示范创建，在湄江街道推行“数字乡村”改革试点。")
    assert {p for p, _ in found} >= {"茶旅融合示范创建", "数字乡村改革试点"} and len(found) == 4
    found = proposed(nlp, tmp_path, "市委、市政府出台《关于加快县域经济发展的意见》，在富川瑶族自治县开展产业升级行动，在钟山县推行“强县扩权”改革试点。")
    assert {p for p, _ in found} == {"产业升级行动", "强县扩权改革试点"}
    found = proposed(nlp, tmp_path, "州委、州政府印发《实施方案》，在瓮安县、福泉市开展磷化工转型示范，在荔波县实施“生态旅游”提质工程。")
    assert ("生态旅游提质工程" in {p for p, _ in found})


def test_a_department_guidance_before_a_row_of_clauses_launches_nothing(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "市农业农村局发布《指导意见》，在全市开展农技推广，在萧山区推行“稻渔共生”试点。")
    assert not any(p == "稻渔共生试点" for p, _ in found)


def test_a_division_inside_the_field_of_a_quoted_numbered_program_is_part_of_its_name(nlp, tmp_path):
    assert "绿美广东生态建设六大行动" in programs(nlp, tmp_path, "韶关市深入实施绿美广东生态建设“六大行动”。")
    found = implemented(nlp, tmp_path, "省林业局部署的绿美广东生态建设“六大行动”在乐昌市率先落地。")
    assert ("绿美广东生态建设六大行动", "乐昌市") in found
    assert "美丽四川建设五大工程" in programs(nlp, tmp_path, "绵阳市全面启动美丽四川建设“五大工程”。")


def test_a_division_right_before_a_quoted_program_says_whose_it_is(nlp, tmp_path):
    assert "百县千镇万村高质量发展工程" in programs(nlp, tmp_path, "清远市认真落实广东省“百县千镇万村高质量发展工程”。")


def test_two_provinces_one_character_names_pair_the_east_west_cooperation(nlp, tmp_path):
    assert ("沪滇协作", "昭通市") in implemented(nlp, tmp_path, "昭通市持续深化沪滇协作。")
    assert "粤桂协作" in programs(nlp, tmp_path, "百色市与深圳市共同推进粤桂协作。")
    assert "鲁甘协作" in programs(nlp, tmp_path, "定西市扎实开展鲁甘协作。")


def test_a_program_opened_by_the_cooperation_is_named_whole(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "今年在彝良县、镇雄县率先开展东西部协作产业转移试点。")
    assert {("东西部协作产业转移试点", "彝良县"), ("东西部协作产业转移试点", "镇雄县")} <= found
    found = programs(nlp, tmp_path, "遵义市在正安县开展沪黔协作乡村振兴示范村创建。")
    assert "沪黔协作乡村振兴示范村创建" in found and "沪黔协作" not in found
    assert "东西部协作消费帮扶行动" in programs(nlp, tmp_path, "在天水市实施东西部协作消费帮扶行动。")


def test_a_province_name_before_cooperation_is_no_pair(nlp, tmp_path):
    assert not any("协作" in p for p in programs(nlp, tmp_path, "辽宁协作单位参加了会议。"))
