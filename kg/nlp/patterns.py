"""Rule recognisers: policies, programs, meetings, organization abbreviations, titles and the names after them.

Every cue (suffixes, abbreviations, titles, regular expressions) comes from the data files in kg/lexicons.
Phrase edges come from the statistical model's words: a program name is the run of noun-like words that ends
in a program suffix (山海协作工程), so no list of program names is needed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from ..gazetteer import load_gazetteer, provincial
from ..names import NUMERAL_VALUES, body_name, branch_of_title, opening_division, report_division, with_municipality
from .candidates import (
    HAN,
    OPENERS,
    QUOTES,
    Candidate,
    Word,
    candidates,
    counted_levels_before,
    is_region,
    joined_body_start,
    level_words,
    text_of,
    words,
)
from .lac import (
    DOTTED_PART_MAX,
    NAME_DOTS,
    appointed_name_end,
    is_dotted_name,
    is_graded_kind,
    looks_like_any_name,
    looks_like_person_name,
    name_boundaries,
    name_part_lexicon,
    parted_name_end,
)
from .places import body_joint

BOOK_TITLE = re.compile(r"《([^《》\n]{2,80})》")
VERSION_NOTE = re.compile(r"[（(](?![）)])(?:试行|暂行|(?:修订|修正)?(?:草案)?(?:征求意见稿|送审稿)?|\d{4}年版?|\d{4}[—–－-]+\d{4}年)[）)]$")


@cache
def _titles() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(lexicons.lines("titles.txt"), key=len, reverse=True))))


@cache
def _quotes() -> tuple[re.Pattern, ...]:
    """One pattern per kind of quotation marks: a name quoted inside a quote of another kind (“…深化‘千万工程’…”) is
    found as well as the outer quote."""
    return tuple(re.compile(f"{re.escape(a)}([^{a}{b}\n]{{2,30}}){re.escape(b)}")
                 for a, b in lexicons.patterns()["quote_pairs"])


def _quoted(text: str) -> list[re.Match]:
    """The quoted phrases of a text, in order (an outer quote before the ones inside it)."""
    return sorted((m for pattern in _quotes() for m in pattern.finditer(text)), key=lambda m: (m.start(), -m.end()))


def policies(text: str) -> list[Candidate]:
    found = []
    for m in BOOK_TITLE.finditer(text):
        name = m.group(1)
        core = VERSION_NOTE.sub("", name)
        if lexicons.suffix_of(core, "policy_suffixes"):
            found.append(Candidate(m.start(1), m.end(1), "Policy", "policy"))
        elif lexicons.suffix_of(core, "media_suffixes"):
            found.append(Candidate(m.start(1), m.end(1), "Organization", "organization"))
    for m in re.finditer(lexicons.patterns()["short_title_pattern"], text):
        if any(c.start == m.start("full") for c in found if c.label == "Policy"):
            found.append(Candidate(m.start("short"), m.end("short"), "Policy", "policy", canonical=m.group("full")))
    headline = re.match(lexicons.patterns()["headline_document"], text)
    if headline:
        # 龙岩市农业农村局关于…的通知 is named with its issuer, as it is cited; a joint notice (农业农村部办公厅
        # 财政部办公厅关于…的通知) by its title proper, as citations name it (its issuers are still its issuers)
        joint = re.search(r"[\s、]", headline.group("issuers") or "")
        start = headline.start("issuers") if headline.group("issuers") and not joint else headline.start("name")
        found.append(Candidate(start, headline.end("name"), "Policy", "policy"))
    report = re.match(lexicons.patterns()["headline_report"], text)
    if report and report_division(report.group("name"), load_gazetteer()):
        # 汨罗市政府工作报告（摘要）: a work report's title line, which opens with its government's division (not
        # 会议听取和审议了县人民政府工作报告)
        found.append(Candidate(report.start("name"), report.end("name"), "Policy", "policy"))
    characters = _characters(text)
    for pattern, needed in lexicons.compiled("policy_patterns"):
        if not needed <= characters:
            continue  # a character every match holds is missing (most sentences): nothing to scan for
        for m in pattern.finditer(text):
            canonical = "".join(g for g in m.groups() if g)
            found.append(Candidate(m.start(), m.end(), "Policy", "policy", canonical=canonical))
    return found


NAME_TAGS = ("LOC", "ORG", "PER")  # the model's named entities: a name ends before 和, it is not modified across it


def session_ordinal(ws: list[Word], j: int, text: str) -> bool:
    """市政府第43次常务会议, 第14届: an ordinal written in Arabic digits before 次/届 belongs to the meeting's name,
    as 第四十三次 does."""
    word = text[ws[j].start:ws[j + 1].end if j + 1 < len(ws) else ws[j].end]
    return re.match(r"第[0-9]+[次届]", word) is not None


LINKING_DASHES = frozenset({"—", "——", "－", "-"})  # the dashes that link two places in one name (杭州—绍兴)


def _dash_linked(ws: list[Word], j: int, word: str) -> bool:
    """新安江—千岛湖生态保护补偿样板区, 威远—荣县协同发展先行区: a dash between two places links them in one name."""
    return word in LINKING_DASHES and 0 < j < len(ws) - 1 and ws[j - 1].tag == "LOC" and ws[j + 1].tag == "LOC"


def phrase_start(ws: list[Word], i: int, text: str, tags: frozenset[str], limit: int = 5) -> int:
    """Start offset of the noun phrase that ends with word i: at most `limit` modifier words with one of
    `tags` to its left, stepping over quoted names, and over 和/与 inside a name (文化和旅游厅) but not
    between two names (财政厅和人社厅, 西江千户苗寨和海淀区中关村科学城, 乡村振兴战略和区域协调发展战略)."""
    joiners = lexicons.set_of("org_joiners")
    start, taken = ws[i].start, 0
    j = i - 1
    while j >= 0 and taken < limit:
        w = ws[j]
        word = text[w.start:w.end]
        if word in lexicons.set_of("phrase_prepositions"):
            break  # 《…》经|市政府|常务会议: the model may tag a preposition as part of a body's name
        if word in joiners and _opens_name(ws, j, tags):
            start = w.start  # 开展和美乡村建设试点: 和 read as part of a name, after a verb, joins nothing
            break
        if word in joiners:
            before = text[ws[j - 1].start:ws[j - 1].end] if j else ""
            if "c" not in tags or not before or not HAN.match(before[-1]) or lexicons.suffix_of(before, "org_suffixes") \
                    or lexicons.suffix_of(before, "program_suffixes") or _whole_name(ws[j - 1], before):
                break  # 乡村振兴战略和区域协调发展战略: two programs; 《…》和农业农村部: a title's mark opens no name
            start = w.start
        elif w.tag in tags and w.tag != "c" and (all(HAN.match(c) for c in word) or session_ordinal(ws, j, text)):
            start, taken = w.start, taken + 1
        elif _dash_linked(ws, j, word):
            start = w.start
        elif word in "”’」" and _quote_open(text, w.start) is not None:
            start = _quote_open(text, w.start)
            while j >= 0 and ws[j].start > start:
                j -= 1
            taken += 1
        else:
            if _abbreviated_along(ws, j, text, start):
                start = w.start  # 沿|黄|生态廊道: 沿黄 (along the Yellow River) opens the name
            break
        j -= 1
    return start


def _abbreviated_along(ws: list[Word], j: int, text: str, start: int) -> bool:
    """沿黄生态廊道, 沿淮生态经济带: 沿 before a river's or a coast's one-character abbreviation makes a place
    adjective (沿黄 = along the Yellow River) that the model splits as a preposition and a word; the name opens
    with 沿. A preposition before a longer word (沿黄河实施) governs a place instead."""
    nxt = ws[j + 1] if j + 1 < len(ws) else None
    return (text[ws[j].start:ws[j].end] in lexicons.set_of("along_prepositions") and nxt is not None
            and nxt.start == start and nxt.end - nxt.start == 1 and HAN.match(text[nxt.start]) is not None)


def _whole_name(w: Word, word: str) -> bool:
    """Whether the model's word is a whole name, so that 和 after it joins two names. A word the model tags as
    an organization but that ends in no body word is only the first half of one (省工业 in 省工业和信息化厅), and
    so is a "place" that runs on from a division's full name into a word that ends no place (洛阳市工业 in
    洛阳市工业和信息化局)."""
    if w.tag == "ORG":
        return bool(lexicons.suffix_of(word, "org_suffixes"))
    if w.tag == "LOC":
        division = opening_division(word, load_gazetteer())
        rest = word[len(division.name):] if division is not None else ""
        return not rest or bool(lexicons.suffix_of(rest, "place_suffixes"))
    return w.tag in NAME_TAGS


def _quote_open(text: str, close_at: int) -> int | None:
    opener = OPENERS[text[close_at]]
    k = text.rfind(opener, max(0, close_at - 30), close_at)
    return k if k >= 0 else None


def _strip_outer_quotes(surface: str) -> str:
    """“千村示范、万村整治”工程 -> 千村示范、万村整治工程; inner quotes stay (公共服务“七优享”工程)."""
    if surface[:1] in "“‘「":
        close = QUOTES[surface[0]]
        k = surface.find(close)
        if k > 0:
            return surface[1:k] + surface[k + 1:]
    return surface


def _opens_name(ws: list[Word], j: int, tags: frozenset[str]) -> bool:
    """A joiner the model reads as a word of a name (not a conjunction), right after a verb, preposition or time
    word, opens that name (开展|和|美乡村, 2024年度|和|美乡村): with nothing nominal before it, it joins nothing."""
    return ws[j].tag in tags and ws[j].tag != "c" and j > 0 and ws[j - 1].tag in ("v", "p", "TIME", "t", "w")


def _after_lead_verb(text: str, start: int, end: int, kind: str) -> int:
    """布局海上养殖综合整治示范区: the model may read the verb that governs a name as a noun that opens it; a verb of
    the list `kind` that opens the phrase is no part of the name, which starts after it."""
    lead = lexicons.prefix_at(text, start, kind)
    if not lead:
        # 打|好污染防治攻坚战: the model splits the verb and reads its second half as an adjective opening the phrase
        inside = next((len(v) - k for v in lexicons.longest_first(kind) for k in range(1, len(v))
                       if text.startswith(v, start - k)), 0)
        if inside and end - start > inside:
            return start + inside
    if not lead and _word_before(text, start, kind):
        # 探索建立“X”利益联结机制: a verb that completes the lead verb before it (建立, 构建) opens no name either
        lead = lexicons.prefix_at(text, start, "lead_verb_complements")
    if not lead and text.startswith("“", start + 1):
        lead = lexicons.prefix_at(text, start, "quote_complements")  # 并用好“海河英才”行动计划: 并用|好 to the model
    return start + len(lead) if lead and end - start > len(lead) else start


def _after_inner_lead(text: str, start: int, end: int, kind: str) -> int:
    """在阳明堡镇试点“合作社+农户”订单种植模式, 在李旺镇试点“阳光三资”监管平台: the model may read the verb before a
    quote (试点) as a noun that a place before it modifies, so that the phrase opens at the place; a verb of the list
    `kind` right before the opening quote governs the quoted name, which starts at the quote."""
    quote = text.find("“", start, end)
    return quote if quote > start and lexicons.suffix_of(text[start:quote], kind) else start


def _strip_prefixes(text: str, start: int, end: int) -> int:
    """Skip scope, batch and quantity words that open a phrase but are no part of a name (一批, 全省, 新时代,
    第二批, 十项, 第三轮)."""
    # 这一专项行动: the model splits 这|一, so that the phrase opens inside a demonstrative's stop word; the rest
    # of that word is no name either (only a demonstrative: 健全|市场化改革 opens no 全市).
    opened_inside = next((len(p) - o for p, o in _demonstrative_stop_prefixes().get(text[start:start + 1], ())
                          if o <= start and text.startswith(p, start - o)), 0)
    start += opened_inside if end - start > opened_inside else 0
    while True:
        batch = BATCH.match(text, start) or NATIONAL_BATCH.match(text, start) or PLAN_PERIOD.match(text, start) \
            or COUNT_BEFORE_QUOTE.match(text, start)
        openers = ([batch.group()] if batch else []) + lexicons.entries_at(text, start, "phrase_stop_prefixes")
        p = next((p for p in openers if end - start > len(p) + 2), "")
        if not p:
            return start
        start += len(p)


@cache
def _demonstrative_stop_prefixes() -> dict[str, tuple[tuple[str, int], ...]]:
    """The stop prefixes that open with a demonstrative, as (prefix, offset) pairs under each character a prefix
    holds at that offset (not its first): a phrase can open inside one only at such a character, so the other
    prefixes are never tried. The pairs keep the prefixes' longest-first order, then the offsets' order."""
    demonstratives = tuple(lexicons.patterns()["demonstratives"])
    index: dict[str, list[tuple[str, int]]] = {}
    for p in lexicons.longest_first("phrase_stop_prefixes"):
        if p.startswith(demonstratives):
            for o in range(1, len(p)):
                index.setdefault(p[o], []).append((p, o))
    return {character: tuple(pairs) for character, pairs in index.items()}


def _kept_level(text: str, start: int, rule: dict) -> int:
    """推进全国农村一二三产业融合发展先导区创建: the scope word the prefixes stripped is the level of the scheme
    the rule names (its `keeps_level` words), so it opens the name again."""
    words = lexicons.patterns()[rule["keeps_level"]] if "keeps_level" in rule else ()
    return next((start - len(word) for word in words if text.startswith(word, start - len(word))), start)


def _after_coordinated_works(text: str, start: int, end: int) -> int:
    """推进老旧小区改造和完整社区建设试点, 统筹推进集镇环境整治和乡村振兴示范创建: a kind of works (改造, 整治)
    or a whole program joined by 和 to a scheme is a task of its own; the scheme's name starts after 和."""
    works = re.match(lexicons.patterns()["coordinated_works"], text[start:end])
    # 推进高标准农田建设项目和“粤字号”农业品牌提升行动: a whole program before 和 is a name of its own too
    works = works or re.match(lexicons.patterns()["coordinated_programs"], text[start:end])
    return start + works.end() if works else start


def _head_word(ws: list[Word], i: int, text: str, kind: str) -> tuple[int, str]:
    """(index of the word where the suffix starts, the suffix) when the words ending at i end in a suffix of
    `kind`; a suffix may span words (推进 会)."""
    first = ws[max(0, i - 2)].start
    suffix = lexicons.suffix_of(text[first:ws[i].end], kind)
    if not suffix:
        return -1, ""
    head_start = ws[i].end - len(suffix)
    k = i
    while k > 0 and ws[k].start > head_start:
        k -= 1
    return k, suffix


@cache
def _phrase_rule_endings() -> tuple[tuple[dict, frozenset[str]], ...]:
    """Each phrase rule with the characters its suffixes end in: a sentence with no word ending in one of them
    is skipped for the rule with one set test."""
    return tuple((rule, lexicons.last_characters(rule["suffixes"])) for rule in lexicons.patterns()["phrase_rules"])


# Words between a quote's close and the head word it opens: a field of a kind of crop, land or people and a
# scheme word fill four (“以种适地”耐|盐碱|作物|示范|项目, “藏粮于技”抗|倒伏|小麦|示范|项目).
QUOTED_LEAD_REACH = 4


