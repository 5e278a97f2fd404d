"""SPARQL 1.1 over a graph file, on Oxigraph (pyoxigraph).

The store was chosen by measurement (docs/graph-model.md, "Query store"): on a 1M-triple graph pyoxigraph
loads and answers one to two orders of magnitude faster than rdflib's in-memory store. The kg prefixes
(kg/prefixes.py) are known to every query, so a query may use kg:, org:, schema: … without declaring them.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
STORE_STAT = "kg-graph.stat"  # beside it: the graph file's size and time as installed, which spare the hash
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
# N-Triples' escapes in a literal (ECHAR, UCHAR), as Oxigraph writes terms.
ESCAPE = re.compile(r"\\(?:u(?P<short>[0-9A-Fa-f]{4})|U(?P<long>[0-9A-Fa-f]{8})|(?P<char>.))")
ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


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
    return answer_text(load_store(graph_path), read_query(query_text), fmt)


def answer_text(store: ox.Store, query_text: str, fmt: str) -> str:
    """The answer in a format of format_result, as kg query gives it."""
    return table_of(store, query_text) if fmt == "table" else format_result(execute(store, query_text), fmt)


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
        (final / STORE_STAT).write_text(_file_stat(graph_path), encoding="ascii")
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return final


def saved_store_matches(graph_path: Path) -> bool:
    """Whether the saved store holds the graph file as it is: the file unchanged since the store was installed
    (its size and time, as make and rsync tell), or else of the hash the store was made from (a 100 MB file
    takes 0.1 s to hash)."""
    stamp, stat = store_path(graph_path) / STORE_STAMP, store_path(graph_path) / STORE_STAT
    if not stamp.is_file():
        return False
    if stat.is_file() and stat.read_text(encoding="ascii") == _file_stat(graph_path):
        return True
    return stamp.read_text(encoding="ascii").strip() == hashlib.sha256(graph_path.read_bytes()).hexdigest()


def _file_stat(path: Path) -> str:
    status = path.stat()
    return f"{status.st_size} {status.st_mtime_ns}"


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
    return _result(_answer(store, query_text), max_rows)


def _result(answer, max_rows: int | None = None) -> Result:
    with _query_errors():
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = _bounded((tuple(solution) for solution in answer), max_rows, "rows")
            return Result("select", variables=variables, rows=rows)
        return Result("graph", triples=_bounded(iter(answer), max_rows, "triples"))


def table_of(store: ox.Store, query_text: str) -> str:
    """The answer as format_result's table, a SELECT's rows read from Oxigraph's own TSV writer: their terms
    never become Python objects, which on a large answer (35,700 rows of eight terms) saves a third of the time."""
    answer = _answer(store, query_text)
    if not isinstance(answer, ox.QuerySolutions):
        return format_result(_result(answer), "table")
    with _query_errors():
        tsv = answer.serialize(format=ox.QueryResultsFormat.TSV)
    head = tsv[:tsv.index(b"\n")].decode("utf-8")
    variables = [name.removeprefix("?") for name in head.split("\t")] if head else []
    # Each line ends in a line break and no term holds a tab or one (TSV escapes them): one split of the bytes
    # gives the cells, row after row, without a list per row; only their distinct terms are decoded (in _table).
    cells = tsv.replace(b"\n", b"\t").split(b"\t")[len(variables):-1] if variables else []
    return _table(variables, cells, tsv.count(b"\n") - 1)


def _answer(store: ox.Store, query_text: str):
    if is_update(query_text):
        raise UpdateRefused("SPARQL Update is refused: the graph is read-only")
    with _query_errors():
        return store.query(query_text, prefixes=PREFIX_IRIS, use_default_graph_as_union=True)


@contextmanager
def _query_errors() -> Iterator[None]:
    """Oxigraph's errors as KgErrors: it reports some only as the answer is read."""
    try:
        yield
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
    return {"table": _term_table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt](result)


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


def _term_table(result: Result) -> str:
    cells = ["" if term is None else str(term) for row in result.rows for term in row]
    return _table(result.variables, cells, len(result.rows))


