"""The spaCy `zh` pipeline: pkuseg segmentation with a user dictionary, then kg's entity components.

    nlp = make_nlp()
    for doc in nlp.pipe(sentences):
        doc.ents  # Place, Person, Organization, Program, Policy, Meeting, Concept; span._.canonical, span._.adcode
        doc.spans["titles"]

Components are registered spaCy factories (kg_lac, kg_places, kg_patterns, kg_entities), so a pipeline can
be assembled from a config like any other.
"""
from __future__ import annotations

import spacy
from spacy.language import Language

from .. import lexicons
from . import entities, lac, patterns, places  # noqa: F401  (registers the factories)
from .segmenter import cached_model, quiet_fallbacks  # also registers kg.ChineseTokenizer

PIPELINE = ("kg_lac", "kg_places", "kg_patterns", "kg_entities")
ENTITY_LABELS = ("Place", "Person", "Organization", "Program", "Policy", "Meeting", "Concept")
# Settings for general news rather than government documents: places without a place suffix and foreigners'
# names (see LacRecognizer and PlaceRecognizer).
NEWS_CONFIG = {"kg_lac": {"named_regions": True}, "kg_places": {"named_regions": True}}


def user_dictionary() -> list[str]:
    """Words pkuseg must keep whole: titles, organization abbreviations and place names of county level and
    above (CTB8 alone glues names to verbs and splits titles)."""
    from ..gazetteer import load_gazetteer

    words = set(lexicons.lines("titles.txt")) | set(lexicons.patterns()["org_abbreviations"])
    for surface, division in load_gazetteer().surfaces():
        if division.level in places.SHORT_FORM_LEVELS and len(surface) >= 2:
            words.add(surface)
    return sorted(words)


def make_nlp(pipeline: tuple[str, ...] = PIPELINE, config: dict[str, dict] | None = None) -> Language:
    """The pipeline; `config` gives component settings by name, as in a spaCy config file."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.ChineseTokenizer", "segmenter": "pkuseg"}}})
    with quiet_fallbacks():
        nlp.tokenizer.initialize(pkuseg_model=str(cached_model()), pkuseg_user_dict="default")
    nlp.tokenizer.pkuseg_update_user_dict(user_dictionary())
    for name in pipeline:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp
