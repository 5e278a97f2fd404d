"""Round 22 (g): a published list of a scheme's sites (…公布X示范县名单，A入选: the publishers launched it, the
places that enter it carry it out), a body designating a place a zone or area of a level (确定A为全国X试验区,
被…确定为省级X示范片区), places of a list before a program's name (A、B X工程: sites, not part of the name),
level words alone before a head (国家级和省级试点: no program), and the subject a later clause carries on
(not past a run-in heading, 2025年，我们将…, or a sentence that reports places one by one). Sentences in the
wording of other provinces than the dev set's passages."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
from test_programs_frames import programs_and_sites
from test_programs_sites_round14 import proposed


def programs(nlp, tmp_path, text: str) -> set[str]:
    return programs_and_sites(nlp, tmp_path, text)[0]


def test_a_published_list_names_its_scheme_its_publishers_and_its_sites(nlp, tmp_path):
    text = "商务部、财政部、国家乡村振兴局联合公布2023年电子商务进农村综合示范县名单，十堰市房县成功入选。"
    assert ("电子商务进农村综合示范", "房县") in implemented(nlp, tmp_path, text)
    assert {("电子商务进农村综合示范", "商务部"), ("电子商务进农村综合示范", "国家乡村振兴局")} <= proposed(nlp, tmp_path, text)
    text = "省委网信办、省农业农村厅近日联合公布2023年省级数字乡村试点名单，临夏县土桥镇、北塬镇名列其中。"
    assert {("省级数字乡村试点", "土桥镇"), ("省级数字乡村试点", "北塬镇")} <= implemented(nlp, tmp_path, text)
    text = "农业农村部公布2024年国家农业产业强镇建设名单，宁化县石壁镇榜上有名。"
    assert ("国家农业产业强镇建设", "石壁镇") in implemented(nlp, tmp_path, text)
    assert ("国家农业产业强镇建设", "农业农村部") in proposed(nlp, tmp_path, text)
    text = "国家林草局公布第二批林下经济示范县名单，通道侗族自治县入选。"
    assert ("林下经济示范", "通道侗族自治县") in implemented(nlp, tmp_path, text)


def test_a_list_of_model_cases_or_places_that_do_not_enter_it_names_no_site(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "省民政厅公布2023年优秀社区工作法示范单位名单，共评出50个。") & {"优秀社区工作法示范"}
    text = "农业农村部公布2024年国家农业产业强镇建设名单，宁化县积极做好申报准备。"
    assert ("国家农业产业强镇建设", "宁化县") not in implemented(nlp, tmp_path, text)


def test_a_body_designating_a_place_a_zone_of_a_level_launched_it_there(nlp, tmp_path):
    text = "国家林业和草原局确定婺源县为全国集体林业综合改革试验区，试验期3年。"
    assert ("全国集体林业综合改革试验区", "婺源县") in implemented(nlp, tmp_path, text)
    assert ("全国集体林业综合改革试验区", "国家林业和草原局") in proposed(nlp, tmp_path, text)
    text = "省农业农村厅确定阳信县为省级乡村振兴示范片区。"
    assert ("省级乡村振兴示范片区", "阳信县") in implemented(nlp, tmp_path, text)
    text = "枝江市问安镇被省农业农村厅确定为省级乡村振兴示范片区。"
    assert ("省级乡村振兴示范片区", "问安镇") in implemented(nlp, tmp_path, text)
    assert not programs(nlp, tmp_path, "会议确定下一步为全年工作的重点区。")


def test_places_listed_before_a_program_are_its_sites_not_its_name(nlp, tmp_path):
    sites = implemented(nlp, tmp_path, "兰考县、封丘县黄河滩区居民迁建工程顺利推进。")
    assert {("黄河滩区居民迁建工程", "兰考县"), ("黄河滩区居民迁建工程", "封丘县")} <= sites
    sites = implemented(nlp, tmp_path, "武陟县、温县和孟州市黄河滩区综合治理工程有序推进。")
    assert {("黄河滩区综合治理工程", "温县"), ("黄河滩区综合治理工程", "孟州市")} <= sites
    text = "宁陕县、石泉县汉江防洪治理工程全面完工。"
    sites = implemented(nlp, tmp_path, text)
    assert "石泉县汉江防洪治理工程" not in programs(nlp, tmp_path, text)
    assert {("汉江防洪治理工程", "宁陕县"), ("汉江防洪治理工程", "石泉县")} <= sites
    sites = implemented(nlp, tmp_path, "嵩县、栾川县伊河生态保护修复工程开工建设。")
    assert {("伊河生态保护修复工程", "嵩县"), ("伊河生态保护修复工程", "栾川县")} <= sites


def test_a_single_place_before_a_program_still_opens_its_name(nlp, tmp_path):
    assert "平原县黄河滩区迁建工程" in programs(nlp, tmp_path, "平原县黄河滩区迁建工程全面完工。")


def test_level_words_alone_before_a_head_name_no_program(nlp, tmp_path):
    assert not programs(nlp, tmp_path, "平利县多个项目入选国家级和省级试点")
    assert not programs(nlp, tmp_path, "全县三个村入选省级、市级示范。")
    assert "省级数字乡村试点" in programs(nlp, tmp_path, "平利县入选省级数字乡村试点。")


def test_a_run_in_heading_or_the_authors_end_the_turn_of_a_place_subject(nlp, tmp_path):
    text = "清流县、明溪县入选全省农业社会化服务试点县。宁化县被商务部确定为全国县域商业体系建设示范县。\n改革创新纵深推进。深化“放管服”改革。"
    assert not any(p.startswith("放管服") for p, _ in implemented(nlp, tmp_path, text))
    text = "泰和县承担的全国农村综合性改革试点试验通过验收。2025年，我们将全面推行林长制。"
    assert ("林长制", "泰和县") not in implemented(nlp, tmp_path, text)
    text = "石壁镇入选全国农业产业强镇建设名单，安远镇被省农业农村厅确定为省级乡村振兴示范片区。全面推行“党支部领办合作社”模式。"
    assert not any(p.startswith("党支部领办合作社") for p, _ in implemented(nlp, tmp_path, text))


def test_a_place_subject_still_goes_on_without_such_a_break(nlp, tmp_path):
    text = "临海市系统重塑营商环境。深化先进制造业集群培育工程。"
    assert ("先进制造业集群培育工程", "临海市") in implemented(nlp, tmp_path, text)


def test_a_quoted_system_put_into_practice_is_a_program(nlp, tmp_path):
    assert "县级领导包乡镇、部门包村责任制" in {p.replace("“", "").replace("”", "") for p in programs(nlp, tmp_path, "全县实行“县级领导包乡镇、部门包村”责任制。")}
    assert "门前三包责任制" in {p.replace("“", "").replace("”", "") for p in programs(nlp, tmp_path, "各村实行“门前三包”责任制。")}
    assert not programs(nlp, tmp_path, "全面实行最严格的耕地保护制度。")  # unquoted: a rule, no program


def test_the_county_a_feature_is_about_goes_on_past_its_headings(nlp, tmp_path):
    text = "遂川县大力发展茶产业。产业兴旺。深入实施茶叶品牌提升工程。"
    assert ("茶叶品牌提升工程", "遂川县") in implemented(nlp, tmp_path, text)
