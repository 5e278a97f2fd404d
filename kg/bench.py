"""`kg bench`: wall time, throughput and peak memory of each stage of a build, and of the bare models.

    report = bench([Path("seeds")], scale=100, jobs=2)
    print(format_table(report)); Path("bench.json").write_text(to_json(report))

Each corpus (the input, then `scale` slightly varied copies of it in a temporary folder) goes through the
stages of `kg build` in order, each timed on its own: loading the models, ingest, the NLP pass (with
resolution, which goes on in this process as the workers send each document's findings back: "resolution" is
this process's own time in it), the RDF graph, Turtle, HTML (with the query store loading beside it, as in kg build, so that "query store" is
what is left of it afterwards), then the ready queries of ontology/queries on the Turtle just written. The NLP
pass runs once: clock components between the pipeline's components, and a timed tokenizer, split its time into
segmentation, each NER component and the relation rules (with analyse()'s own glue). The bare models (pkuseg
cut, LAC run) then read the same sentences, in the same worker processes, so their throughput is the yardstick.

Peak memory is that of this process and its workers together: the larger of this process's high-water mark
(reset between stages through /proc/self/clear_refs) and a sampler (every 0.1 s) that adds up the proportional
set sizes of this process and its workers (pages the forked workers share with it count once).
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import resource
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .build import store_beside
from .errors import KgError
from .export import render_outputs, write_files
from .graph import build_graph
from .ingest import iter_input_files
from .model import Document
from .nlp import make_nlp
from .nlp.lac import load_lac
from .pipeline import (
    DocumentResult,
    Findings,
    analyse,
    forked_pool,
    joined,
    knowledge_base,
    read_documents,
    sentence_texts,
    source_order,
    work_units,
)
from .query import answer_text, load_store
from .view import page_data, render_page

SEED_FOLDER = Path("seeds")
NLP_STAGES = ("segmentation", "ner", "rules")


@dataclass
class Measure:
    stage: str
    seconds: float  # wall time; for work done in worker processes, the sum of the workers' times
    chars: int
    peak_mb: float

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else 0.0


@dataclass
class CorpusReport:
    name: str
    documents: int
    chars: int  # of the cleaned text
    jobs: int
    measures: list[Measure] = field(default_factory=list)
    cpu_busy: float = 0.0  # CPU seconds of the build / (wall seconds x jobs)
    ratio: float = 0.0  # end-to-end throughput (without loading models) / throughput of the bare models
    # The same against the models' components inside the NLP pass (segmentation, kg_lac: the models and the
    # little kg wraps around them), timed in the same minutes as the build: the machine's speed can drift
    # between the build and the bare models' run, which moves `ratio` by ±0.15 on a shared machine.
    ratio_in_pass: float = 0.0

    def seconds(self, stage: str) -> float:
        return next((m.seconds for m in self.measures if m.stage == stage), 0.0)


# --- peak memory ------------------------------------------------------------------------------------------------

def _proc_kb(pid: int | str, file: str, key: str) -> int:
    try:
        with open(f"/proc/{pid}/{file}", encoding="ascii") as f:
            return next((int(line.split()[1]) for line in f if line.startswith(key)), 0)
    except OSError:
        return 0


def _memory_kb(pid: int | str) -> int:
    """Proportional set size: forked workers share the models' pages with this process, count them once."""
    return _proc_kb(pid, "smaps_rollup", "Pss:") or _proc_kb(pid, "status", "VmRSS:")


def _children_kb() -> int:
    """Memory of this process's children (the worker processes)."""
    me, total = str(os.getpid()), 0
    for pid in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat", encoding="ascii") as f:
                    ppid = f.read().rsplit(")", 1)[1].split()[1]
            except (OSError, IndexError):
                continue
            if ppid == me:
                total += _memory_kb(pid)
    return total


class PeakMemory:
    """Peak memory (MB) of this process plus its workers while the block runs."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak_kb = 0
        self._stop = threading.Event()

    def __enter__(self) -> PeakMemory:
        try:  # "5" resets the high-water mark (Linux >= 4.0), so each stage gets its own peak
            with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
                f.write("5")
        except OSError:
            pass
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak_kb = max(self.peak_kb, _memory_kb("self") + _children_kb())

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        own = _proc_kb("self", "status", "VmHWM:") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.peak_kb = max(self.peak_kb, own)

    @property
    def mb(self) -> float:
        return self.peak_kb / 1024


# --- the timed NLP pass -----------------------------------------------------------------------------------------

class StageClock:
    """Adds up the time between marks: each mark closes the running stage and opens the next."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.stage: str | None = None
        self.since = 0.0

    def mark(self, stage: str | None) -> None:
        now = time.perf_counter()
        if self.stage is not None:
            self.seconds[self.stage] += now - self.since
        self.stage, self.since = stage, now

    def take(self) -> dict[str, float]:
        self.mark(None)
        seconds, self.seconds = dict(self.seconds), defaultdict(float)
        return seconds


