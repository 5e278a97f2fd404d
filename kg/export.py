"""Write the graph to files: Turtle, N-Triples, JSON-LD, TriG (one named graph per document) and GraphML.

Every writer returns bytes that depend only on the graph's triples (sorted, no blank nodes), and every file
is written to a temporary file in the output folder and renamed into place, so an interrupted or failed
build never leaves a half-written file behind.
"""
from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.serializer import Serializer

from kg.errors import KgError
from kg.graph import ENTITY_CLASSES, RESOURCE_PREFIXES, ontology_graph, split_by_document, triple_sort_key
from kg.prefixes import PREFIX_IRIS

# Turtle: a local name kg may write unescaped (a subset of PN_LOCAL), a canonical xsd:integer, the string
# escapes (ECHAR, and UCHAR for other control characters) and the characters an IRIREF cannot hold.
PN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
STRING_ESCAPES = {**{code: f"\\u{code:04X}" for code in [*range(0x20), 0x7F]},
                  **{ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
                     ord("\t"): "\\t"}}
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# Looked up once: each attribute of a namespace is a call that makes the term anew (the Turtle writer asks for
# these at every triple).
RDF_TYPE, XSD_INTEGER, XSD_STRING = RDF.type, XSD.integer, XSD.string
# XML 1.0 cannot hold these characters at all, not even escaped; GraphML gets U+FFFD in their place.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_outputs(graph: Graph, out_dir: str | Path, formats: Iterable[str]) -> list[Path]:
    """Write `graph` in each format (names or aliases of FORMATS) into out_dir; returns the paths written."""
    return write_files(out_dir, render_outputs(graph, formats))


def render_outputs(graph: Graph, formats: Iterable[str]) -> dict[str, bytes]:
    """File name -> content for each format (names or aliases of FORMATS)."""
    chosen = [_format_name(name) for name in formats]  # every name checked before anything is rendered
    return {FORMATS[name][0]: FORMATS[name][1](graph) for name in dict.fromkeys(chosen)}


def write_files(out_dir: str | Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file beside its target first and rename them all at the end, so a build that fails or is
    interrupted while writing leaves each earlier output whole, and leaves no temporary file behind."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    temporaries: dict[Path, Path] = {}
    try:
        for name, data in files.items():
            temporaries[out / name] = _write_temporary(out / name, data)
        for path, temporary in temporaries.items():
            os.replace(temporary, path)
    finally:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)  # only those not renamed are still there
    return list(temporaries)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write data to a temporary file beside `path`, then rename it into place."""
    return write_files(path.parent, {path.name: data})[0]


def _write_temporary(path: Path, data: bytes) -> Path:
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes the file private; outputs are ordinary files
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def to_turtle(graph: Graph) -> bytes:
    buffer = io.BytesIO()
    SortedTurtleSerializer(graph).serialize(buffer, encoding="utf-8")
    return buffer.getvalue()


def to_ntriples(graph: Graph) -> bytes:
    # One triple per line (the serializer escapes newlines), so sorting lines sorts triples.
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    return b"".join(sorted(set(lines)))


def to_jsonld(graph: Graph) -> bytes:
    context = dict(PREFIX_IRIS)
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    # rdflib's JSON-LD writer orders values by set iteration; our graphs hold no RDF lists, so every array
    # is an unordered set of values and may be sorted.
    return json.dumps(_sorted_json(document), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def to_trig(graph: Graph) -> bytes:
    dataset = split_by_document(graph)
    for prefix, namespace in RESOURCE_PREFIXES.items():
        dataset.bind(prefix, namespace)
    buffer = io.BytesIO()
    SortedTrigSerializer(dataset).serialize(buffer, encoding="utf-8")
    return buffer.getvalue()


def to_graphml(graph: Graph) -> bytes:
    """Entities as nodes (label, type, iri), their links as edges named by predicate, for Gephi-like tools."""
    network = nx.MultiDiGraph()
    types = _entity_types(graph)
    for node in sorted(types):
        network.add_node(str(node), label=_xml_safe(str(graph.value(node, RDFS.label) or "")),
                         type=types[node], iri=str(node))
    edge_labels = _property_labels()
    for subject, predicate, obj in sorted(graph, key=triple_sort_key):
        if subject in types and obj in types and predicate != RDF.type:
            name = graph.namespace_manager.normalizeUri(predicate)
            network.add_edge(str(subject), str(obj), key=name, predicate=name,
                             label=edge_labels.get(predicate, name))
    buffer = io.BytesIO()
    nx.write_graphml(network, buffer, encoding="utf-8")
    return buffer.getvalue()


class SortedTurtleSerializer(Serializer):
    """Turtle with subjects, predicates (rdf:type first) and objects in N-Triples order, written straight
    from the graph. rdflib's own writer needs a sorted copy of the graph to be deterministic and holds both
    in memory (about 1 GB more on a 1M-triple graph, and 60 s); this one adds only the sorted subject list.
    Graphs of kg hold no blank nodes, so every subject is written once, at the top level."""

    def __init__(self, graph: Graph):
        super().__init__(graph)
        self.prefixes = dict(sorted({**PREFIX_IRIS, **{p: str(ns) for p, ns in RESOURCE_PREFIXES.items()}}.items()))
        # Looked up by the whole namespace an IRI's last / or # ends (see _term): place: for …/resource/place/X,
        # never kgr: with a local name holding a /.
        self.by_namespace = {namespace: prefix for prefix, namespace in self.prefixes.items()}
        # Each IRI's N-Triples form (its sort key) and its written form, made once: the same predicates, classes
        # and entities come back in every statement, and rdflib checks an IRI's characters at each n3().
        self.iri_keys: dict[URIRef, str] = {}
        self.iri_texts: dict[URIRef, str] = {}
        self.type_text = self._term(RDF_TYPE)

    def serialize(self, stream, base=None, encoding="utf-8", **args) -> None:
        write = stream.write
        for prefix, namespace in self.prefixes.items():
            write(f"@prefix {prefix}: <{_iri_text(namespace)}> .\n".encode(encoding))
        for subject in sorted(set(self.store.subjects()), key=self._n3):
            write(self._statement(subject).encode(encoding))

    def _statement(self, subject) -> str:
        if not isinstance(subject, URIRef):
            raise ValueError(f"cannot write a blank-node subject in kg's Turtle: {subject!r}")
        # Terms compared by their texts, not as terms: rdflib's == on terms is Python code, str's is not.
        key, type_key = self._n3, self._n3(RDF_TYPE)
        pairs = sorted(self.store.predicate_objects(subject), key=lambda pair: (key(pair[0]) != type_key,
                                                                                key(pair[0]), key(pair[1])))
        lines, previous = [], None
        for predicate, obj in pairs:
            verb = self._term(predicate)
            if verb == previous:
                lines[-1] += ",\n        " + self._term(obj)
            else:
                lines.append(f"{'a' if verb == self.type_text else verb} {self._term(obj)}")
            previous = verb
        return f"\n{self._term(subject)} " + " ;\n    ".join(lines) + " .\n"

    def _n3(self, term) -> str:
        """The term's N-Triples form: the order of subjects, predicates and objects."""
        if type(term) is not URIRef:
            return term.n3()
        text = self.iri_keys.get(term)
        if text is None:
            text = self.iri_keys[term] = term.n3()
        return text

    def _term(self, term) -> str:
        if isinstance(term, Literal):
            return self._literal(term)
        if not isinstance(term, URIRef):
            raise ValueError(f"cannot write a blank node in kg's Turtle: {term!r}")
        text = self.iri_texts.get(term)
        if text is None:
            text = self.iri_texts[term] = self._iri(term)
        return text

    def _iri(self, term: URIRef) -> str:
        # A local name holds no / or #, so the only namespace that can shorten an IRI ends at its last one.
        text = str(term)
        cut = max(text.rfind("/"), text.rfind("#")) + 1
        prefix = self.by_namespace.get(text[:cut])
        if prefix is not None and PN_LOCAL.fullmatch(text[cut:]):
            return f"{prefix}:{text[cut:]}"
        return f"<{_iri_text(text)}>"

    def _literal(self, literal: Literal) -> str:
        text = str(literal)
        if literal.datatype == XSD_INTEGER and INTEGER.fullmatch(text):
            return text
        quoted = '"' + text.translate(STRING_ESCAPES) + '"'
        if literal.language:
            return f"{quoted}@{literal.language}"
        if literal.datatype and literal.datatype != XSD_STRING:
            return f"{quoted}^^{self._term(literal.datatype)}"
        return quoted


class SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer, with the graphs in a fixed order (default graph first, then by name) instead of
    the store's set order; within a graph the Turtle writer already sorts."""

    def __init__(self, dataset: Dataset):
        super().__init__(dataset)
        default = dataset.default_graph.identifier
        self.contexts.sort(key=lambda graph: (graph.identifier != default, str(graph.identifier)))


FORMATS: dict[str, tuple[str, Callable[[Graph], bytes]]] = {
    "turtle": ("graph.ttl", to_turtle),
    "ntriples": ("graph.nt", to_ntriples),
    "jsonld": ("graph.jsonld", to_jsonld),
    "trig": ("graph.trig", to_trig),
    "graphml": ("graph.graphml", to_graphml),
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld"}


def _format_name(name: str) -> str:
    canonical = ALIASES.get(name.lower(), name.lower())
    if canonical not in FORMATS:
        raise KgError(f"unknown export format {name!r} (choose from {', '.join(FORMATS)})")
    return canonical


def _sorted_json(value):
    if isinstance(value, dict):
        return {key: _sorted_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_sorted_json(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    return value


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _iri_text(iri: str) -> str:
    """An IRI as IRIREF content: the characters Turtle forbids there as \\u escapes (kg's IRIs have none;
    an ontology or user IRI might)."""
    return IRI_FORBIDDEN.sub(lambda match: f"\\u{ord(match.group()):04X}", iri)


def _entity_types(graph: Graph) -> dict[URIRef, str]:
    """Entity node -> the local name of its core class."""
    types = {}
    for name, classes in ENTITY_CLASSES.items():
        for node in graph.subjects(RDF.type, classes[0]):
            types[node] = name
    return types


def _property_labels() -> dict[URIRef, str]:
    """Chinese labels of the properties, from the ontology."""
    ontology = ontology_graph()
    return {
        prop: str(label)
        for prop, label in ontology.subject_objects(RDFS.label)
        if isinstance(label, Literal) and label.language == "zh"
    }


def _xml_safe(text: str) -> str:
    return XML_ILLEGAL.sub("\ufffd", text)
