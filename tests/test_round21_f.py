"""Round 21 (f): a county's 供销社 is its 供销合作社; a notice's designation with a year and a scope word after 为
(确定A省B市C县…为2024年全国P试点县) is its issuers' decision; a notice title headed by two bodies (农业农村部办公厅
财政部办公厅关于…) is the notice of both. Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_programs_sites_round14 import proposed
from test_resolve import kb_of, labels


def test_a_supply_and_marketing_cooperative_short_form_takes_its_full_name(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "寿光市供销社在稻田镇推行土地托管服务。"})
    assert "寿光市供销合作社" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"a.txt": "宜君县召开会议。县供销社、县农业农村局联合推出“宜君玉米”品牌。"})
    assert "宜君县供销合作社" in labels(kb, "Organization")
    kb = kb_of(nlp, tmp_path, {"a.txt": "湖南省供销社会同省财政厅开展农资保供行动。"})
    assert "湖南省供销合作社" in labels(kb, "Organization")


def test_a_full_cooperative_name_stays_as_written(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "寿光市供销合作社联合社在稻田镇推行土地托管服务。"})
    assert not any(label.endswith("供销合作社合作社") for label in labels(kb, "Organization"))


NOTICE = "{issuers}关于公布{year}年{scope}{name}县名单的通知\n各有关单位：\n经评审，确定{sites}为{year}年{scope}{name}县。"


def notice_proposers(nlp, tmp_path, issuers: str, sites: str, name: str, scope: str = "全国") -> set[tuple[str, str]]:
    text = NOTICE.format(issuers=issuers, year=2023, scope=scope, name=name, sites=sites)
    return proposed(nlp, tmp_path, text)


def test_a_designation_with_a_year_and_scope_word_is_the_issuers_decision(nlp, tmp_path):
    found = notice_proposers(nlp, tmp_path, "农业农村部", "浙江省丽水市遂昌县、福建省南平市建瓯市等20个县", "数字乡村试点")
    assert ("数字乡村试点", "农业农村部") in found
    found = notice_proposers(nlp, tmp_path, "山西省农业农村厅", "晋中市太谷区、运城市临猗县等12个县（区）", "农业社会化服务创新试点", "全省")
    assert ("农业社会化服务创新试点", "山西省农业农村厅") in found
    found = notice_proposers(nlp, tmp_path, "四川省发展改革委", "乐山市峨眉山市、阿坝藏族羌族自治州九寨沟县", "全域旅游发展改革试点", "全省")
    assert ("全域旅游发展改革试点", "四川省发展和改革委员会") in found


def test_a_notice_title_headed_by_two_bodies_is_the_notice_of_both(nlp, tmp_path):
    found = notice_proposers(nlp, tmp_path, "国家林业和草原局 财政部", "内蒙古自治区赤峰市宁城县、吉林省白山市靖宇县", "数字乡村试点")
    assert {("数字乡村试点", "国家林业和草原局"), ("数字乡村试点", "财政部")} <= found
    found = notice_proposers(nlp, tmp_path, "文化和旅游部 国家发展改革委", "陕西省延安市黄陵县、甘肃省天水市麦积区", "全域旅游发展改革试点")
    assert {("全域旅游发展改革试点", "文化和旅游部"), ("全域旅游发展改革试点", "国家发展和改革委员会")} <= found
    found = notice_proposers(nlp, tmp_path, "广东省农业农村厅、广东省财政厅", "韶关市翁源县、梅州市平远县", "农业社会化服务创新试点", "全省")
    assert {("农业社会化服务创新试点", "广东省农业农村厅"), ("农业社会化服务创新试点", "广东省财政厅")} <= found


def test_a_body_that_opens_the_designating_clause_is_the_only_proposer(nlp, tmp_path):
    text = ("农业农村部办公厅 财政部办公厅关于公布2023年全国农业产业强镇名单的通知\n各有关单位：\n"
            "中国农业科学院开展评估后，确定河南省南阳市西峡县等50个县为2023年全国农业产业强镇。")
    found = proposed(nlp, tmp_path, text)
    assert not any(agent in ("农业农村部办公厅", "财政部办公厅") for _, agent in found)
