"""Places from the gazetteer of administrative divisions, with their adcodes.

Full official names (淳安县) match anywhere. Short forms (淳安) are often ordinary words (振兴, 资源, 合作),
so they count only inside words that the statistical model reads as places, or as whole words once the
document names the division in full; town names count only in their full form.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from ..gazetteer import Division, former_county_name, load_gazetteer, provincial, town_stem
from ..usercache import derived
from .candidates import Candidate, Word, candidates, level_words, text_of, words
from .lac import is_specific_place, quoted_offsets

SHORT_FORM_LEVELS = {"province", "city", "county"}
LONG_TOWN = 4  # characters of a town's full name (suffix included) that no ordinary run of words matches by chance


@cache
def place_index() -> tuple[dict[str, tuple[str, str]], dict[str, int]]:
    """surface -> ("|"-joined adcodes, how it may match: "full", "town", "short" or "town_short"); and the first
    two characters of every surface (every one has at least two), each with the length of the longest surface they
    open, so that the scans try no position that opens none and no slice longer than that. Once per process, from
    the user cache when it holds it."""
    return derived("place_index", load_gazetteer().source, build_place_index)


def build_place_index() -> tuple[dict[str, tuple[str, str]], dict[str, int]]:
    codes: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    township_forms: dict[str, set[str]] = {}
    for surface, division in _surfaces():
        if len(surface) < 2:
            continue
        if surface in (division.name, former_county_name(division)):  # 水城县, written in full before 水城区
            kind = "full" if division.level in SHORT_FORM_LEVELS else "town"
        else:
            kind = "short" if division.level in SHORT_FORM_LEVELS else "town_short"
        codes.setdefault(surface, set()).add(division.adcode)
        kinds[surface] = min(kinds.get(surface, kind), kind, key=MATCH_ORDER.index)  # the freest kind wins
        if kind == "town_short":
            township_forms.setdefault(surface, set()).add(division.adcode)
    # 永丰乡 is the name of towns of its own: the ethnic township written so only for short (永丰朝鲜族乡) is none
    # of them, and the text keeps its name as written
    index = {s: ("|".join(sorted(c if kinds[s] == "town_short" else c - township_forms.get(s, set()))), kinds[s])
             for s, c in codes.items()}
    openings: dict[str, int] = {}
    for surface in index:
        openings[surface[:2]] = max(openings.get(surface[:2], 0), len(surface))
    return index, openings


def _surfaces() -> Iterator[tuple[str, Division]]:
    """The gazetteer's surface forms, and an ethnic township's name without its groups (格朗和哈尼族乡 is also
    格朗和乡), which only this index knows: it counts where the document names the township in full."""
    for surface, division in load_gazetteer().surfaces():
        yield surface, division
        stem = town_stem(division) if surface == division.name and division.name.endswith("族乡") else ""
        if stem:
            yield stem + "乡", division


MATCH_ORDER = ("full", "town", "short", "town_short")


def match_places(text: str, words_: list[Word], quoted: set[int], whole_names: bool = False) -> list[Candidate]:
    """Full names of counties and above anywhere; town names where a word of the model ends with them
    (not 振兴乡 in 振兴乡村); short forms only inside words the model reads as places (湖州南浔, 淳安),
    starting where that word or the previous place starts, and never in quotes (“金山银山”), so that
    振兴 or 资源 in prose never count. whole_names=True: see `_one_name`."""
    index, openings = place_index()
    loc_words = [w for w in words_ if w.tag == "LOC"]
    word_ends = {w.end for w in words_}
    found, last_end = [], -1
    # Most positions open no name: the few that do are listed in one pass, each with its longest name's length.
    opening = [(i, longest) for i in range(len(text) - 1) if (longest := openings.get(text[i:i + 2]))]
    for i, longest in opening:
        if i < last_end:
            continue  # inside the name found last
        for end in range(min(len(text), i + longest), i + 1, -1):
            hit = index.get(text[i:end])
            if hit is None:
                continue
            adcode = hit[0]
            chained = _chained_town(text[i:end], hit, found[-1] if found and last_end == i else None)
            feature_end = _feature_end(text, i, end, words_, adcode) or _area_name_end(text, i, end, words_) \
                if hit[1] == "short" and i not in quoted else 0
            if feature_end:  # 丹江口水库, 三江源国家公园: the feature is the place, named after the division
                found.append(Candidate(i, feature_end, "Place", "zone"))
                last_end = feature_end
                break
            if hit[1] == "town_short" and adcode not in DOCUMENT_DIVISIONS.get():
                continue  # 格朗和乡 is 格朗和哈尼族乡 only where the document names the township in full
            if chained:
                adcode = chained
            elif not _may_match(text, hit[1], i, end, last_end, words_, word_ends, quoted) \
                    or whole_names and hit[1] == "short" and _one_name(text, i, end, words_):
                continue
            # 湘西州 before 委书记 ranks as a full name: 湘西州 + 州委书记, not 湘西 + 州委
            source = "place_short" if hit[1] == "short" and not _names_a_body(text, i, end) else "place_full"
            found.append(Candidate(i, end, "Place", source, adcode=adcode))
            last_end = end
            break
    found += _short_forms_of_named(text, found, words_, quoted)
    counted = _counted_short_forms(text, found)
    replaced = {(c.start, c.end) for c in counted}  # 阳原县东城、化稍营两镇: 东城 is a town here, not 东城区
    return [c for c in found if (c.start, c.end) not in replaced] + counted \
        + _unknown_remainders(text, found, loc_words) + _bare_towns(text, found, loc_words) + _villages_after_towns(text, found, words_) \
        + _villages_of_place_words(text, loc_words, words_) + _villages_listed(text, found, loc_words, words_)


# The divisions a document names in full (set by the pipeline around each document's sentences). Outside a
# document (kg ner, a lone sentence) it is empty and only a sentence's own full names let its short forms count;
# within one it covers every article of the file, as a magazine issue names its counties once for all of them.
DOCUMENT_DIVISIONS: ContextVar[frozenset[str]] = ContextVar("document_divisions", default=frozenset())


@contextmanager
def document_divisions(text: str) -> Iterator[None]:
    """While the sentences of a document with this text are read, its full names of divisions are known."""
    token = DOCUMENT_DIVISIONS.set(full_names_in(text))
    try:
        yield
    finally:
        DOCUMENT_DIVISIONS.reset(token)


def full_names_in(text: str) -> frozenset[str]:
    """The adcodes of the divisions a text names in full (one division per name), towns included."""
    index, openings = place_index()
    found = set()
    for i in range(len(text) - 1):
        longest = openings.get(text[i:i + 2])
        if longest is None:
            continue
        for end in range(min(len(text), i + longest), i + 2, -1):
            hit = index.get(text[i:end])
            if hit and hit[1] in ("full", "town") and "|" not in hit[0]:
                found.add(hit[0])
                break
    return frozenset(found)


NAME_READINGS = ("PER", "LOC", "ORG", "nz", "nr", "ns")  # the model's tags of any name, as opposed to ordinary words


def _short_forms_of_named(text: str, found: list[Candidate], words_: list[Word], quoted: set[int]) -> list[Candidate]:
    """丰宁满族自治县 … 丰宁紧紧抓住: once the document names a county (or city) in full, its short form is that place
    even where the model reads it as another kind of name (a person); as a whole word of the model read as a name,
    never in quotes nor before a level word (丰宁镇). Only the divisions named in full, and never a word the
    model reads as an ordinary one (平安 of 平安区 in 守护一方平安, 大方 of 大方县 in 热情大方), so that prose
    words stay prose; but right before a zone's word (图们|口岸, 图们|经济开发区) it names the zone, however the
    model reads it."""
    index, _ = place_index()
    named = DOCUMENT_DIVISIONS.get() | {c.adcode for c in found if c.source == "place_full"}
    taken = {i for c in found for i in range(c.start, c.end)}
    out = []
    for w in words_:
        hit = index.get(text[w.start:w.end])
        if hit is None or hit[1] != "short" or hit[0] not in named or w.start in quoted \
                or taken & set(range(w.start, w.end)) or lexicons.prefix_at(text, w.end, "admin_suffixes"):
            continue
        before_zone = lexicons.prefix_at(text, w.end, "zone_suffixes")
        if not before_zone and (w.tag not in NAME_READINGS or _before_a_noun(w, words_)):
            continue
        out.append(Candidate(w.start, w.end, "Place", "place_short", adcode=hit[0]))
    return out


def _before_a_noun(w: Word, words_: list[Word]) -> bool:
    """甘谷辣椒, 丰宁坝上: a short form right before a noun names the noun's kind or place (a product, a landmark),
    which the model did not read as a place; the short form as a subject or object stands before a verb or a mark."""
    after = next((v for v in words_ if v.start == w.end), None)
    return after is not None and after.tag in ("n", "nz", "vn", "LOC", "ORG")


@cache
def _counted_list() -> re.Pattern:
    """宁安、海林、穆棱三市, 凤凰、泸溪等县, 八里罕、黑里河两镇, 长乐、白水等8个镇: short forms listed, then a count
    (or 等, or both) and the level word they share."""
    c = lexicons.patterns()["counted_place_list"]
    item = r"(?:(?!等)[\u4e00-\u9fff]){2,%d}" % c["longest_item"]  # 白水等8个镇: 等 opens the count, ends no name
    words = "|".join(sorted(c["levels"], key=len, reverse=True))  # 乡镇 before 乡
    # 等市场主体, 两区域, 等镇级: the level word starts another word
    count = rf"[0-9{c['counts']}]+个?"  # 长乐、白水等8个镇, 宁强、略阳两个县, 普格、喜德、越西3县
    return re.compile(rf"(?P<items>{item}(?:[{c['joiners']}]{item})+)(?:{count}|等(?:{count})?)(?P<word>{words})"
                      rf"(?![{c['not_after_level']}])")


def _counted_short_forms(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each short form of a counted list (纳雍、织金、思南三县) is a division of the list's level word that the
    gazetteer knows by that short form or by it plus the level word (织金县, 八里罕镇); of several such
    divisions, those that share a city or county with the list's other places. A list with an item the
    gazetteer does not know so is no list of places; a short form found already as one of the same
    divisions keeps its reading."""
    taken = {(c.start, c.end): set(c.adcode.split("|")) for c in found if c.adcode}
    out = []
    for m in _counted_list().finditer(text):
        items = _counted_items(text, m)
        for start, end, divisions in items:
            near = _near_the_others(divisions, items)
            codes = [d.adcode for d in near]
            if not taken.get((start, end), set()) & set(codes):
                # 子长 of 延长、子长两县 is the county the text speaks of: 子长县, now 子长市
                written = text[start:end] + m.group("word")
                former = written if any(former_county_name(d) == written for d in near) else ""
                out.append(Candidate(start, end, "Place", "place_short", adcode="|".join(codes), canonical=former))
    return out


