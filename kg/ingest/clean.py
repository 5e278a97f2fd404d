"""Cleaning PDF-extracted text into blocks (paragraphs and standalone lines), keeping raw offsets.

The steps, each a function over `Line`s that carry `Tracked` text (so every character keeps its raw offset):
normalise characters -> cut lines -> merge vertical text -> collapse doubled bold text -> classify lines ->
remove layout spaces -> read the table of contents -> join lines into paragraphs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from statistics import median

from .. import lexicons
from .read import is_han
from .tracked import Tracked

SENTENCE_END = "。！？；!?;…"
PARAGRAPH_END = SENTENCE_END + "：:"
CLOSERS = "”’\"'）)》」』】〕"
NAME = r"[\u4e00-\u9fff·]{1,4}"
NAMES = rf"{NAME}(?:\s+{NAME}){{0,9}}"
ROLE = re.compile(r"^(?:(?:本刊|本报|特约|见习|实习|通讯员)?(?:特约)?(?:记者|评论员|通讯员|撰稿人|编辑)|实习生)$")
BYLINE = re.compile(rf"^■\s*({NAMES})$")
# 文/本刊记者 李春燕 图/张明辉, 文｜王某, 撰文：X 摄影：Y: a magazine's byline, each part named by what it made.
MADE_BY = re.compile(r"(?:^|\s+)(?:文|撰文|文字|图|图片|摄影|摄)\s*[/／|｜:：]\s*")
CREDIT_ENDS = tuple(lexicons.patterns()["credit_words"])  # 摄, 摄影, 供图: as the recognisers read a credit's names
CREDIT = re.compile(rf"^[^。，！？；]{{1,40}}?\s(?:{'|'.join(CREDIT_ENDS)})$")
# 冶家村的农家乐小院 图/兰志刚: a caption with its photographer at its end, not a contents entry (title / authors).
LABELLED_CREDIT = re.compile(rf"^[^。，！？；/]{{1,40}}?\s(?:{'|'.join(lexicons.patterns()['photo_labels'])})\s*/\s*{NAMES}$")
ISSUE = re.compile(r"^第\d{1,3}(?:[、—-]\d{1,3})?期$")
# A contents line: optional page number, title, "/", authors (or an authors-only continuation line).
ENTRY = re.compile(r"^(?:(\d{1,3})\s*)?(.*?)\s*/\s*((?:[\u4e00-\u9fff]{1,8}\s*)+)$")
SPACED_LETTERS = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,9}$")
# Headings in prose often end with a dash that introduces the paragraph.
HEADING_DASH = re.compile(r"——$")
ROLE_PARTS = re.compile("[，、,]")
ROLE_BREAKS = frozenset("由是在对把被将从向为的了着以使让给当各他她我你")

STANDALONE = {"issue", "entry", "byline", "role", "credit", "column", "heading"}
# Standalone lines that may interrupt a paragraph (page furniture, captions, titles placed mid-column).
INTERRUPTIONS = {"credit", "column", "heading"}
MAX_INTERRUPTION = 6


@dataclass
class Line:
    text: Tracked
    eol: int  # raw offset of the line break after this line
    kind: str = "text"
    doubled: bool = False
    names: list[str] = field(default_factory=list)
    title: str = ""  # contents lines: the title they name
    subtitle: str = ""


@dataclass
class Block:
    kind: str  # "para", "heading", "column", "byline", "role", "credit", "entry", "issue"
    start: int  # offsets in the cleaned text
    end: int
    text: str
    names: list[str] = field(default_factory=list)
    title: str = ""
    subtitle: str = ""
    doubled: bool = False
    deferred: bool = False  # moved after the paragraph it interrupted


@dataclass
class Cleaned:
    text: str
    offsets: list[int]  # len(text) + 1 entries
    blocks: list[Block]


def clean(raw: str) -> Cleaned:
    lines = cut_lines(normalise(raw))
    lines = merge_vertical(lines)
    lines = mend_broken_bylines(undouble_all(lines))
    classify(lines)
    for line in lines:
        despace(line)
    mark_columns(lines)
    titles = read_contents(lines)
    mark_known_titles(lines, titles)
    return join(lines, len(raw))


# --- characters -----------------------------------------------------------------------------------------------

# Full-width digits and Latin letters become ASCII (NFKC for those only: Chinese punctuation stays as it is);
# odd spaces become spaces and odd line breaks newlines. One character for one, so offsets stay put.
NORMAL_CHARS = {
    **{chr(code): chr(code - 0xFEE0) for block in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
       for code in range(block[0], block[1] + 1)},
    **dict.fromkeys("\u3000\xa0\t\v", " "),
    **dict.fromkeys("\f\r\u2028\u2029\x85", "\n"),
}
ODD_CHAR = re.compile("[" + re.escape("".join(NORMAL_CHARS)) + "]")
# The \r of \r\n pairs and invisible characters are dropped.
INVISIBLE = re.compile("\r(?=\n)|[\u200b\u200c\u200d\ufeff]")


def normalise(raw: str) -> Tracked:
    return Tracked.of(raw).drop(INVISIBLE).replace(ODD_CHAR, NORMAL_CHARS)


def cut_lines(text: Tracked) -> list[Line]:
    lines, start, end = [], 0, len(text)
    offsets = text.offsets
    for piece in text.text.split("\n"):
        i = start + len(piece)
        # Stripped as a string first, so that only the kept characters' offsets are sliced (once).
        body = piece.strip()
        if body:
            eol = offsets[i] if i < end else offsets[-1] + 1
            first = start + len(piece) - len(piece.lstrip())
            lines.append(Line(Tracked(body, offsets[first:first + len(body)]), eol))
        start = i + 1
    return lines


def merge_vertical(lines: list[Line]) -> list[Line]:
    """Vertical titles come out one character per line: three or more such lines make one heading."""
    merged: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].text) == 1 and is_han(lines[j].text.text):
            j += 1
        if j - i >= 3:
            merged.append(Line(Tracked.join([line.text for line in lines[i:j]]), lines[j - 1].eol, kind="heading"))
            i = j
        else:
            merged.append(lines[i])
            i += 1
    return merged


BROKEN_NAME_REST = re.compile(r"^[\u4e00-\u9fff]{1,3}$")  # the rest of a name, alone on the next line


def mend_broken_bylines(lines: list[Line]) -> list[Line]:
    """文/本刊记者 沈佳怡 通讯员 姚 | 文博, 文/楼晓燕 通讯员 斯建 | 锋, 文/本刊记者 周晓岚 通讯 | 员 徐文杰: a byline whose
    last name or role word the layout broke goes on with the rest of it at the start of the next line."""
    mended: list[Line] = []
    for line in lines:
        previous = mended[-1] if mended else None
        if previous is not None and _continues_byline(previous.text.text, line.text.text):
            mended[-1] = Line(Tracked.join([previous.text, line.text]), line.eol, previous.kind, previous.doubled)
        else:
            mended.append(line)
    return mended


def _continues_byline(text: str, rest: str) -> bool:
    """Whether the line `rest` goes on with the last part of the byline `text`: a role word's end (通讯 | 员 徐文杰), or
    alone on its line the rest of a name broken after its family name (姚 | 文博), after two characters of a name of
    three (斯建 | 锋), or between the halves of a Tibetan or Mongolian name, neither opening with a family name (洛绒 |
    泽仁). A two-character name is whole otherwise: a short line after it is no part of it (王芳 | 编者按)."""
    head, _, last = text.rpartition(" ")
    if MADE_BY.match(text) is None or not head or not all(is_han(c) for c in last):
        return False
    if ROLE.match(last + rest.split(" ", 1)[0]):
        return True
    if not BROKEN_NAME_REST.match(rest):
        return False
    surnames = lexicons.lines("surnames.txt")
    halves = len(last) == len(rest) == 2 and last[:1] not in surnames and rest[:1] not in surnames
    return len(last) == 1 or len(last) == 2 and (len(rest) == 1 or halves)


# --- doubled bold text ----------------------------------------------------------------------------------------

REPEAT = re.compile(r"(\S+?)\1")
# Bold emulation doubles PDF layout lines, which are short (the seed's longest line is 72 characters); the
# search for doubled units is quadratic to cubic in the line's length, so longer lines (the paragraphs of
# text and HTML files, or a whole file on one line) are not searched at all.
MAX_DOUBLED_LINE = 200
LONG_REPEAT = re.compile(r"(\S{3,})\1")


def _doubled_units(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Spans of the first copies if text[start:end] is w1 w1 w2 w2 ... (longest units first), else None."""
    best: dict[int, list[tuple[int, int]]] = {end: []}
    for i in range(end - 1, start - 1, -1):
        # A unit at i must end where a chain of units to `end` starts: only the positions in `best` (most lines
        # have almost none), which it holds from the right, so the longest unit is tried first.
        for after in best:
            size, odd = divmod(after - i, 2)
            if size and not odd and text[i:i + size] == text[i + size:after]:
                break
        else:
            continue
        best[i] = [(i, i + size)] + best[after]  # after the loop: a dict must not grow while it is read
    return best.get(start)


