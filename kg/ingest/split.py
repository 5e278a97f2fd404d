"""Blocks -> parts (articles, the table of contents, the year's index) -> sentences."""
from __future__ import annotations

import re

from ..model import Article, Sentence
from .clean import CLOSERS, SENTENCE_END, Block, title_key

MAX_SENTENCE = 300
# Blocks that are never sentences: page furniture, bylines. A photo credit is one: its caption names places and
# it names the photographer (长兴县美丽乡村 钱昕彤 摄).
NOT_TEXT = {"column", "byline", "role", "entry", "issue"}
# Blocks that may sit above a byline and belong to its article (title, subtitle, column, lead).
HEADER = {"heading", "column", "role"}
MAX_HEADER = 6
SUBTITLE = re.compile(r"^——")
# Where a sentence ends: before a line break, or after an end mark and the closing quotes and marks that follow it.
SENTENCE_BREAK = re.compile(f"\n|[{re.escape(SENTENCE_END)}][{re.escape(CLOSERS + SENTENCE_END)}]*")


def split_articles(text: str, blocks: list[Block]) -> list[Article]:
    parts = _contents_parts(blocks)
    starts = _article_starts(blocks, parts)
    spans = sorted(set(starts) | {start for start, _, _ in parts} | {end for _, end, _ in parts})
    spans = [s for s in spans if s < len(blocks)]
    if not spans or spans[0] != 0:
        spans.insert(0, 0)
    kinds = {start: kind for start, _, kind in parts}
    titles = _contents_titles(blocks, parts)
    articles: list[Article] = []
    for begin, end in zip(spans, spans[1:] + [len(blocks)]):
        chunk = blocks[begin:end]
        if not chunk:
            continue
        kind = kinds.get(begin, "article")
        if kind == "article" and not any(b.kind == "para" for b in chunk) and articles and articles[-1].kind == "article":
            _extend(articles[-1], chunk, text)  # headings alone are no article: they end the previous one
            continue
        articles.append(_make(len(articles), kind, chunk, text, titles))
    return articles


# --- contents parts -------------------------------------------------------------------------------------------

def _contents_parts(blocks: list[Block]) -> list[tuple[int, int, str]]:
    """Runs of contents entries (gaps of a few non-entry blocks allowed): (first block, end block, kind)."""
    parts = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind not in ("entry", "issue"):
            i += 1
            continue
        start = end = i
        j = i
        while j < len(blocks) and j - end <= 3:
            if blocks[j].kind in ("entry", "issue"):
                end = j
            j += 1
        run = blocks[start:end + 1]
        entries = sum(b.kind == "entry" for b in run)
        if entries >= 3:
            if start > 0 and blocks[start - 1].kind == "column":
                start -= 1
            kind = "index" if sum(b.kind == "issue" for b in run) >= 2 else "toc"
            parts.append((start, end + 1, kind))
        i = end + 1
    return parts


def _contents_titles(blocks: list[Block], parts: list[tuple[int, int, str]]) -> dict[str, Block]:
    return {title_key(b.title): b for start, end, _ in parts for b in blocks[start:end] if b.kind == "entry" and b.title}


# --- article boundaries ---------------------------------------------------------------------------------------

def _article_starts(blocks: list[Block], parts: list[tuple[int, int, str]]) -> list[int]:
    inside = {i for start, end, _ in parts for i in range(start, end)}
    starts = []
    last_column = ""
    for i, block in enumerate(blocks):
        if i in inside:
            continue
        if block.kind == "byline":
            starts.append(_header_start(blocks, i, inside))
        elif block.kind == "column" and not block.deferred:
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            # A section opens with its column name and a title; a new column name also opens an article.
            if (following and following.kind == "heading") or (last_column and block.text != last_column):
                starts.append(i)
            last_column = block.text
    return starts


def _header_start(blocks: list[Block], byline: int, inside: set[int]) -> int:
    """Walk back from a byline over its title, subtitle, column name and lead paragraph (marked ■)."""
    start = byline
    for i in range(byline - 1, max(-1, byline - MAX_HEADER - 1), -1):
        block = blocks[i]
        if i in inside or block.deferred:
            break
        if block.kind in HEADER or (block.kind == "para" and block.text.startswith(("■", "——"))):
            start = i
            continue
        break
    return start


# --- one article ----------------------------------------------------------------------------------------------