def _counted_items(text: str, m: re.Match) -> list[tuple[int, int, list[Division]]]:
    """The items of a counted list with their divisions; [] when one is unknown. The first item may begin
    inside the words before the list (推动宁安、海林两市): its longest known ending is the name."""
    items, at = [], m.start("items")
    for k, part in enumerate(_list_parts(m.group("items"), m.group("word"))):
        found = _item_divisions(part, m.group("word"), k == 0)
        if found is None:
            return []
        items.append((at + found[0], at + len(part), found[1]))
        at += len(part) + 1
    return items


def _list_parts(items: str, word: str) -> list[str]:
    """The items of a counted list between its joiners; a 和 splits an item only when the gazetteer knows each
    side (宁安和海林), not when it stands inside a name (东源、和平、龙川五县: 和平县; 推动和顺、左权两县: 和顺县)."""
    first, *others = lexicons.patterns()["counted_place_list"]["joiners"]
    parts = []
    for k, piece in enumerate(items.split(first)):
        split = re.split(f"[{''.join(others)}]", piece)
        known = all(_item_divisions(part, word, k == 0 and n == 0) is not None for n, part in enumerate(split))
        parts += split if known else [piece]
    return parts


def _item_divisions(part: str, word: str, opening: bool) -> tuple[int, list[Division]] | None:
    """Where an item of a counted list starts its name and the divisions of the level word it names; None when the
    gazetteer knows none. The list's first item may begin inside the words before it: its longest known ending
    is the name."""
    cuts = range(len(part) - 1) if opening else range(1)
    return next(((cut, ds) for cut in cuts if (ds := _counted_divisions(part[cut:], word))), None)


