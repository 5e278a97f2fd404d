"""Entity candidates: what each recogniser proposes before one component decides.

Recognisers work on characters (pkuseg's words often straddle entity edges: 王浩任), so they add
`Candidate`s with character offsets to `doc._.kg_candidates`; the `kg_entities` component picks a
non-overlapping set, splits tokens at the chosen edges and sets `doc.ents`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from .. import lexicons

HAN = re.compile(r"[\u3400-\u9fff]")
QUOTES = {"“": "”", "‘": "’", "「": "」"}  # opening mark -> closing mark
OPENERS = {closer: opener for opener, closer in QUOTES.items()}

# When candidates overlap, the higher priority wins, then the longer span. The order encodes how much each
# recogniser is trusted: explicit markup (《》, quotes with a program suffix) over lexicons over the model.
PRIORITY = {
    "policy": 90,
    "meeting": 85,
    "scheme": 82,  # a scheme named by the places enrolled in it (入选全国首批X试点城市): beats the longer phrase with the batch
    "founded_group": 82,  # 成立X试点工作领导小组: a group a sentence sets up, named whole, beats the program naming its work
    "program_short": 81,  # 以下简称“三年行动”: the short name given right after a program, read as that program
    "program": 80,
    "place_body": 70,  # 杭州市委 as 中共杭州市委; on a tie its canonical name wins over a plain phrase
    "organization": 70,
    "zone": 66,  # a zone or station named after a place (平湖农业经济开发区) beats the place inside it
    "person_by_title": 68,
    "company": 66,  # a company's legal name the model reads whole (国网浙江省电力有限公司) beats the place inside it
    "place_full": 65,
    "organization_abbreviation": 62,  # below places: 广州市委书记 is 广州市 + 市委书记, not 广州 + 市委
    "place_short": 60,
    # 台盘乡台盘村, 田铺乡田铺大塆: a village named right after a town of the gazetteer beats the model's person
    # reading of its first characters (田铺)
    "village_after_town": 56,
    "village_listed": 56,  # 板坝村、者冲村: a village named right after another and 、, whatever the model reads in it
    "person_model": 55,
    "place_model": 50,
    "organization_model": 48,
    "concept": 30,
    "title_body": 0,  # the committee behind a title (广州市委书记): never chosen, kept as a nested mention
}


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets in doc.text
    end: int
    label: str  # Place, Person, Organization, Program, Policy, Meeting, Concept
    source: str  # a key of PRIORITY
    canonical: str = ""  # a cleaner name than the surface text when the recogniser knows one
    adcode: str = ""  # gazetteer code(s) for places, "|"-separated when ambiguous

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]


@dataclass(frozen=True)
class Word:
    """A word of the statistical model's own segmentation, with its tag (PER, LOC, ORG, n, v, w ...)."""

    start: int
    end: int
    tag: str


def register_extensions() -> None:
    for name in ("kg_candidates", "kg_words", "kg_titles"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("canonical", "adcode"):
        if not Span.has_extension(name):
            Span.set_extension(name, default="")


def is_region(name: str, adcode: str) -> bool:
    """A region named by its landform (长三角, 武陵山区, 鄱阳湖区): a region suffix, and no division's code (南山区 and
    西湖区 end so too, but are districts)."""
    return not adcode and bool(lexicons.suffix_of(name, "region_suffixes"))


@cache
def level_words() -> frozenset[str]:
    """The one-character level words a body's name may open with (省, 市, 县 …: 市财政局, 县人民政府)."""
    return frozenset(w for w in lexicons.patterns()["org_starts"] if len(w) == 1)


def counted_levels_before(text: str, start: int) -> bool:
    """两省区党委, 两市政府, 各县人社局: a body's name that a count or 各 opens, right before its level words, is the
    bodies of several places taken together (按照两省区党委、政府部署), not one body of the document's place."""
    m = re.search(lexicons.patterns()["counted_levels_before"], text[:start])
    return m is not None and (m.group("levels") != "" or text[start:start + 1] in level_words())


def joined_body_start(text: str, start: int, end: int) -> int:
    """镇里联合市文化广电旅游体育局: where a body read with who acts and a verb of acting together before it
    starts (org_joined_after)."""
    joined = re.match(lexicons.patterns()["org_joined_after"], text[start:end])
    return start + joined.end() if joined else start


TEXT_KEY = "kg_text"  # in Doc.user_data: the sentence's text, as kg's tokenizer kept it


def text_of(doc: Doc) -> str:
    """The text of a sentence Doc, kept in its user data: Doc.text joins every token again on each call (a
    Python object per token), and the recognisers and relation rules read it often."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def candidates(doc: Doc) -> list[Candidate]:
    found = doc._.kg_candidates  # each doc._ makes a new accessor object: read it once
    if found is None:
        found = doc._.kg_candidates = []
    return found


def words(doc: Doc) -> list[Word]:
    return doc._.kg_words or []


register_extensions()
