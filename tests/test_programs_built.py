"""Programs named by what is built (X建设 after a verb that launches programs, without quotes), designations a
place creates or is given (创建国家级X示范区, 确定为国家X先行区), and a project's name before its building or a
national batch (texts of other provinces than the dev set's passages)."""
from __future__ import annotations

from test_programs_elided import implemented


def programs(nlp, text: str) -> set[str]:
    return {e.text.replace("\n", "") for e in nlp(text).ents if e.label_ == "Program"}


def test_a_work_named_by_what_is_built_after_a_launching_verb_is_a_program(nlp, tmp_path):
    texts = {
        "临夏州要持续推进高标准农田建设，全年新建高标准农田20万亩。": "高标准农田建设",
        "荆门市加快推进城乡供水一体化建设，农村自来水普及率达98%。": "城乡供水一体化建设",
        "德宏州深入推进沿边开放新高地建设，口岸通关效率明显提升。": "沿边开放新高地建设",
        "全县启动“四好农村路”示范县建设和数字乡村示范基地建设。": "数字乡村示范基地建设",
    }
    for text, name in texts.items():
        assert name in programs(nlp, text), text
    sites = implemented(nlp, tmp_path, "荆门市加快推进城乡供水一体化建设，农村自来水普及率达98%。")
    assert ("城乡供水一体化建设", "荆门市") in sites


def test_fields_of_work_and_buildings_of_projects_are_no_such_programs(nlp):
    texts = {
        "市纪委监委持续推进党风廉政建设和反腐败斗争。": "党风廉政建设",
        "全区深入推进基层党组织建设，选优配强村级班子。": "基层党组织建设",
        "各县要加快推进重大项目建设，确保年内开工。": "重大项目建设",
    }
    for text, name in texts.items():
        assert name not in programs(nlp, text), text


def test_a_project_named_by_its_head_ends_there_before_its_building(nlp):
    texts = {
        "阿坝县要加快牦牛良种繁育基地项目建设。": "牦牛良种繁育基地项目",
        "庆阳市推进陇东综合能源基地项目建设，年内开工风电项目5个。": "陇东综合能源基地项目",
        "合浦县全力推进海洋牧场示范项目建设。": "海洋牧场示范项目",
    }
    for text, name in texts.items():
        found = programs(nlp, text)
        assert name in found and name + "建设" not in found, (text, found)


def test_a_designation_a_place_creates_or_is_given_keeps_its_level_word(nlp, tmp_path):
    texts = {
        "黔南州成功创建国家生态文明建设示范区，荔波县被评为全国百强县。": "国家生态文明建设示范区",
        "武威市要加快创建国家级沙产业发展示范区。": "国家级沙产业发展示范区",
        "2021年，宁夏吴忠市被农业农村部确定为国家农业绿色发展先行区，利通区同步推进。": "国家农业绿色发展先行区",
        "安吉县争创省级山区共同富裕先行区，走出绿色发展新路。": "省级山区共同富裕先行区",
    }
    for text, name in texts.items():
        assert name in programs(nlp, text), text
    sites = implemented(nlp, tmp_path, "武威市要加快创建国家级沙产业发展示范区。")
    assert ("国家级沙产业发展示范区", "武威市") in sites


def test_a_national_batch_is_no_part_of_a_projects_name(nlp, tmp_path):
    texts = {
        "阿拉善盟承担了国家第二批大型风电光伏基地项目建设任务。": "大型风电光伏基地项目",
        "哈密市入选国家第三批农业产业强镇建设名单。": "农业产业强镇建设",
    }
    for text, name in texts.items():
        found = programs(nlp, text)
        assert name in found and not any(n.startswith(("国家第", "第")) for n in found), (text, found)
    sites = implemented(nlp, tmp_path, "阿拉善盟承担了国家第二批大型风电光伏基地项目建设任务。")
    assert ("大型风电光伏基地项目", "阿拉善盟") in sites


def test_the_building_of_a_place_named_by_the_place_is_no_program(nlp):
    texts = {
        "2023年昌平区以未来科学城建设为牵引，集聚创新资源。": "未来科学城建设",
        "顺德区加快推进顺德高新技术产业开发区建设。": "顺德高新技术产业开发区建设",
    }
    for text, name in texts.items():
        assert name not in programs(nlp, text), text
