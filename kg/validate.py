"""Check a graph against ontology/shapes.ttl with pyshacl and report the problems in plain lines."""
from __future__ import annotations

from pathlib import Path

import pyshacl
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDFS, SH
from rdflib.util import guess_format

from kg import ontology
from kg.errors import KgError
from kg.graph import RESOURCE_PREFIXES
from kg.vocab import bind_prefixes

QUAD_FORMATS = {"trig", "nquads"}


def validate(graph_path: str | Path) -> tuple[bool, str]:
    """(conforms, report) for a graph file in any RDF format rdflib reads (by its extension)."""
    return validate_graph(load_graph(graph_path))


def validate_graph(graph: Graph) -> tuple[bool, str]:
    if not graph.store.context_aware:  # pyshacl wraps the data in a Dataset, which needs a store with contexts
        graph = copy_of(graph)
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none")
    if conforms:
        return True, f"conforms: {len(graph)} triples meet the shapes of ontology/shapes.ttl"
    for prefix, namespace in RESOURCE_PREFIXES.items():
        graph.bind(prefix, namespace)  # place:350000 in the report rather than the full IRI
    return False, _report(graph, results)


def copy_of(graph: Graph) -> Graph:
    """The triples and prefixes of `graph` in rdflib's default store."""
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace)
    copy += graph
    return copy


def shapes_graph() -> Graph:
    return ontology.graph("shapes.ttl")


def load_graph(graph_path: str | Path) -> Graph:
    """The triples of a graph file; for TriG and N-Quads, the union of its graphs."""
    path = Path(graph_path)
    if not path.is_file():
        raise KgError(f"no graph file at {path}")
    rdf_format = "json-ld" if path.suffix == ".jsonld" else guess_format(str(path))
    if rdf_format is None:
        raise KgError(f"cannot tell the RDF format of {path} from its extension")
    try:
        if rdf_format in QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=rdf_format)
            graph = Graph()
            for s, p, o, _ in dataset.quads():
                graph.add((s, p, o))
        else:
            graph = Graph()
            graph.parse(path, format=rdf_format)
    except Exception as error:  # rdflib raises many kinds of parse errors; the user needs one line
        raise KgError(f"cannot read {path} as {rdf_format}: {_first_line(error)}") from error
    bind_prefixes(graph)
    return graph


def _report(graph: Graph, results: Graph) -> str:
    """One line per problem: the node (and its label), the property, the shape's message, the value."""
    lines = []
    # Only the report's own results: nested ones (sh:detail) repeat them in shape-internal terms.
    for result in results.objects(None, SH.result):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        label = graph.value(focus, RDFS.label)
        line = f"- {_short(graph, focus)}"
        if label is not None:
            line += f" ({label})"
        if path is not None:
            line += f" {_short(graph, path)}"
        line += f": {message}"
        if value is not None:
            line += f" (found {_short(graph, value)})"
        lines.append(_first_line(line))
    lines.sort()
    return "\n".join([f"does not conform: {len(lines)} problem(s)"] + lines)


def _short(graph: Graph, term) -> str:
    if isinstance(term, Literal):
        return term.n3(graph.namespace_manager)
    try:
        return graph.namespace_manager.normalizeUri(term)
    except Exception:  # a blank node or path expression: its N3 form is still readable
        return term.n3()


def _first_line(value: object) -> str:
    text = str(value).strip()
    return text.splitlines()[0] if text else type(value).__name__
