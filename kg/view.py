"""The interactive HTML graph: one self-contained page (vis-network through pyvis), no network access.

The page is built from three parts: pyvis assembles the vis-network nodes and edges, `kg/view_assets/` holds the
page template, its script and its style, and the vis-network library comes from the copy pyvis ships. All document
text travels as JSON inside `<script type="application/json">` and reaches the page only through `textContent`
and canvas drawing, so it never runs as HTML or script.
"""
from __future__ import annotations

import importlib.resources
import json
import re
from collections import defaultdict
from pathlib import Path

import jinja2
import pyvis
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg import ontology
from kg.errors import KgError
from kg.export import write_atomically
from kg.vocab import DCTERMS, KG, ORG, PREFIXES, PROV

# Node types in order of precedence (a node gets the first it has), with their colour and vis-network shape.
# Shapes draw the label below the node, so node size can follow the mention count.
TYPE_STYLES = {
    "Person": ("#e15759", "dot"),
    "Organization": ("#4e79a7", "square"),
    "Place": ("#59a14f", "triangle"),
    "Meeting": ("#edc948", "star"),
    "Program": ("#f28e2b", "diamond"),
    "Policy": ("#b07aa1", "hexagon"),
    "Concept": ("#76b7b2", "dot"),
    "Post": ("#bab0ac", "dot"),
    "Article": ("#9c755f", "square"),
}
ENTITY_TYPES = tuple(t for t in TYPE_STYLES if t != "Article")

# Literal properties shown in a node's or a folded post's tooltip, in this order.
FACT_PROPERTIES = (KG.adcode, KG.level, KG.title, KG.startDate, KG.endDate, KG.dateText, DCTERMS.issued)

# org:heldBy is the inverse of org:holds: drawing both would double every post edge.
SKIPPED_EDGE_PROPERTIES = {RDF.type, ORG.heldBy}

MAX_EVIDENCE = 3
MAX_LABEL_CHARS = 16
ASSETS = importlib.resources.files("kg").joinpath("view_assets")
# pyvis ships vis-network's standalone build (dual Apache-2.0/MIT; the licence header stays in the inlined file).
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

# vis-network options: bounded stabilisation (the page script turns physics off when it ends) and a fixed
# random seed, so a graph always lays out the same way.
VIS_OPTIONS = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": False},
    "physics": {
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -2500, "springLength": 70, "avoidOverlap": 0.3},
        "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 50, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "navigationButtons": False},
    "nodes": {
        "scaling": {"min": 8, "max": 36, "label": {"enabled": True, "min": 12, "max": 22, "drawThreshold": 3}},
        "font": {"size": 13, "face": "sans-serif"},
        "borderWidth": 1,
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#9aa0a6", "highlight": "#d93025", "hover": "#5f6368"},
        "font": {"size": 10, "color": "#5f6368", "strokeWidth": 3, "align": "middle"},
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
        "width": 1,
    },
}


# ---------------------------------------------------------------------------------------------- subgraphs


def subgraph_by_construct(graph: Graph, query: str) -> Graph:
    """The triples a SPARQL CONSTRUCT query builds, with what the page needs to show them (labels, types, evidence)."""
    try:
        result = graph.query(query, initNs=PREFIXES)
    except Exception as error:  # rdflib raises pyparsing and its own errors alike
        raise KgError(f"cannot run the CONSTRUCT query: {error}") from None
    if result.type != "CONSTRUCT":
        raise KgError(f"the view needs a CONSTRUCT query, not {result.type}")
    core = Graph()
    for triple in result.graph:
        core.add(triple)
    return _with_context(graph, core)


def subgraph_around(graph: Graph, entity_iri_or_label: str, radius: int) -> Graph:
    """An entity and every entity within `radius` relation hops of it (posts do not count as a hop)."""
    if radius < 0:
        raise KgError(f"the radius must be 0 or more, not {radius}")
    start = find_entity(graph, entity_iri_or_label)
    entities = _entity_types(graph)
    reached = {start}
    frontier = {start}
    for _ in range(radius):
        frontier = {n for node in frontier for n in _neighbours(graph, entities, node)} - reached
        reached |= frontier
    core = Graph()
    for node in reached:
        core.add((node, RDF.type, KG[entities[node]]))
        for p, o in graph.predicate_objects(node):
            if o in reached:
                core.add((node, p, o))
    return _with_context(graph, core)


