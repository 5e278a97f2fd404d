"""Round 26 (a): texts of other provinces than the dev set's passages. The headline of a government's executive
or plenary meeting names the place the news is about, though only inside the government's name (the place is
then a place of the passage, the container of the districts it lists)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def places_and_containers(nlp, tmp_path, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    mentioned = {key for counts in kb.mentions.values() for key in counts}
    places = {kb.entities[k].label for k in mentioned if kb.entities[k].type == "Place"}
    return places, facts(kb, "locatedIn")


def test_a_government_meeting_headline_names_its_place(nlp, tmp_path):
    for headline, place, district in (
            ("汉中市人民政府召开第二十三次常务会议", "汉中市", "南郑区"),
            ("赣州市政府召开第十七次常务会议", "赣州市", "南康区"),
            ("遵义市人民政府第五十一次常务会议召开", "遵义市", "播州区")):
        text = f"{headline}\n会议确定{district}为全市数字乡村试点，由市农业农村局负责统筹推进。"
        places, contained = places_and_containers(nlp, tmp_path, text)
        assert place in places, headline
        assert (district, place) in contained, headline


def test_a_sentence_that_mentions_a_government_meeting_names_no_place_of_it(nlp, tmp_path):
    text = "会议传达了梧州市人民政府第十次常务会议精神。会议确定长洲区为全区数字乡村试点。"
    places, _ = places_and_containers(nlp, tmp_path, text)
    assert "梧州市" not in places


def test_a_quoted_rating_before_a_bodys_head_is_no_body(nlp):
    for text in ("截至目前，全县已有43个村获评“五星”支部。",
                 "博罗县要扩大“红旗”党支部覆盖面，年内新增10个。",
                 "今年全区新创成“枫桥式”派出所12个。"):
        assert "Organization" not in ents(nlp, text).values(), text


def test_a_branch_named_by_its_place_is_still_a_body(nlp):
    assert "Organization" in ents(nlp, "平谷区峪口镇西营村党支部组织党员开展志愿服务。").values()
