"""Checks kg's annotated dev set (tests/data/*.json) against the annotation guidelines.

Each gold file sits beside the raw passage it annotates (same stem, .txt). The checks are
about the data, not about kg: schema, spans that really occur in the passage, relations
whose ends are annotated entities of the right types, and the minimum size of the set.
"""

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parent.parent / "seeds" / "000_bef34f75b279d892.txt"

SCORED_TYPES = {"Place", "Person", "Organization", "Program", "Policy"}
OPTIONAL_TYPES = {"Meeting", "Concept", "Article"}

# predicate -> (allowed subject types, allowed object types); None = a free title string
SCORED_PREDICATES = {
    "holdsPost": ({"Person"}, None),
    "locatedIn": ({"Place"}, {"Place"}),
    "issuedBy": ({"Policy"}, {"Organization"}),
    "implementedIn": ({"Program", "Policy"}, {"Place"}),
    "proposedBy": ({"Program", "Policy"}, {"Person", "Organization"}),
    "memberOf": ({"Person"}, {"Organization"}),
}
OPTIONAL_PREDICATES = {
    "spokeAt": ({"Person"}, {"Meeting"}),
    "heldIn": ({"Meeting"}, {"Place"}),
    "authorOf": ({"Person"}, {"Article"}),
}
PREDICATES = SCORED_PREDICATES | OPTIONAL_PREDICATES

RELATION_KEYS = {"subject", "predicate", "object", "evidence", "org", "start", "end", "date"}
ENTITY_KEYS = {"text", "type", "aliases", "inferred"}
SEED_SOURCE = re.compile(r"^seed lines (\d+)-(\d+)$")
GENERATED_SOURCE = "written for the dev set"

MIN_SCORED_ENTITIES = 350
MIN_SCORED_RELATIONS = 150
MIN_PASSAGES_PER_KIND = 8

GOLD_FILES = sorted(DATA.glob("*.json"))


def flat(text: str) -> str:
    """Text as spans are matched: PDF line breaks and (full-width) spaces removed."""
    return re.sub(r"\s+", "", text)


def bare(text: str) -> str:
    """Flat text without quotation marks: canonical names drop the quotes of “千万工程”."""
    return re.sub(r"[“”‘’\"']", "", flat(text))


def occurs(span: str, passage: str) -> bool:
    return flat(span) in flat(passage) or bare(span) in bare(passage)


def load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    passage = path.with_suffix(".txt").read_text(encoding="utf-8")
    return gold, passage


def entity_types(gold: dict) -> dict[str, str]:
    return {e["text"]: e["type"] for e in gold["entities"]}


def is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def test_the_dev_set_exists():
    assert GOLD_FILES, "no gold files under tests/data"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_file_header(path: Path):
    gold, passage = load(path)
    assert gold["id"] == path.stem
    assert passage.strip(), "empty passage"
    source = gold["source"]
    match = SEED_SOURCE.match(source)
    if path.stem.startswith("seed-"):
        assert match, f"seed passage needs 'seed lines A-B', got {source!r}"
    else:
        assert path.stem.startswith("gen-"), "passages are named seed-pNN or gen-pNN"
        assert source == GENERATED_SOURCE
    assert set(gold) <= {"id", "source", "entities", "relations", "doubtful", "notes"}


@pytest.mark.parametrize("path", sorted(DATA.glob("seed-*.json")), ids=lambda p: p.stem)
def test_seed_passage_is_cut_exactly_from_the_seed(path: Path):
    gold, passage = load(path)
    first, last = map(int, SEED_SOURCE.match(gold["source"]).groups())
    assert 60 <= last - first + 1 <= 150, "seed passages are 60-150 lines"
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    assert passage == "".join(lines[first - 1:last])


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_entities(path: Path):
    gold, passage = load(path)
    seen: set[str] = set()
    for entity in gold["entities"]:
        assert set(entity) <= ENTITY_KEYS and {"text", "type", "aliases"} <= set(entity), entity
        assert entity["type"] in SCORED_TYPES | OPTIONAL_TYPES, entity
        name = entity["text"]
        assert name and name == name.strip(), entity
        assert name not in seen, f"{name} annotated twice"
        seen.add(name)
        if not entity.get("inferred"):
            assert occurs(name, passage), f"{name} not in passage (mark inferred if it is the full form)"
        for alias in entity["aliases"]:
            assert alias != name, f"{name} lists itself as alias"
            assert occurs(alias, passage), f"alias {alias} of {name} not in passage"
    aliases = [a for e in gold["entities"] for a in e["aliases"]]
    assert not set(aliases) & seen, "an alias is also annotated as its own entity"
    assert len(aliases) == len(set(aliases)), "an alias belongs to two entities"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_relations(path: Path):
    gold, passage = load(path)
    types = entity_types(gold)
    keys = set()
    for relation in gold["relations"]:
        assert set(relation) <= RELATION_KEYS, relation
        assert {"subject", "predicate", "object", "evidence"} <= set(relation), relation
        predicate = relation["predicate"]
        assert predicate in PREDICATES, relation
        subject_types, object_types = PREDICATES[predicate]
        assert types.get(relation["subject"]) in subject_types, f"bad subject: {relation}"
        if object_types is None:
            assert relation["object"].strip(), relation
        else:
            assert types.get(relation["object"]) in object_types, f"bad object: {relation}"
        assert relation["subject"] != relation["object"], relation
        assert occurs(relation["evidence"], passage), f"evidence not in passage: {relation}"
        if "org" in relation:
            # the post's body may be named in normalised form (浙江省人民政府 for 省长 of 浙江省)
            assert predicate == "holdsPost" and relation["org"].strip(), relation
            assert types.get(relation["org"], "Organization") in {"Organization", "Place"}, relation
        for key in ("start", "end", "date"):
            if key in relation:
                assert is_iso_date(relation[key]), relation
        key = (relation["subject"], predicate, relation["object"], relation.get("org"))
        assert key not in keys, f"duplicate relation {key}"
        keys.add(key)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_doubtful_items_have_reasons(path: Path):
    gold, _ = load(path)
    annotated = set(entity_types(gold))
    for item in gold.get("doubtful", []):
        assert item.get("reason", "").strip(), item
        if "predicate" in item:
            assert item["predicate"] in PREDICATES and item.get("subject") and item.get("object"), item
        else:
            assert item.get("text") and item.get("type") in SCORED_TYPES | OPTIONAL_TYPES, item
            assert item["text"] not in annotated, f"{item['text']} is both gold and doubtful"


def totals() -> tuple[Counter, Counter]:
    by_type: Counter = Counter()
    by_predicate: Counter = Counter()
    for path in GOLD_FILES:
        gold, _ = load(path)
        by_type.update(e["type"] for e in gold["entities"])
        by_predicate.update(r["predicate"] for r in gold["relations"])
    return by_type, by_predicate


def test_the_set_is_large_enough():
    by_type, by_predicate = totals()
    assert sum(by_type[t] for t in SCORED_TYPES) >= MIN_SCORED_ENTITIES, by_type
    assert sum(by_predicate[p] for p in SCORED_PREDICATES) >= MIN_SCORED_RELATIONS, by_predicate
    assert all(by_type[t] for t in SCORED_TYPES), by_type
    assert all(by_predicate[p] for p in SCORED_PREDICATES), by_predicate
    stems = [p.stem for p in GOLD_FILES]
    assert sum(s.startswith("seed-") for s in stems) >= MIN_PASSAGES_PER_KIND
    assert sum(s.startswith("gen-") for s in stems) >= MIN_PASSAGES_PER_KIND