def _convincing(text: str, units: list[tuple[int, int]], whole_line: bool) -> bool:
    """Real repetition (谢谢, 看一看, 1100) must not pass: ask for enough doubled Chinese text."""
    kept = sum(b - a for a, b in units)
    long_units = sum(b - a for a, b in units if b - a >= 2 and any(is_han(c) for c in text[a:b]))
    if whole_line:
        return kept >= 3 or long_units >= 2
    return kept >= 4 and long_units >= 3


def undouble_all(lines: list[Line]) -> list[Line]:
    result: list[Line] = []
    for line in lines:
        after_break = not result or result[-1].kind != "text" or ends_paragraph(result[-1].text.text)
        result.extend(undouble(line, after_break))
    return result


def undouble(line: Line, after_break: bool = True) -> list[Line]:
    """PDF bold emulation prints runs twice: `““千万工程千万工程””` -> `“千万工程”`."""
    text = line.text.text
    if not 4 <= len(text) <= MAX_DOUBLED_LINE or not REPEAT.search(text):
        return [line]
    words = line.text.split(" ")
    spans = []
    for word in words:
        begin = word.offsets[0]
        local = line.text.offsets.index(begin)
        units = _doubled_units(text, local, local + len(word))
        if units is None:
            break
        spans.extend(units)
    else:
        if _convincing(text, spans, whole_line=True):
            keep = {i for a, b in spans for i in range(a, b)}
            # Bold runs are split by spaces (`行政检查计划统筹的 宁波探索`): the spaces go with the doubling,
            # except in photo credits, where they separate the caption and the names.
            kept = line.text.keep(lambda i: i in keep or text[i] == " ")
            if not CREDIT.match(kept.text):
                kept = kept.keep(lambda i: kept.text[i] != " ")
            return [Line(kept, line.eol, "heading", True)]
    return _undouble_part(line, after_break)


