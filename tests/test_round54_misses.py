"""What the blind passages of round 54 showed: the building of a qualified kind of village or town (秀美乡村建设,
美丽城镇建设) is a program a launching verb governs; zones named after a short form the model reads as a noun
(图们口岸), after the province's short form (湖南永兴经济开发区) or as a tourist area (二龙山冰雪旅游区); islands named
after a district (崇明岛); an ethnic township's short form (格朗和乡) where the document names it in full; a
designation (样板镇) and a rating (五星级乡村旅游区) that are no places; quoted consumption seasons; a field and its
work before a launched quote (政务服务“跨省通办”); a zone a place builds in the frame 以建设…为统领; a pilot and
trial a county enters (试点试验县); a chief system before the duty it assigns (河湖长制责任); a short form listed
after provinces (河北, not 天津's 河北区); a program abbreviated in order (学前学普行动); and the bodies of a
municipality's district, named with the city."""
from __future__ import annotations

from test_nlp import ents, program_names
from test_resolve import kb_of, labels

from kg.resolve import abbreviated_forms


def test_the_building_of_a_qualified_kind_of_village_is_a_program(nlp):
    assert program_names(nlp, "近年来，瑞金市深入推进秀美乡村建设，把红色资源保护利用与乡村振兴结合起来。") == ["秀美乡村建设"]
    assert program_names(nlp, "镇里还结合美丽城镇建设，完善道路、停车等配套。") == ["美丽城镇建设"]


def test_a_field_of_work_and_its_scope_are_none(nlp):
    assert program_names(nlp, "要推进全省乡村建设，补齐短板。") == []


def test_two_buildings_joined_are_two_programs(nlp):
    assert program_names(nlp, "安吉县推进美丽乡村建设和数字乡村建设。") == ["数字乡村建设", "美丽乡村建设"]


def test_a_zone_named_after_a_division_the_document_names_is_a_place(nlp, tmp_path):
    text = "延边州图们市召开全会。\n上半年，图们口岸进出口货运量同比增长；图们经济开发区新落地项目12个。"
    places = labels(kb_of(nlp, tmp_path, {"tm.txt": text}), "Place")
    assert {"图们口岸", "图们经济开发区", "图们市"} <= places


def test_a_zone_keeps_the_province_its_name_opens_with(nlp):
    assert ents(nlp, "县里在湖南永兴经济开发区推行回收模式。").get("湖南永兴经济开发区") == "Place"
    assert ents(nlp, "企业落户浙江宁波北仑港。").get("北仑港") == "Place"  # a port the province only locates


def test_tourist_areas_and_islands_are_places_but_ratings_are_none(nlp):
    assert ents(nlp, "二龙山冰雪旅游区新增雪道8条。").get("二龙山冰雪旅游区") == "Place"
    assert ents(nlp, "崇明岛环岛生态景观廊道全线贯通。").get("崇明岛") == "Place"
    found = ents(nlp, "兴坪镇渔村获评广西五星级乡村旅游区，全县旅游区游客增多。")
    assert not any(name.endswith("旅游区") for name in found)
    assert "样板镇" not in ents(nlp, "石花镇、五山镇创成省级美丽城镇样板镇。")


def test_an_ethnic_townships_short_form_is_the_township_the_document_names(nlp, tmp_path):
    text = "勐海县格朗和哈尼族乡南糯山村位于山上。\n格朗和乡的茶农去年增收。"
    township = next(e for e in kb_of(nlp, tmp_path, {"gl.txt": text}).entities.values() if e.label == "格朗和哈尼族乡")
    assert "格朗和乡" in township.aliases
    # named alone, the short form is the place as written: no official name the text does not give
    assert "布朗山布朗族乡" not in labels(kb_of(nlp, tmp_path, {"bl.txt": "名气快赶上布朗山乡的老班章了。"}), "Place")


def test_quoted_consumption_seasons_are_programs(nlp):
    assert program_names(nlp, "市商务局将开展“冰雪暖冬”消费季。") == ["“冰雪暖冬”消费季"]


