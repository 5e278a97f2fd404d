"""Bodies as briefs, circulars, notices of cadres and congress communiqués name them, in other provinces'
wording: a body's party group or committee behind a title, a short name given in brackets inside a list of
issuers, a congress's and a CPPCC's committees, a cadre's posts after their particulars (现任), and the
CPPCC session that passes a document."""
from __future__ import annotations

from test_resolve import kb_of, labels


def facts(kb, predicate: str) -> set[tuple[str, str]]:
    return {(kb.entities[s].label, kb.entities[o].label) for (s, p, o) in kb.facts if p == predicate}


def posts(kb) -> set[tuple[str, str, str]]:
    """(holder, title, body) of every post."""
    bodies = {s: kb.entities[o].label for (s, p, o) in kb.facts if p == "postIn"}
    return {(kb.entities[s].label, kb.entities[o].attrs["title"], bodies.get(o, ""))
            for (s, p, o) in kb.facts if p == "holds"}


def test_a_title_opening_with_a_party_word_is_a_post_in_the_bodys_party_group_or_committee(nlp, tmp_path):
    texts = {"sd.txt": "山东省济南市召开会议。济南市财政局党组书记、局长王海涛出席。",
             "hn.txt": "浙江省杭州市召开座谈会。浙江工业大学党委副书记、校长李建国，杭州市水利局原党组成员、副局长周立平参加。",
             "gz.txt": "贵州省贵阳市通报。贵州茅台酒股份有限公司党委委员、副总经理吴德明出席。"}
    kb = kb_of(nlp, tmp_path, texts)
    held = posts(kb)
    assert ("王海涛", "党组书记", "济南市财政局党组") in held and ("王海涛", "局长", "济南市财政局") in held
    assert ("李建国", "党委副书记", "浙江工业大学党委") in held and ("李建国", "校长", "浙江工业大学") in held
    assert ("周立平", "党组成员", "杭州市水利局党组") in held
    assert ("吴德明", "党委委员", "贵州茅台酒股份有限公司党委") in held
    assert ("吴德明", "贵州茅台酒股份有限公司党委") in facts(kb, "memberOf")
    mentioned = {key for counts in kb.mentions.values() for key in counts}
    groups = {kb.entities[k].label for k in mentioned}
    assert {"济南市财政局党组", "浙江工业大学党委", "杭州市水利局党组", "贵州茅台酒股份有限公司党委"} <= groups


def test_a_short_name_in_brackets_is_the_bodys_alias_and_the_issuers_list_reads_across_it(nlp, tmp_path):
    texts = {"hb.txt": "湖北省宜昌市讯。宜昌市农业农村局、宜昌市农业科学研究院（以下简称市农科院）联合发布"
                       "《宜昌市柑橘绿色生产技术指导意见》。市农科院负责推广。",
             "ha.txt": "河南省洛阳市讯。洛阳市文化广电和旅游局（简称市文广旅局）、洛阳市财政局日前联合印发《洛阳市文旅消费券发放办法》。",
             "gd.txt": "广东省韶关市讯。经市政府同意，市发展改革委、韶关市工业和信息化局（以下简称市工信局）近日联合出台"
                       "《韶关市支持中小企业发展若干措施》。"}
    kb = kb_of(nlp, tmp_path, texts)
    issued = facts(kb, "issuedBy")
    assert {("宜昌市柑橘绿色生产技术指导意见", "宜昌市农业农村局"), ("宜昌市柑橘绿色生产技术指导意见", "宜昌市农业科学研究院"),
            ("洛阳市文旅消费券发放办法", "洛阳市文化广电和旅游局"), ("洛阳市文旅消费券发放办法", "洛阳市财政局"),
            ("韶关市支持中小企业发展若干措施", "韶关市发展和改革委员会"),
            ("韶关市支持中小企业发展若干措施", "韶关市工业和信息化局")} <= issued
    bodies = labels(kb, "Organization")
    assert not {"宜昌市农科院", "洛阳市文广旅局", "韶关市工信局"} & bodies
    assert "市农科院" in next(e.aliases for e in kb.entities.values() if e.label == "宜昌市农业科学研究院")


