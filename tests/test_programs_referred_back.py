"""implementedIn through a clause that refers back to a program (这一做法, 这项改革, 这一经验): the program spread
over a province or city named before its 全省/全市 (在江西全省推开), the places a referring clause says it covers or
has been extended to (这项改革…已覆盖A、B、C), and a scene set before the referring clause (在六盘水市，这项改革…).
Texts of other provinces than the dev set's passages."""
from __future__ import annotations

from test_nlp import ents
from test_programs_chosen_sites import implemented


def test_a_practice_referred_back_to_spreads_over_the_province_or_city_named_before_its_whole(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "2016年，武宁县率先推行林长制。这一做法后被江西省委、省政府采纳，2018年起在江西全省推开。")
    assert {("林长制", "武宁县"), ("林长制", "江西省")} <= found
    found = implemented(nlp, tmp_path, "三明市率先推行医保“三医联动”改革。这一探索被国家医改领导小组肯定，已在福建全省推开。")
    assert ("医保三医联动改革", "福建省") in found
    found = implemented(nlp, tmp_path, "赤水市探索“竹林+林下经济”发展模式。这项做法目前已在遵义全市推广。")
    assert ("竹林+林下经济发展模式", "遵义市") in found


def test_a_practice_referred_back_to_in_its_own_sentence_is_the_program_named_before(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "石塘村先行先试“古村+民宿”运营模式，盘活闲置古民居86栋，这一做法已在韶关全市推广。")
    assert {("古村+民宿运营模式", "石塘村"), ("古村+民宿运营模式", "韶关市")} <= found


def test_places_a_referring_clause_covers_or_extends_to_carry_out_the_program(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "2019年，宁强县率先推行“村民议事会”制度。这一制度由县委组织部推出，目前已推广到勉县、略阳县等8个县区。")
    assert {("村民议事会制度", "勉县"), ("村民议事会制度", "略阳县")} <= found
    found = implemented(nlp, tmp_path, "平坝区塘约村探索“七权同确”改革。这项改革已扩大到红枫湖镇、乐平镇。")
    assert {("七权同确改革", "红枫湖镇"), ("七权同确改革", "乐平镇")} <= found
    found = implemented(nlp, tmp_path, "舍烹村率先探索“三变”改革。这项改革由市委、市政府统一部署，如今已覆盖钟山区、六枝特区、水城区的全部乡镇。")
    assert {("三变改革", "钟山区"), ("三变改革", "六枝特区"), ("三变改革", "水城区")} <= found
    found = implemented(nlp, tmp_path, "柘城县推行“一村一警”机制。这一机制尚未覆盖睢阳区。")
    assert ("一村一警机制", "睢阳区") not in found


def test_a_scene_set_before_a_referring_clause_is_where_the_program_runs(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "舍烹村率先探索“三变”改革。在六盘水市，这项改革由市委、市政府统一部署，已全面推开。")
    assert ("三变改革", "六盘水市") in found
    found = implemented(nlp, tmp_path, "铜仁市推行“林长+检察长”机制。在碧江区，这一机制由区检察院牵头落实。")
    assert ("林长+检察长机制", "碧江区") in found


def test_a_zone_or_park_laid_out_or_founded_is_a_program_run_where_it_is_laid_out(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "霞浦县在三沙镇、北壁乡布局海上养殖综合整治示范区。")
    assert {("海上养殖综合整治示范区", "三沙镇"), ("海上养殖综合整治示范区", "北壁乡")} <= found
    found = implemented(nlp, tmp_path, "临朐县在九山镇、冶源镇布局高山蔬菜标准化种植示范园。")
    assert {("高山蔬菜标准化种植示范园", "九山镇"), ("高山蔬菜标准化种植示范园", "冶源镇")} <= found
    found = implemented(nlp, tmp_path, "洋县创建国家有机产品认证示范区，有机产业面积达到30万亩。")
    assert ("国家有机产品认证示范区", "洋县") in found
    assert "Program" not in ents(nlp, "当地计划布局一批产业园，示范区内企业达到45家。").values()
    # a company's project laid out is no program: only zones and parks are (zone_layout_verbs)
    for sentence in ("开发区布局新能源汽车电池材料项目。", "园区今年布局锂电池回收利用项目。"):
        assert "Program" not in ents(nlp, sentence).values(), sentence


