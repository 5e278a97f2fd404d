"""Round 23 (helper j): programs named in county work reports, provincial replies and magazine features, in
wordings of other provinces than the dev set's passages: quoted names side by side that share a head of a few
words ending in a program suffix (推进“A”“B”产业延链行动: two programs, each with the whole head)."""
from __future__ import annotations

from test_programs_elided import implemented
from test_resolve import kb_of, labels


def programs(nlp, tmp_path, text: str) -> set[str]:
    found = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")
    return {p.replace("“", "").replace("”", "") for p in found}


def test_quoted_names_side_by_side_share_a_head_of_several_words(nlp, tmp_path):
    found = programs(nlp, tmp_path, "大同市深入实施“煤电联营”“风光储一体”转型升级工程，在云冈区布局新能源基地。")
    assert {"煤电联营转型升级工程", "风光储一体转型升级工程"} <= found
    found = programs(nlp, tmp_path, "铜仁市启动“梵净抹茶”“铜仁红薯”品牌培育计划，覆盖江口县、石阡县。")
    assert {"梵净抹茶品牌培育计划", "铜仁红薯品牌培育计划"} <= found
    found = implemented(nlp, tmp_path, "六盘水市持续推进“煤焦化一体”“煤电铝联动”产业延链行动，在钟山区、水城区布局。")
    assert {p.replace("“", "").replace("”", "") for p, _ in found} >= {"煤焦化一体产业延链行动", "煤电铝联动产业延链行动"}


def test_a_head_that_does_not_end_the_phrase_is_not_shared_whole(nlp, tmp_path):
    found = programs(nlp, tmp_path, "万州区持续推进“无废学校”“无废社区”建设，成效明显。")
    assert {"无废学校建设", "无废社区建设"} <= found
    found = programs(nlp, tmp_path, "实施“一村一品”“一县一业”示范创建，年内新增示范村20个。")
    assert {"一村一品示范创建", "一县一业示范创建"} <= found


def test_the_national_level_opens_a_scheme_founded_or_built_after_a_lead_verb(nlp, tmp_path):
    assert "全国农村一二三产业融合发展先导区创建" in programs(nlp, tmp_path, "石阡县要继续推进全国农村一二三产业融合发展先导区创建。")
    assert "全国农业现代化示范区建设" in programs(nlp, tmp_path, "永修县加快推进全国农业现代化示范区建设。")
    assert "全国民族团结进步示范市创建" in programs(nlp, tmp_path, "都匀市积极推进全国民族团结进步示范市创建。")


def test_the_national_scope_of_a_designation_stays_out_of_the_name(nlp, tmp_path):
    found = programs(nlp, tmp_path, "桐庐县被农业农村部、财政部确定为全国农业现代化示范区创建单位。")
    assert "农业现代化示范区创建" in found and "全国农业现代化示范区创建" not in found


def test_deepening_a_quoted_creation_carries_it_out(nlp, tmp_path):
    assert "五星支部创建" in programs(nlp, tmp_path, "商丘市深化“五星”支部创建，力争新创市级五星支部20个。")
    assert "红旗党支部创建" in programs(nlp, tmp_path, "黄冈市深化“红旗”党支部创建，在红安县、麻城市推开。")
    assert "美丽庭院创建" in programs(nlp, tmp_path, "湘潭县深化“美丽庭院”创建，年内新增示范户300户。")


def test_deepening_ordinary_work_names_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "各乡镇要深化宣传教育活动，营造良好氛围。")