CLOCK = StageClock()  # one per process: the workers each time their own documents


class Clock:
    def __init__(self, stage: str):
        self.stage = stage

    def __call__(self, doc: Doc) -> Doc:
        CLOCK.mark(self.stage)
        return doc


@Language.factory("kg_bench_clock", default_config={"stage": ""})
def make_clock(nlp: Language, name: str, stage: str) -> Clock:
    return Clock(stage)


class TimedTokenizer:
    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        CLOCK.mark("segmentation")
        return self.tokenizer(text)


def timed_nlp() -> Language:
    """kg's pipeline with a clock before each component and after the last: spaCy runs the components doc by
    doc, so the time between two clocks is the component's, and the time after the last is analyse()'s rules."""
    nlp = make_nlp()
    nlp.tokenizer = TimedTokenizer(nlp.tokenizer)
    for name in list(nlp.pipe_names):
        nlp.add_pipe("kg_bench_clock", name=f"clock_{name}", before=name, config={"stage": f"ner.{name}"})
    nlp.add_pipe("kg_bench_clock", name="clock_rules", last=True, config={"stage": "rules"})
    return nlp


_nlp: Language | None = None


def _process_nlp() -> tuple[Language, float]:
    """This process's timed pipeline, and the seconds it took to load (0 once loaded)."""
    global _nlp
    if _nlp is not None:
        return _nlp, 0.0
    start = time.perf_counter()
    _nlp = timed_nlp()
    return _nlp, time.perf_counter() - start


def _unload_nlp() -> None:
    """Let go of the models, LAC's ONNX session too: the next corpus may fork workers, and its threads do not
    survive a fork."""
    global _nlp
    _nlp = None
    load_lac.cache_clear()
    gc.collect()  # the pipeline holds reference cycles: free it now, before the next stage's memory is measured


def _load_lac() -> float:
    """Seconds to load LAC (0 once loaded): it loads lazily, in each worker after the fork."""
    start = time.perf_counter()
    load_lac()
    return time.perf_counter() - start


def analyse_timed(document: Document) -> tuple[Findings, dict[str, float]]:
    cpu = time.process_time()
    nlp, loading = _process_nlp()
    loading += _load_lac()
    CLOCK.mark("rules")  # analyse()'s setup before the first sentence counts with its glue
    result = Findings.of(analyse(document, nlp))  # what kg build's workers send back
    seconds = CLOCK.take()
    seconds["load models"] = loading
    seconds["cpu"] = time.process_time() - cpu
    return result, seconds


def models_alone(document: Document) -> dict[str, float]:
    """The bare models on the sentences analyse() reads: pkuseg's cut, LAC's run (models already loaded)."""
    nlp, _ = _process_nlp()
    texts = [text for _, text in sentence_texts(document)]
    pkuseg, lac = nlp.tokenizer.tokenizer.pkuseg_seg, load_lac()
    start = time.perf_counter()
    for text in texts:
        pkuseg.cut(text)
    middle = time.perf_counter()
    for text in texts:
        if text:
            lac.run(text)
    return {"models.pkuseg": middle - start, "models.lac": time.perf_counter() - middle}


class InProcess(Executor):
    """map() in this process: a single document (or --jobs 1) gains nothing from a worker, as in kg build."""

    def map(self, fn, *iterables, **kwargs):
        return map(fn, *iterables)


# --- the corpus and the stages ------------------------------------------------------------------------------------

def scaled_copies(documents: list[Document], scale: int, folder: Path) -> list[Path]:
    """`scale` copies of every document's text, each with its copy number on its first line, so that no two
    files have the same content (the result cache keys on it)."""
    paths = []
    for copy in range(1, scale + 1):
        for i, document in enumerate(documents):
            first, _, rest = document.raw.lstrip().partition("\n")
            path = folder / f"copy{copy:04d}" / f"{i:03d}_{Path(document.source).stem}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{first}（{copy}）\n{rest}", encoding="utf-8")
            paths.append(path)
    return paths


@contextmanager
def stage(report: CorpusReport, name: str, chars: int | None = None) -> Iterator[None]:
    with PeakMemory() as memory:
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
    report.measures.append(Measure(name, seconds, report.chars if chars is None else chars, memory.mb))


def ready_queries() -> list[Path]:
    folder = resources.files("kg.ontology") / "queries"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".rq"))


