"""Programs proposed by those who decide them (bodies, the issuers of a deciding document, a meeting that adopts
a document and decides); documents passed at a meeting in a later passive clause; the party committee's and the
government's general offices named 县委办/市委办公室 after their place."""
from __future__ import annotations

import pytest
from test_extract_documents import facts
from test_resolve import kb_of


@pytest.mark.parametrize("text, program, bodies", [
    ("定西市地处甘肃省中部。市委、市政府决定，从今年起在全市开展“陇药振兴”行动。",
     "陇药振兴行动", {"中共定西市委", "定西市人民政府"}),
    ("常德市位于湖南省北部。市政府研究确定，澧县、临澧县为全市稻虾综合种养示范试点县。",
     "稻虾综合种养示范试点", {"常德市人民政府"}),
    ("财政部、农业农村部联合印发《关于开展农业社会化服务创新试点工作的通知》，决定在山西、吉林等省开展农业社会化服务创新试点。",
     "农业社会化服务创新试点", {"财政部", "农业农村部"}),
    ("河南省委办公厅、省政府办公厅印发《河南省优化营商环境行动方案》，提出在全省实施“万人助万企”活动。",
     "万人助万企活动", {"中共河南省委办公厅", "河南省人民政府办公厅"}),
    ("遵义市人民政府第十次常务会议召开。会议审议通过了《遵义市政务服务管理办法》，决定在全市推行“一件事一次办”改革。",
     "一件事一次办改革", {"遵义市人民政府"}),
    ("中共柳州市委常委会召开会议。会议原则通过了《柳州市螺蛳粉产业发展规划》，研究确定柳江区为“螺蛳粉小镇”建设试点。",
     "螺蛳粉小镇建设试点", {"中共柳州市委常务委员会"}),
])
def test_the_deciders_proposed_the_program(nlp, tmp_path, text, program, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(program, b) for b in bodies} <= facts(kb, "proposedBy")


def test_what_a_meeting_urges_is_no_decision(nlp, tmp_path):
    text = "九江市人民政府常务会议召开。会议强调，要落实《江西省河湖长制工作规定》，决定开展“清河行动”。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not {p for p, _ in facts(kb, "proposedBy")} & {"清河行动"}


@pytest.mark.parametrize("text, policy, bodies", [
    ("汕尾市召开会议。《汕尾市海洋经济发展规划》由市发展改革局牵头编制，已经市政府第三十七次常务会议审议通过。",
     "汕尾市海洋经济发展规划", {"汕尾市人民政府"}),
    ("德阳市地处四川省。该《办法》由市司法局起草，并经市政府第五次常务会议审议通过。",
     "办法", {"德阳市人民政府", "德阳市司法局"}),
    ("宜宾市地处四川省。《宜宾市城市更新条例》由市人大常委会法工委牵头起草，后经宜宾市第三届人大常委会第十二次会议表决通过。",
     "宜宾市城市更新条例", {"宜宾市人民代表大会常务委员会"}),
])
def test_a_later_clause_passes_the_document_at_a_meeting(nlp, tmp_path, text, policy, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(policy, b) for b in bodies} <= facts(kb, "issuedBy")


def test_a_meeting_that_is_still_to_pass_it_issued_nothing(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "德阳市地处四川省。会议指出，《方案》由市司法局起草，市政府常务会议要抓紧审议。"})
    assert "德阳市人民政府" not in {b for _, b in facts(kb, "issuedBy")}


@pytest.mark.parametrize("text, policy, bodies", [
    ("近日，沅陵县委办、县政府办印发《沅陵县乡村振兴五年行动方案》。",
     "沅陵县乡村振兴五年行动方案", {"中共沅陵县委办公室", "沅陵县人民政府办公室"}),
    ("铜仁市委办公室、市政府办公室联合印发《铜仁市数字乡村建设方案》。",
     "铜仁市数字乡村建设方案", {"中共铜仁市委办公室", "铜仁市人民政府办公室"}),
    ("云南省委办公厅、省政府办公厅印发《云南省乡村建设行动实施方案》。",
     "云南省乡村建设行动实施方案", {"中共云南省委办公厅", "云南省人民政府办公厅"}),
])
def test_the_general_offices_named_after_their_place(nlp, tmp_path, text, policy, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(policy, b) for b in bodies} == {(p, b) for p, b in facts(kb, "issuedBy") if p == policy}