def _counted_divisions(stem: str, word: str) -> list[Division]:
    """The divisions that `stem` names, alone or with the level word, whose name ends in the word and whose
    level the word allows (市: a city or a county-level city)."""
    gazetteer = load_gazetteer()
    listed = lexicons.patterns()["counted_place_list"]
    endings = tuple(listed["endings"].get(word, [word]))  # 乡镇: a 乡 or a 镇
    named = {*gazetteer.lookup(stem), *(d for ending in endings for d in gazetteer.named(stem + ending))}
    return sorted((d for d in named if d.level in listed["levels"][word] and d.name.endswith(endings)), key=lambda d: d.adcode)


def _near_the_others(divisions: list[Division], items: list[tuple[int, int, list[Division]]]) -> list[Division]:
    """Of an item's divisions, those whose city or county holds a division of another item too (else all)."""
    if len(divisions) < 2:
        return divisions
    gazetteer = load_gazetteer()
    others = {p.adcode for _, _, ds in items if ds is not divisions for d in ds for p in gazetteer.chain(d.adcode)[:2]}
    return [d for d in divisions if any(p.adcode in others for p in gazetteer.chain(d.adcode)[:2])] or divisions


def _chained_town(name: str, hit: tuple[str, str], before: Candidate | None) -> str:
    """The adcodes of a town written right after the division it lies in (台江县台盘乡), where the model's
    words may straddle the town's edges (台盘|乡台|盘村), or of the town of the same bare name there when the
    list knows it by another level word (井冈山市茅坪乡, a township the list has as 茅坪镇 since it became a town:
    not the 茅坪乡 of another province); "" when the town does not follow its county."""
    if hit[1] != "town" or before is None or not before.adcode:
        return ""
    suffix = lexicons.suffix_of(name, "town_suffixes")
    return _towns_inside(hit[0], before.adcode) or (_town_named(name[:-len(suffix)], before.adcode) if suffix else "")


