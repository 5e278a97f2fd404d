"""SPARQL 1.1 over a graph file, on Oxigraph (pyoxigraph).

The store was chosen by measurement (docs/graph-model.md, "Query store"): on a 1M-triple graph pyoxigraph
loads and answers one to two orders of magnitude faster than rdflib's in-memory store. The kg prefixes
(kg/prefixes.py) are known to every query, so a query may use kg:, org:, schema: … without declaring them.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.prefixes import PREFIX_IRIS

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
STORE_STAMP = "kg-graph.sha256"  # in the saved store's folder: the hash of the graph file it holds
RESULT_FORMATS = ("table", "csv", "tsv", "json")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
}
# SPARQL Update starts (after its prologue) with one of these operations.
UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
COMMENT = re.compile(r"#[^\n]*")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class ResultTooLarge(KgError):
    pass


class UpdateRefused(KgError):
    pass


@dataclass
class Result:
    """A query answer: rows of a SELECT, the boolean of an ASK, or triples of a CONSTRUCT / DESCRIBE."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool = False
    triples: list[ox.Triple] = field(default_factory=list)


def run_query(graph_path: str | Path, query_text: str, fmt: str = "table") -> str:
    """Answer a query (text, or the path of a .rq file) on a graph file; CONSTRUCT and DESCRIBE give Turtle."""
    store = load_store(graph_path)
    return format_result(execute(store, read_query(query_text)), fmt)


def load_store(graph_path: str | Path, saved: bool = True) -> ox.Store:
    """An Oxigraph store holding the graph file (format by extension): with `saved`, the on-disk store
    `kg build` saved beside it when that store was made from exactly this file, else the file read into
    memory. The saved store opens at once (0.04 s for a million triples, against 2 s to parse the Turtle)
    but answers queries that touch most of the graph about six times slower (RocksDB against memory), so a
    single query wants it and a long-running server does not."""
    path = Path(graph_path)
    if not path.is_file():
        raise KgError(f"no graph file at {path}")
    if saved and saved_store_matches(path):
        try:
            return ox.Store.read_only(str(store_path(path)))
        except OSError:
            pass  # a store another program damaged: the file itself is the truth
    if path.suffix.lower() not in RDF_FORMATS:
        raise KgError(f"cannot tell the RDF format of {path} (use one of {', '.join(RDF_FORMATS)})")
    store = ox.Store()
    try:
        store.load(path=str(path), format=RDF_FORMATS[path.suffix.lower()])
    except (SyntaxError, ValueError, OSError) as error:
        raise KgError(f"cannot read {path}: {_one_line(error)}") from error
    return store


def store_path(graph_path: Path) -> Path:
    """Where `kg build` keeps the on-disk store of a graph file: graph.ttl -> graph.oxigraph/."""
    return graph_path.with_suffix(".oxigraph")


def make_store(graph_path: Path, data: bytes) -> Path:
    """The graph file as an on-disk Oxigraph store, so that `kg query` and `kg serve` open it at once instead
    of parsing the file (3 s for a 1M-triple Turtle file): the store of `data` (the graph file's bytes, written
    or about to be) in a temporary folder beside the graph file, for install_store. It records the SHA-256 of
    the file it was made from; load_store ignores it once the file changes. Oxigraph parses and loads without
    holding Python's lock, so a build renders its page meanwhile."""
    building = Path(tempfile.mkdtemp(dir=graph_path.parent, prefix=f".{store_path(graph_path).name}.",
                                     suffix=".tmp"))
    try:
        building.chmod(graph_path.parent.stat().st_mode | 0o111)  # mkdtemp's folder is private; the outputs are not
        fmt = RDF_FORMATS[graph_path.suffix.lower()]
        pieces = list(_turtle_pieces(data)) if fmt == ox.RdfFormat.TURTLE else [data]
        try:
            _bulk_load(building, pieces, fmt)
        except SyntaxError:
            if len(pieces) == 1:
                raise
            shutil.rmtree(building)  # a Turtle file not laid out as kg writes it: in one piece
            building.mkdir()
            _bulk_load(building, [data], fmt)
        (building / STORE_STAMP).write_text(hashlib.sha256(data).hexdigest(), encoding="ascii")
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return building


def _bulk_load(folder: Path, pieces: Iterable[bytes], fmt: ox.RdfFormat) -> None:
    store = ox.Store(str(folder))
    try:
        for piece in pieces:
            store.bulk_load(piece, format=fmt)
        store.optimize()
        store.flush()
    finally:
        del store  # closes the database (a raise's traceback would otherwise keep it open) before its folder moves


def _turtle_pieces(data: bytes, size: int = 4 << 20) -> Iterator[bytes]:
    """kg's Turtle (export.SortedTurtleSerializer) in pieces of about `size` bytes that each parse alone: the
    prefixes, then whole statements, which a blank line ends (no literal or IRI holds a raw line break). One
    bulk load of a million triples buffers about 600 MB; pieces of 4 MB keep it near 100 MB, in about the
    same time."""
    header_end = data.find(b"\n\n")
    if header_end < 0:
        yield data
        return
    header, position = data[:header_end + 1], header_end
    while position < len(data):
        cut = data.find(b"\n\n", position + size)
        cut = len(data) if cut < 0 else cut
        yield header + data[position:cut]
        position = cut