@pytest.mark.parametrize("text, program, body", [
    ("中共玉溪市委常委会召开会议。会议传达学习了有关精神。经研究，确定通海县、江川区为全市高原特色农业示范试点。",
     "高原特色农业示范试点", "中共玉溪市委常务委员会"),
    ("安康市人民政府第八次常务会议召开。会议听取了有关汇报。经研究，决定在全市开展“富硒产业提升”行动。",
     "富硒产业提升行动", "安康市人民政府"),
    ("中共酒泉市委常委会召开会议。经研究决定，在全市实施“戈壁农业”提质工程。",
     "戈壁农业提质工程", "中共酒泉市委常务委员会"),
])
def test_a_decision_with_no_subject_is_the_meetings(nlp, tmp_path, text, program, body):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert (program, body) in facts(kb, "proposedBy")


def test_a_decision_with_no_subject_and_no_meeting_names_no_one(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "安康市地处陕西省南部。经研究，决定在全市开展“富硒产业提升”行动。"})
    assert not facts(kb, "proposedBy")


@pytest.mark.parametrize("text, policy, bodies", [
    ("按照省委、省政府《关于加强和完善易地扶贫搬迁后续扶持工作的意见》要求，黔西市推出就业平台。",
     "关于加强和完善易地扶贫搬迁后续扶持工作的意见", {"中共贵州省委", "贵州省人民政府"}),
    ("根据江西省农业农村厅《关于做好2022年高标准农田建设工作的通知》要求，各县抓紧申报。",
     "关于做好2022年高标准农田建设工作的通知", {"江西省农业农村厅"}),
    ("邵阳市地处湖南省。市委、市政府把“强省会”战略作为头号工程来抓，制定出台《邵阳市对接融入长株潭三年行动方案》。",
     "邵阳市对接融入长株潭三年行动方案", {"中共邵阳市委", "邵阳市人民政府"}),
    ("乐山市地处四川省。市农业农村局联合市财政局出台了《乐山市茶叶产业发展奖补办法》。",
     "乐山市茶叶产业发展奖补办法", {"乐山市农业农村局", "乐山市财政局"}),
    ("《长白山保护开发区总体规划》由国家发展改革委、自然资源部联合印发后，各项任务有序落地。",
     "长白山保护开发区总体规划", {"国家发展和改革委员会", "自然资源部"}),
])
def test_issuers_without_a_verb_of_their_own(nlp, tmp_path, text, policy, bodies):
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {(policy, b) for b in bodies} <= facts(kb, "issuedBy")


def test_a_later_clause_with_a_subject_of_its_own_is_not_the_first_bodys(nlp, tmp_path):
    text = "邵阳市地处湖南省。市委、市政府高度重视，各县区制定了《邵阳县乡村振兴实施方案》。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not facts(kb, "issuedBy") & {("邵阳县乡村振兴实施方案", "中共邵阳市委")}


def test_a_short_name_bracket_stands_aside_before_the_decision(nlp, tmp_path):
    text = ("国家林草局、财政部联合印发《关于开展林业碳汇试点工作的通知》（以下简称《通知》），"
            "决定在福建省三明市、浙江省丽水市开展林业碳汇试点。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {("林业碳汇试点", "财政部")} <= facts(kb, "proposedBy")


def test_the_agents_of_a_passive_decide_nothing_after(nlp, tmp_path):
    text = ("会议通报，宁都县被商务部、财政部确定为国家级电子商务进农村综合示范县，"
            "会昌县筠门岭镇纳入江西省首批特色小镇建设试点范围。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not {p for p, _ in facts(kb, "proposedBy")} & {"特色小镇建设试点"}


def test_a_decision_without_its_comma_keeps_to_its_clause(nlp, tmp_path):
    text = "鹤壁市地处河南省。市政府决定在淇县开展“智慧农机”推广行动，浚县实施“优质小麦”提升工程。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    proposed = facts(kb, "proposedBy")
    assert ("智慧农机推广行动", "鹤壁市人民政府") in proposed
    assert not {p for p, _ in proposed} & {"优质小麦提升工程"}


@pytest.mark.parametrize("text, program", [
    ("岳阳市位于湖南省东北部。市政府研究确定，作为全市知名的“洞庭渔火”品牌由文旅部门统一运营。", "洞庭渔火"),
    ("赤峰市地处内蒙古东部。市委确定，成为全市首批“草原书屋”示范点的嘎查要加强管理。", "草原书屋"),
    ("曲靖市位于云南省东部。市政府研究确定，为了做好“珠江源”品牌宣传，各县要加大投入。", "珠江源"),
])
def test_a_decision_names_sites_only_by_wei_after_them(nlp, tmp_path, text, program):
    # 作为, 成为 and 为了 are no 为 after the sites a 确定 names: nothing here was launched by the decision
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert not {(p, b) for p, b in facts(kb, "proposedBy") if p == program}
