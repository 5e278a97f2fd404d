"""Round 22 (i): program names in wordings of greening reports, border features and reform summaries of other
provinces than the dev set's passages: a governed name longer than sixteen characters before its head
(开展…一体化保护和修复工程试点), a test zone a place serves as (作为全国X试验区，), a level's industrial park a
place or zone enters (入选国家X产业园), and 全国 as the level of a demonstration county a place strives to found
(争创全国X示范县)."""
from __future__ import annotations

from test_nlp import ents
from test_programs_elided import implemented


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_a_long_governed_name_keeps_its_whole_head(nlp):
    assert "黄河流域山水林田湖草沙一体化保护修复工程试点" in programs(
        nlp, "市自然资源局在渭河沿线开展黄河流域山水林田湖草沙一体化保护修复工程试点，修复矿山12处。")
    assert "长江经济带废弃露天矿山生态修复工程" in programs(
        nlp, "黄石市在大冶市实施长江经济带废弃露天矿山生态修复工程，复绿面积3000亩。")
    assert "高标准农田建设和耕地质量提升整区域推进试点" in programs(
        nlp, "县农业农村局在三个乡镇开展高标准农田建设和耕地质量提升整区域推进试点。")


def test_a_long_reach_takes_no_verb_across_a_comma(nlp):
    found = programs(nlp, "县里组织干部学习，全面开展农村人居环境整治提升五年行动。")
    assert not any(name.startswith(("组织", "学习")) for name in found)


def test_a_place_that_serves_as_a_test_zone_of_a_level_carries_it_out(nlp, tmp_path):
    assert "全国农村改革试验区" in programs(nlp, "作为全国农村改革试验区，湄潭县率先开展土地制度改革。")
    assert "国家农业开放发展综合试验区" in programs(nlp, "作为国家农业开放发展综合试验区，寿光市积极对接国际标准。")
    assert "省级数字经济创新发展试验区" in programs(nlp, "作为省级数字经济创新发展试验区，余杭区率先探索数据要素改革。")
    assert ("全国农村改革试验区", "湄潭县") in implemented(nlp, tmp_path, "作为全国农村改革试验区，湄潭县率先开展土地制度改革。")
    assert "Program" not in ents(nlp, "作为国家级经济技术开发区的核心区，该园区发展迅速。").values()


def test_a_level_industrial_park_entered_is_a_scheme(nlp, tmp_path):
    assert "国家现代农业产业园" in programs(nlp, "2023年，高州市入选国家现代农业产业园。")
    assert "国家加工贸易产业园" in programs(nlp, "东兴综合保税区入选国家加工贸易产业园。")
    assert "省级现代农业产业园" in programs(nlp, "去年，蒲江县被确定为省级现代农业产业园。")
    assert ("国家现代农业产业园", "高州市") in implemented(nlp, tmp_path, "2023年，高州市入选国家现代农业产业园。")
    assert "Program" not in ents(nlp, "园区企业入驻产业园，发展势头良好。").values()


def test_a_demonstration_county_of_the_whole_country_to_be_founded(nlp, tmp_path):
    assert "全国民族团结进步示范县" in programs(nlp, "2025年，宁县将争创全国民族团结进步示范县，巩固脱贫成果。")
    assert "全国乡村治理示范县" in programs(nlp, "隆德县将深化“积分制”管理，争创全国乡村治理示范县。")
    assert "全国农产品质量安全示范县" in programs(nlp, "永福县正在创建全国农产品质量安全示范县。")
    assert ("全国民族团结进步示范县创建", "宁县") in implemented(
        nlp, tmp_path, "2025年，宁县将争创全国民族团结进步示范县，巩固脱贫成果。")
    assert "Program" not in ents(nlp, "各地争创全国一流，干部干劲十足。").values()


def test_a_province_before_a_batch_is_no_part_of_the_name(nlp):
    assert "滩涂综合开发利用示范工程" in programs(nlp, "霞浦县承担福建省第二批滩涂综合开发利用示范工程建设任务。")
    assert "城市更新行动试点" in programs(nlp, "六盘水市纳入贵州省首批城市更新行动试点。")
    assert not any(name.startswith("湖南省") for name in programs(
        nlp, "花垣县被纳入湖南省首批传统村落集中连片保护利用示范县建设。"))
    assert "Program" not in ents(nlp, "江西省首批试点已全面完成。").values()
