"""What the blind passages of round 44 showed kg missing: a body opening a program's name (its proposer), the
country before a quoted program, a quoted name whose deployment is carried out, a model named whole in its quote
before what it is a model of, listed projects with their site in an aside, two places a dash links in one name,
and a quoted founding whose progress is reported."""
from __future__ import annotations

from test_nlp import ents, program_names


def test_a_body_opening_a_programs_name_is_its_proposer(nlp):
    found = ents(nlp, "南京、无锡等市纳入自然资源部低效用地再开发试点。我们认真落实省委“四强”行动部署。")
    assert found.get("自然资源部") == "Organization" and found.get("低效用地再开发试点") == "Program"
    assert found.get("省委") == "Organization" and found.get("“四强”行动") == "Program"
    # a body the works build or improve is part of their name
    assert program_names(nlp, "市里启动乐山大佛景区游客服务中心改造项目。") == ["乐山大佛景区游客服务中心改造项目"]


def test_the_country_before_a_quoted_program_says_whose_it_is(nlp):
    assert program_names(nlp, "全省有43家县级医院纳入国家“千县工程”县医院综合能力提升工作。") == ["千县工程"]


def test_a_quoted_name_whose_deployment_is_carried_out(nlp):
    assert program_names(nlp, "衢州将全面落实“高效办成一件事”部署，继续深化改革。") == ["高效办成一件事"]


def test_a_model_quoted_whole_before_what_it_is_a_model_of(nlp):
    assert program_names(nlp, "在海伦市、克山县推广“龙江模式”保护性耕作，耕地质量提升。") == ["龙江模式"]


def test_listed_projects_with_their_site_in_an_aside(nlp):
    assert program_names(nlp, "1. 嘉阳·桫椤湖旅游度假区提升工程（实施地点：犍为县芭沟镇、石溪镇）") == ["嘉阳·桫椤湖旅游度假区提升工程"]
    assert program_names(nlp, "3. 重点项目（实施地点：市中区）") == []


def test_two_places_a_dash_links_open_one_name(nlp):
    assert program_names(nlp, "随着新安江—千岛湖生态保护补偿样板区建设深入推进，歙县将扩大补偿范围。") \
        == ["新安江—千岛湖生态保护补偿样板区建设"]
    assert program_names(nlp, "推进威远—荣县协同发展先行区建设；") == ["威远—荣县协同发展先行区建设"]


def test_a_quoted_founding_whose_progress_is_reported(nlp):
    assert program_names(nlp, "“五好园区”创建扎实开展，岳阳、常德等地成效明显。") == ["“五好园区”创建"]


def test_counted_models_are_several_not_one(nlp):
    assert program_names(nlp, "深入推进“三个模式”创新提升，农业全产业链发展。") == []


def test_a_joint_battle_carried_out(nlp):
    assert program_names(nlp, "要深入实施“黑土粮仓”科技会战，加快农业科技成果转化。") == ["“黑土粮仓”科技会战"]
    assert program_names(nlp, "各地要打好攻坚战，开展大会战。") == []


def test_one_quoted_brand_with_others_unnamed(nlp):
    assert program_names(nlp, "要擦亮“黑龙江大米”等区域公用品牌，推动农产品走出去。") == ["黑龙江大米"]


def test_an_adverb_before_a_verb_inside_a_reported_name(nlp):
    assert program_names(nlp, "百色重点开发开放试验区建设扎实推进，靖西市龙邦口岸开放。") == ["百色重点开发开放试验区建设"]


def test_a_body_before_a_pilot_verb_and_a_quote(nlp):
    found = ents(nlp, "区卫生健康委联合华东医院试点“家庭医生+专科医生”签约服务。")
    assert found.get("华东医院") == "Organization" and "华东医院试点" not in found


def test_a_quoted_task_with_verbs_of_its_own_is_no_model(nlp):
    assert program_names(nlp, "以“迭代完善精神富有实现机制”攻坚破难、示范先行。") == []