@lru_cache(maxsize=4096)
def _towns_inside(towns: str, parents: str) -> str:
    """The adcodes of `towns` that lie in one of `parents` (both "|"-joined). Kept per pair: a common town name
    (城关镇) has hundreds of codes to walk up, and a document names the same county and town again and again."""
    gazetteer = load_gazetteer()
    parent_codes = set(parents.split("|"))
    return "|".join(c for c in towns.split("|") if any(d.adcode in parent_codes for d in gazetteer.chain(c)))


def _may_match(text: str, kind: str, start: int, end: int, last_end: int, words_: list[Word], word_ends: set[int],
               quoted: set[int]) -> bool:
    if kind == "full":  # a name of two characters only where a word starts (not 范县 in 示范县, not 城区 as a word)
        if text[end - 1:end + 1] in lexicons.patterns()["suffix_words"]:
            return False  # 振兴区域经济: the suffix opens a word (区域), the name is not 振兴区
        if body_joint(text, start) or document_joint(text, start):
            return False  # 市委、市政府和县委: 和 joins two bodies, it does not open 和县
        if end - start == 2 and (text[start:end + 1] in lexicons.lines("titles.txt") or title_joint(text, start)):
            return False  # 县委副书记、代县长X: an acting county head, not 代县; 县委书记和县长: and the county head, not 和县
        return end - start > 2 or (any(w.start == start for w in words_)
                                   and text[start:end] not in lexicons.patterns()["generic_places"])
    if kind in ("town", "town_short"):  # a whole word of the model, or a town that a village follows (札萨克镇门克庆嘎查)
        # 在二棚甸子镇山参交易市场: the model may glue a long town's suffix to the next word (镇山); a name of four
        # characters or more that opens a word is too specific to be a chance run of characters
        long_name = end - start >= LONG_TOWN and any(w.start == start for w in words_) \
            and text[end - 1:end + 1] not in lexicons.patterns()["town_suffix_words"]
        return (end in word_ends or long_name or _village_end(text, end, words_) > 0) \
            and text[start:end] not in lexicons.patterns()["generic_places"] \
            and (start == last_end or not any(w.start < start < w.end for w in words_))  # not 范镇 in 示范|镇
    # A short form followed by a place suffix is part of another name (尖山 in 尖山镇, 大余 in 大余村); not one
    # that ends with a level word itself (融水县 of 融水苗族自治县, before 县长).
    if start in quoted or (lexicons.prefix_at(text, end, "admin_suffixes")
                           and not lexicons.suffix_of(text[start:end], "admin_suffixes")):
        return False
    if _inside_ordinary_word(text, start, end) or _opens_village_name(text, start, end, words_):
        return False  # 乡村振兴示范镇, which the model may read as 乡村|振兴示范镇: 振兴 is no 振兴区 there
    if _names_a_body(text, start, end):
        return True  # 楚雄州委, 湘西州政府: the model reads the body as one word, but the place opens it
    street = lexicons.prefix_at(text, end, "street_suffixes")
    if street and not any(w.start == end and w.end > end + len(street) for w in words_):
        return False  # 中山路, 长安大街: a street named after a place (not 长汀路子, 浦江路径: 路 opens a word)
    return any(w.start <= start and end <= run_end and start in (w.start, last_end) for w, run_end in _place_runs(words_))


