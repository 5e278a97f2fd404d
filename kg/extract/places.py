"""Place locatedIn Place, from what the text writes and the gazetteer confirms.

- A chain of places (舟山市普陀区, 湖州南浔, 浙江的宁波, X省X市X县): each place is in the one right before it
  when the gazetteer's parent chain says so; a pair the map contradicts gives nothing. A place the gazetteer
  does not know (a village, a park: 淳安大下姜村) is in the known division written right before it.
- A name that begins with a division (磐安经济开发区): in that division, or in the innermost of a chain it
  begins with (福州长乐国际机场: in 长乐).
- A place and its container after a word of location (元上都遗址所在的正蓝旗, X位于Y): in the innermost place of
  the written chain that follows (福州南站所在的仓山区城门镇: in 城门镇).
- Two divisions of one sentence where the map puts one inside the other (磐安县 … 金华): the child is in its
  nearest container among the sentence's places, unless several divisions bear its name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from .. import lexicons
from ..gazetteer import LEVEL_RANK, load_gazetteer
from ..model import Mention, Relation
from ..nlp.candidates import text_of
from .base import SentenceContext, ents, mention_of, relation, sentence_memo
from .cues import cues

MIN_REST = 3  # what follows the division in a name (经济开发区); shorter rests are mostly words (金山|银山), unless a zone word
# unless they are a zone word (湖州东站)


def extract(doc: Doc, ctx: SentenceContext) -> list[Relation]:
    text = text_of(doc)
    places = [p for p in ents(doc, "Place") if not p.text.startswith(tuple(cues()["places"]["generic_prefixes"]))]
    found: dict[int, Relation] = {}  # child's start -> its relation: each place gets one container
    for parent, child in zip(places, places[1:]):
        if text[parent.end_char:child.start_char] in cues()["places"]["joiners"]:
            pair = written_pair(parent, child)
            if pair is not None:
                found[child.start_char] = relation(ctx, pair[1], "locatedIn", pair[0])
    for k, (child, parent) in enumerate(zip(places, places[1:])):
        if child.start_char not in found and text[child.end_char:parent.start_char] in cues()["places"]["inside_cues"]:
            pair = written_pair(innermost(places, k + 1, text), child)
            if pair is not None and codes(parent):
                found[child.start_char] = relation(ctx, pair[1], "locatedIn", pair[0])
    for child in places:
        if child.start_char not in found and not child._.adcode:
            prefix = name_prefix(child, places)
            if prefix is not None:
                found[child.start_char] = relation(ctx, mention_of(child), "locatedIn", prefix)
    for child in places:
        if child.start_char not in found and (town := own_town(child, doc, text) or subject_town(child, doc, text)):
            found[child.start_char] = relation(ctx, mention_of(child), "locatedIn", town)
    for k, child in enumerate(places[1:], 1):
        if child.start_char not in found and places[k - 1].start_char in found \
                and text[places[k - 1].end_char:child.start_char] in cues()["places"]["sibling_joiners"]:
            pair = sibling_container(child, found[places[k - 1].start_char])
            if pair is not None:
                found[child.start_char] = relation(ctx, pair[1], "locatedIn", pair[0])
    for child in places:
        if child.start_char not in found:
            pair = nearest_container(child, places)
            if pair is not None:
                found[child.start_char] = relation(ctx, pair[1], "locatedIn", pair[0])
    return list(found.values())


def sibling_container(child: Span, sibling: Relation) -> tuple[Mention, Mention] | None:
    """陆良县三岔河镇、马街镇: a place listed right after one whose container the text writes shares that container
    when one of the divisions of its name lies there, even a name that several divisions bear (the written
    container says which one it is); so does a village the map does not know after another (匹河怒族乡老姆登村、知子罗村)."""
    parent = sibling.object
    if not codes(child) and not sibling.subject.adcode and all(
            lexicons.suffix_of(name, "village_suffixes") for name in (child.text, sibling.subject.text)):
        return parent, mention_of(child)
    inside = [c for c in codes(child) if parent.adcode and load_gazetteer().contains(parent.adcode, c)]
    if len(inside) != 1:
        return None
    return parent, replace(mention_of(child), adcode=inside[0])


def own_town(child: Span, doc: Doc, text: str) -> Mention | None:
    """已在本镇板坝村、者冲村推广: a place right after 本镇 or 本乡 is in the town the sentence named last before it,
    as a place or at the head of a body's name (丫他镇党委书记陆文军说，…本镇); None when the map knows no such
    town by that name."""
    word = next((w for w in cues()["places"]["own_town_words"] if text.endswith(w, 0, child.start_char)), "")
    if not word:
        return None
    before = [e for e in ents(doc) if e.end_char <= child.start_char - len(word) and e.label_ in ("Place", "Organization")]
    for span in reversed(before):
        town = town_opening(span, word[-1], [c for p in before if p.label_ == "Place" for c in codes(p)])
        if town is not None:
            return town
    return None


SITE_LIST_LEAD = re.compile("在(?:[\u4e00-\u9fff]{2,10}[、和])*$")  # 在|A村、B村、|C村: the places a clause works in


def subject_town(child: Span, doc: Doc, text: str) -> Mention | None:
    """长冈乡将…，在长冈村、塘石村建设; 清河镇党委在双岔村、头道村开展: a village the map does not know, listed after
    在, lies in the town the sentence opens with, as a place or at the head of its body's name (a town's work is
    done in its own villages); None when the sentence opens otherwise."""
    if codes(child) or not lexicons.suffix_of(child.text, "village_suffixes") \
            or not SITE_LIST_LEAD.search(text, 0, child.start_char):
        return None
    opening = next(iter(ents(doc)), None)
    if opening is None or opening.start_char > SUBJECT_MAX_START or opening.label_ not in ("Place", "Organization"):
        return None
    level = next((c for c in opening.text if c in TOWN_LEVELS), "")
    context = [c for p in ents(doc, "Place") for c in codes(p)]
    return town_opening(opening, level, context) if level and opening.start_char < child.start_char else None


SUBJECT_MAX_START = 12  # 近年来，|2023年以来，: what may stand before the town that opens the sentence
TOWN_LEVELS = "镇乡"


def town_opening(span: Span, level: str, context: list[str]) -> Mention | None:
    """The town of the level word `level` that the span is or opens with (良田镇 of 镇宁县良田镇党委), the gazetteer
    choosing among its namesakes by the sentence's places, or keeping them all."""
    gazetteer = load_gazetteer()
    for end in (i + 1 for i, character in enumerate(span.text) if character == level and i > 0):
        for start in range(end - 2):  # the longest name first: 良田镇, not 田镇
            name = span.text[start:end]
            towns = [d.adcode for d in gazetteer.lookup(name) if d.level == "town"]
            if towns:
                chosen = gazetteer.disambiguate(name, context)
                adcode = chosen.adcode if chosen is not None and chosen.level == "town" else "|".join(towns)
                offset = span.start_char + start
                return Mention(name, "Place", offset, offset + len(name), name, adcode)
    return None