def bench_corpus(name: str, paths: list[Path], jobs: int, out_dir: Path) -> CorpusReport:
    """Build the corpus stage by stage as `kg build` does (without the result cache), then the bare models."""
    started, cpu_before = time.perf_counter(), time.process_time()
    with PeakMemory() as memory:
        start = time.perf_counter()
        documents = source_order(readable(read_documents(paths, jobs)))  # as kg build reads them: in workers
        ingest_seconds = time.perf_counter() - start
    units = work_units(documents, jobs)  # as kg build cuts them: a lone document goes in runs of articles
    pieces = [piece for document_pieces in units for piece in document_pieces]
    workers = min(jobs, len(pieces))
    report = CorpusReport(name, len(paths), sum(len(d.text) for d in documents), workers)
    report.measures.append(Measure("ingest", ingest_seconds, report.chars, memory.mb))
    with stage(report, "load models", 0):
        _process_nlp()
        if workers == 1:
            _load_lac()
    timings: list[dict[str, float]] = []
    waits: list[float] = []
    with stage(report, "nlp pass"), _executor(workers) as pool:
        # As kg build does: each document resolved as its findings come back, while the workers go on.
        started_pass = time.perf_counter()
        kb = knowledge_base(_waited(_results(documents, units, pool.map(analyse_timed, pieces), timings), waits))
        resolving = time.perf_counter() - started_pass - sum(waits)
    _unload_nlp()  # as kg build lets go of its pipeline after the pass (the models alone reload it, untimed)
    report.measures += _nlp_measures(report, timings, workers)
    report.measures.append(Measure("resolution", resolving, report.chars, report.measures[-1].peak_mb))
    with stage(report, "rdf graph"):
        graph = build_graph(kb)
    with stage(report, "turtle"):
        turtle = render_outputs(graph, ("turtle",))
        write_files(out_dir, turtle)
    # As kg build does: the query store loads in a thread while the page renders, so "query store" is what is
    # left to wait for after it.
    with store_beside(out_dir / "graph.ttl", turtle["graph.ttl"]) as install:
        with stage(report, "html"):
            write_files(out_dir, {"graph.html": render_page(page_data(graph)).encode("utf-8")})
        with stage(report, "query store"):
            install()
    del turtle
    build_seconds = time.perf_counter() - started
    worker_cpu = sum(t["cpu"] for t in timings) if workers > 1 else 0.0
    report.cpu_busy = (time.process_time() - cpu_before + worker_cpu) / build_seconds / workers
    report.measures.append(Measure("build", build_seconds, report.chars, max(m.peak_mb for m in report.measures)))
    del kb, graph
    _process_nlp()  # loaded before the workers fork, so they share it as in the NLP pass
    report.measures += _models_alone_measures(report, pieces, workers)
    report.measures += _query_measures(out_dir / "graph.ttl")
    _unload_nlp()  # the next corpus (and the workers it forks) loads its own
    # Per worker, both without loading the models: the bare models' time against the build's wall time.
    loading = report.seconds("load models") + report.seconds("load models (workers)") / workers
    report.ratio = report.seconds("models alone") / workers / (build_seconds - loading)
    in_pass = report.seconds("segmentation") + report.seconds("ner.kg_lac")
    report.ratio_in_pass = in_pass / workers / (build_seconds - loading)
    return report


def _results(documents: list[Document], units: list[list[Document]], timed: Iterator[tuple[Findings, dict]],
             timings: list[dict[str, float]]) -> Iterator[DocumentResult]:
    """Each document's result from the findings of its pieces, as the workers send them back; their timings go
    to `timings`."""
    for document, pieces in zip(documents, units):
        back = [next(timed) for _ in pieces]
        timings += [seconds for _, seconds in back]
        yield joined(document, [findings for findings, _ in back])


def _waited(items: Iterator[DocumentResult], waits: list[float]) -> Iterator[DocumentResult]:
    """The items, each wait for one told to `waits`: the rest of the consumer's time is its own work."""
    while True:
        start = time.perf_counter()
        item = next(items, None)
        waits.append(time.perf_counter() - start)
        if item is None:
            return
        yield item


def readable(outcomes: list[Document | KgError]) -> list[Document]:
    """The documents read; the first file that could not be is the one-line error (a benchmark measures whole
    corpora, it skips nothing)."""
    documents = []
    for outcome in outcomes:
        if isinstance(outcome, KgError):
            raise outcome
        documents.append(outcome)
    return documents


def _executor(workers: int) -> AbstractContextManager[Executor]:
    """kg build's pool, forked after the pipeline loaded; or this process alone."""
    return forked_pool(workers) if workers > 1 else InProcess()


