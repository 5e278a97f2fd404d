"""Fixes from the review of the fifteenth session's round 24: a pilot named in a notice's title is launched by
the bodies that issue that notice, not a later document; a document number in brackets after the title does not
hide it; sites designated in the same sentence carry it out; a court's committee is the body of its member only
as the last title of the chain; a copula ends a relative clause's name. Sentences of other provinces than the
dev set's."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def kb(nlp, tmp_path, text: str):
    return kb_of(nlp, tmp_path, {"a.txt": text})


def test_an_earlier_notice_is_not_launched_by_the_body_of_a_later_document(nlp, tmp_path):
    for text in ("湖南省召开会议。根据《关于开展农业社会化服务试点工作的通知》要求，省民政厅印发《湖南省养老服务体系建设规划》，确定全省30个县为试点单位。",
                 "江西省召开会议。按照《关于开展数字乡村试点工作的通知》部署，省发展改革委印发《江西省数字经济发展规划》，确定全省12个县为试点县。"):
        assert not facts(kb(nlp, tmp_path, text), "proposedBy"), text


def test_a_document_number_after_the_title_still_lets_its_bodies_launch_the_pilot(nlp, tmp_path):
    for text, pilot, body in (
            ("湖南省召开会议。省财政厅、省农业农村厅联合印发《关于开展农业社会化服务试点工作的通知》（湘财农〔2023〕5号），确定全省20个县为试点县。",
             "农业社会化服务试点", "湖南省财政厅"),
            ("河北省召开会议。省民政厅印发《关于开展社区嵌入式养老服务试点工作的通知》（冀民〔2024〕12号），确定全省15个县（市、区）为试点地区。",
             "社区嵌入式养老服务试点", "河北省民政厅")):
        assert (pilot, body) in facts(kb(nlp, tmp_path, text), "proposedBy"), text


def test_sites_designated_right_after_a_titled_notice_carry_out_its_pilot(nlp, tmp_path):
    for text, pilot, sites in (
            ("湖南省召开会议。省财政厅印发《关于开展农业社会化服务试点工作的通知》，确定长沙县、望城区为试点县。",
             "农业社会化服务试点", {"长沙县", "望城区"}),
            ("安徽省召开会议。省农业农村厅印发《关于开展农村人居环境整治提升试点工作的通知》，确定肥西县、长丰县为试点县。",
             "农村人居环境整治提升试点", {"肥西县", "长丰县"})):
        found = facts(kb(nlp, tmp_path, text), "implementedIn")
        assert {(pilot, site) for site in sites} <= found, (text, found)


def test_a_title_after_a_court_committees_membership_keeps_the_committee_out(nlp, tmp_path):
    for text in ("人事任免\n任命刘芳为株洲市中级人民法院副院长、审判委员会委员、庭长。",
                 "人事任免\n任命陈刚为遵义市人民检察院副检察长、检察委员会委员、反贪局局长。"):
        found = kb(nlp, tmp_path, text)
        assert not [e.label for e in found.entities.values() if e.label.endswith("委员会")], text
        assert not facts(found, "memberOf"), text


def test_a_copula_ends_the_name_a_relative_clause_would_govern(nlp):
    for text in ("攸县承担的任务是完成农村公路建设。", "省委部署的重点工作是推进乡村振兴示范区建设。",
                 "镇里推进的项目是农村供水保障工程。"):
        assert not [name for name, label in ents(nlp, text).items() if label == "Program" and "是" in name], text


def test_a_relative_clause_keeps_to_the_verbs_of_a_rule_with_its_own(nlp):
    """A zone or park laid out (布局, 创建) is a program only after such a verb; 批准的, 打造的, 推进的 before it
    describe a place."""
    for text in ("经省政府批准的临港现代农业产业园位于城区东部，规划面积12平方公里。",
                 "我市倾力打造的临空经济示范区位于机场东侧。",
                 "企业入驻县里加快推进的生物医药产业园，享受税收优惠。",
                 "南县承担的稻虾产业示范区总面积8万亩，涉及6个乡镇。"):
        assert not [name for name, label in ents(nlp, text).items() if label == "Program"], text


def test_a_relative_clause_of_a_launch_still_governs_a_quoted_activity(nlp):
    for text, name in (("各县要认真落实省委、省政府部署的“三零”单位创建。", "“三零”单位创建"),
                       ("全市深入推进市委部署的“五星”支部创建。", "“五星”支部创建"),
                       ("各地要落实自治区党委部署的“四个一”活动创建。", "“四个一”活动创建")):
        found = ents(nlp, text)
        assert found.get(name) == "Program", (text, found)


def test_a_program_named_first_without_the_level_word_is_a_program_of_its_own(nlp, tmp_path):
    for text, plain, levelled in (
            ("湖南省召开会议。浏阳市入选全国“美丽屋场”建设试点，宁乡市入选“美丽屋场”建设省级试点。", "“美丽屋场”建设试点", "“美丽屋场”建设省级试点"),
            ("江西省召开会议。南昌县入选全国数字乡村建设试点，进贤县入选数字乡村建设省级试点。", "数字乡村建设试点", "数字乡村建设省级试点")):
        found = kb(nlp, tmp_path, text)
        programs = {e.label.replace("“", "").replace("”", "") for e in found.entities.values() if e.type == "Program"}
        assert {plain.replace("“", "").replace("”", ""), levelled.replace("“", "").replace("”", "")} <= programs, (text, programs)


def test_a_program_in_an_honours_title_is_not_carried_out_by_the_honoured_place(nlp, tmp_path):
    for text in ("湖南省召开会议。浏阳市获评全国农村综合性改革试点试验先进单位。",
                 "湖南省召开会议。岳阳市君山区被评为省级“完整社区”试点工作先进集体。",
                 "河北省召开会议。正定县入选全国农村宅基地制度改革试点先进县。"):
        assert not facts(kb(nlp, tmp_path, text), "implementedIn"), text


def test_an_ordinal_school_is_still_a_body(nlp):
    for text, school in (("长沙市第1中学参加。", "长沙市第1中学"), ("株洲市第12中学参加比赛。", "株洲市第12中学")):
        assert ents(nlp, text).get(school) == "Organization", text


def test_two_foundings_joined_by_and_are_two_programs_and_a_pilot_with_two_tasks_is_one(nlp):
    found = ents(nlp, "株洲市推进国家卫生城市创建和国家森林城市创建。")
    assert found.get("国家卫生城市创建") == "Program" and found.get("国家森林城市创建") == "Program", found
    found = ents(nlp, "长沙市开展农业生产托管项目和服务规范化建设试点。")
    assert found.get("农业生产托管项目和服务规范化建设试点") == "Program", found


def test_a_word_that_opens_a_programs_name_does_not_refer_to_it(nlp, tmp_path):
    text = "湖南省召开会议。浏阳市开展医保支付方式改革试点，医保已覆盖长沙县、望城区。"
    assert ("医保支付方式改革试点", "长沙县") not in facts(kb(nlp, tmp_path, text), "implementedIn")
    text = "湖南省召开会议。县里启动沿湘生态廊道建设工程，廊道覆盖长沙县、望城区。"
    assert ("沿湘生态廊道建设工程", "长沙县") in facts(kb(nlp, tmp_path, text), "implementedIn")
