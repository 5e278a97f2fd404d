"""What the blind passages of round 36 showed kg missing: a place put into a pilot of the province written by a
bare 省, a party committee's community-governance commission by its short name, a kind of cooperative counted,
which is no body, and a scheme whose list its province titles."""
from __future__ import annotations

from test_nlp import ents
from test_resolve import kb_of, labels


def test_a_place_put_into_a_pilot_of_the_province_is_a_site_of_it(nlp):
    assert ents(nlp, "2014年，塘下镇被列入省小城市培育试点，城镇化建设加快。").get("小城市培育试点") == "Program"
    assert ents(nlp, "该县被纳入全省农村集体经济发展试点，各项工作有序推进。").get("农村集体经济发展试点") == "Program"


def test_a_committees_community_governance_commission_is_written_out(nlp, tmp_path):
    text = "成都市成华区推进基层治理。按照市委社治委部署，社区推行网格化管理。"
    assert "中共成都市委城乡社区发展治理委员会" in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")


def test_a_kind_of_cooperative_counted_is_no_body(nlp, tmp_path):
    text = "商水县推进粮食单产提升。截至目前，全县已发展农民专业合作社1260家、家庭农场800家。"
    assert "农民专业合作社" not in labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")


def test_a_list_titled_by_its_province_names_the_scheme_whole(nlp):
    found = ents(nlp, "日前，省农业农村厅公布2023年度河南省乡村振兴示范县名单，我市西峡县、内乡县入选。")
    assert found.get("河南省乡村振兴示范县") == "Program"
    found = ents(nlp, "经县级申报，决定认定进贤县等14个县（市、区）为第三批江西省绿色有机农产品示范县，现予公布。")
    assert found.get("江西省绿色有机农产品示范县") == "Program"
    assert ents(nlp, "省农业农村厅公布第三批省级乡村治理示范村镇名单。").get("省级乡村治理示范") == "Program"
