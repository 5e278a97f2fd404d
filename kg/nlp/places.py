"""Places from the gazetteer of administrative divisions, with their adcodes.

Full official names (淳安县) match anywhere. Short forms (淳安) are ordinary-looking words, so they count only
where the statistical model's segmentation also puts a word edge on both sides, and town and village names
only in their full form.
"""
from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import load_gazetteer
from .candidates import Candidate, candidates, words

SHORT_FORM_LEVELS = {"province", "city", "county"}


@cache
def place_index() -> tuple[dict[str, tuple[str, bool]], int]:
    """surface -> ("|"-joined adcodes, is a full name); and the longest surface length."""
    codes: dict[str, list[str]] = {}
    full: dict[str, bool] = {}
    for surface, division in load_gazetteer().surfaces():
        is_full = surface == division.name
        if not is_full and division.level not in SHORT_FORM_LEVELS:
            continue
        if len(surface) < 2:
            continue
        codes.setdefault(surface, []).append(division.adcode)
        full[surface] = full.get(surface, False) or is_full
    index = {s: ("|".join(sorted(set(c))), full[s]) for s, c in codes.items()}
    return index, max(map(len, index), default=0)


def match_places(text: str, word_edges: set[int]) -> list[Candidate]:
    index, longest = place_index()
    found, i = [], 0
    while i < len(text):
        for end in range(min(len(text), i + longest), i + 1, -1):
            hit = index.get(text[i:end])
            if hit is None:
                continue
            adcodes, is_full = hit
            if is_full or (i in word_edges and end in word_edges):
                found.append(Candidate(i, end, "Place", "place_full" if is_full else "place_short", adcode=adcodes))
                i = end - 1
                break
        i += 1
    return found


class PlaceRecognizer:
    def __init__(self, name: str):
        self.name = name
        place_index()  # build the index when the pipeline is made, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        edges = {w.start for w in words(doc)} | {w.end for w in words(doc)}
        candidates(doc).extend(match_places(doc.text, edges))
        return doc


@Language.factory("kg_places")
def make_place_recognizer(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer(name)
