"""What the blind passages of round 58 showed. Programs: the body that carries a pilot out in named places launched
it (县农业农村局在A镇、B镇开展X试点, 由县林业局牵头，在A镇开展X试点), and the issuers of a plan the programs it
plans (印发《…方案》，明确实施P、Q); a quoted practice and innovation base (“两山”实践创新基地). People: Tibetan
names, which no family name opens (县长贡保才让, 牧民多吉次仁, 任命扎西草为县教育局局长); a village's general party
branch secretary; a resignation with its reason (因工作调动辞去); a name the model reads as a verb in a list of names
(储德胜). Places: a river a short form opens (澜沧江畔, 乌苏里江), a mountain named like a city before its side
(五指山北麓), and an article's county named itself before one only its towns stand for. Bodies: a congress standing
committee's party group and office in full, 民族宗教委 and 文广旅体局 written out, no preposition of basis (根据)
in a body's name, and no body in a county's office building (县行政中心)."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of, labels


def test_a_body_that_carries_a_pilot_out_in_named_places_launched_it(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "岳西县召开会议。县农业农村局在天堂镇、店前镇开展茶园绿色防控试点。"
                                        "由县林业局牵头，在天堂镇开展林下经济试点。"})
    found = facts(kb, "proposedBy")
    assert ("茶园绿色防控试点", "岳西县农业农村局") in found
    assert ("林下经济试点", "岳西县林业局") in found
    # a body of an earlier clause launches nothing a later one carries out
    text = "曲靖市召开会议。会议同意市发改委关于优化营商环境工作的汇报，要求各地深入开展营商环境提升行动。"
    assert not facts(kb_of(nlp, tmp_path, {"b.txt": text}), "proposedBy")


def test_the_issuers_of_a_plan_launched_the_programs_it_plans(nlp, tmp_path):
    text = ("房县召开会议。县委、县政府印发《房县创建国家农业现代化示范区实施方案》，明确实施“百亿黄酒”产业提升工程、"
            "“三品一标”提升行动。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert {("百亿黄酒产业提升工程", "中共房县县委"), ("三品一标提升行动", "房县人民政府")} <= found
    # a plan's goals are no launch: nothing follows 明确 but a date and a figure
    text = "房县召开会议。县政府印发《房县茶产业发展方案》，明确到2025年茶园面积达到10万亩。"
    assert not facts(kb_of(nlp, tmp_path, {"b.txt": text}), "proposedBy")


def test_tibetan_names_need_no_family_name(nlp):
    assert ents(nlp, "县委副书记、县长贡保才让，县委常委、常务副县长李海军出席会议。")["贡保才让"] == "Person"
    assert ents(nlp, "现琼村牧民多吉次仁已赶着牦牛上山。")["多吉次仁"] == "Person"
    assert ents(nlp, "燕门乡党委书记鲁茸吉称介绍，乡里种植葡萄。")["鲁茸吉称"] == "Person"  # 鲁 is a family name too
    # a place's name made of the same words stays a place
    assert ents(nlp, "扎西宗乡位于珠峰脚下。").get("扎西宗乡") == "Place"


def test_an_appointed_tibetan_name_and_the_body_the_model_glued_to_it(nlp, tmp_path):
    text = "卓尼县人大常委会召开会议。会议决定任命扎西草为县教育局局长，任命卓玛措为县人民法院审判员。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert {"扎西草", "卓玛措"} <= labels(kb, "Person")
    assert {"卓尼县教育局", "卓尼县人民法院"} <= labels(kb, "Organization")


def test_a_villages_general_party_branch_secretary_holds_the_post(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "在云岭乡明永村，村党总支书记张建国带领村民组建服务队。"})
    titles = {kb.entities[o].attrs["title"] for s, p, o in kb.facts if p == "holds" and kb.entities[s].label == "张建国"}
    assert "党总支书记" in titles


def test_a_river_a_short_form_opens_is_the_river(nlp):
    assert ents(nlp, "燕门乡茨中村，澜沧江畔的葡萄园里。")["澜沧江"] == "Place"  # not 澜沧拉祜族自治县
    assert ents(nlp, "乌苏里江畔的抚远市乌苏镇鱼香扑鼻。")["乌苏里江"] == "Place"  # not 乌苏市
    assert "碌曲夏河" not in ents(nlp, "玛曲碌曲夏河三县协同治理。")  # two counties, no river
    assert "盘山" not in ents(nlp, "地处六盘山腹地的固原市。")  # a short form inside another mountain's name


def test_a_mountain_named_like_a_city_before_its_side_is_the_mountain(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "琼中黎族苗族自治县地处海南岛中部、五指山北麓。"})
    assert "五指山" in labels(kb, "Place") and "五指山市" not in labels(kb, "Place")
    assert "五指山市" in labels(kb_of(nlp, tmp_path, {"b.txt": "五指山市召开会议。"}), "Place")


def test_the_county_an_article_names_comes_before_one_only_its_towns_stand_for(nlp, tmp_path):
    text = ("定日县扎西宗乡的帐篷营地迎来游客。扎西宗乡海拔高。扎西宗乡牧民多。扎西宗乡风光好。"
            "县委、县政府推进珠峰旅游富民工程，定日县岗嘎镇也建起营地。")
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "中共定日县委" in bodies and not any("拉孜" in body for body in bodies)


def test_a_congress_standing_committees_party_group_and_office_are_named_in_full(nlp, tmp_path):
    text = "隰县人大常委会召开会议。县人大常委会党组书记、主任贺建国主持会议，县人大常委会办公室负责会务。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"隰县人民代表大会常务委员会党组", "隰县人民代表大会常务委员会办公室"} <= bodies


def test_no_preposition_of_basis_opens_a_body_and_no_office_building_is_one(nlp):
    found = ents(nlp, "根据县监察委员会主任汪海燕的提请，任命孙丽君为县监察委员会委员；")
    assert "县监察委员会" in found and not any(name.startswith("根据") for name in found)
    assert "县行政中心" not in ents(nlp, "会议在县行政中心召开。")


def test_a_resignation_with_its_reason_names_the_post_held(nlp, tmp_path):
    text = "尚义县人大常委会召开会议。会议决定接受杨永福因工作调动辞去尚义县人民政府副县长职务的请求。"
    kb = kb_of(nlp, tmp_path, {"a.txt": text})
    assert ("杨永福", "杨永福 副县长") in facts(kb, "holds")
    assert ("杨永福 副县长", "尚义县人民政府") in facts(kb, "postIn")


def test_a_name_the_model_reads_as_a_verb_is_one_in_a_list_of_names(nlp):
    found = ents(nlp, "县人大常委会副主任储德胜、王桂兰、刘志勇和委员共21人出席会议。")
    assert {found.get(name) for name in ("储德胜", "王桂兰", "刘志勇")} == {"Person"}


def test_short_names_of_ethnic_affairs_and_culture_bodies_are_written_out(nlp, tmp_path):
    text = "乳源瑶族自治县召开会议。省民族宗教委、省农业农村厅联合印发通知。县文广旅体局在河阳村开展古村落活化利用试点。"
    bodies = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert "广东省民族宗教事务委员会" in bodies  # not 民族宗教育委员会: 教委 is the end of 宗教委 here
    assert "乳源瑶族自治县文化和广电旅游体育局" in bodies


def test_a_quoted_practice_and_innovation_base_is_a_program(nlp):
    assert "“绿水青山就是金山银山”实践创新基地" in ents(nlp, "琼中入选“绿水青山就是金山银山”实践创新基地。")
