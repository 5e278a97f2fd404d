"""Wiring of the stages for one build: ingest -> nlp -> extract -> resolve -> KnowledgeBase.

The per-document work (NLP and relation rules) is cached by the file's content hash and the pipeline version,
so adding a document to a corpus processes only that document; resolution always runs over every document
(it is cheap and linear), so an incremental build equals a full one. With jobs > 1, documents go to worker
processes, each with its own pipeline.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language

from .extract import extract
from .extract.base import SentenceContext, mention_of
from .gazetteer import load_gazetteer
from .model import Document, KnowledgeBase, Mention
from .nlp import ENTITY_LABELS, make_nlp
from .nlp.segmenter import cache_dir
from .resolve import SentenceResult, add_gazetteer_chains, resolve_document

@dataclass
class DocumentResult:
    document: Document
    sentences: list[SentenceResult]


@cache
def pipeline_version() -> str:
    """A hash of kg's own code and data: any change to rules or lexicons invalidates cached results."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".txt", ".json", ".tsv"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def sentence_texts(document: Document) -> Iterator[tuple[SentenceContext, str]]:
    """Each sentence with the text the NLP reads (the Simplified form of a Traditional document)."""
    for article in document.articles:
        for sentence in article.sentences:
            text = document.simplified[sentence.start:sentence.end] if document.simplified else sentence.text
            yield SentenceContext(document, article, sentence), text


def analyse(document: Document, nlp: Language) -> DocumentResult:
    contexts, texts = zip(*sentence_texts(document)) if document.articles else ((), ())
    results = []
    for ctx, doc in zip(contexts, nlp.pipe(texts, batch_size=64)):
        spans = [*doc.ents, *doc.spans.get("nested", [])]
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


def _worker_analyse(document: Document) -> DocumentResult:
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = make_nlp()
    return analyse(document, _worker_nlp)


def analyse_all(
    documents: list[Document],
    jobs: int = 1,
    cache: ResultCache | None = None,
    progress: Callable[[Document], None] = lambda d: None,
) -> list[DocumentResult]:
    """Results for every document, from the cache where possible, in the order given."""
    cache = cache or ResultCache()
    results: dict[int, DocumentResult] = {}
    todo = []
    for i, document in enumerate(documents):
        hit = cache.get(document)
        if hit is not None:
            results[i] = hit
            progress(document)
        else:
            todo.append(i)
    for i, result in zip(todo, _run(documents, todo, jobs)):
        cache.put(result)
        results[i] = result
        progress(result.document)
    return [results[i] for i in range(len(documents))]


def _run(documents: list[Document], todo: list[int], jobs: int) -> Iterable[DocumentResult]:
    if not todo:
        return
    if jobs <= 1 or len(todo) == 1:
        nlp = make_nlp()
        for i in todo:
            yield analyse(documents[i], nlp)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as pool:
        yield from pool.map(_worker_analyse, [documents[i] for i in todo])


def knowledge_base(results: list[DocumentResult]) -> KnowledgeBase:
    """Resolve every document, in source order so that the result does not depend on the input order."""
    kb, gazetteer = KnowledgeBase(), load_gazetteer()
    for result in sorted(results, key=lambda r: (r.document.source, r.document.sha256)):
        resolve_document(kb, result.document, result.sentences, gazetteer)
    add_gazetteer_chains(kb, gazetteer)
    return kb
