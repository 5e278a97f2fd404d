"""A fact keeps each piece of its evidence once, in the order it was read."""
from kg.model import Evidence, KnowledgeBase
from kg.resolve import add_fact


def evidence(start: int, sentence: str = "张三任福建省副省长。") -> Evidence:
    return Evidence("a.txt", 0, sentence, start, start + len(sentence))


def test_a_repeated_reading_is_kept_once_in_order():
    kb = KnowledgeBase()
    readings = [evidence(40), evidence(10), evidence(40), evidence(10, "另一句。"), evidence(10)]
    for reading in readings:
        add_fact(kb, "person/a", "holds", "post/b", reading)
    add_fact(kb, "person/a", "holds", "post/b", None)
    fact = kb.facts["person/a", "holds", "post/b"]
    assert fact.evidence == [evidence(40), evidence(10), evidence(10, "另一句。")]
    assert len(kb.facts) == 1
