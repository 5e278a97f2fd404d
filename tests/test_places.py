"""Places and locatedIn in government texts: zones, features and towns named with their divisions, and the
nearest container the article names. Sentences in other provinces' wording."""
from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from kg.ingest import read_document
from kg.pipeline import analyse, knowledge_base
from tests.test_extract_dates import context
from tests.test_extract_documents import facts
from tests.test_nlp import ents
from tests.test_resolve import kb_of, labels


def places(nlp, text: str) -> dict[str, str]:
    return {e.text: e._.adcode for e in nlp(text).ents if e.label_ == "Place"}


def located(nlp, text: str) -> set[tuple[str, str]]:
    ctx = context([text], None, -1)
    return {(r.subject.text, r.object.text) for r in extract(nlp(ctx.sentence.text), ctx) if r.predicate == "locatedIn"}


def test_a_zone_after_a_chain_of_divisions_is_named_by_the_last(nlp):
    found = places(nlp, "江苏连云港徐圩港区、天津滨海新区和成都双流国际机场。")
    assert {"江苏", "连云港", "徐圩港区", "天津", "滨海新区", "成都双流国际机场"} <= set(found)
    assert found["滨海新区"] == "120116"


def test_a_zone_is_in_the_innermost_division_its_name_opens_with(nlp):
    pairs = located(nlp, "江苏连云港徐圩港区和成都双流国际机场今年扩容。")
    assert {("连云港", "江苏"), ("徐圩港区", "连云港"), ("成都双流国际机场", "双流")} <= pairs


def test_features_named_after_a_division_stay_whole(nlp):
    found = places(nlp, "北京密云水库、湖南张家界大峡谷游客众多。")
    assert {"密云水库", "张家界大峡谷"} <= set(found)
    assert "密云" not in found and "张家界" not in found


def test_a_landform_named_after_a_division_is_the_landform(nlp):
    found = places(nlp, "加强嘉陵江、钱塘江保护，推进长白山生态修复，武陵山区和鄱阳湖区发展特色产业。")
    assert {"嘉陵江", "钱塘江", "长白山", "武陵山区", "鄱阳湖区"} <= set(found)
    assert not {"嘉陵", "钱塘", "长白", "武陵", "鄱阳"} & set(found)
    assert found["嘉陵江"] == ""  # a river has no division's code


def test_a_landform_after_a_short_form_the_models_place_word_does_not_hold_is_no_place(nlp):
    assert "向阳湖区" not in places(nlp, "向阳湖区治理稳步推进。")


def test_a_landform_character_that_opens_the_next_name_leaves_the_short_form(nlp):
    found = places(nlp, "宁波江北区、重庆江津区和南京江宁区负责同志参加会议。")
    assert {"宁波", "江北区", "重庆", "江津区", "南京", "江宁区"} <= set(found)


def test_deltas_are_named_regions(nlp):
    # (深度融入长三角一体化发展 names the national strategy, a program: test_round43_misses)
    found = places(nlp, "加强与长三角、珠三角、黄河三角洲的合作，融入区域发展。")
    assert {"长三角", "珠三角", "黄河三角洲"} <= set(found)


def test_a_bare_town_right_after_its_county_is_that_town(nlp):
    found = places(nlp, "在昆山周庄，古镇保护同步推进；宜兴丁蜀的紫砂产业也在升级。")
    assert found["周庄"] == "320583112" and found["丁蜀"] == "320282123"
    assert "虹桥" not in places(nlp, "设上海虹桥、上海松江两站。")  # a city's bare name may be a landmark


def test_a_county_is_in_the_city_the_article_names_not_the_province(nlp, tmp_path: Path):
    path = tmp_path / "baoji.txt"
    path.write_text("宝鸡市召开全市乡村振兴推进会。\n眉县、凤县纳入陕西省首批特色小镇建设试点范围。\n", encoding="utf-8")
    kb = knowledge_base([analyse(read_document(path, "baoji.txt"), nlp)])
    written = {(kb.entities[s].label, kb.entities[o].label) for (s, p, o), fact in kb.facts.items()
               if p == "locatedIn" and fact.evidence}
    assert ("眉县", "陕西省") not in written and ("凤县", "陕西省") not in written


def test_a_district_name_shared_by_two_named_cities_goes_to_the_articles_city(nlp, tmp_path: Path):
    path = tmp_path / "sjz.txt"
    path.write_text("石家庄市召开全市城市更新推进会。\n新华区、长安区、裕华区作交流发言。\n新华区干部还赴河南平顶山学习老旧小区改造经验。\n",
                    encoding="utf-8")
    kb = knowledge_base([analyse(read_document(path, "sjz.txt"), nlp)])
    xinhua = [e for e in kb.entities.values() if e.type == "Place" and e.label == "新华区"]
    assert [e.attrs.get("adcode") for e in xinhua] == ["130105"]


def test_a_place_is_in_the_container_after_a_word_of_location(nlp):
    pairs = located(nlp, "成都东站所在的成华区保和街道，正在建设城郊便民生活圈；殷墟遗址位于安阳市。")
    assert ("成都东站", "保和街道") in pairs and ("殷墟遗址", "安阳市") in pairs


