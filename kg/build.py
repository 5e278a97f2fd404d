"""`kg build`: files in, graph files out.

Bad files are reported in one line each and skipped (or stop the build with strict=True). Outputs are
rendered in memory first and each renamed into place, so a failed build leaves the previous outputs intact.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError
from .export import write_outputs
from .graph import build_graph
from .ingest import iter_input_files, read_document
from .model import Document, KnowledgeBase
from .pipeline import ResultCache, analyse_all, knowledge_base
from .view import render_html


@dataclass
class BuildReport:
    documents: list[Document] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per bad input
    written: list[Path] = field(default_factory=list)
    kb: KnowledgeBase | None = None


def read_inputs(inputs: list[Path], strict: bool, warn: Callable[[str], None]) -> tuple[list[Document], list[str]]:
    documents, skipped = [], []
    for path in iter_input_files(inputs):
        try:
            documents.append(read_document(path, source=path.as_posix()))
        except KgError as error:
            if strict:
                raise
            skipped.append(str(error))
            warn(f"kg: skipped: {error}")
    if not documents:
        raise KgError("no readable document among the inputs" + (f" ({skipped[0]})" if len(skipped) == 1 else ""))
    return documents, skipped


def build(
    inputs: list[Path],
    out_dir: Path,
    formats: tuple[str, ...] = ("turtle",),
    html: bool = True,
    jobs: int = 1,
    strict: bool = False,
    quiet: bool = False,
    cache: ResultCache | None = None,
) -> BuildReport:
    warn = (lambda line: None) if quiet else (lambda line: print(line, file=sys.stderr))
    documents, skipped = read_inputs(inputs, strict, warn)
    with progress_bar(len(documents), quiet) as bar:
        results = analyse_all(documents, jobs=jobs, cache=cache, progress=lambda d: bar.update(1))
    kb = knowledge_base(results)
    graph = build_graph(kb)
    written = write_outputs(graph, out_dir, formats)
    if html:
        render_html(graph, out_dir / "graph.html")
        written.append(out_dir / "graph.html")
    return BuildReport(documents, skipped, written, kb)


def progress_bar(total: int, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="kg build", disable=quiet, file=sys.stderr, leave=False)