def _undouble_part(line: Line, after_break: bool) -> list[Line]:
    """A doubled run at the start (a title whose second part is plain) or at the end (a caption after prose).

    Only where a block can start: a prose line may repeat a phrase across its break (`思想、系列重要思想、…`)."""
    text = line.text.text
    if " " in text or not LONG_REPEAT.search(text):
        return [line]
    n = len(text)
    for end in range(n - 1 if after_break else 0, 7, -1):  # longest doubled prefix
        units = _doubled_units(text, 0, end)
        if units and _convincing(text, units, whole_line=False):
            keep = {i for a, b in units for i in range(a, b)} | set(range(end, n))
            return [Line(line.text.keep(lambda i: i in keep), line.eol, "heading", True)]
    for start in range(1, n - 7):  # longest doubled suffix
        if not ends_paragraph(text[:start]):
            continue
        units = _doubled_units(text, start, n)
        if units and _convincing(text, units, whole_line=False):
            keep = {i for a, b in units for i in range(a, b)}
            head = Line(line.text[:start], line.eol)
            tail = Line(line.text[start:].keep(lambda i: i + start in keep), line.eol, "heading", True)
            return [head, tail]
    return [line]


# --- classification and spaces --------------------------------------------------------------------------------

def classify(lines: list[Line]) -> None:
    for line in lines:
        text = line.text.text
        if line.kind != "text" and not line.doubled:
            continue
        if ISSUE.match(text):
            line.kind = "issue"
        elif BYLINE.match(text) or _labelled_byline(text):
            line.kind = "byline"
        elif ROLE.match(text):
            line.kind = "role"
        # The cheap tests first: CREDIT needs the word it ends in and ENTRY a slash, and their lazy parts
        # cost the more the longer the line (most lines are prose and fail them).
        elif text.endswith(CREDIT_ENDS) and CREDIT.match(text) and text.rstrip(CLOSERS)[-1:] not in PARAGRAPH_END \
                or "/" in text and LABELLED_CREDIT.match(text):
            line.kind = "credit"
        elif "/" in text and ENTRY.match(text) and _is_authors(ENTRY.match(text).group(3)):
            line.kind = "entry"
        elif SPACED_LETTERS.match(text) and len(text) <= 17 and not line.doubled:
            line.kind = "column"


