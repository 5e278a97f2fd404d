"""Issuers read from a policy's own title and from a meeting's body; programs carried out by a sentence's
subject place; party bodies named without 中共."""
from __future__ import annotations

from test_resolve import kb_of

from kg.gazetteer import load_gazetteer
from kg.names import party_name


def facts(kb, predicate: str) -> set[tuple[str, str]]:
    return {(kb.entities[s].label, kb.entities[o].label) for (s, p, o) in kb.facts if p == predicate}


def posts_held(kb) -> set[tuple[str, str]]:
    """(holder, title) of every post the knowledge base holds."""
    return {(kb.entities[s].label, kb.entities[o].attrs["title"]) for s, p, o in kb.facts if p == "holds"}


def test_the_body_a_title_opens_with_issued_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "会议审议了《中共四川省委关于加强基层治理的意见》。"})
    assert ("中共四川省委关于加强基层治理的意见", "中共四川省委") in facts(kb, "issuedBy")


def test_a_meeting_passes_what_its_body_issues(nlp, tmp_path):
    text = "河北省十四届人大常委会第九次会议在石家庄举行。会议表决通过了《河北省乡村振兴促进条例》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("河北省乡村振兴促进条例", "河北省人民代表大会常务委员会") in facts(kb, "issuedBy")


def test_the_opening_place_carries_out_the_sentences_programs(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "宁波市推进“大综合一体化”行政执法改革，成效明显。"})
    assert ("大综合一体化行政执法改革", "宁波市") in facts(kb, "implementedIn")


def test_party_bodies_get_their_prefix():
    gazetteer = load_gazetteer()
    assert party_name("云南省委办公厅", gazetteer) == "中共云南省委办公厅"
    assert party_name("浙江省委员会", gazetteer) == "浙江省委员会"
    assert party_name("浙江省财政厅", gazetteer) == "浙江省财政厅"


def test_a_quoted_program_in_a_place(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "二十年来，“千万工程”在湖州市落地生根。"})
    assert ("千万工程", "湖州市") in facts(kb, "implementedIn")


def test_a_clause_without_actor_carries_on_the_last_subject_place(nlp, tmp_path):
    text = "义乌市全力建设现代产业体系。深化数字贸易集群培育工程，实施中小企业数字化改造工程。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {("数字贸易集群培育工程", "义乌市"), ("中小企业数字化改造工程", "义乌市")} <= facts(kb, "implementedIn")


def test_a_region_that_opens_a_sentence_carries_out_nothing(nlp, tmp_path):
    text = "大运河沿线文化带建设取得新进展。深化数字贸易集群培育工程。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not facts(kb, "implementedIn")


def test_the_line_of_posts_under_a_signed_articles_byline_is_its_authors(nlp, tmp_path):
    # PDF-like: the line of posts fills the column, and the article's first paragraph follows it.
    text = ("以改革破题推动县域高质量发展\n\n■刘海峰\n\n中共宝鸡市委常委、凤县县委书记\n\n"
            "党的二十届三中全会对进一步全面\n\n深化改革作出系统部署。凤县坚持\n\n以改革破题，推动县域经济高质量\n\n发展。\n")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    held = {(kb.entities[s].label, kb.entities[o].attrs["title"]) for (s, p, o) in kb.facts if p == "holds"}
    assert held == {("刘海峰", "市委常委"), ("刘海峰", "县委书记")}


def test_a_first_line_ending_in_a_title_under_a_byline_is_no_authors_post(nlp, tmp_path):
    text = ("凤县召开全县经济工作会议\n\n■刘海峰\n\n12月3日，县委书记\n\n张建国在会上强调，要\n\n以改革破题推动发展。\n")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    holders = {kb.entities[s].label for (s, p, o) in kb.facts if p == "holds"}
    assert holders == {"张建国"}


def test_a_clause_ending_in_a_title_under_a_byline_is_no_authors_post(nlp, tmp_path):
    text = ("凤县召开全县经济工作会议\n\n■刘海峰\n\n本次会议由县委副书记\n\n张建国主持，会议传达学习了\n\n全省经济工作会议精神。\n")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert "刘海峰" not in {kb.entities[s].label for (s, p, o) in kb.facts if p == "holds"}