def _quoted_lead(text: str, ws: list[Word], k: int, tags: frozenset[str], limit: int = QUOTED_LEAD_REACH) -> int:
    """“美丽乡村+”整县推进试点: a quoted name opens the program even across words of any kind (推进), when at
    most `limit` Han words stand between the closing quote and the head word; the words between a launching
    verb and the quote belong to the name too (开展脐橙产业“一县一品”提升试点)."""
    joiners = lexicons.set_of("org_joiners")
    # 循环种养模式, 直供模式: an adverb the model splits off a verb between the quote and the head is part of the name.
    function_tags = lexicons.set_of("function_tags") - lexicons.set_of("adverb_tags")
    j, glued = k - 1, 0
    breaks = joiners | lexicons.set_of("quoted_lead_breaks")  # 把“百千万工程”作为头号工程: ranked, not named
    while j >= 0 and k - j - glued <= limit and all(HAN.match(c) for c in text[ws[j].start:ws[j].end]):
        word = text[ws[j].start:ws[j].end]
        if _glued_character(ws, j, k, word):
            glued += 1  # “9·5”地震灾后恢复重建项目: 灾 后 is one word the model split, no function word
        elif word in breaks or ws[j].tag in function_tags:
            return ws[k].start  # “八八战略”和千万工程: two programs; “千万工程”经验等基层治理: a list ends before 等
        j -= 1
    if j >= 0 and text[ws[j].start:ws[j].end] == "”":
        opened = _quote_open(text, ws[j].start)
        if opened is not None:
            # 宫集镇试点|家庭医生签约“1+1+N”团队服务模式: a pilot verb launches a quoted field's program too
            lead = _governed_start(text, ws, next(q for q in range(j, -1, -1) if ws[q].start <= opened), tags,
                                   limit=QUOTE_FIELD_REACH, more_leads=lexicons.set_of("quote_pilot_verbs"))
            return _strip_prefixes(text, lead, ws[k].end)  # 实施新时代“小岛迁、大岛建”工程
    return ws[k].start


PROGRAM_ENDINGS = ("program_suffixes", "chief_system_suffixes")  # the words that end a program's name in prose
# the words that end a quoted name a launching verb governs with its field: 启动河湖治理“五大行动”, and a model
# named whole in its quote (探索金融扶贫“卢氏模式”, 推行基层治理“枫桥经验”机制 is the model rule's)
QUOTED_FIELD_ENDINGS = (*PROGRAM_ENDINGS, "model_suffixes")


COMMON_NOUN_TAGS = frozenset({"n", "vn", "nz"})  # the model's tags of nouns and nominal verbs


# How far before a program's head word the verb that launches it may stand: long governed names reach 17-20
# characters (开展山水林田湖草沙一体化保护和修复工程试点), and the walk stops anyway at the first word no name holds.
GOVERNED_REACH = 20


def _governed_start(text: str, ws: list[Word], k: int, tags: frozenset[str], limit: int = GOVERNED_REACH,
                    more_leads: frozenset[str] = frozenset()) -> int:
    """实施大规模设备更新工程, 列为高海拔地区改厕技术模式试点: right after a verb that launches programs (实施,
    深化, 列为 …) a program's name is all the words up to its head word k, verbs and 和 among them (更新, 改;
    开展草畜平衡和禁牧休牧制度改革); without such
    a verb before the words (at most `limit` characters away), the name keeps to its nouns (ws[k].start here)."""
    leads = lexicons.set_of("program_lead_verbs") | more_leads
    joiners = lexicons.set_of("org_joiners")
    inner_tags = tags | {"v", "vd", "ad"}  # 开展木耳菌包集中加工试点: 集中 is an adverbial adjective
    noun_endings = lexicons.set_of("noun_final_particles")
    aspect = lexicons.set_of("aspect_particles")
    relatives = lexicons.set_of("relative_particles")
    relative_leads = lexicons.set_of("program_relative_lead_verbs")
    whole_scopes = tuple(lexicons.patterns()["whole_scope_words"])
    j = k - 1
    while j >= 0 and ws[k].start - ws[j].end <= limit:
        word = text[ws[j].start:ws[j].end]
        if word in lexicons.set_of("glued_lead_verbs") and j > 0 and ws[j - 1].tag in COMMON_NOUN_TAGS:
            word = ""  # 医育结合“1+1+X”托育指导体系建设: after a noun, 结合 closes a compound that opens the name
        if word in lexicons.set_of("copulas"):
            break  # 承担的任务是|完成农村公路建设: the copula ends the clause a relative lead stands in
        if word in joiners and text.startswith("“", ws[j].end):
            return ws[j + 1].start  # 开展走访活动和|“清廉医院”创建: 和 before a quote joins two objects of the verb
        if word in leads and text.endswith(whole_scopes, 0, ws[j].start):
            j -= 1  # 高标准农田建设整区域推进试点: a verb after a whole-scope word is part of the name
            continue
        if word in leads and j == k - 1 and j > 0 and ws[j - 1].tag == "vn" and HAN.match(text[ws[k].start]):
            # 农村集体产权制度改革深化试点: a verb between a nominal verb and the head names the pilot's stage (not
            # before a quote, which the verb launches: 结合乡村振兴推进|“光伏+”农业项目)
            j -= 1
            continue
        if word in leads and word in lexicons.set_of("spread_lead_verbs"):
            if lexicons.prefix_at(text, ws[k].end, "experience_words"):
                break  # 推广霍邱县稻虾综合种养试点经验: the experience is spread, the name keeps to its nouns
            if ws[j].tag == "vn" or j > 0 and ws[j - 1].tag in COMMON_NOUN_TAGS:
                j -= 1  # 农机研发制造推广应用一体化试点, 农技推广体系改革: a noun, or after one, spreading is part of the name
                continue
        if word in leads:
            return ws[j].end if j < k - 1 and text[ws[j + 1].start:ws[j + 1].end] not in joiners else ws[k].start
        if (word in aspect or word in relatives) and j > 0 and j < k - 1 \
                and text[ws[j - 1].start:ws[j - 1].end] in leads | relative_leads:
            # 实施了农村人居环境整治提升工程, 省委部署的绿色低碳…先行区建设三年行动: the verb's aspect particle, or the
            # 的 that ends a clause about the program, is no part of the name
            return ws[j].end
        ending = next((kind for kind in PROGRAM_ENDINGS if lexicons.suffix_of(text[ws[j - 1].start:ws[j - 1].end], kind)), None) \
            if (word in joiners or word == "、") and j > 0 else None
        if ending is not None:
            # 实施乡村振兴战略和区域协调发展战略, 推行河湖长制和林长制, 实施A战略、B战略、C战略: 和 or 、 after a
            # whole program's name joins two programs, both governed
            head, _ = _head_word(ws, j - 1, text, ending)
            governed = head >= 0 and _governed_start(text, ws, head, tags, limit) < ws[head].start
            return ws[j].end if governed and j < k - 1 else ws[k].start
        border = ws[j].tag == "f" and j > 0 and ws[j - 1].tag == "LOC"  # 推进湘赣边区域合作示范区建设: 湘赣 边
        if _dash_linked(ws, j, word):
            j -= 1  # 推进威远—荣县协同发展先行区建设
            continue
        if (ws[j].tag not in inner_tags and word not in joiners and word not in noun_endings and not border
                and not _opening_adverb(text, ws, j, k, leads)
                and not _inner_adverb(ws, j, k, tags)
                and not _glued_character(ws, j, k, word)) \
                or not all(HAN.match(c) for c in word):
            break
        j -= 1
    return ws[k].start


def _opening_adverb(text: str, ws: list[Word], j: int, k: int, leads: frozenset[str]) -> bool:
    """开展相对集中行政许可权改革试点: an adverb right after the launching verb and before an adjective or a verb
    (相对|集中) qualifies the name's first word, not the launch; it opens the name."""
    return ws[j].tag == "d" and 0 < j < k - 1 and text[ws[j - 1].start:ws[j - 1].end] in leads \
        and ws[j + 1].tag in ("a", "ad", "v", "vd")


def _inner_adverb(ws: list[Word], j: int, k: int, tags: frozenset[str]) -> bool:
    """实施沿海率先发展战略, 人才优先发展战略: an adverb between a noun and the verb it qualifies, inside a governed
    name, says how its field develops (沿海 率先 发展); it is part of the name, not of the launch."""
    return ws[j].tag == "d" and 0 < j < k - 1 and ws[j - 1].tag in tags and ws[j + 1].tag in ("v", "vd", "vn")


def _glued_character(ws: list[Word], j: int, k: int, word: str) -> bool:
    """疫后重振补短板…“十大工程”, 跨界河流水环境共治行动: a one-character locative after a noun (疫 后, 灾 后) or
    adverb before a verb (共 治, 联 防) inside a governed name is half of a two-character word the model split."""
    if len(word) != 1 or not 0 < j < k - 1:
        return False
    return (ws[j].tag == "f" and ws[j - 1].tag == "n") or (ws[j].tag == "d" and ws[j + 1].tag == "v")


def _opening_place_start(text: str, ws: list[Word], k: int, tags: frozenset[str], place_starts: dict[int, Candidate]) -> int:
    """青海省农牧区人居环境整治三年行动取得阶段性成效: a program's name that opens a sentence (a headline) with its
    province is named in full from the province, the verbs inside it included (整治); a verb right after the
    place is the place acting (江西省出台…三年行动, 江苏省南京市鼓楼区开展试点): a verb inside the name follows a
    common noun (环境 整治) and launches no program; a name holds one such verb at most, and no name after it (not
    陕西省群众点赞秦岭生态保护行动, a sentence)."""
    place = place_starts.get(0)
    if place is None or not provincial(place.adcode) or k < 2 or ws[0].end != place.end:
        return ws[k].start
    leads = lexicons.set_of("program_lead_verbs")
    inner_verbs = 0
    for j in range(1, k):
        word = text[ws[j].start:ws[j].end]
        inner_verb = ws[j].tag == "v" and ws[j - 1].tag in tags - set(NAME_TAGS) and word not in leads
        inner_verbs += inner_verb
        takes_object = inner_verb and ws[j + 1].tag in NAME_TAGS  # 点赞|秦岭: a predicate and its object
        if not all(HAN.match(c) for c in word) or not (ws[j].tag in tags or inner_verb) or inner_verbs > 1 \
                or takes_object:
            return ws[k].start
    return 0


def _reported_start(text: str, ws: list[Word], k: int, i: int, tags: frozenset[str]) -> int:
    """农村人居环境整治三年行动圆满收官: a program's name that opens its clause (after an item number and a time
    word: （七）农村人居环境整治提升五年行动在全市深入实施) and is followed
    by how far it has come (programs.reported_progress) is named in full, one verb (or verbs side by side: 保护提升)
    inside it included (整治), as a headline's is (_opening_place_start)."""
    if not _reported_progress(text, ws[i].end):
        return ws[k].start
    clause = lexicons.clause_start(text, ws[k].start)  # 完成…任务，农村人居环境整治三年行动圆满收官
    opening = clause + re.match(lexicons.data("relations.json")["programs"]["reported_opening"], text[clause:]).end()
    first = next((j for j, w in enumerate(ws) if w.start == opening), None)
    if first is None or first >= k:
        return ws[k].start
    # 古城保护提升工程扎实推进: verbs side by side (保护|提升) are one compound verb of the name
    inner_verbs = sum(ws[j].tag == "v" and not (j > first and ws[j - 1].tag == "v") for j in range(first, k))
    # 百色重点开发开放试验区建设扎实推进: an adverb before a verb inside the name qualifies that verb (重点|开发)
    if inner_verbs > 1 or any(not (ws[j].tag in tags or ws[j].tag == "v" or _inner_adverb(ws, j, k, tags))
                              or not HAN.match(text[ws[j].start]) for j in range(first, k)):
        return ws[k].start
    return ws[first].start


def _counted_term_start(text: str, ws: list[Word], k: int, i: int, tags: frozenset[str],
                        place_starts: dict[int, Candidate]) -> int:
    """与农村人居环境整治提升五年行动结合起来: an action counted in years (program_term_heads: 五年行动, 三年攻坚行动)
    names a program wherever it stands, with no verb to launch it; its name takes in the verbs that follow a
    common noun inside it (环境 整治 提升), not those after a body or a scope that acts (市政府办公室印发, 全省要巩固),
    and opens with its first noun; a county or city before it is where the program runs (义县|农村人居环境…),
    a province names its own (青海省农牧区人居环境整治三年行动)."""
    if not re.fullmatch(lexicons.patterns()["program_term_heads"], text[ws[k].start:ws[i].end]):
        return ws[k].start
    j = k - 1
    while j >= 0 and HAN.match(text[ws[j].start]) and (ws[j].tag in tags or _inner_verb(text, ws, j)):
        j -= 1
    while j + 1 < k and ws[j + 1].tag not in tags:
        j += 1  # the name opens with a noun, not with a verb
    place = place_starts.get(ws[j + 1].start)
    if place is not None and not provincial(place.adcode) and place.end < ws[k].start:
        return place.end
    return ws[j + 1].start


def _inner_verb(text: str, ws: list[Word], j: int) -> bool:
    """整治 提升 in 农村人居环境整治提升五年行动: a verb (or the second of two side by side) right after a common noun
    of the name, no verb that launches a program and no noun that acts (a body, a scope word: 全省)."""
    if ws[j].tag != "v" or j == 0 or text[ws[j].start:ws[j].end] in lexicons.set_of("program_lead_verbs"):
        return False
    before = ws[j - 1]
    if before.tag == "v":
        return _inner_verb(text, ws, j - 1) if j > 1 and ws[j - 2].tag != "v" else False
    return before.tag in COMMON_NOUN_TAGS and text[before.start:before.end] not in lexicons.set_of("phrase_stop_prefixes")


def _reported_progress(text: str, end: int) -> bool:
    """Whether how far a program has come follows offset `end` (扎实推进, 圆满收官: programs.reported_progress)."""
    return re.match(lexicons.data("relations.json")["programs"]["reported_progress"], text[end:]) is not None


def _suffix_as_verb(text: str, start: int, end: int, suffix: str, place_starts: dict[int, Candidate]) -> bool:
    """在汉中市试点秦岭生态保护补偿机制, 烟台市计划在莱山区建设…, 该项目计划总投资5亿元: 试点 and 计划 right after a
    place alone are the place's verbs (it pilots, it plans), and 计划 after a project's head word, before an
    amount or a time, is "plans to": neither ends a program's name (the project's own name ends before it)."""
    if suffix not in lexicons.set_of("verb_like_suffixes"):
        return False
    head = end - len(suffix)
    place = place_starts.get(start)
    if place is not None and place.end == head:
        return True
    return suffix == "计划" and lexicons.suffix_of(text[start:head], "planned_work_heads") != "" \
        and lexicons.prefix_at(text, end, "plan_verb_continuations") != ""


COUNT = re.compile(r"[一二两三四五六七八九十]+大$")
# a count of things (46处, 30余所), not an ordinal (第1中学); the look-behind starts a match only at a number's first digit
MEASURED = re.compile(r"(?<![第0-9０-９])[0-9０-９]+(?:余|多)?$|(?<!第)两$")  # 大纵湖两处湿地: 两 only counts
COUNTED = re.compile(r"(?<![\u4e00-\u9fff]{2})“?[一二两三四五六七八九十]+[大个]$")
BATCHES = re.compile(r"[一二两三四五六七八九十]+[批轮]")  # 前两批示范创建, 三轮试点三年行动计划: batches or rounds counted, not one named (第二批)
PHASE = re.compile(r"[一二三四五六七八九十0-9]+期")  # 二期骨干工程: a phase of the works named before it