def _names_a_body(text: str, start: int, end: int) -> bool:
    """A short form that ends in its level word (楚雄州, 延边州, 黔东南州) right before the suffix of a body of that
    place (委, 政府, 人大常委会 …): only prefectures' names are shortened so, and with at least two characters before
    the level word it is no phrase of scope (全州政府)."""
    level = lexicons.suffix_of(text[start:end], "admin_suffixes")
    return bool(level) and end - start - len(level) >= 2 and bool(lexicons.prefix_at(text, end, "place_body_suffixes"))


def body_joint(text: str, at: int) -> tuple[int, int] | None:
    """Where the joint between a body's name and one named by a level word lies, as (end of the first body, start
    of the level word), when a joiner starts at `at` (市政府和县委; 县林草局还会同县农业农村局: 会同, together with,
    an adverb before it; 地区农业农村局会同地区林业和草原局), or the verb with an adverb after a clause of the first
    body's (县旅游局在A村开展试点，还会同县卫生局印发…); None otherwise, though the joiner opens a division's name
    (和县, 会同县)."""
    verb = lexicons.prefix_at(text, at, "body_joining_verbs")
    joiner = text[at] if text[at] in lexicons.patterns()["org_joiners"] else verb
    adverb = text[at - 1:at] in lexicons.patterns()["joining_adverbs"]
    first_end = at - 1 if adverb else at
    second = at + len(joiner)
    if joiner and lexicons.prefix_at(text, second, "org_starts") \
            and (lexicons.suffix_of(text[:first_end], "org_suffixes") or verb and adverb):
        return first_end, second
    return None


def title_joint(text: str, at: int) -> bool:
    """县委书记和县长: 和 between two titles joins them (和县 is no county there; 和县县长 and 沛县人大常委会主任 name
    theirs)."""
    titles = lexicons.lines("titles.txt")
    return text[at] in lexicons.patterns()["org_joiners"] and text.endswith(titles, 0, at) and text.startswith(titles, at + 1)


def document_joint(text: str, at: int) -> bool:
    """依据《…法》和县政府出台的《…》: 和 after a document's title and before a level word joins the document to a body
    (和县 is no county there)."""
    return text[at - 1:at] == "》" and text[at] in lexicons.patterns()["org_joiners"] and text[at + 1:at + 2] in level_words()


def _inside_ordinary_word(text: str, start: int, end: int) -> bool:
    """Whether the short form text[start:end] lies inside an ordinary word holding it (振兴 in 乡村振兴, 金山 and 银山 in
    金山银山), which the model may read as a place or glue to one."""
    return any(0 <= text.find(word, max(0, end - len(word)), start + len(word)) <= start
               for word in lexicons.patterns()["short_form_words"] if len(word) > end - start)


