"""What the blind passages of round 40 showed kg missing: a prefecture's or banner's whole scope (全州, 全旗) is no
part of a scheme's name, a published list of model villages keeps its site word, and a count of more projects opens
no name."""
from __future__ import annotations

from test_nlp import ents


def test_a_prefectures_whole_scope_is_no_part_of_a_pilot(nlp):
    found = ents(nlp, "德宏州商务局将陇川县列为全州边民互市进口商品落地加工试点县。")
    assert found.get("边民互市进口商品落地加工试点") == "Program"
    assert "全州边民互市进口商品落地加工试点" not in found


def test_a_published_list_of_model_villages_keeps_its_site_word(nlp):
    assert ents(nlp, "两部门公布第二批衢州市和美乡村示范村名单。").get("衢州市和美乡村示范村") == "Program"
    assert ents(nlp, "省农业农村厅公布第三批省级乡村治理示范村镇名单。").get("省级乡村治理示范") == "Program"


def test_more_projects_open_no_name(nlp):
    assert not [n for n in ents(nlp, "推动更多疏解项目在雄安新区落地见效。") if "更多" in n or "推动" in n]
