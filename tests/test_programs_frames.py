"""Programs named by the frame around them, not by a launching verb: places carrying a program (把A、B作为X的承载地,
A作为全市X的核心区), a relative clause (在A实施的省级X创建), a title given (被…命名为国家X示范县, 命名为全国X试验区),
a counted list or a scope entering a scheme (A、B等3个镇入选X示范镇, 入选全省X示范县). Sentences in the wording of
other provinces than the dev set's passages."""
from __future__ import annotations

from test_extract_documents import facts
from test_resolve import kb_of


def programs_and_sites(nlp, tmp_path, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    names = {e.label for e in kb.entities.values() if e.type == "Program"}
    return names, facts(kb, "implementedIn")


def test_places_carrying_a_program_are_its_sites(nlp, tmp_path):
    names, sites = programs_and_sites(nlp, tmp_path, "县委把石门镇、茅坪镇作为竹林提质增效工程的承载地。")
    assert {("竹林提质增效工程", "石门镇"), ("竹林提质增效工程", "茅坪镇")} <= sites
    names, sites = programs_and_sites(nlp, tmp_path, "平江县作为全市高标准农田建设的核心区，新建农田5万亩。")
    assert "高标准农田建设" in names and ("高标准农田建设", "平江县") in sites
    names, sites = programs_and_sites(nlp, tmp_path, "市政府把宁乡市、浏阳市作为和美乡村示范带建设的主阵地。")
    assert {("和美乡村示范带建设", "宁乡市"), ("和美乡村示范带建设", "浏阳市")} <= sites


def test_a_scheme_carried_out_in_a_place_is_named_after_the_relative_clause(nlp, tmp_path):
    names, sites = programs_and_sites(nlp, tmp_path, "在牡丹区实施的省级现代农业产业园创建通过验收。")
    assert ("省级现代农业产业园创建", "牡丹区") in sites
    names, sites = programs_and_sites(nlp, tmp_path, "在武功县推进的省级农业绿色发展先行区创建取得明显成效。")
    assert ("省级农业绿色发展先行区创建", "武功县") in sites
    names, sites = programs_and_sites(nlp, tmp_path, "在麻城市开展的国家级电子商务进农村综合示范工程已全面完成。")
    assert "国家级电子商务进农村综合示范工程" in names


def test_a_title_given_names_the_scheme_without_its_site_word(nlp, tmp_path):
    names, _ = programs_and_sites(nlp, tmp_path, "凤县被生态环境部命名为国家生态文明建设示范县。")
    assert "国家生态文明建设示范" in names
    names, _ = programs_and_sites(nlp, tmp_path, "安吉县、德清县被评为省级生态文明建设示范县。")
    assert "省级生态文明建设示范" in names
    names, _ = programs_and_sites(nlp, tmp_path, "宣恩县被农业农村部命名为全国农村改革试验区。")
    assert "全国农村改革试验区" in names
    names, sites = programs_and_sites(nlp, tmp_path, "澄江市入选国家农业绿色发展先行区。")
    assert ("国家农业绿色发展先行区", "澄江市") in sites


def test_a_counted_list_or_a_scope_entering_a_scheme_names_it(nlp, tmp_path):
    names, sites = programs_and_sites(nlp, tmp_path, "大安镇、广坪镇等3个镇入选乡村治理示范镇。")
    assert {("乡村治理示范", "大安镇"), ("乡村治理示范", "广坪镇")} <= sites
    names, sites = programs_and_sites(nlp, tmp_path, "城固县、洋县等4个县入选全省乡村治理示范县。")
    assert {("乡村治理示范", "城固县"), ("乡村治理示范", "洋县")} <= sites
    names, sites = programs_and_sites(nlp, tmp_path, "义乌市入选全省数字乡村建设试点县。")
    assert ("数字乡村建设试点", "义乌市") in sites


def test_a_frame_without_a_scheme_names_no_program(nlp, tmp_path):
    names, _ = programs_and_sites(nlp, tmp_path, "该县把招商引资作为经济工作的重中之重。在全县开展的安全生产大检查取得成效。")
    assert not names


def test_a_long_field_joined_by_tong_before_a_quoted_program_is_part_of_its_name(nlp, tmp_path):
    names, _ = programs_and_sites(nlp, tmp_path, "湘西州启动实施巩固拓展脱贫攻坚成果同乡村振兴有效衔接“五年行动”。")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接“五年行动”" in names
    names, _ = programs_and_sites(nlp, tmp_path, "全市巩固拓展脱贫攻坚成果同乡村振兴有效衔接“五年行动”扎实推进。")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接“五年行动”" in names
    names, _ = programs_and_sites(nlp, tmp_path, "该县深入推进巩固脱贫成果与乡村振兴有效衔接“十大工程”。")
    assert "巩固脱贫成果与乡村振兴有效衔接“十大工程”" in names


def test_a_brand_built_or_polished_is_named_by_its_quote(nlp, tmp_path):
    names, _ = programs_and_sites(nlp, tmp_path, "全省要全力打造“粤海粮仓”。")
    assert "粤海粮仓" in names
    names, _ = programs_and_sites(nlp, tmp_path, "各地要全力打造“赣东北粮仓”，加快推进。")
    assert "赣东北粮仓" in names
    names, _ = programs_and_sites(nlp, tmp_path, "持续擦亮“生态荆门”金字招牌。")
    assert "生态荆门" in names
    names, _ = programs_and_sites(nlp, tmp_path, "奋力打造“三个高地”，争创“重要窗口”、建设美丽湖北。")
    assert not names  # a counted slogan and a listed one are concepts


def test_a_published_list_names_the_scheme_it_lists(nlp, tmp_path):
    names, _ = programs_and_sites(nlp, tmp_path, "农业农村部公布2023年国家农业产业强镇建设名单，溆浦县龙潭镇入选。")
    assert "国家农业产业强镇建设" in names
    names, _ = programs_and_sites(nlp, tmp_path, "省农业农村厅公示第三批省级现代农业产业园创建名单，洪雅县榜上有名。")
    assert "省级现代农业产业园创建" in names
    names, _ = programs_and_sites(nlp, tmp_path, "国家林草局公布第二批国家草原自然公园试点建设名单。")
    assert "国家草原自然公园试点建设" in names
    names, _ = programs_and_sites(nlp, tmp_path, "省发展改革委公布2022年省级重点项目建设名单。")
    assert not names  # a list of projects names no scheme
