"""News mode (`kg ner --news`): places and people of general news, against the statistical model alone.

The dev set is tests/data/news/ (sentences in the style of newspaper news, gold PER/LOC/ORG spans); the unit
tests use other wording than the set.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import ner_lines

NEWS = Path(__file__).parent / "data" / "news"


@pytest.fixture(scope="module")
def news_nlp():
    from kg.nlp import NEWS_CONFIG, make_nlp

    return make_nlp(config=NEWS_CONFIG)


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def f1(gold: list[dict], predicted: list[dict], label: str) -> float:
    """Exact-match F1 of one type: start, end and type must equal a gold entity's."""
    def spans(records):
        return {(r["id"], e[0], e[1]) for r in records for e in r["entities"] if e[2] == label}

    g, p = spans(gold), spans(predicted)
    return 2 * len(g & p) / (len(g) + len(p)) if g or p else 0.0


def test_news_mode_finds_places_and_people_at_least_as_well_as_the_model_alone():
    gold = [json.loads(line) for line in (NEWS / "gold.jsonl").open(encoding="utf-8")]
    lines = (NEWS / "input.jsonl").read_text(encoding="utf-8").splitlines()
    model = [json.loads(x) for x in ner_lines(lines, "msra", baseline="lac")]
    kg = [json.loads(x) for x in ner_lines(lines, "msra", news=True)]
    assert [r["text"] for r in kg] == [r["text"] for r in gold]
    for label in ("LOC", "PER"):
        assert f1(gold, kg, label) >= f1(gold, model, label), label


def test_long_transliterated_places_and_landmarks(news_nlp):
    labels = ents(news_nlp, "代表团离开布宜诺斯艾利斯，前往印度尼西亚首都雅加达，随后参观了人民英雄纪念碑。")
    assert labels.get("布宜诺斯艾利斯") == "Place" and labels.get("印度尼西亚") == "Place"


def test_a_name_that_begins_like_a_county_stays_whole(news_nlp):
    # 乌兰 and 吉隆 are short forms of counties; the words here are a capital and a lake.
    labels = ents(news_nlp, "总理在乌兰巴托会谈后飞往吉隆坡，途经青海湖地区。")
    assert labels.get("乌兰巴托") == "Place" and labels.get("吉隆坡") == "Place"
    assert "乌兰" not in labels and "吉隆" not in labels


def test_county_chains_still_split_in_news(news_nlp):
    labels = ents(news_nlp, "记者走访了湖州南浔的几家丝绸企业。")
    assert labels.get("湖州") == "Place" and labels.get("南浔") == "Place"


def test_words_of_position_are_split_off_places(news_nlp):
    labels = ents(news_nlp, "智利北部阿塔卡马沙漠连降暴雨，华南地区气温回升。")
    assert labels.get("智利") == "Place" and labels.get("华南") == "Place"
    assert not any(name.endswith(("北部", "地区")) for name in labels)


def test_two_character_foreign_names_after_a_title(news_nlp):
    labels = ents(news_nlp, "美国作家卡佛的小说集近日出版，出版社随后在波恩举办了首发式。")
    assert labels.get("卡佛") == "Person"
    assert labels.get("波恩") != "Person"


def test_places_inside_names_of_works_count_in_a_tagset():
    line = json.dumps({"id": "1", "text": "黄河故道生态修复工程今年开工。"}, ensure_ascii=False)
    found = json.loads(next(ner_lines([line], "msra", news=True)))["entities"]
    assert [0, 4, "LOC", "黄河故道"] in found