def test_a_municipality_districts_bodies_carry_the_city_its_countys_do_not(nlp, tmp_path):
    text = ("崇明区第二届人民代表大会常务委员会第二十一次会议举行。区人大常委会主任沈建国主持会议。"
            "会议听取了区人民政府关于生态岛建设情况的报告，区生态环境局作了说明。")
    bodies = labels(kb_of(nlp, tmp_path, {"cm.txt": text}), "Organization")
    assert {"上海市崇明区人民代表大会常务委员会", "上海市崇明区人民政府", "上海市崇明区生态环境局"} <= bodies
    county = labels(kb_of(nlp, tmp_path, {"ck.txt": "重庆市城口县召开会议。县政府、县农业农村局负责同志出席。"}), "Organization")
    assert {"城口县人民政府", "城口县农业农村局"} <= county


def test_a_zone_a_place_builds_as_its_frame_is_a_program(nlp):
    text = "近年来，郴州以建设国家可持续发展议程创新示范区为统领，推动产业转型。"
    assert program_names(nlp, text) == ["国家可持续发展议程创新示范区"]


def test_a_field_and_its_work_before_a_launched_quote_open_the_name(nlp):
    text = "吴江区与青浦、嘉善共同推行政务服务“跨省通办”，可办事项已达238项。"
    assert program_names(nlp, text) == ["政务服务“跨省通办”"]


def test_an_island_is_named_after_a_county_not_a_province(nlp):
    assert "上海岛" not in ents(nlp, "把游客从古城引上海岛。")


def test_a_graded_zone_after_a_named_feature_keeps_its_grade(nlp):
    assert ents(nlp, "推进文昌湖省级旅游度假区建设，游客增多。").get("文昌湖省级旅游度假区") == "Place"


def test_a_township_short_form_that_names_other_towns_keeps_its_name(nlp, tmp_path):
    places = labels(kb_of(nlp, tmp_path, {"yf.txt": "黑龙江省鸡西市召开会议。城子河区在永丰乡开展秸秆综合利用试点。"}), "Place")
    assert "永丰乡" in places and "永丰朝鲜族乡" not in places


def test_a_pilot_and_trial_a_county_enters_drops_the_scope_and_site_word(nlp):
    assert program_names(nlp, "谷城县入选国家农村综合性改革试点试验县。") == ["农村综合性改革试点试验"]


def test_a_chief_system_before_the_duty_it_assigns_is_a_program(nlp):
    assert program_names(nlp, "要认真贯彻长江保护法，压紧压实河湖长制责任。") == ["河湖长制"]
    assert "河湖长制" not in program_names(nlp, "河湖长制工作处负责同志出席。")


def test_a_short_form_listed_after_provinces_is_a_province(nlp, tmp_path):
    text = "南阳市召开会议。中线工程通水以来，已累计向北京、天津、河北、河南四省市调水超过600亿立方米。"
    places = labels(kb_of(nlp, tmp_path, {"ny.txt": text}), "Place")
    assert "河北省" in places and "河北区" not in places


def test_a_program_abbreviated_in_order_is_the_program_and_a_numeral_one_is_its_name():
    names = {"“学前学会普通话”行动": 0, "学前学普行动": 1, "三改一拆行动": 2, "三改造一拆除行动": 3, "数字乡村试点": 4}
    assert abbreviated_forms(names) == {"学前学普行动": "“学前学会普通话”行动", "三改造一拆除行动": "三改一拆行动"}
    # two longer names it could shorten: neither; a name the longer one holds whole: none (a level word between)
    assert abbreviated_forms({"乡村振兴工程": 0, "乡村振兴示范工程": 1, "乡村振兴提升工程": 2}) == {}
    assert abbreviated_forms({"数字乡村建设试点": 0, "数字乡村建设省级试点": 1}) == {}
    assert abbreviated_forms({"特色田园乡村建设试点": 0, "特色田园乡村全域建设试点": 1}) == {}  # a word inserted