def _models_alone_measures(report: CorpusReport, documents: list[Document], workers: int) -> list[Measure]:
    """The same sentences through the bare models, with the models loaded already (in new workers, LAC loads
    first, untimed)."""
    with PeakMemory() as memory, _executor(workers) as pool:
        bare = list(pool.map(models_alone, documents))
    total = {key: sum(b[key] for b in bare) for key in ("models.pkuseg", "models.lac")}
    return [Measure("models alone", sum(total.values()), report.chars, memory.mb),
            *(Measure(key, seconds, report.chars, memory.mb) for key, seconds in total.items())]


def _nlp_measures(report: CorpusReport, timings: list[dict[str, float]], workers: int) -> list[Measure]:
    total: dict[str, float] = defaultdict(float)
    for seconds in timings:
        for key, value in seconds.items():
            total[key] += value
    peak = report.measures[-1].peak_mb
    ner = [key for key in total if key.startswith("ner.")]  # in pipeline order
    measures = [Measure("load models (workers)", total["load models"], 0, peak)] if workers > 1 else []
    measures.append(Measure("segmentation", total["segmentation"], report.chars, peak))
    measures.append(Measure("ner", sum(total[key] for key in ner), report.chars, peak))
    measures += [Measure(key, total[key], report.chars, peak) for key in ner]
    measures.append(Measure("rules", total["rules"], report.chars, peak))
    return measures


def _query_measures(graph_path: Path) -> list[Measure]:
    """Each ready query as `kg query` answers it (the saved store, a table) and as `kg serve` does (the graph
    loaded into memory, JSON results), each in a new process as the commands run: this one holds the build's
    millions of objects, which the collector would walk again and again while an answer's rows are made
    (evidence.rq on the 100x graph took 2.4 s here against 1.0 s in a process of its own)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return [*pool.submit(_queries_on, graph_path, "query", True, "table").result(),
                *pool.submit(_queries_on, graph_path, "serve", False, "json").result()]


def _queries_on(graph_path: Path, name: str, saved: bool, fmt: str) -> list[Measure]:
    with PeakMemory() as memory:
        start = time.perf_counter()
        store = load_store(graph_path, saved=saved)
        loaded = time.perf_counter() - start
    measures = [Measure(f"{name}.load", loaded, 0, memory.mb)]
    for path in ready_queries():
        with PeakMemory() as memory:
            start = time.perf_counter()
            answer_text(store, path.read_text(encoding="utf-8"), fmt)
            seconds = time.perf_counter() - start
        measures.append(Measure(f"{name}.{path.stem}", seconds, 0, memory.mb))
    return measures


def bench(inputs: list[Path] | None = None, scale: int = 100, jobs: int = 1) -> list[CorpusReport]:
    """The input (default: the seed folder) and `scale` copies of it, each built with `jobs` workers."""
    if not inputs:
        if not SEED_FOLDER.is_dir():
            raise KgError("no seeds/ folder here: give the text to measure with --input")
        inputs = [SEED_FOLDER]
    if scale < 1 or jobs < 1:
        raise KgError("--scale and --jobs must be at least 1")
    paths = iter_input_files(inputs)
    if not paths:
        raise KgError("no input file to measure")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as temporary:
        folder = Path(temporary)
        reports = [bench_corpus("input", paths, jobs, folder / "out-input")]
        documents = readable(read_documents(paths))
        copies = scaled_copies(documents, scale, folder / "corpus")
        reports.append(bench_corpus(f"{scale}x", copies, jobs, folder / "out-scaled"))
    return reports


# --- output -----------------------------------------------------------------------------------------------------

def to_json(reports: list[CorpusReport]) -> str:
    data = {
        "machine": {"cpus": os.cpu_count(), "load_average": list(os.getloadavg())},
        "corpora": [
            {**{k: v for k, v in asdict(r).items() if k != "measures"},
             "stages": [{**asdict(m), "chars_per_second": round(m.chars_per_second)} for m in r.measures]}
            for r in reports
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def format_table(reports: list[CorpusReport]) -> str:
    lines = []
    for r in reports:
        lines.append(f"{r.name}: {r.documents} document(s), {r.chars:,} characters, jobs {r.jobs}, "
                     f"CPU busy {r.cpu_busy:.0%}, end-to-end / models alone {r.ratio:.2f} "
                     f"(/ the models inside the pass {r.ratio_in_pass:.2f})")
        lines.append(f"  {'stage':<28}{'seconds':>10}{'chars/s':>12}{'peak MB':>10}")
        for m in r.measures:
            speed = f"{m.chars_per_second:,.0f}" if m.chars else ""
            lines.append(f"  {m.stage:<28}{m.seconds:>10.3f}{speed:>12}{m.peak_mb:>10.0f}")
    return "\n".join(lines)
