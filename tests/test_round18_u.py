"""Round 18 (u): the short form 民委 of an ethnic affairs commission (省民委, 国家民委) is written out; 导则 ends a
document's name as 指引 does; 推广 governs a program's name as 推行 does (在A镇推广X融合发展试点), so that the verbs
inside the name (融合, 发展) belong to it. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_programs_chosen_sites import implemented
from test_resolve import kb_of, labels


def test_an_ethnic_affairs_commission_by_its_short_name_is_named_in_full(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"gz.txt": "贵州省召开民族工作会议。省民委主任出席会议并讲话。"})
    assert "贵州省民族事务委员会" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"yn.txt": "云南省红河州被国家民委命名为全国民族团结进步示范州。"})
    assert "国家民族事务委员会" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"nx.txt": "湖南省凤凰县召开会议，县民委负责同志介绍情况。"})
    assert "凤凰县民族事务委员会" in labels(kb, "Organization")


def test_an_ethnic_and_religious_affairs_commission_keeps_its_own_full_form(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"qh.txt": "青海省召开会议，省民宗委负责同志出席。"})
    assert "青海省民族宗教事务委员会" in labels(kb, "Organization")
    assert "青海省民族事务委员会" not in labels(kb, "Organization")


def test_a_guideline_daoze_is_a_document_issued_by_its_body(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "湖州市人民政府还出台了《湖州市美丽乡村建设导则》，指导各区县规范建设。"})
    assert ("湖州市美丽乡村建设导则", "湖州市人民政府") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"b.txt": "四川省住房和城乡建设厅印发《四川省川西林盘保护修复导则》。"})
    assert ("四川省川西林盘保护修复导则", "四川省住房和城乡建设厅") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"c.txt": "恩施州政府出台了《恩施州传统村落风貌管控导则》。"})
    assert "恩施州传统村落风貌管控导则" in labels(kb, "Policy")


def test_a_pilot_that_tuiguang_spreads_to_towns_is_named_with_its_verbs(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "江山市要在峡口镇、廿八都镇推广农旅融合发展试点。")
    assert {("农旅融合发展试点", "峡口镇"), ("农旅融合发展试点", "廿八都镇")} <= found
    found = implemented(nlp, tmp_path, "黔西市在新仁乡推广林下经济发展试点。")
    assert ("林下经济发展试点", "新仁乡") in found
    found = implemented(nlp, tmp_path, "武宁县将在罗坪镇、船滩镇推广茶旅融合发展试点。")
    assert {("茶旅融合发展试点", "罗坪镇"), ("茶旅融合发展试点", "船滩镇")} <= found


def test_tuiguang_inside_a_programs_name_does_not_cut_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "定西市农业技术推广示范项目在安定区实施。县里大力推广稻渔综合种养技术。"})
    programs = labels(kb, "Program")
    assert "示范项目" not in programs
    assert not any("稻渔" in p for p in programs)


def test_spreading_a_places_experience_names_no_program_from_the_place(nlp, tmp_path):
    """推广 governs a program's name (with its verbs: 融合发展) only when the program itself is spread, not a place's
    experience of it (the program is named where the place carries it out)."""
    for text in ("建议市里在各县区推广寿县稻渔综合种养试点经验。", "会议要求推广岳西县茶旅融合发展试点经验。",
                 "全市推广丰县农旅融合发展试点做法。"):
        kb = kb_of(nlp, tmp_path, {"a.txt": text})
        assert not any(p.startswith(("寿县", "岳西县", "丰县")) for p in labels(kb, "Program")), text


def test_a_place_after_a_verb_of_carrying_out_still_takes_its_pilot(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宁强县在大安镇推广茶旅融合发展试点。")
    assert ("茶旅融合发展试点", "大安镇") in found