def _labelled_byline(text: str) -> bool:
    """文/本刊记者 李春燕 图/张明辉, but not a caption after a label (图｜航拍古镇): every name opens with a family name,
    unless a role names who wrote (文/本刊记者 泽仁卓玛 通讯员 邓建华: Tibetan names have none)."""
    if MADE_BY.match(text) is None:  # the cheap test first: classify asks this of every line
        return False
    tokens = MADE_BY.sub(" ", text).split()
    names = _entry_names(" ".join(tokens))
    surnames = lexicons.lines("surnames.txt")
    return bool(names) and _is_authors(" ".join(tokens)) \
        and all(is_han(c) or c == "·" for name in names for c in name) \
        and (any(ROLE.match(token) for token in tokens)
             or all(name[:1] in surnames or name[:2] in surnames for name in names))


def _is_authors(authors: str) -> bool:
    return all(ROLE.match(token) or token == "等" or len(token) <= 4 for token in authors.split())


def _entry_names(authors: str) -> list[str]:
    return group_names([token for token in authors.split() if not ROLE.match(token) and token != "等"])


def group_names(tokens: list[str]) -> list[str]:
    """Spaced-out names: `王 甲 季文伟` -> 王甲, 季文伟 (single characters pair up into one name)."""
    names: list[str] = []
    pending = ""
    for token in tokens:
        if len(token) == 1:
            pending += token
            if len(pending) == 2:
                names.append(pending)
                pending = ""
            continue
        if pending:
            names.append(pending)
            pending = ""
        names.append(token)
    if pending:
        names.append(pending)
    return [name for name in names if re.fullmatch(NAME, name) and len(name) >= 2]


def _is_ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def despace(line: Line) -> None:
    """Spaces inside Chinese words are layout (`党 的 建 设`); spaces between names or phrases are kept."""
    text = line.text.text
    if " " not in text:
        if line.kind in ("byline", "entry", "credit"):
            _read_names(line)
        return
    if line.kind in ("byline", "credit", "entry"):
        _despace_names(line)
        return
    tokens = line.text.split(" ")
    kept: list[Tracked] = [tokens[0]]
    for left, right in zip(tokens, tokens[1:]):
        # Latin words keep their spaces; so do phrases of three or more Chinese characters on both sides
        # (`高举改革大旗 扛起改革担当`), while spaced-out letters and numbers close up (`12月 26日`).
        keep_space = (_is_ascii_word(left.text[-1]) and _is_ascii_word(right.text[0])) or (
            len(left) >= 3 and len(right) >= 3 and is_han(left.text[-1]) and is_han(right.text[0]))
        if keep_space:
            kept.append(_space_after(line.text, left))
        kept.append(right)
    line.text = Tracked.join(kept)


def _space_after(text: Tracked, token: Tracked) -> Tracked:
    index = text.offsets.index(token.offsets[-1]) + 1
    return text[index:index + 1]


def _despace_names(line: Line) -> None:
    """Names separated by one space each; spaces inside a spaced-out name go."""
    text = line.text
    match = ENTRY.match(text.text) if line.kind == "entry" else None
    head_end = text.text.rfind("/") + 1 if match else 0
    if line.kind == "byline":
        head_end = text.text.index("■") + 1 if text.text.startswith("■") else 0
    head = text[:head_end]
    tokens = text[head_end:].split(" ")
    groups: list[list[Tracked]] = []
    for token in tokens:
        if groups and len(token) == 1 and len(groups[-1]) == 1 and len(groups[-1][0]) == 1:
            groups[-1].append(token)
        else:
            groups.append([token])
    pieces = [_despace_plain(head)] if head.text else []
    for i, group in enumerate(groups):
        if i:
            pieces.append(_space_after(text, groups[i - 1][-1]))
        pieces.extend(group)
    line.text = Tracked.join(pieces)
    _read_names(line)


