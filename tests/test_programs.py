"""Programs named by the places enrolled in them, quoted names inside longer program names, and the limits of
the article's subject place as the actor of clauses that name none (texts of other provinces)."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def test_a_scheme_a_place_is_selected_for_is_named_without_batch_and_site_word(nlp):
    labels = ents(nlp, "泉州市入选全国第二批城市更新试点城市，晋江市被确定为国家级县域商业体系建设示范县。")
    assert labels.get("城市更新试点") == "Program"
    assert labels.get("国家级县域商业体系建设示范") == "Program"
    assert "范县" not in labels  # 示范县 holds no county


def test_a_scheme_named_before_its_batch_of_sites(nlp):
    labels = ents(nlp, "铜仁市碧江区、万山区纳入武陵山区农村人居环境整治提升行动首批重点县。")
    assert labels.get("武陵山区农村人居环境整治提升行动") == "Program"


def test_the_places_selected_for_a_scheme_are_its_sites(nlp):
    found = relations(nlp, ["德化县、安溪县入选全国首批革命老区振兴示范区创建名单。"])
    assert triples(found, "implementedIn") == {("革命老区振兴示范区创建", "德化县"), ("革命老区振兴示范区创建", "安溪县")}
    found = relations(nlp, ["晋江市被商务部、财政部确定为国家级电子商务进农村综合示范县。"])
    assert triples(found, "implementedIn") == {("国家级电子商务进农村综合示范", "晋江市")}


def test_nouns_between_a_launching_verb_and_a_quote_belong_to_the_program(nlp):
    found = relations(nlp, ["在尤溪县、沙县区开展林业碳汇“一元钱”试点。"])
    assert triples(found, "implementedIn") == {("林业碳汇“一元钱”试点", "尤溪县"), ("林业碳汇“一元钱”试点", "沙县区")}
    labels = ents(nlp, "三明市深入实施新时代“百村千户”工程。")
    assert labels.get("“百村千户”工程") == "Program"


def test_a_quoted_name_a_place_started_is_a_program_carried_out_there(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "永春县首创的“乡村夜校”已覆盖全县。"})
    assert facts(kb, "implementedIn") == {("乡村夜校", "永春县")}


def test_reported_demands_are_not_the_article_places_deeds(nlp, tmp_path):
    text = "南平市完成造林12万亩。会议强调，今年要巩固成果，深入推进“项目攻坚年”活动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not facts(kb, "implementedIn")


def test_a_sentence_opening_with_a_body_ends_the_article_places_turn(nlp, tmp_path):
    text = "龙岩市长汀县推行林长制改革。省林业局副局长陈明表示，成效明显。下一步，深入开展“绿盈乡村”行动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not any(program == "绿盈乡村行动" for program, _ in facts(kb, "implementedIn"))
    text = "长汀县推行林长制改革。“绿盈乡村”成效明显。深入开展“绿盈乡村”行动。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("绿盈乡村行动", "长汀县") in facts(kb, "implementedIn")


def test_the_whole_of_a_level_is_the_place_of_that_level_the_text_speaks_of(nlp, tmp_path):
    text = ("2023年，南平市建阳区推行“林业碳票”改革。建阳区首创的“茶园认养”模式已在全市推广。"
            "南平市在全区推广“一村一品”行动。今年全市将实施高标准农田建设三年行动。南平市在全省率先推行“一件事”改革。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert ("茶园认养模式", "建阳区") in found and ("茶园认养模式", "南平市") in found
    assert ("一村一品行动", "建阳区") in found  # 全区 after a district: the district the article is about
    assert ("高标准农田建设三年行动", "南平市") in found
    assert ("一件事改革", "福建省") not in found  # 在全省率先: who was first, not where


def test_an_autonomous_regions_whole_is_the_region(nlp, tmp_path):
    text = "宁夏回族自治区农业农村厅确定平罗县、盐池县为试点县。固原市原州区首创的“村企联建”模式已在全区推广。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert ("村企联建模式", "原州区") in found
    assert ("村企联建模式", "宁夏回族自治区") not in found  # the article speaks of a district: 全区 is 原州区


def test_a_spread_model_and_a_governed_reform_are_programs(nlp):
    labels = ents(nlp, "延川县在全县推广“借袋还菌”产业帮扶模式，推行农村集体经营性资产股份合作制改革。")
    assert labels.get("“借袋还菌”产业帮扶模式") == "Program"
    assert labels.get("农村集体经营性资产股份合作制改革") == "Program"
    # a model only improved is none (深化 one is, since the thirty-sixth session: test_session36_rules)
    labels = ents(nlp, "完善“基金+基地”招商模式，推进重大领域体制机制改革，坚持改革开放。")
    assert not any(label == "Program" for label in labels.values())


def test_a_provinces_program_carried_out_in_a_county_keeps_the_province(nlp):
    labels = ents(nlp, "推动陕西省“一村一品”示范村镇培育行动在全县落地。")
    assert labels.get("陕西省“一村一品”示范村镇培育行动") == "Program"


def test_every_body_of_a_list_after_by_launched_the_program(nlp, tmp_path):
    text = ("延安市深入实施“百村示范”工程，延安市农业农村局推广“一村一品”。这一工程由延安市委、市政府于2021年部署实施。"
            "“美丽庭院”创建活动由延安市妇联、延安市农业农村局联合发起。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert {("百村示范工程", "中共延安市委"), ("百村示范工程", "延安市人民政府")} <= found
    assert {("美丽庭院创建活动", "延安市妇女联合会"), ("美丽庭院创建活动", "延安市农业农村局")} <= found


def test_a_chain_opening_a_sentence_has_its_last_place_as_subject_and_a_list_none(nlp, tmp_path):
    text = "安康市平利县推行“茶饮”改革。深入开展“绿色茶园”行动。"
    assert ("绿色茶园行动", "平利县") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    text = "平利县推行“茶饮”改革。汉阴县、石泉县实施造林工程。深入开展“绿色茶园”行动。"
    assert not any(p == "绿色茶园行动" for p, _ in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn"))


def test_an_anaphor_spread_over_the_whole_of_a_level_is_the_latest_program(nlp, tmp_path):
    text = "2024年以来，宝鸡市太白县推广“借袋还菌”模式。这一模式由太白县委、县政府于2020年推出，目前已在全市推广。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert ("借袋还菌模式", "宝鸡市") in found


def test_a_completed_reform_and_a_long_list_of_designated_sites(nlp, tmp_path):
    found = relations(nlp, ["太白县已全面完成农村集体产权制度改革。"])
    assert triples(found, "implementedIn") == {("农村集体产权制度改革", "太白县")}
    found = relations(nlp, ["青海省农业农村厅、青海省财政厅确定湟源县、互助土族自治县、门源回族自治县、贵德县为第二批省级农村综合改革试点县。"])
    assert {o for _, o in triples(found, "proposedBy")} == {"青海省农业农村厅", "青海省财政厅"}


def test_a_parallel_name_takes_its_numeral_short_form_only_when_the_text_writes_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "江西省深入实施“千村美丽、万村振兴”行动。"})
    assert "千村美丽、万村振兴行动" in {e.label for e in kb.entities.values() if e.type == "Program"}
    kb = kb_of(nlp, tmp_path, {"b.txt": "江西省实施“千村示范、万村整治”工程。“千万工程”成效显著。"})
    assert "千万工程" in {e.label for e in kb.entities.values() if e.type == "Program"}


def test_a_batch_or_scope_word_before_a_suffix_names_no_program(nlp):
    labels = ents(nlp, "第一批试点县要巩固试点成果，首批试点要总结经验。")
    assert not any(label == "Program" for label in labels.values())


def test_a_round_word_opens_no_program_but_a_level_word_belongs_to_it(nlp):
    labels = ents(nlp, "江西省在20个中心镇开展新一轮强镇扩权改革试点，并启动省级乡村“土特产”精品培育试点。")
    assert labels.get("强镇扩权改革试点") == "Program" and "新一轮强镇扩权改革试点" not in labels
    assert labels.get("省级乡村“土特产”精品培育试点") == "Program"


def test_a_scope_word_after_the_batch_is_not_part_of_the_scheme(nlp):
    found = relations(nlp, ["遵义市入选第二批全国城市一刻钟便民生活圈试点名单。"])
    assert triples(found, "implementedIn") == {("城市一刻钟便民生活圈试点", "遵义市")}


def test_a_belt_of_sites_is_a_scheme_its_villages_are_put_into(nlp):
    found = relations(nlp, ["岳西县石关村、天堂镇纳入大别山红色旅游示范带首批建设村。"])
    assert triples(found, "implementedIn") == {("大别山红色旅游示范带", "石关村"), ("大别山红色旅游示范带", "天堂镇")}


def test_places_that_start_a_bare_pilot_carry_out_the_articles_latest_one(nlp, tmp_path):
    text = "2023年，贵阳市入选第二批全国城市一刻钟便民生活圈试点名单。\n\n南明区花果园街道、云岩区中华路街道率先开展试点，群众反响良好。\n"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert {("城市一刻钟便民生活圈试点", "花果园街道"), ("城市一刻钟便民生活圈试点", "中华路街道")} <= found
    assert not any(place in ("南明区", "云岩区") for _, place in found)


def test_a_quoted_name_takes_the_suffix_it_shares_with_the_next_program(nlp, tmp_path):
    text = "遵义市深入实施教育“强基”和医疗“提质”工程。毕节市推进农村“厕所革命”等行动。六盘水市实施产业“强链”和民生“暖心工程”。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert found == {("教育“强基”工程", "遵义市"), ("医疗“提质”工程", "遵义市"), ("农村“厕所革命”行动", "毕节市"),
                     ("产业“强链”工程", "六盘水市"), ("民生“暖心工程”", "六盘水市")}
    labels = ents(nlp, "全面实施县域商业体系建设和深化“放管服”改革、乡村“文明实践”等工程。")
    assert labels.get("乡村“文明实践”") == "Program"  # named 乡村“文明实践”工程, after 、 in the list


def test_a_report_of_our_city_or_county_carries_out_what_it_completed(nlp, tmp_path):
    text = "抚松县政府工作报告\n过去一年，我县全面完成农村集体产权制度改革。抚松县人民政府县长李明。"
    assert ("农村集体产权制度改革", "抚松县") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_a_document_in_force_in_the_whole_of_a_level(nlp, tmp_path):
    # The issuer is a body, not the place (a place issuing its own document is another rule).
    text = "鞍山市召开会议，鞍山市海城市、鞍山市台安县参加。市政府制定出台《农村宅基地管理办法》并在全市施行。"
    assert ("农村宅基地管理办法", "鞍山市") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")


def test_places_after_a_comma_and_a_time_word_carry_out_the_document_when_a_verb_follows(nlp):
    found = relations(nlp, ["州里制定了《海西州草原生态补偿办法》，今年将在格尔木市、德令哈市推广。"])
    assert triples(found, "implementedIn") == {("海西州草原生态补偿办法", "格尔木市"), ("海西州草原生态补偿办法", "德令哈市")}
    found = relations(nlp, ["州里制定了《海西州草原生态补偿办法》，今年将在格尔木市召开座谈会。"])
    assert not triples(found, "implementedIn")
    found = relations(nlp, ["要深入实施乡村振兴战略，在农安县、榆树市开展黑土地保护试点。"])
    assert not any(program == "乡村振兴战略" for program, _ in triples(found, "implementedIn"))


def test_places_that_carry_out_without_an_object_take_the_document_named_before(nlp):
    found = relations(nlp, ["省政府办公厅印发《吉林省黑土地保护工程实施方案》后，梨树县、公主岭市率先落实，完成保护性耕作500万亩。"])
    assert triples(found, "implementedIn") == {("吉林省黑土地保护工程实施方案", "梨树县"), ("吉林省黑土地保护工程实施方案", "公主岭市")}
    assert not triples(relations(nlp, ["梨树县、公主岭市率先落实，完成保护性耕作500万亩。"]), "implementedIn")


def test_an_anaphor_after_a_comma_means_the_program_the_sentence_just_named(nlp, tmp_path):
    text = "海南省儋州市首创“海岛驿站”治理改革，这项改革由儋州市委组织部推出，目前已在全省推广。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("海岛驿站治理改革", "海南省") in facts(kb, "implementedIn")
    assert any(program == "海岛驿站治理改革" for program, _ in facts(kb, "proposedBy"))


def test_a_quoted_name_with_the_service_or_campaign_it_names_is_one_program(nlp):
    labels = ents(nlp, "南京市鼓楼区推行“街巷管家”服务，无锡市梁溪区进行“扫码式”行政检查。")
    assert labels.get("“街巷管家”服务") == "Program" and labels.get("“扫码式”行政检查") == "Program"
    labels = ents(nlp, "重庆市启动新一轮“五好乡村路”示范创建，在全市党员中开展“学史力行”主题教育。")
    assert labels.get("“五好乡村路”示范创建") == "Program" and labels.get("“学史力行”主题教育") == "Program"
    labels = ents(nlp, "沈阳市和平区在处罚决定作出后引入“回访式”指导服务。")
    assert labels.get("“回访式”指导服务") == "Program"
    labels = ents(nlp, "大连市开展“净滩”专项整治，清理海滩垃圾300吨。")
    assert labels.get("“净滩”专项整治") == "Program"
    labels = ents(nlp, "“街巷管家”服务受到居民好评。")  # no verb carries it out: the quote alone is named
    assert "“街巷管家”服务" not in labels


def test_a_model_tried_or_spread_by_a_place_is_a_program(nlp):
    labels = ents(nlp, "吉林市试行“村集体+合作社+农户”经营模式，桦甸市推行的“积分银行”管理模式已在全市推广。")
    assert labels.get("“村集体+合作社+农户”经营模式") == "Program"
    assert labels.get("“积分银行”管理模式") == "Program"


def test_a_kind_of_place_before_a_quoted_reform_says_where_a_field_belongs_to_the_name(nlp):
    labels = ents(nlp, "常州市在武进区、新北区开展园区“亩产论英雄”改革。")
    assert labels.get("“亩产论英雄”改革") == "Program" and "园区“亩产论英雄”改革" not in labels
    labels = ents(nlp, "银川市全面推行农村承包地“三权分置”改革，深化国有企业“三项制度”改革。")
    assert labels.get("农村承包地“三权分置”改革") == "Program"
    assert labels.get("国有企业“三项制度”改革") == "Program"


def test_a_study_campaign_is_a_program(nlp):
    labels = ents(nlp, "天津市委巩固深化党史学习教育成果。")
    assert labels.get("党史学习教育") == "Program"


def test_building_a_demonstration_zone_is_a_program_named_with_the_building(nlp):
    # As worked example b names 中心镇培育建设; the zone itself is a place, not the program.
    labels = ents(nlp, "镇江市加快推进宁镇扬一体化示范区建设，推进苏皖边区域合作示范区建设。")
    assert labels.get("宁镇扬一体化示范区建设") == "Program"
    assert labels.get("苏皖边区域合作示范区建设") == "Program"
    found = relations(nlp, ["盘锦市在盘山县、大洼区开展乡村振兴示范区建设。"])
    assert triples(found, "implementedIn") == {("乡村振兴示范区建设", "盘山县"), ("乡村振兴示范区建设", "大洼区")}
    assert "乡村振兴示范区建设" not in ents(nlp, "乡村振兴示范区建设成效明显。")  # no verb launches it


def test_a_long_program_name_keeps_all_its_words_but_not_its_batch(nlp):
    labels = ents(nlp, "黑龙江省松嫩平原农村人居环境整治提升行动也在加快推进。")
    assert labels.get("黑龙江省松嫩平原农村人居环境整治提升行动") == "Program"
    labels = ents(nlp, "牡丹江市在第三批省级农村综合改革试点中表现突出。")
    assert labels.get("省级农村综合改革试点") == "Program" and "第三批省级农村综合改革试点" not in labels


def test_a_counted_quoted_name_after_as_many_listed_parts_is_one_program(nlp):
    doc = nlp("近年来，宁夏回族自治区吴忠市利通区深入实施产业强区、生态立区“两大战略”，组织实施数字赋能、人才集聚、平台提升“四项工程”。")
    programs = {e.text for e in doc.ents if e.label_ == "Program"}
    assert "产业强区、生态立区“两大战略”" in programs
    assert not any("数字赋能" in name for name in programs)  # three parts listed before “四项”: no such list
    found = ents(nlp, "坚持产业强县、生态立县“两大战略”。")  # 坚持 launches nothing
    assert not any(label == "Program" and "两大战略" in name for name, label in found.items())
    doc = nlp("深化农房改造、管线序化、村道提升新“三大行动”。")
    assert [e._.canonical for e in doc.ents if e.label_ == "Program"] == ["农房改造、管线序化、村道提升“三大行动”"]



def test_a_count_without_quotes_or_after_quoted_parts_makes_one_program_too(nlp):
    labels = ents(nlp, "十堰市组织实施了产业升级、城乡融合、生态修复三大工程。")
    assert labels.get("产业升级、城乡融合、生态修复三大工程") == "Program"
    labels = ents(nlp, "福建省实施“闽菜师傅”“八闽技工”“福嫂家政”三项工程，带动就业。")
    assert labels.get("“闽菜师傅”“八闽技工”“福嫂家政”三项工程") == "Program"
    assert "Program" not in ents(nlp, "通化市实施产业升级、城乡融合两大工程建设。").values()  # the count runs on

def test_a_place_and_a_batch_before_a_quoted_campaign_are_no_part_of_it(nlp):
    labels = ents(nlp, "开展康县第二批“不忘初心、牢记使命”主题教育。")
    assert labels.get("“不忘初心、牢记使命”主题教育") == "Program" and labels.get("康县") == "Place"


def test_a_launched_service_and_a_pilot_zone_being_built_are_programs(nlp):
    labels = ents(nlp, "铅山县推出“农技直通车”服务，推进城乡融合发展试验区建设。")
    assert labels.get("“农技直通车”服务") == "Program"
    assert labels.get("城乡融合发展试验区建设") == "Program"


def test_an_aspect_particle_after_the_launching_verb_is_no_part_of_the_name(nlp):
    labels = ents(nlp, "朱家沟村实施了农村人居环境整治提升工程，户厕改造全部完成。")
    assert labels.get("农村人居环境整治提升工程") == "Program"


def test_a_count_with_a_name_before_it_is_one_program_a_count_of_listed_parts_is_not(nlp):
    labels = ents(nlp, "今年，西安市将实施幸福美好生活十大工程，推进成渝地区双城经济圈建设。")
    assert labels.get("幸福美好生活十大工程") == "Program"
    assert labels.get("成渝地区双城经济圈建设") == "Program"
    found = ents(nlp, "扛起县域高质量发展示范点和长三角生态绿色一体化发展示范区两大战略使命。")
    assert not any(label == "Program" for label in found.values())
