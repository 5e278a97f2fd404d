"""Round 15 (helper n): programs and their sites in notices, work reports and features of other provinces than
the dev set's passages: 和 that opens a name after a verb or a time word (开展和美乡村…), a verb that makes a
project the pivot of its clause (推动X项目在A镇落地) and a project placed in a street office (在A街道加快建设),
a pilot whose name goes on past a nominal verb (…改革深化试点), a brand that keeps its head before 在
(“X”区域公用品牌在A县落地), and a numbered line of an annex's list that names one chain of places."""
from __future__ import annotations

from test_programs_elided import implemented
from test_resolve import kb_of, labels


def programs(nlp, tmp_path, text: str) -> set[str]:
    return labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Program")


def test_he_after_a_verb_or_a_year_opens_the_name(nlp, tmp_path):
    assert "和美乡村建设试点" in programs(nlp, tmp_path, "省农业农村厅决定在全省开展和美乡村建设试点工作。")
    found = implemented(nlp, tmp_path, "确定宁乡市、浏阳市为2023年度和美乡村建设试点县。")
    assert {("和美乡村建设试点", "宁乡市"), ("和美乡村建设试点", "浏阳市")} <= found
    assert "和美乡村片区建设" in programs(nlp, tmp_path, "重庆市决定在巫山县推进和美乡村片区建设。")


def test_he_between_two_names_still_joins_them(nlp, tmp_path):
    found = programs(nlp, tmp_path, "全县深入实施乡村振兴战略和区域协调发展战略。")
    assert not any(p.startswith("和") for p in found)


def test_a_verb_before_a_project_placed_in_its_own_clause_is_no_part_of_its_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "推动南四湖生态修复项目在微山县两城镇落地。")
    assert ("南四湖生态修复项目", "两城镇") in found
    found = implemented(nlp, tmp_path, "加快推进交通建设，支持赣南脐橙深加工项目在安远县开工。")
    assert ("赣南脐橙深加工项目", "安远县") in found
    found = implemented(nlp, tmp_path, "促进中药材良种繁育项目在岷县落地见效。")
    assert ("中药材良种繁育项目", "岷县") in found


def test_a_project_placed_in_its_own_clause_is_no_task_of_the_articles_subject(nlp, tmp_path):
    text = "东至县大渡口镇入选全省特色小镇创建名单。推动长江岸线修复项目在香隅镇落地。"
    found = implemented(nlp, tmp_path, text)
    assert ("长江岸线修复项目", "香隅镇") in found and ("长江岸线修复项目", "大渡口镇") not in found


def test_a_project_placed_in_a_street_office_that_is_being_built(nlp, tmp_path):
    assert ("黄龙温泉康养项目", "城关街道") in implemented(nlp, tmp_path, "黄龙温泉康养项目在城关街道加快建设。")
    assert ("智慧物流园项目", "东城街道") in implemented(nlp, tmp_path, "智慧物流园项目在东城街道开工。")
    assert ("古城保护提升工程", "古城街道") in implemented(nlp, tmp_path, "古城保护提升工程在古城街道加快建设。")


def test_a_pilots_name_goes_on_past_a_nominal_verb(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "宜宾市在翠屏区开展医疗保障支付方式改革深化试点。")
    assert ("医疗保障支付方式改革深化试点", "翠屏区") in found
    found = implemented(nlp, tmp_path, "在郫都区开展农村集体产权制度改革深化试点。")
    assert ("农村集体产权制度改革深化试点", "郫都区") in found
    found = implemented(nlp, tmp_path, "在南安市开展农村宅基地制度改革扩面试点。")
    assert any(p.startswith("农村宅基地制度改革") and p.endswith("试点") for p, _ in found)


def test_a_brand_keeps_its_head_before_the_place(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "“巴山鲜品”区域公用品牌已在通江县、南江县全面推广。")
    assert {("巴山鲜品", "通江县"), ("巴山鲜品", "南江县")} <= found
    found = implemented(nlp, tmp_path, "州委、州政府倾力打造的“恩施硒茶”品牌在鹤峰县落地。")
    assert ("恩施硒茶", "鹤峰县") in found
    found = implemented(nlp, tmp_path, "市委倾力打造的“天府好米”农产品区域公用品牌在崇州市推开。")
    assert ("天府好米", "崇州市") in found


def test_a_brand_known_in_a_place_is_not_carried_out_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "“丽水山耕”品牌在全国知名度很高。")
    assert not found


def test_numbered_lines_of_an_annex_list_name_one_site_each(nlp, tmp_path):
    text = ("吉林省农业农村厅关于确定2023年度乡村治理试点乡镇的通知\n经研究，确定乡村治理试点乡镇5个（名单见附件）。\n"
            "附件：2023年度乡村治理试点乡镇名单\n1.长春市九台区其塔木镇\n2.吉林市永吉县岔路河镇\n3.四平市梨树县榆树台镇")
    found = implemented(nlp, tmp_path, text)
    assert {("乡村治理试点", "其塔木镇"), ("乡村治理试点", "岔路河镇"), ("乡村治理试点", "榆树台镇")} <= found
    assert ("乡村治理试点", "九台区") not in found


def test_a_numbered_line_outside_an_annex_list_names_no_site(nlp, tmp_path):
    text = "在全县开展乡村治理试点。\n参会单位：\n1.长春市九台区其塔木镇\n2.吉林市永吉县岔路河镇"
    found = implemented(nlp, tmp_path, text)
    assert ("乡村治理试点", "其塔木镇") not in found

