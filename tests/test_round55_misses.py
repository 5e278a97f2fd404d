"""What the blind passages of round 55 showed: a zone of a level a place is put into (纳入, 列入) is a designation as one
it is named is, and so is the first of two joined by 和; a short name written before the long name it could shorten
names a program of its own; a field before counted nouns still lets them name the program (百千万工程); a city's short
name before 国家 opens a zone's name; works counted after their name are no program; and a bare 市 in an article about
a county-level city is that city. Names after titles: a Tibetan or Mongolian name of four or five characters, a
transliterated name before 介绍, and one the model started late where the document writes it whole. 和 and 会同 before a
level word join bodies, they open no county (和县直部门, 还会同县农业农村局); and a region's building joined to a program a place
joins (融入…战略和…都市圈建设) is one. A byline name the layout broke after its family name is mended (通讯员 姚 | 文博). From older
misses: a short pilot after the national scope (作为国家粮改饲试点旗) and a place that is one of a pilot's sites (是全国…试点县之一)."""
from __future__ import annotations

from test_nlp import ents, program_names
from test_resolve import kb_of, labels

from kg.resolve import program_short_names


def test_a_zone_of_a_level_a_place_is_put_into_is_a_program(nlp):
    assert program_names(nlp, "城西科技园被纳入省级数字经济创新发展试验区。") == ["省级数字经济创新发展试验区"]
    # a national demonstration zone is named without its scope, as after 入选
    assert program_names(nlp, "该矿区被列入全国绿色矿业发展示范区，开采秩序持续好转。") == ["绿色矿业发展示范区"]


def test_the_first_of_two_joined_designations_is_named(nlp):
    text = "该省作为国家资源型经济转型综合配套改革试验区和全国能源革命综合改革试点，持续推进转型。"
    assert "国家资源型经济转型综合配套改革试验区" in program_names(nlp, text)


def test_a_short_name_written_before_the_long_one_is_a_program_of_its_own(nlp, tmp_path):
    text = ("平山县召开会议。全县学习运用“千万工程”经验，深入实施“千村示范、万村提升”工程，建成示范村30个。\n"
            "下一步，全县将以“千村示范、万村提升”工程为抓手，加快乡村建设。")
    programs = labels(kb_of(nlp, tmp_path, {"ps.txt": text}), "Program")
    assert programs == {"千万工程", "千村示范、万村提升工程"}  # the long name's outer quotes dropped, as kg names it
    # written after it, the short name is the program's (a short name comes after the name it shortens)
    text = "黄县召开会议。全县深入实施“千村示范、万村提升”工程，“千万工程”实施以来，建成示范村30个。"
    assert labels(kb_of(nlp, tmp_path, {"hx.txt": text}), "Program") == {"千万工程"}


def test_counted_nouns_after_a_field_name_the_program():
    assert program_short_names("茶产业百企千园万户帮带工程")[:2] == ("“百千万”工程", "百千万工程")
    assert program_short_names("百县千镇万村高质量发展工程")[1] == "百千万工程"
    assert program_short_names("全面推进一村一品工程") == ()  # no rising counts


def test_a_citys_short_name_before_national_opens_a_zones_name(nlp):
    text = "这是推进安庆国家文化传承创新试验区建设的重要抓手。"
    assert program_names(nlp, text) == ["安庆国家文化传承创新试验区建设"]
    # a city's full name before the level word says where the designation is founded
    assert program_names(nlp, "要加快推进安庆市国家现代农业产业园创建。") == ["国家现代农业产业园创建"]


def test_works_counted_after_their_name_are_no_program(nlp):
    assert program_names(nlp, "全县完成农村河道综合整治工程12项。") == []
    assert program_names(nlp, "全县完成农村河道综合整治工程。") == ["农村河道综合整治工程"]


def test_a_bare_city_word_in_an_article_about_a_county_level_city_is_that_city(nlp, tmp_path):
    text = ("瓦房店市召开新闻发布会。瓦房店市地处大连市北部。市委常委、副市长周立新介绍，瓦房店市去年新建冷库12座，"
            "市农业农村局会同市自然资源局制定了办法。瓦房店市将持续推进。")
    bodies = labels(kb_of(nlp, tmp_path, {"wf.txt": text}), "Organization")
    assert {"瓦房店市农业农村局", "瓦房店市自然资源局"} <= bodies
    assert not any(body.startswith("大连市") for body in bodies)
    # an article that names the prefecture as often keeps 市 for the prefecture
    text = ("大连市召开会议。大连市副市长周立新在瓦房店市出席。瓦房店市、庄河市介绍经验。大连市要求，"
            "市农业农村局抓好落实。")
    assert "大连市农业农村局" in labels(kb_of(nlp, tmp_path, {"dl.txt": text}), "Organization")
    # a prefecture's meeting held in one of its county-level cities, naming its other counties: the prefecture's
    text = ("全市秋收工作会议在海伦市召开。市委副书记、市长邵立新出席。海伦市、北林区、绥棱县、望奎县介绍经验，"
            "海伦市海北镇的大豆长势好。海伦市要继续带头。市农业农村局抓好落实。")
    assert "绥化市农业农村局" in labels(kb_of(nlp, tmp_path, {"sh.txt": text}), "Organization")


