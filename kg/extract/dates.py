"""Dates as written (2024年12月18日, 12月18日至19日, 今年, 明年, 12月26日上午, 1—11月) resolved to ISO strings.

A date without a year (12月26日) or with a relative one (今年, 去年) needs a base year: the document's date
when ingest found one, otherwise the latest explicit year (2024年) written earlier in the article or the
sentence. Without either, the date keeps only its text. Resolution is as precise as the text: 2024-12-18,
2024-12 (a month), 2024 (a year). Day parts (上午) stay in the text only.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..model import Sentence
from .base import SentenceContext
from .cues import alternation, cues

EXPLICIT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the sentence
    end: int
    text: str
    begin: str  # ISO, "" when the year is unknown
    finish: str  # ISO end of a range; equals begin for a single date

    @property
    def last(self) -> str:
        """The day a range ends on: when decisions of a multi-day session take effect."""
        return self.finish or self.begin


@cache
def _pattern() -> re.Pattern:
    c = cues()["dates"]
    relative = alternation(c["relative_years"])
    dash = alternation(c["range_marks"])
    part = alternation(c["day_parts"])
    return re.compile(
        rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年|(?P<rel>{relative}))?\s*"
        rf"(?:(?P<month>\d{{1,2}})\s*(?:(?:{dash})\s*(?P<month2>\d{{1,2}})\s*)?月"
        rf"(?:\s*(?P<day>\d{{1,2}})\s*日(?:\s*(?:{dash})\s*(?:(?P<month3>\d{{1,2}})\s*月\s*)?(?P<day2>\d{{1,2}})\s*日)?)?)?"
        rf"(?:{part})?"
    )


@cache
def _date_hint() -> re.Pattern:
    """What every date holds: a digit (of its year or month) or a relative year (今年)."""
    return re.compile(rf"\d|{alternation(cues()['dates']['relative_years'])}")


def find_dates(text: str, base_year: int | None) -> list[DateMention]:
    """Every date in `text`; an explicit year also becomes the base of the dates after it."""
    if not _date_hint().search(text):  # the pattern matches (empty) at every character: most texts hold no date
        return []
    found = []
    for m in _pattern().finditer(text):
        if not (m.group("year") or m.group("rel") or m.group("month")):
            continue
        if m.group("year"):
            base_year = int(m.group("year"))
        year = base_year
        if m.group("rel") and base_year is not None:
            year = base_year + cues()["dates"]["relative_years"][m.group("rel")]
        begin, finish = _iso_range(m, year)
        found.append(DateMention(m.start(), m.end(), m.group().strip(), begin, finish))
    return found


def _iso_range(m: re.Match, year: int | None) -> tuple[str, str]:
    if year is None:
        return "", ""
    if not m.group("month"):
        return str(year), str(year)
    month = int(m.group("month"))
    if not m.group("day"):
        month2 = int(m.group("month2") or month)
        return _iso(year, month), _iso(year, month2)
    begin = _iso(year, month, int(m.group("day")))
    if not m.group("day2"):
        return begin, begin
    month3 = int(m.group("month3") or month)
    year3 = year + 1 if month3 < month else year  # 12月31日至1月2日
    return begin, _iso(year3, month3, int(m.group("day2")))


def _iso(year: int, month: int, day: int | None = None) -> str:
    try:
        return dt.date(year, month, day or 1).isoformat()[: 10 if day else 7]
    except ValueError:
        return ""


def without_dates(text: str) -> str:
    """The text with its dates cut out, for matching the words around them."""
    for d in reversed(find_dates(text, None)):
        text = text[:d.start] + text[d.end:]
    return text


def base_year(ctx: SentenceContext) -> int | None:
    """The document's year, else the latest explicit year written in the article before this sentence."""
    if ctx.document.date is not None:
        return ctx.document.date.year
    before = ctx.document.text[ctx.article.start:ctx.sentence.start]
    years = EXPLICIT_YEAR.findall(before)
    return int(years[-1]) if years else None


def sentence_dates(ctx: SentenceContext) -> list[DateMention]:
    """The sentence's dates; a sentence with no date of its own that opens by referring back to a meeting
    (会议决定…), or that goes on after a semicolon, takes those of the sentences before it, back to the first
    that has one or does not refer back (…会议在杭州举行。会议决定任命…。会议决定，接受…)."""
    year = base_year(ctx)
    found = find_dates(ctx.sentence.text, year)
    back_references = tuple(cues()["dates"]["back_references"])
    continuing_ends = tuple(cues()["dates"]["continuing_ends"])
    list_items = tuple(cues()["dates"]["list_items"])
    text = ctx.sentence.text
    earlier = sorted((s for s in ctx.article.sentences if s.end <= ctx.sentence.start), key=lambda s: -s.end)
    for sentence in earlier:
        # after a semicolon, only the next item of an appointment list (not 后调任市委书记 after 张三任县长；)
        goes_on = sentence.text.rstrip().endswith(continuing_ends) and text.startswith(list_items)
        if found or not (text.startswith(back_references) or goes_on):
            break
        found = borrowed_dates(sentence.text, year)
        text = sentence.text
    if not found and ctx.sentence.text.startswith(list_items):
        found = list_heading_dates(earlier, year, list_items)
    return found


def borrowed_dates(text: str, year: int | None) -> list[DateMention]:
    """The dates of an earlier sentence, for a sentence that has none of its own (offsets 0: not in its text)."""
    return [DateMention(0, 0, d.text, d.begin, d.finish) for d in find_dates(text, year)]


def list_heading_dates(earlier: list[Sentence], year: int | None, list_items: tuple[str, ...]) -> list[DateMention]:
    """The dates of the bracketed line that heads an appointment list ((2019年6月27日…会议通过), then 任命A为X。
    免去B的Y职务。), found back from an item over the items (opening with `list_items`) before it."""
    for sentence in earlier:
        line = sentence.text.strip()
        if re.match(cues()["dates"]["list_heading"], line):
            return borrowed_dates(line, year)
        if not line.startswith(list_items):
            break
    return []


def date_before(dates: list[DateMention], offset: int) -> DateMention | None:
    """The last date written before `offset`, else the first date of the sentence."""
    before = [d for d in dates if d.start < offset]
    return before[-1] if before else (dates[0] if dates else None)