def find_entity(graph: Graph, entity_iri_or_label: str) -> URIRef:
    """The entity named by a full IRI, a prefixed name (kgr:place/330000), a label or an alias."""
    entities = _entity_types(graph)
    iri = _expand(entity_iri_or_label)
    if iri in entities:
        return iri
    for properties in ((RDFS.label, SKOS.prefLabel), (SKOS.altLabel, KG.title)):
        found = sorted(
            {s for p in properties for s in graph.subjects(p, None) if s in entities
             and any(str(o) == entity_iri_or_label for o in graph.objects(s, p))}
        )
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(str(s) for s in found[:5])
            raise KgError(f"'{entity_iri_or_label}' names {len(found)} entities ({names}); give an IRI instead")
    raise KgError(f"no entity has the IRI, label or alias '{entity_iri_or_label}'")


def _expand(name: str) -> URIRef:
    prefix, _, rest = name.partition(":")
    if prefix in PREFIXES and not rest.startswith("//"):
        return URIRef(PREFIXES[prefix] + rest)
    return URIRef(name)


def _neighbours(graph: Graph, entities: dict[Node, str], node: Node) -> set[Node]:
    """Entities one relation away; a post's own neighbours count as the holder's (the page folds posts into edges)."""
    direct = {o for p, o in graph.predicate_objects(node) if p != RDF.type and o in entities}
    direct |= {s for s in graph.subjects(None, node) if s in entities}
    posts = {n for n in direct if entities[n] == "Post"}
    if entities.get(node) != "Post":
        for post in posts:
            direct |= _neighbours(graph, entities, post)
    direct.discard(node)
    return direct


def _with_context(graph: Graph, core: Graph) -> Graph:
    """`core` plus, for each resource in it, its types and literals, its mention counts and its evidence."""
    result = Graph()
    for triple in core:
        result.add(triple)
    resources = {t for triple in core for t in (triple[0], triple[2]) if isinstance(t, URIRef)}
    for node in resources:
        for p, o in graph.predicate_objects(node):
            if p == RDF.type or isinstance(o, Literal):
                result.add((node, p, o))
        for count in graph.subjects(KG.ofEntity, node):
            for p, o in graph.predicate_objects(count):
                result.add((count, p, o))
    for s, p, o in core:
        for assertion in _assertions_of(graph, s, p, o):
            _add_evidence(graph, result, assertion)
    return result


def _assertions_of(graph: Graph, s: Node, p: Node, o: Node) -> set[Node]:
    return {
        a for a in graph.subjects(RDF.subject, s)
        if (a, RDF.predicate, p) in graph and (a, RDF.object, o) in graph
    }


def _add_evidence(graph: Graph, result: Graph, assertion: Node) -> None:
    for p, o in graph.predicate_objects(assertion):
        result.add((assertion, p, o))
    for evidence in graph.objects(assertion, PROV.wasDerivedFrom):
        for p, o in graph.predicate_objects(evidence):
            result.add((evidence, p, o))


def _entity_types(graph: Graph, articles: bool = False) -> dict[Node, str]:
    """Node -> its type key, for every entity (and article, when asked) in the graph."""
    kinds = TYPE_STYLES if articles else ENTITY_TYPES
    found: dict[Node, str] = {}
    for kind in reversed(kinds):  # the first type in TYPE_STYLES order wins
        for node in graph.subjects(RDF.type, KG[kind]):
            if not isinstance(node, BNode):
                found[node] = kind
    return found


# ------------------------------------------------------------------------------------------- labels


def _ontology() -> Graph:
    """The kg ontology, for the Chinese labels of classes and properties."""
    return ontology.graph("kg.ttl")


def _local_name(iri: Node) -> str:
    return re.split(r"[#/]", str(iri).rstrip("/#"))[-1]


def _best_literal(graph: Graph, subject: Node, properties: tuple[URIRef, ...]) -> str:
    """The first value, preferring Chinese then untagged literals, of the first property that has one."""
    for p in properties:
        values = sorted(graph.objects(subject, p), key=lambda o: (_language_rank(o), str(o)))
        if values:
            return str(values[0])
    return ""


def _language_rank(value: Node) -> int:
    language = getattr(value, "language", None) or ""
    return 0 if language.startswith("zh") else 1 if not language else 2


def vocabulary_label(graph: Graph, term: Node) -> str:
    """The Chinese label of a class or property: from the ontology, else from the graph, else its local name."""
    for source in (_ontology(), graph):
        label = _best_literal(source, term, (RDFS.label, SKOS.prefLabel))
        if label:
            return label
    return _local_name(term)