def codes(span: Span) -> tuple[str, ...]:
    """The span's adcodes, read once a sentence while extract() runs (nearest_container asks for every pair)."""
    return sentence_memo(span.doc, ("codes", span.start, span.end), lambda: tuple(c for c in span._.adcode.split("|") if c))


def written_pair(parent: Span, child: Span) -> tuple[Mention, Mention] | None:
    """(parent, child) mentions, adcodes narrowed to the pair the map confirms; None when it contradicts."""
    if not codes(parent):
        return (mention_of(parent), mention_of(child)) if village_of_town(parent, child) else None
    if not codes(child):
        return mention_of(parent), mention_of(child)
    for c in codes(child):
        for p in codes(parent):
            if load_gazetteer().contains(p, c):
                return replace(mention_of(parent), adcode=p), replace(mention_of(child), adcode=c)
    if len(codes(child)) > 1 and len(codes(parent)) == 1 and parent.end_char == child.start_char \
            and load_gazetteer().namesakes_elsewhere(codes(parent)[0], codes(child)):
        # 疏勒县巴仁乡: the text's container wins (the resolver leaves such a namesake without a code too)
        return mention_of(parent), replace(mention_of(child), adcode="")
    return None


def village_of_town(parent: Span, child: Span) -> bool:
    """高山乡布楞沟村: a village the map does not know, written right after a town it does not know either (the
    code list names no such town in the document's places), is in that town all the same; not after a bare
    ethnic group's town (瑶族乡, a name cut short)."""
    suffix = lexicons.suffix_of(parent.text, "town_suffixes")
    return not codes(child) and bool(suffix) and parent.text[:-len(suffix)] not in lexicons.lines("ethnic_groups.txt") \
        and bool(lexicons.suffix_of(child.text, "village_suffixes"))


