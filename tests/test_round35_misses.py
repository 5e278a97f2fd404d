"""What the blind passages of round 35 showed kg missing: a village listed as a model village, a league's party
committee and office, a prefecture's office named by 行署 alone and in its titles, Mongolian names after a title, a
transliterated name the model cuts, a company's registered name, and the short name of a housing commission."""
from __future__ import annotations

from test_nlp import ents
from test_organizations_bodies import posts
from test_resolve import kb_of, labels


def test_a_village_listed_as_a_model_village_holds_the_title_of_the_list(nlp):
    assert ents(nlp, "克格依村去年入选全国乡村治理示范村。").get("全国乡村治理示范村") == "Program"
    assert ents(nlp, "移风易俗纳入积分评比，入选全市乡村治理示范村。").get("乡村治理示范村") == "Program"
    assert ents(nlp, "龙堌镇等3个镇入选全省乡村治理示范镇。").get("乡村治理示范") == "Program"


def test_a_leagues_committee_is_written_out_and_its_office_is_named_by_xingshu(nlp, tmp_path):
    text = "锡林郭勒盟召开全盟畜牧业工作会议。会上，盟委、行署印发了《关于加快推进畜牧业高质量发展的实施意见》。"
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"中共锡林郭勒盟委员会", "锡林郭勒盟行政公署"} <= orgs


def test_a_prefectures_office_and_its_titles(nlp, tmp_path):
    text = ("阿勒泰地区召开会议。地委副书记、行署专员叶尔江·努尔别克出席会议，行署副专员加娜尔·吐尔逊汗主持会议。"
            "会前，行署办公室印发了《阿勒泰地区促进边境贸易若干措施》。")
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"阿勒泰地区行政公署", "阿勒泰地区行政公署办公室"} <= labels(kb, "Organization")
    assert {("叶尔江·努尔别克", "行署专员", "阿勒泰地区行政公署"),
            ("加娜尔·吐尔逊汗", "行署副专员", "阿勒泰地区行政公署")} <= posts(kb)


def test_long_mongolian_names_after_a_title(nlp):
    found = ents(nlp, "盟委副书记、盟长额尔敦巴雅尔出席会议。盟农牧局局长斯琴毕力格就落实会议精神作了具体安排。")
    assert found.get("额尔敦巴雅尔") == "Person"
    assert found.get("斯琴毕力格") == "Person"


def test_a_transliterated_name_after_a_title_is_whole_where_the_model_cuts_it(nlp):
    found = ents(nlp, "会上，哈巴河县委副书记、县长阿依达尔·哈力别克作了交流发言。")
    assert found.get("阿依达尔·哈力别克") == "Person"


def test_a_companys_registered_name_keeps_its_places_and_a_housing_commission_is_written_out(nlp, tmp_path):
    text = ("重庆市九龙坡区召开会议。项目由区属国企重庆市九龙坡区城市建设投资（集团）有限公司负责实施，"
            "市住房城乡建委副主任杨晓东出席活动。")
    orgs = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"重庆市九龙坡区城市建设投资（集团）有限公司", "重庆市住房和城乡建设委员会"} <= orgs


def test_a_transliterated_name_the_model_ends_before_a_verb_stays_as_it_is(nlp):
    found = ents(nlp, "据市商务局局长古丽娜尔·吐尔逊介绍，伊州区将在二堡镇开展试点。")
    assert found.get("古丽娜尔·吐尔逊") == "Person"
    assert "古丽娜尔·吐尔逊介绍" not in found


def test_national_programs_named_alike_everywhere_with_a_number_in_them(nlp):
    found = ents(nlp, "通报全省第二轮土地承包到期后再延长30年试点工作进展。建议结合“八五”普法深入开展宣传。")
    assert found.get("第二轮土地承包到期后再延长30年试点") == "Program"
    assert found.get("“八五”普法") == "Program"