def _counted(surface: str, suffix: str) -> bool:
    """四大行动, 两大战略, 三个模式: a bare count of parts (numeral + 大 or 个) before the suffix names several programs,
    not one; with a name before the count it is one program (幸福美好生活十大工程); so do batches counted at its opening
    (前两批示范创建), and a phase that opens it (滇中引水工程一期隧洞贯通，二期骨干工程加快建设: a part of the works
    named before it, no name of its own)."""
    return bool(suffix) and bool(COUNTED.search(surface[: -len(suffix)].rstrip("”’」")) or BATCHES.match(surface)
                                 or PHASE.match(surface))


def _counts_a_list(text: str, start: int, surface: str, suffix: str) -> bool:
    """乡村振兴和新型城镇化两大战略, …示范点和长三角…示范区两大战略: a count after parts joined by 和 or 、 (in the
    phrase or right before it) counts those parts, several programs."""
    joiners = ("和", "与", "及", "、")
    named = surface[: -len(suffix)] if suffix else ""
    return bool(COUNT.search(named)) and (text[:start].endswith(joiners) or any(j in named for j in joiners))


BATCH = re.compile(r"第[一二三四五六七八九十0-9]+批")
# 承担国家第二批大型风电光伏基地项目, 纳入山西省首批传统村落…示范项目: 国家 or a province before a batch says
# whose batch it is, no part of the name
NATIONAL_BATCH = re.compile(r"(?:国家|[\u4e00-\u9fff]{1,6}?(?:省|自治区))(?=" + BATCH.pattern + "|首批)")
BATCH_BEFORE = re.compile("(?:国家)?" + BATCH.pattern + "$")
# 纳入“十四五”时期“无废城市”建设名单: the five-year plan's period dates the scheme and is no part of its name
PLAN_PERIOD = re.compile(r"“?十[一二三四五六七八九]?五”?(?:时期|期间)")
# 深入实施十项“暖民心行动”, 武汉、襄阳、宜昌三市“无废城市”建设, 开展第三轮“清废行动”: a count of items or of the
# places listed before a quoted name, or the round it is in, is no part of the name
COUNT_BEFORE_QUOTE = re.compile(r"(?:第[一二三四五六七八九十]+轮|[一二两三四五六七八九十]+[项个市县区])(?=“)")
PERIOD_SCOPE = re.compile(PLAN_PERIOD.pattern + r"(?:全国|全省|全区|全市|全县|国家(?!级))?")


def _bare_scope(surface: str, suffix: str) -> bool:
    """第一批试点, 全省试点, 重大战略工程, 重点民生项目: a batch, a scope word, or only words that rank or class
    the work before the suffix name no program."""
    rest = surface[: -len(suffix)]
    return bool(BATCH.fullmatch(rest)) or rest in lexicons.patterns()["phrase_stop_prefixes"] \
        or bool(rest) and lexicons.alternation("work_class_words").sub("", rest) == "" \
        or _levels_only(rest)


def _levels_only(rest: str) -> bool:
    """入选国家级和省级试点, 多个项目获评省级、市级示范, 争创国家级试点: level words (one, or joined by 和, 及, 、) say how high the
    schemes rank, not which scheme (a headline's summary of the news below it)."""
    level = lexicons.alternation("designation_levels").pattern
    return re.fullmatch(f"(?:{level})(?:[和及、与](?:{level}))*", rest) is not None


def _bare_after_place(text: str, start: int, end: int, suffix: str, place_starts: dict) -> bool:
    """推广铜山区示范工程经验, 该县重点项目: a place before only words that class the work (示范, 重点) and the
    suffix names that place's program written out elsewhere, not a program of its own."""
    place = place_starts.get(start)
    return place is not None and place.end < end and _bare_scope(text[place.end:end], suffix)


def _after_list_end(ws: list[Word], start: int, text: str) -> bool:
    """“村晚”“村歌”等“村字号”群众文体活动, A、B等重点工程: after the word 等 (not 高等, 平等) a phrase names the class
    of the items listed before it."""
    return any(w.end == start and text[w.start:w.end] == "等" for w in ws)


def _characterized(text: str, start: int) -> bool:
    """是一项重大民生工程, 把营商环境作为全县“一号工程”: a phrase that says what something is or is treated as
    (after 是一项, 把…作为) names a kind or a rank of work, no program."""
    return re.search(lexicons.patterns()["characterizing_before"], text[max(0, start - 40):start]) is not None


def _named_before(surface: str, suffix: str) -> bool:
    """“千万工程”建设, “川渝合作示范区”建设: the quoted part is already a program's full name when a program
    suffix follows it; a generic head word after it is part of the name (“院落微治理”模式, not 院落微治理)."""
    quoted = surface[: -len(suffix)]
    if _phase_of_named(quoted):
        return True
    return quoted.endswith(("”", "’", "」")) and bool(lexicons.suffix_of(quoted[:-1], "quoted_program_suffixes")) \
        and suffix in lexicons.patterns()["quoted_program_suffixes"]


def _phase_of_named(named: str) -> bool:
    """“三北”工程六期建设, “引汉济渭”工程二期: a phase of a program already named in full (a quote and its suffix)
    is building that program, no name of its own."""
    phase = re.search(lexicons.patterns()["program_phase"], named)
    head = named[:phase.start()] if phase else ""
    suffix = lexicons.suffix_of(head, "quoted_program_suffixes")
    return bool(suffix) and head[:-len(suffix)].endswith("”")


MIN_NAMED_ZONE = 3  # a zone named by a division inside the place before it: two characters and 港 (阳逻港)


def _zone_start(text: str, start: int, end: int, place_starts: dict[int, Candidate]) -> int:
    """Where a zone's own name starts after the places written before it: past a full administrative name
    (see `_after_full_place`), and past a place followed by divisions inside it of which the last and a bare
    zone word name the zone (武汉阳逻港: 阳逻街道 is in 武汉; 浙江宁波北仑港: 宁波 in 浙江, 北仑区 in 宁波). Other
    zones keep the place they open with (武汉东湖新技术开发区, 福州长乐国际机场, 二连浩特口岸)."""
    place = place_starts.get(start)
    if place is None:
        return start
    after = _after_full_place(text, start, end, place)
    if after == start and place.adcode:
        after = _inner_division_start(text, place.end, end, place.adcode.split("|"))
    return start if after < 0 or after == start else after


def _graded_after_division(text: str, place: Candidate, end: int) -> bool:
    """广西|五星级乡村旅游区: a grade right after a division's short form names a kind of zone there; after a named
    feature it is part of the zone's own name (文昌湖省级旅游度假区)."""
    return bool(place.adcode) and is_graded_kind(text[place.end:end])


def _inner_division_start(text: str, at: int, end: int, parents: list[str]) -> int:
    """Where the last of a chain of divisions starts when text[at:end] is such a chain (each inside the one
    before, the first inside the parents), alone or with a bare zone word after it; -1 otherwise."""
    found = load_gazetteer().child_opening(text[at:end], parents)
    if found is None:
        return -1
    division, size = found
    if at + size == end or text[at + size:end] in lexicons.patterns()["zone_suffixes"]:
        return at  # 上海浦东新区, 江苏连云港: the chain ends with a division's own name
    return _inner_division_start(text, at + size, end, [division.adcode])


def _after_full_place(text: str, start: int, end: int, place: Candidate) -> int:
    """黄埔区中新广州知识城 is 中新广州知识城 in 黄埔区: a zone after a full administrative name starts after it,
    unless little but a generic word is left (平湖农业经济开发区 and 嘉善经济技术开发区 keep their place)."""
    rest = text[place.end:end]
    if place.source == "place_full" and lexicons.suffix_of(text[place.start:place.end], "admin_suffixes") \
            and len(rest) >= 4 and rest not in lexicons.patterns()["generic_places"]:
        return place.end
    return start


def _last_division(text: str, start: int, body_start: int, place_starts: dict[int, Candidate]) -> int:
    """石狮市永宁镇党委 is the party committee of 永宁镇, 青岛市黄岛区人民检察院 the procuratorate of 黄岛区: when
    a body's name opens with a chain of full administrative names, the body belongs to the last one, and its
    name starts there (the places before it say where that place lies). The last may be a town no list holds
    (景洪市嘎洒镇党委): a name of two or more characters and a town's suffix right before the body (not 村 of
    湖南省农业农村厅), or a village recognised right before the body (柞水县金米村党支部: 金米村党支部)."""
    while start in place_starts and _is_division(text, place_starts[start]):
        after = place_starts[start].end
        if after in place_starts and _is_division(text, place_starts[after]):
            start = after
            continue
        if _is_village(text, place_starts.get(after), body_start):
            return after
        between = text[after:body_start]
        suffix = lexicons.suffix_of(between, "town_suffixes")
        return after if suffix and len(between) - len(suffix) >= 2 and all(HAN.match(c) for c in between) else start
    return start


def _is_village(text: str, place: Candidate | None, body_start: int) -> bool:
    return place is not None and place.end == body_start \
        and bool(lexicons.suffix_of(text[place.start:place.end], "village_suffixes"))


def _named_division(text: str, start: int, end: int, place_starts: dict[int, Candidate]) -> int:
    """省属国有企业安徽省投资集团控股有限公司: a phrase that opens with a bare level word (省属, 市直) and names
    a full administrative place further on is a description, then the name, which starts at the place."""
    if start in place_starts or text[start:start + 1] not in level_words():
        return start
    inner = (at for at in range(start + 1, end) if at in place_starts and _is_division(text, place_starts[at]))
    return next(inner, start)


def _is_division(text: str, place: Candidate) -> bool:
    return place.source == "place_full" and bool(lexicons.suffix_of(text[place.start:place.end], "admin_suffixes"))


def _field_of_name(name: str, adcode: str) -> bool:
    """长三角“…”, 黄河“几字弯”攻坚战: a region or a river, lake or mountain written before a quote is the field the
    program's name opens with, not a division it is carried out in."""
    return is_region(name, adcode) or not adcode and bool(lexicons.suffix_of(name, "landform_suffixes"))


def _after_places_before_quote(text: str, start: int, place_starts: dict[int, Candidate]) -> int:
    """湖南省“绿水青山”示范区建设, 湘潭县花石镇“湘莲”产业园建设, 西昌市国家现代农业产业园创建: places written
    right before a program's quoted name or its level word say where it is carried out; they are not part of the name (nor is a batch after them), nor is a kind
    of place (开展园区“亩均论英雄”改革), unlike the field a name opens with (推行农村承包地“三权分置”改革,
    全面推开农村“三变”改革: field_places)."""
    quote = text.find("“", start)
    kind = text[start:quote]
    if quote > start and kind in lexicons.set_of("generic_places") and kind not in lexicons.set_of("field_places"):
        return quote
    end, last = start, None
    while end in place_starts and not _field_of_name(text[end:place_starts[end].end], place_starts[end].adcode):
        last = place_starts[end]
        end = last.end
    if last is None:
        return start
    if provincial(place_starts[start].adcode) and _word_before(text, start, "program_lead_verbs"):
        return start  # 推动陕西省“一村一品”示范村镇培育行动在全县落地: the province's own program, carried out elsewhere
    batch = BATCH.match(text, end)
    end = batch.end() if batch else end  # 开展康县第二批“…”主题教育: the batch goes with the places
    # 推进西昌市国家现代农业产业园创建: a level word after the places opens the designation's own name; but a
    # city's short name right before 国家 is the zone's own opening (景德镇国家陶瓷文化传承创新试验区, 潍坊国家…试验区).
    level = lexicons.prefix_at(text, end, "designation_levels")
    named_after_city = not batch and level == "国家" and last.source == "place_short"
    return end if (text[end:end + 1] in OPENERS.values() or level) and not named_after_city else start


def _after_supervised_site(text: str, start: int, end: int, place_starts: dict[int, Candidate]) -> int:
    """对沙坡头区高标准农田建设项目、中宁县…建设项目开展监督检查, 对城关镇和平社区老旧小区改造项目: the divisions, villages
    and communities written before each project a supervisory body examines say where it is carried out; the name
    starts after them."""
    if not _supervised(text, start, end, place_starts):
        return start
    at = start
    while at in place_starts and place_starts[at].end < end and _is_site(text, place_starts[at]):
        at = place_starts[at].end
    return at


def _is_site(text: str, place: Candidate) -> bool:
    return _is_division(text, place) or bool(lexicons.suffix_of(text[place.start:place.end], "village_suffixes"))


PLACE_LIST_JOINERS = "、和"  # what joins the places of a list written before a name


def _places_only(text: str, start: int, end: int, place_starts: dict[int, Candidate]) -> bool:
    """Whether text[start:end] is one place or a list of places (阳明堡镇、峪口乡) and nothing else."""
    at = start
    while at in place_starts and place_starts[at].end <= end:
        at = place_starts[at].end
        if at < end and text[at] in PLACE_LIST_JOINERS:
            at += 1
    return at == end > start


def _after_listed_place(text: str, start: int, place_starts: dict[int, Candidate]) -> int:
    """齐河县、平原县黄河滩区迁建工程全面完工: a place that ends a list of places (after 、 or 和 and another place)
    is one of the sites the program is carried out in, not the start of its name, which the places share."""
    place = place_starts.get(start)
    joined = start > 0 and text[start - 1] in PLACE_LIST_JOINERS and any(c.end == start - 1 for c in place_starts.values())
    return place.end if place is not None and joined and place.end < len(text) else start


def provincial_zones(text: str, found: list[Candidate]) -> list[Candidate]:
    """湖南|永兴经济开发区, 山西|杏花村经济技术开发区: a zone or reserve whose name opens with its province's short form,
    as the province's own catalogue names it, and which the model reads as two places, is one zone (the province
    inside it a division it nests, as in any zone)."""
    provinces = {c.end: c for c in found if c.label == "Place" and c.source == "place_short" and provincial(c.adcode)}
    return [Candidate(province.start, c.end, "Place", "zone") for c in found
            if c.label == "Place" and (province := provinces.get(c.start)) is not None
            and lexicons.suffix_of(text[c.start:c.end], "provincial_zone_suffixes")]


def _enrolment_quote(surface: str) -> int:
    """Where a closing quote followed by a verb of enrolment stands (“X”入选, “X”列为), or -1."""
    close = surface.find("”")
    while close >= 0 and not lexicons.prefix_at(surface, close + 1, "quote_enrol_verbs"):
        close = surface.find("”", close + 1)
    return close


