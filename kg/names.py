"""Official names of public bodies, built from a place and a body word (省委 -> 中共浙江省委).

Shared by the recognisers (杭州市委 in the text) and the resolver (a bare 市委 in an article about 杭州), with
the values of the numerals that names count with (三大工程, 百县千镇万村) and the titles of governments' work
reports (汨罗市人民政府工作报告), which name a government's division.
"""
from __future__ import annotations

import re
from functools import cache

from . import lexicons
from .gazetteer import Division, Gazetteer

# The value of each Chinese numeral character: counts in names (三大工程, 百县千镇万村) are read with it.
NUMERAL_VALUES = {c: i for i, c in enumerate("一二三四五六七八九", start=1)} | {"两": 2} \
    | {c: 10 ** i for i, c in enumerate("十百千万", start=1)} | {"亿": 10 ** 8}

# The party committee of an autonomous region or prefecture is written out (中共西双版纳傣族自治州委员会):
# it is called 自治区党委 or 州委, never 自治区委 or 自治州委. A league's is written out too (中共锡林郭勒盟委员会),
# as the dev set's passages of leagues name it.
COMMITTEE_WRITTEN_OUT = ("自治区", "自治州", "盟")
CPPCC = "中国人民政治协商会议"  # the opening of a CPPCC committee's full name, as the guidelines' fullest form asks
PREFECTURE = "地区"  # the level word of a prefecture (阿勒泰地区), whose committee is its 地委


def opens_with_prefecture_word(name: str) -> bool:
    """地委书记, 行署专员, 行署办公室: a name that opens with a prefecture's own word for its party committee or its
    office (prefecture_title_openings), with no level word before it."""
    return name.startswith(tuple(lexicons.patterns()["prefecture_title_openings"]))


def body_name(division: Division, tail: str, gazetteer: Gazetteer) -> str:
    """杭州市 + 委 -> 中共杭州市委; + 市委 -> 中共杭州市委; + 政府 -> 杭州市人民政府; + 政协 ->
    中国人民政治协商会议杭州市委员会; + 人社局 -> 杭州市人力资源和社会保障局. The bodies of a municipality's district
    carry the city (中共北京市海淀区委, 北京市海淀区人民政府, 北京市海淀区财政局), as official names and most of the
    dev set's gold write them; a municipality's county's do not (中共城口县委, 城口县农业农村局: as the county's own
    texts and every passage of the set on such a county write them). Those of a prefecture-level city's district
    carry it in the party committee, the CPPCC and the government (佛山市南海区人民政府), not in the departments and
    the congress (南海区财政局, 南海区人民代表大会常务委员会: how texts and the dev set's gold write them).
    Above the township 党委 is the place's committee (自治区党委 -> 中共广西壮族自治区委员会); a town's is its own
    (葵阳镇党委 -> 中共葵阳镇委员会). Standing committees are written out (湖南省人大常委会 -> 湖南省人民代表大会
    常务委员会), as full_form writes out every standard short ending."""
    if tail.startswith("人民政府"):  # written out already: read as 政府, which is written out below
        tail = tail[2:]
    if tail[:1] in "市县区州" and tail[1:2] in ("委", "纪", "政"):
        tail = tail[1:]
    if tail.startswith("党委") and division.level in ("province", "city", "county"):
        tail = tail[1:]
    vertical = lexicons.patterns()["vertical_bodies"].get(tail)
    if vertical:
        return vertical + with_municipality(division, gazetteer) + tail
    party = tail.startswith(("委", "纪委")) and not tail.startswith("纪委监委")  # a merged party and state body
    district = division.name.endswith("区")
    place = with_municipality(division, gazetteer) if district else division.name
    if party or tail.startswith(("政协", "政府")):
        place = with_city(division, gazetteer) or place
    if tail.startswith("政协"):  # 政协 -> 中国人民政治协商会议杭州市委员会; 政协常委会 -> …委员会常务委员会
        rest = tail.removeprefix("政协")
        return f"{CPPCC}{place}委员会" + lexicons.patterns()["cppcc_body_forms"].get(rest, rest)
    congress = re.match(lexicons.patterns()["congress_committee"], tail)
    if congress:  # 人大法制委员会 -> 杭州市人民代表大会法制委员会
        tail = "人民代表大会" + congress.group("rest")
    if tail.startswith("政府"):
        tail = "人民" + tail
    if party and tail.startswith("委") and not tail.startswith("委员会") and place.endswith(COMMITTEE_WRITTEN_OUT):
        tail = "委员会" + tail[1:]
    elif party and tail.startswith("委") and place.endswith(PREFECTURE):
        place = place.removesuffix("区")  # 中共阿勒泰地委: a prefecture's committee is its 地委, never 地区委
    elif party and tail.startswith("委") and place == division.name and len(place) == 2:
        tail = place[-1] + tail  # 中共眉县县委: a county of one character keeps its level word before 委
    return full_form(("中共" if party else "") + place + tail)


