"""`kg build`: files in, graph files out.

Bad files are reported in one line each and skipped (or stop the build with strict=True; a single input file
always does, so its reason is the one line the user sees). Every output is rendered in memory and written to a
temporary file first, and all are renamed into place at the end, so a failed or interrupted build leaves the
previous outputs intact.
"""
from __future__ import annotations

import shutil
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .collector import collector_paused
from .errors import KgError
from .export import render_outputs, write_files
from .graph import build_graph
from .ingest import iter_input_files
from .model import Document
from .pipeline import (
    Failure,
    ResultCache,
    analyse_all,
    knowledge_base,
    read_documents,
    sentence_chars,
    source_order,
)
from .query import install_store, make_store
from .view import page_data, render_page


@dataclass
class BuildReport:
    documents: list[Document] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per bad input
    written: list[Path] = field(default_factory=list)
    entities: int = 0
    facts: int = 0


def stops_at_first(strict: bool, inputs: int) -> bool:
    """Whether the first bad input stops the build: with --strict, or when it is the only input (its reason is
    then the one line the user sees)."""
    return strict or inputs == 1


def read_inputs(inputs: list[Path], strict: bool, warn: Callable[[str], None], jobs: int = 1
                ) -> tuple[list[Document], list[str]]:
    documents, skipped = [], []
    missing = [Path(item) for item in inputs if not Path(item).exists()]
    files = iter_input_files([Path(item) for item in inputs if Path(item).exists()])
    strict = stops_at_first(strict, len(missing) + len(files))
    outcomes = [KgError(f"{path.as_posix()}: no such file or folder") for path in missing]
    for outcome in outcomes + read_documents(files, jobs):
        if isinstance(outcome, Document):
            documents.append(outcome)
        elif strict:
            raise outcome
        else:
            skipped.append(str(outcome))
            warn(f"kg: skipped: {outcome}")
    if not documents:
        raise KgError(f"no readable document among the inputs ({len(skipped)} skipped)" if skipped
                      else f"no text, PDF or HTML file in {', '.join(Path(item).as_posix() for item in inputs)}")
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
    documents, skipped = read_inputs(inputs, strict, warn, jobs)
    one_line = stops_at_first(strict, len(documents) + len(skipped))
    with progress_bar(sum(map(sentence_chars, documents)), quiet) as bar:
        kb = knowledge_base(analyse_all(source_order(documents), jobs=jobs, cache=cache, progress=bar.update,
                                        failed=lambda failure: skip_failure(failure, one_line, skipped, warn)))
    if not kb.documents:
        raise KgError(f"no document could be analysed ({len(skipped)} skipped)")
    report = BuildReport(kb.documents, skipped, entities=len(kb.entities), facts=len(kb.facts))
    # Paused until the graph is dropped, not only while it is made: otherwise the first collection after
    # build_graph walks the whole live graph while the outputs render; once it is dropped, one collection frees it.
    with collector_paused():
        graph = build_graph(kb)
        del kb
        files = render_outputs(graph, formats)
        with store_beside(out_dir / "graph.ttl", files.get("graph.ttl")) as install:
            if html:
                files["graph.html"] = render_page(page_data(graph)).encode("utf-8")
            del graph
            report.written = write_files(out_dir, files)
            if install:
                report.written.append(install())
    return report


@contextmanager
def store_beside(graph_path: Path, data: bytes | None) -> Iterator[Callable[[], Path] | None]:
    """The query store of the graph file's bytes, made in a thread (Oxigraph loads without holding Python's
    lock) while the build renders its page and writes its files; the caller installs it (the function given)
    once the graph file is in place. If the build fails first, the half-made store is removed."""
    if data is None:
        yield None
        return
    graph_path.parent.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=1, initializer=signals_to_the_main_thread) as pool:
        made = pool.submit(make_store, graph_path, data)
        try:
            yield lambda: install_store(graph_path, made.result())
        except BaseException:
            if not made.cancel() and made.exception() is None:  # exception() waits for the thread
                shutil.rmtree(made.result(), ignore_errors=True)
            raise


def signals_to_the_main_thread() -> None:
    """Block Ctrl-C and termination in the calling thread (and the threads it starts: RocksDB's). The kernel
    hands a process's signal to any thread that does not block it; one taken by the store's thread leaves the
    main thread blocked in a system call (a write, a sleep) unaware of it until that call returns."""
    if hasattr(signal, "pthread_sigmask"):  # POSIX; elsewhere signals reach the main thread only
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def skip_failure(failure: Failure, strict: bool, skipped: list[str], warn: Callable[[str], None]) -> None:
    """A document kg failed on: one line naming it (a fault in kg, so the report asks for the traceback)."""
    line = f"{failure.document.source}: internal error in the analysis ({failure.reason}; KG_DEBUG=1 shows the traceback)"
    if strict:
        raise KgError(line)
    skipped.append(line)
    warn(f"kg: skipped: {line}")


def progress_bar(total_chars: int, quiet: bool):
    """Counts characters, not documents: one large file moves the bar as its pieces come back."""
    from tqdm import tqdm

    return tqdm(total=total_chars, unit="char", unit_scale=True, desc="kg build", disable=quiet, file=sys.stderr,
                leave=False)
