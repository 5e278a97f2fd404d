"""Programs with short names: a workshop brand named by a two-character coined word, a founding of a kind of
village named by an adjective the model reads as a time, and counted batches that name none."""
from __future__ import annotations

from test_nlp import ents


def test_a_workshop_brand_built_or_counted_is_a_program(nlp):
    labels = ents(nlp, "近年来，县里建成共富工坊120家。在余东村、碗东村建起2家共富工坊。")
    assert labels.get("共富工坊") == "Program"


def test_a_craft_workshop_or_a_count_of_workshops_is_none(nlp):
    labels = ents(nlp, "村里建成手工工坊3家，新建三个工坊，游客走进共富工坊参观。")
    assert "Program" not in labels.values()


def test_a_founding_of_future_villages_is_a_program(nlp):
    assert ents(nlp, "村党支部书记介绍，村里正在推进未来乡村创建。").get("未来乡村创建") == "Program"


def test_batches_counted_before_a_founding_name_none(nlp):
    labels = ents(nlp, "省农业农村厅厅长彭海涛介绍，前两批示范创建已覆盖长沙县、宁乡市。")
    assert "Program" not in labels.values()