@dataclass
class SentenceWords:
    """A sentence's model words, with what the phrase rules and the quoted names ask of them computed once per
    sentence."""

    ws: list[Word]
    noun_starts: set[int]
    by_last_character: dict[str, list[int]]  # the indices of the words ending in each character
    last_characters: frozenset[str]  # the characters that end a word (the keys of by_last_character)
    # where a phrase opens, by its words and the rule's settings (_phrase_opening): rules that share a suffix
    # (试点, 工程) ask again for the same words
    openings: dict[tuple, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, ws: list[Word]) -> SentenceWords:
        by_last_character: dict[str, list[int]] = {}
        for i, w in enumerate(ws):
            by_last_character.setdefault(text[w.end - 1], []).append(i)
        return cls(ws, {w.start for w in ws if w.tag == "n"}, by_last_character, frozenset(by_last_character))

    def ending_in(self, characters: frozenset[str]) -> list[int]:
        """The indices of the words that end in one of the characters, in order: the only words that can end
        a suffix of a rule, which spares the suffix search on most words."""
        by_last = self.by_last_character
        found = [i for c in characters if c in by_last for i in by_last[c]] if len(characters) < len(by_last) \
            else [i for c in by_last if c in characters for i in by_last[c]]  # the shorter of the two walked
        found.sort()
        return found


def _phrase_opening(text: str, sentence: SentenceWords, rule: dict, tags: frozenset[str], k: int, i: int,
                    place_starts: dict[int, Candidate]) -> int:
    """Where the phrase whose head word is k and whose last word is i opens, its scope and batch words left out
    (开展新一轮强镇扩权改革试点: less 新一轮); the same for every rule with the same tags, reach and label (the
    places are the sentence's, the same for every rule), so it is worked out once per sentence for them."""
    program = rule["label"] == "Program"
    key = (k, i, tags, rule.get("max_modifiers", 5), program, rule.get("or_inspected"), rule.get("or_joined"))
    start = sentence.openings.get(key)
    if start is None:
        ws = sentence.ws
        start = phrase_start(ws, k, text, tags, rule.get("max_modifiers", 5))
        if program:
            # 察看|…修复项目, 主动融入|湘赣边区域合作示范区建设: the rule's other verbs govern the name too
            more_leads = frozenset().union(*(lexicons.set_of(rule[kind]) for kind in ("or_inspected", "or_joined") if kind in rule))
            start = min(start, _quoted_lead(text, ws, k, tags), _governed_start(text, ws, k, tags, more_leads=more_leads),
                        _opening_place_start(text, ws, k, tags, place_starts), _reported_start(text, ws, k, i, tags),
                        _counted_term_start(text, ws, k, i, tags, place_starts))
        start = sentence.openings[key] = _strip_prefixes(text, start, ws[i].end)
    return start


def suffixed_phrases(text: str, sentence: SentenceWords, rule: dict, place_starts: dict[int, Candidate],
                     title_spans: list[tuple[int, int]]) -> list[Candidate]:
    """Phrases ending in a suffix of the rule (工程, 推进会, 厅 …), extended left over modifier words.
    A rule with "starts" keeps only phrases that open with one of them or with a place (四川省人民政府办公厅);
    a phrase that ends as a title does (省委常委) is the title, not a body."""
    ws, noun_starts = sentence.ws, sentence.noun_starts
    # A rule that needs a quote keeps only phrases holding a closing quote: a word with none before its end is
    # skipped unread (most sentences quote nothing).
    first_close = text.find("”") if rule.get("needs_quote") else 0
    heads = [i for i in sentence.ending_in(lexicons.last_characters(rule["suffixes"])) if 0 <= first_close < ws[i].end]
    if not heads:
        return []  # most rules find no word of the sentence to end with: nothing to set up
    tags = lexicons.set_of(rule["tags"])
    starts = tuple(lexicons.patterns()[rule["starts"]]) if "starts" in rule else None
    found = []
    heading_groups = lexicons.patterns()["heading_party_groups"]
    for i in heads:
        w = ws[i]
        k, suffix = _head_word(ws, i, text, rule["suffixes"])
        if k < 0 or (ws[k].tag == "v" and ws[k].start < w.end - len(suffix)):
            continue  # the suffix ends a verb phrase the model reads as one word (出席会议, 主持会议)
        start = _kept_level(text, _phrase_opening(text, sentence, rule, tags, k, i, place_starts), rule)
        if "needs_lead" in rule:
            start = _after_lead_verb(text, start, w.end, rule["needs_lead"])  # 布局|海上养殖综合整治示范区
            if rule.get("needs_quote"):
                start = _after_inner_lead(text, start, w.end, rule["needs_lead"])  # 阳明堡镇试点|“…”模式
        elif rule["label"] == "Program":
            start = _after_lead_verb(text, start, w.end, "program_lead_verbs")  # 实施好|乡村振兴战略
        governed_from = start  # 统筹推进集镇环境整治和乡村振兴示范创建: the verb governs the works and the scheme
        if rule["label"] == "Program":
            start = _after_coordinated_works(text, start, w.end)  # 推进老旧小区改造和|完整社区建设试点
        joint = body_joint(text, start) if rule["label"] == "Organization" else None
        start = joint[1] if joint else start  # 县市场监管局会同|县文旅局: the verb that joins two bodies opens neither
        surface = text[start:w.end]
        if starts is not None and not ((starts and _opens_with(surface, starts)) or start in place_starts) \
                or any(e == w.end or suffix in heading_groups and s == w.end - len(suffix) < w.end < e
                       for s, e in title_spans):
            continue  # 省委常委 is a title; the secretary of a department's party group heads it: 农业农村厅|党组书记
        if rule["label"] == "Program" and (_counted(surface, suffix) or _counts_a_list(text, start, surface, suffix)
                                           or _bare_scope(surface, suffix) or _characterized(text, start)
                                           or _bare_after_place(text, start, w.end, suffix, place_starts)
                                           or _after_list_end(ws, start, text)):
            continue
        if "needs_lead" in rule and not _governed_name(text, governed_from, w.end, rule, noun_starts, place_starts):
            continue  # 推行农村集体经营性资产股份合作制改革, but not 改革 in prose
        if "not_counted_after" in rule and re.match(lexicons.patterns()[rule["not_counted_after"]], text[w.end:]):
            continue  # 实施城镇老旧小区改造项目63个: a kind of project, counted
        if "not_heads" in rule and lexicons.suffix_of(surface, rule["not_heads"]):
            continue  # 资阳市布局, 全国大局: the suffix character ends an ordinary word
        if surface.endswith("试点") and (lexicons.prefix_at(text, w.end, "pilot_adverb_verbs")
                                        or text.startswith("“", w.end) and (_places_only(text, start, w.end - 2, place_starts)
                                                                           or _one_body(ws, start, w.end - 2))):
            continue  # 在吴忠市试点推行“四权”分置改革: 试点 is how the program runs there; 在庙头镇试点“…”模式, 联合华东医院试点“…”: the verb
            # (but 推进国家级农村改革试点“六项任务”: a pilot's name before a quote of its own)
        if rule["label"] == "Program" and _suffix_as_verb(text, start, w.end, suffix, place_starts):
            continue
        if rule.get("not_built_place") and (start in place_starts and place_starts[start].end == w.end - len(suffix)
                                            or lexicons.suffix_of(text[start:w.end - len(suffix)], "zone_suffixes")):
            continue  # 以中关村科学城建设为牵引, 推进X高新技术产业开发区建设: the building of a place (a zone), by its name
        if "not_followed_by" in rule and lexicons.prefix_at(text, w.end, rule["not_followed_by"]):
            continue  # 保山中心城市: 中心 opens a word of its own (中心城市, 中心城区), it ends no body's name
        if rule["label"] == "Organization" and branch_of_title(surface, text, w.end) \
                and surface not in lexicons.set_of("village_branches"):
            continue  # 钱排镇双合村党支部书记X: the village is where the secretary's post is, the branch no body named apart
        if rule.get("not_before_noun") and w.end in noun_starts and not lexicons.prefix_at(text, w.end, "program_duty_nouns"):
            continue  # 河湖长制工作处: the name modifies the noun after it (not 河湖长制责任, the duty it assigns)
        if rule["label"] == "Program" and worked(text, start, w.end - len(suffix)):
            continue  # 开展“智慧社区”创建工作: the program is the 创建; 工作 only says it is work (as 试点工作)
        if rule["label"] == "Program" and _names_side_by_side(surface):
            continue  # 实施“无废学校”“无废社区”建设: two names side by side (shared_suffix_programs)
        if rule["label"] == "Program":
            start = _after_listed_place(text, _after_places_before_quote(text, start, place_starts), place_starts)
            count = COUNT_BEFORE_QUOTE.match(text, start)  # 武汉、襄阳、宜昌|三市|“无废城市”建设: the count after the list
            start = count.end() if count else start
            start = _after_inner_lead(text, start, w.end, "quote_pilot_verbs")  # 在李旺镇试点|“阳光三资”监管平台
            start = _after_supervised_site(text, start, w.end, place_starts)  # 对沙坡头区|高标准农田建设项目开展监督检查
            surface = text[start:w.end]
        min_len = rule["min_len"]
        if rule["source"] == "zone" and start in place_starts:
            if place_starts[start].end > w.end:
                continue  # 十八站|鄂伦春族乡: the opening of a longer division's name, no station
            zone_start = _zone_start(text, start, w.end, place_starts)
            if zone_start != start and load_gazetteer().lookup(text[zone_start:w.end]) \
                    or is_graded_kind(text[zone_start:w.end]) or _graded_after_division(text, place_starts[start], w.end):
                continue  # 上海浦东新区: the places are a chain of divisions, no zone; 浙江省|3A级景区, 广西|五星级乡村旅游区: a kind of zone
            start, surface = zone_start, text[zone_start:w.end]
            min_len = min(min_len, MIN_NAMED_ZONE)
        if rule["label"] == "Organization":
            committee = _court_committee_post(surface, text[w.end:])
            if committee:  # 任命A为X县人民法院审判委员会委员: a post in the court, not the committee as a body
                found.append(Candidate(start, w.end - len(committee), rule["label"], rule["source"]))
                continue
            if MEASURED.search(surface[: len(surface) - len(suffix)]):
                continue  # 建成乡村公共空间46处: a number right before a one-word head (处, 所) counts things
            if counted_levels_before(text, start):
                continue  # 两省区党委, 两市政府: the bodies of places counted together, no one body
            if _quoted_rating(text, start, w.end, place_starts):
                continue  # 获评“五星”支部: a rating bodies earn, no body
            start = _named_division(text, start, w.end, place_starts)
            if not lexicons.suffix_of(surface, "company_suffixes"):  # a company's registered name keeps its places
                start = _last_division(text, start, w.end - len(suffix), place_starts)
            start = joined_body_start(text, start, w.end)
            surface = text[start:w.end]
        quote = _enrolment_quote(surface) if rule["label"] == "Program" else -1
        if quote >= 0:  # “零工市场服务规范标准研制”入选省级试点: the quoted project is the program
            found.append(_quoted_part(text, start, start + quote + 1))
            continue
        if rule.get("needs_quote"):
            if "”" not in surface or _named_before(surface, suffix) or _built_project(surface, suffix):
                continue  # 改革, 项目 end a name only after a quoted one (“接诉即办”改革), not in prose
            # “连心办”政务服务平台: a head after the quote is part of the name; “浙里办”平台 is named by its quote.
            headed = rule.get("headed") and not surface.endswith("”" + suffix)
            if suffix in lexicons.patterns()["quote_named_suffixes"] and not headed:
                found.append(_quoted_part(text, start, w.end))
                continue
            if w.end in noun_starts and not worked(text, start, w.end) and not _reported_on(text, w.end):
                continue  # “国民共进”改革新路 (but 推广“一村一策”改革经验: the program's experience), “…”项目团队: the suffix word modifies the noun after it
        if len(surface) >= min_len and len(surface) > len(suffix):
            canonical = _strip_outer_quotes(surface)
            if rule["label"] == "Organization" and surface.startswith("中共"):
                canonical = _party_body_of_last_division(text, start, w.end, w.end - len(suffix), place_starts)
            found.append(Candidate(start, w.end, rule["label"], rule["source"], canonical="" if canonical == surface else canonical))
    return found


RATED_HEAD_MAX = 3  # at most this many characters of a body's head after a quoted rating (支部, 党支部, 派出所)


def _quoted_rating(text: str, start: int, end: int, place_starts: dict[int, Candidate]) -> bool:
    """“五星”支部, 获评“红旗”党支部, 创成“枫桥式”派出所: a quoted word right before a body's head, with no place or
    level word before the quote, is a rating or a kind that bodies earn or are built into, not one body; a body
    named after a program keeps its place (河源市“百千万工程”指挥部, 市“百千万工程”指挥部)."""
    surface = text[start:end]
    if "“" not in surface or len(surface) - surface.rindex("”") - 1 > RATED_HEAD_MAX:
        return False
    return start not in place_starts and not _opens_with(surface, tuple(lexicons.patterns()["org_starts"]))


def _reported_on(text: str, end: int) -> bool:
    """推广“一村一策”改革经验, 听取“五雷山·东岳观”红色研学线路建设情况汇报: the experience of a quoted program or
    how it goes (情况), named right after its head, is no noun the name modifies; the name ends before it."""
    return bool(lexicons.prefix_at(text, end, "experience_words") or lexicons.prefix_at(text, end, "progress_words"))


SINGLE_QUOTED_PAIR = re.compile(r"“[\u4e00-\u9fff]”“[\u4e00-\u9fff]”")


def _names_side_by_side(surface: str) -> bool:
    """“无废学校”“无废社区”建设: two quoted names side by side share the head; but quoted single characters side by
    side (农业“特”“优”战略, “米”“袋”工程) are the words of one name, stressed one by one."""
    return "”“" in SINGLE_QUOTED_PAIR.sub("", surface)


def _built_project(surface: str, suffix: str) -> bool:
    """启动“陇上农光”示范项目建设: the building of a project named by its head is no name of its own; the
    project ends at its head (as program_duty_nouns end “X”…项目 before 建设)."""
    return suffix in lexicons.patterns()["program_duty_nouns"] \
        and lexicons.suffix_of(surface[:-len(suffix)], "planned_work_heads") != ""


def _party_body_of_last_division(text: str, start: int, end: int, body_start: int,
                                 place_starts: dict[int, Candidate]) -> str:
    """中共湖南省湘西土家族苗族自治州委员会 is the committee of 湘西州 (中共湘西土家族苗族自治州委员会): after 中共, a
    chain of divisions says where the last lies, as before any other body's name (_last_division)."""
    last = _last_division(text, start + 2, body_start, place_starts)
    if last == start + 2:
        return text[start:end]
    place = place_starts.get(last)
    gazetteer = load_gazetteer()
    division = gazetteer.get(place.adcode) if place is not None and place.adcode else None
    # 中共北京市延庆区委: a municipality's district keeps the city in its committee's name (body_name)
    named = with_municipality(division, gazetteer) if division is not None else ""
    return "中共" + (named + text[place.end:end] if named else text[last:end])


def _opens_with(surface: str, starts: tuple[str, ...]) -> bool:
    """Whether a phrase opens with a start word as a word: 区财政局, but not 区域职业教育集团 (区域, 市场, 县域
    open ordinary words)."""
    return surface.startswith(starts) and not lexicons.opens_ordinary_word(surface)


def _one_body(ws: list[Word], start: int, end: int) -> bool:
    """Whether the words from start to end are one body the model names (华东医院): a body before 试点 and a quote
    pilots the quoted program, as a place there does."""
    inside = [w for w in ws if start <= w.start < end]
    return len(inside) == 1 and inside[0].tag == "ORG" and inside[0].end == end


