"""Program names that fresh texts write without the usual suffixes or with shared ones: systems of named chiefs
(河长制), short names a document gives a program (以下简称“三年行动”), quoted names side by side sharing one
head, sites named as 区县, platforms named by their quote (texts of other provinces)."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_a_system_of_named_chiefs_is_a_program_but_not_a_body_or_one_man_rule(nlp):
    labels = ents(nlp, "吉林省全面推行河长制、湖长制，长春市推行田长制。")
    assert {labels.get(name) for name in ("河长制", "湖长制", "田长制")} == {"Program"}
    assert "Program" not in ents(nlp, "省河长制办公室召开会议，坚决反对家长制。").values()


def test_a_short_name_given_after_a_program_is_that_program(nlp, tmp_path):
    text = "河南省实施农村供水保障三年行动（以下简称“三年行动”）。截至目前，“三年行动”完成投资20亿元。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {e.label for e in kb.entities.values() if e.type == "Program"} == {"农村供水保障三年行动"}


def test_quoted_names_side_by_side_share_the_head_after_them(nlp, tmp_path):
    text = "佛山市南海区实施“无废工厂”“无废村居”建设。东莞市实施“绿美工程”和“清水工程”。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert {(name.replace("“", "").replace("”", ""), place) for name, place in found} == {
        ("无废工厂建设", "南海区"), ("无废村居建设", "南海区"), ("绿美工程", "东莞市"), ("清水工程", "东莞市")}


def test_a_name_with_its_own_head_does_not_lend_the_head_to_the_quote_before_it(nlp):
    labels = ents(nlp, "湛江市开展“双十百千”工程和“十村示范、百村整治”行动。")
    assert labels.get("“双十百千”工程") == labels.get("“十村示范、百村整治”行动") == "Program"


def test_a_campaign_named_with_its_length_is_one_program(nlp):
    labels = ents(nlp, "河北省实施农村人居环境整治提升五年行动和高标准农田建设三年攻坚行动。")
    assert labels.get("农村人居环境整治提升五年行动") == labels.get("高标准农田建设三年攻坚行动") == "Program"


def test_two_programs_joined_by_and_are_two(nlp):
    labels = ents(nlp, "陕西省实施乡村振兴战略和区域协调发展战略，推进文化惠民工程和乡村旅游提升计划。")
    assert {labels.get(name) for name in ("乡村振兴战略", "区域协调发展战略", "文化惠民工程", "乡村旅游提升计划")} \
        == {"Program"}
    assert ents(nlp, "青海省开展草畜平衡和禁牧休牧制度改革。").get("草畜平衡和禁牧休牧制度改革") == "Program"


def test_districts_and_counties_designated_as_the_sites_of_a_scheme(nlp):
    found = relations(nlp, ["天津市蓟州区、宝坻区被确定为全市首批数字乡村试点区县。"])
    assert triples(found, "implementedIn") == {("数字乡村试点", "蓟州区"), ("数字乡村试点", "宝坻区")}


def test_a_platform_is_named_by_the_quote_after_it(nlp):
    assert ents(nlp, "佛山市上线政务服务平台“佛山通”。").get("佛山通") == "Program"


def test_a_quoted_system_spread_or_started_is_a_program_but_not_one_built_up(nlp):
    assert ents(nlp, "临沧市推行“首问负责”制度。").get("“首问负责”制度") == "Program"
    assert "Program" not in ents(nlp, "要健全“三重一大”决策制度。").values()


def test_a_short_name_after_a_colon_or_wei_is_the_quoted_name(nlp, tmp_path):
    text = "河南省实施农村供水保障三年攻坚行动（以下简称：“保供行动”）。截至目前，“保供行动”完成投资20亿元。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {e.label for e in kb.entities.values() if e.type == "Program"} == {"农村供水保障三年攻坚行动"}


def test_a_clause_that_runs_on_after_a_batch_is_no_scheme(nlp):
    labels = ents(nlp, "该村被列入第一批试点后加快推进基础设施建设，村容村貌明显改善。")
    assert not any(label == "Program" and "加快" in name for name, label in labels.items())


def test_a_slogan_listed_after_a_goal_is_no_program(nlp):
    assert ents(nlp, "推动经济高质量发展、“两个先行”。").get("两个先行") != "Program"
    assert ents(nlp, "实施高原美丽乡村建设、“厕所革命”。").get("厕所革命") == "Program"


def test_every_program_of_a_list_after_a_launching_verb_is_named_whole(nlp):
    labels = ents(nlp, "湛江市深入实施乡村振兴战略、区域协调发展战略、新型城镇化战略。")
    assert {labels.get(name) for name in ("乡村振兴战略", "区域协调发展战略", "新型城镇化战略")} == {"Program"}
    labels = ents(nlp, "赣州市大力实施工业倍增战略、开放融合发展战略和文旅产业提升工程。")
    assert {labels.get(name) for name in ("工业倍增战略", "开放融合发展战略", "文旅产业提升工程")} == {"Program"}


def test_a_place_that_pilots_or_plans_names_no_program(nlp):
    labels = ents(nlp, "自治区党委、自治区人民政府决定在柳州市试点生态保护补偿机制。")
    assert "柳州市试点" not in labels and labels.get("柳州市") == "Place"
    assert "Program" not in ents(nlp, "淄博市计划在张店区建设一批口袋公园。").values()


def test_a_project_that_plans_an_investment_ends_before_plan(nlp):
    assert not any(name.endswith("计划") for name in ents(nlp, "华兴项目计划总投资2.3亿元，主要用于建设智能生产线。"))
    labels = ents(nlp, "通辽市实施“科尔沁人才”计划，引进高层次人才300名。")
    assert labels.get("“科尔沁人才”计划") == "Program"


def test_growing_a_kind_of_town_is_a_program_named_without_its_batch(nlp):
    labels = ents(nlp, "江西省将启动新一批中心镇培育建设。岳阳市加快特色小镇培育建设。")
    assert labels.get("中心镇培育建设") == labels.get("特色小镇培育建设") == "Program"
    assert "Program" not in ents(nlp, "全市企业培育建设成效明显。").values()  # no verb launches it
    labels = ents(nlp, "大同市云州区成为全国首个黄花菜产业地理标志保护工程实施区。")
    assert labels.get("黄花菜产业地理标志保护工程") == "Program"


def test_a_phrase_that_only_ranks_the_work_names_no_program(nlp):
    labels = ents(nlp, "这条通道是党中央亲自谋划的重大战略工程，也是重点民生项目。")
    assert "Program" not in labels.values()
    labels = ents(nlp, "黔东南州实施民族文化保护重大工程。")
    assert labels.get("民族文化保护重大工程") == "Program"


def test_a_phrase_after_etc_names_the_class_of_the_listed_items(nlp):
    labels = ents(nlp, "宜宾市开展“村晚”“村歌”等“乡字号”群众文化活动。")
    assert not any(label == "Program" and "群众文化活动" in name for name, label in labels.items())
    labels = ents(nlp, "宜宾市开展“乡字号”群众文化活动。")
    assert labels.get("“乡字号”群众文化活动") == "Program"


def test_a_scheme_listed_with_its_year_or_with_no_scope_has_the_places_as_sites(nlp, tmp_path):
    text = ("紫阳县被农业农村部、财政部列入2023年国家现代农业产业园创建名单。"
            "寿光市、青州市纳入省级乡村振兴示范区创建范围。"
            "岳西县被商务部、财政部列为2022年电子商务进农村综合示范县。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert found == {("国家现代农业产业园创建", "紫阳县"), ("省级乡村振兴示范区创建", "寿光市"),
                     ("省级乡村振兴示范区创建", "青州市"), ("电子商务进农村综合示范", "岳西县")}


def test_a_program_after_a_clause_that_deployed_it_starts_after_de(nlp):
    labels = ents(nlp, "全市上下认真落实市委、市政府部署的营商环境优化提升三年行动，成效明显。")
    assert labels.get("营商环境优化提升三年行动") == "Program"
    labels = ents(nlp, "福建省委部署开展的“四下基层”实践活动取得成效。")
    assert labels.get("“四下基层”实践活动") == "Program"


def test_a_project_that_opens_its_clause_and_is_then_placed_is_a_program_there(nlp, tmp_path):
    text = ("今年，全市重大项目建设提速。古雷石化炼化一体化项目在漳浦县建成投产，"
            "海洋牧场与光伏融合发展试点在东山县、诏安县开展。该项目在云霄县落地。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    # 该项目 is no program of its own: it refers back to the latest 项目, placed again in 云霄县
    assert found == {("古雷石化炼化一体化项目", "漳浦县"), ("海洋牧场与光伏融合发展试点", "东山县"),
                     ("海洋牧场与光伏融合发展试点", "诏安县"), ("古雷石化炼化一体化项目", "云霄县")}


def test_what_a_text_takes_as_its_lever_is_governed(nlp):
    labels = ents(nlp, "咸宁市以农村集体产权制度改革为突破口，黄山市以国家全域旅游示范区创建为总抓手。")
    assert labels.get("农村集体产权制度改革") == labels.get("国家全域旅游示范区创建") == "Program"
    assert "Program" not in ents(nlp, "以改革为动力，推动高质量发展。").values()
