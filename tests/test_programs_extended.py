"""implementedIn when a program is extended to places named right after it (扩大到, 延伸至, 推广到), in other
provinces' wording than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_resolve import kb_of


def test_a_program_extended_to_places_is_carried_out_there(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "农村生活污水治理试点扩大到岳西、潜山两地。",
        "b.txt": "“林长制”改革试点已扩大到德化县、永春县。",
        "c.txt": "农业生产托管服务试点今年延伸至榆社县和左权县。"})
    found = facts(kb, "implementedIn")
    assert {("农村生活污水治理试点", "岳西县"), ("农村生活污水治理试点", "潜山市"),
            ("林长制改革试点", "德化县"), ("林长制改革试点", "永春县"),
            ("农业生产托管服务试点", "榆社县"), ("农业生产托管服务试点", "左权县")} <= found


def test_a_program_is_not_extended_to_what_follows_another_verb(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "农村生活污水治理试点经验报送到宿松县。"})
    assert not {place for _, place in facts(kb, "implementedIn")}