def innermost(places: list[Span], k: int, text: str) -> Span:
    """The last place of the written chain that starts with places[k] (仓山区城门镇 -> 城门镇)."""
    while k + 1 < len(places) and text[places[k].end_char:places[k + 1].start_char] in cues()["places"]["joiners"] \
            and written_pair(places[k], places[k + 1]) is not None:
        k += 1
    return places[k]


def name_prefix(child: Span, places: list[Span]) -> Mention | None:
    """The division a name begins with (磐安经济开发区 -> 磐安), when the gazetteer and the sentence's other
    places leave one candidate; the innermost one when divisions inside it follow (福州长乐国际机场 -> 长乐)."""
    gazetteer = load_gazetteer()
    levels = set(cues()["places"]["name_prefix_levels"])
    context = [c for p in places for c in codes(p)]
    for size in range(len(child.text) - 1, 1, -1):
        surface = child.text[:size]
        if not rest_names_zone(child.text[size:]) or not any(d.level in levels for d in gazetteer.lookup(surface)):
            continue
        division = gazetteer.disambiguate(surface, context)
        if division is None or division.level not in levels:
            return None
        start = child.start_char
        while inner := gazetteer.child_opening(child.text[size:], [division.adcode]):
            if inner[0].level not in levels or not rest_names_zone(child.text[size + inner[1]:]):
                break
            start, surface, division = child.start_char + size, child.text[size:size + inner[1]], inner[0]
            size += inner[1]
        return named_container(division, places) or Mention(surface, "Place", start, start + len(surface), surface, division.adcode)
    return None


def rest_names_zone(rest: str) -> bool:
    """Whether what follows a division in a name can make it a zone's: three characters or more, or a zone word
    alone (湖州东站, 福州港, 福州新区)."""
    return len(rest) >= MIN_REST or rest in lexicons.patterns()["zone_suffixes"]


def named_container(division, places: list[Span]) -> Mention | None:
    """The sentence's place that is the division or its nearest ancestor, when the sentence does not name the
    division itself: 汉口站、武昌站 with 武汉 named go to 武汉, not to a 武昌区 the text never names."""
    lineage = [division.adcode, *(d.adcode for d in load_gazetteer().chain(division.adcode))]
    named = [(lineage.index(c), p, c) for p in places for c in codes(p) if c in lineage]
    if not named:
        return None
    _, place, code = min(named, key=lambda n: n[0])
    return replace(mention_of(place), adcode=code)


def nearest_container(child: Span, places: list[Span]) -> tuple[Mention, Mention] | None:
    """The smallest division of the sentence that the map puts around the child. Not for a name that several
    divisions bear (新华区 … 赴河南平顶山): that another place of the sentence holds one of them says little;
    the document's places decide which one it is."""
    best: tuple[int, Mention, Mention] | None = None
    own, gazetteer = codes(child), load_gazetteer()
    if len(own) > 1:
        return None
    for parent in places:
        if parent is child:
            continue
        for c in own:
            for p in codes(parent):
                if gazetteer.contains(p, c):
                    rank = LEVEL_RANK[gazetteer.get(p).level]
                    if best is None or rank > best[0]:
                        best = (rank, replace(mention_of(parent), adcode=p), replace(mention_of(child), adcode=c))
    return (best[1], best[2]) if best else None
