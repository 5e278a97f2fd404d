"""Posts in appointment lists and party groups as fresh texts write them: an undated item of a list under a
bracketed date line, 党组成员 (a post and membership of the department's party group), a bank branch's head
(texts of other provinces than the dev set's passages)."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_dates import context
from test_nlp import ents

from kg.extract.dates import sentence_dates
from kg.names import full_form


def test_items_of_an_appointment_list_take_the_date_of_its_bracketed_heading():
    sentences = ["赣州市人民代表大会常务委员会任免名单", "（2021年9月28日赣州市第五届人民代表大会常务委员会第三十七次会议通过）",
                 "任命刘明为赣州市财政局局长。", "免去张华的赣州市水利局局长职务。"]
    assert [d.last for d in sentence_dates(context(sentences, index=3))] == ["2021-09-28"]
    assert [d.last for d in sentence_dates(context(sentences, index=2))] == ["2021-09-28"]
    # a sentence that is no item of the list does not reach back to it
    assert sentence_dates(context([*sentences[:2], "会后举行宪法宣誓仪式。", "任命刘明为赣州市财政局局长。"])) == []


def test_an_appointment_under_a_dated_heading_starts_the_post(nlp):
    sentences = ["（2021年9月28日赣州市第五届人民代表大会常务委员会第三十七次会议通过）", "任命刘明为赣州市财政局局长。"]
    [post] = [r for r in relations(nlp, sentences) if r.predicate == "holds"]
    assert (post.subject.text, post.object.canonical, post.attrs["start"]) == ("刘明", "局长", "2021-09-28")


def test_a_member_of_a_departments_party_group_holds_the_post_and_belongs_to_the_group(nlp):
    found = relations(nlp, ["省发展改革委党组成员、副主任周建国出席会议。"])
    assert {("周建国", "党组成员"), ("周建国", "副主任")} <= {(r.subject.text, r.object.canonical) for r in found
                                                          if r.predicate == "holds"}
    assert triples(found, "memberOf") == {("周建国", "省发展改革委党组")}


def test_a_bank_or_company_branch_is_one_organization_with_its_place(nlp):
    labels = ents(nlp, "农行南昌市分行与中国建设银行九江市支行签约，中国移动江西有限公司赣州分公司参与。")
    assert labels.get("农行南昌市分行") == labels.get("中国建设银行九江市支行") == "Organization"
    assert labels.get("中国移动江西有限公司赣州分公司") == "Organization"
    assert "南昌市" not in labels and "九江市" not in labels


def test_a_transliterated_name_after_a_title_is_whole_however_the_model_cuts_it(nlp):
    # the model: 副主席|买|买提·吐尔逊, 州长|买买|提江·阿不|都热依木|主持
    labels = ents(nlp, "西藏自治区政府副主席买买提·吐尔逊出席。")
    assert labels.get("买买提·吐尔逊") == "Person" and "买提·吐尔逊" not in labels
    assert ents(nlp, "会议由自治州州长买买提江·阿不都热依木主持。").get("买买提江·阿不都热依木") == "Person"


def test_a_prefectures_commissioner_holds_a_post_in_its_administrative_office(nlp):
    found = relations(nlp, ["和田地区行署副专员阿不都热依木·吐尔逊主持召开专题会议。"])
    assert triples(found, "holds") == {("阿不都热依木·吐尔逊", "行署副专员")}  # the title keeps 行署, as the dev set's
    assert {r.links["org"].text for r in found if r.predicate == "holds"} == {"和田地区行署"}
    assert full_form("和田地区行署") == "和田地区行政公署"  # one body with 和田地区行政公署