def _node_name(graph: Graph, node: Node) -> str:
    return (
        _best_literal(graph, node, (RDFS.label, SKOS.prefLabel, KG.title, DCTERMS.title))
        or _local_name(node)
    )


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"


# ------------------------------------------------------------------------------------------- page data


def _evidence_index(graph: Graph) -> tuple[dict, dict]:
    """Evidence sentences by (s, p, o) triple and by entity, each list in source order."""
    by_triple: dict[tuple, list] = defaultdict(list)
    by_node: dict[Node, list] = defaultdict(list)
    for assertion in graph.subjects(RDF.type, KG.Assertion):
        s, p, o = (graph.value(assertion, q) for q in (RDF.subject, RDF.predicate, RDF.object))
        for evidence in graph.objects(assertion, PROV.wasDerivedFrom):
            item = _evidence_item(graph, evidence)
            if item:
                by_triple[(s, p, o)].append(item)
                by_node[s].append(item)
                by_node[o].append(item)
    return by_triple, by_node


def _evidence_item(graph: Graph, evidence: Node) -> tuple | None:
    text = graph.value(evidence, PROV.value)
    if text is None:
        return None
    start = graph.value(evidence, KG.startOffset)
    end = graph.value(evidence, KG.endOffset)
    source = str(graph.value(evidence, KG.source) or "")
    offset = int(start.toPython()) if start is not None else -1
    where = f"{source}:{start}-{end}" if source and start is not None else source
    return (source, offset, str(text), where)


def _evidence_json(items: list[tuple]) -> list[dict]:
    unique = sorted(set(items))[:MAX_EVIDENCE]
    return [{"text": text, "where": where} for _, _, text, where in unique]


def _facts(graph: Graph, node: Node) -> list[list[str]]:
    facts = []
    for p in FACT_PROPERTIES:
        for value in sorted(str(o) for o in graph.objects(node, p)):
            facts.append([vocabulary_label(graph, p), value])
    return facts


def _mention_counts(graph: Graph) -> dict[Node, int]:
    counts: dict[Node, int] = defaultdict(int)
    for record in graph.subjects(RDF.type, KG.MentionCount):
        entity = graph.value(record, KG.ofEntity)
        count = graph.value(record, KG["count"])
        if entity is not None and count is not None:
            counts[entity] += int(count.toPython())
    return counts


def _post_edges(graph: Graph, nodes: dict[Node, str], by_triple: dict) -> tuple[list[dict], set[Node], dict]:
    """Posts with a holder and an organization (or place) become edges "holder -[title]-> organization".

    Returns the edges, the folded posts, and per holder the post lines for its tooltip.
    """
    edges, folded, roles = [], set(), defaultdict(list)
    for post in sorted(n for n, kind in nodes.items() if kind == "Post"):
        holders = {s for s in graph.subjects(ORG.holds, post)} | set(graph.objects(post, ORG.heldBy))
        holders = sorted(h for h in holders if h in nodes)
        targets = sorted(o for o in graph.objects(post, ORG.postIn) if o in nodes) or sorted(
            o for o in graph.objects(post, KG.jurisdiction) if o in nodes
        )
        if not holders or not targets:
            continue
        folded.add(post)
        title = _node_name(graph, post)
        facts = [f for f in _facts(graph, post) if f[0] != vocabulary_label(graph, KG.title)]
        for place in sorted(graph.objects(post, KG.jurisdiction)):
            facts.append([vocabulary_label(graph, KG.jurisdiction), _node_name(graph, place)])
        for holder in holders:
            for target in targets:
                evidence = by_triple[(holder, ORG.holds, post)] + by_triple[(post, ORG.postIn, target)]
                edges.append(_edge(holder, ORG.holds, target, title, facts, evidence))
                roles[holder].append(
                    " · ".join([title, _node_name(graph, target)] + [value for _, value in facts])
                )
    return edges, folded, roles


def _edge(source: Node, relation: Node, target: Node, label: str, facts: list, evidence: list) -> dict:
    return {"from": str(source), "to": str(target), "relation": str(relation), "label": label,
            "facts": facts, "evidence": _evidence_json(evidence)}


