"""implementedIn when the place is the subject of an earlier clause: places that open a clause go on in the
clauses after it that open with their verb (九江、景德镇、上饶三市扎实推进A，统筹实施B), 村里/当地 likewise,
a document in force from a date (…，自2022年1月1日起施行; …自…起在全县施行), 首批在A、B试点, places that
推出 a program, and 区里 that is no 社区 (texts of other provinces than the dev set's passages)."""
from __future__ import annotations

from test_extract import relations, triples
from test_programs_sites import implemented


def test_places_that_open_a_clause_carry_out_the_programs_of_the_clauses_after_it(nlp):
    found = triples(relations(nlp, ["会议指出，九江、景德镇、上饶三市扎实推进鄱阳湖生态保护，统筹实施湿地修复行动，"
                                    "全面完成“退耕还湿”改革等任务。"]), "implementedIn")
    for city in ("九江", "景德镇", "上饶"):
        assert {("湿地修复行动", city), ("“退耕还湿”改革", city)} <= found


def test_a_clause_with_a_subject_of_its_own_ends_the_places_turn(nlp):
    found = triples(relations(nlp, ["会议指出，铜仁市实施“梵净山”生态保护工程，群众满意度明显提升，推行林长制。"]), "implementedIn")
    assert ("林长制", "铜仁市") not in found
    found = triples(relations(nlp, ["会议指出，铜仁市的做法表明，推行林长制成效明显。"]), "implementedIn")
    assert ("林长制", "铜仁市") not in found


def test_a_place_named_by_its_short_form_goes_on_after_an_adverb(nlp, tmp_path):
    text = "江口县位于贵州省东北部。县委书记表示，江口将继续擦亮生态底色，推进“梵净山”生态旅游行动。"
    assert ("梵净山生态旅游行动", "江口县") in implemented(nlp, tmp_path, text)


def test_a_place_anaphor_goes_on_in_the_clauses_after_it(nlp):
    found = relations(nlp, ["今年，村里开展“清洁乡村”行动，推行“门前三包”责任制。"])
    assert {r.subject.text: r.attrs.get("placeAnaphor") for r in found if r.predicate == "implementedIn"} \
        == {"“清洁乡村”行动": "村", "“门前三包”责任制": "村"}


def test_a_time_word_may_stand_between_a_place_anaphor_and_its_verb(nlp):
    found = relations(nlp, ["田阳区是有名的芒果之乡，当地从2021年起推行“芒果保险”试点。"])
    assert [r.attrs.get("articlePlace") for r in found if r.subject.text == "“芒果保险”试点"] == ["1"]


def test_a_document_in_force_from_a_date_applies_in_the_division_its_name_opens_with(nlp):
    found = relations(nlp, ["市人大常委会审议通过修订后的《大同市城市绿化条例》，自2021年3月1日起施行。"])
    assert [r.attrs for r in found if r.predicate == "implementedIn"] == [{"namedPlace": "1"}]
    found = relations(nlp, ["市人大常委会审议通过《大同市城市绿化条例》，明确了各方责任。"])
    assert not [r for r in found if r.predicate == "implementedIn"]


def test_a_date_may_stand_between_a_document_and_the_whole_place_it_is_in_force_in(nlp):
    found = relations(nlp, ["县里出台的《盂县秸秆综合利用办法》自2019年1月1日起在全县施行。"])
    assert [r.attrs for r in found if r.subject.text == "盂县秸秆综合利用办法"] == [{"articlePlace": "县"}]


def test_the_first_batch_of_sites_after_a_launched_program(nlp):
    found = relations(nlp, ["市人社局、市税务局联合推出“社保一网通办”服务，首批在南明区、云岩区推行。"])
    assert {("“社保一网通办”服务", "南明区"), ("“社保一网通办”服务", "云岩区")} <= triples(found, "implementedIn")


def test_a_place_that_launches_a_service_carries_it_out(nlp):
    found = relations(nlp, ["镇宁布依族苗族自治县推出“镇宁农服”综合服务平台。"])
    assert ("“镇宁农服”综合服务平台", "镇宁布依族苗族自治县") in triples(found, "implementedIn")


def test_the_district_a_clause_means_by_qu_li_is_no_community(nlp, tmp_path):
    text = ("安顺市西秀区推进易地扶贫搬迁。七眼桥镇幸福社区党支部书记介绍，社区组织群众参加培训。"
            "区里深入推进“美丽乡村”创建。")
    found = implemented(nlp, tmp_path, text)
    assert ("美丽乡村创建", "西秀区") in found
    assert ("美丽乡村创建", "幸福社区") not in found