def _opens_village_name(text: str, start: int, end: int, words_: list[Word]) -> bool:
    """下营镇常州村: a short form (常州) that a village suffix follows inside a place word of the model is the village's
    name, and so is one that a landform's word and the suffix follow (青山口村, 石门岭村: not 青山区's, 石门县's); a
    name after it is a village of its own in the division (安吉|余村, 淳安|下姜村)."""
    word = next((w for w in words_ if w.start == start and w.end > end and w.tag == "LOC"), None)
    rest = text[end:word.end] if word is not None else ""
    suffixes = lexicons.set_of("village_suffixes")
    return rest in suffixes or rest[:1] in lexicons.set_of("village_name_landforms") and rest[1:] in suffixes


def _place_runs(words_: list[Word]) -> list[tuple[Word, int]]:
    """Each word the model reads as a place, with the end of the run of place words it opens: a short form may
    span them (黔西南州 read as 黔西|南州)."""
    runs = []
    for i, w in enumerate(words_):
        if w.tag != "LOC":
            continue
        end = w.end
        for later in words_[i + 1:]:
            if later.tag != "LOC" or later.start != end:
                break
            end = later.end
        runs.append((w, end))
    return runs


LANDFORM_GAP = 1  # 乌苏里江: the characters between a short form (乌苏) and the landform word its river's name ends in


def _feature_end(text: str, start: int, end: int, words_: list[Word], adcode: str) -> int:
    """Where the name of a feature ends that a short form opens (丹江口水库, 张家界大峡谷): a feature word right
    after it, inside a word the model reads as a place (丹江口水库库区 too), or a landform word (嘉陵江, 武陵山区; an
    island, 崇明岛, after a county's or a city's name only) that ends a place word of the model holding the whole
    short form (not 阳湖区 in 向阳湖区), or a run of them (钱|塘江), or the model's place word the short form opens
    when at most one character stands between (澜沧江畔, 乌苏里江畔: the bank is no part of the name); the short
    form itself when it opens the model's word, ends as a landform does and a side of one follows (五指山北麓: the
    mountain, not 五指山市; not 六盘山腹地); 0 when there is none."""
    feature = lexicons.prefix_at(text, end, "feature_suffixes")
    feature_end = end + len(feature)
    if feature and any(w.tag == "LOC" and w.start <= end and w.end >= feature_end for w in words_):
        return feature_end
    word = _place_word_holding(start, end, words_)
    opens = word is not None and word.start == start  # not 六|盘山, 松嫩|平原: the short form inside another name
    if opens and lexicons.suffix_of(text[start:end], "landform_suffixes") and lexicons.prefix_at(text, end, "landform_positions"):
        return end
    name_end = word.end - len(lexicons.suffix_of(text[end:word.end], "waterside_words")) if opens else end
    rest = text[end:name_end]
    if 0 < len(rest) <= LANDFORM_GAP + 1 and lexicons.suffix_of(rest, "landform_suffixes") \
            and rest[:2] not in place_index()[1] and not _inside_ordinary_word(text, start, end):
        return name_end  # not 碌曲夏河 (two counties), nor 金山银山 (an ordinary word)
    landform = lexicons.prefix_at(text, end, "landform_suffixes") \
        or ("" if provincial(adcode) else lexicons.prefix_at(text, end, "division_landform_suffixes"))
    # the model's place words may split the name (钱|塘江): a run of them holds it, one of them ending with it
    target = end + len(landform)
    found = landform and any(w.tag == "LOC" and w.end == target for w in words_) \
        and any(w.start <= start and target <= run_end for w, run_end in _place_runs(words_))
    return target if found else 0


def _one_name(text: str, start: int, end: int, words_: list[Word]) -> bool:
    """Whether the model's place word that a short form opens is one name of its own that merely begins like
    the division (乌兰巴托, 吉隆坡, 青海湖, 嘉陵江, 长安街): the rest of the word is one or two characters and
    no place. In news, where such names abound, the short form then does not count and the word stays whole;
    a longer rest is a phrase the model glued to the place (武汉国际马拉松赛), where the short form is right."""
    word = _place_word_holding(start, end, words_)
    rest = text[end:word.end] if word else ""
    return 0 < len(rest) <= 2 and rest[:2] not in place_index()[1] and not is_specific_place(rest)