def test_a_place_word_and_the_village_suffix_the_model_left_out(nlp):
    found = places(nlp, "长安区西街社区居民参加了议事会，西街村民也来了。")
    assert "西街社区" in found and "西街村" not in found


def test_a_station_or_port_named_by_a_division_alone_is_in_it(nlp):
    pairs = located(nlp, "贵阳北站和钦州港今年客货运量再创新高。")
    assert {("贵阳北站", "贵阳"), ("钦州港", "钦州")} <= pairs


def test_words_shaped_like_counties_are_no_places(nlp):
    found = places(nlp, "支持望城区、浏阳市争创全国县域经济百强县，确定攸县为省级乡村振兴示范县，在城区开展试点。")
    assert {"望城区", "浏阳市", "攸县"} <= set(found)
    assert not {"百强县", "示范县", "范县", "城区"} & set(found)


def test_a_district_name_that_runs_into_quyu_is_no_place(nlp):
    doc = nlp("振兴区域经济，关键在产业发展。丹东市振兴区召开会议。")
    assert [e.text for e in doc.ents if e.label_ == "Place"] == ["丹东市", "振兴区"]


def test_a_short_form_the_model_cuts_in_two_place_words_is_found_whole(nlp):
    labels = ents(nlp, "黔西南州兴义市开展培训。")
    assert labels.get("黔西南州") == "Place" and "黔西" not in labels


def test_a_district_read_as_a_zone_is_still_the_district(nlp, tmp_path):
    text = "上海市召开会议。会上，浦东新区张江镇介绍了“张江科学城”建设经验。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    found = facts(kb, "locatedIn")
    assert ("张江镇", "浦东新区") in found and ("浦东新区", "浦东新区") not in found
    assert [e.attrs.get("adcode") for e in kb.entities.values() if e.label == "浦东新区"] == ["310115"]


def test_a_count_of_places_of_a_level_is_no_place(nlp):
    labels = ents(nlp, "调研组深入安康市汉滨、汉阴、石泉、宁陕四县和白河、旬阳两区，三个乡镇同步推进。十里村和九龙乡开展活动。")
    assert not {"四县", "两区", "三个乡镇"} & set(labels)
    assert labels.get("十里村") == "Place"
    from kg.nlp.lac import is_specific_place
    assert is_specific_place("五一村") and is_specific_place("八一镇")  # a date, not a count


def test_a_zones_short_name_is_written_out_as_the_zone_names_itself(nlp, tmp_path):
    text = ("西安高新区首创“秦创原”科创平台，武汉经开区管委会印发《关于支持汽车产业发展的若干措施》。"
            "苏州高新区管委会主任李明介绍了经验。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    places = {e.label: e.aliases for e in kb.entities.values() if e.type == "Place"}
    assert places.get("西安高新技术产业开发区") == {"西安高新区"}
    bodies = labels(kb, "Organization")
    assert {"武汉经济技术开发区管理委员会", "苏州高新技术产业开发区管理委员会"} <= bodies


def test_a_town_name_inside_an_ordinary_word_is_no_town(nlp):
    # 示范镇 holds the town name 范镇; 示范 is one word of the model, so no town starts inside it.
    for text in ("该县还有3个省级示范镇。", "全省共评出10个示范镇。", "云南省命名一批特色示范镇和示范村。"):
        assert "范镇" not in places(nlp, text), text
    assert {"龙山县", "里耶镇"} <= set(places(nlp, "龙山县里耶镇入选全国特色小镇。"))
    assert {"桐乡", "乌镇"} <= set(places(nlp, "桐乡乌镇、德清莫干山镇开展试点。"))


def test_designations_of_rural_revitalisation_are_no_places(nlp):
    # The model reads 乡村振兴示范镇 as 乡村|振兴示范镇 (a place): neither 振兴 (振兴区) nor the designation is one.
    for text in ("全面推进乡村振兴示范镇创建工作。", "命名一批乡村振兴示范镇和示范村。",
                 "全州8个县市均被列为省级乡村振兴示范镇创建对象。"):
        assert places(nlp, text) == {}, text
    assert set(places(nlp, "辽宁丹东振兴区和元宝区开展试点。")) >= {"振兴区", "元宝区"}


def test_a_prefecture_named_by_its_short_form_and_level_word_before_its_body(nlp, tmp_path):
    # The model reads 楚雄州委 or 大理州政府 as one word; the prefecture opens it, so the body is the prefecture's.
    kb = kb_of(nlp, tmp_path, {"a.txt": "楚雄州委、州政府出台意见。", "b.txt": "大理州政府印发方案。延边州人大常委会召开会议。"})
    assert {"中共楚雄彝族自治州委员会", "大理白族自治州人民政府", "延边朝鲜族自治州人民代表大会常务委员会"} <= labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"c.txt": "湘西州委书记张三出席会议。"})
    assert "中共湘西土家族苗族自治州委员会" in {kb.entities[o].label for (_, p, o) in kb.facts if p == "postIn"}
    assert places(nlp, "全州政府系统干部参加会议。") == {}  # 全州: the whole prefecture, not 全州县
