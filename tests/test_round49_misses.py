"""What the blind passages of round 49 showed: a counted quote after its listed parts, a zone a place is approved
to found, a village designated a model village, a county listed as a pilot of a level, and a batch no name opens
with."""
from __future__ import annotations

from test_nlp import program_names


def test_a_counted_quote_takes_in_the_parts_it_counts(nlp):
    text = "实施茶园提质、加工提档、品牌提升“三提”工程。在品牌上整合茶企。"
    assert program_names(nlp, text) == ["茶园提质、加工提档、品牌提升“三提”工程"]
    text = "全区深化美丽家园、绿色田园、幸福乐园“三园”工程，完成项目38个。"
    assert program_names(nlp, text) == ["美丽家园、绿色田园、幸福乐园“三园”工程"]


def test_parts_fewer_than_the_count_stay_out(nlp):
    assert program_names(nlp, "推进绿色田园、幸福乐园“三园”工程，") == ["幸福乐园“三园”工程"]


def test_a_zone_a_place_is_approved_to_found_is_named_without_the_verb(nlp):
    assert program_names(nlp, "莱阳市获批创建国家农业现代化示范区。") == ["国家农业现代化示范区"]
    text = "涪陵区已获批建设国家地理标志产品保护示范区。"
    assert program_names(nlp, text) == ["国家地理标志产品保护示范区"]


def test_a_village_designated_a_model_village_keeps_the_site_word(nlp):
    assert program_names(nlp, "严家坝村今年又被确定为省级乡村建设示范村。") == ["省级乡村建设示范村"]
    text = "水库村等6个村今年入选第五批上海市乡村振兴示范村，全区市级示范村累计达到21个。"
    assert program_names(nlp, text) == ["上海市乡村振兴示范村"]


def test_a_body_that_lists_a_village_confers_a_title(nlp):
    assert program_names(nlp, "将该村列入全国乡村治理示范村，") == []


def test_a_county_listed_as_a_pilot_of_a_level_names_it(nlp):
    text = "佛冈县被列入省级农村集体经营性建设用地入市试点县，已完成入市交易地块21宗。"
    assert program_names(nlp, text) == ["省级农村集体经营性建设用地入市试点"]


def test_a_batch_opens_no_name(nlp):
    assert program_names(nlp, "九陂镇作为首批改革试点镇，近年来统筹整合资金。") == []


def test_a_quote_counting_one_takes_in_nothing_before_it(nlp):
    text = "石峰区、芦淞区开展“一件事一次办”集成改革试点，"
    assert program_names(nlp, text) == ["“一件事一次办”集成改革试点"]


def test_a_clause_before_a_counted_quote_is_no_part_of_it(nlp):
    text = "石台县将认真落实省委、省政府部署的“两强一增”行动，推进示范区建设。"
    assert program_names(nlp, text) == ["“两强一增”行动"]
