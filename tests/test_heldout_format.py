"""Checks kg's held-out evaluation set (tests/heldout/*.json) against the annotation guidelines.

The held-out passages measure kg on text it was not tuned on, so no rule may be written from
them. These tests look only at the data: the same schema, span and relation-type checks the
dev set gets (reused from tests/test_devset.py), plus the header, layout and size of this set.
"""

import re
from pathlib import Path

import pytest
import test_devset as devset

HELDOUT = Path(__file__).parent / "heldout"
GOLD_FILES = sorted(HELDOUT.glob("*.json"))
SOURCE = "written for the held-out set"

MIN_PASSAGES = 7
MIN_SCORED_ENTITIES = 150
MIN_SCORED_RELATIONS = 80


def test_the_heldout_set_exists():
    assert len(GOLD_FILES) >= MIN_PASSAGES, "too few gold files under tests/heldout"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_file_header(path: Path):
    gold, passage = devset.load(path)
    assert re.fullmatch(r"heldout-p\d\d", path.stem), "passages are named heldout-pNN"
    assert gold["id"] == path.stem
    assert gold["source"] == SOURCE
    assert set(gold) <= {"id", "source", "entities", "relations", "doubtful", "notes"}
    assert 6 <= len(passage.splitlines()) <= 80, "held-out passages are 6-80 lines"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_entities(path: Path):
    devset.test_entities(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_relations(path: Path):
    devset.test_relations(path)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_doubtful_items_have_reasons(path: Path):
    devset.test_doubtful_items_have_reasons(path)


def counts() -> tuple[dict[str, int], dict[str, int]]:
    by_type: dict[str, int] = {}
    by_predicate: dict[str, int] = {}
    for path in GOLD_FILES:
        gold, _ = devset.load(path)
        for entity in gold["entities"]:
            by_type[entity["type"]] = by_type.get(entity["type"], 0) + 1
        for relation in gold["relations"]:
            by_predicate[relation["predicate"]] = by_predicate.get(relation["predicate"], 0) + 1
    return by_type, by_predicate


def test_the_set_is_large_enough():
    by_type, by_predicate = counts()
    assert sum(by_type.get(t, 0) for t in devset.SCORED_TYPES) >= MIN_SCORED_ENTITIES, by_type
    assert sum(by_predicate.get(p, 0) for p in devset.SCORED_PREDICATES) >= MIN_SCORED_RELATIONS
    assert all(by_type.get(t) for t in devset.SCORED_TYPES), by_type
    assert all(by_predicate.get(p) for p in devset.SCORED_PREDICATES), by_predicate


def test_readme_counts_match_the_gold_files():
    """The README's table rows (| name | count |) must agree with the files they describe."""
    readme = (HELDOUT / "README.md").read_text(encoding="utf-8")
    stated = {name: int(n) for name, n in re.findall(r"^\| (\w+) \| (\d+) \|$", readme, re.M)}
    by_type, by_predicate = counts()
    scored = {**{t: by_type.get(t, 0) for t in devset.SCORED_TYPES},
              **{p: by_predicate.get(p, 0) for p in devset.SCORED_PREDICATES}}
    assert stated == scored
