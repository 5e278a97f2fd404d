"""Incremental builds: adding a document to a cached build analyses only that document, and the graph is
byte for byte the graph of a full rebuild with an empty cache. And a document cut into pieces for the workers
gives the same result as the whole."""
from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kg import pipeline
from kg.build import build
from kg.errors import KgError
from kg.ingest import read_document
from kg.nlp import make_nlp
from kg.pipeline import Findings, ResultCache, analyse, joined, split_by_articles

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.fixture
def analysed(monkeypatch, tmp_path, nlp) -> list[str]:
    """The sources analyse() reads, with the one pipeline of this module instead of a fresh load per build."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    sources: list[str] = []
    real_analyse = pipeline.analyse

    def spy(document, nlp):
        sources.append(document.source)
        return real_analyse(document, nlp)

    monkeypatch.setattr(pipeline, "analyse", spy)
    monkeypatch.setattr(pipeline, "make_nlp", lambda: nlp)
    return sources


def turtle_of(inputs: Path, out: Path, cache: ResultCache) -> bytes:
    build([inputs], out, html=False, quiet=True, cache=cache)
    return (out / "graph.ttl").read_bytes()


def test_adding_a_document_analyses_only_it_and_equals_a_full_rebuild(tmp_path, analysed):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "gen-p01.txt", corpus / "a.txt")
    cache = ResultCache(tmp_path / "results")

    only_a = turtle_of(corpus, tmp_path / "out-a", cache)
    assert [Path(s).name for s in analysed] == ["a.txt"]

    shutil.copy(DATA / "gen-p02.txt", corpus / "b.txt")
    analysed.clear()
    incremental = turtle_of(corpus, tmp_path / "out-ab", cache)
    assert [Path(s).name for s in analysed] == ["b.txt"]
    assert incremental != only_a

    analysed.clear()
    full = turtle_of(corpus, tmp_path / "out-full", ResultCache(tmp_path / "empty"))
    assert sorted(Path(s).name for s in analysed) == ["a.txt", "b.txt"]
    assert incremental == full


def test_a_changed_document_is_analysed_again(tmp_path, analysed):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "gen-p01.txt", corpus / "a.txt")
    cache = ResultCache(tmp_path / "results")
    turtle_of(corpus, tmp_path / "out", cache)

    (corpus / "a.txt").write_text((DATA / "gen-p02.txt").read_text(encoding="utf-8"), encoding="utf-8")
    analysed.clear()
    changed = turtle_of(corpus, tmp_path / "out", cache)
    assert [Path(s).name for s in analysed] == ["a.txt"]
    assert changed == turtle_of(corpus, tmp_path / "out-full", ResultCache(tmp_path / "empty"))


def test_a_document_analysed_in_runs_of_articles_equals_the_whole(nlp):
    """What --jobs does with fewer documents than workers: the pieces, joined, are the whole document's result,
    and point at the one Document object."""
    document = read_document(DATA / "gen-p01.txt", source="gen-p01.txt")
    document.articles = [replace(document.articles[0], index=i) for i in range(3)]  # three articles to share out
    pieces = split_by_articles(document, 2)
    assert len(pieces) == 2 and sum(len(p.articles) for p in pieces) == 3

    whole = analyse(document, nlp)
    # as a worker gets a piece and sends its findings back: both ways pickled
    back = [pickle.loads(pickle.dumps(Findings.of(analyse(pickle.loads(pickle.dumps(p)), nlp)))) for p in pieces]
    result = joined(document, back)
    assert [(s.mentions, s.relations) for s in result.sentences] == [(s.mentions, s.relations) for s in whole.sentences]
    assert result.sentences and all(s.ctx.document is document for s in result.sentences)


def test_progress_is_told_each_piece_of_a_large_document(tmp_path, analysed):
    """One file cut for two workers moves the progress bar piece by piece, and the pieces add up to the file."""
    document = read_document(DATA / "gen-p01.txt", source="gen-p01.txt")
    document.articles = [replace(document.articles[0], index=i) for i in range(2)]  # two articles to share out
    told: list[int] = []
    list(pipeline.analyse_all([document], jobs=2, cache=ResultCache(tmp_path / "results"), progress=told.append))
    assert len(told) == 2 and all(told) and sum(told) == pipeline.sentence_chars(document)

    told.clear()  # one worker: the whole document at once
    list(pipeline.analyse_all([document], jobs=1, cache=ResultCache(tmp_path / "serial"), progress=told.append))
    assert told == [pipeline.sentence_chars(document)]

    told.clear()  # from the cache: the whole document at once too
    list(pipeline.analyse_all([document], jobs=2, cache=ResultCache(tmp_path / "results"), progress=told.append))
    assert told == [pipeline.sentence_chars(document)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_kg_fails_on_is_skipped_and_the_others_are_built(tmp_path, analysed, monkeypatch, jobs):
    """A fault in kg met on one document's text costs that document, named in one line, not the whole build."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "gen-p01.txt", corpus / "a.txt")
    shutil.copy(DATA / "gen-p02.txt", corpus / "b.txt")
    spy = pipeline.analyse

    def failing_on_b(document, nlp):
        if document.source.endswith("b.txt"):
            raise KeyError(36)
        return spy(document, nlp)

    monkeypatch.setattr(pipeline, "analyse", failing_on_b)
    report = build([corpus], tmp_path / "out", html=False, quiet=True, jobs=jobs, cache=ResultCache(tmp_path / "r"))
    assert [Path(d.source).name for d in report.documents] == ["a.txt"]
    assert len(report.skipped) == 1 and "b.txt: internal error in the analysis (KeyError: 36" in report.skipped[0]
    assert (tmp_path / "out" / "graph.ttl").is_file()

    with pytest.raises(KgError, match="b.txt: internal error"):
        build([corpus], tmp_path / "strict", html=False, quiet=True, jobs=jobs, strict=True,
              cache=ResultCache(tmp_path / "r2"))