def install_store(graph_path: Path, building: Path) -> Path:
    """Swap the store make_store made in for the graph file's previous one, by renames, after the graph file
    itself is in place: a failure leaves the previous store (which no longer matches the file) or none, never
    a half-written one."""
    final = store_path(graph_path)
    retired = final.with_name(f".{final.name}.retired.tmp")
    try:
        shutil.rmtree(retired, ignore_errors=True)
        if final.exists():
            final.rename(retired)
        building.rename(final)
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return final


def saved_store_matches(graph_path: Path) -> bool:
    stamp = store_path(graph_path) / STORE_STAMP
    if not stamp.is_file():
        return False
    return stamp.read_text(encoding="ascii").strip() == hashlib.sha256(graph_path.read_bytes()).hexdigest()


def read_query(query_text: str) -> str:
    """The query itself: query_text, or the contents of the .rq file it names."""
    if query_text.strip().endswith(".rq") and "\n" not in query_text.strip():
        path = Path(query_text.strip())
        if not path.is_file():
            raise KgError(f"no query file at {path}")
        return path.read_text(encoding="utf-8")
    return query_text


def is_update(query_text: str) -> bool:
    return bool(UPDATE_START.match(COMMENT.sub(" ", query_text)))


def execute(store: ox.Store, query_text: str, max_rows: int | None = None) -> Result:
    """Run a query; more than max_rows rows (or triples) raises ResultTooLarge instead of cutting silently."""
    if is_update(query_text):
        raise UpdateRefused("SPARQL Update is refused: the graph is read-only")
    try:
        answer = store.query(query_text, prefixes=PREFIX_IRIS, use_default_graph_as_union=True)
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = _bounded((tuple(solution) for solution in answer), max_rows, "rows")
            return Result("select", variables=variables, rows=rows)
        return Result("graph", triples=_bounded(iter(answer), max_rows, "triples"))
    except SyntaxError as error:
        raise KgError(f"query syntax error: {_one_line(error)}") from error
    except OSError as error:
        raise KgError(f"query failed: {_one_line(error)}") from error


def format_result(result: Result, fmt: str) -> str:
    """The result as text: table, csv, tsv or json for SELECT / ASK; Turtle (or N-Triples) for graphs."""
    if result.kind == "graph":
        return _graph_text(result.triples, "ntriples" if fmt == "ntriples" else "turtle")
    if fmt not in RESULT_FORMATS:
        raise KgError(f"unknown result format {fmt!r} (choose from {', '.join(RESULT_FORMATS)})")
    if result.kind == "ask":
        return _boolean_text(result.boolean, fmt)
    return {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


def result_format_of(result: Result, fmt: str) -> str:
    """The format format_result actually writes for this result (graphs are always RDF)."""
    if result.kind == "graph":
        return "ntriples" if fmt == "ntriples" else "turtle"
    return fmt


def _bounded(items, max_rows: int | None, what: str) -> list:
    collected = []
    for item in items:
        if max_rows is not None and len(collected) >= max_rows:
            raise ResultTooLarge(f"the result has more than {max_rows} {what}; add a LIMIT to the query")
        collected.append(item)
    return collected


def _json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON Format."""
    bindings = [
        {name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _json_term(term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
        return {"type": "literal", "value": term.value}
    return {"type": "triple", "value": str(term)}  # RDF-star quoted triple, outside SPARQL 1.1


def _csv(result: Result) -> str:
    """SPARQL 1.1 CSV: plain values (IRIs, lexical forms), CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if term is None else _plain(term) for term in row])
    return out.getvalue()


def _tsv(result: Result) -> str:
    """SPARQL 1.1 TSV: terms in N-Triples/Turtle syntax (tabs and newlines in literals escaped)."""
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _boolean_text(value: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value})
    return ("true" if value else "false") + "\n"


def _table(result: Result) -> str:
    """A plain-text table for people: prefixed names, lexical values, one line per row."""
    header = [(name, _width(name)) for name in result.variables]
    cells = [[(text, _width(text)) for text in map(_display, row)] for row in result.rows]
    widths = [max(column) for column in zip(*([w for _, w in row] for row in [header, *cells]))]
    lines = [_table_line(header, widths), "-+-".join("-" * w for w in widths)]
    lines += [_table_line(row, widths) for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _table_line(cells: list[tuple[str, int]], widths: list[int]) -> str:
    return " | ".join(text + " " * (width - own) for (text, own), width in zip(cells, widths)).rstrip()


def _display(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIX_IRIS.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    # Control characters (newlines, tabs …) shown escaped, so every row stays one line.
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _plain(term))


def _plain(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _width(text: str) -> int:
    """Display width: East Asian wide and fullwidth characters take two columns."""
    if text.isascii():
        return len(text)
    return sum(map(CHARACTER_WIDTHS.__getitem__, text))


class _CharacterWidths(dict):
    """Columns per character, each worked out once: a table of a large result holds millions of characters
    but a few thousand different ones."""

    def __missing__(self, character: str) -> int:
        self[character] = 2 if unicodedata.east_asian_width(character) in "WF" else 1
        return self[character]


CHARACTER_WIDTHS = _CharacterWidths()


def _graph_text(triples: list[ox.Triple], fmt: str) -> str:
    rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "ntriples" else ox.RdfFormat.TURTLE
    return ox.serialize(triples, format=rdf_format, prefixes=PREFIX_IRIS).decode("utf-8")


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return " ".join(text.split()) if text else type(error).__name__