def test_a_documents_headline_names_it_and_its_issuers(nlp, tmp_path):
    text = ("河南省农业农村厅 河南省财政厅关于做好2024年高标准农田建设工作的通知\n"
            "各省辖市农业农村局、财政局：\n"
            "为落实粮食安全责任，现将2024年高标准农田建设有关事项通知如下。各地要加快项目前期工作，确保按期开工建设。\n"
            "河南省农业农村厅\n2024年3月1日\n")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    name = "关于做好2024年高标准农田建设工作的通知"  # a joint notice, named by its title proper
    assert found == {(name, "河南省农业农村厅"), (name, "河南省财政厅")}


def test_a_headline_with_its_document_number_after_it_names_the_document(nlp, tmp_path):
    text = ("甘肃省天水市人民政府办公室关于印发天水市农村人居环境整治提升行动实施方案的通知（天政办发〔2022〕41号）\n"
            "各县区人民政府，市政府有关部门：\n"
            "《天水市农村人居环境整治提升行动实施方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。各县区要加强组织领导。\n"
            "天水市人民政府办公室\n2022年5月6日\n")
    name = "甘肃省天水市人民政府办公室关于印发天水市农村人居环境整治提升行动实施方案的通知"
    assert (name, "甘肃省天水市人民政府办公室") in facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")


def test_a_headline_the_addressees_run_into_names_the_document_and_its_issuers(nlp, tmp_path):
    cases = {
        "中共河北省委 河北省人民政府关于推进县域特色产业集群高质量发展的实施意见各市党委和人民政府：":
            ("关于推进县域特色产业集群高质量发展的实施意见", {"中共河北省委", "河北省人民政府"}),
        "江西省林业局关于开展2023年森林督查工作的通知各设区市林业局：":
            ("江西省林业局关于开展2023年森林督查工作的通知", {"江西省林业局"}),
        "贵州省人民政府办公厅关于加快发展林下经济的指导意见各市、自治州人民政府，省政府各部门、各直属机构：":
            ("贵州省人民政府办公厅关于加快发展林下经济的指导意见", {"贵州省人民政府办公厅"}),
    }
    for i, (headline, (name, issuers)) in enumerate(cases.items()):
        text = f"{headline}\n现将有关事项通知如下。各地要加强组织领导，确保各项任务落到实处。\n"
        kb = kb_of(nlp, tmp_path, {f"{i}.txt": text})
        assert facts(kb, "issuedBy") == {(name, issuer) for issuer in issuers}


def test_a_headline_without_its_issuers_names_the_document(nlp, tmp_path):
    for i, headline in enumerate(["关于推进县域特色产业集群高质量发展的实施意见", "关于公布第三批省级森林乡村名单的通知",
                                  "关于做好2024年春季农业生产工作的通知"]):
        text = f"{headline}\n（2024年3月15日）\n各市农业农村局、财政局：\n现将有关事项通知如下。\n"
        policies = {e.label for e in kb_of(nlp, tmp_path, {f"{i}.txt": text}).entities.values() if e.type == "Policy"}
        assert policies == {headline}


def test_a_sentence_that_reads_a_decision_out_is_no_headline_whatever_follows(nlp, tmp_path):
    text = "会议宣读了市委关于表彰先进基层党组织的决定。大会向受表彰的先进集体颁发了奖牌：\n"
    assert not [e for e in kb_of(nlp, tmp_path, {"a.txt": text}).entities.values() if e.type == "Policy"]


def test_a_regulation_passed_at_a_meeting_written_after_it_was_issued_by_the_meetings_body(nlp, tmp_path):
    text = ("内蒙古自治区呼和浩特市召开新闻发布会。内蒙古自治区人大常委会法工委负责人介绍情况。《内蒙古自治区草原保护条例》"
            "经自治区第十四届人民代表大会常务委员会第十次会议审议通过，自2024年10月1日起施行。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("内蒙古自治区草原保护条例", "内蒙古自治区人民代表大会常务委员会") in facts(kb, "issuedBy")
