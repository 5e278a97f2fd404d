"""What the blind passages of rounds 52 and 53 showed (and rounds 47-51 about bodies' names): annotators who follow
the guidelines' fullest form write standing committees, CPPCC committees and township party committees in full; a
name the model reads as a body's before the field's noun (苹果|产业) is no owner; a village that is listed as a model
village is a site of the scheme; parks named after a short form, cities of other provinces in a list, villages the
model glues a preposition to, and the kinds of place that read as places (3A级景区, 漫山, 古村镇)."""
from __future__ import annotations

from test_nlp import program_names
from test_organizations_bodies import kb_of, labels


def test_committees_are_named_in_full_and_keep_their_short_forms(nlp, tmp_path):
    text = ("内蒙古自治区赤峰市召开全市工作会议。赤峰市人大常委会主任张三主持会议。中共赤峰市委常委会研究部署。"
            "政协赤峰市委员会召开会议。林西县新城子镇党委书记王五介绍情况。")
    kb = kb_of(nlp, tmp_path, {"cf.txt": text})
    bodies = labels(kb, "Organization")
    assert {"赤峰市人民代表大会常务委员会", "中共赤峰市委常务委员会", "中国人民政治协商会议赤峰市委员会",
            "中共新城子镇委员会"} <= bodies
    assert not {"赤峰市人大常委会", "中共赤峰市委常委会", "政协赤峰市委员会", "新城子镇党委"} & bodies
    congress = next(e for e in kb.entities.values() if e.label == "赤峰市人民代表大会常务委员会")
    assert "赤峰市人大常委会" in congress.aliases


def test_a_town_committee_named_by_its_level_word_is_named_in_full(nlp, tmp_path):
    text = "走进浦江县黄宅镇，水晶作坊林立。镇党委书记王明介绍，全镇已关停小作坊300家。"
    assert "中共黄宅镇委员会" in labels(kb_of(nlp, tmp_path, {"hz.txt": text}), "Organization")


def test_a_body_the_model_reads_before_the_fields_noun_is_no_owner(nlp):
    assert program_names(nlp, "全地区推行苹果产业“链长制”，由陈晓峰担任链长。") == ["苹果产业“链长制”"]
    assert program_names(nlp, "会议强调，要认真实施省委“八八战略”。") == ["八八战略"]


def test_a_village_listed_as_a_model_village_is_a_site_of_the_scheme(nlp):
    assert program_names(nlp, "今年，古丰村被列入省级乡村振兴示范村，村里正谋划以果促旅。") == ["省级乡村振兴示范村"]
    assert program_names(nlp, "县里将该村列入全国乡村治理示范村。") == []


def test_a_park_named_after_a_short_form_is_one_place(nlp):
    found = [(e.text, e.label_) for e in nlp("三江源国家公园和祁连山国家公园建设稳步推进。").ents]
    assert found == [("三江源国家公园", "Place"), ("祁连山国家公园", "Place")]
    assert [(e.text, e.label_) for e in nlp("武汉国际马拉松赛开跑。").ents] == [("武汉", "Place")]


def test_a_graded_kind_of_place_is_no_place(nlp):
    assert [e.text for e in nlp("村里建成3A级景区，又创建国家级经济技术开发区。").ents] == []
    assert [e.text for e in nlp("全县有A级景区12个。").ents] == []


def test_hills_and_the_mountains_waters_formula_are_no_places(nlp):
    assert [e.text for e in nlp("十月的严家坝村，漫山的油橄榄树挂满了果实。").ents] == ["严家坝村"]
    assert [e.text for e in nlp("大田村的茶山上人影攒动，后山上青松苍翠。").ents] == ["大田村"]
    assert "林田湖" not in [e.text for e in nlp("青海湖流域山水林田湖草沙一体化保护和修复工程完成年度任务。").ents]


def test_cities_of_other_provinces_named_in_a_list_are_places(nlp, tmp_path):
    text = ("湖南省常德市讯。全市优质稻统一使用区域公用品牌，稻田小龙虾通过宣传推介活动走进长沙、武汉、广州等城市。"
            "全市年均日照时数超过1800小时，下营镇常州村入选示范名单。")
    places = labels(kb_of(nlp, tmp_path, {"cd.txt": text}), "Place")
    assert {"武汉市", "广州市", "长沙市"} <= places
    assert "常州市" not in places  # 常州村: the short name goes on into a word


def test_a_glued_preposition_or_joining_verb_leaves_the_village(nlp):
    assert [e.text for e in nlp("贵州锦绣水西服饰有限公司在化屋村首创绣娘模式。").ents if e.label_ == "Place"] == ["化屋村"]
    assert [e.text for e in nlp("乡里以西炉村为核心，联合步路村等4个村组建杨梅产业片区。").ents] == ["西炉村", "步路村"]


def test_generic_villages_and_a_graded_zone_after_a_place_are_no_places(nlp):
    assert [e.text for e in nlp("下岩贝村还获评浙江省3A级景区村庄。").ents] == ["下岩贝村", "浙江省"]
    assert [e.text for e in nlp("东弄村是历史最悠久的畲族聚居村之一，一批古村镇焕发新生。").ents] == ["东弄村"]


def test_a_village_entering_a_quoted_model_village_list_keeps_the_site_word(nlp):
    text = "分水镇石碾村、甘宁镇楠桥村入选市级“巴渝和美乡村”示范村，龙驹镇探索土地托管。"
    assert program_names(nlp, text) == ["市级“巴渝和美乡村”示范村"]


def test_a_program_quoted_inside_a_quote_is_found(nlp):
    assert program_names(nlp, "他说：“我们将持续深化‘千万工程’，让群众过上更好的日子。”") == ["千万工程"]


def test_quoted_names_before_a_count_of_brands_are_brands(nlp):
    text = "全市茶产业综合产值达到210亿元，“六安瓜片”“霍山黄芽”两大区域公用品牌价值连续五年位居全省前列。"
    assert program_names(nlp, text) == ["六安瓜片", "霍山黄芽"]
    assert program_names(nlp, "要缩小“三大差距”。") == []


def test_places_in_quoted_speech_count_and_a_landforms_side_is_split_off(nlp):
    said = "“过去年轻人都去广东、浙江打工，如今回来了。”"
    assert [e.text for e in nlp(said).ents] == ["广东", "浙江"]
    assert [e.text for e in nlp("践行“金山银山”理念。").ents if e.label_ == "Place"] == []
    assert [e.text for e in nlp("六安市地处大别山北麓，现有茶园面积62万亩。").ents] == ["六安市", "大别山"]


def test_towns_listed_before_a_count_of_townships_are_the_countys_towns(nlp):
    text = "开化县被列入国家公园体制试点，苏庄、长虹、何田、齐溪4个乡镇的部分区域纳入公园范围。"
    assert [e.text for e in nlp(text).ents if e.label_ == "Place"] == ["开化县", "苏庄", "长虹", "何田", "齐溪"]
