"""Round 15 (q): government meetings, congress sessions and county features. Places taken as a program's
demonstration or pilot sites (把A作为P的示范县: the site, the program, who launched it), issuing verbs after 并/同时
and in a body's name (以市政府办公室名义印发), the last name of a list glued to 和 before another title and the
presiding body's secretary-general, a law inspected where it is carried out (检查《…法》在A、B实施情况), a place's
experience spread over the whole scope (在全市推广X市“P”经验, the quoted program's name ending before 经验), a report on a program in the whole place (关于全市P
情况的报告), and 工作 after a program's head (“X”创建工作). Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_programs_sites_round14 import proposed
from test_resolve import kb_of


def issued(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")


def test_places_taken_as_a_programs_demonstration_sites_carry_it_out_and_its_takers_launched_it(nlp, tmp_path):
    text = "邯郸市委、市政府把涉县作为全市农业产业化联合体建设的示范县。"
    assert ("农业产业化联合体建设", "涉县") in implemented(nlp, tmp_path, text)
    assert {("农业产业化联合体建设", "中共邯郸市委"), ("农业产业化联合体建设", "邯郸市人民政府")} <= proposed(nlp, tmp_path, text)
    text = "绵阳市委、市政府将三台县、盐亭县作为全市丘陵地区高标准农田建设的试点县。"
    assert {("丘陵地区高标准农田建设", "三台县"), ("丘陵地区高标准农田建设", "盐亭县")} <= implemented(nlp, tmp_path, text)
    text = "潍坊市委、市政府把坊子区、临朐县作为设施蔬菜提质增效工程的承载地。"
    assert ("设施蔬菜提质增效工程", "中共潍坊市委") in proposed(nlp, tmp_path, text)


def test_a_program_before_its_of_and_a_pilot_word_is_no_name_with_the_of(nlp, tmp_path):
    labels = ents(nlp, "淮安市把盱眙县作为全市稻虾共作模式推广的试点县。")
    assert not any(label.endswith(("的试点", "的示范")) for label in labels)
    # what a body takes as its priority names no sites, and no launcher
    assert not proposed(nlp, tmp_path, "南平市委把产业振兴作为乡村振兴战略的重中之重。")


def test_a_later_clause_of_issuing_after_and_or_at_the_same_time_keeps_the_opening_bodies(nlp, tmp_path):
    found = issued(nlp, tmp_path, "遵义市委、市政府高度重视乡村旅游发展，同时出台了《遵义市乡村旅游提质增效实施方案》。")
    assert {("遵义市乡村旅游提质增效实施方案", "中共遵义市委"), ("遵义市乡村旅游提质增效实施方案", "遵义市人民政府")} <= found
    found = issued(nlp, tmp_path, "衡阳市委、市政府把耒阳市作为全市油茶产业发展的示范县，并出台了《衡阳市油茶产业三年行动方案》。")
    assert ("衡阳市油茶产业三年行动方案", "中共衡阳市委") in found
    found = issued(nlp, tmp_path, "榆林市政府召开常务会议。会议同意以市政府办公室名义印发《榆林市促进消费若干措施》。")
    assert ("榆林市促进消费若干措施", "榆林市人民政府办公室") in found
    found = issued(nlp, tmp_path, "金华市政府召开常务会议。会议决定，以市政府名义出台《金华市稳外贸若干政策》。")
    assert ("金华市稳外贸若干政策", "金华市人民政府") in found


def test_the_last_name_of_a_list_glued_to_its_joiner_before_another_title_is_two_characters(nlp):
    found = relations(nlp, ["市人大常委会主任王德明主持会议，副主任李淑芬、赵永和秘书长陈立新出席。"])
    assert ("赵永", "副主任") in triples(found, "holds")
    assert ents(nlp, "县政协主席刘明主持，副主席王建、李永和秘书长孙红出席。").get("李永") == "Person"
    assert ents(nlp, "区人大常委会主任周平主持，副主任马兰、何永与秘书长郑强出席。").get("何永") == "Person"
    # not outside a list: a name may end in 和 (王永和主持会议)
    assert ents(nlp, "副市长王永和出席会议。").get("王永和") == "Person"


def test_the_secretary_general_listed_after_a_presiding_head_is_the_presiding_bodys(nlp):
    found = relations(nlp, ["市人大常委会主任赵建华主持会议，副主任王秀兰、郭卫东和秘书长刘红梅出席。"])
    [post] = [r for r in found if r.predicate == "holds" and r.subject.text == "刘红梅"]
    assert (post.object.canonical, post.links["org"].text) == ("秘书长", "市人大常委会")
    found = relations(nlp, ["市政协主席李红旗主持会议，副主席张丽、秘书长孙波出席。"])
    assert ("孙波", "秘书长") in triples(found, "holds")
    found = relations(nlp, ["州人大常委会主任杨林主持会议，秘书长马亮列席。"])
    assert ("马亮", "秘书长") in triples(found, "holds")
    # with no head before it, a bare 秘书长 names no office
    assert ("刘海", "秘书长") not in triples(relations(nlp, ["秘书长刘海出席。"]), "holds")


def test_a_law_inspected_in_places_is_carried_out_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "会议听取了检查《中华人民共和国乡村振兴促进法》在萧县、泗县实施情况的报告。")
    assert {("中华人民共和国乡村振兴促进法", "萧县"), ("中华人民共和国乡村振兴促进法", "泗县")} <= found
    found = implemented(nlp, tmp_path, "执法检查组检查了《中华人民共和国水污染防治法》在江夏区、黄陂区的贯彻实施情况。")
    assert ("中华人民共和国水污染防治法", "江夏区") in found
    found = implemented(nlp, tmp_path, "《四川省天府粮仓建设促进条例》在眉山市、乐山市贯彻实施。")
    assert ("四川省天府粮仓建设促进条例", "乐山市") in found
    assert not implemented(nlp, tmp_path, "印发《云南省河道管理条例》在昆明召开的会议上引起关注。")


def test_a_places_experience_spread_over_the_whole_scope_is_carried_out_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "株洲市召开会议。会议要求，在全市推广醴陵市“陶瓷产业链链长制”经验。")
    assert {("陶瓷产业链链长制", "醴陵市"), ("陶瓷产业链链长制", "株洲市")} <= found
    found = implemented(nlp, tmp_path, "遂宁市召开会议。会议要求，在全市推广射洪市“一村一策”改革经验。")
    assert {("一村一策改革", "射洪市"), ("一村一策改革", "遂宁市")} <= found
    found = implemented(nlp, tmp_path, "六安市召开会议。会议提出，在全市推广金寨县“户户通”工程经验。")
    assert ("户户通工程", "六安市") in found
    # no experience word: the place's program is named, not spread
    found = implemented(nlp, tmp_path, "赣州市召开会议。在全市推广瑞金市“一窗通办”改革，成效明显。")
    assert ("一窗通办改革", "赣州市") not in found


def test_a_report_on_a_program_in_the_whole_place_says_it_runs_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "株洲市政府召开会议。会议听取了市农业农村局关于全市农村集体经济强村工程实施情况的汇报。")
    assert ("农村集体经济强村工程", "株洲市") in found
    found = implemented(nlp, tmp_path, "新乡市人大常委会召开会议。会议听取了关于全市“万人助万企”活动开展情况的调研报告。")
    assert ("万人助万企活动", "新乡市") in found
    found = implemented(nlp, tmp_path, "临夏州召开会议。会议听取了州政府关于全州农村人居环境整治行动推进情况的报告。")
    assert ("农村人居环境整治行动", "临夏回族自治州") in found
    labels = ents(nlp, "会议听取了市政府关于全市法治政府建设情况的报告和关于全市经济社会发展情况的报告。")
    assert "Program" not in labels.values()
    # a field of work in a report's title is no program (建设, 改革 name fields as often as programs)
    labels = ents(nlp, "会议听取了市政府关于全市国有企业改革情况的报告和关于全市农村公路建设情况的报告。")
    assert "Program" not in labels.values()


def test_work_after_a_programs_head_is_no_part_of_its_name(nlp):
    assert ents(nlp, "荷塘区要扎实开展“智慧社区”创建工作。").get("“智慧社区”创建") == "Program"
    assert ents(nlp, "宁德市开展“一县一品”培育工作。").get("“一县一品”培育") == "Program"
    assert ents(nlp, "安徽省深入推进高标准农田建设工作。").get("高标准农田建设") == "Program"
    # 工作 after a head that names no program stays in the name
    assert ents(nlp, "新疆持续开展“访惠聚”驻村工作。").get("“访惠聚”驻村工作") == "Program"