def _despace_plain(text: Tracked) -> Tracked:
    return text.keep(lambda i: text.text[i] != " " or (
        0 < i < len(text) - 1 and _is_ascii_word(text.text[i - 1]) and _is_ascii_word(text.text[i + 1])))


def _read_names(line: Line) -> None:
    text = line.text.text
    if line.kind == "byline":
        # ■本报记者 韩晓东 实习生 宋佳, 文/本刊记者 李春燕 图/张明辉: the roles and labels are no names
        line.names = _entry_names(MADE_BY.sub(" ", text.lstrip("■")))
    elif line.kind == "credit":
        tokens = text.rsplit(" ", 1)[0].split()
        line.names = [name for name in group_names(tokens) if len(name) <= 3]
    elif line.kind == "entry":
        match = ENTRY.match(text)
        line.names = _entry_names(match.group(3)) if match else []


def mark_columns(lines: list[Line]) -> None:
    """Column names and running heads: spaced-out short lines, or short plain lines repeated on many pages."""
    counts = Counter(line.text.text for line in lines if line.kind in ("text", "heading", "column"))
    names = {line.text.text for line in lines if line.kind == "column"}
    for line, following in zip(lines, lines[1:] + [None]):
        text = line.text.text
        # A line right before a contents entry is the first part of a wrapped title.
        if line.kind not in ("text", "heading") or (following and following.kind == "entry"):
            continue
        repeated = counts[text] >= 3 and len(text) <= 20 and not any(c in text for c in "，。、；！？")
        if repeated or text in names:
            line.kind = "column"


# --- the table of contents ------------------------------------------------------------------------------------

NOT_LETTERS = re.compile(r"[\W_]+")  # \w is exactly isalnum() plus "_", and every Han character is alphanumeric


def title_key(text: str) -> str:
    """Titles compare on their letters only (the contents may add a colon or drop quotes)."""
    return NOT_LETTERS.sub("", text)


def read_contents(lines: list[Line]) -> set[str]:
    """Titles named by contents lines (`44 行政检查计划统筹的宁波探索/本刊记者 沈华军`, wrapped titles too)."""
    titles: set[str] = set()
    pending: list[Line] = []
    columns = tuple({line.text.text for line in lines if line.kind == "column"})
    for line in lines:
        # A column line, or a topic line led by a column name (`本期关注 营商环境…`), is not part of a title.
        text = line.text.text
        if line.kind in ("issue", "column") or (columns and text.startswith(columns) and text not in columns):
            pending = []
            continue
        if line.kind != "entry":
            pending.append(line)
            continue
        match = ENTRY.match(line.text.text)
        own = match.group(2) if match else ""
        parts = [p.text.text for p in pending] if len(pending) <= 3 else []
        for p in (pending if len(pending) <= 3 else []):
            p.kind = "entry"
        parts.append(own)
        # The title comes first; a part starting with a dash opens the subtitle, which may wrap too.
        dash = next((k for k, part in enumerate(parts) if part.startswith("——")), len(parts))
        line.title = "".join(parts[:dash]).strip()
        line.subtitle = "".join(parts[dash:]).strip()
        if len(title_key(line.title)) >= 4:
            titles.add(title_key(line.title))
        pending = []
    return titles


def mark_known_titles(lines: list[Line], titles: set[str]) -> None:
    """Lines (or two or three consecutive lines) that spell a title from the contents are headings."""
    if not titles:
        return
    keys = [title_key(line.text.text) if line.kind in ("text", "heading", "column") else "" for line in lines]
    for i, line in enumerate(lines):
        if not keys[i]:
            continue
        key = ""
        for j in range(i, min(i + 3, len(lines))):
            if not keys[j]:
                break
            key += keys[j]
            if key in titles:
                for k in range(i, j + 1):
                    lines[k].kind = "heading"
                break


# --- joining lines into paragraphs ----------------------------------------------------------------------------

def width(text: str) -> float:
    # ASCII characters are half width; encoding keeps exactly those (and counts them in C, not per character).
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


def ends_paragraph(text: str) -> bool:
    return text.rstrip(CLOSERS)[-1:] in PARAGRAPH_END or text.endswith(("……", "——”"))


