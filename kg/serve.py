"""A read-only SPARQL 1.1 Protocol endpoint: http://127.0.0.1:PORT/sparql.

Queries run in worker processes that each hold the graph in an Oxigraph store: a query past the time limit
is stopped by ending its worker (a thread cannot be interrupted), and a fresh worker takes its place.
Answers and errors are plain data (SPARQL results, RDF, or text/plain messages); nothing from a request is
ever written into HTML.
"""
from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError
from kg.query import (
    MEDIA_TYPES,
    ResultTooLarge,
    UpdateRefused,
    execute,
    format_result,
    is_update,
    load_store,
)

MAX_REQUEST_BYTES = 1 << 20
RESULT_MEDIA = {  # media type -> result format, for SELECT and ASK; the first is the default
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "table",
}
GRAPH_MEDIA = {  # for CONSTRUCT and DESCRIBE
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
}
FORM_PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>kg SPARQL</title></head>
<body><h1>kg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 at <code>/sparql</code>. The prefixes kg:, kgr:, org:, schema:, dcterms:, prov:,
skos:, rdf:, rdfs:, owl: and xsd: are predeclared.</p>
<form method="get" action="/sparql">
<textarea name="query" rows="12" cols="100">SELECT ?entity ?label WHERE { ?entity rdfs:label ?label } LIMIT 20</textarea><br>
<button type="submit">Run</button>
</form></body></html>
""".encode("utf-8")


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes


def serve(graph_path: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout_s: float = 30.0,
          max_rows: int = 100_000, workers: int = 2) -> None:
    """Serve the graph until interrupted (Ctrl-C)."""
    server = make_server(graph_path, host, port, timeout_s, max_rows, workers)
    print(f"SPARQL endpoint at http://{host}:{server.server_address[1]}/sparql (Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def make_server(graph_path: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout_s: float = 30.0,
                max_rows: int = 100_000, workers: int = 2) -> EndpointServer:
    """A server bound to (host, port) (port 0: a free one) with its workers ready; call serve_forever()."""
    pool = WorkerPool(str(graph_path), workers, timeout_s, max_rows)
    try:
        return EndpointServer((host, port), pool)
    except OSError as error:
        pool.close()
        raise KgError(f"cannot listen on {host}:{port}: {error.strerror or error}") from error


class EndpointServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], pool: WorkerPool):
        self.pool = pool
        super().__init__(address, SparqlHandler)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class SparqlHandler(BaseHTTPRequestHandler):
    server: EndpointServer
    server_version = "kg-sparql"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", FORM_PAGE))
        elif url.path == "/sparql":
            self._answer(parse_qs(url.query))
        else:
            self._send(_text(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._send(_text(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self._send(_text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request larger than {MAX_REQUEST_BYTES} bytes"))
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            params.update(parse_qs(body))
        elif media == "application/sparql-update":
            params["update"] = [body]
        else:
            self._send(_text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                             "POST a query as application/sparql-query or application/x-www-form-urlencoded"))
            return
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send(_text(HTTPStatus.FORBIDDEN, "SPARQL Update is refused: this endpoint is read-only"))
        elif len(params.get("query", [])) != 1:
            self._send(_text(HTTPStatus.BAD_REQUEST, "give exactly one query parameter"))
        elif any(params.get(name) for name in ("default-graph-uri", "named-graph-uri")):
            self._send(_text(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported"))
        elif is_update(params["query"][0]):
            self._send(_text(HTTPStatus.FORBIDDEN, "SPARQL Update is refused: this endpoint is read-only"))
        else:
            self._send(self.server.pool.ask(params["query"][0], self.headers.get("Accept", "")))

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(reply.body)


class WorkerPool:
    """Worker processes holding the graph; one query at a time each."""

    def __init__(self, graph_path: str, size: int, timeout_s: float, max_rows: int):
        self.graph_path, self.timeout_s, self.max_rows = graph_path, timeout_s, max_rows
        self.context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.closed = False
        for _ in range(max(1, size)):
            self.idle.put(self._start_worker())

    def ask(self, query_text: str, accept: str) -> Reply:
        try:
            worker = self.idle.get(timeout=self.timeout_s)
        except queue.Empty:
            return _text(HTTPStatus.SERVICE_UNAVAILABLE, "all query workers are busy; try again later")
        try:
            worker.connection.send((query_text, accept))
            if worker.connection.poll(self.timeout_s):
                reply = worker.connection.recv()
                self.idle.put(worker)
                return reply
        except (EOFError, OSError):
            worker.stop()
            self._replace()
            return _text(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker failed; try again")
        worker.stop()
        self._replace()
        return _text(HTTPStatus.SERVICE_UNAVAILABLE,
                     f"query stopped: it ran longer than the time limit of {self.timeout_s:g} s")

    def close(self) -> None:
        self.closed = True
        while not self.idle.empty():
            self.idle.get_nowait().stop()

    def _replace(self) -> None:
        """Start a new worker in the background: loading a big graph takes a while."""
        def start() -> None:
            try:
                if not self.closed:
                    self.idle.put(self._start_worker())
            except KgError as error:  # e.g. the graph file was removed: requests then get "busy"
                print(f"kg serve: cannot restart a query worker: {error}", file=sys.stderr)

        threading.Thread(target=start, daemon=True).start()

    def _start_worker(self) -> Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(self.graph_path, self.max_rows, child),
                                       daemon=True)
        process.start()
        child.close()
        worker = Worker(process, parent)
        status, message = parent.recv() if parent.poll(None) else ("error", "worker exited")
        if status != "ready":
            worker.stop()
            raise KgError(message)
        return worker


@dataclass
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


def _worker_main(graph_path: str, max_rows: int, connection: Connection) -> None:
    try:
        store = load_store(graph_path, saved=False)  # in memory: loaded once, then every query is faster
    except KgError as error:
        connection.send(("error", str(error)))
        return
    connection.send(("ready", str(len(store))))
    while True:
        try:
            query_text, accept = connection.recv()
        except EOFError:
            return
        connection.send(answer(store, query_text, accept, max_rows))


def answer(store, query_text: str, accept: str, max_rows: int) -> Reply:
    """The HTTP reply to one query: results in the negotiated format, or a plain-text error."""
    try:
        result = execute(store, query_text, max_rows)
    except UpdateRefused as error:
        return _text(HTTPStatus.FORBIDDEN, str(error))
    except ResultTooLarge as error:
        return _text(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
    except KgError as error:
        return _text(HTTPStatus.BAD_REQUEST, str(error))
    choices = GRAPH_MEDIA if result.kind == "graph" else RESULT_MEDIA
    media = negotiate(accept, list(choices))
    if media is None:
        return _text(HTTPStatus.NOT_ACCEPTABLE, f"this result can be sent as {', '.join(choices)}")
    fmt = choices[media]
    return Reply(HTTPStatus.OK, MEDIA_TYPES[fmt], format_result(result, fmt).encode("utf-8"))


def negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers: each offered type takes the q of the most specific
    pattern matching it; the highest q wins, ties go to the earlier offered type. An empty header accepts
    the first offered type; None when nothing offered is acceptable."""
    if not accept.strip():
        return offered[0]
    patterns = _accepted(accept)
    best, best_quality = None, 0.0
    for media in offered:
        matching = [(2 - pattern.count("*"), quality) for pattern, quality in patterns if _matches(pattern, media)]
        quality = max(matching)[1] if matching else 0.0
        if quality > best_quality:
            best, best_quality = media, quality
    return best


def _accepted(accept: str) -> list[tuple[str, float]]:
    entries = []
    for part in accept.split(","):
        media, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            entries.append((media.lower(), quality))
    return entries


def _matches(pattern: str, media: str) -> bool:
    kind, _, subtype = pattern.partition("/")
    offered_kind, _, offered_subtype = media.partition("/")
    return kind in ("*", offered_kind) and subtype in ("*", offered_subtype)


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))
