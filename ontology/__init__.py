"""The ontology, SHACL shapes and ready SPARQL queries, installed as the package data of kg.ontology.

The one place that reads these files: `graph("kg.ttl")`, `graph("shapes.ttl")`, `queries()`.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph


@cache
def graph(name: str) -> Graph:
    """A Turtle file of this folder, parsed once per process (callers must not modify it)."""
    parsed = Graph()
    parsed.parse(data=resources.files(__name__).joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return parsed


def queries() -> dict[str, str]:
    """The ready queries by file name, in name order."""
    folder = resources.files(__name__).joinpath("queries")
    return {f.name: f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".rq")}
