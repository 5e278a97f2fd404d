"""What the blind passages of round 37 showed kg missing: Tibetan names after a title before what officials do
(介绍, 通报), a party committee's reform office by its short name, a municipality's district committee written
after its chain, and a department whose own name joins two fields with 和."""
from __future__ import annotations

from test_nlp import ents
from test_resolve import kb_of, labels


def test_tibetan_names_after_a_title_before_what_officials_do(nlp):
    found = ents(nlp, "洛须镇党委副书记、镇长尼玛次仁介绍，镇里组织干部开展入户宣传。地区文化和旅游局局长达瓦卓玛通报了全年工作。")
    assert found.get("尼玛次仁") == "Person"
    assert found.get("达瓦卓玛") == "Person"
    assert "批示" not in ents(nlp, "习近平总书记批示要求，扎实推进各项工作。")  # guessed from characters: no name


def test_a_committees_reform_office_is_written_out(nlp, tmp_path):
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": "浙江省召开会议。省委改革办印发通知。"}), "Organization")
    assert "中共浙江省委全面深化改革委员会办公室" in orgs


def test_a_municipal_districts_committee_after_its_chain_keeps_the_city(nlp, tmp_path):
    text = "区委常委会召开会议。会议原则同意《中共北京市延庆区委关于推进冬奥场馆赛后利用的实施意见》。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "中共北京市延庆区委" in orgs and "中共延庆区委" not in orgs


def test_a_departments_own_name_joining_two_fields_is_not_written_out(nlp, tmp_path):
    text = "锡林郭勒盟正蓝旗推进奶业振兴。正蓝旗农牧和科技局在上都镇推广良种。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "正蓝旗农牧和科技局" in orgs
