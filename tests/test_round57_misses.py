"""What the blind passages of round 57 showed. People: the names of a photo credit (向朝阳 摄); a byline's names after
a role whatever their family name (文/本刊记者 泽仁卓玛), up to four characters, and one the layout broke after two
characters (斯建 | 锋), or between the halves of a Tibetan name, or inside a role word (通讯 | 员); a name whose last character the model left as a word of its own (副市长宣立|军|担任); and not a
word the document writes far more often than the model reads it as a name (杨梅 in an article on waxberries).
Places: a river the model split (钱|塘江), a village whose first character it read alone (台|回山村), a short form a
village suffix follows (常州村), no short forms in 金山银山, no county in 要会同县. Bodies: a county-level city named
through its towns too, a municipality's county's party committee without the city, a body joined to a document by
和 (《…法》和县政府), the short names 文旅广体局 and 文旅体局, and a body after the verb that joins it to another
(监管局会同|县文旅局). Programs: numerals quoted as a short name (“十百千”工程), a quoted reform before 工作情况, a zone
a place is (是首批国家…示范区) or enters (…集聚区). Documents: 规范 and 建议案."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents, program_names
from test_resolve import kb_of, labels

from kg.ingest.clean import clean


def test_the_names_of_a_photo_credit_are_people(nlp):
    assert ents(nlp, "向朝阳 摄") == {"向朝阳": "Person"}  # not 朝阳 (a place)
    assert ents(nlp, "图为游客采摘脆李 吴春燕 摄") == {"吴春燕": "Person"}
    assert ents(nlp, "降央泽仁 摄") == {"降央泽仁": "Person"}  # a long name, the credit's only word
    assert "芋头侗寨" not in ents(nlp, "芋头侗寨 张三 摄")  # a caption before the name


def test_a_bylines_names_after_a_role_need_no_family_name():
    block = clean("标题\n\n文/本刊记者 泽仁卓玛 通讯员 邓建华\n\n正文第一句。\n").blocks[1]
    assert block.kind == "byline" and block.names == ["泽仁卓玛", "邓建华"]
    assert clean("标题\n图｜航拍古镇\n正文第一句。\n").blocks[1].kind != "byline"  # no role: a caption


def test_a_byline_name_broken_after_two_characters_is_mended():
    assert "通讯员 斯建锋\n" in clean("题目\n\n文/楼晓燕 通讯员 斯建\n锋\n\n初夏的小镇，游客很多。\n").text
    # a two-character name is whole: a short line after it stays apart
    assert "通讯员 王芳\n" in clean("题目\n\n文/楼晓燕 通讯员 王芳\n编者按\n\n初夏的小镇，游客很多。\n").text
    # the halves of a Tibetan name, neither opening with a family name, and a role word broken across lines
    block = clean("题目\n\n文/本刊记者 邓雪梅 通讯员 洛绒\n\n泽仁\n\n清晨，游客很多。\n").blocks[1]
    assert block.names == ["邓雪梅", "洛绒泽仁"]
    block = clean("题目\n\n文/本刊记者 周晓岚 通讯\n员 徐文杰\n\n初夏时节，游客很多。\n").blocks[1]
    assert block.names == ["周晓岚", "徐文杰"]


def test_a_name_whose_last_character_the_model_left_alone_is_whole(nlp):
    assert ents(nlp, "由市委常委、副市长宣立军担任链长，统筹养殖。")["宣立军"] == "Person"
    assert ents(nlp, "副市长王刚在会上讲话。")["王刚"] == "Person"  # 在 is a boundary, no part of the name


def test_a_word_the_document_writes_more_often_than_as_a_name_is_no_person(nlp, tmp_path):
    text = ("杨梅是仙居的金名片。全县杨梅种植面积达14万亩。村里开展杨梅酒、杨梅干深加工，建起杨梅文化馆。"
            "杨梅季接待游客12万人次。县长李晨阳说，杨梅产业要做强。")
    people = labels(kb_of(nlp, tmp_path, {"ym.txt": text}), "Person")
    assert "李晨阳" in people and not any(name.startswith("杨梅") for name in people)


def test_a_river_or_a_village_the_model_split_is_one_place(nlp):
    assert ents(nlp, "守护好钱塘江源头这一方山水，是开化的头等大事。") == {"钱塘江": "Place"}  # not 钱塘区
    assert ents(nlp, "与高田坑村隔山相望的台回山村，把梯田油菜花做成了金名片。")["台回山村"] == "Place"
    assert ents(nlp, "以化屋村为核心发展乡村旅游。") == {"化屋村": "Place"}  # a preposition the model read as a place


def test_no_short_form_of_a_division_inside_an_ordinary_word(nlp):
    assert ents(nlp, "守住了绿水青山，还要让它生出金山银山。") == {}  # not 金山区, 银山
    assert ents(nlp, "上海市金山区推进乡村振兴。")["金山区"] == "Place"


def test_a_modal_before_a_joining_verb_opens_no_county(nlp):
    found = ents(nlp, "县行政审批服务管理局要会同县发展和改革局、县自然资源局，进一步压缩审批时限。")
    assert "会同县" not in found and found["县自然资源局"] == "Organization"


def test_a_county_level_city_named_through_its_towns_owns_the_bare_city_word(nlp, tmp_path):
    text = ("瑞安市政府召开常务会议。市委副书记、市长陈立群主持会议，传达温州市有关会议精神。汽摩配产业是瑞安第一大支柱"
            "产业，产值占温州全市同行业的六成以上，塘下镇集聚企业2600余家。瑞安市曹村镇东岙村建起数字农业基地。"
            "飞云街道建成共富工坊。会议听取了市农业农村局的汇报，瑞安要深化改革。")
    bodies = labels(kb_of(nlp, tmp_path, {"ra.txt": text}), "Organization")
    assert "瑞安市农业农村局" in bodies and not any(body.startswith("温州市") for body in bodies)


def test_a_municipalitys_countys_party_committee_does_not_carry_the_city(nlp, tmp_path):
    text = "重庆市巫山县召开会议。县委、县政府启动脆李产业提质增效三年行动。"
    bodies = labels(kb_of(nlp, tmp_path, {"ws.txt": text}), "Organization")
    assert {"中共巫山县委", "巫山县人民政府"} <= bodies
    text = "重庆市万州区召开会议。区委、区政府启动行动。"  # a district's carries it
    assert "中共重庆市万州区委" in labels(kb_of(nlp, tmp_path, {"wz.txt": text}), "Organization")


def test_a_body_joined_to_a_document_opens_no_county(nlp, tmp_path):
    text = "婺源县召开会议。婺源依据《中华人民共和国文物保护法》和县政府出台的《婺源县古村落古建筑保护管理办法》，挂牌保护古建筑。"
    kb = kb_of(nlp, tmp_path, {"wy.txt": text})
    assert "婺源县人民政府" in labels(kb, "Organization") and "和县" not in labels(kb, "Place")
    assert ("婺源县古村落古建筑保护管理办法", "婺源县人民政府") in facts(kb, "issuedBy")
    # the joint opens no body's name after 和 (州委 and 政协 are two bodies, not one)
    assert "州委政协" not in ents(nlp, "今年州政协将认真贯彻《中国共产党政治协商工作条例》和州委政协工作会议精神。")


def test_short_names_of_merged_culture_and_tourism_bureaus_are_written_out(nlp, tmp_path):
    text = "歙县召开会议。县住建局会同县文旅体局出台《歙县传统村落保护利用导则》。"
    kb = kb_of(nlp, tmp_path, {"sx.txt": text})
    assert ("歙县传统村落保护利用导则", "歙县文化旅游体育局") in facts(kb, "issuedBy")
    text = "通道侗族自治县召开会议。县住建局会同县文旅广体局出台办法。"
    assert "通道侗族自治县文化旅游广电体育局" in labels(kb_of(nlp, tmp_path, {"td.txt": text}), "Organization")


def test_a_body_after_the_verb_that_joins_it_to_another_is_named_from_its_level_word(nlp):
    found = ents(nlp, "县农业农村委会同县市场监管局制定《巫山脆李采收分级管理规范》，统一采摘时间。")
    assert found == {"县农业农村委": "Organization", "县市场监管局": "Organization",
                     "巫山脆李采收分级管理规范": "Policy"}


def test_numerals_quoted_as_a_programs_short_name_keep_their_quotes(nlp, tmp_path):
    text = ("婺源县召开会议。县里启动实施“十镇百村千宿”乡村旅游提升工程（以下简称“十百千”工程），"
            "到2026年培育精品民宿。“十百千”工程实施以来，成效明显。")
    assert labels(kb_of(nlp, tmp_path, {"sb.txt": text}), "Program") == {"“十百千”工程"}


def test_a_quoted_reform_before_how_its_work_goes_is_named(nlp):
    text = "会议听取了市农业农村局关于深化“三位一体”农合联改革工作情况的汇报。"
    assert program_names(nlp, text) == ["“三位一体”农合联改革"]


def test_a_zone_a_place_is_or_enters_after_a_batch_is_a_program(nlp):
    assert program_names(nlp, "婺源是首批国家全域旅游示范区。") == ["国家全域旅游示范区"]
    assert program_names(nlp, "江湾镇入选第三批国家级夜间文化和旅游消费集聚区，游客大增。") == [
        "国家级夜间文化和旅游消费集聚区"]
    assert program_names(nlp, "这是首批试点，要总结经验。") == []


def test_standards_and_proposals_are_documents(nlp):
    assert ents(nlp, "县市场监管局出台了《巴马瑶族自治县康养民宿服务规范》。")["巴马瑶族自治县康养民宿服务规范"] == "Policy"
    assert ents(nlp, "会议通过了《州政协关于推动恩施硒茶全产业链发展的建议案》。")[
        "州政协关于推动恩施硒茶全产业链发展的建议案"] == "Policy"


def test_a_bylines_name_of_four_characters_is_its_authors(nlp, tmp_path):
    text = "雪山脚下藏家兴\n\n文/本刊记者 泽仁卓玛 通讯员 邓建华\n\n清晨，亚丁村的民宿迎来客人。\n"
    assert {"泽仁卓玛", "邓建华"} <= labels(kb_of(nlp, tmp_path, {"yd.txt": text}), "Person")


def test_a_short_form_a_village_suffix_follows_is_the_villages_name(nlp):
    found = ents(nlp, "今年，下营镇常州村、穿芳峪镇毛家峪村被确定为示范村。")
    assert found["常州村"] == "Place" and "常州" not in found
    assert "安吉余村" not in ents(nlp, "安吉余村发展乡村旅游。")  # a village of its own after the short form
