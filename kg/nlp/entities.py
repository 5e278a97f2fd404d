"""The component that decides: from all candidates, one non-overlapping set of entities in `doc.ents`.

Tokens are split where an entity edge falls inside a pkuseg word (王浩任 -> 王浩 任), so that every entity is
a span of whole tokens, as spaCy requires.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import cache

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from ..names import work_report_title
from .candidates import Candidate, Word, candidates, text_of, words
from .places import body_joint


def choose(found: list[Candidate]) -> list[Candidate]:
    """Highest priority first, then the longest; a candidate that overlaps a chosen one is dropped, and one of
    priority 0 is never chosen (it may only nest)."""
    taken = [False] * (max((c.end for c in found), default=0) + 1)
    chosen = []
    # On a tie, a candidate that knows its canonical name (《办法》 after 以下简称) wins over the plain reading.
    for c in sorted(found, key=lambda c: (-c.priority, -(c.end - c.start), not c.canonical, c.start, c.label)):
        if c.priority > 0 and not any(taken[c.start:c.end]):
            chosen.append(c)
            taken[c.start:c.end] = [True] * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


def outside_document_numbers(found: list[Candidate], text: str) -> list[Candidate]:
    """The candidates that lie outside every document number (吉农改发〔2020〕9号: not 吉农)."""
    numbers = [m.span() for m in re.finditer(lexicons.patterns()["document_number"], text)] if "号" in text else []
    return [c for c in found if not any(start < c.end and c.start < end for start, end in numbers)]


def joined_bodies(c: Candidate, text: str) -> list[Candidate]:
    """Two bodies the model or a suffix rule read as one: a body's name, 和/与/及, and a name opening with a
    level word (柞水县人民政府和县农业农村局: the model even reads 和县 as a county). A joiner inside one name
    is followed by no level word (文化和旅游厅, 住房和城乡建设厅)."""
    if c.label != "Organization":
        return [c]
    upto_end = text[:c.end]  # a joint inside the name, its level word too
    for at in range(c.start + 2, c.end - 2):
        joint = body_joint(upto_end, at)  # the first body ends at `at` or one adverb before it: never empty
        if joint is not None:
            return [replace(c, end=joint[0], canonical=""), *joined_bodies(replace(c, start=joint[1], canonical=""), text)]
    return [c]


def split_at(doc: Doc, edges: set[int]) -> Doc:
    """A copy of `doc` whose tokens break at every offset in `edges`; extension data is carried over."""
    # One array read instead of a Token object per token: this runs on every sentence.
    starts, lengths, spaced = (column.tolist() for column in doc.to_array([IDX, LENGTH, SPACY]).T)
    cuts: dict[int, list[int]] = defaultdict(list)  # token index -> offsets inside it, in order
    for edge in sorted(edges):
        i = bisect_right(starts, edge) - 1
        if i >= 0 and starts[i] < edge < starts[i] + lengths[i]:
            cuts[i].append(edge - starts[i])
    if not cuts:
        return doc
    words, spaces, doc_text = [], [], text_of(doc)
    for i, (start, length, space) in enumerate(zip(starts, lengths, spaced)):
        text, inside = doc_text[start:start + length], cuts.get(i, [])
        pieces = [text[a:b] for a, b in zip([0, *inside], [*inside, len(text)])]
        words += pieces
        spaces += [False] * (len(pieces) - 1) + [bool(space)]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    new.user_data.update(doc.user_data)
    return new


class EntityChooser:
    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)  # Doc.text joins every token again on each call
        found = [part for c in outside_document_numbers(candidates(doc), text) for part in joined_bodies(c, text)]
        chosen = bracketed_names(choose(found), words(doc), text)
        nested = nested_bodies(found, chosen, text)
        issuers = title_bodies(found, chosen, text)
        # A title inside an entity is part of its name (人大常委会 holds no 常委); one that overlaps an
        # entity's edge stays (广州市委书记: 广州市 and 市委书记).
        titles = [(s, e) for s, e in doc._.kg_titles or [] if not any(c.start <= s and e <= c.end for c in chosen)]
        edges = {e for c in chosen + nested + issuers for e in (c.start, c.end)} | {e for span in titles for e in span}
        doc = split_at(doc, edges)
        ents = [self.span(doc, c) for c in chosen]
        doc.ents = ents
        doc.spans["nested"] = [self.span(doc, c) for c in nested + issuers]
        doc.spans["title_bodies"] = [self.span(doc, c) for c in issuers]
        doc.spans["titles"] = [doc.char_span(s, e, label="Title") for s, e in titles]
        return doc


    @staticmethod
    def span(doc: Doc, c: Candidate):
        span = doc.char_span(c.start, c.end, label=c.label)
        extensions = span._  # each span._ makes a new accessor object: read it once
        extensions.canonical = c.canonical or span.text
        extensions.adcode = c.adcode
        return span


@cache
def _short_name_opener() -> re.Pattern:
    return re.compile(lexicons.patterns()["short_name_opener"])


def bracketed_names(chosen: list[Candidate], ws: list[Word], text: str) -> list[Candidate]:
    """A bracket right after a body's name: a place alone there is part of the name, the seat of a campus or a
    branch (中国石油大学（华东）, 中国矿业大学（北京）); another body there is the same one under its other name
    (中国科学技术大学附属第一医院（安徽省立医院）: an alias), as is the short name a document gives it
    (…农业科学研究院（以下简称市农科院）)."""
    seats = {w.start: w.end for w in ws if w.tag == "LOC"}
    out: list[Candidate] = []
    for c in chosen:
        if out and c.start < out[-1].end:
            continue  # the seat inside a name just extended
        before = out[-1] if out and out[-1].label == "Organization" else None
        seat_end = seats.get(c.end + 1, -1)
        if c.label == "Organization" and text[c.end:c.end + 1] == "（" and seat_end >= 0 and text[seat_end:seat_end + 1] == "）":
            close = seat_end + 1
            c = replace(c, end=close, canonical=c.canonical and c.canonical + text[c.end:close])
        elif c.label == "Organization" and before is not None and text[c.end:c.end + 1] in "）)" \
                and (text[before.end:c.start] == "（" or _short_name_opener().fullmatch(text, before.end, c.start)):
            c = replace(c, canonical=before.canonical or text[before.start:before.end])
        out.append(c)
    return out


# What a chosen name may hold that also counts: a meeting names its body and often its place
# (四川省第十四届人民代表大会…会议 mentions 四川省), a zone the place it lies in, a program the province or
# place it opens with (青海省农牧区人居环境整治三年行动 in a headline), a work report its government.
NESTING = {"Meeting": ("Organization", "Place"), "Place": ("Place",), "Program": ("Place",), "Policy": ("Organization",)}


def nested_bodies(found: list[Candidate], chosen: list[Candidate], text: str) -> list[Candidate]:
    """Bodies and places named inside a meeting's name (省委 in 省委十五届六次全体会议), places inside a zone's (平湖 in
    平湖农业经济开发区) and committees behind a title (中共广州市委 in 广州市委书记): mentions too, kept apart
    from doc.ents, which cannot nest."""
    outer = [c for c in chosen if c.source in ("meeting", "zone") or c.label == "Program" or work_report(c, text)]
    # Inside a zone a division counts (平湖) and a place that opens it (台州湾经济技术开发区 of …门头港), but not the
    # rest of its name after a division (新技术开发区 of 武汉东湖新技术开发区); inside a program the division it
    # opens with and a named river or lake (濑溪河流域…项目).
    inner = [c for c in found if any(c is not o and c.label in NESTING[o.label] and o.start <= c.start and c.end <= o.end
                                     and (c.start, c.end) != (o.start, o.end) and nests(c, o, text) for o in outer)]
    behind_titles = [replace(c, source="organization") for c in found if c.source == "title_body"]
    return choose(inner) + choose(behind_titles)


def work_report(c: Candidate, text: str) -> bool:
    """汨罗市政府工作报告: a government's work report, whose title opens with the government (a mention of it, though
    not the issuer a title's 关于 makes it)."""
    return c.label == "Policy" and work_report_title(text[c.start:c.end])