def _table(variables: list[str], cells: list[str] | list[bytes], row_count: int) -> str:
    """A plain-text table for people, one line per row, of terms written as N-Triples and SPARQL TSV write them:
    prefixed names, lexical values. `cells` holds the rows' terms one row after another, as text or as UTF-8
    (from Oxigraph's TSV). Each column's distinct terms are shown and padded once: a large answer repeats its
    predicates, entities, articles, files and offsets many times; the cells are then looked up a column at a
    time and joined once, not a row at a time."""
    count = len(variables)
    columns = [cells[index::count] for index in range(count)]
    distinct = [set(column) for column in columns]
    shown = {term: _shown(term if isinstance(term, str) else term.decode("utf-8")) for term in set().union(*distinct)}
    widths = [max([_width(name)] + [shown[term][1] for term in column]) for name, column in zip(variables, distinct)]
    texts = [""] * len(cells)
    for index, (column, terms, width) in enumerate(zip(columns, distinct, widths)):
        cell_texts = _cell_texts(terms, shown, width, last=index == count - 1)
        texts[index::count] = map(cell_texts.__getitem__, column)
    if count:
        _strip_blank_ends(texts, count)
    else:
        texts = ["\n"] * row_count  # rows without variables: one empty line each
    header = " | ".join(_padded(name, _width(name), width) for name, width in zip(variables, widths)).rstrip()
    rule = "-+-".join("-" * width for width in widths)
    return "".join([header, "\n", rule, "\n", *texts, f"({row_count} row{'s' if row_count != 1 else ''})\n"])


def _cell_texts(terms: set[str | bytes], shown: dict[str | bytes, tuple[str, int]], width: int,
                last: bool) -> dict[str | bytes, str]:
    """Each term of a column as its line has it: padded and followed by the column separator, or, in the last
    column, ending the line (a line keeps no trailing spaces)."""
    if last:
        return {term: shown[term][0].rstrip() + "\n" for term in terms}
    return {term: _padded(*shown[term], width) + " | " for term in terms}


def _strip_blank_ends(texts: list[str], count: int) -> None:
    """Lines whose last cell shows nothing (an unbound variable) end at their last visible character: such a
    line's trailing separator and padding, as far back as they go, are cut; the line takes its first cell's
    place in `texts`, its other cells emptied."""
    ends = texts[count - 1::count]
    if "\n" not in ends:  # the usual case, tested in C
        return
    for row in [row for row, end in enumerate(ends) if end == "\n"]:
        start = row * count
        texts[start:start + count] = ["".join(texts[start:start + count]).rstrip() + "\n"] + [""] * (count - 1)


def _shown(term: str) -> tuple[str, int]:
    text = _display(term)
    return text, _width(text)


def _padded(text: str, own: int, width: int) -> str:
    return text + " " * (width - own)


def _display(term: str) -> str:
    """A term as people read it, from its N-Triples form: an IRI as a prefixed name where a kg prefix covers
    it, a literal as its lexical value, with control characters (newlines, tabs …) shown escaped so that every
    row stays one line; blank nodes, numbers and booleans as written."""
    if term.startswith("<") and not term.startswith("<<"):  # << … >>: an RDF-star triple, as written
        return _iri_display(term[1:-1])
    text = term
    if term.startswith('"'):
        text = term[1:term.rindex('"')]
        text = ESCAPE.sub(_unescaped, text) if "\\" in text else text
    return text if text.isprintable() else CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _unescaped(escape: re.Match) -> str:
    code = escape["short"] or escape["long"]
    return chr(int(code, 16)) if code else ECHARS.get(escape["char"], escape[0])


@functools.cache
def _iri_display(iri: str) -> str:
    """An IRI as a prefixed name where a kg prefix covers it (a result names a few IRIs many times)."""
    for prefix, namespace in PREFIX_IRIS.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _plain(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _width(text: str) -> int:
    """Display width: East Asian wide and fullwidth characters take two columns."""
    if text.isascii():
        return len(text)
    if BEYOND_NARROW_TABLE.search(text):  # rare: each character looked up
        return sum(map(CHARACTER_WIDTHS.__getitem__, text))
    # Chinese text is mostly wide: counting its few narrow characters in C is ten times faster than a lookup each.
    return 2 * len(text) - len(_narrow_characters().findall(text))


@functools.cache
def _narrow_characters() -> re.Pattern:
    """A character class of the Basic Multilingual Plane's narrow characters (all but East Asian wide and
    fullwidth), worked out once from unicodedata (about 15 ms). Python's re tests a class of that plane alone in
    one step; ranges beyond it it tests one by one."""
    ranges, start = [], None
    for code in range(NARROW_TABLE_END + 1):  # one past the table, so that a run of narrow characters at its end closes
        narrow = code < NARROW_TABLE_END and unicodedata.east_asian_width(chr(code)) not in "WF"
        if narrow and start is None:
            start = code
        elif not narrow and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]")


NARROW_TABLE_END = 0x10000
BEYOND_NARROW_TABLE = re.compile("[\U00010000-\U0010ffff]")


class _CharacterWidths(dict):
    """Columns per character, each worked out once, for the rare text beyond _narrow_characters' table."""

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
