"""Namespaces of the graph, as rdflib Namespace objects over the IRIs of kg.prefixes."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.prefixes import PREFIX_IRIS

KG = Namespace(PREFIX_IRIS["kg"])
KGR = Namespace(PREFIX_IRIS["kgr"])
ORG = Namespace(PREFIX_IRIS["org"])
SCHEMA = Namespace(PREFIX_IRIS["schema"])

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
