"""Programs and their sites as notices, features and work reports name them: places designated as a batch's sites
by the program's bare head word (为试点地区, 为首批试点乡镇, 首批试点地区A、B), a body that 决定开展 a pilot, a
place's clauses that go on without a subject (县里打造A，建成B), places that build, launch or put online a
platform, a service post (驿站) named by its quote and head, and a model a place explores (texts of other
provinces than the dev set's passages)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_programs_elided import implemented
from test_resolve import kb_of


def test_places_designated_by_the_pilots_bare_head_word_are_its_sites(nlp, tmp_path):
    text = ("农业农村部决定开展全国农村宅基地管理试点。经评审，确定山西省晋城市阳城县、河北省邢台市内丘县等5个县（市）为试点地区。"
            "首批试点地区江西省赣州市于都县、福建省三明市将乐县已形成经验。")
    found = implemented(nlp, tmp_path, text)
    pilot = "农村宅基地管理试点"
    assert {(pilot, "阳城县"), (pilot, "内丘县"), (pilot, "于都县"), (pilot, "将乐县")} <= found
    assert not {(pilot, "晋城市"), (pilot, "山西省")} & found  # the chain's last place is the site


def test_a_second_list_of_sites_goes_to_the_pilot_named_before_it_in_the_sentence(nlp, tmp_path):
    text = "省农业农村厅确定宜宾市、泸州市为首批省级数字乡村试点市，李庄镇、尧坝镇为首批试点乡镇。"
    found = implemented(nlp, tmp_path, text)
    assert {("省级数字乡村试点", "李庄镇"), ("省级数字乡村试点", "尧坝镇")} <= found


def test_a_place_taken_as_a_trial_ground_is_no_designated_site_of_an_earlier_pilot(nlp, tmp_path):
    text = "国家林业和草原局决定开展国家储备林建设试点。州政府以吉首市为试点，率先推行“林长制”。"
    found = implemented(nlp, tmp_path, text)
    assert ("国家储备林建设试点", "吉首市") not in found


def test_a_body_that_decides_to_launch_a_pilot_proposed_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "国家林业和草原局决定开展国家储备林建设试点。"})
    assert ("国家储备林建设试点", "国家林业和草原局") in facts(kb, "proposedBy")


def test_the_clauses_after_a_place_word_with_no_subject_of_their_own_go_on_in_that_place(nlp, tmp_path):
    text = "容县县长介绍，县里打造“容县沙田柚”区域公用品牌，建成“沙田柚e站”电商服务平台，带动果农增收。"
    found = implemented(nlp, tmp_path, text)
    assert {("容县沙田柚", "容县"), ("沙田柚e站电商服务平台", "容县")} <= found


def test_places_that_build_or_launch_a_platform_or_service_carry_it_out(nlp, tmp_path):
    text = "北流市上线“北流通”政务服务平台，陆川县要建设“陆川智农”综合服务平台，博白县推出“博白帮办”代办服务。"
    found = implemented(nlp, tmp_path, text)
    assert {("北流通政务服务平台", "北流市"), ("陆川智农综合服务平台", "陆川县"), ("博白帮办代办服务", "博白县")} <= found


def test_a_service_post_named_by_its_quote_and_head_is_a_program(nlp):
    labels = ents(nlp, "县委组织部在15个乡镇建成“候鸟之家”服务驿站。")
    assert labels.get("“候鸟之家”服务驿站") == "Program"


def test_a_model_a_place_explores_is_a_program(nlp):
    labels = ents(nlp, "长汀县探索“林权+碳汇”经营模式，连城县总结“林权+碳汇”经营模式的经验。")
    assert labels.get("“林权+碳汇”经营模式") == "Program"


def test_a_platform_named_after_its_generic_head_is_carried_out_where_the_head_is(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "天河区上线“无废城市”信息平台“穗废通”。")
    assert ("穗废通", "天河区") in found


def test_a_township_level_zone_is_one_place(nlp, tmp_path):
    labels = ents(nlp, "岳阳市君山区推进湿地保护，大通湖管理区建成“智慧渔政”监管平台。")
    assert labels.get("大通湖管理区") == "Place"


def test_the_district_a_place_word_means_is_no_community(nlp, tmp_path):
    text = "六盘水市钟山区完成搬迁。荷城街道明德社区党支部书记介绍，社区开展技能培训。区里深入推进“美丽乡村”创建。"
    found = implemented(nlp, tmp_path, text)
    assert ("美丽乡村创建", "钟山区") in found
    assert ("美丽乡村创建", "明德社区") not in found



def test_a_clause_with_no_subject_goes_on_with_the_place_of_the_clause_before(nlp, tmp_path):
    text = "平和县县长介绍，下一步，平和县将深入实施蜜柚产业“提质增效”行动，开展林业碳汇交易试点。"
    found = implemented(nlp, tmp_path, text)
    assert {("蜜柚产业“提质增效”行动", "平和县"), ("林业碳汇交易试点", "平和县")} <= found
    text = "漳浦县实施海堤加固工程，东山县开展“清滩净海”专项行动，推进“海岛花园”建设。"
    found = implemented(nlp, tmp_path, text)
    assert ("海岛花园建设", "东山县") in found and ("海岛花园建设", "漳浦县") not in found


def test_the_whole_city_governs_a_program_after_a_relative_clause_and_an_organised_campaign(nlp, tmp_path):
    text = ("烟台市福山区推行“村社合一”模式。全市要深入推进省委、省政府部署的“无废城市”建设行动，全面落实林长制，"
            "组织开展“千企技改”三年行动。")
    found = implemented(nlp, tmp_path, text)
    assert {("无废城市建设行动", "烟台市"), ("林长制", "烟台市"), ("千企技改三年行动", "烟台市")} <= found