def _governed_name(text: str, start: int, end: int, rule: dict, noun_starts: set[int],
                   place_starts: dict[int, Candidate]) -> bool:
    """Whether a phrase whose last word names programs only when a verb governs it is one: a verb governs it
    (_governed), no noun follows it (“国民共进”改革新路) unless a duty (承担…示范园创建任务), and none of the rule's
    stop words is inside it."""
    stop_words = lexicons.patterns()[rule["stop_words"]] if "stop_words" in rule else []
    return _governed(text, start, end, rule, place_starts) \
        and (end not in noun_starts or lexicons.prefix_at(text, end, "program_duty_nouns") != "" or worked(text, start, end)) \
        and not any(word in text[start:end] for word in stop_words)


def worked(text: str, start: int, end: int) -> bool:
    """“智慧社区”创建|工作: a name ending in a head of work_tail_heads, with 工作 right after it: the noun after
    it only says the program is work, the name ends before it."""
    return lexicons.prefix_at(text, end, "work_words") != "" and lexicons.suffix_of(text[start:end], "work_tail_heads") != ""


def _governed(text: str, start: int, end: int, rule: dict, place_starts: dict[int, Candidate]) -> bool:
    """The rule's verb right before the phrase; for a model, a verb that spreads it in places right after it
    (“X”模式已在全县推广), and for a zone's building, how far it has come (X示范带建设扎实推进) or a verb by which
    a place joins it (融入…经济圈建设); what a text takes as its lever (以国家全域旅游示范区创建为抓手); or a name
    joined to one a verb governs."""
    spread = "or_spread_after" in rule and re.match(lexicons.patterns()[rule["or_spread_after"]], text[end:]) is not None \
        or rule.get("or_reported", False) and _reported_progress(text, end)
    lever = re.search(lexicons.patterns()["lever_lead"], text[max(0, start - 2):start]) is not None \
        and lexicons.prefix_at(text, end, "lever_words") != ""
    joined = "or_joined" in rule and _lead_before(text, start, rule["or_joined"])  # 融入|成渝地区双城经济圈建设
    return _lead_before(text, start, rule["needs_lead"]) or spread or lever or joined \
        or _joined_to_governed(text, start, rule) or _inspected_works(text, start, end, rule, place_starts)


def _inspected_works(text: str, start: int, end: int, rule: dict, place_starts: dict[int, Candidate]) -> bool:
    """在得胜镇，他察看了秦巴山区生态保护修复项目: a leader on an inspection tour inspects public works named by
    what they build, restore or improve (…建设项目, …修复项目); the verb of inspecting governs the project as a
    launching verb does. A project named otherwise (年产10万吨前驱体项目), or by the building it puts up
    (汽车零部件厂房建设项目, 住院大楼改造项目), is a company's or an institution's, not a program."""
    if "or_inspected" not in rule:
        return False
    works = tuple(lexicons.patterns()[rule["inspected_works"]])
    name = text[start:end].removesuffix(lexicons.suffix_of(text[start:end], rule["suffixes"]))
    work = next((w for w in works if name.endswith(w)), "")
    return bool(work) and (_lead_before(text, start, rule["or_inspected"]) or _supervised(text, start, end, place_starts)) \
        and not lexicons.suffix_of(name.removesuffix(work), "built_structures")  # not 厂房建设项目, 住院大楼改造项目


SUPERVISED_OPENER = re.compile("(?<![针相面绝])对")  # not 针对, 相对, 面对, 绝对


def _supervised(text: str, start: int, end: int, place_starts: dict[int, Candidate]) -> bool:
    """对沙坡头区高标准农田建设项目、中宁县…建设项目开展监督检查: 对 opens the clause the project stands in, a division
    is written right before the project (a public work of that place, unlike 对辖区内房地产开发建设项目 or 对某公司
    技术改造项目) and a verb of examining closes the clause."""
    opened = list(SUPERVISED_OPENER.finditer(text, lexicons.clause_start(text, start), start))
    if not opened:
        return False
    item = max(opened[-1].end(), text.rfind("、", opened[-1].end(), start) + 1)  # the project's own item of a list
    return item in place_starts and _is_division(text, place_starts[item]) \
        and re.match(lexicons.patterns()["supervised_project_tail"], text[end:]) is not None


JOINED_REACH = 40  # at most this many characters back to the verb that governs both joined names


def _joined_to_governed(text: str, start: int, rule: dict) -> bool:
    """开展“两违”专项整治和燃气安全专项整治: a name joined by 和, 及 or 、 to a name of the same kind of head that a
    verb of the rule governs in the same clause is governed by that verb too; so is a quoted name joined to an
    object of any kind (开展走访活动和“清廉医院”创建); and a name joined to another program's name that the verb
    governs, or that a place joins (实施小城镇环境综合整治行动和美丽城镇建设, 融入A高质量发展战略和长春现代化都市圈建设)."""
    if not text.endswith(("和", "及", "、"), 0, start):
        return False
    clause = text[max(start - JOINED_REACH, lexicons.clause_start(text, start - 1)):start - 1]
    governed = any(verb in clause for verb in lexicons.patterns()[rule["needs_lead"]])
    joined = "or_joined" in rule and any(verb in clause for verb in lexicons.patterns()[rule["or_joined"]])
    same_kind = lexicons.suffix_of(clause, rule["suffixes"]) != "" or text.startswith("“", start)
    return same_kind and governed or (governed or joined) and lexicons.suffix_of(clause, "quoted_program_suffixes") != ""


def _lead_before(text: str, at: int, kind: str) -> bool:
    """Whether a verb of the list `kind` governs the phrase at `at`, right before it, before its aspect particle
    (村里实施了高标准农田建设项目), before the 的 of a relative clause whose object the phrase is (宝兴县承担的
    大熊猫国家公园生态廊道建设项目, 省委部署的汉江生态经济带建设) or before a scope word that opens it but is no
    part of its name (启动新一轮“四好农村路”示范创建)."""
    skipped = next((p for p in lexicons.longest_first("phrase_stop_prefixes") if text.endswith(p, 0, at)), "")
    batch = BATCH_BEFORE.search(text, max(0, at - 8), at)  # 承担了国家第二批|大型风电光伏基地项目建设任务
    skipped = skipped or (batch.group() if batch else "")
    # 承担了国家第二批X: the aspect particle may stand before the skipped words as well
    points = {at, at - len(skipped)} if skipped else {at}
    # 探索建立“X”机制: the lead verb stands before a verb that completes it
    points |= {point - len(c) for point in set(points) for c in lexicons.patterns()["lead_verb_complements"]
               if text.endswith(c, 0, point)}
    aspects = lexicons.patterns()["aspect_particles"]  # a relative clause's 的: _relative_lead_before
    return any(_word_before(text, point, kind)
               or any(text.endswith(p, 0, point) and _word_before(text, point - len(p), kind) for p in aspects)
               or _relative_lead_before(text, point, kind)
               for point in points)


def _relative_lead_before(text: str, at: int, kind: str) -> bool:
    """省委、省政府部署的有机旱作农业示范片建设, 农业农村部批复的国家现代农业产业园建设, X县承担的…整县推进项目: a
    relative clause about the program that ends in a verb launching, approving or carrying out programs, then 的,
    governs the name after it as the verb itself would."""
    particle = next((p for p in lexicons.patterns()["relative_particles"] if text.endswith(p, 0, at)), "")
    if not particle:
        return False
    # a rule with verbs of its own (布局, 创建 for a zone laid out) keeps to them: 省政府批准的X产业园 is a place
    verbs = lexicons.patterns()["relative_lead_verbs_of"].get(kind, [kind])
    return any(_word_before(text, at - len(particle), kind_of_verb) for kind_of_verb in verbs)


def _quoted_part(text: str, start: int, end: int) -> Candidate:
    """The last quoted name in text[start:end], as the program: a brand is named by its quote (“浙个好”公共品牌)."""
    close = text.rindex("”", start, end)
    return Candidate(text.rindex("“", start, close) + 1, close, "Program", "program")


def _counted_brands_after(text: str, at: int) -> bool:
    """“六安瓜片”“霍山黄芽”两大区域公用品牌: quoted names listed before the count of the brands they are."""
    return _counted_brands().match(text, at) is not None


@cache
def _counted_brands() -> re.Pattern:
    return re.compile(lexicons.patterns()["counted_brands_after"])


def _word_before(text: str, at: int, kind: str) -> bool:
    """Whether an entry of the patterns list `kind` ends right before offset `at`: a verb that carries out
    programs (实施“X”, quote_launch_verbs), or the word 品牌 (公共品牌“浙个好”, quote_named_suffixes)."""
    return text.endswith(lexicons.longest_first(kind), 0, at)  # a tuple built once, not per call


def quoted_names(text: str, sentence: SentenceWords) -> list[Candidate]:
    """“八八战略” is a program by its suffix; “X”工程 is one with the suffix after the quote, and so is a brand
    named in quotes before or after the word 品牌, or with it (but not when the
    suffix only modifies a noun after it: “X”改革新路); a quoted name that a launching verb governs is one too
    (推进“草原书屋”, but not a slogan of parallel parts: “一地签约、全市共享”); the rest of the short quoted phrases are concepts (缩小“三大差距”)."""
    found, ws, noun_starts = [], sentence.ws, sentence.noun_starts
    for m in _quoted(text):
        inner = next(g for g in m.groups() if g)
        if _characterized(text, m.start()):
            found.append(Candidate(m.start() + 1, m.end() - 1, "Concept", "concept"))  # 作为“一把手”工程
            continue
        all_han = all(HAN.match(c) for c in inner)
        bare = m.end() not in noun_starts and all_han and not _manner_word(text, inner, m.end())  # a name of its own
        after = lexicons.alternation("quoted_program_suffixes").match(text, m.end())
        if after and after.end() in noun_starts and after.group() not in lexicons.patterns()["quote_named_suffixes"]:
            after = None
        if (after and after.group() in lexicons.patterns()["quote_named_suffixes"]) or _word_before(text, m.start(), "quote_named_suffixes") \
                or _counted_brands_after(text, m.end()) \
                or len(inner) > 3 and all_han and lexicons.suffix_of(inner, "quote_named_suffixes"):
            # 打造“绿色食品牌”: a brand named whole (not a slogan or a formula: “一村一幅画，一县一品牌”, “生产+…+品牌”)
            found.append(Candidate(m.start() + 1, m.end() - 1, "Program", "program"))
        elif after and not lexicons.suffix_of(inner, "quoted_program_suffixes"):  # “千万工程”建设, “X示范区”建设: the quote
            found.append(Candidate(m.start(), after.end(), "Program", "program", canonical=inner + after.group()))
        elif any(lexicons.suffix_of(inner, kind) for kind in QUOTED_FIELD_ENDINGS) \
                and (field := _governed_field(text, ws, m.start())) is not None:
            found.append(Candidate(field, m.end(), "Program", "program"))  # 启动河湖治理“五大行动”, 实施产业链“链长制”
        elif _counted(inner, lexicons.suffix_of(inner, "quoted_program_suffixes")):
            found.append(Candidate(m.start() + 1, m.end() - 1, "Concept", "concept"))  # 推进“四大行动”
        elif len(inner) > 2 and (lexicons.suffix_of(inner, "program_suffixes") or (after and lexicons.suffix_of(inner, "quoted_program_suffixes"))):
            found.append(Candidate(m.start() + 1, m.end() - 1, "Program", "program"))
        elif len(inner) > 3 and lexicons.suffix_of(inner, "quote_headed_suffixes") and m.end() not in noun_starts:
            # “搬迁群众就业服务驿站”, “乡村振兴数字平台”: a platform or station quoted whole with its generic head
            found.append(Candidate(m.start() + 1, m.end() - 1, "Program", "program"))
        elif len(inner) > 3 and all_han and (model := lexicons.suffix_of(inner, "model_suffixes")) \
                and not _counted(inner, model) and not any(w.tag == "v" for w in ws if m.start() < w.start < m.end()) \
                and _word_before(text, m.start(), "model_lead_verbs"):
            # 推广“龙江模式”保护性耕作: a model named whole in its quote after a verb that spreads it, before what it
            # is a model of (not a task with verbs of its own: 以“迭代完善精神富有实现机制”攻坚破难)
            found.append(Candidate(m.start() + 1, m.end() - 1, "Program", "program"))
        elif bare and (_word_before(text, m.start(), "quote_launch_verbs") or _listed_after_launch(text, m.start())):
            found.append(Candidate(m.start() + 1, m.end() - 1, "Program", "program"))  # 推进“草原书屋”; 实施A、“厕所革命”
        elif bare and (field := _launched_field(text, ws, m.start())) is not None:
            found.append(Candidate(field, m.end(), "Program", "program"))  # 深入开展农村“厕所革命”
        elif bare and re.match(lexicons.patterns()["quote_spread_after"], text[m.end():]) \
                and (field := _opening_field(text, ws, m.start())) is not None:
            # 政务服务“跨省通办”落地实施, “最多跑一次”已在全省推开 (not 探索形成的保护性耕作“梨树模式”已在全省推广:
            # a quote inside a longer name is named by the rules of that name)
            found.append(_quoted_program(m, field))
        elif bare and (start := _listed_after_program(text, ws, m.start())) is not None:
            found.append(_quoted_program(m, start))  # 村庄清洁行动、农村“厕所革命”
        elif len(inner) <= 10 and all(HAN.match(c) or c in "、" for c in inner):
            found.append(Candidate(m.start() + 1, m.end() - 1, "Concept", "concept"))
    return found


def _quoted_program(quote: re.Match, start: int) -> Candidate:
    """The program a quoted name names, from `start`: with the quotes and the field noun when one opens the name
    before the quote (农村“厕所革命”), else the quote's inside alone."""
    if start < quote.start():
        return Candidate(start, quote.end(), "Program", "program")
    return Candidate(quote.start() + 1, quote.end() - 1, "Program", "program")


def _manner_word(text: str, inner: str, end: int) -> bool:
    """开展“嵌入式”监督: a quoted word of manner (in 式) before the work it describes modifies that work; alone it
    names no program."""
    return lexicons.suffix_of(inner, "manner_quote_ends") != "" and end < len(text) and HAN.match(text[end]) is not None


def _opening_field(text: str, ws: list[Word], quote: int) -> int | None:
    """Where 政务服务“一网通办”在全市落地实施 starts: nouns that open the clause right before the quote name the field of
    the quoted program and are part of its name; the quote's own offset when it opens its clause; None when other
    words stand before it."""
    # an item number's closing bracket opens the clause too: （三）政务服务“一网通办”…
    opens = max(lexicons.clause_start(text, quote), *(text.rfind(b, 0, quote) + 1 for b in "）)"))
    if opens == 0:  # 一、农村“厕所革命”由…牵头: so does an item number that opens the sentence
        opens = min(re.match(lexicons.data("relations.json")["programs"]["reported_opening"], text).end(), quote)
    words = [w for w in ws if opens <= w.start and w.end <= quote]
    field = text[opens:quote]
    if not field:
        return quote  # the quote opens its clause
    if 2 <= len(field) <= FIELD_REACH and words and words[0].start == opens and words[-1].end == quote \
            and all(w.tag in FIELD_TAGS for w in words):
        return opens
    return None


