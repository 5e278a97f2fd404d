"""Round 17 (s): a place after a verb of relying or building on (依托/立足/依靠 + place) is a resource, not a
program's site; 我市/我省 before a program's name is the document's own place, no part of the name; the bodies
that designate places in a passive (被A确定为X，…) launch nothing named in a later clause; generic terrain areas
(半山区, 丘陵区, 牧区) are no places. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def test_the_place_a_program_is_built_on_is_a_resource_and_the_clause_subject_is_the_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "黄山区立足太平湖资源，推出“太平湖鱼”区域公用品牌。")
    assert ("太平湖鱼", "黄山区") in found
    found = implemented(nlp, tmp_path, "东源县依靠万绿湖推出“万绿湖鱼”品牌。")
    assert ("万绿湖鱼", "东源县") in found and not any(place == "万绿湖" for _, place in found)
    found = implemented(nlp, tmp_path, "汉寿县借助西洞庭湖湿地实施“生态渔业”示范工程。")
    assert ("生态渔业示范工程", "汉寿县") in found and not any(place == "西洞庭湖" for _, place in found)


def test_a_program_after_a_verb_of_relying_on_is_still_carried_out_by_the_place_before(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "沧源佤族自治县依托“兴边富民工程”建成边境民宿120家。")
    assert ("兴边富民工程", "沧源佤族自治县") in found


def test_the_documents_own_place_before_a_quoted_name_is_no_part_of_it(nlp, tmp_path):
    for text, name in (("研究部署我省“项目建设攻坚年”活动。", "项目建设攻坚年活动"),
                       ("全面推进我县“美丽庭院”创建活动。", "美丽庭院创建活动"),
                       ("推动我区“数字政府”建设。", "数字政府建设")):
        assert {plan.replace("“", "").replace("”", "") for plan in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")} == {name}


def test_a_word_ending_in_benshi_is_not_cut_as_the_documents_own_place(nlp, tmp_path):
    assert "资本市场化改革" in labels(kb_of(nlp, tmp_path, {"a.txt": "全面深化资本市场化改革，推动我区“数字政府”建设。"}), "Program")


def test_bodies_that_designate_places_launch_no_document_of_a_later_clause(nlp, tmp_path):
    for text, document in (
            ("阿荣旗、莫力达瓦达斡尔族自治旗被农业农村部确定为东北黑土地保护性耕作整县推进旗，两旗按照《内蒙古自治区黑土地保护条例》要求开展保护。",
             "内蒙古自治区黑土地保护条例"),
            ("榆树市被农业农村部、财政部认定为全国农业产业强市，该市按照《吉林省乡村振兴促进条例》要求推进产业发展。", "吉林省乡村振兴促进条例"),
            ("寿光市被商务部确定为国家农产品流通骨干网络节点城市，全市按照《山东省农产品冷链物流发展规划》要求建设冷库。",
             "山东省农产品冷链物流发展规划"),
            ("曲靖市、昭通市被国家发展改革委确定为国家城乡融合发展试验区，两市依照《云南省城乡融合发展实施方案》要求，推进改革。",
             "云南省城乡融合发展实施方案")):
        assert not any(plan == document for plan, _ in proposed(nlp, tmp_path, text))


def test_a_body_that_designates_places_in_one_clause_still_launches_the_program(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "农牧厅确定伊金霍洛旗、鄂托克前旗为全区首批牧区现代化试点旗。")
    assert ("牧区现代化试点", "农牧厅") in found


def test_generic_terrain_areas_are_no_places(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "在张家口市的牧区和承德市的浅山区开展试点，黑龙江省东部半山区和丘陵区也要跟进。"})
    places = labels(kb, "Place")
    assert not places & {"牧区", "浅山区", "半山区", "丘陵区"}
    assert {"张家口市", "承德市"} <= places


def test_a_named_forest_district_is_still_a_place(nlp, tmp_path):
    assert "神农架林区" in labels(kb_of(nlp, tmp_path, {"a.txt": "在神农架林区开展生态补偿试点。"}), "Place")

