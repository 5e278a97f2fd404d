"""What the blind passages of round 41 showed kg missing: water diversion works named by what they draw, a fishing
ban named 禁捕, a subsidy scheme's new round, and a province-titled designation whose quote holds letters."""
from __future__ import annotations

from test_nlp import ents


def test_water_diversion_works_keep_their_opening_verb(nlp):
    found = ents(nlp, "小浪底南岸灌区工程、引江济淮工程河南段建成投用。")
    assert found.get("引江济淮工程") == "Program" and "江济淮工程" not in found


def test_a_fishing_ban_named_by_its_catch(nlp):
    assert ents(nlp, "全县严格落实河湖长制，在溇水干流实行十年禁捕。").get("十年禁捕") == "Program"


def test_a_subsidy_schemes_new_round_is_no_part_of_it(nlp):
    found = ents(nlp, "我们将落实新一轮草原生态保护补助奖励政策。")
    assert found.get("草原生态保护补助奖励政策") == "Program"


def test_a_province_titled_designation_whose_quote_holds_letters(nlp):
    found = ents(nlp, "认定西安市周至县等9个县为第二批陕西省“3+X”特色农业产业示范县。")
    assert found.get("陕西省“3+X”特色农业产业示范县") == "Program"