def test_a_mongolian_or_tibetan_name_after_a_title_runs_four_or_five_characters(nlp):
    assert ents(nlp, "县委常委、副县长格绒邓珠说，旅游要守住生态底线。").get("格绒邓珠") == "Person"
    assert ents(nlp, "市委常委、副市长次仁旺堆介绍全市边境村建设情况。").get("次仁旺堆") == "Person"
    assert ents(nlp, "县委副书记、县长道吉才让介绍，县里将集中资金。").get("道吉才让") == "Person"
    assert ents(nlp, "副旗长孟和巴雅尔介绍，专家团队驻旗指导。").get("孟和巴雅尔") == "Person"
    assert ents(nlp, "县长白明现场说，要抓好落实。").get("白明") == "Person"  # a name and a word: not four
    found = ents(nlp, "县长王明和李强出席会议。")
    assert found.get("王明") == "Person" and found.get("李强") == "Person"
    for text in ("县长一行到村调研。", "县长亲自带队调研。"):
        assert not any(label == "Person" for label in ents(nlp, text).values())
    assert not any(label == "Person" for label in ents(nlp, "协商中，12位常委作了大会发言。").values())
    # a second title of the same person is no part of a name
    assert ents(nlp, "公司首席执行官兼总裁马蒂表示，将扩大投资。").get("马蒂") == "Person"


def test_a_transliterated_name_before_a_speech_verb_ends_before_it(nlp):
    assert ents(nlp, "地区林业和草原局局长热依拉·阿不都介绍，今年以来新建冷库。").get("热依拉·阿不都") == "Person"


def test_a_transliterated_name_started_late_is_the_name_written_whole(nlp, tmp_path):
    text = "地委副书记、行署专员买买提江·吾斯曼出席会议并讲话。买买提江·吾斯曼强调，要持续发力。"
    people = labels(kb_of(nlp, tmp_path, {"ak.txt": text}), "Person")
    assert people == {"买买提江·吾斯曼"}


def test_a_joiner_before_a_level_word_opens_no_county(nlp):
    found = ents(nlp, "市市场发展委会同市商务局推出“义乌好货”品牌。")
    assert found.get("市市场发展委") == "Organization" and found.get("市商务局") == "Organization"
    # 和县 and 会同县 are counties; 和 before 县直 and 县域, and 会同 after a body, join (together with)
    assert "和县" not in ents(nlp, "各乡镇（街道）和县直部门要压实责任。")
    assert "和县" not in ents(nlp, "要深化城镇化建设和县域经济发展。")
    assert "会同县" not in ents(nlp, "管理局还会同县自然资源和规划局制定办法。")
    assert ents(nlp, "和县召开会议。").get("和县") == "Place"


def test_a_regions_building_joined_to_a_program_a_place_joins_is_a_program(nlp):
    text = "全区要主动融入长江经济带发展战略和成渝地区双城经济圈建设。"
    assert program_names(nlp, text) == ["成渝地区双城经济圈建设", "长江经济带发展战略"]


def test_a_byline_name_broken_after_its_family_name_is_mended():
    from kg.ingest.clean import clean

    text = clean("题目\n\n文/本刊记者 沈佳怡 通讯员 姚\n文博\n\n初夏的小镇，游客很多。\n").text
    assert "通讯员 姚文博\n" in text
    # a line of prose after a byline whose last name is whole stays prose
    assert "通讯员 姚文博\n初夏" in clean("题目\n\n文/本刊记者 沈佳怡 通讯员 姚文博\n初夏\n").text.replace("\n\n", "\n")


def test_a_pilot_a_place_serves_as_or_is_one_of_is_named_without_its_scope(nlp):
    # a short name after the national scope (粮改饲), and a county that is one of a pilot's counties (之一)
    assert program_names(nlp, "作为国家粮改饲试点旗，该旗每年收储青贮饲料200万吨。") == ["粮改饲试点"]
    text = "湄潭县是全国农村集体经营性建设用地入市试点县之一。"
    assert program_names(nlp, text) == ["农村集体经营性建设用地入市试点"]