FIELD_TAGS = frozenset({"n", "vn", "nz"})  # words of a field (政务|服务, 不动产|登记)
FIELD_REACH = 6  # at most this many characters of a field before a quoted program that opens its clause
# at most this many characters of a field between a launching verb and a quoted name with its head after it
# (推进易地扶贫搬迁后续扶持“五个体系”建设: a work's field of two compounds, as 农村人居环境“五个体系”建设)
QUOTE_FIELD_REACH = 10


LIST_REACH = 12  # at most this many characters between the launching verb and the 、 before the quote


def _listed_after_launch(text: str, quote: int) -> bool:
    """实施高原美丽乡村建设、“厕所革命”: a quoted name listed (after 、) behind the first object of a launching verb in
    its clause is governed by that verb too, when that object is a program's name itself (not 推动经济高质量发展、
    “两个先行”, a goal and a slogan)."""
    if not text.endswith("、", 0, quote):
        return False
    clause = re.split(r"[，。；：！？]", text[max(0, quote - 1 - LIST_REACH - 2):quote - 1])[-1]
    verbs = lexicons.patterns()["quote_launch_verbs"]
    for verb in verbs:
        at = clause.rfind(verb)
        item = clause[at + len(verb):] if at >= 0 else ""
        if item and len(item) <= LIST_REACH and (item.endswith("”") or lexicons.suffix_of(item, "quoted_program_suffixes")):
            return True
    return False


def _governed_field(text: str, ws: list[Word], quote: int) -> int | None:
    """Where the field of 启动河湖治理“五大行动”, 开展农牧民技能培训“千人计划” starts: the words between a verb that
    launches programs and a quoted program name open that name (a count with its field names one program, as
    幸福美好生活十大工程); None when the verb stands right before the quote."""
    k = next((i for i, w in enumerate(ws) if w.start == quote), None)
    if k is None:
        return None
    start = _governed_start(text, ws, k, lexicons.set_of("phrase_tags"))
    start = _strip_prefixes(text, start, text.find("”", quote) + 1)  # 深化新时代“千万工程”: no field
    if start >= quote or _only_a_division(text[start:quote]) or text[start:quote] in lexicons.set_of("whose_words"):
        # 落实广东省“百县千镇万村高质量发展工程”, 纳入国家“千县工程”, 入选省“双创计划”: the province, the country or a
        # bare level says whose the program is, no field (a field before it keeps it: 湘江保护和治理省“一号重点工程”)
        return None
    joiners = lexicons.patterns()["org_joiners"]
    if any(_whose(text[w.start:w.end], w.tag) and not _division_of_the_field(ws, w, quote)
           and not _before_a_noun(ws, i, quote)
           or (text[w.start:w.end] in joiners and w.end == quote)
           for i, w in enumerate(ws) if start <= w.start < quote):
        return None  # 推进浙江“千万工程”, 实施省委“八八战略”, 开展环境整治和“百日攻坚行动”: whose, or a list, not a field
    return start


def _only_a_division(field: str) -> bool:
    """落实广东省“…工程”: the words before the quote are a division's name (less a 的), which says whose the program
    is; 推进保山中心城市“十大工程”: a division that opens longer words (中心城市) is part of the field."""
    gazetteer = load_gazetteer()
    name = field.rstrip("的")
    return opening_division(field + "”", gazetteer) is not None and len(name) >= 2 and bool(gazetteer.named(name))


def _division_of_the_field(ws: list[Word], w: Word, quote: int) -> bool:
    """保山中心城市“十大工程”: a division followed by nouns only, up to the quote, names where the field lies (the
    central city of 保山), not whose the program is (浙江“千万工程”)."""
    after = [v for v in ws if w.end <= v.start < quote]
    # 绿美广东生态建设“六大行动”: field nouns and verbal nouns after the division (生态|建设) make it the field's
    return w.tag == "LOC" and bool(after) and all(v.tag in FIELD_TAGS for v in after)


def _before_a_noun(ws: list[Word], i: int, quote: int) -> bool:
    """推行苹果产业“链长制”: a name the model reads as a body's (苹果) before a common noun of the field names the
    field's thing, not whose the program is; one right before the quote does (省委“八八战略”)."""
    return i + 1 < len(ws) and ws[i + 1].end <= quote and ws[i + 1].tag == "n"


def _whose(word: str, tag: str) -> bool:
    """Whether a word before a quoted program says whose it is (a body, a person, a division: 浙江“千万工程”),
    rather than its field (湘江保护和治理“一号重点工程”: a river)."""
    return tag in ("ORG", "PER") or (tag == "LOC" and bool(load_gazetteer().lookup(word)))


def _launched_field(text: str, ws: list[Word], quote: int) -> int | None:
    """Where the field word of 开展农村“厕所革命”, 开展河湖“清四乱” starts: one noun of two characters between a
    launching verb and a quoted name opens the program's name (as 农村承包地“三权分置”改革), and so does a noun
    before the work it does (推行政务服务“跨省通办”: 政务 + 服务); None otherwise."""
    work = next((w for w in ws if w.end == quote and w.tag == "vn" and w.end - w.start == 2), None)
    word = _field_word(text, ws, work.start if work else quote)
    return word.start if word and _word_before(text, word.start, "quote_launch_verbs") else None


def _field_word(text: str, ws: list[Word], quote: int) -> Word | None:
    """The noun of two characters right before a quoted name, which may open a program's name as its field
    (农村“厕所革命”); None if the word there is no such noun."""
    word = next((w for w in ws if w.end == quote), None)
    if word is None or word.tag != "n" or word.end - word.start != 2 or not all(HAN.match(c) for c in text[word.start:word.end]):
        return None
    return word


def _listed_after_program(text: str, ws: list[Word], quote: int) -> int | None:
    """村庄清洁行动、农村“厕所革命”: a quoted name, with the field noun that may open it, listed right after a
    program's name (an item that ends in a program's suffix) is a program too, whatever verb governs the list
    (将A与B、C统筹推进: the verb comes after it); where its name starts, None otherwise."""
    field = _field_word(text, ws, quote)
    start = field.start if field else quote
    if not text.endswith("、", 0, start):
        return None
    item = re.split(r"[，。；：！？、]", text[max(0, start - 1 - LIST_REACH):start - 1])[-1]
    suffix = lexicons.suffix_of(item, "program_suffixes")
    return start if suffix and len(item) > len(suffix) + 1 else None


@cache
def _shared_suffix_program() -> re.Pattern:
    lead = "|".join(map(re.escape, lexicons.longest_first("quote_launch_verbs")))
    heads = sorted({*lexicons.patterns()["quoted_program_suffixes"], *lexicons.patterns()["shared_program_heads"]}, key=len, reverse=True)
    pattern = lexicons.patterns()["shared_suffix_program"]
    return re.compile(pattern.format(lead=lead, suffix="|".join(map(re.escape, heads))))


def shared_suffix_programs(text: str) -> list[Candidate]:
    """实施公共服务“七优享”和民生“夯基工程”, 实施公共服务“七优享”等工程: two programs, the first named without the
    suffix it shares with the second (or with 等); the nouns before each quote are part of its name."""
    found = []
    for m in _shared_suffix_program().finditer(text):
        suffix = m.group("etc") or m.group("headed") or m.group("after") or m.group("inside")
        if not lexicons.suffix_of(m.group("first").rstrip("”"), "quoted_program_suffixes"):  # “蓝天工程”和“碧海工程”: named in full
            found.append(Candidate(m.start("first"), m.end("first"), "Program", "program", canonical=m.group("first") + suffix))
        if m.group("second"):
            second = m.group("second")  # “清水工程”: the whole name quoted, named without its quotes
            found.append(Candidate(m.start("second"), m.end("second"), "Program", "program", canonical=_strip_outer_quotes(second)))
    return found


def shared_brands(text: str) -> list[Candidate]:
    """“赣南脐橙”“赣南茶油”区域公用品牌: quoted names side by side before one brand head are each a brand, named by
    its quote (the single-quote case is the phrase rule's: “岫岩玉”区域公用品牌)."""
    found = []
    for m in re.finditer(lexicons.patterns()["shared_brand_list"], text):
        at = m.start("list")
        found += [Candidate(at + q.start(1), at + q.end(1), "Program", "program")
                  for q in re.finditer(r"“([^“”]+)”", m.group("list"))]
    return found


@cache
def short_name_aside() -> re.Pattern:
    """（以下简称“三年行动”）, （简称市经信局）: the bracket that gives the name before it a short name (group
    `short`)."""
    opener = lexicons.patterns()["short_name_opener"]
    return re.compile(rf"{opener}(?P<short>[^，。；：:（）()\n]{{1,24}})[）)]")


def program_short_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """农牧区人居环境整治三年行动（以下简称“三年行动”）: the short name right after a program's full name is the
    same program; its canonical name is the full one, so that the resolver reads every later “三年行动” so too."""
    programs = sorted((c for c in found if c.label == "Program"), key=lambda c: (c.priority, c.end - c.start))
    full_names = {c.end: c for c in programs}  # the candidate the chooser would take wins (the last one written)
    short_names = []
    for end, full in full_names.items():
        m = short_name_aside().match(text, end + 1 if text.startswith(("”", "’", "」"), end) else end)
        if m is None:
            continue
        start, stop = m.span("short")
        if text[start] in QUOTES and text[stop - 1] == QUOTES[text[start]]:
            start, stop = start + 1, stop - 1  # “三年行动”: the quoted name, as quoted_names reads it elsewhere
        short_names.append(Candidate(start, stop, "Program", "program_short", canonical=full.canonical or text[full.start:full.end]))
    return short_names


def listed_programs(text: str) -> list[Candidate]:
    """纳入云南省第一批现代化边境小康村建设范围, 入选全国第二批城市一刻钟便民生活圈建设试点城市: the scheme that
    places are put into or designated for is a program, whatever its last word (建设 alone ends no name in
    prose), and its name stops before the batch, the level and the word for its sites. Programs named by a fixed
    word shape (退耕还林, 落实伏季休渔) are read here too."""
    return _named_by_patterns(text, "program_patterns", "scheme") + _named_by_patterns(text, "program_word_patterns", "program")


def listed_projects(text: str, place_starts: dict[int, Candidate]) -> list[Candidate]:
    """一、张店区车站街道华光路片区更新改造项目: an item of a numbered list that holds only its places and a project's or
    works' name (a notice's list of pilot projects) names a program; its name runs from after the places to its head.
    An aside after the name that gives its site (2. 乐山大佛景区游客服务中心改造项目（实施地点：市中区）) marks a list
    of projects as the places before it do."""
    opener = re.match(lexicons.patterns()["list_item_opener"], text)
    if opener is None:
        return []
    start = opener.end()
    while start in place_starts and lexicons.suffix_of(text[start:place_starts[start].end], "place_suffixes") \
            in lexicons.set_of("admin_suffixes"):
        start = place_starts[start].end  # 张店区车站街道: divisions, not a river or an old town that opens the name
    name = text[start:].rstrip("；;。")
    aside = re.search(lexicons.patterns()["listed_project_aside"], name)
    name = name[:aside.start()] if aside else name
    if (start == opener.end() and not aside) or not re.fullmatch(lexicons.patterns()["listed_project_name"], name):
        return []
    return [Candidate(start, start + len(name), "Program", "program")]


def levelled_schemes(text: str) -> list[Candidate]:
    """入选省级县域经济高质量发展示范县, 创建省级乡村振兴示范县: a scheme of a level that a place enters or founds
    as its site, with no batch or list to name it (listed_programs); one that is founded is named by the founding
    (省级乡村振兴示范县创建), as notices of such schemes name it."""
    return _named_by_patterns(text, "level_designation_patterns", "scheme") \
        + _named_by_patterns(text, "founded_showcase_patterns", "scheme", then="创建")


def founded_groups(text: str) -> list[Candidate]:
    """成立盘锦市稻蟹综合种养提质增效行动领导小组, 组建X工作专班: a leading group, task force or headquarters a sentence
    sets up is a body named whole, even when a program names its work (the program's own name stays a program
    only where it stands alone)."""
    return _named_by_patterns(text, "founded_group_patterns", "founded_group", label="Organization")


def _named_by_patterns(text: str, kind: str, source: str, then: str = "", label: str = "Program") -> list[Candidate]:
    """The group `name` of every match of the patterns list `kind`, as a program or an entity of `label` (its
    canonical name the name and `then`, when given, after the group `level`, when it matched). The patterns name
    it after the verb that enters or designates a place or sets a body up, so an aspect particle that opens the
    name is the verb's (入选了|省级…示范村)."""
    found = []
    characters = _characters(text)
    for pattern, needed in lexicons.compiled(kind):
        if not needed <= characters:
            continue  # a character every match holds is missing: nothing to scan for
        for m in pattern.finditer(text):
            start = m.start("name") + len(lexicons.prefix_at(text, m.start("name"), "aspect_particles"))
            start = _after_plan_period(text, start, m.end("name"))
            name = text[start:m.end("name")]
            # 县里成立X领导小组: the county's group, unless the name already opens with a place's
            level = m.groupdict().get("level") or ""
            if level and opening_division(name, load_gazetteer()):
                level = ""
            canonical = level + name + then if then or level else ""
            found.append(Candidate(start, m.end("name"), label, source, canonical=canonical))
    return found


@lru_cache(maxsize=1)
def _characters(text: str) -> frozenset[str]:
    """The characters of a sentence, made once for the lists of policies and of named programs that ask in turn."""
    return frozenset(text)


def _after_plan_period(text: str, start: int, end: int) -> int:
    """纳入“十四五”时期“无废城市”建设名单, 列入“十四五”期间全国X试点名单: the plan period and the scope word after it
    date and place the scheme; its name starts after them."""
    period = PERIOD_SCOPE.match(text, start, end)
    return period.end() if period and end - period.end() >= 4 else start


def enumerated_programs(text: str) -> list[Candidate]:
    """深化农房改造、管线序化、村道提升“三大行动”, 实施农田水利、村庄整治、产业发展三大工程, 实施“粤菜师傅”
    “广东技工”“南粤家政”三项工程: a count of parts and a program head (“三大行动”, 五项工程) right after as
    many parts listed with 、 (or quoted side by side) after a verb that launches programs is one program, the
    parts included; the count must match, or it is no such list."""
    found = []
    for m in _enumerated_program().finditer(text):
        # The list starts after the launching verb of its clause (组织实施A、B“两大工程”; not 坚持A、B“两大战略”).
        verbs = list(lexicons.alternation("program_lead_verbs").finditer(LIST_ITEM_BREAK.split(m.group("parts"))[0]))
        if not verbs:
            continue
        start = m.start("parts") + verbs[-1].end()
        start += len(lexicons.prefix_at(text, start, "aspect_particles"))  # 实施了A、B、C三大工程
        parts = LIST_ITEM_BREAK.split(text[start:m.end("parts")])
        if len(parts) == NUMERAL_VALUES[m.group("count")] and all(len(part.strip("“”")) >= 2 for part in parts):
            # 村道提升新“三大行动”: a new round of the same program, named without 新.
            canonical = text[start:m.end("parts")] + m.group("counted") if m.group("new") else ""
            found.append(Candidate(start, m.end(), "Program", "program", canonical=canonical))
    return found


LIST_ITEM_BREAK = re.compile(r"、|(?<=”)(?=“)")  # A、B、C or “A”“B”“C”