def _area_name_end(text: str, start: int, end: int, words_: list[Word]) -> int:
    """Where the name of a park or reserve ends that a short form (三江, 祁连) opens: the end of the word the model
    reads as one place and the short form opens, when the word ends as such a name does (三江源国家公园,
    祁连山国家公园); 0 otherwise."""
    word = _place_word_holding(start, end, words_)
    rest = text[end:word.end] if word and word.start == start else ""  # 钱江源国家公园: 江源 inside the word opens no name
    return end + len(rest) if len(rest) > 2 and lexicons.suffix_of(rest, "named_area_endings") else 0


def _place_word_holding(start: int, end: int, words_: list[Word]) -> Word | None:
    """The word the model reads as a place that holds a short form (start, end), if any (the model's words do not
    overlap: one at most)."""
    return next((w for w in words_ if w.tag == "LOC" and w.start <= start and end <= w.end), None)


def _unknown_remainders(text: str, found: list[Candidate], loc_words: list[Word]) -> list[Candidate]:
    """淳安大下姜村: after the known 淳安, the rest of the model's place word is a place of its own."""
    out = []
    for w in loc_words:
        inside = [c for c in found if w.start <= c.start and c.end <= w.end]
        tail_start = max((c.end for c in inside), default=w.start)
        tail = text[tail_start:w.end]
        if inside and is_specific_place(tail):
            out.append(Candidate(tail_start, w.end, "Place", "place_model"))
    return out


def _bare_towns(text: str, found: list[Candidate], loc_words: list[Word]) -> list[Candidate]:
    """永泰嵩口, 昆山周庄: a town written by its bare name right after the county it lies in, where the model reads
    the bare name as a place (inside the county's word or as the next word), is that town (嵩口镇). Only right
    under the county: after a city or a province the bare name is as often a landmark (上海虹桥)."""
    out = []
    for place in (c for c in found if c.adcode):
        word = next((w for w in loc_words if w.start <= place.end < w.end
                     and (w.start == place.end or w.start <= place.start)), None)
        town = _town_named(text[place.end:word.end], place.adcode) if word else ""
        if town:
            out.append(Candidate(place.end, word.end, "Place", "place_short", adcode=town))
    return out


@lru_cache(maxsize=4096)
def _town_named(stem: str, parents: str) -> str:
    """The adcode of the town right under one of the parents ("|"-joined adcodes) whose bare name is `stem`, or "".
    Kept per pair, as _towns_inside: a common stem has hundreds of divisions to walk up."""
    codes = parents.split("|")
    found = load_gazetteer().child_opening(stem, codes) if stem and parents else None
    town = found[0] if found else None
    return town.adcode if town and town.parent in codes and town.level == "town" and town_stem(town) == stem else ""


TOWN_CODES = re.compile(r"[^|]{9}(?:\|[^|]{9})*")  # towns' adcodes (nine digits), "|"-joined: one scan, not a split


def _villages_after_towns(text: str, found: list[Candidate], words_: list[Word]) -> list[Candidate]:
    """台盘乡台盘村, 札萨克镇门克庆嘎查: a village named right after a town of the gazetteer."""
    towns = (c for c in found if c.adcode and TOWN_CODES.fullmatch(c.adcode))
    return [Candidate(town.end, end, "Place", "village_after_town") for town in towns
            if (end := _village_end(text, town.end, words_))]


def _villages_of_place_words(text: str, loc_words: list[Word], words_: list[Word]) -> list[Candidate]:
    """汤边|社区, 月洲|村: a word the model reads as a place and a village suffix right after it, which the model
    left out (not 村民 or 社区居民: a suffix that opens a longer word is that word); 台|回山村: a one-character place
    word of the model opening a village's name, when what follows it names a village itself (not 以|余村) and it is
    no level word or preposition (not 以|化屋村)."""
    out = [Candidate(w.start, run_end, "Place", "place_model") for w, run_end in _place_runs(words_)
           if w.end - w.start == 1 and lexicons.suffix_of(text[w.start:run_end], "village_suffixes")
           and is_specific_place(text[w.end:run_end]) and text[w.start] not in level_words()
           and text[w.start] not in lexicons.set_of("village_openers_not")]
    for w in loc_words:
        end = _village_end(text, w.start, words_)
        suffix = text[w.end:end]
        if end and suffix in lexicons.patterns()["village_suffixes"] \
                and not any(x.start == w.end and x.end > end for x in words_):
            out.append(Candidate(w.start, end, "Place", "place_model"))
    return out


