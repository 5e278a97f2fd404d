"""Round 23 (helper k): a five-year plan's period before a scheme's list (纳入“十四五”时期“无废城市”建设名单), the
designating verbs 命名为 and 批复为 (and 纳入/批复为 in the passive: 被生态环境部纳入…名单), and a kind of works
joined by 和 before a pilot (推进老旧小区改造和完整社区建设试点). Texts of other provinces than the dev set's."""
from __future__ import annotations

from test_nlp import ents
from test_programs_elided import implemented
from test_programs_sites_round14 import proposed


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_a_plan_period_before_a_schemes_list_is_no_part_of_its_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "威海市被生态环境部纳入“十四五”时期“无废城市”建设名单。")
    assert ("“无废城市”建设", "威海市") in found
    found = implemented(nlp, tmp_path, "晋中市被列入“十四五”期间全国北方地区清洁取暖试点名单。")
    assert ("北方地区清洁取暖试点", "晋中市") in found
    found = implemented(nlp, tmp_path, "遵义市汇川区入选“十五五”时期全省城市更新示范区建设名单。")
    assert any(site == "汇川区" and not plan.startswith("“十") for plan, site in found)


def test_a_plan_period_in_a_plans_own_name_stays(nlp):
    assert not any(name.startswith("全省") for name in programs(nlp, "全省“十四五”时期文化旅游发展规划已印发。"))


def test_a_body_that_names_or_approves_a_place_as_a_scheme_launched_it(nlp, tmp_path):
    text = "厉山镇被湖北省住房和城乡建设厅命名为全省美丽城镇建设示范镇。"
    assert ("美丽城镇建设示范", "厉山镇") in implemented(nlp, tmp_path, text)
    text = "柯城区被浙江省林业局命名为全省森林康养示范区。"
    assert ("森林康养示范区", "浙江省林业局") in proposed(nlp, tmp_path, text)
    text = "大同市还被国家发展改革委等部门批复为老工业城市和资源型城市产业转型升级示范区。"
    assert ("老工业城市和资源型城市产业转型升级示范区", "国家发展和改革委员会") in proposed(nlp, tmp_path, text)
    text = "铜陵市被生态环境部纳入“十四五”时期“无废城市”建设名单。"
    assert ("无废城市建设", "生态环境部") in proposed(nlp, tmp_path, text)


def test_a_name_given_to_a_person_is_no_scheme(nlp, tmp_path):
    text = "王建华被省人力资源和社会保障厅命名为全省技术能手。"
    assert not implemented(nlp, tmp_path, text)


def test_a_kind_of_works_joined_to_a_pilot_is_no_part_of_its_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "株洲市在芦淞区推进棚户区改造和城市体检试点。")
    assert ("城市体检试点", "芦淞区") in found
    found = implemented(nlp, tmp_path, "南平市在建阳区推进老旧小区改造和完整社区建设试点。")
    assert ("完整社区建设试点", "建阳区") in found
    found = implemented(nlp, tmp_path, "赣州市在章贡区开展城中村改造和城市更新试点。")
    assert ("城市更新试点", "章贡区") in found


def test_a_pilot_whose_name_joins_two_goals_stays_whole(nlp):
    assert "山水林田湖草沙一体化保护和修复工程试点" in programs(nlp, "该县开展山水林田湖草沙一体化保护和修复工程试点。")
    assert not any(p.startswith("美乡村") for p in programs(nlp, "县里推进人居环境整治和美乡村示范创建。"))


def read(tmp_path, text: str) -> str:
    from kg.ingest import read_document

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "a.txt").text


def wrapped(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_an_unpunctuated_line_wider_than_the_column_is_a_title(tmp_path):
    body = ["近年来，株洲市先后被财政部确", "定为全国首批海绵城市建设试点", "城市，被住房城乡建设部列入全", "国第一批城市更新试点。"]
    for title in ("株洲：以国家试点为抓手推动老工业城市转型", "湖州：“两山”理念引领城乡融合发展新路径",
                  "酒泉市以示范创建带动乡村全面振兴纪实"):
        text = read(tmp_path, wrapped([title, *body]))
        assert text.startswith(title + "\n近年来"), text[:40]


def test_a_line_as_wide_as_the_column_goes_on_in_the_next(tmp_path):
    lines = ["近年来，株洲市先后被财政部确", "定为全国首批海绵城市建设试点", "城市，被住房城乡建设部列入全", "国第一批城市更新试点。"]
    assert read(tmp_path, wrapped(lines)).startswith("近年来，株洲市先后被财政部确定为全国首批")