def _column_widths(lines: list[Line], shapes: list[tuple[float, bool]]) -> list[float]:
    """Per line, the local column width: the median width of the nearby unfinished prose lines."""
    prose = [i for i, line in enumerate(lines) if line.kind == "text" and not shapes[i][1]]
    widths = [shapes[i][0] for i in prose]
    default = median(widths) if widths else 0.0
    result = [default] * len(lines)
    for rank, i in enumerate(prose):
        near = widths[max(0, rank - 6):rank] + widths[rank + 1:rank + 7]  # six on either side, not the line itself
        result[i] = median(near) if near else default
    return result


def _full_width(lines: list[Line], shapes: list[tuple[float, bool]]) -> float:
    """The width most unfinished prose lines of the text have: the column a wrapped paragraph fills. Unlike the
    local median, headings nearby (一、总体要求, （一）指导思想) do not pull it down."""
    counts = Counter(size for line, (size, ends) in zip(lines, shapes) if line.kind == "text" and not ends)
    return max(counts, key=lambda w: (counts[w], w)) if counts else float("inf")


# A line this much narrower than its column ends what it belongs to (a paragraph, a heading, a byline, a role):
# in the middle of a paragraph, PDF extraction fills the column.
SHORT_LINE = 0.6
# Wrapped prose fills its column and never overflows it: an unpunctuated line this many characters wider than the
# column (the local one and the text's full width both) is a title set in the text's flow (a headline with its
# colon), which no paragraph continues.
WIDE_LINE = 3


def _is_heading(line: Line, column: float, following: Line | None, full: float) -> bool:
    """A short line after a finished paragraph, followed by a new paragraph (or another heading).

    A paragraph's first line is indented, so it is short too; but the line after it is full width."""
    text = line.text.text
    if HEADING_DASH.search(text):
        return True
    size = width(text)
    if not ends_paragraph(text) and size >= max(column, full) + WIDE_LINE and not any(mark in text for mark in "，、。；,;"):
        return True  # 萍乡：以国家试点为抓手推动城市转型 over a 14-character column: a title, not wrapped prose
    if ends_paragraph(text) or any(mark in text for mark in "，、。；：,;"):
        return False
    if size > column - 2.5:
        return False
    if size <= column * SHORT_LINE or following is None or following.kind != "text":
        return True
    return width(following.text.text) < column - 1 or ends_paragraph(following.text.text)


class _Writer:
    """Accumulates the cleaned text, its offsets and the blocks."""

    def __init__(self) -> None:
        self.parts: list[Tracked] = []
        self.length = 0
        self.blocks: list[Block] = []

    def block(self, kind: str, pieces: list[Tracked], eol: int, source: Line | None = None,
              deferred: bool = False) -> None:
        body = "".join(piece.text for piece in pieces)
        if not body:
            return
        start = self.length
        # The pieces themselves: their offsets are joined once, for the whole text, at the end.
        self.parts.extend(pieces)
        self.parts.append(Tracked("\n", (eol,)))
        self.length += len(body) + 1
        block = Block(kind, start, start + len(body), body, deferred=deferred)
        if source:
            block.names, block.title, block.subtitle = source.names, source.title, source.subtitle
            block.doubled = source.doubled
        self.blocks.append(block)


def _joined(pieces: list[Tracked], line: Line, previous_eol: int) -> None:
    # Lines broken inside a Latin word or number run need a space back; Chinese lines join directly.
    if pieces and _is_ascii_word(pieces[-1].text[-1:] or " ") and _is_ascii_word(line.text.text[0]) and (
            pieces[-1].text[-1:].isalpha() and line.text.text[0].isalpha()):
        pieces.append(Tracked(" ", (previous_eol,)))
    pieces.append(line.text)


def _author_role(paragraph: list[Tracked], blocks: list[Block]) -> bool:
    """■江海洋 / 中共嘉兴市委常委、嘉善县委书记: under a byline, lines of posts (every part between commas ends in
    a title) are the author's, a paragraph of their own even when they fill the column. Not 12月3日，省委书记 at
    the end of a paragraph's first line."""
    return bool(blocks) and blocks[-1].kind == "byline" and lists_posts("".join(piece.text for piece in paragraph))


def lists_posts(text: str) -> bool:
    """Whether every part of the text between commas ends in a title (中共嘉兴市委常委、嘉善县委书记) and none of it
    is a clause's (本次会议由县委副书记: 由 and the like never stand in a post's name)."""
    titles = lexicons.lines("titles.txt")
    return all(part.endswith(titles) for part in ROLE_PARTS.split(text)) and not ROLE_BREAKS.intersection(text)


