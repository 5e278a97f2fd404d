"""Round 24 (o): programs named in passing in ordinary government news (texts of other provinces than the dev
set's passages): a project or work that is the object of a relative clause of a launching verb (X县承担的…项目,
省委部署的…建设, 镇里推进的…项目), and a quoted name whose field holds a word the model split in two (“8·8”地震
灾后恢复重建项目: 灾 后); and a court's or procuratorate's own committee listed after a post in it (X法院副院长、审判
委员会委员), whose member the appointee is."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_a_project_that_a_county_undertakes_in_a_relative_clause_is_a_program_carried_out_there(nlp, tmp_path):
    text = "平利县承担的秦巴山区生态保护修复项目通过省级验收。"
    assert "秦巴山区生态保护修复项目" in programs(nlp, text)
    assert ("秦巴山区生态保护修复项目", "平利县") in implemented(nlp, tmp_path, text)


def test_a_work_that_a_provincial_committee_deployed_in_a_relative_clause_is_a_program(nlp):
    assert "乡村振兴示范片区建设" in programs(nlp, "省委部署的乡村振兴示范片区建设在我县全面铺开。")


def test_projects_that_a_town_or_county_pushes_in_a_relative_clause_are_programs(nlp):
    assert "集镇污水管网改造项目" in programs(nlp, "镇里推进的集镇污水管网改造项目已于6月完工。")
    assert "农村供水保障提升项目" in programs(nlp, "县里实施的农村供水保障提升项目惠及3万群众。")


def test_a_relative_clause_before_a_kind_of_key_projects_names_no_program(nlp):
    assert not programs(nlp, "我们全力打造的重点项目建设进展顺利。")


def test_a_quoted_date_of_a_disaster_opens_the_reconstruction_project_across_a_split_locative(nlp):
    assert "“8·8”地震灾后恢复重建项目" in programs(nlp, "九寨沟县全面完成“8·8”地震灾后恢复重建项目。")
    assert "“7·20”暴雨灾后恢复重建工程" in programs(nlp, "荥阳市加快实施“7·20”暴雨灾后恢复重建工程。")
    assert "“9·5”地震灾后恢复重建项目" in programs(nlp, "泸定县要加快推进“9·5”地震灾后恢复重建项目。")


def test_a_locative_that_is_no_half_of_a_word_still_ends_the_quoted_lead(nlp):
    found = programs(nlp, "县里推广“千万工程”经验后，启动农村人居环境整治提升行动。")
    assert not any(name.startswith("“千万工程”经验") for name in found)


def members(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "memberOf")


def held(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "holds")


def test_the_adjudication_committee_listed_after_a_court_post_is_that_courts(nlp, tmp_path):
    text = "人事任免\n会议决定任命刘芳为株洲市中级人民法院副院长、审判委员会委员。"
    assert ("刘芳", "株洲市中级人民法院审判委员会") in members(nlp, tmp_path, text)
    assert ("刘芳", "刘芳 副院长") in held(nlp, tmp_path, text)


def test_the_procuratorial_committee_listed_after_a_procuratorate_post_is_that_procuratorates(nlp, tmp_path):
    text = "人事任免\n任命陈刚为遵义市人民检察院副检察长、检察委员会委员。"
    assert ("陈刚", "遵义市人民检察院检察委员会") in members(nlp, tmp_path, text)
    assert ("陈刚", "陈刚 副检察长") in held(nlp, tmp_path, text)


def test_a_county_court_judge_joins_its_adjudication_committee(nlp, tmp_path):
    text = "人事任免\n任命王海为桂林市临桂区人民法院审判员、审判委员会委员。"
    assert any(person == "王海" and body.endswith("临桂区人民法院审判委员会") for person, body in members(nlp, tmp_path, text))


def test_a_court_post_alone_names_no_committee(nlp, tmp_path):
    text = "人事任免\n任命刘芳为株洲市中级人民法院副院长，任命陈刚为遵义市人民检察院副检察长。"
    assert not members(nlp, tmp_path, text)