def _make(index: int, kind: str, chunk: list[Block], text: str, titles: dict[str, Block]) -> Article:
    article = Article(index=index, kind=kind, title="", start=chunk[0].start, end=chunk[-1].end)
    if kind != "article":
        article.title = {"toc": "目录", "index": "总目录"}[kind]
        return article
    title_blocks = _find_title(chunk, titles)
    entry = titles.get(title_key("".join(b.text for b in title_blocks))) or _entry_by_authors(chunk, titles)
    if entry is not None and not (title_blocks and titles.get(title_key("".join(b.text for b in title_blocks)))):
        title_blocks = []  # the text does not spell the title: the contents name it
    article.title = "".join(b.text for b in title_blocks) if title_blocks else entry.title if entry else ""
    if not article.title:
        article.title = _first_line(chunk)
    article.subtitle = _subtitle(chunk, title_blocks, entry)
    article.column = _column(chunk)
    bylines = [b for b in chunk if b.kind == "byline"]
    if bylines:
        article.authors = list(bylines[0].names)
    elif entry:
        # No byline: trust the contents' authors when the text names them (an author's note at the end).
        article.authors = [name for name in entry.names if name in text[article.start:article.end]]
    # The title is read too: headlines name bodies, places and documents (四川省人大常委会表决通过两部条例).
    article.sentences = [s for b in chunk if b.kind not in NOT_TEXT for s in split_sentences(text, b.start, b.end)]
    return article


def _extend(article: Article, chunk: list[Block], text: str) -> None:
    article.end = chunk[-1].end
    article.sentences += [s for b in chunk if b.kind not in NOT_TEXT for s in split_sentences(text, b.start, b.end)]


def _entry_by_authors(chunk: list[Block], titles: dict[str, Block]) -> Block | None:
    """The contents entry with exactly the byline's authors (the latest one: a year's index ends with this issue)."""
    byline = next((b for b in chunk if b.kind == "byline"), None)
    if byline is None or not byline.names:
        return None
    matches = [entry for entry in titles.values() if entry.names == byline.names]
    return max(matches, key=lambda entry: entry.start) if matches else None


def _first_line(chunk: list[Block]) -> str:
    block = next((b for b in chunk if b.kind not in NOT_TEXT), chunk[0])
    first = split_sentences(block.text, 0, len(block.text))
    return first[0].text[:60] if first else block.text[:60]


def _find_title(chunk: list[Block], titles: dict[str, Block]) -> list[Block]:
    """The contents' title where the text spells it; else the heading above the byline; else a first heading."""
    headings = [i for i, b in enumerate(chunk) if b.kind == "heading"]
    for i in headings:
        key = ""
        for j in range(i, min(i + 3, len(chunk))):
            if chunk[j].kind != "heading":
                break
            key += title_key(chunk[j].text)
            if key in titles:
                return chunk[i:j + 1]
    byline = next((i for i, b in enumerate(chunk) if b.kind == "byline"), None)
    if byline is not None:
        above = [b for b in chunk[:byline] if b.kind == "heading" and not SUBTITLE.match(b.text)]
        if above:
            return [above[0]]
    first_heading = next((b for b in chunk if b.kind == "heading"), None)
    if first_heading is not None and chunk.index(first_heading) <= 2:
        return [first_heading]
    return []


def _subtitle(chunk: list[Block], title_blocks: list[Block], entry: Block | None) -> str:
    if entry is not None and entry.subtitle:
        return entry.subtitle.lstrip("—")
    for block in chunk[:MAX_HEADER + 2]:
        if block.kind == "heading" and SUBTITLE.match(block.text):
            return block.text.lstrip("—")
    return ""


def _column(chunk: list[Block]) -> str:
    if chunk[0].kind == "column":
        return chunk[0].text
    columns = [b.text for b in chunk if b.kind == "column"]
    return max(set(columns), key=columns.count) if columns else ""


# --- sentences ------------------------------------------------------------------------------------------------

def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Split at 。！？； (closing quotes and brackets stay with their sentence) and at line ends."""
    sentences = []
    begin = start
    for match in SENTENCE_BREAK.finditer(text, start, end):
        stop = match.start() if match.group() == "\n" else match.end()
        sentences.extend(_emit(text, begin, stop))
        begin = stop
    sentences.extend(_emit(text, begin, end))
    return sentences


def _emit(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    if start >= end:
        return []
    if end - start <= MAX_SENTENCE:
        return [Sentence(text[start:end], start, end)]
    # Too long for one sentence (a list, a missing full stop): fall back to commas.
    pieces, begin = [], start
    for i in range(start, end):
        if text[i] in "，," and i + 1 - begin >= 20:
            pieces.append(Sentence(text[begin:i + 1], begin, i + 1))
            begin = i + 1
    if begin < end:
        pieces.append(Sentence(text[begin:end], begin, end))
    return [part for piece in pieces for part in _cut(piece)]


def _cut(sentence: Sentence) -> list[Sentence]:
    """Pieces of at most MAX_SENTENCE characters: text without any punctuation (a table, a one-line file) must
    not reach the NLP as one sentence of millions of characters."""
    if len(sentence.text) <= MAX_SENTENCE:
        return [sentence]
    return [Sentence(sentence.text[i:i + MAX_SENTENCE], sentence.start + i,
                     min(sentence.start + i + MAX_SENTENCE, sentence.end))
            for i in range(0, len(sentence.text), MAX_SENTENCE)]