def test_a_congress_and_a_cppcc_name_their_committees_one_way(nlp, tmp_path):
    texts = {"xx.txt": "河南省新乡市讯。新乡市第十六届人民代表大会常务委员会第十次会议举行。会议表决通过了"
                       "《新乡市人民代表大会常务委员会关于加强法治保障的决定》。市人大法制委员会主任委员马振宇作报告。",
             "gz.txt": "江西省赣州市召开会议。赣州市政协常委会审议通过报告。赣州市人大财政经济委员会主任委员刘伟、副主任委员张强出席。",
             "ly.txt": "河南省洛阳市讯。政协洛阳市第十四届委员会第三次会议闭幕，增选王军、刘敏为市政协常务委员会委员。"}
    kb = kb_of(nlp, tmp_path, texts)
    bodies = labels(kb, "Organization")
    assert {"新乡市人民代表大会法制委员会", "中国人民政治协商会议赣州市委员会常务委员会", "赣州市人民代表大会财政经济委员会",
            "中国人民政治协商会议洛阳市委员会常务委员会"} <= bodies
    assert not {"新乡市人大常委会", "新乡市人大法制委员会", "赣州市政协常委会", "洛阳市政协常务委员会"} & bodies
    assert ("新乡市人民代表大会常务委员会关于加强法治保障的决定", "新乡市人民代表大会常务委员会") in facts(kb, "issuedBy")
    held = posts(kb)
    assert ("刘伟", "主任委员", "赣州市人民代表大会财政经济委员会") in held and ("张强", "副主任委员", "赣州市人民代表大会财政经济委员会") in held
    members = facts(kb, "memberOf")
    assert ("王军", "中国人民政治协商会议洛阳市委员会常务委员会") in members
    assert not {m for m in members if m[0] in ("刘伟", "张强", "马振宇")}  # a chair's 委员 states no membership


def test_a_cadres_posts_after_the_particulars_are_held_and_the_proposed_ones_are_not(nlp, tmp_path):
    texts = {"sx.txt": "陕西省宝鸡市任前公示。张卫东，男，汉族，1972年3月生，陕西岐山人，研究生学历，中共党员，"
                       "现任宝鸡市财政局党组成员、副局长，拟任宝鸡市财政局党组书记、局长。",
             "ah.txt": "安徽省芜湖市干部任前公示。陈思远，女，汉族，1981年6月生，安徽无为人，在职研究生学历，"
                       "2003年7月参加工作，中共党员，现任芜湖市商务局副局长，拟任芜湖市商务局局长。",
             "gs.txt": "甘肃省天水市任前公示。马俊峰，男，回族，1978年5月生，大学学历，中共党员，现任清水县委委员、副县长，拟任清水县委常委。"}
    kb = kb_of(nlp, tmp_path, texts)
    held = {(person, title) for person, title, _ in posts(kb)}
    assert {("张卫东", "党组成员"), ("张卫东", "副局长"), ("陈思远", "副局长"), ("马俊峰", "副县长")} <= held
    assert not {("张卫东", "党组书记"), ("陈思远", "局长"), ("马俊峰", "县委常委")} & held
    assert {("张卫东", "宝鸡市财政局党组"), ("马俊峰", "中共清水县委")} <= facts(kb, "memberOf")


def test_a_cppcc_session_passes_its_documents(nlp, tmp_path):
    texts = {"xx.txt": "河南省新乡市讯。市人大常委会主任赵建华主持会议。\n\n政协新乡市第十四届委员会第三次会议闭幕\n\n"
                       "1月10日，政协新乡市第十四届委员会第三次会议闭幕。会议审议通过了《政协新乡市委员会委员履职积分管理办法（试行）》。",
             "sc.txt": "四川省南充市讯。政协南充市第八届委员会第四次会议在南充开幕。会议审议通过了《政协南充市委员会提案工作条例》。"}
    issued = facts(kb_of(nlp, tmp_path, texts), "issuedBy")
    assert ("政协新乡市委员会委员履职积分管理办法（试行）", "中国人民政治协商会议新乡市委员会") in issued
    assert ("政协南充市委员会提案工作条例", "中国人民政治协商会议南充市委员会") in issued
    assert not {i for i in issued if i[1].endswith(("人大常委会", "人民代表大会常务委员会"))}