def test_the_places_a_core_area_is_laid_out_in_carry_out_the_program_named_before(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "水城区获批创建国家现代农业产业园，核心区布局在米箩镇，带动周边8个乡镇发展猕猴桃产业。")
    assert {("国家现代农业产业园", "水城区"), ("国家现代农业产业园", "米箩镇")} <= found
    found = implemented(nlp, tmp_path, "福鼎市承担国家农村产业融合发展示范园创建任务，在点头镇、磻溪镇布局示范园核心区。")
    assert {("国家农村产业融合发展示范园创建", "点头镇"), ("国家农村产业融合发展示范园创建", "磻溪镇")} <= found
    found = implemented(nlp, tmp_path, "修文县入选国家现代农业产业园创建名单，产业园核心区位于六屯镇、扎佐街道。")
    assert {("国家现代农业产业园创建", "六屯镇"), ("国家现代农业产业园创建", "扎佐街道")} <= found


def test_a_program_made_the_whole_places_first_task_runs_there(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "仁化县位于韶关市东北部。我们把“百千万工程”作为全县头号工程，县领导挂钩联系各镇。")
    assert ("百千万工程", "仁化县") in found
    found = implemented(nlp, tmp_path, "紫阳县地处安康市西部。县委、县政府把“富硒茶产业提升”行动列为全县重点工程。")
    assert ("富硒茶产业提升行动", "紫阳县") in found


def test_a_bare_quoted_name_put_in_place_is_a_program_with_the_field_that_opens_its_clause(nlp, tmp_path):
    assert ents(nlp, "2022年，政务服务“跨省通办”落地实施，群众办事更加便利。").get("政务服务“跨省通办”") == "Program"
    assert ents(nlp, "不动产登记“一窗受理”在全县推行。").get("不动产登记“一窗受理”") == "Program"
    assert ents(nlp, "“最多跑一次”已在全省推开。").get("最多跑一次") == "Program"
    found = implemented(nlp, tmp_path, "盘州市位于贵州省西部。政务服务“一网通办”也在全市各乡镇落地实施。")
    assert ("政务服务一网通办", "盘州市") in found
    assert "Program" not in ents(nlp, "践行“两山”理念在全县落地生根。").values()


def test_a_demonstration_scheme_that_covers_places_runs_in_them(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "岚皋县位于安康市南部。美丽乡村示范点建设覆盖佐龙镇、南宫山镇。")
    assert {("美丽乡村示范点建设", "佐龙镇"), ("美丽乡村示范点建设", "南宫山镇")} <= found
    found = implemented(nlp, tmp_path, "省级农产品质量安全监管示范县创建覆盖南部县、西充县、仪陇县三县。")
    assert {("省级农产品质量安全监管示范县创建", "南部县"), ("省级农产品质量安全监管示范县创建", "仪陇县")} <= found
    found = implemented(nlp, tmp_path, "在临渭区、华州区开展乡村治理示范点建设，推广积分制。")
    assert {("乡村治理示范点建设", "临渭区"), ("乡村治理示范点建设", "华州区")} <= found


def test_a_numbered_item_that_opens_with_a_program_names_it_in_full(nlp, tmp_path):
    found = implemented(nlp, tmp_path, "南充市位于四川省东北部。\n（七）农村人居环境整治提升五年行动在全市深入实施，新建农村卫生厕所3.1万户。")
    assert ("农村人居环境整治提升五年行动", "南充市") in found
    assert ents(nlp, "三、农村生活污水治理提升三年行动在全县全面推开。").get("农村生活污水治理提升三年行动") == "Program"
