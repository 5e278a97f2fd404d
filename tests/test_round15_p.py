"""Round 15 (p): inspection tours, plenary communiqués and policy releases (texts of other provinces than the
dev set's passages): public works a visiting leader inspects at a stop (在X镇，他察看了…修复项目; a later clause
of the stop that opens with a verb of inspecting); a body that 会同 or 联合 another launches a program with it; the building of a quoted project (“X”示范项目建设) is the project;
a bare 试点 in a later clause of a sentence about a program (该行动由…部署，A、B率先开展试点) is a pilot of it; a place 被…认定为 a scheme carries it out; a division that
opens the field of a counted quote (保山中心城市“十大工程”) is part of the program's name, and 中心 before 城市 ends no body; 在全县15个乡镇推广 (a scope with a count of its units) carries out the
latest program; a body that 将/即将 issues a document issues it; a
meeting in the clause after a drafted document (X起草了《P》，经M审议通过后印发) passed it; the places a batch of a program's projects is laid out in (首批示范项目布局在A、B) carry it out."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of


def test_public_works_a_visiting_leader_inspects_are_programs_run_at_the_stop(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在平江县，李明考察了汨罗江流域综合治理项目，叮嘱当地抓好防汛。")
    assert ("汨罗江流域综合治理项目", "平江县") in found
    found = implemented(nlp, tmp_path, "在会理市鹿厂镇，王雪峰察看了老旧小区改造提升项目。")
    assert ("老旧小区改造提升项目", "鹿厂镇") in found
    found = implemented(nlp, tmp_path, "在靖安县，省委书记赵林实地察看潦河流域生态保护修复项目。")
    assert ("潦河流域生态保护修复项目", "靖安县") in found


def test_a_later_clause_of_the_stop_that_opens_with_inspecting_is_still_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "在竹溪县中峰镇，胡建明来到茶叶基地，察看高标准农田建设项目。")
    assert ("高标准农田建设项目", "中峰镇") in found
    found = implemented(nlp, tmp_path, "在荔波县，张伟走进茶园，察看了樟江流域生态修复项目。")
    assert ("樟江流域生态修复项目", "荔波县") in found


def test_a_company_plant_a_leader_inspects_is_no_program(nlp, tmp_path):
    assert "Program" not in ents(nlp, "在宁乡市，他察看了中伟新材料年产20万吨前驱体项目。").values()
    found = implemented(nlp, tmp_path, "在延川县，刘华走进村民家中，要求当地深入实施乡村振兴战略。")
    assert ("乡村振兴战略", "延川县") not in found


def test_a_body_that_acts_with_another_launches_the_program_with_it(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "同时，甘肃省发展改革委会同甘肃省农业农村厅在全省启动“陇上农光”示范项目建设。")
    assert {a for _, a in found} == {"甘肃省发展和改革委员会", "甘肃省农业农村厅"}
    found = proposed(nlp, tmp_path, "宁波市妇联联合宁波市农业农村局推出“美丽庭院”创建活动。")
    assert {a for _, a in found} == {"宁波市妇女联合会", "宁波市农业农村局"}
    found = proposed(nlp, tmp_path, "“护河”行动由南宁市生态环境局会同南宁市水利局统一部署。")
    assert {a for _, a in found} == {"南宁市生态环境局", "南宁市水利局"}


def test_bodies_that_only_carry_a_program_out_together_launch_nothing(nlp, tmp_path):
    assert not proposed(nlp, tmp_path, "湖南省交通运输厅会同湖南省财政厅深入落实“四好农村路”建设。")


def test_the_building_of_a_quoted_project_is_the_project(nlp, tmp_path):
    assert "“陇上农光”示范项目" in ents(nlp, "甘肃省发展改革委在全省启动“陇上农光”示范项目建设。")
    assert "“梵净山下”乡村旅游示范项目" in ents(nlp, "铜仁市加快推进“梵净山下”乡村旅游示范项目建设。")
    assert "“渝东北生态屏障”工程" in ents(nlp, "万州区今年启动“渝东北生态屏障”工程建设。")


def test_a_quoted_building_program_keeps_its_head(nlp, tmp_path):
    assert "“四好农村路”建设" in ents(nlp, "湖南省交通运输厅深入推进“四好农村路”建设。")


def test_a_bare_pilot_after_the_sentences_program_is_a_pilot_of_it(nlp, tmp_path):
    text = "福建省启动林业碳汇试点。“绿水青山”行动由省委部署，宁德市、南平市率先开展试点。"
    found = implemented(nlp, tmp_path, text)
    assert {("绿水青山行动", "宁德市"), ("绿水青山行动", "南平市")} <= found
    assert ("林业碳汇试点", "宁德市") not in found
    text = "茂名市在电白区开展荔枝保险试点。在高州市，“荔枝产业”提升行动深入推进。该行动由广东省农业农村厅部署，市里在信宜市、化州市先行开展试点。"
    found = implemented(nlp, tmp_path, text)
    assert ("荔枝保险试点", "信宜市") not in found
    text = "四川省启动“天府粮仓”建设行动。该行动由省委部署，眉山市、德阳市同步开展试点。"
    found = implemented(nlp, tmp_path, text)
    assert {("天府粮仓建设行动", "眉山市"), ("天府粮仓建设行动", "德阳市")} <= found


def test_a_bare_pilot_with_no_program_before_it_in_the_sentence_is_the_articles(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "福建省启动林业碳汇试点。宁德市、南平市率先开展试点。")
    assert {("林业碳汇试点", "宁德市"), ("林业碳汇试点", "南平市")} <= found


def test_a_place_a_body_recognises_as_a_scheme_carries_it_out(nlp, tmp_path):
    assert ("国家农业现代化示范区", "昌宁县") in implemented(nlp, tmp_path, "昌宁县被农业农村部认定为国家农业现代化示范区。")
    assert ("国家全域旅游示范区", "黄山区") in implemented(nlp, tmp_path, "黄山区被文化和旅游部认定为国家全域旅游示范区。")
    found = implemented(nlp, tmp_path, "2022年，宁国市被农业农村部认定为国家农业现代化示范区，建成高标准农田12万亩。")
    assert ("国家农业现代化示范区", "宁国市") in found


def test_a_company_recognised_as_an_enterprise_enters_no_scheme(nlp, tmp_path):
    assert not implemented(nlp, tmp_path, "安徽新华公司被认定为国家高新技术企业。")


def test_a_division_that_opens_the_field_of_a_counted_quote_is_part_of_its_name(nlp, tmp_path):
    assert ents(nlp, "全会强调，隆阳区要加快推进保山中心城市“十大工程”。").get("保山中心城市“十大工程”") == "Program"
    assert ents(nlp, "曲靖市加快实施曲靖中心城区“六大提升工程”。").get("曲靖中心城区“六大提升工程”") == "Program"
    assert ents(nlp, "玉林市加快推进玉林中心城区“五大攻坚行动”。").get("玉林中心城区“五大攻坚行动”") == "Program"
    assert "保山中心" not in ents(nlp, "隆阳区要加快推进保山中心城市建设。")


def test_a_division_right_before_the_quote_says_whose_the_program_is(nlp, tmp_path):
    found = ents(nlp, "韶关市深入落实广东省“百县千镇万村高质量发展工程”。")
    assert found.get("百县千镇万村高质量发展工程") == "Program" and found.get("广东省") == "Place"


def test_a_scope_with_a_count_of_its_units_carries_out_the_latest_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "竹溪县位于十堰市。县委、县政府今年推出“竹溪贡茶”品牌，在全县15个乡镇推广。")
    assert ("竹溪贡茶", "竹溪县") in found
    found = implemented(nlp, tmp_path, "盐池县位于吴忠市。县委、县政府推出“盐池滩羊”品牌，在全县8个乡镇推广。")
    assert ("盐池滩羊", "盐池县") in found
    found = implemented(nlp, tmp_path, "宁国市地处皖南。市委、市政府推出“宁国山核桃”品牌，目前已在全市17个乡镇推开。")
    assert ("宁国山核桃", "宁国市") in found


def test_a_counted_scope_whose_verb_has_an_object_of_its_own_is_no_site(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "桐梓县位于遵义市。县委、县政府推出“桐梓方竹笋”品牌，在全县25个乡镇开展技能培训。")
    assert ("桐梓方竹笋", "桐梓县") not in found


def test_a_body_that_will_issue_a_document_issues_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "保山市召开会议。市委常委会将于近期印发《关于实施乡村振兴“百村示范”工程的意见》。"})
    assert ("关于实施乡村振兴“百村示范”工程的意见", "中共保山市委常务委员会") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"b.txt": "山西省农业农村厅将印发《山西省高标准农田建设管理办法》。"})
    assert ("山西省高标准农田建设管理办法", "山西省农业农村厅") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"c.txt": "广州市人民政府即将出台《广州市促进消费若干措施》。"})
    assert ("广州市促进消费若干措施", "广州市人民政府") in facts(kb, "issuedBy")


def test_a_body_that_will_carry_a_document_out_issues_nothing(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "山西省农业农村厅将认真落实《山西省高标准农田建设管理办法》。"})
    assert not facts(kb, "issuedBy")


def test_a_meeting_in_the_next_clause_passes_the_document_a_body_drafted(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "甘肃省发展改革委牵头起草了《甘肃省若干措施》，经省政府常务会议审议通过后印发。"})
    assert ("甘肃省若干措施", "甘肃省人民政府") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"b.txt": "贵州省水利厅制定了《贵州省河湖管理办法》，已经省政府第十二次常务会议审议通过。"})
    assert ("贵州省河湖管理办法", "贵州省人民政府") in facts(kb, "issuedBy")
    kb = kb_of(nlp, tmp_path, {"c.txt": "南宁市农业农村局起草《南宁市高标准农田建设实施方案》，经市政府常务会议审议通过。"})
    assert ("南宁市高标准农田建设实施方案", "南宁市人民政府") in facts(kb, "issuedBy")


def test_a_document_only_studied_before_the_meetings_clause_was_not_passed_there(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "农户学习了《贵州省河湖管理办法》，经省政府常务会议审议通过的方案也已公布。"})
    assert not facts(kb, "issuedBy")


def test_places_a_batch_of_the_programs_projects_is_laid_out_in_carry_it_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "甘肃省发展改革委在全省启动“陇上农光”示范项目建设，首批示范项目布局在酒泉、张掖、武威三市。")
    assert {("陇上农光示范项目", "酒泉市"), ("陇上农光示范项目", "张掖市"), ("陇上农光示范项目", "武威市")} <= found
    found = implemented(nlp, tmp_path, "四川省实施“天府森林粮库”建设工程，首批项目落户在宜宾市、泸州市。")
    assert {("天府森林粮库建设工程", "宜宾市"), ("天府森林粮库建设工程", "泸州市")} <= found
    found = implemented(nlp, tmp_path, "湖北省启动“荆楚粮仓”示范基地建设，该基地选址在监利市。")
    assert ("荆楚粮仓示范基地建设", "监利市") in found


def test_projects_laid_out_with_no_program_before_them_site_nothing(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "今年，首批项目布局在城东新区和城西新区。")
    assert not found