@cache
def _enumerated_program() -> re.Pattern:
    heads = lexicons.alternation("quoted_program_suffixes").pattern
    part = r"“?[\u4e00-\u9fff]{2,12}?”?"
    # The first part may hold the clause's subject and verb before the first item (我县深入实施产业强县).
    return re.compile(rf"(?:^|(?<=[，。；：]))(?P<parts>[\u4e00-\u9fff“”]{{2,24}}?(?:(?:、|(?<=”)(?=“)){part})+)"
                      rf"(?P<new>新?)(?P<counted>(?P<quote>“)?(?P<count>[一二两三四五六七八九十])(?:大|项)(?:{heads})(?(quote)”|(?![\u4e00-\u9fff])))")


def abbreviations(text: str) -> list[Candidate]:
    """省委, 省政府, 党中央 …: named bodies whose full name depends on the document (resolved later). 地委 counts only
    where no character of a word stands before it (。地委书记: not 当地委托, 本地委员会, nor 塔城地委, which the place
    before it names)."""
    unopened = lexicons.set_of("unopened_abbreviations")
    return [Candidate(m.start(), m.end(), "Organization", "organization_abbreviation")
            for m in lexicons.alternation("org_abbreviations").finditer(text) if not counted_levels_before(text, m.start())
            and not (m.group() in unopened and HAN.match(text[m.start() - 1:m.start()]))]


def self_references(text: str) -> list[Candidate]:
    """我省, 本省: the document's own province; 我厅, 我局: the body whose notice it is; 两县: the counties named
    last; all resolved later."""
    return [Candidate(m.start(), m.end(), "Place", "place_short") for m in lexicons.alternation("self_references").finditer(text)] \
        + [Candidate(m.start(), m.end(), "Organization", "organization_abbreviation")
           for m in re.finditer(lexicons.patterns()["self_bodies"], text)] \
        + [Candidate(m.start(), m.end(), "Place", "place_short")
           for m in re.finditer(lexicons.patterns()["place_count_anaphor"], text)]


def place_bodies(text: str, found: list[Candidate], title_spans: list[tuple[int, int]]) -> list[Candidate]:
    """A place directly followed by a body: 杭州市委 -> 中共杭州市委, 德清县政府 -> 德清县人民政府.

    Party committees are named 中共 + full place name + 委 (中共杭州市委), governments 人民政府."""
    tails = lexicons.alternation("place_body_suffixes")
    out = []
    for c in found:
        if c.label != "Place" or not c.adcode or "|" in c.adcode:
            continue
        party = next((p for p in PARTY_NAMES if text.endswith(p, 0, c.start)), "")
        cppcc = cppcc_committee(text, c)
        if cppcc is not None:
            out.append(cppcc)
            continue
        tail, body = _termed_body(text, c.end) if party else _termed_congress(text, c.end)
        tail = tail or tails.match(text, c.end)
        if not tail:
            continue
        start = c.start - len(party)
        gazetteer = load_gazetteer()
        canonical = body_name(gazetteer.get(c.adcode), body or tail.group(), gazetteer)
        # 广州市委书记 is a place and a title (市委书记); the committee it names is a mention behind the title.
        # 中共四川省委书记 names the committee itself.
        behind = not party and any(s < tail.end() < e for s, e in title_spans)
        out.append(Candidate(start, tail.end(), "Organization", "title_body" if behind else "place_body", canonical=canonical, adcode=c.adcode))
    return out


def cppcc_committee(text: str, place: Candidate) -> Candidate | None:
    """政协南充市委员会, 政协新乡市第十四届委员会(常务委员会), 政协四川省委员会办公厅: the CPPCC's name before a place
    and its committee after it (a term between) name the place's CPPCC committee (or its office), not a party
    committee (南充市委员会)."""
    patterns = lexicons.patterns()
    opening = next((p for p in patterns["cppcc_names"] if text.endswith(p, 0, place.start)), "")
    committee = re.compile(patterns["cppcc_committee"]).match(text, place.end) if opening else None
    if committee is None:
        return None
    gazetteer = load_gazetteer()
    tail = "政协常委会" if committee.group("standing") else "政协" + (committee.group("office") or "")
    return Candidate(place.start - len(opening), committee.end(), "Organization", "place_body",
                     canonical=body_name(gazetteer.get(place.adcode), tail, gazetteer), adcode=place.adcode)


def committee_departments(text: str, found: list[Candidate], title_spans: list[tuple[int, int]]) -> list[Candidate]:
    """市委常委、组织部部长: a bare department of a party committee (组织部, 宣传部) listed right after the title of
    that committee's standing member is the committee's own department (市委组织部, completed later), whether a
    recogniser found it or only the title names it (宣传部部长, which the model reads as 宣传|部部长)."""
    departments = lexicons.set_of("party_departments")
    committees = lexicons.data("relations.json")["posts"]["party_committees"]
    bodies = {(c.start, c.end): c.source for c in found if c.label == "Organization"}
    for start, _ in title_spans:
        named = next((d for d in departments if text.startswith(d, start)), "")
        if named:
            bodies.setdefault((start, start + len(named)), "organization")
    out = []
    for (start, end), source in bodies.items():
        if text[start:end] not in departments:
            continue
        committee = next((m for m in committees if text.endswith(m + "常委、", 0, start)), "")
        if committee:
            out.append(Candidate(start, end, "Organization", source, canonical=committee + text[start:end]))
    return out


SECTION_WORD_TAGS = frozenset({"n", "vn", "v", "nz", "c"})  # 政策与改革处, 运行监测协调处: nouns, verbs and a joiner
SECTION_NAME_MAX = 12  # characters of a section's name before its head's title (农村社会事业促进处)


def department_sections(text: str, found: list[Candidate], title_spans: list[tuple[int, int]],
                        ws: list[Word]) -> list[Candidate]:
    """省农业农村厅农村社会事业促进处处长王敏, 厅水生态环境处处长A、大气环境处处长B: the section of a department
    (处, 科, 司) named right before its head's title is a body: after the department's name, or after its bare
    word (厅: the article's department, for the resolver), or alone after another section of the department in
    the sentence (of that department). A section alone with no department before it is left unnamed."""
    heads = lexicons.patterns()["section_heads"]
    departments = lexicons.set_of("department_words")
    bodies = {c.end: c for c in found if c.label == "Organization"}
    word_before = {w.end: w for w in ws}
    out = []
    department = ""  # how the sentence's latest section named its department (省商务厅, 厅)
    for start, title_end in title_spans:
        end = start - 1 if text.endswith("副", 0, start) else start
        title = text[start:title_end].removeprefix("副")
        if title not in heads or not text.endswith(heads[title], 0, end):
            continue
        if end in bodies:  # 省商务厅对外贸易处, one word of the model's: its department names the next sections
            named_in = max(text.rfind(word, bodies[end].start, end - 1) for word in departments)
            department = text[bodies[end].start:named_in + 1] if named_in > bodies[end].start else department
            continue
        opening = _section_opening(text, end, word_before, departments)
        if end - opening <= len(heads[title]) + 1:
            continue  # 一处处长: no name before the section word
        if opening in bodies and text[opening - 1:opening] in departments:
            department = text[bodies[opening].start:opening]
            out.append(Candidate(bodies[opening].start, end, "Organization", "organization"))
        elif _bare_department_before(text, opening, departments):
            department = text[opening - 1]
            out.append(Candidate(opening - 1, end, "Organization", "organization"))
        elif department:
            out.append(Candidate(opening, end, "Organization", "organization", canonical=department + text[opening:end]))
    return out


def bare_departments(text: str, title_spans: list[tuple[int, int]]) -> list[Candidate]:
    """厅党组成员、副厅长X at a department's press conference: the department's bare word opening a sentence or a
    clause, right before a title in its party group, is the department (the resolver reads it as the article's)."""
    departments = lexicons.set_of("department_words")
    groups = tuple(lexicons.data("relations.json")["posts"]["body_parties"])
    return [Candidate(start - 1, start, "Organization", "organization") for start, _ in title_spans
            if text.startswith(groups, start) and _bare_department_before(text, start, departments)]


def _bare_department_before(text: str, at: int, departments: frozenset[str]) -> bool:
    """Whether the department's bare word (厅, 局) stands right before `at`, opening the sentence or a clause."""
    return at >= 1 and text[at - 1] in departments and (at == 1 or not HAN.match(text[at - 2]))


def _section_opening(text: str, end: int, word_before: dict[int, Word], departments: frozenset[str]) -> int:
    """Where the name of a section ending at `end` starts: back over the model's nouns and verbs to the word
    before them (a body, the department's bare word, a mark), within SECTION_NAME_MAX characters."""
    start = end
    while (w := word_before.get(start)) and w.tag in SECTION_WORD_TAGS and end - w.start <= SECTION_NAME_MAX \
            and (w.tag != "c" or start != end):
        if start < end and text[w.start:w.end] in departments:
            break  # 厅|水生态环境处: the department's bare word opens no section's name
        start = w.start
    return start


def _court_committee_post(surface: str, after: str) -> str:
    """审判委员会 of X法院审判委员会 right before 委员: the title 审判委员会委员 of a post in the court (检察委员会 of a
    procuratorate); "" otherwise."""
    kinds = lexicons.patterns()["court_committee_of"]
    return next((committee for body, committee in kinds.items()
                 if after.startswith("委员") and surface.endswith(body + committee)), "")


def court_committees(text: str, found: list[Candidate]) -> list[Candidate]:
    """任命A为X市中级人民法院副院长、审判委员会委员: a bare 审判委员会 (检察委员会) listed right after a post in a
    court (procuratorate) is that body's own committee (X市中级人民法院审判委员会), of which the person is a member."""
    pattern = lexicons.patterns()["court_committee"]
    kinds = lexicons.patterns()["court_committee_of"]
    out = []
    for c in found:
        name = c.canonical or text[c.start:c.end]
        kind = next((k for k in kinds if name.endswith(k)), "")
        m = re.match(pattern, text[c.end:]) if c.label == "Organization" and kind else None
        if m and m.group("committee") == kinds[kind]:
            out.append(Candidate(c.end + m.start("committee"), c.end + m.end("committee"), "Organization", c.source,
                                 canonical=name + m.group("committee")))
    return out


PARTY_NAMES = ("中国共产党", "中共")
ORDINAL = r"第?[一二三四五六七八九十百零〇\d]+"
TERM = re.compile(ORDINAL + "届")
SESSION = re.compile(ORDINAL + "次")


def _termed_body(text: str, at: int) -> tuple[re.Match | None, str]:
    """中共泉州市第十三届委员会常务委员会: after the party's name, a place and a term (第十三届), the committee
    (委员会), its standing committee or its discipline commission, with the body word the committee goes by
    (委, 委常委会, 纪委); (None, "") when no term and committee follow the place."""
    term = TERM.match(text, at)
    bodies = lexicons.patterns()["party_term_bodies"]
    tail = re.compile("|".join(sorted(bodies, key=len, reverse=True))).match(text, term.end()) if term else None
    return (tail, bodies[tail.group()]) if tail else (None, "")


def _termed_congress(text: str, at: int) -> tuple[re.Match | None, str]:
    """右玉县第十七届人民代表大会常务委员会: a congress's standing committee with its term between the place and
    the body, named without the term as the committee calls itself; (None, "") when no term and committee follow,
    or when a session follows (…常务委员会第十九次会议 is a meeting's name, whose own rule finds the place in it)."""
    term = TERM.match(text, at)
    tail = lexicons.alternation("congress_standing_committees").match(text, term.end()) if term else None
    return (tail, tail.group()) if tail and not SESSION.match(text, tail.end()) else (None, "")


def titles(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _titles().finditer(text)]


def names_after_titles(text: str, title_spans: list[tuple[int, int]], ws: list[Word]) -> list[Candidate]:
    """省委书记王浩 / 市长张三同志: a family name right after a title, ending where a boundary word starts."""
    model_names = {w.start: w.end for w in ws if w.tag == "PER"}
    verbs = {w.start for w in ws if w.tag.startswith("v")}
    boundaries = tuple(lexicons.patterns()["person_boundaries"])
    actions = tuple(lexicons.patterns()["person_actions"])
    title_starts = {s for s, _ in title_spans}
    found = []
    for _, end in title_spans:
        dotted = _dotted_name_end(text, end)
        # the model's name, if any, cut short (阿依达尔·哈力|别克), not ended by a verb (古丽娜尔·吐尔逊|介绍)
        cut = end not in model_names or (dotted > model_names[end] and model_names[end] not in verbs)
        if dotted and is_dotted_name(text[end:dotted]) and cut:
            # 厅长热依汗·买买提表示 (the model: 热依汗/a), 县长阿依达尔·哈力别克作 (the model: 阿依达尔·哈力/PER 别克/ORG)
            found.append(Candidate(end, dotted, "Person", "person_by_title"))
            continue
        parted = parted_name_end(text, end, ending=True)
        if parted:
            found.append(Candidate(end, parted, "Person", "person_by_title"))  # 县长贡保才让，县委常委…
            continue
        long_end = _long_name_end(text, ws, end, actions, title_starts)
        if long_end:
            found.append(Candidate(end, long_end, "Person", "person_by_title"))  # 副县长格绒邓珠说
            continue
        if name_end := _conjunction_family_name(text, end, model_names):
            found.append(Candidate(end, name_end, "Person", "person_by_title"))  # 副县长和文斌，
            continue
        if end in model_names and looks_like_titled_name(text[end:model_names[end]], text[model_names[end]:]):
            found.append(Candidate(end, _with_cut_character(text, ws, end, model_names[end]), "Person", "person_by_title"))
            continue
        for size in (3, 2):
            name = text[end:end + size]
            follow = text[end + size:end + size + 3]
            # A name with no known family name (岩温罕) needs an action after it, not just a boundary.
            named = looks_like_person_name(name) and (not follow or follow.startswith(boundaries))
            # … or another title after 、 (旗长其木格、副旗长王志刚): a list of officials.
            listed = follow[:1] == "、" and end + size + 1 in title_starts
            named = named or (looks_like_any_name(name) and (follow.startswith(actions) or listed))
            # a name the model reads as a verb (储德胜: 储 stores) is one when the model's next name follows it, or
            # when the verb is the whole name of three characters (院长游光辉，: 游 swims; no verb that long opens
            # with a family name and ends before a boundary)
            in_names = looks_like_person_name(name) and (follow[:1] == "、" and end + size + 1 in model_names
                                                         or size == 3 and _verb_at(ws, end, end + size))
            if named and (listed or not _has_function_word(ws, end, end + size)) \
                    and (in_names or not _verb_at(ws, end)) and not _title_word_runs_on(ws, end, end + size):
                found.append(Candidate(end, end + size, "Person", "person_by_title"))
                break
    return found


def _conjunction_family_name(text: str, start: int, model_names: dict[int, int]) -> int:
    """副县长和文斌，县人大代表和春梅介绍: the model reads the family name 和 (Naxi, Lisu) as a conjunction and the given
    name after it as a name of its own; right after a title, 和 and a two-character given name the model reads as
    a name, then a boundary, are one person (officials are not named by a bare given name). Where the name ends,
    or 0."""
    given = start + len(lexicons.prefix_at(text, start, "function_word_family_names"))
    end = given + 2
    return end if given > start and model_names.get(given) == end and text.startswith(name_boundaries(), end) else 0


