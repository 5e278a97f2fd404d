"""Namespaces of the graph, as rdflib Namespace objects (the one place IRIs are spelled)."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg-cn/ontology#")
KGR = Namespace("https://w3id.org/kg-cn/resource/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "kg": KG,
    "kgr": KGR,
    "org": ORG,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "prov": PROV,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
}


def bind_prefixes(graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def sparql_prologue() -> str:
    """PREFIX lines for queries, so users and ready queries share the same prefixes."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
