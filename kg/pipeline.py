"""Wiring of the stages for one build: ingest -> nlp -> extract -> resolve -> KnowledgeBase.

The per-document work (NLP and relation rules) is cached by the file's content hash and the pipeline version,
so adding a document to a corpus processes only that document; resolution always runs over every document
(it is cheap and linear, and goes on in this process while the workers analyse), so an incremental build equals
a full one. With jobs > 1, documents (or, when there are fewer documents than workers, runs of their articles) go
to worker processes forked after the pipeline has loaded, so that they share its memory.
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from .collector import collector_paused
from .errors import KgError
from .extract import extract
from .extract.base import SentenceContext, ents, mention_of, sentence_memo_kept
from .gazetteer import load_gazetteer
from .ingest import read_document
from .model import Document, KnowledgeBase, Mention, Relation
from .nlp import ENTITY_LABELS, make_nlp
from .nlp.places import document_divisions
from .resolve import SentenceResult, add_gazetteer_chains, resolve_document
from .usercache import cache_dir, pipeline_version


@dataclass
class DocumentResult:
    document: Document
    sentences: list[SentenceResult]


@dataclass
class Findings:
    """A document's findings as a worker sends them back: each sentence's mentions and relations under the
    sentence's place (article index, start), without the Document, which this process holds already (pickling
    it back cost as much as the findings themselves)."""
    sentences: list[tuple[int, int, list[Mention], list[Relation]]]

    @classmethod
    def of(cls, result: DocumentResult) -> Findings:
        return cls([(s.ctx.article.index, s.ctx.sentence.start, s.mentions, s.relations) for s in result.sentences])


@dataclass
class Failure:
    """A document the pipeline could not analyse (a fault in kg, met on this document's text): reported and
    skipped, so that one bad sentence does not lose a whole corpus's build."""
    document: Document
    reason: str


def sentence_texts(document: Document) -> Iterator[tuple[SentenceContext, str]]:
    """Each sentence with the text the NLP reads (the Simplified form of a Traditional document)."""
    for article in document.articles:
        for sentence in article.sentences:
            text = document.simplified[sentence.start:sentence.end] if document.simplified else sentence.text
            yield SentenceContext(document, article, sentence), text


def sentence_chars(document: Document) -> int:
    """The characters the NLP reads: the measure of work a progress bar counts."""
    return sum(len(sentence.text) for article in document.articles for sentence in article.sentences)


def analyse(document: Document, nlp: Language) -> DocumentResult:
    pairs = list(sentence_texts(document))
    contexts, texts = zip(*pairs) if pairs else ((), ())
    results = []
    with document_divisions(document.simplified or document.text):
        # spaCy's default batch: the more sentences in one, the more of one length LAC reads together.
        for ctx, doc in zip(contexts, nlp.pipe(texts, batch_size=1000)):
            with sentence_memo_kept(doc):  # the rules reuse the entities and the mentions made here
                spans = [*ents(doc), *doc.spans.get("nested", [])]
                mentions = [written_form(mention_of(e), ctx) for e in spans if e.label_ in ENTITY_LABELS]
                results.append(SentenceResult(ctx, mentions, extract(doc, ctx)))
    return DocumentResult(document, results)


def written_form(m: Mention, ctx: SentenceContext) -> Mention:
    """A mention as the text writes it; the NLP's Simplified reading becomes its variant."""
    written = ctx.sentence.text[m.start:m.end]
    if written == m.text:
        return m
    canonical = m.canonical if m.canonical != m.text else written
    return Mention(written, m.type, m.start, m.end, canonical, m.adcode, variant=m.text)


class ResultCache:
    """Pickled DocumentResults under <cache>/results, keyed by content, source path and pipeline version
    (evidence names the source path, so a moved file is analysed again)."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or cache_dir() / "results"

    def path(self, document: Document) -> Path:
        source = hashlib.sha1(document.source.encode("utf-8")).hexdigest()[:12]
        return self.folder / f"{document.sha256}-{source}-{pipeline_version()}.pickle"

    def holds(self, document: Document) -> bool:
        """Whether a result of the document is kept (get may still find it unreadable)."""
        return self.path(document).is_file()

    def get(self, document: Document) -> DocumentResult | None:
        try:
            with self.path(document).open("rb") as f:
                cached: DocumentResult = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        return cached if cached.document.text == document.text else None

    def put(self, result: DocumentResult) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(result.document)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)


_worker_nlp: Language | None = None


def _worker_analyse(document: Document) -> Findings | Failure:
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = make_nlp()
    result = analysed_or_failure(document, _worker_nlp)
    return Findings.of(result) if isinstance(result, DocumentResult) else result


def analysed_or_failure(document: Document, nlp: Language) -> DocumentResult | Failure:
    try:
        return analyse(document, nlp)
    except Exception as error:  # a value, not a raise: a raise in a worker ends the pool's map for every document
        if os.environ.get("KG_DEBUG"):
            raise
        return Failure(document, f"{type(error).__name__}: {error}")


# With few documents, each worker gets several pieces: the pool hands the next piece to whichever worker is free,
# so that one slow piece leaves no core idle (the seed's two halves take 4.1 s and 2.7 s).
PIECES_PER_WORKER = 4


def work_units(documents: list[Document], jobs: int) -> list[list[Document]]:
    """The pieces the workers analyse, per document: the whole document, or, when there are fewer documents
    than PIECES_PER_WORKER per worker, the document cut into runs of whole articles (a single large file keeps
    every core busy)."""
    parts = -(-jobs * PIECES_PER_WORKER // len(documents)) if documents and jobs > 1 else 1
    return [split_by_articles(document, parts) for document in documents]


def split_by_articles(document: Document, parts: int) -> list[Document]:
    """Up to `parts` copies of the document, each with a run of its articles, with about as much sentence text."""
    sizes = [sum(len(sentence.text) for sentence in article.sentences) for article in document.articles]
    if parts <= 1 or len(sizes) <= 1:
        return [document]
    total, running, cuts = sum(sizes), 0, [0]
    for i, size in enumerate(sizes[:-1]):
        running += size
        if running * parts >= total * len(cuts):
            cuts.append(i + 1)
    cuts.append(len(sizes))
    return [replace(document, articles=document.articles[a:b]) for a, b in zip(cuts, cuts[1:])]


def joined(document: Document, pieces: list[Findings]) -> DocumentResult:
    """One result from the findings in a document's pieces, pointing at this process's Document."""
    contexts = {(ctx.article.index, ctx.sentence.start): ctx for ctx, _ in sentence_texts(document)}
    sentences = [SentenceResult(contexts[article, start], mentions, relations)
                 for piece in pieces for article, start, mentions, relations in piece.sentences]
    return DocumentResult(document, sentences)


def analyse_all(
    documents: list[Document],
    jobs: int = 1,
    cache: ResultCache | None = None,
    progress: Callable[[int], None] = lambda chars: None,
    failed: Callable[[Failure], None] = lambda failure: None,
) -> Iterator[DocumentResult]:
    """Results for every document, from the cache where possible, yielded in the order given as each is done, so
    that the consumer (knowledge_base) works on one while the workers analyse the next; a document kg fails on is
    told to `failed` and left out. `progress` is told the sentence characters (see `sentence_chars`) of each
    document, or piece of one, as it is done."""
    cache = cache or ResultCache()
    held = [cache.holds(document) for document in documents]
    fresh = _run(documents, [i for i, hit in enumerate(held) if not hit], jobs, progress)
    for document, hit in zip(documents, held):
        result = cache.get(document) if hit else None  # read at its turn: a cached corpus is never held whole
        if result is not None:
            progress(sentence_chars(document))
            yield result
            continue
        analysed = _analysed_here(document, progress) if hit else next(fresh)
        if isinstance(analysed, Failure):
            failed(analysed)
            continue
        cache.put(analysed)
        yield analysed
    fresh.close()  # the workers end now, not when the generator is collected


def _analysed_here(document: Document, progress: Callable[[int], None]) -> DocumentResult | Failure:
    """A document whose kept result turned out unreadable at its turn (a damaged file): analysed in this process,
    the workers having their share already."""
    result = analysed_or_failure(document, make_nlp())
    progress(sentence_chars(document))
    return result


def _run(documents: list[Document], todo: list[int], jobs: int, progress: Callable[[int], None]
         ) -> Iterable[DocumentResult | Failure]:
    global _worker_nlp
    if not todo:
        return
    nlp = make_nlp()
    units = work_units([documents[i] for i in todo], jobs)
    workers = min(jobs, sum(map(len, units)))
    if workers <= 1:
        for i in todo:
            result = analysed_or_failure(documents[i], nlp)
            progress(sentence_chars(documents[i]))  # before the yield: the consumer may stop after the last one
            yield result
        return
    _worker_nlp = nlp  # loaded once, here: forked workers share its pages instead of loading ~0.7 GB each
    try:
        with forked_pool(workers) as pool:
            done = pool.map(_worker_analyse, [piece for pieces in units for piece in pieces])
            for i, pieces in zip(todo, units):
                back = [_reported(next(done), piece, progress) for piece in pieces]
                failure = next((piece for piece in back if isinstance(piece, Failure)), None)
                yield Failure(documents[i], failure.reason) if failure else joined(documents[i], back)
    finally:
        _worker_nlp = None


def _reported(back: Findings | Failure, piece: Document, progress: Callable[[int], None]) -> Findings | Failure:
    """What a worker sent back for a piece, its characters told to `progress` (a large file moves the bar piece
    by piece, not only at its end)."""
    progress(sentence_chars(piece))
    return back


@contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that share what this process has loaded (copy-on-write), where the OS can fork.

    gc.freeze() keeps the collector from writing to, and so copying, every inherited object. LAC's ONNX session
    must not exist yet when the workers fork (it loads lazily in each): its threads do not survive a fork."""
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield pool
    finally:
        gc.unfreeze()


def read_documents(paths: list[Path], jobs: int = 1) -> list[Document | KgError]:
    """Each file read, cleaned and split (ingest), in the order given; a bad file gives its KgError in its place.
    With jobs > 1 and several files, in forked worker processes: on a large corpus cleaning costs about a tenth
    of the NLP, and the cores would otherwise wait for it one file at a time."""
    workers = min(jobs, len(paths))
    if workers <= 1:
        return [_read_or_error(path) for path in paths]
    with forked_pool(workers) as pool:
        return list(pool.map(_read_or_error, paths, chunksize=max(1, len(paths) // (workers * 8))))


def _read_or_error(path: Path) -> Document | KgError:
    """A value, not a raise: the other files are still read (a raise in a worker ends the pool's map)."""
    try:
        return read_document(path, source=path.as_posix())
    except KgError as error:
        return error
    except Exception as error:  # a fault in kg met on this file: one line naming it, as analysed_or_failure does
        if os.environ.get("KG_DEBUG"):
            raise
        return KgError(f"{path.as_posix()}: internal error while reading ({type(error).__name__}: {error}; "
                       "KG_DEBUG=1 shows the traceback)")


def source_order(documents: list[Document]) -> list[Document]:
    """The order resolution reads documents in (by source path, then content), whatever the order of the inputs:
    analysed in this order, their results can be resolved as they come."""
    return sorted(documents, key=_source_key)


def _source_key(document: Document) -> tuple[str, str]:
    return document.source, document.sha256


def knowledge_base(results: Iterable[DocumentResult]) -> KnowledgeBase:
    """Resolve every document, each as its result comes, in source order so that the graph does not depend on
    the order of the inputs: the results must come in that order (the documents put in source_order first)."""
    kb, gazetteer = KnowledgeBase(), load_gazetteer()
    previous: tuple[str, str] | None = None
    for result in results:
        key = _source_key(result.document)
        if previous is not None and key < previous:
            raise ValueError(f"results out of source order: {key[0]} after {previous[0]}")
        with collector_paused():
            resolve_document(kb, result.document, result.sentences, gazetteer)
        previous = key
    add_gazetteer_chains(kb, gazetteer)
    return kb
