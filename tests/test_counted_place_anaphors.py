"""两县, 这两个县, 三市: a count of places of a level that names none of them refers back to the last that many places
of that level the article named. Sentences in other provinces' wording."""
from __future__ import annotations

from tests.test_extract_documents import facts
from tests.test_resolve import kb_of, labels


def test_a_count_of_counties_opening_a_clause_carries_out_the_program_in_each(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "检查组赴萧县、泗县开展执法检查。检查组认为，两县深入实施乡村振兴战略。"})
    assert {("乡村振兴战略", "萧县"), ("乡村振兴战略", "泗县")} <= facts(kb, "implementedIn")
    assert "两县" not in labels(kb, "Place")


def test_this_many_places_after_a_referring_word_or_after_zai(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "临夏州在和政县、康乐县召开现场会。这两个县大力推行“订单农业”模式。",
        "b.txt": "赣州市开展林业碳汇试点，确定上犹县、崇义县为试点县。该试点在两县率先落地。",
        "c.txt": "湛江市调研组走访了雷州市、廉江市和吴川市。三市深入实施“百千万工程”。",
    })
    found = facts(kb, "implementedIn")
    assert {("订单农业模式", "和政县"), ("订单农业模式", "康乐县")} <= found
    assert {("百千万工程", "雷州市"), ("百千万工程", "廉江市"), ("百千万工程", "吴川市")} <= found
    assert {("林业碳汇试点", "上犹县"), ("林业碳汇试点", "崇义县")} <= found


def test_a_counted_list_or_too_few_places_named_before_is_no_reference(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "牡丹江市的宁安、海林两市开展“百企帮百村”行动。",  # the count closes a list: its items are the places
        "b.txt": "会议在于都县召开。三县深入实施“稻渔共生”工程。",  # one county named: three cannot be found
        "c.txt": "鼎城区、汉寿县和澧县是产粮大县。省农业农村厅选择在两个县开展宅基地制度改革试点。",  # any two
    })
    found = facts(kb, "implementedIn")
    assert {("百企帮百村行动", "宁安市"), ("百企帮百村行动", "海林市")} <= found
    assert not any(s == "稻渔共生工程" for s, _ in found)
    assert not any(s == "宅基地制度改革试点" for s, _ in found)
    assert not {"两市", "三县"} & labels(kb, "Place")
