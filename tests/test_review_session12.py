"""Cases the twelfth session's reviews found: districts named like landforms, verbs whose places are sites, two of
three provinces that name a region, a document's stated content that launches a program where it says; spreading
inside a program's name, a meeting's agreement, issuing in a body's name, approving a document, praise before
experience, a notice's designation after other bodies, lists of key projects."""
from __future__ import annotations

from test_programs_chosen_sites import implemented
from test_programs_sites_round14 import proposed
from test_round17_t import programs
from test_round18_v import MEETING, NOTICE, issuers


def test_a_district_ending_like_a_landform_is_still_the_site_before_a_quoted_name(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "深圳市南山区“智慧社区”建设全面铺开。")
    assert ("智慧社区建设", "南山区") in found
    found = implemented(nlp, tmp_path, "嘉兴市南湖区“红船领航”工程深入实施。")
    assert ("红船领航工程", "南湖区") in found
    found = implemented(nlp, tmp_path, "合肥市蜀山区“数字蜀山”行动加快推进。")
    assert ("数字蜀山行动", "蜀山区") in found


def test_places_after_weirao_or_liyong_are_the_sites(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "平江县围绕龙门镇、石门乡实施“强村富民”工程。")
    assert {("强村富民工程", "龙门镇"), ("强村富民工程", "石门乡")} <= found
    found = implemented(nlp, tmp_path, "我县利用龙门镇、石门乡闲置校舍开展农村养老服务试点。")
    assert {("农村养老服务试点", "龙门镇"), ("农村养老服务试点", "石门乡")} <= found


def test_two_of_three_provinces_that_name_a_region_are_no_paired_cooperation(nlp, tmp_path):
    assert "津冀协作" not in programs(nlp, tmp_path, "河北省深化京津冀协作，推动产业转移。")
    assert "闽宁协作" in programs(nlp, tmp_path, "永宁县深化闽宁协作，推动产业转移。")


def test_what_an_issued_document_states_launches_a_program_where_it_says(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "平江县委、县政府印发的《实施方案》明确，在城关镇开展“强村富民”行动。")
    assert {p for p, _ in found} == {"强村富民行动"}
    found = proposed(nlp, tmp_path, "平江县委、县政府印发《实施方案》，首批确定龙门镇、石门乡为“强村富民”试点镇。")
    assert {p for p, _ in found} == {"强村富民试点"}


def test_spreading_inside_a_programs_name_is_part_of_it(nlp, tmp_path):
    assert "农机研发制造推广应用一体化试点" in programs(nlp, tmp_path, "全省开展农机研发制造推广应用一体化试点。")
    assert "基层农技推广体系改革与建设补助项目" in programs(nlp, tmp_path, "实施基层农技推广体系改革与建设补助项目。")
    assert "农业科技成果推广转化行动" in programs(nlp, tmp_path, "启动农业科技成果推广转化行动。")
    assert "稻渔综合种养融合发展试点" in programs(nlp, tmp_path, "在红星镇推广稻渔综合种养融合发展试点。")


def test_a_meetings_agreement_launches_only_what_its_own_clause_names(nlp, tmp_path):
    found = proposed(nlp, tmp_path, MEETING.format("曲靖市") + "会议同意市发改委关于优化营商环境工作的汇报，要求各地深入开展营商环境提升行动。")
    assert not found
    found = proposed(nlp, tmp_path, MEETING.format("安庆市") + "会议同意将该方案提交市委常委会审议，各地要全面推行河湖长制。")
    assert not found
    found = proposed(nlp, tmp_path, MEETING.format("曲靖市") + "会议决定，在全市开展城市更新行动。")
    assert ("城市更新行动", "曲靖市人民政府") in found


def test_issuing_in_a_bodys_name_with_a_document_of_its_own_issues_no_earlier_one(nlp, tmp_path):
    found = issuers(nlp, tmp_path, "国务院印发《关于加快推进乡村人才振兴的意见》，福州市以市政府名义印发实施方案。")
    assert ("关于加快推进乡村人才振兴的意见", "福州市人民政府") not in found


def test_a_body_that_approves_a_document_did_not_issue_it(nlp, tmp_path):
    found = issuers(nlp, tmp_path, "湖南省人民政府原则同意《长沙市国土空间总体规划（2021—2035年）》。")
    assert ("长沙市国土空间总体规划（2021—2035年）", "湖南省人民政府") not in found


def test_words_of_praise_or_work_before_experience_are_no_part_of_a_model(nlp, tmp_path):
    names = programs(nlp, tmp_path, "在全市推广湄潭县“三变”改革典型经验和梅州市“五个一”工作经验。")
    assert not any(name.endswith(("典型", "工作")) for name in names)


def test_a_designation_after_other_bodies_reviewed_is_not_the_notices(nlp, tmp_path):
    text = NOTICE.format("湖南省农业农村厅", "国家级稻渔综合种养示范县") \
        + "去年，农业农村部、财政部联合开展评审，经各省推荐、专家评审，确定华容县、南县为第二批国家级稻渔综合种养示范县。"
    assert not any(body == "湖南省农业农村厅" for _, body in proposed(nlp, tmp_path, text))


def test_a_list_of_key_projects_names_no_scheme(nlp, tmp_path):
    assert not any("重点项目" in name for name in programs(nlp, tmp_path, "阳朔县列入全区重点项目示范县名单。"))


def test_a_meetings_agreement_covers_a_row_of_launch_clauses(nlp, tmp_path):
    found = proposed(nlp, tmp_path, MEETING.format("曲靖市") + "会议同意在宣威市、会泽县实施“云腿”产业提质增效工程，"
                     "在陆良县三岔河镇、马街镇开展蔬菜产业集群建设试点，由市发展改革委负责统筹推进。")
    assert {p for p, _ in found} == {"云腿产业提质增效工程", "蔬菜产业集群建设试点"}


def test_bodies_a_notice_follows_leave_the_designation_to_the_notice(nlp, tmp_path):
    text = NOTICE.format("内蒙古自治区林业和草原局", "自治区级林草碳汇试点旗县") \
        + "为深入落实自治区党委、政府部署的重点任务，根据自治区林业和草原局、自治区发展改革委联合印发的《内蒙古自治区林草碳汇" \
        "试点建设管理办法》，经旗县申报、盟市推荐，确定达尔罕茂明安联合旗、土默特右旗等12个旗县为第二批自治区级林草碳汇试点旗县。"
    assert ("自治区级林草碳汇试点", "内蒙古自治区林业和草原局") in proposed(nlp, tmp_path, text)


def test_a_bare_government_after_a_cpc_committee_is_the_places_government(nlp, tmp_path):
    found = proposed(nlp, tmp_path, "中共桂林市委、政府部署的“千万工程”在全市全面推开。")
    assert {body for _, body in found} == {"中共桂林市委", "桂林市人民政府"}
    found = proposed(nlp, tmp_path, "桂林市委、政府办部署的“千万工程”在全市全面推开。")
    assert "桂林市人民政府" not in {body for _, body in found}


def test_bodies_that_review_in_the_designations_clause_leave_the_notice_out(nlp, tmp_path):
    text = NOTICE.format("湖南省农业农村厅", "国家级稻渔综合种养示范县") \
        + "近日农业农村部、财政部开展评审，确定华容县、南县为第二批国家级稻渔综合种养示范县。"
    assert not any(body == "湖南省农业农村厅" for _, body in proposed(nlp, tmp_path, text))
