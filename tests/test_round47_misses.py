"""What the blind passages of round 47 showed: a place that is a national pilot, a batch after a whole scope, a
national demonstration zone entered (named without its scope, as round 49 settled), a subsidy used to the full, and a
program named again by a shorter name with its head."""
from __future__ import annotations

from test_nlp import program_names
from test_resolve import kb_of, labels

from kg.resolve import stem_forms


def test_a_place_that_is_a_national_pilot_is_its_site(nlp):
    text = "讷河市是全国主要农作物生产全程机械化示范县，大豆综合机械化率达到98%。"
    assert program_names(nlp, text) == ["主要农作物生产全程机械化示范"]


def test_the_first_of_its_kind_in_the_country_is_no_name(nlp):
    assert program_names(nlp, "该县是全国首个开展碳汇交易的试点县，") == []


def test_a_batch_after_a_whole_scope_leaves_the_name(nlp):
    text = "柯桥区被省经信厅列入全省首批中小企业数字化改造试点县（市、区）。"
    assert program_names(nlp, text) == ["中小企业数字化改造试点"]


def test_a_national_demonstration_zone_entered_is_named_without_its_scope(nlp):
    assert program_names(nlp, "敖汉旗入选全国农业现代化示范区，粮食产量稳定。") == ["农业现代化示范区"]


def test_a_national_test_zone_keeps_its_scope(nlp):
    assert program_names(nlp, "清远被确定为第二批全国农村改革试验区，承担试验任务。") == ["全国农村改革试验区"]


def test_a_demonstration_zones_founding_list_is_named_without_the_scope(nlp):
    assert program_names(nlp, "两县入选全国农业现代化示范区创建名单，") == ["农业现代化示范区创建"]


def test_a_subsidy_used_to_the_full_is_named_without_the_verbs(nlp):
    assert program_names(nlp, "各地要用足用好农机购置与应用补贴政策，推广保护性耕作。") == ["农机购置与应用补贴政策"]


def test_a_shorter_name_with_the_head_that_the_full_name_holds_is_an_alias():
    names = {"缙云烧饼品牌建设工程": 0, "“缙云师傅”技能提升计划": 1, "烧饼工程": 2}
    assert stem_forms(names) == {"烧饼工程": "缙云烧饼品牌建设工程"}


def test_a_shorter_name_two_programs_hold_or_one_written_first_stays_apart():
    assert stem_forms({"绿色田园建设工程": 0, "美丽田园提升工程": 1, "田园工程": 2}) == {}
    assert stem_forms({"烧饼工程": 0, "缙云烧饼品牌建设工程": 1}) == {}
    assert stem_forms({"缙云烧饼品牌建设行动": 0, "烧饼工程": 1}) == {}


def test_the_short_name_joins_the_program_in_the_graph(nlp, tmp_path):
    text = ("2014年，缙云县委、县政府作出实施缙云烧饼品牌建设工程的决策。"
            "九年来，“烧饼工程”累计培训烧饼师傅3.1万人次。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert labels(kb, "Program") == {"缙云烧饼品牌建设工程"}
    assert "烧饼工程" in next(e.aliases for e in kb.entities.values() if e.label == "缙云烧饼品牌建设工程")