def _villages_listed(text: str, found: list[Candidate], loc_words: list[Word], words_: list[Word]) -> list[Candidate]:
    """已在本镇板坝村、者冲村推广: a village named right after another village and 、 is one too, even where the model
    reads a verb in it (者|冲|村), starting and ending where the model's words do."""
    if "、" not in text:
        return []  # most sentences list no villages: no need for the model's word edges
    starts = {w.start for w in words_} | {len(text)}
    suffixes = tuple(lexicons.patterns()["village_suffixes"])
    ends = sorted({c.end for c in found if text.endswith(suffixes, c.start, c.end)}
                  | {w.end for w in loc_words if text.endswith(suffixes, w.start, w.end)})
    out = []
    for end in ends:
        while text.startswith("、", end) and end + 1 in starts and (village := _listed_village_end(text, end + 1, words_)):
            out.append(Candidate(end + 1, village, "Place", "village_listed"))
            end = village
    return out


def _listed_village_end(text: str, start: int, words_: list[Word]) -> int:
    """Where a village listed at `start` ends (the village rule's name, ending where a word of the model does); 0
    when there is none, when a function word is inside (塔川等村) or when ordinary words make the name a kind of
    village (民宿村、艺术村、文旅休闲村)."""
    m = _village_rule()[0].match(text, start)
    if not m or not is_specific_place(m.group()) or all(w.end != m.end() for w in words_):
        return 0
    inside = [w for w in words_ if start <= w.start < m.end()]
    named = [w for w in inside if w.start < m.start(1)]
    kind = all(w.tag in lexicons.set_of("kind_word_tags") and w.end - w.start > 1 for w in named)
    return 0 if kind or {w.tag for w in inside} & lexicons.set_of("function_tags") else m.end()


@cache
def _village_rule() -> tuple[re.Pattern, frozenset[str]]:
    """A village name (two to four characters and a village suffix), and the model's tags no name part has."""
    suffixes = "|".join(lexicons.patterns()["village_suffixes"])
    not_names = frozenset(lexicons.patterns()["function_tags"]) | {"v", "vn"}
    return re.compile(rf"[\u4e00-\u9fff]{{2,4}}?({suffixes})"), not_names


def _village_end(text: str, start: int, words_: list[Word]) -> int:
    """Where a village name starting at `start` ends: two to four characters and a village suffix, whatever
    the model's words (台盘|乡台|盘村); 0 when there is none or the model reads part of it as a verb or a
    function word (镇所辖村)."""
    pattern, not_names = _village_rule()
    m = pattern.match(text, start)
    # Only the name before the suffix: the model may read the suffix itself as a verb (嘎查).
    if not m or not is_specific_place(m.group()) \
            or any(w.tag in not_names for w in words_ if w.start < m.start(1) and w.end > start) \
            or text.startswith(tuple(lexicons.patterns()["collective_village_words"]), m.start(1)):
        return 0
    return m.end()


class PlaceRecognizer:
    """named_regions=True (news) keeps the model's place words whole where a short form only opens them
    (乌兰巴托, not 乌兰); off by default: in government documents the short form is what links the mention to
    its division (杭州 of 杭州湾), and such names are rare."""

    def __init__(self, name: str, named_regions: bool = False):
        self.name = name
        self.named_regions = named_regions
        # Build the indexes when the pipeline is made, before kg build forks its workers: not once per worker.
        place_index()
        load_gazetteer().stem_index()

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        candidates(doc).extend(match_places(text, words(doc), quoted_offsets(text), self.named_regions))
        return doc


@Language.factory("kg_places", default_config={"named_regions": False})
def make_place_recognizer(nlp: Language, name: str, named_regions: bool) -> PlaceRecognizer:
    return PlaceRecognizer(name, named_regions)