def test_a_companys_short_name_after_its_full_name_is_that_company(nlp, tmp_path):
    texts = {"sx.txt": "山西省大同市讯。市长看望了大同煤矿集团有限责任公司一线职工。同煤集团党委副书记、总经理贾文斌陪同调研。",
             "sd.txt": "山东省济南市讯。中国重型汽车集团有限公司与山东大学签约。中国重汽集团党委书记、董事长王刚出席。",
             "bj.txt": "北京市讯。中国石油化工集团有限公司发布年报。中国石化集团总经理赵东介绍。"}
    kb = kb_of(nlp, tmp_path, texts)
    held = posts(kb)
    assert ("贾文斌", "党委副书记", "大同煤矿集团有限责任公司党委") in held and ("贾文斌", "总经理", "大同煤矿集团有限责任公司") in held
    assert ("王刚", "董事长", "中国重型汽车集团有限公司") in held
    assert ("赵东", "总经理", "中国石油化工集团有限公司") in held
    assert not {"同煤集团", "中国重汽集团", "中国石化集团", "同煤集团党委"} & labels(kb, "Organization")


def test_a_cppcc_committee_written_in_full_is_no_party_committee(nlp, tmp_path):
    texts = {"sc.txt": "四川省南充市讯。会议选举李强为政协南充市委员会副主席，王军为政协南充市委员会常务委员会委员。",
             "ha.txt": "河南省新乡市讯。会议选举张丽华为政协新乡市第十四届委员会副主席。",
             "yn.txt": "云南省昆明市讯。中国人民政治协商会议昆明市委员会召开常委会议。"}
    kb = kb_of(nlp, tmp_path, texts)
    bodies = labels(kb, "Organization")
    assert {"中国人民政治协商会议南充市委员会", "中国人民政治协商会议南充市委员会常务委员会", "中国人民政治协商会议新乡市委员会", "中国人民政治协商会议昆明市委员会"} <= bodies
    assert not {b for b in bodies if b.startswith("中共")}
    assert {("李强", "副主席", "中国人民政治协商会议南充市委员会"), ("张丽华", "副主席", "中国人民政治协商会议新乡市委员会")} <= posts(kb)
    assert ("王军", "中国人民政治协商会议南充市委员会常务委员会") in facts(kb, "memberOf")


def test_another_body_whose_name_opens_as_a_companys_is_no_short_name_of_it(nlp, tmp_path):
    texts = {"bj.txt": "北京市讯。中国农业银行股份有限公司与中国银行签署战略合作协议。中国石油化工集团有限公司与中国石油集团签署合作协议。",
             "hz.txt": "浙江省杭州市讯。浙江大学与浙江大学控股集团有限公司签署协议。"}
    bodies = labels(kb_of(nlp, tmp_path, texts), "Organization")
    assert {"中国银行", "中国石油集团", "浙江大学"} <= bodies


def test_a_meeting_passes_in_a_later_clause_but_does_not_issue_what_it_urges(nlp, tmp_path):
    texts = {"sc.txt": "四川省南充市讯。政协南充市第八届委员会第四次会议在南充开幕。会议听取了常委会工作报告，"
                       "还审议通过了《政协南充市委员会提案工作条例》。",
             "hb.txt": "河北省人民政府第十次常务会议召开。会议强调，要加强协调，修订《河北省河道管理条例》。",
             "ah.txt": "安徽省人民政府常务会议召开。会议指出，2019年以来，先后制定《安徽省湿地保护条例》等法规。"}
    issued = facts(kb_of(nlp, tmp_path, texts), "issuedBy")
    assert ("政协南充市委员会提案工作条例", "中国人民政治协商会议南充市委员会") in issued
    assert not {i for i in issued if i[0] in ("河北省河道管理条例", "安徽省湿地保护条例")}


def test_a_cppcc_committees_office_is_a_body_that_issues(nlp, tmp_path):
    texts = {"gz.txt": "政协贵州省委员会办公厅印发《关于做好2023年提案工作的通知》。政协遵义市委员会办公室参加。"}
    kb = kb_of(nlp, tmp_path, texts)
    assert {"中国人民政治协商会议贵州省委员会办公厅", "中国人民政治协商会议遵义市委员会办公室"} <= labels(kb, "Organization")
    assert ("关于做好2023年提案工作的通知", "中国人民政治协商会议贵州省委员会办公厅") in facts(kb, "issuedBy")
