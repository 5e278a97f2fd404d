"""Round 26 (a): texts of other provinces than the dev set's passages. The headline of a government's executive
or plenary meeting names the place the news is about, though only inside the government's name (the place is
then a place of the passage, the container of the districts it lists)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def places_and_containers(nlp, tmp_path, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    mentioned = {key for counts in kb.mentions.values() for key in counts}
    places = {kb.entities[k].label for k in mentioned if kb.entities[k].type == "Place"}
    return places, facts(kb, "locatedIn")


def test_a_government_meeting_headline_names_its_place(nlp, tmp_path):
    for headline, place, district in (
            ("汉中市人民政府召开第二十三次常务会议", "汉中市", "南郑区"),
            ("赣州市政府召开第十七次常务会议", "赣州市", "南康区"),
            ("遵义市人民政府第五十一次常务会议召开", "遵义市", "播州区")):
        text = f"{headline}\n会议确定{district}为全市数字乡村试点，由市农业农村局负责统筹推进。"
        places, contained = places_and_containers(nlp, tmp_path, text)
        assert place in places, headline
        assert (district, place) in contained, headline


def test_a_sentence_that_mentions_a_government_meeting_names_no_place_of_it(nlp, tmp_path):
    text = "会议传达了梧州市人民政府第十次常务会议精神。会议确定长洲区为全区数字乡村试点。"
    places, _ = places_and_containers(nlp, tmp_path, text)
    assert "梧州市" not in places


def test_a_quoted_rating_before_a_bodys_head_is_no_body(nlp):
    for text in ("截至目前，全县已有43个村获评“五星”支部。",
                 "博罗县要扩大“红旗”党支部覆盖面，年内新增10个。",
                 "今年全区新创成“枫桥式”派出所12个。"):
        assert "Organization" not in ents(nlp, text).values(), text


def test_a_branch_named_by_its_place_is_still_a_body(nlp):
    assert "Organization" in ents(nlp, "平谷区峪口镇西营村党支部组织党员开展志愿服务。").values()


def implemented(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_a_model_named_whole_in_its_quote_keeps_the_field_a_launching_verb_governs(nlp):
    for text, name in (("宁德市总结推广产业扶贫“赤溪模式”，带动群众增收。", "产业扶贫“赤溪模式”"),
                       ("永嘉县探索乡村治理“积分制模式”，效果明显。", "乡村治理“积分制模式”"),
                       ("秭归县推广柑橘产业“合作社+农户模式”。", "柑橘产业“合作社+农户模式”")):
        assert ents(nlp, text).get(name) == "Program", text


def test_a_model_no_verb_launches_is_no_program(nlp):
    assert "Program" not in ents(nlp, "全县形成了社会治理“枫桥模式”。").values()


def test_a_province_before_an_adverb_of_precedence_only_says_who_was_first(nlp, tmp_path):
    for text, county, province in (("卢氏县在全省较早探索金融扶贫“卢氏模式”。", "卢氏县", "河南省"),
                                   ("兰考县在全省最早推行“巧媳妇”工程。", "兰考县", "河南省"),
                                   ("安吉县在全省首先推行“两山银行”试点。", "安吉县", "浙江省")):
        found = implemented(nlp, tmp_path, text)
        assert any(site == county for _, site in found), text
        assert not any(site == province for _, site in found), text


def test_a_scope_without_an_adverb_of_precedence_is_still_the_whole_place(nlp, tmp_path):
    text = "宁德市总结“赤溪模式”经验，今年在全市推行“一村一策”改革。"
    assert ("一村一策改革", "宁德市") in implemented(nlp, tmp_path, text)


def test_a_quoted_evaluation_a_verb_carries_out_is_a_program(nlp):
    for text, name in (("仙居县推行“红黑榜”评价，群众参与积极性提高。", "“红黑榜”评价"),
                       ("会泽县开展“星级文明户”评价，评出文明户300户。", "“星级文明户”评价"),
                       ("武宁县在全县推行“信用+积分”评价，将农户信用与贷款挂钩。", "“信用+积分”评价")):
        assert ents(nlp, text).get(name) == "Program", text


def test_an_opinion_of_a_quoted_name_is_no_program(nlp):
    assert "Program" not in ents(nlp, "群众对“放管服”评价很高。").values()
