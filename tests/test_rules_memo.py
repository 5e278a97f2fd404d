"""The per-sentence memo of the relation rules (kg.extract.base): ents() selections, mentions and other findings
kept while sentence_memo_kept runs, and the same answers outside it."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.base import MEMO_KEY, ents, mention_of, sentence_memo, sentence_memo_kept
from kg.extract.dates import find_dates
from kg.nlp.candidates import register_extensions


def sentence() -> Doc:
    register_extensions()
    return Doc(Vocab(), words=["浙江", "实施", "千万工程", "，", "省委", "部署"],
               ents=["B-Place", "O", "B-Program", "O", "B-Organization", "O"])


def test_selections_are_the_same_inside_and_outside_the_memo():
    doc = sentence()
    outside = [ents(doc), ents(doc, "Place", "Program"), ents(doc, "Organization")]
    with sentence_memo_kept(doc):
        inside = [ents(doc), ents(doc, "Place", "Program"), ents(doc, "Organization")]
        assert [e.text for e in ents(doc, "Program", "Place")] == ["浙江", "千万工程"]  # in text order
    assert [[e.text for e in s] for s in inside] == [[e.text for e in s] for s in outside]
    assert MEMO_KEY not in doc.user_data


def test_a_selection_is_a_new_list_each_call():
    doc = sentence()
    with sentence_memo_kept(doc):
        ents(doc, "Place").clear()
        assert [e.text for e in ents(doc, "Place")] == ["浙江"]


def test_an_inner_block_keeps_the_outer_memo():
    doc = sentence()
    calls = []
    with sentence_memo_kept(doc):
        first = mention_of(ents(doc)[0])
        with sentence_memo_kept(doc):  # extract() inside analyse()
            assert mention_of(ents(doc)[0]) is first
            sentence_memo(doc, "x", lambda: calls.append(1))
        sentence_memo(doc, "x", lambda: calls.append(1))
        assert MEMO_KEY in doc.user_data
    assert calls == [1]
    assert MEMO_KEY not in doc.user_data


def test_a_text_without_digits_or_relative_years_has_no_dates():
    assert find_dates("省委部署实施千万工程", 2024) == []
    assert [d.begin for d in find_dates("今年实施", 2024)] == ["2024"]
    assert [d.begin for d in find_dates("12月18日召开", 2024)] == ["2024-12-18"]