def _with_cut_character(text: str, ws: list[Word], start: int, end: int) -> int:
    """副市长宣立|军|担任链长: where the model's two-character name ends, or one character later when the model left
    the name's last character as a word of its own, no boundary itself, that a boundary follows."""
    boundaries = name_boundaries()
    cut = end - start == 2 and any(w.start == end and w.end == end + 1 for w in ws) \
        and not text.startswith(boundaries, end) and text.startswith(boundaries, end + 1)
    return end + 1 if cut and looks_like_person_name(text[start:end + 1]) else end


LONG_NAME_SIZES = (5, 4)  # 孟和巴雅尔, 格绒邓珠, 次仁旺堆: Mongolian and Tibetan names (no family name), longest first
FUNCTION_TAGS = frozenset({"v", "vd", "vn", "d", "r", "m", "q", "f", "TIME", "t"})  # no part of one as two characters
PARTICLE_TAGS = frozenset({"u", "p", "c"})  # no part of a name at any length (常委作|了|大会发言)


def _long_name_end(text: str, ws: list[Word], start: int, actions: tuple[str, ...], title_starts: set[int]) -> int:
    """Where a Mongolian or Tibetan name right after a title ends, when one of four or five Han characters runs
    up to what officials do (副县长格绒邓珠说, 县长道吉才让介绍, 副旗长孟和巴雅尔介绍); 0 otherwise. The model's
    words must fit it exactly with no verb, adverb or other function word of two characters inside (not 县长亲自|带队
    调研, 市长张伟|带队调研) and no title (首席执行官兼总裁马蒂表示: another post of the same person); the model
    reads it as names side by side (孟和|巴雅尔), or it opens with no family name and holds no boundary of a name
    (not 县长一行到村调研, 白明|现场说, 常委作了大会发言)."""
    for size in LONG_NAME_SIZES:
        end = start + size
        name = text[start:end]
        words = [w for w in ws if start <= w.start < end]
        if len(name) < size or not all(HAN.match(c) for c in name) or not text.startswith(actions, end) \
                or not words or words[0].start != start or words[-1].end != end \
                or any(w.end - w.start > 1 and w.tag in FUNCTION_TAGS or w.tag in PARTICLE_TAGS for w in words) \
                or any(start < title < end for title in title_starts):
            continue
        if len(words) >= 2 and all(w.tag == "PER" for w in words):
            return end  # names side by side (孟和|巴雅尔), whatever characters they hold
        if not any(text.startswith(name_boundaries(), start + i) for i in range(size)) \
                and not (looks_like_person_name(name[:2]) or looks_like_person_name(name[:3])):
            return end
    return 0


LISTED_NAME_MAX = 6  # 乌云其其格, 苏和巴特尔: Mongolian and Tibetan names run longer than Han ones


@cache
def _listed_names() -> re.Pattern:
    """A list of two or more names joined by 、 and closed by what officials do (出席, 参加 …), or by 等 before it
    (次仁罗布、王丽等出席: 等 is no part of the last name)."""
    part = f"[\u4e00-\u9fff]{{2,{LISTED_NAME_MAX}}}?"
    item = f"{part}(?:[{NAME_DOTS}]{part})*"  # 热合曼·阿布都拉: a transliterated name's parts
    actions = "|".join(lexicons.longest_first("person_actions"))
    return re.compile(f"(?:{item}、)+{item}?(?=(?:等人?)?(?:{actions}))")


def names_listed_after_titles(text: str, title_spans: list[tuple[int, int]]) -> list[Candidate]:
    """副盟长苏和巴特尔、陈志刚、乌云其其格出席会议: the items of a list right after a title and up to what the officials
    do are all names once one of them has a family name, those with none (Mongolian, Tibetan names) included; an
    item holding a title is no name of this list, nor is a list with one."""
    title_starts = {s for s, _ in title_spans}
    found = []
    for _, end in title_spans:
        m = _listed_names().match(text, end)
        if m is None or any(end <= s < m.end() for s in title_starts):
            continue
        items = m.group().split("、")
        if not any(looks_like_person_name(item) for item in items):
            continue
        at = end
        for item in items:
            if not any(item.endswith(s) for s in lexicons.patterns()["not_person_suffixes"]):
                found.append(Candidate(at, at + len(item), "Person", "person_by_title"))
            at += len(item) + 1
    return found


DOTTED_HEAD = re.compile(rf"(?:[\u3400-\u9fff]{{1,{DOTTED_PART_MAX}}}[{NAME_DOTS}])+")  # the parts before the last


def _dotted_name_end(text: str, start: int) -> int:
    """Where a transliterated name that starts at `start` ends: parts of Han characters joined by middle dots,
    whatever words the model reads in them (副主席买|买提·吐尔逊, 州长买买|提江·阿不|都热依木说), the last part
    ending where a name boundary starts (说, 出席, 、); 0 when there is no such name."""
    head = DOTTED_HEAD.match(text, start)
    if not head:
        return 0
    for end in range(head.end() + 1, min(head.end() + DOTTED_PART_MAX, len(text)) + 1):
        if not HAN.match(text[end - 1]):
            break
        if end == head.end() + 1:
            continue  # a last part of one character is no name's
        if text.startswith(name_boundaries(), end):
            return end
    return 0


def looks_like_titled_name(name: str, after: str) -> bool:
    """A word the model reads as a person's name right after a title: any name of two or three characters, a
    transliterated one (艾尔肯·买买提), or one of four to six characters (次仁多吉, 乌兰图雅, 额尔敦巴雅尔) that a
    boundary ends (not 林志强作 in 林志强作讲话)."""
    boundaries = name_boundaries()
    # a name of two or three characters and a word after it that the model glued on (林志强作, 王刚表示) is no name
    glued = (looks_like_person_name(name[:3]) and name[3:].startswith(boundaries)) or name[2:].startswith(boundaries)
    spoken = tuple(lexicons.patterns()["spoken_after_names"])  # 镇长尼玛次仁介绍
    long = 4 <= len(name) <= LISTED_NAME_MAX and all(HAN.match(c) for c in name) \
        and after.startswith(boundaries + spoken) and not glued
    return looks_like_any_name(name) or is_dotted_name(name) or long


def names_after_appointments(text: str) -> list[Candidate]:
    """任命田晓光为…副市长, 免去焦红旗的…职务: the name between a verb of appointment and 为 or 的 is a person's,
    whole even where the model cuts it short (田晓 光) or misses it; it needs a family name of the list, or is a
    Tibetan name (任命扎西草为…局长)."""
    found = []
    for m in lexicons.alternation("appointment_verbs").finditer(text):
        end = appointed_name_end(text, m.end())
        if end:
            found.append(Candidate(m.end(), end, "Person", "person_by_title"))
    return found


def parted_names(text: str, ws: list[Word]) -> list[Candidate]:
    """牧民多吉次仁已赶着牦牛, 村党支部书记泽让尼玛带头, 沙马尔布说: two or three parts of Tibetan, Yi or Mongolian names in a row,
    from where a word of the model starts (no family name marks them, and the model cuts them or misses them)."""
    starts = {w.start for w in ws}
    found = []
    for m in _parted_runs().finditer(text):  # most sentences hold none: one scan finds the runs to check
        end = parted_name_end(text, m.start()) if m.start() in starts else 0
        if end:
            found.append(Candidate(m.start(), end, "Person", "person_by_title"))
    return found


@cache
def _parted_runs() -> re.Pattern:
    parts = sorted(name_part_lexicon().parts, key=lambda p: (-len(p), p))  # longest first: the longest part wins
    return re.compile(f"(?:{'|'.join(parts)}){{2,}}")


LONE_CREDIT_NAME = 4  # 降央泽仁 摄: a name this long (no family name) only as a credit's one name


@cache
def _labelled_credit() -> re.Pattern:
    labels = "|".join(lexicons.patterns()["photo_labels"])
    return re.compile(rf"\s(?:{labels})\s*/\s*(\S+(?:\s\S+)*)$")


def credited_names(text: str) -> list[Candidate]:
    """向朝阳 摄, 图为游客采摘脆李 吴春燕 摄: the names of a photo credit, the words before 摄 (摄影, 供图): the last
    of any two or three characters, those before it with a family name (a caption may open the line: 芋头侗寨
    张三 摄), a longer one when it is the line's only word (降央泽仁 摄). After a label at a caption's end (村里的小院
    图/孟克), each word of the kinds a credit's last word may be."""
    labelled = _labelled_credit().search(text) if "/" in text else None
    if labelled:
        words = [(labelled.start(1) + m.start(), labelled.start(1) + m.end()) for m in re.finditer(r"\S+", labelled[1])]
        return [Candidate(start, end, "Person", "person_by_title") for start, end in words
                if looks_like_any_name(text[start:end]) or len(words) == 1 and _lone_credit_name(text[start:end])]
    words = lexicons.suffix_of(text, "credit_words")
    if not words or not text[:-len(words)].endswith(" "):
        return []
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[:-len(words)])]
    found = []
    for n, (start, end) in enumerate(reversed(tokens)):
        name = text[start:end]
        lone = len(tokens) == 1 and _lone_credit_name(name)
        if not (lone or looks_like_person_name(name) or n == 0 and looks_like_any_name(name)):
            break
        found.append(Candidate(start, end, "Person", "person_by_title"))
    return found


def bylined_names(text: str) -> list[Candidate]:
    """本报讯（记者 霍建军 通讯员 折艳红）, 本刊记者 公茂林 通讯员 刘晓燕: the names a news byline sets between spaces
    after a reporter's role word, up to its bracket, the line's end or the next role, each of a name's length
    (family names no list holds among them: 刀玉香, 乌日娜)."""
    roles = lexicons.set_of("byline_roles")
    found = []
    for m in re.finditer(lexicons.patterns()["byline_names"], text):
        for name in re.finditer(r"\S+", m.group("names")):
            if name.group() not in roles and looks_like_any_name(name.group()):
                start = m.start("names") + name.start()
                found.append(Candidate(start, start + len(name.group()), "Person", "person_by_title"))
    return found


def _lone_credit_name(name: str) -> bool:
    return len(name) == LONE_CREDIT_NAME and all(HAN.match(c) for c in name)


def _verb_at(ws: list[Word], start: int, end: int | None = None) -> bool:
    """Whether the model reads the word at `start` (ending at `end`, when given) as a verb (周恩来总理推荐参加…: 推荐
    is no name after 总理)."""
    return any(w.start == start and w.tag == "v" and end in (None, w.end) for w in ws)


def _title_word_runs_on(ws: list[Word], start: int, end: int) -> bool:
    """区委常委会作工作报告: the model's word runs from the title into the span and ends inside it (常委|会), so the
    title is the start of a longer word (常委会), not a title before a name."""
    return any(w.start < start < w.end < end for w in ws)


def _has_function_word(ws: list[Word], start: int, end: int) -> bool:
    """Whether the model reads part of the span as a function word or an adjective (总书记曾经的: 曾经 is an
    adverb; 总书记重要讲话: 重要 is an adjective, though 重 is a family name)."""
    tags = lexicons.set_of("function_tags") | lexicons.set_of("adjective_tags")
    return any(w.tag in tags for w in ws if w.start < end and w.end > start)


class PatternRecognizer:
    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text, ws = text_of(doc), words(doc)
        title_spans = titles(text)
        doc._.kg_titles = title_spans
        found = candidates(doc)
        found += policies(text)
        sentence = SentenceWords.of(text, ws)
        found += quoted_names(text, sentence)
        found += shared_suffix_programs(text)
        found += shared_brands(text)
        found += listed_programs(text)
        found += levelled_schemes(text)
        found += founded_groups(text)
        found += enumerated_programs(text)
        place_starts = {c.start: c for c in found if c.label == "Place"}
        found += listed_projects(text, place_starts)
        for rule, endings in _phrase_rule_endings():
            if not endings.isdisjoint(sentence.last_characters):  # most rules have no word to end with
                found += suffixed_phrases(text, sentence, rule, place_starts, title_spans)
        found += program_short_names(text, found)
        found += provincial_zones(text, found)
        found += place_bodies(text, found, title_spans)
        found += committee_departments(text, found, title_spans)
        found += court_committees(text, found)
        found += department_sections(text, found, title_spans, ws)
        found += bare_departments(text, title_spans)
        found += abbreviations(text)
        found += self_references(text)
        found += names_after_titles(text, title_spans, ws)
        found += names_listed_after_titles(text, title_spans)
        found += names_after_appointments(text)
        found += credited_names(text)
        found += bylined_names(text)
        found += parted_names(text, ws)
        _after_launching_bodies(text, found)
        _with_counted_parts(text, found)
        return doc


MIN_PROGRAM_AFTER_BODY = 4  # 省委“四强”行动 keeps “四强”行动; a shorter rest after a body is no name of its own


def _after_launching_bodies(text: str, found: list[Candidate]) -> None:
    """落实省委“四强”行动部署, 入选财政部、自然资源部历史遗留废弃矿山生态修复示范工程: a party or government body
    that opens a program's name launched or runs it (its proposer, named on its own); the name starts after it and
    the bodies joined to it. Another body is what the works build or improve (乐山大佛景区游客服务中心改造项目)."""
    body_ends = {c.start: c.end for c in found if c.label == "Organization"
                 and lexicons.suffix_of(text[c.start:c.end], "launching_body_ends")
                 and not lexicons.suffix_of(text[c.start:c.end], "not_launching_body_ends")}
    for n, c in enumerate(found):
        if c.label != "Program":
            continue
        start = c.start
        while body_ends.get(start, c.end) < c.end:
            start = body_ends[start]
            if text.startswith(("、", "和"), start) and start + 1 in body_ends:
                start += 1  # 财政部、自然资源部
        if start != c.start and c.end - start >= MIN_PROGRAM_AFTER_BODY:
            opening = text[c.start:start]
            found[n] = replace(c, start=start, canonical=c.canonical.removeprefix(opening))


COUNTED_QUOTE = re.compile(r"“(?P<count>[三四五六七八九])")
LISTED_PART = re.compile(r"(?:(?![的之])[\u4e00-\u9fff]){2,6}")  # a noun phrase, no clause (省政府部署的)


def _with_counted_parts(text: str, found: list[Candidate]) -> None:
    """实施茶园提质、加工提档、品牌提升“三提”工程: a counted quote names its parts in a list before it, and the name
    takes them in when there are as many of them as the quote counts (three at least: 两 and 一 count no parts, as in
    “两强一增”), all of one length (a name that opened with the quote or with the last part alone: “三提”工程,
    幸福乐园“三园”工程)."""
    for n, c in enumerate(found):
        quote = text.find("“", c.start, c.end) if c.label == "Program" else -1
        m = COUNTED_QUOTE.match(text, quote) if quote >= 0 else None
        if m is None:
            continue
        last = text.rfind("、", 0, quote) + 1
        if last == 0 or not (c.start in (quote, last) and LISTED_PART.fullmatch(text, last, quote)):
            continue
        size, start, parts = quote - last, last, 1
        while start > size and text[start - 1] == "、" and LISTED_PART.fullmatch(text, start - size - 1, start - 1):
            start, parts = start - size - 1, parts + 1
        if parts == NUMERAL_VALUES[m.group("count")]:
            found[n] = replace(c, start=start, canonical=text[start:c.start] + c.canonical)


@Language.factory("kg_patterns")
def make_pattern_recognizer(nlp: Language, name: str) -> PatternRecognizer:
    return PatternRecognizer(name)