def page_data(graph: Graph, *, focus: str | None = None, max_default_nodes: int = 150,
              articles: bool = False) -> dict:
    """Everything the page shows, as plain JSON-ready data (nodes in vis-network form, through pyvis)."""
    nodes = _entity_types(graph, articles)
    by_triple, by_node = _evidence_index(graph)
    edges, folded, roles = _post_edges(graph, nodes, by_triple)
    for node in folded:
        del nodes[node]
    for s in sorted(nodes):
        for p, o in sorted(graph.predicate_objects(s)):
            if o in nodes and o != s and p not in SKIPPED_EDGE_PROPERTIES:
                edges.append(_edge(s, p, o, vocabulary_label(graph, p), [], by_triple[(s, p, o)]))
    edges.sort(key=lambda e: (e["from"], e["relation"], e["to"], e["label"]))

    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    mentions = _mention_counts(graph)
    score = {str(n): mentions.get(n, 0) + degree[str(n)] for n in nodes}
    # The default view is the most connected part: linked entities first, then the most mentioned, so that
    # often-quoted but unlinked concepts do not crowd out the people, places and bodies that relate.
    ranked = sorted(nodes, key=lambda n: (degree[str(n)] == 0, -score[str(n)], _node_name(graph, n), str(n)))
    focus_iri = str(find_entity(graph, focus)) if focus else None
    top = {str(n) for n in ranked[:max_default_nodes]} | ({focus_iri} if focus_iri else set())

    network = Network(directed=True)
    for node in sorted(nodes, key=str):
        kind = nodes[node]
        colour, shape = TYPE_STYLES[kind]
        name = _node_name(graph, node)
        network.add_node(
            str(node), label=_short(name), shape=shape, color=colour,
            value=1 if kind == "Post" else 2 + score[str(node)],
            kind=kind, name=name, top=str(node) in top,
            aliases=sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} - {name}),
            facts=_facts(graph, node) + [[vocabulary_label(graph, ORG.holds), r] for r in sorted(roles[node])],
            mentions=mentions.get(node, 0), degree=degree[str(node)],
            evidence=_evidence_json(by_node[node]),
        )
    relations = sorted({e["relation"] for e in edges})
    for number, edge in enumerate(edges):
        network.add_edge(edge.pop("from"), edge.pop("to"), id=f"e{number}",
                         rel=relations.index(edge.pop("relation")), **edge)
    present = [kind for kind in TYPE_STYLES if kind in set(nodes.values())]
    return {
        "nodes": network.nodes,
        "edges": network.edges,
        "types": [
            {"key": kind, "label": vocabulary_label(graph, KG[kind]), "color": TYPE_STYLES[kind][0],
             "shape": TYPE_STYLES[kind][1], "count": sum(1 for k in nodes.values() if k == kind)}
            for kind in present
        ],
        "relations": [
            {"iri": iri, "label": vocabulary_label(graph, URIRef(iri)),
             "count": sum(1 for e in network.edges if e["rel"] == number)}
            for number, iri in enumerate(relations)
        ],
        "focus": focus_iri,
        "defaultCount": len(top),
        "options": VIS_OPTIONS,
    }


# ------------------------------------------------------------------------------------------- the page


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&` or line separators left as such."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _inline(text: str, element: str) -> Markup:
    """Library or page code, checked so it cannot close the element that holds it."""
    if re.search(rf"</{element}|<!--", text, re.IGNORECASE):
        raise KgError(f"cannot inline code that contains '</{element}' or '<!--'")
    return Markup(text)


def render_page(data: dict) -> str:
    environment = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    template = environment.from_string(ASSETS.joinpath("graph.html").read_text(encoding="utf-8"))
    return template.render(
        types=data["types"],
        relations=data["relations"],
        node_count=len(data["nodes"]),
        data_json=Markup(script_json(data)),
        vis_css=_inline((VIS_DIR / "vis-network.css").read_text(encoding="utf-8"), "style"),
        vis_js=_inline((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"), "script"),
        page_css=_inline(ASSETS.joinpath("view.css").read_text(encoding="utf-8"), "style"),
        page_js=_inline(ASSETS.joinpath("view.js").read_text(encoding="utf-8"), "script"),
    )


def render_html(graph: Graph, out_path: Path, *, focus: str | None = None, radius: int = 1,
                max_default_nodes: int = 150, articles: bool = False) -> None:
    """Write the interactive page for `graph` (or for `focus` and its neighbours within `radius`) to `out_path`."""
    if focus:
        graph = subgraph_around(graph, focus, radius)
    html = render_page(page_data(graph, focus=focus, max_default_nodes=max_default_nodes, articles=articles))
    write_atomically(Path(out_path), html.encode("utf-8"))  # a reader never sees half a page
