"""The `kg` command: a thin layer that parses arguments and calls the stages.

Errors reach the user as one line on stderr and a non-zero exit code, never as a traceback
(set KG_DEBUG=1 to see one).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .errors import KgError

EXPORT_FORMATS = ("turtle", "nt", "jsonld", "trig", "graphml")


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except KgError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the promise is one line, not a traceback
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"kg: internal error: {type(error).__name__}: {error} (KG_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 1


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese government and political documents.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser("build", help="build the graph (Turtle + HTML) from files and folders")
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="text, PDF or HTML files, or folders of them")
    p.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")
    p.add_argument("--format", action="append", choices=EXPORT_FORMATS, default=None,
                   help="extra export format besides Turtle (repeatable)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes that read the files and run the NLP (default: one per core)")
    p.add_argument("--strict", action="store_true", help="stop at the first bad input instead of skipping it")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    p.set_defaults(run=run_build)

    p = commands.add_parser("query", help="run a SPARQL query on a graph file")
    p.add_argument("graph", type=Path)
    p.add_argument("query", help="the query text, or a .rq file")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    p.set_defaults(run=run_query)

    p = commands.add_parser("serve", help="a read-only SPARQL endpoint at http://HOST:PORT/sparql")
    p.add_argument("graph", type=Path)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=3030)
    p.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default: 10)")
    p.add_argument("--max-rows", type=int, default=10000, help="most result rows returned (default: 10000)")
    p.set_defaults(run=run_serve)

    p = commands.add_parser("view", help="render a graph file as an interactive HTML page")
    p.add_argument("graph", type=Path)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--construct", help="show only what this SPARQL CONSTRUCT query (text or .rq file) returns")
    p.add_argument("--focus", help="show only this entity (label or IRI) and its neighbours")
    p.add_argument("--radius", type=int, default=1)
    p.set_defaults(run=run_view)

    p = commands.add_parser("validate", help="check a graph file against the SHACL shapes")
    p.add_argument("graph", type=Path)
    p.set_defaults(run=run_validate)

    p = commands.add_parser("ner", help="entities of JSON lines {id, text} (file or stdin) as JSON lines")
    p.add_argument("input", nargs="?", type=Path, help="a .jsonl file (default: standard input)")
    p.add_argument("--tagset", choices=("msra",), help="report PER/LOC/ORG as the public benchmarks name them")
    p.add_argument("--baseline", choices=("lac",), help="report the statistical model's entities alone")
    p.add_argument("--news", action="store_true",
                   help="also take place names without a place suffix (countries, rivers): for news text")
    p.set_defaults(run=run_ner)

    p = commands.add_parser("eval", help="score the pipeline against annotated gold files")
    p.add_argument("gold", nargs="+", type=Path, help="gold .json files (with their .txt beside) or folders")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", action="store_true", help="list false positives and misses")
    p.set_defaults(run=run_eval)

    p = commands.add_parser("bench", help="time each stage of a build on the seed and on N copies of it")
    p.add_argument("--input", action="append", type=Path, metavar="PATH",
                   help="file or folder to measure (repeatable; default: seeds/)")
    p.add_argument("--scale", type=int, default=100, help="copies of the input in the synthetic corpus (default: 100)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes for the NLP (default: one per core)")
    p.add_argument("--out", type=Path, help="also write the measures as JSON to this file")
    p.set_defaults(run=run_bench)
    return parser


def run_build(args) -> int:
    from .build import build

    formats = ("turtle", *(args.format or ()))
    report = build(args.inputs, args.out, formats=formats, html=not args.no_html, jobs=args.jobs,
                   strict=args.strict, quiet=args.quiet)
    if not args.quiet:
        print(f"kg: {len(report.documents)} document(s), {sum(len(d.articles) for d in report.documents)} part(s), "
              f"{report.entities} entities, {report.facts} facts -> "
              + ", ".join(p.as_posix() for p in report.written), file=sys.stderr)
    return 1 if report.skipped else 0


def run_query(args) -> int:
    from .query import run_query as query

    sys.stdout.write(query(args.graph, args.query, args.format))
    return 0


def run_serve(args) -> int:
    from .serve import serve

    serve(args.graph, args.host, args.port, args.timeout, args.max_rows)
    return 0


def run_view(args) -> int:
    from .query import read_query
    from .validate import load_graph
    from .view import render_html, subgraph_by_construct

    graph = load_graph(args.graph)
    if args.construct:
        graph = subgraph_by_construct(graph, read_query(args.construct))
    render_html(graph, args.out, focus=args.focus, radius=args.radius)
    return 0


def run_validate(args) -> int:
    from .validate import validate

    conforms, report = validate(args.graph)
    print(report)
    return 0 if conforms else 1


def run_ner(args) -> int:
    from .evaluate import ner_lines

    stream = args.input.open(encoding="utf-8") if args.input else sys.stdin
    with stream:
        for line in ner_lines(stream, args.tagset, args.baseline, args.news):
            print(line)
    return 0


def run_eval(args) -> int:
    from .evaluate import evaluate, format_scores

    scores = evaluate(args.gold)
    print(format_scores(scores, as_json=args.json, errors=args.errors))
    return 0


def run_bench(args) -> int:
    from .bench import bench, format_table, to_json

    reports = bench(args.input, scale=args.scale, jobs=args.jobs)
    print(format_table(reports))
    if args.out:
        args.out.write_text(to_json(reports) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
