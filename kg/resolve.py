"""Canonical entities with stable keys, from the mentions and relations of each document.

A document is resolved as a whole because names depend on it: 省委 in a Zhejiang document is 中共浙江省委,
鼓楼区 is the one whose city the document also names. Keys depend only on the entity (an adcode, or the type
and canonical name), never on the order or set of documents, so the same entity gets the same IRI in every run
and an incremental build equals a full one.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache

from . import lexicons
from .extract.base import SentenceContext
from .extract.cues import cues, passive_agent
from .gazetteer import Division, Gazetteer, former_county_name, load_gazetteer
from .lexicons import in_one_clause
from .model import Document, Entity, Evidence, Fact, KnowledgeBase, Mention, Relation
from .names import (
    CPPCC,
    NUMERAL_VALUES,
    body_name,
    branch_of_title,
    full_form,
    full_place_opening,
    opening_division,
    opens_with_prefecture_word,
    party_name,
    placed_body_name,
    prefecture_named,
    prefecture_of,
    report_division,
    work_report_title,
    zone_full_form,
)
from .nlp.candidates import HAN
from .nlp.lac import DOTTED_PART_MAX, NAME_DOTS, looks_like_any_name

ADDRESS_FORMS = ("同志",)


@dataclass(slots=True)
class SentenceResult:
    """What the NLP and extract stages found in one sentence."""

    ctx: SentenceContext
    mentions: list[Mention]
    relations: list[Relation]


@dataclass
class DocumentContext:
    province: Division | None
    article_places: dict[int, set[str]] = field(default_factory=dict)  # article -> adcodes named unambiguously
    # article -> level ("city", "county") -> the division the article is about, when one clearly dominates
    article_focus: dict[int, dict[str, Division]] = field(default_factory=dict)
    # short names the document defines for itself (《办法》 for 《…管理办法》 after 以下简称): short -> full
    aliases: dict[str, str] = field(default_factory=dict)
    # every program name the document writes -> the order of its first mention
    program_names: dict[str, int] = field(default_factory=dict)
    # short names of programs written before a long name they could shorten, in one sentence (学习运用“千万工程”经验，
    # 扎实推进“千村引领、万村升级”工程): a short name comes after the name it shortens, so these name programs of their own
    own_short_names: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # every person's name the document writes
    # the openings of names the model read as people's that the document writes more often as a word (杨梅 in an
    # article on waxberries, 康养 in one on health care): see common_words
    common_words: set[str] = field(default_factory=set)
    # (article, a program's name without the province it opens with) -> the full name (湖南省洞庭湖…三年行动 in a
    # headline): per article, as an issue of a magazine may hold the same national program under other provinces
    placed_programs: dict[tuple[int, str], str] = field(default_factory=dict)
    # article -> the level word of the place the article calls its own (我市, 本县, 我代表县人民政府…)
    self_levels: dict[int, str] = field(default_factory=dict)
    # article -> the division of the government whose work report the article is (by its title line)
    report_divisions: dict[int, Division] = field(default_factory=dict)
    # article -> the body whose notice the article is (by its title line: 某某厅关于…的通知), which 我厅 refers to
    notice_issuers: dict[int, str] = field(default_factory=dict)
    # article -> the county-level city a bare 市 refers to (市政府, 市委常委): see own_county_city
    county_cities: dict[int, Division] = field(default_factory=dict)
    # adcode -> the former county name the document writes for a district or city (子长县 for 子长市): its label
    former_names: dict[str, str] = field(default_factory=dict)

    def report_place(self, level_word: str, article: int) -> Division | None:
        """The division of the government whose work report the article is, when its name ends in the level word
        (市委, 全市, 我们 in 泉州市人民政府工作报告 are 泉州市's)."""
        own = self.report_divisions.get(article)
        return own if own is not None and own.name.endswith(level_word) else None

    def body_place(self, level_word: str, article: int) -> Division | None:
        """The place a bare 省委/市委/县委 refers to: the document's province, the article's city or county."""
        level = LEVEL_WORDS.get(level_word)
        if level == "province":
            return self.province
        own = self.report_place(level_word, article) or (self.county_cities.get(article) if level_word == "市" else None)
        if own is not None:
            return own  # 市委组织部 in 汨罗市政府工作报告 is 汨罗市's, not the prefecture's the article also names
        focus = self.article_focus.get(article, {}).get(level) if level else None
        if focus is None and level_word == "市" and self.province is not None and self.province.name.endswith("市"):
            return self.province  # a municipality's own bodies: 市财政局 in a Chongqing article is 重庆市财政局
        # not 州委 of 毕节市; a prefecture's 行署 may be a league's (盟委、行署印发: 锡林郭勒盟行政公署)
        return focus if focus is not None and focus.name.endswith(LEVEL_ENDINGS.get(level_word, level_word)) else None


TERM = re.compile(r"^第?[一二三四五六七八九十百零〇\d]+届")  # the term of a congress or committee: 十四届
_COUNTED = f"(?P<nouns>(?:[{''.join(NUMERAL_VALUES)}][\u4e00-\u9fff]){{2,4}})"  # nouns counted side by side: 百县千镇万村
# opening a name, or after a field of a few characters: 百县千镇万村高质量…, 茶产业百企千园万户帮带工程
COUNTED_NOUNS = re.compile(f"[\u4e00-\u9fff]{{0,4}}?{_COUNTED}(?=[\u4e00-\u9fff])")
QUOTED_COUNTED_NOUNS = re.compile(f"“{_COUNTED}”")  # quoted inside one: 人参产业“十企百园千户”提升工程
ADJACENT_GAP = "，、,和与及 "  # what may stand between a place and a body of it named by a level word alone
CITY_LIST_WORDS = "等和与及至到"  # what may follow a city's short name in a list of cities (长沙、武汉等城市)
TITLE_JOINER = "、"
LISTED_ITEM_MAX = 16  # characters of one listed item (the rest of a body's name, a title, a name) before 、
LEVEL_WORDS = {"省": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county", "旗": "county",
               "自治区": "province", "地区": "city"}  # 地区: a prefecture's, for its 地委 and 行署 (post_body)
LEVEL_ENDINGS = {"地区": ("地区", "盟")}  # how the names of the places a level word refers to end, where not in the word
SCOPE_LEVELS = {**LEVEL_WORDS, "镇": "town", "乡": "town"}  # 全镇, 全乡: a town's scope (a town's bodies: town_body)


def adjacent(gap: str) -> bool:
    """Whether a place and a body named right after it stand next to each other: only punctuation or a joiner,
    at most two characters, between them (在于都县，县人民法院; 在上屯村，村党支部)."""
    return len(gap) <= 2 and all(c in ADJACENT_GAP for c in gap)


def locative_opening(sentence: str, start: int, end: int) -> bool:
    """在A镇开展X: a sentence whose opening place follows 在 and goes straight on to its verb names where the clause
    happens, not its actor (unlike 在墨脱县，… , a scene before the clause, or 蒿坝镇开展X, a subject)."""
    return sentence[:start].endswith("在") and not sentence.startswith(("，", ",", "、"), end)


def one_of(place: Entity | None, divisions: list[Division | None]) -> bool:
    """Whether a place entity is one of the divisions (by adcode)."""
    return place is not None and any(d is not None and d.adcode == place.attrs.get("adcode") for d in divisions)


def renamed_town(written: str, division: Division) -> str:
    """井冈山市茅坪乡 linked to the list's 茅坪镇: a town the text names by another level word (a township since made
    a town, a town since made a street) keeps the name the text gives it; "" for any other place. (A county since
    made a district or a city keeps the name the document writes for it too: DocumentContext.former_names.)"""
    ending, listed = lexicons.suffix_of(written, "town_suffixes"), lexicons.suffix_of(division.name, "town_suffixes")
    same = ending and listed and ending != listed and written[:-len(ending)] == division.name[:-len(listed)]
    return written if same else ""


def level_word_of(name: str) -> str:
    """The level word a body's name opens with (自治区 in 自治区党委, 市 in 市财政局; 地区 in 地区农业农村局 and for a
    prefecture's 地委 and 行署), or ""."""
    for opening in ("自治区", "地区"):
        if name.startswith(opening):
            return opening
    if opens_with_prefecture_word(name):
        return "地区"
    return name[:1] if name[:1] in LEVEL_WORDS else ""


def level_body(name: str, level_word: str) -> str:
    """What a body's name holds after its level word: 财政局 of 市财政局, 委 of 地委 (地 stands for 地区), 行署 of
    行署 (the prefecture's office, named with no level word)."""
    if level_word == "地区" and not name.startswith("地区"):
        return name.removeprefix("地")
    return name[len(level_word):]


def stable_key(kind: str, label: str) -> str:
    digest = hashlib.sha1(f"{kind}|{label}".encode("utf-8")).hexdigest()[:12]
    return f"{kind.lower()}/{digest}"


def document_context(results: list[SentenceResult], gazetteer: Gazetteer) -> DocumentContext:
    """The document's province: the one its unambiguous places most often lie in."""
    provinces: Counter[str] = Counter()
    by_article: dict[int, Counter[str]] = defaultdict(Counter)
    named: dict[int, Counter[str]] = defaultdict(Counter)  # article -> the places it names itself, without lineage
    self_levels: dict[int, Counter[str]] = defaultdict(Counter)
    ctx = DocumentContext(None)
    programs = lexicons.data("relations.json")["programs"]
    # Compiled once for the document, not looked up in re's cache at each sentence
    self_level_patterns = [re.compile(pattern) for pattern in programs["self_levels"]]
    model_phrase = re.compile(programs["model_phrase"])
    person_openings: Counter[str] = Counter()
    for r in results:
        text = r.ctx.sentence.text
        levels = [m.group("level") for pattern in self_level_patterns for m in pattern.finditer(text)]
        if levels:
            self_levels[r.ctx.article.index].update(levels)
        report = report_division(text, gazetteer)
        if report is not None:
            self_levels[r.ctx.article.index][report[1]] += 1
            ctx.report_divisions.setdefault(r.ctx.article.index, report[0])
        note_notice_issuer(ctx, r)
        models = [m.span() for m in model_phrase.finditer(text)]
        for m in r.mentions:
            if m.type in ("Policy", "Program", "Organization") and m.canonical and m.canonical != m.text:
                ctx.aliases.setdefault(m.text, m.canonical)
            if m.type == "Person":
                ctx.people.add(m.canonical or m.text)
                person_openings[m.text[:NAME_OPENING]] += 1
            if m.type == "Program":
                program = m.canonical or m.text
                shorts = program_short_names(program)
                ctx.program_names.setdefault(program, len(ctx.program_names))
                if m.text in shorts:  # （以下简称“十百千工程”）: the numerals the document calls it by, written once
                    ctx.program_names.setdefault(m.text, len(ctx.program_names))
                ctx.own_short_names.update(s for s in shorts if s in text[:m.start])
                note_placed_program(ctx, r.ctx.article.index, program, gazetteer)
            if m.type == "Organization" or (m.type == "Policy" and work_report_title(m.text)):
                # 广西壮族自治区党委, 南宁市公安局: a body named with its place tells the document's province, and
                # the article's city or county as a place named alone would (洛阳市工业和信息化局); so does a
                # government's work report by its title (铜仁市政府工作报告)
                division = opening_division((m.canonical or m.text).removeprefix("中共").removeprefix(CPPCC), gazetteer)
                if division is not None:
                    by_article[r.ctx.article.index].update(
                        d.adcode for d in [division, *gazetteer.chain(division.adcode)] if d)
                    province = gazetteer.province_of(division.adcode)
                    if province is not None and province.level == "province":
                        provinces[province.adcode] += 1
            if m.type == "Place" and m.adcode and "|" not in m.adcode:
                ctx.article_places.setdefault(r.ctx.article.index, set()).add(m.adcode)
                written = m.canonical or m.text
                if written == former_county_name(gazetteer.get(m.adcode)):
                    ctx.former_names.setdefault(m.adcode, written)
                if any(start <= m.start and m.end <= end for start, end in models):
                    continue  # 学习借鉴温州市经验: a place learned from says nothing of where the article is
                named[r.ctx.article.index][m.adcode] += 1
                lineage = [gazetteer.get(m.adcode), *gazetteer.chain(m.adcode)]
                by_article[r.ctx.article.index].update(d.adcode for d in lineage if d)
                province = lineage[-1]
                if province and province.level == "province":
                    provinces[province.adcode] += 1
    top = dominant(provinces) or (next(iter(provinces)) if len(provinces) == 1 else None)  # the only one named
    ctx.province = gazetteer.get(top) if top else None
    for article, counts in by_article.items():
        for level in ("city", "county", "town"):
            at_level = Counter({c: n for c, n in counts.items() if gazetteer.get(c).level == level})
            if level == "county":
                at_level = named_first(at_level, named[article])
            code = dominant(at_level) or sole_place(at_level, ctx.province, gazetteer)
            if code:
                ctx.article_focus.setdefault(article, {})[level] = gazetteer.get(code)
    ctx.self_levels = {article: counts.most_common(1)[0][0] for article, counts in self_levels.items() if counts}
    ctx.common_words = common_words(person_openings, ctx.people, "\n".join(r.ctx.sentence.text for r in results))
    for article, counts in named.items():
        city = own_county_city(ctx.article_focus.get(article, {}).get("county"), counts, gazetteer)
        if city is not None:
            ctx.county_cities[article] = city
    for core, full in quoted_cores(ctx.program_names).items():
        ctx.aliases.setdefault(core, full)
    for short, full in [*unlevelled_forms(ctx.program_names).items(), *stem_forms(ctx.program_names).items(),
                        *abbreviated_forms(ctx.program_names).items()]:
        ctx.aliases.setdefault(short, full)
    org_names = {m.text for r in results for m in r.mentions if m.type == "Organization"}
    for short, full in company_short_names(org_names).items():
        for party in ("", *lexicons.data("relations.json")["posts"]["body_parties"]):
            ctx.aliases.setdefault(short + party, full + party)
    return ctx


NAME_OPENING = 2  # a family name and the first character of a given name: 杨梅 of 杨梅季 too
COMMON_WORD_MIN = 3  # how many more times than as a name's opening the document writes a word that is no name


def common_words(person_openings: Counter[str], people: set[str], text: str) -> set[str]:
    """The names of two characters the model read as people's (杨梅, 李子, 康养 as a family name and a given name),
    and so the openings of longer ones (杨梅季), that the document's sentences write at least three times more, and
    more often, elsewhere than as the opening of such a name: the word of the article's subject, not a person (a
    person's name is written as a name wherever the model reads it; no two-character name of the dev set's gold is
    written three times in its passage). Only the sentences count: a magazine's contents and index list its
    authors' names apart from any sentence."""
    found = set()
    for opening, as_name in person_openings.items():
        if opening not in people:
            continue  # 施一 of 施一公 is no word of its own (实施一批 holds it)
        elsewhere = text.count(opening) - as_name
        if elsewhere >= COMMON_WORD_MIN and elsewhere > as_name:
            found.add(opening)
    return found


OWN_CITY_MIN_MENTIONS = 3  # how often an article names a county-level city it is about, at least
OWN_CITY_RATIO = 2  # and how many times as often as the prefecture above it and that prefecture's other counties


def own_county_city(county: Division | None, named: Counter[str], gazetteer: Gazetteer) -> Division | None:
    """The county-level city an article is about, to which its bare 市 refers (市政府, 市海洋发展局, 市委常委、
    副市长 in an article on 庄河市): the article's county, a 市, named (itself or its towns and villages) at least
    three times and more than twice as often as the division above it and that division's other counties (and
    theirs) together. Otherwise a bare 市 is the prefecture's, as in a prefecture's meeting held in one of its
    county-level cities (全市…会议在海伦市召开, the article naming the prefecture's other counties too)."""
    if county is None or not county.name.endswith("市"):
        return None
    own = others = 0
    for code, n in named.items():
        lineage = [d for d in (gazetteer.get(code), *gazetteer.chain(code)) if d is not None]
        at_county_level = next((d for d in lineage if d.parent == county.parent), None)
        if at_county_level is not None and at_county_level.adcode == county.adcode:
            own += n
        elif code == county.parent or at_county_level is not None:
            others += n
    return county if own >= OWN_CITY_MIN_MENTIONS and own > OWN_CITY_RATIO * others else None


def note_notice_issuer(ctx: DocumentContext, r: SentenceResult) -> None:
    """内蒙古自治区农牧厅关于开展…的通知 as a sentence of its own: the article is that body's notice (its first such
    title)."""
    title = _notice_title().match(r.ctx.sentence.text)
    if title is not None:
        ctx.notice_issuers.setdefault(r.ctx.article.index, title.group("issuer"))


@cache
def _notice_title() -> re.Pattern:
    return re.compile(lexicons.patterns()["notice_titles"])


TITLE_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
MAX_SHORT_TITLE = 6  # 《实施方案》, 《行动方案》: a title this short names no document of its own
MIN_COMPANY_SHORT = 4  # 同煤集团: a shorter name (长虹) could be read in too many full names


def company_short_names(names: set[str]) -> dict[str, str]:
    """同煤集团 -> 大同煤矿集团有限责任公司: a body's name written in a document that names a company in full,
    whose characters it keeps in order (two of them side by side, not the two the full name opens with), is that
    company's short name, when it fits one company only. Bodies named by a level word (市财政局) are no
    companies' short names."""
    companies = [n for n in names if lexicons.suffix_of(n, "company_suffixes")]
    found = {}
    for short in names - set(companies):
        if len(short) < MIN_COMPANY_SHORT or level_word_of(short):
            continue
        fits = [c for c in companies if short[:2] in c and in_order(short, c) and abbreviates(short, c)]
        if len(fits) == 1:
            found[short] = fits[0]
    return found


def abbreviates(short: str, full: str) -> bool:
    """中国石化集团 for 中国石油化工集团有限公司, not 中国石油集团 (another company), 中国银行 or 浙江大学 (of
    浙江大学控股集团有限公司): a short name that opens as the full one does must cut a word of it to one character
    (石 of 石油, 化 of 化工), for whole pieces of the full name make another body's name as often."""
    if not full.startswith(short[:2]):
        return True
    pieces, at = [], 0
    for char in short:  # the runs of the full name the short one keeps, each as long as it goes on
        found = full.index(char, at)
        if pieces and found == at:
            pieces[-1] += 1
        else:
            pieces.append(1)
        at = found + 1
    return min(pieces) == 1


def in_order(short: str, full: str) -> bool:
    """Whether the characters of `short` occur in `full` in the same order."""
    rest = iter(full)
    return all(c in rest for c in short)


NAMED_FIRST_MIN = 2  # how often an article names a county itself for the counties it names to come first


def named_first(counts: Counter[str], named: Counter[str]) -> Counter[str]:
    """The counties an article names itself, with the mentions of their towns and villages, when it names one of
    them at least twice; a county only its towns stand for is no candidate then (an article on 定日县 naming 扎西宗乡
    eight times, which the division codes list under 拉孜县 only, though 定日县 has a 扎西宗乡 too). An article that
    names no county twice is left to its towns (闵行区 named once in an article on 浦东新区 and its towns)."""
    if max((named[c] for c in counts), default=0) < NAMED_FIRST_MIN:
        return counts
    return Counter({c: n for c, n in counts.items() if named[c]})


def sole_place(counts: Counter[str], province: Division | None, gazetteer: Gazetteer) -> str | None:
    """The only place of its level an article names, when it lies in the document's province: a short news
    item names its county once (甘州区召开…，区委书记王立新出席), and a place of another province named once is
    no focus (南充市 in a Chongqing article)."""
    if len(counts) != 1 or province is None:
        return None
    (code,) = counts
    return code if gazetteer.contains(province.adcode, code) else None


QUOTED_CORE = re.compile(r"[^“”]+“(?P<core>[^“”]+)”[^“”]*|“(?P<core2>[^“”]+)”[^“”]+")


def quoted_cores(names: dict[str, int]) -> dict[str, str]:
    """农村人居环境整治“百日攻坚”专项行动 … “百日攻坚”由市委、市政府统一部署: a program the document names by the
    quoted core of a longer name it writes too is that program, when no other program of the document has that
    core."""
    cores: dict[str, set[str]] = {}
    for name in names:
        m = QUOTED_CORE.fullmatch(name)
        if m:
            cores.setdefault(m.group("core") or m.group("core2"), set()).add(name)
    return {core: next(iter(full)) for core, full in cores.items() if len(full) == 1 and core in names}


def unlevelled_forms(names: dict[str, int]) -> dict[str, str]:
    """“美丽村居”建设省级试点 … 推广“美丽村居”建设试点经验: a program the document names again, later, without the
    level word inside its name (省级, 市级 before its head) is that program, when only one program of the document
    drops to that form (not 省级X示范区 and 国家级X示范区, two programs); a form without it that comes first names a
    program of its own (A入选全国“X”建设试点，B入选“X”建设省级试点)."""
    levels = sorted((w for w in lexicons.patterns()["designation_levels"] if w.endswith("级")), key=len, reverse=True)
    fulls: dict[str, set[str]] = {}
    for name in names:
        for level in levels:
            at = name.find(level)
            if at > 0:  # inside the name: a level word that opens it is the scope the extractors keep or drop
                fulls.setdefault(name[:at] + name[at + len(level):], set()).add(name)
                break
    return {short: next(iter(full)) for short, full in fulls.items()
            if len(full) == 1 and names.get(short, -1) > names[next(iter(full))]}


def stem_forms(names: dict[str, int]) -> dict[str, str]:
    """缙云烧饼品牌建设工程 … 九年来，“烧饼工程”累计培训…: a program the document names again, later, by a shorter
    name with the same head whose stem the full name holds is that program, when only one earlier program of the
    document has that head and holds that stem."""
    heads = {name: lexicons.suffix_of(name, "quoted_program_suffixes") for name in names}
    holders: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for name, first in names.items():
        head = heads[name]
        if not head:
            continue
        stem = name[: len(name) - len(head)]
        # every part of the stem two characters shorter than it at least: the stems of shorter names it may hold
        parts = {stem[i:j] for i in range(len(stem)) for j in range(i + 2, len(stem) + 1) if j - i <= len(stem) - 2}
        for part in parts:
            holders.setdefault((head, part), []).append((first, name))
    forms: dict[str, str] = {}
    for short, seen in names.items():
        head = heads[short]
        fulls = [name for first, name in holders.get((head, short[: len(short) - len(head)]), ()) if first < seen]
        if head and len(fulls) == 1:
            forms[short] = fulls[0]
    return forms


def abbreviated_forms(names: dict[str, int]) -> dict[str, str]:
    """学前学普行动 … “学前学会普通话”行动: a program the document also names by a shorter name with the same head,
    opening with the same two characters and keeping some of the longer one's later characters in order but not
    its last (as Chinese abbreviations keep the first characters of words), is that program, when only one of the
    document's programs can be shortened so. A shorter name the longer one holds whole is no abbreviation
    (数字乡村建设试点 beside 数字乡村建设省级试点: stem_forms and unlevelled_forms decide those), nor one that ends as
    the longer does, which another word inserted makes another program (特色田园乡村建设试点 beside
    特色田园乡村全域建设试点). The short form maps to the long one; one that opens with a numeral is what the program
    is called (as 千万工程 is), so the long form maps to it."""
    heads = {name: lexicons.suffix_of(name, "quoted_program_suffixes") for name in names}
    stems = {name: name.replace("“", "").replace("”", "")[: -len(head)] for name, head in heads.items() if head}
    by_opening: dict[tuple[str, str], list[str]] = defaultdict(list)  # only names of one head and opening compare
    for name, stem in stems.items():
        by_opening[heads[name], stem[:2]].append(name)
    forms: dict[str, str] = {}
    for short, stem in stems.items():
        longer = [name for name in by_opening[heads[short], stem[:2]]
                  if len(stems[name]) > len(stem) >= 2 and stem not in stems[name] and stem[-1] != stems[name][-1]
                  and in_order(stem, stems[name])]
        if len(longer) == 1:
            if stem[0] in NUMERAL_VALUES:
                forms[longer[0]] = short
            else:
                forms[short] = longer[0]
    return forms


def dominant(counts: Counter[str]) -> str | None:
    """The key counted most, when it is counted at least twice and more often than any other."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


class Resolver:
    """Maps the mentions of one document to entities of the knowledge base."""

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer, ctx: DocumentContext):
        self.kb, self.gazetteer, self.ctx = kb, gazetteer, ctx
        patterns = lexicons.patterns()
        self.self_references = patterns["self_references"]
        self.self_bodies = re.compile(patterns["self_bodies"])
        self.place_count_anaphor = re.compile(patterns["place_count_anaphor"])
        self.org_expansions = patterns["org_expansions"]
        self.generic_bodies = set(patterns["generic_bodies"])
        self.collective_words = tuple(patterns["collective_words"])
        self.collective_openers = tuple(patterns["collective_body_openers"])
        self.committees = frozenset(cues()["posts"]["grassroots_committees"])
        self.head_body_kinds = frozenset(cues()["posts"]["own_body_titles"].values())  # 厅, 局: the article's place's
        self.title_bodies = patterns["title_bodies"]
        self.meeting_bodies: dict[int, Entity] = {}  # article -> body of its latest named meeting
        self.subject_places: dict[int, Entity] = {}  # article -> place of its latest sentence opening with one
        self.latest_people: dict[int, Entity] = {}  # article -> the last person named before the current sentence
        self.programs: dict[int, list[Entity]] = {}  # article -> its programs so far, in text order
        self.listed_programs: dict[int, Entity] = {}  # article -> program of its latest annex list heading
        self.policy_titles: dict[int, list[str]] = {}  # article -> its policies' full titles so far, in text order
        self.departments: dict[int, list[str]] = {}  # article -> its departments (厅, 局) so far, in text order
        self.department_words = frozenset(patterns["department_words"])
        self.section_words = tuple(patterns["section_heads"].values())
        self.department_parts = ("", *cues()["posts"]["body_parties"])  # 厅, 厅党组: the department, its party group
        programs = lexicons.data("relations.json")["programs"]
        self.annex_heading = programs["annex_heading"]
        self.subject_max_start = programs["subject_place_max_start"]
        self.list_joiners = set(programs["place_joiners"])
        self.own_scope_openings = [re.compile(programs[key]) for key in ("scope_lead", "self_subject")]
        self.section_opening = re.compile(programs["section_opening"])
        self.time_opening = re.compile(programs["reported_opening"])
        self.heading_max_len = programs["run_in_heading_max_len"]
        self.subject_leads = tuple(programs["elided_subject_leads"])
        self.sentence_text = ""
        self.sentence_places: list[tuple[int, Division]] = []  # (end offset, division) of the sentence's places so far
        self.sentence_villages: list[tuple[int, str]] = []  # (end offset, name): villages have no adcode
        # Entities the relation rules read from the sentence's words where the recognisers found none (村委会 of
        # 村委会主任 after a village, a pilot inside a document's title): mentioned there too.
        self.read_by_rules: list[Entity] = []
        self.latest_places: dict[int, list[tuple[str, str]]] = {}  # article -> (name, adcode) of its places, latest last
        self.village_suffixes = tuple(patterns["village_suffixes"])
        self.village_endings = tuple(w for w in self.village_suffixes if w != "社区")  # 村里, 两村: 村 or 大塆
        self.village_of_body = programs["village_of_body"]
        self.model_phrase = programs["model_phrase"]
        self.not_level_endings = tuple(programs["anaphor_not_level_endings"])
        self.any_heads = frozenset(programs["anaphor_any_heads"])

    def entity(self, m: Mention, article: int) -> Entity | None:
        label, adcode = self.canonical(m, article)
        if not label:
            return None
        if m.type == "Place" and adcode:
            division = self.gazetteer.get(adcode)
            label = self.ctx.former_names.get(adcode) or renamed_town(m.text, division) or division.name
            key = f"place/{adcode}"
            attrs = {"adcode": adcode, "level": division.level}
        else:
            key, attrs = stable_key(m.type, label), {}
        entity = self.kb.entities.get(key)
        if entity is None:
            entity = self.kb.entities[key] = Entity(key, m.type, label, attrs=attrs)
        for surface in {m.text, m.canonical, m.variant}:
            if surface and surface != entity.label:
                entity.aliases.add(surface)
        return entity

    def whole_name(self, name: str, m: Mention) -> str:
        """黄立|军任县级总林长: a two-character name the model ended before the next character (a line break inside
        the name), where the document also writes the three-character name (黄立军表示), is that name; so is a
        transliterated name it started late (买买|提江·吾斯曼强调) where the document writes it whole (after a title)."""
        if m.end <= m.start:
            return name
        wholes = [name + self.sentence_text[m.end:m.end + 1]] if len(name) == 2 else []
        if any(dot in name for dot in NAME_DOTS):
            wholes += [self.sentence_text[m.start - k:m.start] + name for k in range(1, min(m.start, DOTTED_PART_MAX) + 1)]
        return next((whole for whole in wholes if whole in self.ctx.people), name)

    def canonical(self, m: Mention, article: int) -> tuple[str, str]:
        """(canonical label, adcode) of a mention; ("", "") when it cannot stand as an entity."""
        name = self.ctx.aliases.get(m.text, m.canonical or m.text)
        if m.type == "Place":
            return self.place(m, article)
        if m.type == "Person":
            for form in ADDRESS_FORMS:
                name = name.removesuffix(form)
            if name[:NAME_OPENING] in self.ctx.common_words:
                return "", ""  # 杨梅 in an article on waxberries
            return self.whole_name(name, m), ""
        if m.type == "Organization":
            if self.self_bodies.fullmatch(m.text):
                return self.notice_issuer(m.text, article), ""
            if (level_word_of(m.text) and self.sentence_text[:m.start].endswith(self.collective_words)) \
                    or self.collective_body(name):
                return "", ""  # 全市法院, 各县政府, 东莞市各镇人民政府: all the bodies of a level, none in particular
            section = self.own_section(name, article)
            if section is not None:
                return section, ""
            village = self.adjacent_village(name, m.start) or self.town_body(name, m.start, article)
            label = village or self.organization(name, article, self.adjacent_place(name, m.start)
                                                 or self.towns_county(name, m.start, article)
                                                 or self.spoken_county(name, m.start, article))
            self.note_place(m, label)
            self.note_village_of(m)
            if label[-1:] in self.department_words:
                self.departments.setdefault(article, []).append(label)
            return label, ""
        if m.type == "Program":
            name = self.ctx.aliases.get(name, name)  # “美丽村居”建设试点: the other form is known by the canonical name
            short = next((s for s in program_short_names(name) if s != name and s in self.ctx.program_names
                          and s not in self.ctx.own_short_names), "")
            if short:
                return short, ""
            return self.ctx.placed_programs.get((article, name), name), ""
        if m.type == "Policy":
            return self.referred_title(m.text, article) or name, ""
        return name, ""

    def own_section(self, name: str, article: int) -> str | None:
        """厅水生态环境处 after 省生态环境厅 (the heads of sections at a department's press conference): a section
        named after its department's bare word is a section of the department of that kind the article named last;
        so are the bare word itself and its party group (厅, 厅党组 before 党组成员). "" when the article named no
        such department, None for a name that is none of these."""
        kind = name[:1]
        rest = name[1:]
        if kind not in self.department_words or not (rest.endswith(self.section_words) or rest in self.department_parts):
            return None
        named = [d for d in self.departments.get(article, []) if d.endswith(kind)]
        return named[-1] + rest if named else ""

    def latest_policy(self, word: str, article: int) -> Entity | None:
        """这份文件, 该条例: the article's latest document (of that kind, unless the word names any document)."""
        titles = self.policy_titles.get(article, [])
        any_words = lexicons.data("relations.json")["documents"]["any_document_words"]
        label = (titles[-1] if titles else "") if word in any_words else self.referred_title(word, article)
        return self.kb.entities.get(stable_key("Policy", label)) if label else None

    def referred_title(self, short: str, article: int) -> str:
        """该《方案》, 《意见》, 《行动方案》 after a full title: the article's latest full title ending in those words
        (a later 《…方案》 takes the word over from one that defined it with 以下简称)."""
        if len(short) > MAX_SHORT_TITLE:
            return ""
        # 《…三年行动方案（2021—2025年）》, 《…条例（草案）》: the word ends the title before a closing bracket
        return next((t for t in reversed(self.policy_titles.get(article, []))
                     if TITLE_NOTE.sub("", t).endswith(short)), "")

    def place(self, m: Mention, article: int) -> tuple[str, str]:
        if self.place_count_anaphor.fullmatch(m.text):
            return "", ""  # 两县: the places it counts, in a relation (counted_places); no place of its own
        level = self.self_references.get(m.text)
        if level == "province":
            return (self.ctx.province.name, self.ctx.province.adcode) if self.ctx.province else ("", "")
        if not m.adcode:
            name = m.canonical or m.text
            known = self.gazetteer.named(name) or self.renamed_town(name, m.start, article)
            if len(known) != 1:
                if name.endswith(self.village_suffixes):
                    self.sentence_villages.append((m.end, name))
                return zone_full_form(name), ""
            m = replace(m, adcode=known[0].adcode)  # 浦东新区 read as a zone is the district of that full name
        if "|" in m.adcode and self.outside_place_before(m):
            return m.text, ""
        province = {self.ctx.province.adcode} if self.ctx.province else set()
        context = set(self.ctx.article_places.get(article, ())) | province
        division = self.gazetteer.get(m.adcode) if "|" not in m.adcode \
            else self.listed_like(m) or self.gazetteer.disambiguate(m.text, context)
        if division is None and "|" in m.adcode and self.sentence_places:
            # 连平县在上坪镇、忠信镇推广 in an article naming 龙川县 too: the sentence's own places decide the tie
            division = self.gazetteer.disambiguate(m.text, {d.adcode for _, d in self.sentence_places})
        if division is None and "|" in m.adcode:
            # 鼓楼区 in a 福州 article that also names 南京: the places the article is about decide the tie
            focus = {d.adcode for d in self.ctx.article_focus.get(article, {}).values()} | province
            division = self.gazetteer.disambiguate(m.text, focus)
        if division is None:
            return m.text, ""
        if (m.text != division.name or self.far_town(division)) and not self.near(division, context) \
                and not self.named_city(division, m.end):
            return "", ""  # a short form (永丰, 尖山) far from every place the document names: a word, not a place
        self.sentence_places.append((m.end, division))
        return m.text, division.adcode

    def renamed_town(self, name: str, start: int, article: int) -> list[Division]:
        """宋家沟乡 where the code list has 宋家沟镇, 嘎洒镇 where it has 嘎洒街道: a township made a town, or a town
        made a street office, since the text was written. The division of the same stem and another town ending,
        in the county the article is about (or the place written right before the town), when only one is; the
        text's name stays the place's label. Not in another county the article names too: 温宿县柯柯牙镇, in an
        article about 温宿县, is no 柯柯牙街道 of 阿克苏市."""
        ending = lexicons.suffix_of(name, "town_renames")
        end, before = self.latest_place()
        county = before if before is not None and end == start else self.ctx.article_focus.get(article, {}).get("county")
        if not ending or county is None:
            return []
        stem = name.removesuffix(ending)
        found = [d for other in lexicons.patterns()["town_renames"] for d in self.gazetteer.named(stem + other)
                 if d.name != name and d.parent == county.adcode]
        return found if len(found) == 1 else []

    def outside_place_before(self, m: Mention) -> bool:
        """疏勒县巴仁乡, where the code list has a 巴仁乡 in 叶城县 and in 阿克陶县 only: a place written right after the
        place it lies in, none of whose namesakes lies there, is one the list lacks (or has under another name), not a
        namesake elsewhere; the text's container wins, and the place keeps no code."""
        end, before = self.latest_place()
        return before is not None and end == m.start \
            and self.gazetteer.namesakes_elsewhere(before.adcode, m.adcode.split("|"))

    def latest_place(self) -> tuple[int, Division | None]:
        """The end offset and division of the sentence's latest place so far; (-1, None) before any."""
        return self.sentence_places[-1] if self.sentence_places else (-1, None)

    def listed_like(self, m: Mention) -> Division | None:
        """北京、天津、河北、河南四省市: a short form of several divisions listed right after a place is the one of that
        place's level (河北省, not the 河北区 of the 天津 before it), when only one is; None otherwise."""
        end, before = self.latest_place()
        if before is None or end != m.start - 1 or self.sentence_text[end:m.start] != "、":
            return None
        same = [d for d in self.gazetteer.lookup(m.text) if d.level == before.level]
        return same[0] if len(same) == 1 else None

    def start_sentence(self, text: str) -> None:
        self.sentence_text, self.sentence_places, self.sentence_villages, self.read_by_rules = text, [], [], []

    def adjacent_place(self, name: str, start: int) -> Division | None:
        """The place a body named by a bare level word belongs to when the sentence has just named it: 在于都县，
        县人民法院、县人民检察院 (于都县's court and procuratorate), 瑞金市委、市政府 (瑞金市's government). Only
        punctuation or a joiner may stand between them, and the place's name must end in the level word."""
        level_word = level_word_of(name)
        if not level_word or LEVEL_WORDS[level_word] == "province":
            return None
        before = [(end, d) for end, d in self.sentence_places if end <= start]
        if not before:
            return None
        end, division = max(before, key=lambda p: p[0])
        gap = self.sentence_text[end:start]
        # 南安市纪委书记、市监委主任: one person's posts, listed; the second body is the same place's. So is the
        # next of a list of people with their bodies (振兴区人民法院院长赵明、区人民检察院检察长孙丽).
        listed = gap.endswith(TITLE_JOINER) and (gap[:-1] in lexicons.lines("titles.txt") or (
            len(gap) <= LISTED_ITEM_MAX and in_one_clause(gap)))
        return division if (adjacent(gap) or listed) and division.name.endswith(level_word) else None

    def towns_county(self, name: str, start: int, article: int) -> Division | None:
        """该县在小市镇、草河口镇试点推行…，由县营商环境建设局统筹: a county's body named by its level word alone, in a
        sentence whose towns named before it all lie in one county of that word, is that county's (not the county
        the article named first), when the article has named that county. None when the sentence names another
        county (宁都县组织干部赴莫干山镇考察学习，县委组织部…), no town, towns of several counties, or towns of a county
        the article never named (干部赴外省的镇考察: the body is still the article's county's)."""
        level_word = level_word_of(name)
        if LEVEL_WORDS.get(level_word) != "county":
            return None
        before = [d for end, d in self.sentence_places if end <= start]
        towns = [d for d in before if d.level == "town"]
        counties = {p.adcode: p for d in towns for p in self.gazetteer.chain(d.adcode)[:1] if p.name.endswith(level_word)}
        named = {code for _, code in self.places_of_level(level_word, start, article)}
        in_sentence = {d.adcode for d in before if d.level == "county"}
        county = next(iter(counties.values())) if len(counties) == 1 else None
        if county is None or county.adcode not in named or in_sentence - {county.adcode}:
            return None
        return county

    def spoken_county(self, name: str, start: int, article: int) -> Division | None:
        """信丰县农业农村局局长…告诉记者，县农业农村局将…; 郸城县被列为…示范县。县农业局会同县财政局…: a county's body
        named by its level word alone is the county of that word the sentence has named before it, when it named
        one only, else the county the sentence before opened with (its subject); None otherwise (the article's own
        county then)."""
        level_word = level_word_of(name)
        if LEVEL_WORDS.get(level_word) != "county":
            return None
        named = {d.adcode: d for end, d in self.sentence_places if end <= start and d.level == "county"
                 and d.name.endswith(level_word) and not self.learned_from(end)}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
        subject = self.division_of(self.subject_places.get(article))
        return subject if subject is not None and subject.level == "county" and subject.name.endswith(level_word) else None

    def adjacent_village(self, name: str, start: int) -> str:
        """在小岭镇金米村，村党支部…: a body named by 村 (社区, 嘎查) alone right after a village is that village's
        (金米村党支部); "" otherwise."""
        word = next((w for w in self.village_suffixes if name.startswith(w)), "")
        before = [(end, village) for end, village in self.sentence_villages if end <= start]
        if not word or not before or name not in self.generic_bodies:  # 村党支部, but not 村镇银行
            return ""
        end, village = max(before)
        return village + name[len(word):] if adjacent(self.sentence_text[end:start]) and village.endswith(word) else ""

    def town_body(self, name: str, at: int, article: int) -> str:
        """走进泊头市交河镇…。镇党委把全镇…划分为网格; 在新坝镇，镇政府…: a town's body named by 镇 (乡) alone is the
        body of the town the article named most often before it, the town it is about (交河镇党委); "" when it named
        none, or several as often (鄣吴镇组织干部赴天荒坪镇考察学习。返回后，镇党委决定…: the latest town need not be
        the one whose body acts), unless the text right before the body is one town's name without its suffix
        (板桥|镇党委书记: the model cut the name)."""
        word = name[:1]
        if word not in ("镇", "乡") or name not in self.generic_bodies:
            return ""
        towns = [town for town, _ in self.places_of_level(word, at, article)]
        written = [town for town in towns if self.sentence_text.endswith(town[:-len(word)], 0, at)]
        if written:
            return full_form(written[0] + name[1:])
        named = self.latest_places.get(article, []) + self.places_named_before(at)
        counts = Counter(town for town, _ in named if town in towns).most_common(2)
        return full_form(counts[0][0] + name[1:]) if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else ""

    def village_body(self, name: str, at: int) -> str:
        """吴店村党总支书记、村委会主任X; 在大坪村，村委会主任Y: a village's body that a post (at `at`) names by its
        level word alone (村委会) is the body of the latest village before it (吴店村村民委员会); "" without one."""
        before = [(end, village) for end, village in self.sentence_villages if end <= at]
        if name not in self.generic_bodies or not before:
            return ""
        village = max(before)[1]
        word = next((w for w in self.village_suffixes if village.endswith(w)), "")
        # 村党支部 and 社区居委会 repeat the village's word before a body's own name; 村委会 and 居委会 are names whole
        own = name[len(word):] if word and name.startswith(word) and name[len(word):] in self.generic_bodies else name
        return full_form(village + own) if word and (own != name or name in self.committees) else ""

    def note_place(self, m: Mention, label: str) -> None:
        """A body named with its place (瑞金市委, or 县人民法院 just resolved to 于都县) passes that place on to
        the next body of a list (、市政府)."""
        division = self.gazetteer.get(m.adcode) if m.adcode and "|" not in m.adcode else None
        if division is None and label:
            division = next((d for _, d in self.sentence_places if label.removeprefix("中共").startswith(d.name)), None)
        if division is None and label:
            # 滨海新区区委组织部、区人社局: the place is written only inside the first body's name
            division = opening_division(m.text.removeprefix("中共"), self.gazetteer)
        if division is not None:
            self.sentence_places.append((m.end, division))

    def note_village_of(self, m: Mention) -> None:
        """皇城村党委书记…介绍，村里推行…: a body named with its village (皇城村党委, 金米村村委会) names the village
        for a later 村里 or 该村."""
        match = re.match(self.village_of_body, m.text)
        if match is not None:
            self.sentence_villages.append((m.start + match.end("village"), match.group("village")))

    def note_latest_places(self, article: int) -> None:
        """Remember the sentence's places in text order, for 该镇 or 村里 in a later sentence."""
        self.latest_places.setdefault(article, []).extend(self.places_named_before(len(self.sentence_text)))

    def places_named_before(self, at: int) -> list[tuple[str, str]]:
        """(name, adcode) of the sentence's places (villages too, with no adcode) that end before offset `at`."""
        named = [(end, d.name, d.adcode) for end, d in self.sentence_places if end <= at]
        named += [(end, village, "") for end, village in self.sentence_villages if end <= at]
        return [(name, adcode) for _, name, adcode in sorted(named)]

    def anaphoric_place(self, word: str, at: int, article: int) -> Entity | None:
        """The place 该镇 or 村里 (at offset `at`) means: the last place named before it in the article (its own
        sentence included) whose name ends in the level word (镇; 村 for 村里, or another village suffix: 大塆), not in
        a longer word of another level (区里 is no 社区)."""
        latest = self.places_of_level(word, at, article)[:1]
        return next(iter(self.entities_of(latest, at, article)), None)

    def counted_places(self, m: Mention, article: int) -> list[Entity] | None:
        """两县, 这三个市, 在两村 (a Place mention counting places of a level it does not name): the last that many
        places of that level named before it in the article, its own sentence included (the 萧县 and 泗县 of the
        sentence before); None for any other mention, [] when the article named fewer."""
        counted = self.place_count_anaphor.fullmatch(m.text) if m.type == "Place" else None
        if counted is None:
            return None
        count = NUMERAL_VALUES[counted.group("count") or counted.group("bare")]
        latest = self.places_of_level(counted.group("level"), m.start, article)
        return self.entities_of(latest[:count][::-1], m.start, article) if len(latest) >= count else []

    def places_of_level(self, word: str, at: int, article: int) -> list[tuple[str, str]]:
        """(name, adcode) of the distinct places of the level word named in the article before offset `at`,
        the latest first."""
        named = self.latest_places.get(article, []) + self.places_named_before(at)
        ends = self.village_endings if word == "村" else (word,)
        latest: dict[str, str] = {}  # name -> the adcode of its latest mention, the latest name first
        for n, code in reversed(named):
            # 区里 is no 社区, but 该社区 is one: an ending of another level word counts only when it is not the word asked for
            if n.endswith(ends) and not n.endswith(tuple(e for e in self.not_level_endings if e != word)):
                latest.setdefault(n, code)
        return list(latest.items())

    def entities_of(self, places: list[tuple[str, str]], at: int, article: int) -> list[Entity]:
        return [e for name, code in places if (e := self.entity(Mention(name, "Place", at, at, adcode=code), article))]

    def opening_place(self, document: Entity, at: int, article: int) -> Entity | None:
        """The division a document's name opens with (盐城市 in 盐城市黄海湿地保护条例), when it names one only."""
        division = opening_division(document.label, self.gazetteer)
        return self.entity(Mention(division.name, "Place", at, at, adcode=division.adcode), article) if division else None

    def note_subject_place(self, mentions: list[Mention], article: int, sentence: str, opens_paragraph: bool) -> None:
        """Remember the division the article's latest sentence opening with one has as subject (临海市系统重塑…):
        a later clause that names no actor (深化…工程) carries it on. Only administrative divisions (with an
        adcode) act so; a region or a line (沪苏湖高铁) does not. A sentence (not a heading: it has a clause
        break) opening with a person or a body (省农业农村厅副厅长…表示，) changes the subject: the place is
        forgotten until a sentence opens with one again; so is it after a sentence that opens with the whole of the
        place the document speaks of (全市要…, 我们…) or at a numbered section's heading (（二）, 三、: a town that
        opened a sentence of the section before is no actor of the next). Of a chain of places (龙岩市长汀县) the
        last is the subject; a list of places (A、B实施…) ends the turn of the previous subject without starting a
        new one."""
        first = min(mentions, key=lambda m: m.start, default=None)
        if first is not None and first.type in ("Person", "Organization") and first.start <= self.subject_max_start \
                and any(mark in sentence for mark in "，：；") and not passive_agent(sentence, first.start):
            self.subject_places.pop(article, None)
        opening = sentence[self.time_opening.match(sentence).end():]  # 2025年，我们将…: past the time word
        if any(own.match(opening) for own in self.own_scope_openings) \
                and (opening == sentence or not self.province_subject(article)):
            # 全市要…, 我们将…: the whole place speaks now, not the county before; but 浙江… 2024年，全省…: the
            # province the document is about was that whole already
            self.subject_places.pop(article, None)
        if self.section_opening.match(sentence):
            self.subject_places.pop(article, None)  # （二）乡村振兴扎实推进。: a new numbered section, a new subject
        if opens_paragraph and self.run_in_heading(mentions, sentence) and not self.article_focus_subject(article):
            self.subject_places.pop(article, None)  # 改革创新纵深推进。: a new paragraph, not about that county
        if first is not None and first.type == "Place" and first.start <= self.subject_max_start:
            places = sorted((m for m in mentions if m.type == "Place" and m.start >= first.start), key=lambda m: m.start)
            last = 0
            while last + 1 < len(places) and places[last].end == places[last + 1].start:
                last += 1  # 龙岩市长汀县推行…: the chain's last, most specific place is the subject
            if last + 1 < len(places) and sentence[places[last].end:places[last + 1].start] in self.list_joiners:
                self.subject_places.pop(article, None)  # 涞源县、易县、满城区实施…: several subjects, none goes on
                return
            if self.other_clause_opens_with_place(places[last], places, sentence, article) \
                    and not self.article_focus_subject(article, self.entity(places[last], article)):
                self.subject_places.pop(article, None)  # A镇入选…，B街道被…确定为…: places side by side, none goes on
                return
            if locative_opening(sentence, first.start, places[last].end) or self.learned_from(places[last].end):
                return  # 在蒿坝镇开展X。深入推进Y: where X is done, 借鉴福田区经验: a model; neither acts on
            place = self.entity(places[last], article)
            if place is not None and place.attrs.get("adcode"):
                self.subject_places[article] = place

    def note_policy(self, policy: Entity, article: int) -> None:
        """Remember the article's documents by full title in the order they are named (called in text order): 该《方案》
        or 这份文件 in a later sentence means the latest."""
        titles = self.policy_titles.setdefault(article, [])
        if len(policy.label) > MAX_SHORT_TITLE:
            if policy.label in titles:
                titles.remove(policy.label)
            titles.append(policy.label)

    def note_programs(self, mentions: list[Mention], article: int) -> None:
        """Remember the article's programs in the order they are named: 这一工程 in a later sentence means the
        latest one whose name ends in 工程. A program the rules read from a document's title (印发《关于开展X试点工作的
        通知》，确定…为试点单位) comes first: the title stands before what the sentence names after it, and a later
        我市A县入选试点县 means it."""
        titled = [e for e in self.read_by_rules if e.type == "Program"]
        named = (self.entity(m, article) for m in sorted((m for m in mentions if m.type == "Program"), key=lambda m: m.start))
        for program in [*titled, *named]:
            if program is not None:
                self.programs.setdefault(article, []).append(program)

    def note_list_heading(self, article: int) -> None:
        """附件：第二批省级X试点县名单: remember the program the heading of an annex's list names (the latest of the
        article's programs whose name it holds; the heading alone may not read as a program's name)."""
        heading = re.sub("[“”]", "", self.sentence_text)
        if re.match(self.annex_heading, heading):
            listed = next((p for p in reversed(self.programs.get(article, []))
                           if re.sub("[“”]", "", p.label) in heading), None)
            if listed is not None:
                self.listed_programs[article] = listed
            else:  # a heading of another list: its lines are no sites of the program listed before
                self.listed_programs.pop(article, None)

    def latest_program(self, head: str, article: int) -> Entity | None:
        any_head = head in self.any_heads  # 这一做法 means the latest program whatever its name ends in
        return next((p for p in reversed(self.programs.get(article, [])) if any_head or p.label.endswith(head)), None)

    def article_focus_subject(self, article: int, place: Entity | None = None) -> bool:
        """Whether the subject place (by default the one the article carries on) is the division the article is
        about (its dominant county or city, or the document's province): a feature on 遂川县 goes on with the county
        past its run-in headings (老有康养。) and past sentences that name its towns one by one; a city's report
        names its counties only in turn."""
        place = place if place is not None else self.subject_places.get(article)
        return one_of(place, [*self.ctx.article_focus.get(article, {}).values(), self.ctx.province])

    def province_subject(self, article: int) -> bool:
        return one_of(self.subject_places.get(article), [self.ctx.province])

    def run_in_heading(self, mentions: list[Mention], sentence: str) -> bool:
        """改革创新纵深推进。城市品质持续提升。: a short sentence with no clause break, no name and no launching
        verb first heads the paragraph after it (a work report's run-in heading): a new topic, a new subject. The
        caller asks only of a sentence that opens its paragraph: inside one, 群众反响良好。 is a comment."""
        body = sentence.rstrip("。！ \n")
        return not mentions and len(body) <= self.heading_max_len and not any(mark in body for mark in "，：；、") \
            and not body.startswith(self.subject_leads)

    def other_clause_opens_with_place(self, subject: Mention, places: list[Mention], sentence: str,
                                      article: int) -> bool:
        """小店镇入选…名单，浮来山街道被…确定为…: another clause of the sentence opening with another place
        reports the places one by one; neither is the subject of what follows. Not a place inside the subject
        (歙县做强徽菜产业，雄村镇建成徽菜小镇: the county's own town tells more of the county, which goes on)."""
        return any(p.start > subject.end and sentence[p.start - 1] in "，；" and p.text != subject.text
                   and not self.inside(p, subject, article) for p in places)

    def inside(self, part: Mention, whole: Mention, article: int) -> bool:
        """Whether a place lies within a division: by its parents, or, when it has no adcode (a village, a zone), as
        a part of any division above a town."""
        outer, inner = self.entity(whole, article), self.entity(part, article)
        code = outer.attrs.get("adcode") if outer is not None else None
        if code is None or inner is None:
            return False
        if inner.attrs.get("adcode") is None:
            return outer.attrs.get("level") != "town"
        return self.gazetteer.contains(code, inner.attrs["adcode"])

    def article_place(self, level_word: str, at: int, article: int) -> Entity | None:
        """The place a program without a named one is carried out in: "1" is the article's subject place (深化…
        工程 after 临海市…); a level word is the whole of the place of that level the text speaks of (在全县推行,
        已在全市推广): the last place of that level named before in the sentence (岳阳市君山区首创的…已在全市推广),
        else the article's city or county, or the document's province (全区 is the autonomous region when the
        article is about no district)."""
        if level_word == "1":  # in a work report that opens with no place, the place the report calls its own
            return self.subject_places.get(article) or self.article_place("我", at, article)
        if level_word == "我":  # 我们: the authors of a work report, of the place the document calls its own
            level_word = self.ctx.self_levels.get(article, "")
            division = self.scope_division(level_word, article) if level_word else None  # not a place named nearby
        else:
            named = [d for end, d in self.sentence_places
                     if end <= at and d.name.endswith(level_word) and not self.learned_from(end)]
            division = named[-1] if named else self.scope_division(level_word, article)
        return self.entity(Mention(division.name, "Place", at, at, adcode=division.adcode), article) if division else None

    def learned_from(self, end: int) -> bool:
        """借鉴深圳市福田区经验，在全区推行…: whether the sentence's place ending at `end` is inside what is learned
        from (a model): 全区 is then not that district."""
        return any(m.start() < end <= m.end() for m in re.finditer(self.model_phrase, self.sentence_text))

    def scope_division(self, level_word: str, article: int) -> Division | None:
        level = SCOPE_LEVELS.get(level_word)
        county = self.ctx.article_focus.get(article, {}).get("county")
        named = self.ctx.article_places.get(article, set())
        if (own := self.ctx.report_place(level_word, article)) is not None:
            return own  # 全市 in 泉州市人民政府工作报告 is 泉州市, though the report names 南安市 more often
        if level_word == "市" and county is not None and county.name.endswith("市") and county.parent not in named:
            # 寿光市洛城街道…，已在全市推广: an article about a county-level city means it by 全市, unless it names
            # the prefecture itself too
            return county
        focus = self.ctx.body_place(level_word, article) if level != "town" else self.ctx.article_focus.get(article, {}).get(level)
        if focus is not None and (focus.level == "province" or focus.name.endswith(level_word)):
            return focus
        province = self.ctx.province
        return province if level_word == "区" and province is not None and province.name.endswith("自治区") else None

    def report_places(self, article: int) -> list[Entity]:
        """宁城县人民政府2024年上半年工作总结: the title of a government's work report or summary names the place
        the report is about (the government's division), though only inside the government's name."""
        report = report_division(self.sentence_text, self.gazetteer)
        if report is None:
            return []
        place = self.entity(Mention(report[0].name, "Place", 0, 0, adcode=report[0].adcode), article)
        return [place] if place is not None else []

    def note_meeting_body(self, mentions: list[Mention], article: int) -> None:
        """Remember the body named in the article's latest meeting name (省委 in 省委十五届六次全体会议): a
        later 会议审议通过《…》 means that body. A meeting whose spirit is relayed (传达学习省委常委会会议精神) is
        another body's, not the one that meets."""
        relayed = tuple(lexicons.patterns()["relayed_meeting_tails"])
        hosting = re.compile(lexicons.patterns()["hosted_meeting_tail"])
        for host in (m for m in mentions if m.type == "Organization" and hosting.match(self.sentence_text, m.end)):
            # 市委常委会召开会议 (no meeting name): the body that holds the meeting
            if (body := self.entity(host, article)) is not None:
                self.meeting_bodies[article] = body
        for meeting in (m for m in mentions if m.type == "Meeting" and not self.sentence_text[m.end:].startswith(relayed)):
            inside = [m for m in mentions if m.type == "Organization" and meeting.start <= m.start and m.end <= meeting.end]
            body = self.entity(inside[0], article) if inside else None
            if body is None:
                name = self.meeting_body_name(meeting.text, article)
                body = self.entity(Mention(name, "Organization", meeting.start, meeting.end), article) if name else None
            if body is not None:
                self.meeting_bodies[article] = body

    def meeting_body_name(self, meeting: str, article: int) -> str:
        """河北省十四届人大常委会第九次会议 -> 河北省人民代表大会常务委员会: a place, a term (十四届), a body word;
        or a level word for the place (自治区第十二届人民代表大会常务委员会第二十七次会议: the document's region's);
        政协, a place, a term and 委员会 (政协新乡市第十四届委员会第三次会议 -> 中国人民政治协商会议新乡市委员会)."""
        cppcc = meeting.startswith("政协")
        meeting = meeting.removeprefix("政协")
        for end in range(min(len(meeting), 12), 1, -1):
            divisions = self.gazetteer.lookup(meeting[:end])
            if len(divisions) == 1:
                if cppcc:
                    return body_name(divisions[0], "政协", self.gazetteer)
                body = lexicons.prefix_at(TERM.sub("", meeting[end:], count=1), 0, "place_body_suffixes")
                return body_name(divisions[0], body, self.gazetteer) if body else ""
        level_word = level_word_of(meeting)
        body = lexicons.prefix_at(TERM.sub("", level_body(meeting, level_word), count=1), 0, "place_body_suffixes")
        return self.organization(level_word + body, article) if level_word and body else ""

    def place_of(self, rel: Relation, article: int) -> Entity | None:
        """The place of the body the post's title follows (太原市 of 太原市委 in 太原市委常委、副市长), or None."""
        body = rel.attrs.get("placeOf", "")
        division = opening_division(body.removeprefix("中共"), self.gazetteer) or prefecture_of(body, self.gazetteer)
        return self.entity(Mention(division.name, "Place", 0, 0, adcode=division.adcode), article) if division else None

    def division_of(self, place: Entity | None) -> Division | None:
        """The division a place entity is linked to, or None (a place with no code, or no place)."""
        return self.gazetteer.get(place.attrs["adcode"]) if place and place.attrs.get("adcode") else None

    def jurisdiction(self, org: Entity | None, place: Entity | None, article: int) -> Entity | None:
        """The place of a post: the one written before its title, or the post's body's own place when that
        lies inside it (安徽省黄山市委常委: 黄山市, not 安徽省)."""
        outer = self.division_of(place)
        inner = opening_division(org.label.removeprefix("中共"), self.gazetteer, outer.adcode) if org and outer else None
        if inner is None or not self.gazetteer.contains(outer.adcode, inner.adcode):
            return place
        return self.entity(Mention(inner.name, "Place", 0, 0, adcode=inner.adcode), article)

    def named_by_level(self, place: Entity | None, level_word: str) -> Division | None:
        """The place's division when its name ends with the level word (腾冲市, a county-level city, for 市委 in
        腾冲市委书记), else None."""
        division = self.division_of(place)
        return division if division and level_word and division.name.endswith(level_word) else None

    def post_body(self, title: str, place: Entity | None, article: int) -> str:
        """The body a title belongs to when the text does not name it: 副省长 of 浙江省 -> 浙江省人民政府,
        市委书记 in an article about 广州 -> 中共广州市委, 总书记 -> 中共中央 (kg/lexicons/patterns.json)."""
        body = self.title_bodies.get(title, "")
        if body.startswith("="):
            return body[1:]
        prefecture = opens_with_prefecture_word(title)
        level_word = "地区" if prefecture else next((c for c in title if c in LEVEL_WORDS), "")
        if not body or not level_word:
            return ""
        division = self.division_of(place)
        if prefecture and place is not None:  # 塔城地委书记: 塔城 names 塔城市 too; the title says the prefecture
            division = prefecture_named(division.short if division and division.short else place.label, self.gazetteer)
        if division is None or division.level != LEVEL_WORDS[level_word]:
            # a county-level city's 市长 is its own (都匀市), not the prefecture's the article is about
            division = self.named_by_level(place, level_word) or self.ctx.body_place(level_word, article)
        return body_name(division, body, self.gazetteer) if division else ""

    def skips_named_container(self, child: Entity, parent: Entity, article: int) -> bool:
        """Whether the map puts a place that the article names between child and parent: 瑞金市 is in 江西省 by
        the map, but when the article also names 赣州市, that is its nearest container (the guidelines' rule),
        whatever container the sentence itself names (瑞金市、于都县…纳入江西省…试点)."""
        child_code, parent_code = child.attrs.get("adcode"), parent.attrs.get("adcode")
        if not child_code or not parent_code:
            return False
        named = self.ctx.article_places.get(article, set())
        between = []
        for division in self.gazetteer.chain(child_code):
            if division.adcode == parent_code:
                return any(code in named for code in between)
            between.append(division.adcode)
        return False

    def far_town(self, division: Division) -> bool:
        """A town named alone is one of the document's province (or of a place it names): thousands of town
        names are also words or parts of them (全国文明村镇 is no 明村镇 of Shandong). Unchecked when the
        document's province is unknown."""
        return division.level == "town" and self.ctx.province is not None

    def near(self, division: Division, context: set[str]) -> bool:
        """Whether a division is a province, or lies in the document's province or a place named nearby."""
        if division.level == "province":
            return True
        return any(d.adcode in context for d in self.gazetteer.chain(division.adcode))

    def named_city(self, division: Division, end: int) -> bool:
        """走进长沙、武汉、广州等城市, 送到北京。: a prefecture-level city's short name (武汉) that ends a word, before a
        list's joiner or punctuation, names the city wherever the document is from; one that goes on into a word
        (常州村, 日照时数, 黑河流域) may be a word of its own."""
        after = self.sentence_text[end:end + 1]
        return division.level == "city" and (not HAN.match(after) or after in CITY_LIST_WORDS)

    def collective_body(self, name: str) -> bool:
        """东莞市各镇人民政府, 有关县区人民政府, 街道办事处, 乡镇卫生院: a body named by a word for all or some places
        of a level (after the place they lie in, if any) is no body in particular."""
        division = opening_division(name, self.gazetteer)
        return name[len(division.name) if division else 0:].startswith(self.collective_openers)

    def organization(self, name: str, article: int, adjacent: Division | None = None) -> str:
        """省委 -> 中共浙江省委, 省财政厅 -> 浙江省财政厅, 自治区党委 -> 中共广西壮族自治区委员会 (the document's
        province); 市委 -> 中共广州市委,
        区财政局 -> 海淀区财政局 (the city or county the article is about); a body named by a level word that
        the context cannot fill is dropped."""
        name = self.org_expansions.get(name, name)
        if name in self.generic_bodies:
            return ""  # 人大常委会, 党委: no body in particular
        level_word = level_word_of(name)
        if not level_word or lexicons.opens_ordinary_word(name):
            named = full_place_opening(name, self.gazetteer)
            return full_form(party_name(placed_body_name(named, self.gazetteer), self.gazetteer))
        place = adjacent or self.ctx.body_place(level_word, article)
        if LEVEL_WORDS.get(level_word) == "county" and not (place and place.name.endswith(level_word)):
            place = self.latest_named(level_word)  # 叶集区推行…，由区委、区政府…: in an article about 金寨县, not 县委
        if place is None or (level_word == "自治区" and not place.name.endswith("自治区")):
            return ""
        return body_name(place, level_body(name, level_word), self.gazetteer)

    def notice_issuer(self, self_body: str, article: int) -> str:
        """我厅 -> 内蒙古自治区农牧厅 in that body's notice; "" in any other article or for a body of another kind
        (我局 in a department's notice)."""
        kind = self_body[1:]
        issuer = next((i for i in self.notice_issuer_names(article)
                       if i.endswith(kind) or kind == "委" and i.endswith("委员会")), "")
        return self.organization(issuer, article) if issuer else ""

    def notice_issuer_names(self, article: int) -> list[str]:
        """The bodies heading the title of the article's notice, in order (农业农村部办公厅 财政部办公厅关于…: two)."""
        return [i for i in re.split(r"[ \u3000、]", self.ctx.notice_issuers.get(article, "")) if i]

    def own_body(self, kind: str, article: int, source: str) -> Entity | None:
        """The body a head's title with no body (副厅长, 局长) belongs to in an article of that body's own (its notice,
        work summary or press conference): the body whose notice the article is, else the one body of that kind
        among those the article (of the document `source`) has named so far, or None when it named several. A
        cooperative or a company (合作社理事长) may lie anywhere; a 厅 or 局 is one of the article's places."""
        issuer = self.notice_issuer("我" + kind, article)
        if issuer:
            return self.entity(Mention(issuer, "Organization", 0, 0), article)
        local = kind in self.head_body_kinds
        named = self.kb.mentions.get((source, article), {})
        bodies = [self.kb.entities[key] for key in named if self.kb.entities[key].type == "Organization"
                  and self.kb.entities[key].label.endswith(kind)
                  and (not local or self.local_body(self.kb.entities[key], article))]
        return bodies[0] if len(bodies) == 1 else None

    def local_body(self, body: Entity, article: int) -> bool:
        """Whether a body is one of the places the article is about: named with its place (not 国家统计局, which a
        county's article cites as the deployer), and not above the county the article is about (not 省统计局 in
        an article about 阳新县)."""
        division = opening_division(body.label.removeprefix("中共"), self.gazetteer)
        county = self.ctx.article_focus.get(article, {}).get("county")
        above = {d.adcode for d in self.gazetteer.chain(county.adcode)} if county is not None else set()
        return division is not None and division.adcode not in above

    def notice_bodies(self, article: int) -> list[Entity | None]:
        """The bodies whose notice the article is (its title line; one or several issuing it together), none in
        any other article."""
        return [self.entity(Mention(i, "Organization", 0, 0), article) for i in self.notice_issuer_names(article)]

    def latest_named(self, level_word: str) -> Division | None:
        """The last county-level place so far in the sentence whose name ends with the level word (区: a district,
        not 广西壮族自治区)."""
        return next((d for _, d in reversed(self.sentence_places) if d.level == "county" and d.name.endswith(level_word)), None)


def resolve_document(kb: KnowledgeBase, document: Document, results: list[SentenceResult], gazetteer: Gazetteer | None = None) -> None:
    """Add one document's entities, facts, mention counts and authors to `kb`."""
    gazetteer = gazetteer or load_gazetteer()
    resolver = Resolver(kb, gazetteer, document_context(results, gazetteer))
    kb.documents.append(document)
    for article in document.articles:
        key = (document.source, article.index)
        kb.mentions.setdefault(key, {})
        names = [author_name(a) for a in article.authors]
        kb.authors[key] = [resolver.entity(Mention(n, "Person", 0, 0), article.index).key for n in names if n]
    for r in results:
        article = r.ctx.article.index
        counts = kb.mentions[(document.source, article)]
        resolver.start_sentence(r.ctx.sentence.text)
        people = []
        for m in sorted(r.mentions, key=lambda m: m.start):
            entity = resolver.entity(m, article)
            if entity and not (entity.type == "Organization" and branch_of_title(entity.label, r.ctx.sentence.text, m.end)):
                counts[entity.key] = counts.get(entity.key, 0) + 1
                if entity.type == "Person":
                    people.append(entity)
                if entity.type == "Policy":
                    resolver.note_policy(entity, article)
        for place in resolver.report_places(article):
            counts[place.key] = counts.get(place.key, 0) + 1
        resolver.note_meeting_body(r.mentions, article)
        resolver.note_subject_place(r.mentions, article, r.ctx.sentence.text, r.ctx.opens_paragraph())
        for rel in r.relations:
            add_relation(kb, resolver, rel, article)
        if people:
            resolver.latest_people[article] = people[-1]
        for entity in {e.key: e for e in resolver.read_by_rules}.values():
            counts[entity.key] = counts.get(entity.key, 0) + 1
        resolver.note_programs(r.mentions, article)
        resolver.note_list_heading(article)
        resolver.note_latest_places(article)


MIN_PLACED_PROGRAM = 6  # what a program's name holds after its place: a name (洞庭湖…三年行动), not a bare head


def note_placed_program(ctx: DocumentContext, article: int, name: str, gazetteer: Gazetteer) -> None:
    """湖南省洞庭湖生态环境专项整治三年行动 in a headline and 洞庭湖生态环境专项整治三年行动 in the article are one
    program: the headline names it in full with the province it belongs to, the text drops the province."""
    division = opening_division(name, gazetteer)
    if division is not None and division.level == "province" and len(name) - len(division.name) >= MIN_PLACED_PROGRAM:
        ctx.placed_programs.setdefault((article, name[len(division.name):]), name)


def program_short_names(name: str) -> tuple[str, ...]:
    """千村示范、万村整治工程 -> 千万工程: a program named by parallel parts that open with numerals (千…、万…;
    百县…、千镇…、万村…) is usually called by those numerals; naming it so makes both forms one entity (the long
    form stays an alias) when the document writes the short form too (the resolver checks: 千村美丽、万村振兴行动 alone
    is no 千万行动). Other parallel names keep their full form (小岛迁、大岛建工程 is no 小大工程). A name that opens
    with counted nouns side by side is called by their numerals (百县千镇万村高质量发展工程 -> 百千万工程) or by the
    counted nouns themselves (百村千幢古民居保护利用工程 -> 百村千幢工程), as is one whose field opens it before them
    (茶产业百企千园万户帮带工程 -> 百千万工程), and so is one that quotes them, with the words after the quote or not
    (人参产业“十企百园千户”提升工程 -> 十百千工程, 十百千提升工程), the numerals quoted where the document writes them
    so (“十百千”工程). The forms it may be called by, the likeliest first; none for other names."""
    suffix = lexicons.suffix_of(name, "quoted_program_suffixes")
    if not suffix:
        return ()
    counted = COUNTED_NOUNS.match(name) or QUOTED_COUNTED_NOUNS.search(name)  # or quoted: 人参产业“十企百园千户”提升工程
    nouns = counted.group("nouns") if counted else ""
    if nouns and all(NUMERAL_VALUES[a] < NUMERAL_VALUES[b] for a, b in zip(nouns[::2], nouns[2::2])):
        # 百县千镇万村: rising counts (not 一村一品, 三改一拆); a quote's head may stay (“百千万”示范工程)
        head = name[counted.end():] if counted.group().startswith("“") else suffix
        return f"“{nouns[::2]}”{suffix}", nouns[::2] + suffix, nouns[::2] + head, nouns + suffix
    parts = name[: len(name) - len(suffix)].split("、")
    if len(parts) < 2 or not all(len(p) >= 2 and p[0] in NUMERAL_VALUES for p in parts):
        return ()
    return ("".join(p[0] for p in parts) + suffix,)


BYLINE_NAME_MAX = 4  # 泽仁卓玛, 欧阳晓明: a byline's names run to four characters (ingest reads no longer ones)


def author_name(byline: str) -> str:
    """A byline entry without its role words (本报记者 王某 -> 王某); "" when only a role is left (记者)."""
    name = byline
    for title in sorted(lexicons.lines("titles.txt"), key=len, reverse=True):
        if name.startswith(title):
            name = name[len(title):].strip()
    whole = looks_like_any_name(name) or len(name) == BYLINE_NAME_MAX and all(HAN.match(c) for c in name)  # 泽仁卓玛
    return name if whole and name not in lexicons.lines("titles.txt") else ""


def add_fact(kb: KnowledgeBase, subject: str, predicate: str, obj: str, evidence: Evidence | None) -> None:
    fact = kb.facts.get((subject, predicate, obj))
    if fact is None:
        fact = kb.facts[subject, predicate, obj] = Fact(subject, predicate, obj)
    if evidence is not None and evidence not in fact.cited:
        fact.cited.add(evidence)
        fact.evidence.append(evidence)


def add_relation(kb: KnowledgeBase, resolver: Resolver, rel: Relation, article: int) -> None:
    if rel.attrs.get("anaphor"):
        subject = resolver.latest_program(rel.attrs["anaphor"], article)
    elif rel.attrs.get("listed"):
        subject = resolver.listed_programs.get(article)
    elif rel.attrs.get("policyAnaphor"):
        subject = resolver.latest_policy(rel.attrs["policyAnaphor"], article)
    elif rel.attrs.get("latestPerson"):
        subject = resolver.latest_people.get(article)  # 她是合作社的社员 after a sentence naming her
    else:
        subject = resolver.entity(rel.subject, article)
    if subject is None:
        return
    if rel.attrs.get("titled"):
        resolver.read_by_rules.append(subject)
    if rel.predicate == "holds":
        add_post(kb, resolver, subject, rel, article)
        return
    if rel.attrs.get("meetingBody"):
        obj = resolver.meeting_bodies.get(article)
    elif rel.attrs.get("noticeIssuer"):
        for obj in resolver.notice_bodies(article):  # 农业农村部办公厅 财政部办公厅关于…: each issuer decides
            add_object(kb, resolver, subject, rel, obj, article)
        return
    elif rel.attrs.get("articlePlace"):
        obj = resolver.article_place(rel.attrs["articlePlace"], rel.object.start, article)
    elif rel.attrs.get("placeAnaphor"):
        obj = resolver.anaphoric_place(rel.attrs["placeAnaphor"], rel.object.start, article)
    elif rel.attrs.get("ownBody"):  # 是合作社的社员: the one cooperative the article has named
        obj = resolver.own_body(rel.attrs["ownBody"], article, rel.evidence.source)
    elif rel.attrs.get("namedPlace"):
        obj = resolver.opening_place(subject, rel.object.start, article)
    elif (counted := resolver.counted_places(rel.object, article)) is not None:
        for obj in counted:  # 两县深入实施X: each of the two counties named last
            add_object(kb, resolver, subject, rel, obj, article)
        return
    else:
        obj = resolver.entity(rel.object, article)
    add_object(kb, resolver, subject, rel, obj, article)


def add_object(kb: KnowledgeBase, resolver: Resolver, subject: Entity, rel: Relation, obj: Entity | None,
               article: int) -> None:
    if obj is None or obj.key == subject.key:
        return
    if rel.predicate == "locatedIn" and resolver.skips_named_container(subject, obj, article):
        return
    add_fact(kb, subject.key, rel.predicate, obj.key, rel.evidence)
    if rel.attrs.get("paired"):
        resolver.read_by_rules.append(obj)  # 县两办, 县委、政府: bodies the recognisers could not name
    for name, value in rel.attrs.items():
        if name in ("start", "date") and obj.type == "Place" and subject.type == "Meeting":
            subject.attrs.setdefault("startDate", value)
        elif name == "end" and subject.type == "Meeting":
            subject.attrs.setdefault("endDate", value)
        elif name == "date" and subject.type == "Policy":
            subject.attrs.setdefault("issued", value)
        elif name == "dateText" and subject.type == "Meeting":
            subject.attrs.setdefault("dateText", value)


def add_post(kb: KnowledgeBase, resolver: Resolver, person, rel: Relation, article: int) -> None:
    """A post is one title in one organization or place: person org:holds post, post org:postIn org."""
    title = rel.object.canonical or rel.object.text
    org = resolver.entity(rel.links["org"], article) if "org" in rel.links else None
    place = resolver.place_of(rel, article) or (resolver.entity(rel.links["place"], article) if "place" in rel.links else None)
    if org is None and rel.attrs.get("orgHint"):
        hint = rel.attrs["orgHint"]
        label = resolver.organization(hint, article, adjacent=resolver.named_by_level(place, level_word_of(hint)))
        # 吴店村…村委会主任: the village's committee is the post's body, no mention of its own (the dev set lists it
        # in 4 of 44 passages that write such a title)
        village = "" if label else resolver.village_body(hint, rel.object.start)
        org = resolver.entity(Mention(label or village, "Organization", 0, 0), article) if label or village else None
    if org is not None and rel.attrs.get("partyBody"):  # 财政局党组: named by the title's opening word, a mention
        resolver.read_by_rules.append(org)
    if org is None and "orgInside" in rel.links:  # 在大湾村，村党支部书记X: the village's branch
        org = resolver.entity(rel.links["orgInside"], article)
    if org is None:
        label = resolver.post_body(title, place, article)
        org = resolver.entity(Mention(label, "Organization", 0, 0), article) if label else None
    if org is None and (label := village_branch(title, place)):
        org = resolver.entity(Mention(label, "Organization", 0, 0), article)  # 双合村党支部书记X: that village's branch
    if org is None and rel.attrs.get("ownBody"):
        org = resolver.own_body(rel.attrs["ownBody"], article, rel.evidence.source)
        if org is None and rel.attrs["ownBody"] in resolver.head_body_kinds:
            return  # 副厅长 of no body the article makes clear: no post
        # 合作社理事长X说 where the article names no cooperative, or several: a post all the same, in no named body
    place = resolver.jurisdiction(org, place, article)
    parts = "|".join([person.key, title, org.key if org else "", place.key if place else ""])
    key = stable_key("Post", parts)
    post = kb.entities.get(key) or kb.entities.setdefault(key, Entity(key, "Post", f"{person.label} {title}", attrs={"title": title}))
    for name in ("start", "end"):
        if rel.attrs.get(name):
            post.attrs.setdefault(f"{name}Date", rel.attrs[name])
    if rel.attrs.get("dateText"):
        post.attrs.setdefault("dateText", rel.attrs["dateText"])
    add_fact(kb, person.key, "holds", key, rel.evidence)
    add_fact(kb, key, "heldBy", person.key, None)
    if org:
        add_fact(kb, key, "postIn", org.key, rel.evidence)
    if place:
        add_fact(kb, key, "jurisdiction", place.key, rel.evidence)


def village_branch(title: str, place: Entity | None) -> str:
    """双合村党支部书记: the party branch a secretary's title opens with, of the village the post is in (the text
    names the village, the branch only as the title's opening: no mention of it, but the post's body)."""
    branch = next((b for b in cues()["posts"]["party_bodies"] if title.startswith(b)), "")
    is_village = place is not None and place.type == "Place" and lexicons.suffix_of(place.label, "village_suffixes")
    return place.label + branch if branch and is_village else ""


def add_gazetteer_chains(kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
    """Every linked place lies in its parent, up to its province, as the gazetteer says."""
    for entity in [e for e in kb.entities.values() if e.type == "Place" and e.attrs.get("adcode")]:
        child = entity
        for parent in gazetteer.chain(entity.attrs["adcode"]):
            key = f"place/{parent.adcode}"
            if key not in kb.entities:
                kb.entities[key] = Entity(key, "Place", parent.name, attrs={"adcode": parent.adcode, "level": parent.level})
            add_fact(kb, child.key, "locatedIn", key, None)
            child = kb.entities[key]