def name_runs_on(text: str, following: Line | None) -> bool:
    """镇党委书记庞 | 立新告诉记者, 县长孟庆 | 林说: a short line that ends in a title and the first characters of a
    name (a family name opens it) goes on in the next line when that line opens with the rest of the name and an
    action of the named (说, 告诉, 表示): the layout broke the name, the paragraph goes on."""
    if following is None or following.kind != "text":
        return False
    titles, surnames = lexicons.lines("titles.txt"), lexicons.lines("surnames.txt")
    actions = tuple(lexicons.patterns()["person_actions"])
    rest = following.text.text
    return any(text[:-size].endswith(titles) and text[-size] in surnames and all(is_han(c) for c in text[-size:])
               and is_han(rest[:1]) and any(rest.startswith(actions, k) for k in range(1, NAME_MAX - size + 1))
               for size in (1, 2))


NAME_MAX = 3  # characters of a Han name broken after a title: 庞|立新, 孟庆|林


SIGNATURE = re.compile(r"^(?P<posts>\S+)\s+(?P<name>[\u4e00-\u9fff·]{2,8})$")


def signed(text: str) -> bool:
    """中共仁化县委书记 陈晓东: a signed article's line of its author's posts and name, which ends what it closes
    (the title above it) even when the column is full: the body's first line must not run into the name."""
    match = SIGNATURE.match(text)
    surnames = lexicons.lines("surnames.txt")
    return match is not None and lists_posts(match.group("posts")) \
        and (match.group("name")[:1] in surnames or match.group("name")[:2] in surnames)


def hard_wrapped(lines: list[Line], shapes: list[tuple[float, bool]]) -> bool:
    """Whether the text breaks its lines at a column width, as PDF extraction does. There the lines that do not
    end a paragraph are the long ones (full column); in text with one paragraph per line they are the short
    ones (titles, headings, signatures, dates), which must not be joined to the paragraph after them."""
    prose = [shape for line, shape in zip(lines, shapes) if line.kind == "text"]
    unfinished = [size for size, ends in prose if not ends]
    finished = [size for size, ends in prose if ends]
    return bool(unfinished) and (not finished or median(unfinished) >= median(finished))


def join(lines: list[Line], raw_length: int) -> Cleaned:
    # Each line's width and whether it ends a paragraph, measured once: the tests below ask several times a line.
    shapes = [(width(line.text.text), ends_paragraph(line.text.text)) for line in lines]
    wrapped = hard_wrapped(lines, shapes)
    # Without wrapping, every line is a paragraph or, unpunctuated, a heading (no column to be short against).
    columns = _column_widths(lines, shapes) if wrapped else [float("inf")] * len(lines)
    full = _full_width(lines, shapes) if wrapped else float("inf")
    out = _Writer()
    paragraph: list[Tracked] = []
    paragraph_eol = 0
    interruptions: list[Line] = []

    def close() -> None:
        nonlocal paragraph
        if paragraph:
            out.block("para", paragraph, paragraph_eol)
            paragraph = []
        for line in interruptions:
            out.block(line.kind, [line.text], line.eol, line, deferred=True)
        interruptions.clear()

    for i, line in enumerate(lines):
        if line.kind in STANDALONE:
            if paragraph and line.kind in INTERRUPTIONS and len(interruptions) < MAX_INTERRUPTION:
                interruptions.append(line)
                continue
            close()
            out.block(line.kind, [line.text], line.eol, line)
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        if not paragraph and _is_heading(line, columns[i], following, full) and not name_runs_on(line.text.text, following):
            out.block("heading", [line.text], line.eol, line)
            continue
        _joined(paragraph, line, paragraph_eol)
        paragraph_eol = line.eol
        size, ends = shapes[i]
        if ends or size <= columns[i] * SHORT_LINE and not name_runs_on(line.text.text, following) \
                or _author_role(paragraph, out.blocks) or signed(line.text.text):
            close()  # without wrapping, every line (columns: infinite) ends its paragraph
    close()
    offsets = list(chain.from_iterable(part.offsets for part in out.parts))
    offsets.append(raw_length)
    return Cleaned("".join(part.text for part in out.parts), offsets, out.blocks)