def with_city(division: Division, gazetteer: Gazetteer) -> str:
    """A district of a prefecture-level city with the city before it (佛山市南海区), as the names of the district's
    party committee, government and CPPCC write it (佛山市南海区人民政府); "" for other places."""
    parent = gazetteer.get(division.parent) if division.parent else None
    if division.level == "county" and division.name.endswith("区") and parent is not None and parent.level == "city":
        return parent.name + division.name
    return ""


def placed_body_name(name: str, gazetteer: Gazetteer) -> str:
    """新乡市人大常委会, 新乡市政协常委会, 新乡市人大法制委员会, 南海区人民政府: a congress's, a CPPCC's or a
    government's body written after its place's full name gets the name body_name gives it after a level word
    (新乡市人民代表大会常务委员会, 中国人民政治协商会议新乡市委员会常务委员会, 新乡市人民代表大会法制委员会,
    佛山市南海区人民政府), so both spellings are one body."""
    division = opening_division(name, gazetteer)
    tail = name[len(division.name):] if division else ""
    patterns = lexicons.patterns()
    # a government, its general office or its press office (吉林省政府新闻办), not a body it runs (政府采购中心,
    # 政府投资评审中心)
    government = tail.startswith(("政府", "人民政府")) \
        and tail.removeprefix("人民").removeprefix("政府") in ("", "办公室", "办公厅", "新闻办公室", "新闻办")
    if tail in patterns["congress_standing_committees"] or tail.startswith("政协") or government \
            or re.match(patterns["congress_committee"], tail):
        return body_name(division, tail, gazetteer)
    return name


def branch_of_title(name: str, text: str, end: int) -> bool:
    """古棉村党支部书记X: a village's party branch (name, ending at `end` in text) written only as the opening of its
    secretary's title is the post's body, not a mention of its own; the analysts' annotations take the village as
    where the post is (the dev set lists the branch in 19 of 181 such titles)."""
    return bool(lexicons.suffix_of(name, "village_branches") and lexicons.prefix_at(text, end, "branch_titles"))


SHORT_PLACE_OPENING = range(3, 6)  # 黔南州, 宁洱县, 阿坝州: a short form of two to four characters and a level word


def full_place_opening(name: str, gazetteer: Gazetteer) -> str:
    """黔南州人民政府办公室 -> 黔南布依族苗族自治州人民政府办公室, 宁洱县农业农村局 -> 宁洱哈尼族彝族自治县农业农村局:
    a body named after its place's short form and level word takes the place's full name, as the place does; a name
    that opens with a full name stays (和平区人民法院), and so does a firm's or a farmers' cooperative's, registered as
    it is written (贡山县鑫源草果加工有限公司, 贡山县独龙江草果种植专业合作社)."""
    if lexicons.suffix_of(name, "registered_name_endings"):
        return name
    for end in SHORT_PLACE_OPENING:
        opening = name[:end]
        if gazetteer.named(opening):
            return name
        divisions = gazetteer.lookup(opening)
        if len(divisions) == 1 and divisions[0].short == opening[:-1] and divisions[0].name.endswith(opening[-1]):
            return divisions[0].name + name[end:]
    return name


def with_municipality(division: Division, gazetteer: Gazetteer) -> str:
    """A district of a municipality with the city before it (北京市海淀区); other places as they are."""
    parent = gazetteer.get(division.parent) if division.parent else None
    if division.level == "county" and parent is not None and parent.level == "province" and parent.name.endswith("市"):
        return parent.name + division.name
    return division.name


def full_form(name: str) -> str:
    """A body's name with a standard short ending written out (…人社局 -> …人力资源和社会保障局, 葵阳镇党委 ->
    中共葵阳镇委员会), that of its party group or committee too (州人社局党组 -> 州人力资源和社会保障局党组), and a
    zone's short name inside it (合肥高新区管委会 -> 合肥高新技术产业开发区管理委员会)."""
    written = _written_out(name)
    if written == name:
        party = next((p for p in lexicons.data("relations.json")["posts"]["body_parties"] if name.endswith(p)), "")
        written = _written_out(name[:-len(party)]) + party if party else name
    name = written
    if name.endswith(tuple(lexicons.patterns()["township_party_committees"])) and not name.startswith("中共"):
        name = "中共" + name
    return zone_full_form(name)


