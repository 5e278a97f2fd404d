"""implementedIn as fresh texts write it: a project named in prose after a verb that launches it (实施了…建设项目),
places that 承担 a program, a quoted model that is spread in the whole of a place (…模式已在全市推广), 全市 in
an article about a county-level city and the body that 将 places 列为 a scheme's sites (or that they
are 被 列为 by) (texts of other provinces than the dev set's passages)."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


def test_a_project_named_in_prose_is_a_program_only_after_a_launching_verb(nlp):
    labels = ents(nlp, "湄潭县实施了茶园绿色防控示范项目，凤冈县承担锌硒茶产业园建设项目。")
    assert labels.get("茶园绿色防控示范项目") == labels.get("锌硒茶产业园建设项目") == "Program"
    labels = ents(nlp, "遵义市今年实施一批重大项目，推进招商引资项目落地，项目建设提速。")
    assert "Program" not in labels.values()


def test_places_that_take_on_a_program_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "修文县六屯镇、谷堡镇承担猕猴桃标准化基地建设项目，新建果园2万亩。")
    assert {("猕猴桃标准化基地建设项目", "六屯镇"), ("猕猴桃标准化基地建设项目", "谷堡镇")} <= found


def test_a_quoted_model_spread_in_the_whole_of_a_place_is_a_program(nlp):
    assert ents(nlp, "目前，“村社合一”模式已在全县推广。").get("“村社合一”模式") == "Program"
    assert "Program" not in ents(nlp, "他们总结“村社合一”模式的经验。").values()


def test_the_whole_city_in_an_article_about_a_county_level_city_is_that_city(nlp, tmp_path):
    text = ("晋江市陈埭镇推行“村社合一”模式。晋江市磁灶镇、晋江市安海镇相继跟进。"
            "目前，“村社合一”模式已在全市推广。")
    found = implemented(nlp, tmp_path, text)
    assert ("村社合一模式", "晋江市") in found
    assert ("村社合一模式", "泉州市") not in found


def test_a_body_that_puts_places_on_a_schemes_list_proposed_it(nlp):
    found = relations(nlp, ["四川省农业农村厅将郫都区列为全省数字农业试点县。"])
    assert triples(found, "proposedBy") == {("数字农业试点", "四川省农业农村厅")}
    found = relations(nlp, ["崇州市被四川省农业农村厅列为全省数字农业试点县。"])
    assert triples(found, "proposedBy") == {("数字农业试点", "四川省农业农村厅")}
    found = relations(nlp, ["四川省农业农村厅将该项工作列为重点，推进乡村振兴战略。"])
    assert not triples(found, "proposedBy")



def test_a_pilot_a_place_is_listed_as_ends_its_clause_whole(nlp):
    labels = ents(nlp, "铜仁市被贵州省农业农村厅列为全省农村集体产权制度改革整市推进试点。")
    assert labels.get("农村集体产权制度改革整市推进试点") == "Program"
    assert "Program" not in ents(nlp, "该县被列为试点后加快推进改革。").values()


def test_a_bare_pilot_after_a_document_that_launches_one_is_that_pilot(nlp, tmp_path):
    text = ("全省开展高标准农田建设试点。近日，省农业农村厅印发《关于开展农村宅基地制度改革试点的通知》，"
            "决定在益阳市赫山区、常德市鼎城区开展试点。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert ("农村宅基地制度改革试点", "赫山区") in found and ("农村宅基地制度改革试点", "鼎城区") in found
    assert not any(name == "高标准农田建设试点" and place in ("赫山区", "鼎城区") for name, place in found)
    kb = kb_of(nlp, tmp_path, {"b.txt": text})
    assert "农村宅基地制度改革试点" in {kb.entities[k].label for counts in kb.mentions.values() for k in counts}
