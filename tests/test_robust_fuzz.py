"""Fuzzing: arbitrary bytes and Unicode through ingestion, recognition and the Turtle export.

Only KgError may escape, and the Turtle always parses in Oxigraph. KG_FUZZ_EXAMPLES=2000 runs a longer search
(the defaults keep the module well under a minute).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_robust_inputs import shared_nlp

from kg.errors import KgError
from kg.export import to_turtle
from kg.graph import build_graph
from kg.ingest import read_document
from kg.pipeline import analyse, knowledge_base

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NLP_FUZZ = settings(FUZZ, max_examples=max(EXAMPLES // 4, 40))

# Chinese that the recognisers react to, the text's punctuation, and the characters that break writers.
CHINESE = list("浙江省杭州市人民政府召开常务会议决定任命刘捷为副省长财政厅国务院臺灣廣東發展與")
PUNCTUATION = list("。，、；：！？“”‘’《》（）【】—…■ \n\r\t\f\u3000\u2028\u2029\ufeff\u200b")
HOSTILE = list("<>&\"'\\{}[]@#%^`|~$\x00\x01\x1f\x7f\ufffd\ufffe\U0001F600\U00020000")
MIXED_TEXT = st.text(alphabet=st.one_of(st.sampled_from(CHINESE + PUNCTUATION + HOSTILE), st.characters()),
                     max_size=300)
# For recognition: words the recognisers react to, with arbitrary text (no NUL: that means a binary file)
# between them, so most cases get through ingestion.
WORDS = ["浙江省", "杭州市", "人民政府", "召开", "常务会议", "决定任命", "刘捷", "为", "副省长", "财政厅", "国务院",
         "臺灣", "廣東省", "《关于", "的通知》", "。", "，", "\n"]
JUNK = st.text(alphabet=st.one_of(st.sampled_from(PUNCTUATION + [c for c in HOSTILE if c != "\x00"]),
                                  st.characters(exclude_categories=("Cs", "Cc"))), max_size=20)
CHINESE_TEXT = st.lists(st.one_of(st.sampled_from(WORDS), JUNK), min_size=1, max_size=40).map("".join)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5")
SUFFIXES = (".txt", ".html", ".pdf", ".md")


def read(data: bytes, suffix: str = ".txt"):
    """read_document on a temporary file: a Document, or None for a KgError (any other exception fails)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            document = read_document(path, path.name)
        except KgError as error:
            assert "\n" not in str(error) and str(error).startswith("input")
            return None
    assert all(document.text[s.start:s.end] == s.text for a in document.articles for s in a.sentences)
    assert len(document.offsets) == len(document.text) + 1
    return document


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_read_or_refused_in_one_line(data, suffix):
    read(data, suffix)


@FUZZ
@given(text=MIXED_TEXT, encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from(SUFFIXES[:2]))
def test_any_unicode_in_any_encoding_is_read_or_refused_in_one_line(text, encoding, suffix):
    read(text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "ignore"), suffix)


@NLP_FUZZ
@given(text=CHINESE_TEXT)
def test_any_text_goes_through_recognition_to_turtle_that_parses(text):
    document = read(text.encode("utf-8", errors="surrogatepass"))
    if document is None:
        return
    event("reached the NLP")
    kb = knowledge_base([analyse(document, shared_nlp())])
    turtle = to_turtle(build_graph(kb))
    store = pyoxigraph.Store()
    store.load(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 0
