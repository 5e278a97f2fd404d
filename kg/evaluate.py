"""Measuring the pipeline: `kg eval` on annotated passages and `kg ner` for mention-level benchmarks.

Gold files follow the annotation guidelines: PASSAGE.json (entities, relations, doubtful items) beside
PASSAGE.txt (the raw text). Each passage is built as its own document, exactly as `kg build` would.

Entities are scored per type at entity level: a predicted entity is right when its type matches and its
canonical label equals the gold name ("strict"); "lenient" also accepts a gold alias as the label. Relations
are scored per predicate on (subject, predicate, object) with names matched through the gold aliases, so that
they measure the relation rules rather than naming. Predictions that match a doubtful item are not counted.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError
from .gazetteer import load_gazetteer
from .model import ENTITY_TYPES, KnowledgeBase

QUOTE_MARKS = str.maketrans("", "", "“”‘’「」\"' 《》")


def same_name(name: str) -> str:
    """Names compare without quotation marks and spaces: “X”工程 and X工程 are one name."""
    return name.translate(QUOTE_MARKS)


RELATION_PREDICATES = ("holdsPost", "locatedIn", "issuedBy", "implementedIn", "proposedBy", "memberOf")
PREDICATE_NAMES = {"holds": "holdsPost"}
TAGSETS = {"msra": {"Person": "PER", "Place": "LOC", "Organization": "ORG"}}


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": self.tp, "pred": self.pred, "gold": self.gold}


def gold_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    files = [f for f in files if f.with_suffix(".txt").is_file()]
    if not files:
        raise KgError("no gold files (PASSAGE.json with PASSAGE.txt beside it) among the inputs")
    return files


def predict(txt: Path) -> KnowledgeBase:
    from .ingest import read_document
    from .pipeline import analyse_all, knowledge_base

    return knowledge_base(analyse_all([read_document(txt, txt.name)]))


def evaluate(paths: Iterable[Path]) -> dict[str, dict[str, Tally]]:
    tallies: dict[str, dict[str, Tally]] = {"strict": defaultdict(Tally), "lenient": defaultdict(Tally), "relations": defaultdict(Tally)}
    for gold_path in gold_files(paths):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        kb = predict(gold_path.with_suffix(".txt"))
        score_entities(gold, kb, tallies)
        score_relations(gold, kb, tallies["relations"])
    return tallies


def predicted_entities(kb: KnowledgeBase) -> list:
    mentioned = {key for counts in kb.mentions.values() for key in counts} | {k for keys in kb.authors.values() for k in keys}
    return [kb.entities[k] for k in sorted(mentioned) if kb.entities[k].type in ENTITY_TYPES]


def score_entities(gold: dict, kb: KnowledgeBase, tallies: dict) -> None:
    doubtful = {(d.get("type"), same_name(d["text"])) for d in gold.get("doubtful", []) if "text" in d}
    for mode in ("strict", "lenient"):
        names = {(e["type"], e["text"]): {same_name(f) for f in (e["text"], *(e.get("aliases", []) if mode == "lenient" else []))}
                 for e in gold["entities"] if e["type"] in ENTITY_TYPES}
        matched = set()
        for entity in predicted_entities(kb):
            label = same_name(entity.label)
            hit = next((g for g, forms in names.items() if g[0] == entity.type and label in forms and g not in matched), None)
            tally = tallies[mode][entity.type]
            if hit:
                matched.add(hit)
                tally.tp += 1
                tally.pred += 1
            elif (entity.type, label) not in doubtful:
                tally.pred += 1
                tally.false_positives.append(f"{gold['id']}: {entity.label}")
        for key in names:
            tallies[mode][key[0]].gold += 1
            if key not in matched:
                tallies[mode][key[0]].misses.append(f"{gold['id']}: {key[1]}")


def alias_table(gold: dict) -> dict[str, str]:
    table = {}
    for e in gold["entities"]:
        for form in (e["text"], *e.get("aliases", [])):
            table.setdefault(same_name(form), same_name(e["text"]))
    return table


def gold_name(kb: KnowledgeBase, key: str, table: dict[str, str]) -> str:
    entity = kb.entities[key]
    for form in (entity.label, *sorted(entity.aliases)):
        if same_name(form) in table:
            return table[same_name(form)]
    return same_name(entity.label)


def predicted_relations(kb: KnowledgeBase, table: dict[str, str]) -> set[tuple[str, str, str]]:
    out = set()
    for (s, p, o), fact in kb.facts.items():
        predicate = PREDICATE_NAMES.get(p, p)
        if predicate not in RELATION_PREDICATES:
            continue
        if p == "holds":
            out.add((gold_name(kb, s, table), predicate, same_name(kb.entities[o].attrs["title"])))
        elif fact.evidence:
            out.add((gold_name(kb, s, table), predicate, gold_name(kb, o, table)))
    return out | nearest_containers(kb, table)


def nearest_containers(kb: KnowledgeBase, table: dict[str, str]) -> set[tuple[str, str, str]]:
    """locatedIn between places of the passage that the map confirms: each place to its nearest ancestor
    that the passage also names (the guidelines' rule)."""
    gazetteer = load_gazetteer()
    places = {e.attrs["adcode"]: e.key for e in predicted_entities(kb) if e.type == "Place" and e.attrs.get("adcode")}
    out = set()
    for adcode, key in places.items():
        parent = next((d.adcode for d in gazetteer.chain(adcode) if d.adcode in places), None)
        if parent:
            out.add((gold_name(kb, key, table), "locatedIn", gold_name(kb, places[parent], table)))
    return out


def score_relations(gold: dict, kb: KnowledgeBase, tallies: dict[str, Tally]) -> None:
    table = alias_table(gold)
    def triple(r: dict) -> tuple[str, str, str]:
        return same_name(r["subject"]), r["predicate"], same_name(r["object"])

    wanted = {triple(r) for r in gold["relations"] if r["predicate"] in RELATION_PREDICATES}
    doubtful = {triple(d) for d in gold.get("doubtful", []) if "predicate" in d}
    predicted = predicted_relations(kb, table)
    for found in sorted(predicted):  # sets: in sorted order, so that --errors lists the same way every run
        tally = tallies[found[1]]
        if found in wanted:
            tally.tp += 1
            tally.pred += 1
        elif found not in doubtful:
            tally.pred += 1
            tally.false_positives.append(f"{gold['id']}: {' '.join(found)}")
    for expected in sorted(wanted):
        tallies[expected[1]].gold += 1
        if expected not in predicted:
            tallies[expected[1]].misses.append(f"{gold['id']}: {' '.join(expected)}")


def format_scores(tallies: dict[str, dict[str, Tally]], as_json: bool = False, errors: bool = False) -> str:
    table = {mode: {k: t.scores() for k, t in sorted(rows.items())} for mode, rows in tallies.items()}
    for mode, rows in tallies.items():
        total = Tally(sum(t.tp for t in rows.values()), sum(t.pred for t in rows.values()), sum(t.gold for t in rows.values()))
        table[mode]["micro"] = total.scores()
    if as_json:
        return json.dumps(table, ensure_ascii=False, indent=2)
    lines = []
    for mode, rows in table.items():
        lines.append(f"{mode:<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
        for name, s in rows.items():
            lines.append(f"  {name:<12}{s['p']:7.3f}{s['r']:7.3f}{s['f1']:7.3f}{s['tp']:6d}{s['pred']:6d}{s['gold']:6d}")
        if errors:
            for name, t in sorted(tallies[mode].items()):
                lines += [f"    FP {name}: {x}" for x in t.false_positives] + [f"    FN {name}: {x}" for x in t.misses]
    return "\n".join(lines)


def ner_lines(stream: Iterable[str], tagset: str | None = None, baseline: str | None = None,
              news: bool = False) -> Iterator[str]:
    """`kg ner`: each input line {"id", "text"} -> the same with "entities": [[start, end, type, canonical]].

    baseline="lac" reports the statistical model's own entities, unfiltered, for comparison; news=True reads
    place names without a place suffix and foreigners' names too (NEWS_CONFIG)."""
    from .nlp import ENTITY_LABELS, NEWS_CONFIG, make_nlp

    if baseline == "lac":
        nlp = make_nlp(("kg_lac", "kg_entities"), config={"kg_lac": {"filtered": False}})
    else:
        nlp = make_nlp(config=NEWS_CONFIG if news else None)
    records = []
    for number, line in enumerate(stream, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise KgError(f"input line {number} is not JSON: {error}") from None
    if not all(isinstance(r, dict) and isinstance(r.get("text"), str) for r in records):
        raise KgError('every input line must be an object with a "text" string')
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        if tagset:
            ents = [[c.start, c.end, TAGSETS[tagset][c.label], c.canonical or doc.text[c.start:c.end]]
                    for c in tagset_entities(doc, TAGSETS[tagset])]
        else:
            ents = [[e.start_char, e.end_char, e.label_, e._.canonical] for e in doc.ents if e.label_ in ENTITY_LABELS]
        yield json.dumps({**record, "entities": ents}, ensure_ascii=False)


def tagset_entities(doc, labels: dict[str, str]) -> list:
    """The entities of a tagset's types, chosen among those types' candidates only: a tagset with no type for
    programs or meetings names the places and bodies inside them (黄河 in 黄河小浪底水利枢纽工程), as the
    public benchmarks annotate them."""
    from .nlp.candidates import candidates
    from .nlp.entities import choose

    return choose([c for c in candidates(doc) if c.label in labels])