def _written_out(name: str) -> str:
    for short, full in lexicons.pairs("org_abbreviations.tsv"):
        if name.endswith(short) and not name[: -len(short)].endswith("和"):  # 正蓝旗农牧和科技局: its own name
            return name[: -len(short)] + full
    return name


def zone_full_form(name: str) -> str:
    """成都高新区 -> 成都高新技术产业开发区: a development zone's standard short name written out."""
    for short, full in lexicons.pairs("zone_abbreviations.tsv"):
        at = name.find(short)
        if at >= 0:
            return name[:at] + full + name[at + len(short):]
    return name


def party_name(name: str, gazetteer: Gazetteer) -> str:
    """云南省委办公厅 -> 中共云南省委办公厅, 广西壮族自治区党委办公厅 -> 中共广西壮族自治区委员会办公厅: a body of a
    party committee written without 中共."""
    if name.startswith("中共"):
        return name
    for end in range(2, min(len(name), gazetteer.stem_index()[1] + 1)):
        rest = name[end:]
        # 滨海新区区委组织部: the place's level word written again before 委 (body_name drops it)
        repeated = rest[:1] == name[end - 1] and rest[1:2] == "委"
        if (rest.startswith(("委", "党委")) or repeated) and not rest.startswith("委员会"):
            division = next(iter(gazetteer.named(name[:end])), None)
            return body_name(division, rest, gazetteer) if division else name
        if rest.startswith("地委"):  # 阿克苏地委: the prefecture's (阿克苏地区), not 阿克苏市's
            division = prefecture_of(name, gazetteer)
            return body_name(division, rest[1:], gazetteer) if division else name
    return name


def prefecture_of(name: str, gazetteer: Gazetteer) -> Division | None:
    """阿克苏地委, 中共阿克苏地委办公室 -> 阿克苏地区: the prefecture whose party committee (its 地委, named by the
    prefecture's short name) opens the name; None for any other name."""
    stem, committee, _ = name.removeprefix("中共").partition("地委")
    return prefecture_named(stem, gazetteer) if committee else None


def prefecture_named(short: str, gazetteer: Gazetteer) -> Division | None:
    """塔城 -> 塔城地区: the prefecture a short name names (塔城 also names 塔城市, a city inside it), or None."""
    return next((d for d in gazetteer.lookup(short) if d.name.endswith(PREFECTURE)), None)


def opening_division(name: str, gazetteer: Gazetteer, within: str = "") -> Division | None:
    """The division whose full name a name opens with (湘潭市 in 湘潭市县域园区…计划, 南宁市 in 南宁市公安局),
    when that full name names one division only, or only one inside the division coded `within` (三营镇 in
    三营镇党委, inside 原州区: many provinces have a 三营镇)."""
    longest = gazetteer.stem_index()[1]  # 双江拉祜族佤族布朗族傣族自治县: names of autonomous divisions run long
    for end in range(min(len(name) - 1, longest), 1, -1):
        divisions = gazetteer.named(name[:end])
        if within and len(divisions) > 1:
            divisions = [d for d in divisions if gazetteer.contains(within, d.adcode)]
        if len(divisions) == 1:
            return divisions[0]
    return None


def work_report_title(name: str) -> bool:
    """汨罗市政府工作报告: whether a name is a government's work report, named as its title line names it."""
    return re.match(lexicons.patterns()["headline_report"], name) is not None


@cache
def report_title_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in lexicons.data("relations.json")["programs"]["report_titles"]]


REPORT_PLACE_ENDS = "省市州盟区县旗"  # the last character of a place that may stand before another in a title


def report_division(line: str, gazetteer: Gazetteer) -> tuple[Division, str] | None:
    """The division of a government whose work report or summary the line is the title of (宁城县人民政府2024年
    上半年工作总结 -> 宁城县), or whose executive or plenary meeting it heads (鹤壁市人民政府召开第N次常务会议), with
    the level word the title calls it by; None for any other line (审议了市人民政府工作报告 names no division)."""
    if "政府" not in line:  # read for every sentence: spare the patterns on almost all of them (济宁市政府工作报告)
        return None
    for pattern in report_title_patterns():
        m = pattern.match(line)
        place = m.group("place") if m else ""
        # the government's own division ends the place written (黑龙江省牡丹江市人民政府工作报告), after the
        # level word of a place before it: 宁县 does not end 威宁县 (a short form of 威宁彝族回族苗族自治县)
        starts = [i for i in range(len(place) - 1) if i == 0 or place[i - 1] in REPORT_PLACE_ENDS]
        named = next((ds for ds in (gazetteer.named(place[i:]) for i in starts) if ds), [])
        if len(named) == 1:
            return named[0], m.group("level")
    return None