def nests(inner: Candidate, outer: Candidate, text: str) -> bool:
    if outer.label == "Policy":  # 汨罗市政府 of 汨罗市政府工作报告
        return inner.start == outer.start
    if outer.label == "Program":  # 青海省 of 青海省农牧区…三年行动, 濑溪河 of 濑溪河流域水生态修复项目
        feature = lexicons.suffix_of(text[inner.start:inner.end], "nested_feature_suffixes")
        division = inner.source == "place_full" and bool(inner.adcode) and inner.start == outer.start
        # a feature has no code: 平湖 of 西湖平湖秋月景区提升工程 is the county-level city's name, not a lake's
        return division or bool(feature) and inner.end - inner.start > len(feature) and not inner.adcode
    return outer.source != "zone" or bool(inner.adcode) or inner.start == outer.start


TITLE_ISSUER_JOINERS = (" ", "、", "\u3000")  # between two bodies that open a title


def title_bodies(found: list[Candidate], chosen: list[Candidate], text: str) -> list[Candidate]:
    """The bodies a policy's title opens with, before 关于 or 贯彻 (中共中央政治局 in 《中共中央政治局关于…的若干
    规定》; both in 《中共中央办公厅 国务院办公厅关于…》, joined by a space or 、): its issuers, for the relation
    rules, and mentions of those bodies. A body that only qualifies the subject (《浙江省药品批发企业集团内…方案》)
    is neither."""
    bodies = [c for c in found if c.label == "Organization"]
    openers = tuple(lexicons.data("relations.json")["documents"]["title_issuer_openers"])
    issuers = []
    for policy in (c for c in chosen if c.label == "Policy"):
        chain, at = [], policy.start
        while body := max((c for c in bodies if c.start == at and c.end < policy.end), key=lambda c: (c.priority, c.end), default=None):
            chain.append(body)
            at = body.end + (text[body.end] in TITLE_ISSUER_JOINERS)
        if chain and text.startswith(openers, chain[-1].end):
            issuers += chain
        elif not chain and policy.start > 0:
            issuers += heading_bodies(bodies, policy, text)
    return choose(issuers)


def heading_bodies(bodies: list[Candidate], policy: Candidate, text: str) -> list[Candidate]:
    """农业农村部办公厅 财政部办公厅关于…的通知, a joint notice named by its title proper (关于…): the bodies that head
    the line before it, the line holding nothing else, are its issuers as those inside a title are."""
    chain, at = [], policy.start
    while at > 0:
        end = at - (text[at - 1] in TITLE_ISSUER_JOINERS and bool(chain))
        body = max((c for c in bodies if c.end == end), key=lambda c: (c.priority, -c.start), default=None)
        if body is None:
            return []
        chain.insert(0, body)
        at = body.start
    return chain


@Language.factory("kg_entities")
def make_entity_chooser(nlp: Language, name: str) -> EntityChooser:
    return EntityChooser(name)