def test_results_are_resolved_as_they_come(tmp_path, analysed):
    """A build resolves each document while the rest are still to analyse: analyse_all hands over a result before
    it analyses the next document, and knowledge_base takes the results in source order as they come."""
    documents = [read_document(DATA / name, source=name) for name in ("gen-p02.txt", "gen-p01.txt")]
    results = pipeline.analyse_all(pipeline.source_order(documents), jobs=1, cache=ResultCache(tmp_path / "r"))
    first = next(results)
    assert first.document.source == "gen-p01.txt" and analysed == ["gen-p01.txt"]
    both = [first, *results]
    assert [d.source for d in pipeline.knowledge_base(both).documents] == ["gen-p01.txt", "gen-p02.txt"]
    with pytest.raises(ValueError, match="source order"):
        pipeline.knowledge_base(reversed(both))


def test_the_graph_does_not_depend_on_the_order_of_the_inputs(tmp_path, analysed):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "gen-p01.txt", corpus / "b.txt")
    shutil.copy(DATA / "gen-p02.txt", corpus / "a.txt")
    cache = ResultCache(tmp_path / "results")
    graphs = []
    for order in ([corpus / "a.txt", corpus / "b.txt"], [corpus / "b.txt", corpus / "a.txt"]):
        build(order, tmp_path / f"out-{order[0].stem}", html=False, quiet=True, cache=cache)
        graphs.append((tmp_path / f"out-{order[0].stem}" / "graph.ttl").read_bytes())
    assert graphs[0] == graphs[1]


def test_a_damaged_cached_result_is_analysed_again_and_the_graph_is_the_same(tmp_path, analysed):
    """Kept results are read at their turn, not all before the pass: one found damaged then is analysed in this
    process and gives the same graph."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DATA / "gen-p01.txt", corpus / "a.txt")
    shutil.copy(DATA / "gen-p02.txt", corpus / "b.txt")
    cache = ResultCache(tmp_path / "results")
    full = turtle_of(corpus, tmp_path / "out-full", cache)
    (damaged,) = [p for p in cache.folder.iterdir() if p.name.startswith(read_document(corpus / "a.txt", "a").sha256)]
    damaged.write_bytes(b"\x80\x05not a pickle")
    analysed.clear()
    assert turtle_of(corpus, tmp_path / "out-again", cache) == full
    assert [Path(s).name for s in analysed] == ["a.txt"]


def test_kept_results_are_read_at_their_turn(tmp_path, analysed):
    """A cached corpus is not held whole: each kept result is read when resolution asks for it."""
    documents = [read_document(DATA / name, source=name) for name in ("gen-p01.txt", "gen-p02.txt")]
    cache = ResultCache(tmp_path / "results")
    list(pipeline.analyse_all(documents, cache=cache))
    read: list[str] = []
    real_get = cache.get
    cache.get = lambda document: read.append(document.source) or real_get(document)
    results = pipeline.analyse_all(documents, cache=cache)
    next(results)
    assert read == ["gen-p01.txt"]
    next(results)
    assert read == ["gen-p01.txt", "gen-p02.txt"]
