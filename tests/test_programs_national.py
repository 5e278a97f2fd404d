"""Programs written without a program suffix or with their head after a verb, as official writing of every
province names them: chief systems joined by 和, a field before a quoted reform, national strategies before
(重大)国家战略, paired help and regional development, long unquoted campaigns, a quote ranked by 作为; and 我们
in a signed article, a speech or an interview as the author's place (texts of other provinces)."""
from __future__ import annotations

from test_extract import relations, triples
from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def programs(nlp, text: str) -> set[str]:
    return {name for name, label in ents(nlp, text).items() if label == "Program"}


def test_chief_systems_joined_by_a_conjunction_are_two_programs(nlp):
    assert {"河湖长制", "林长制"} <= programs(nlp, "全面推行河湖长制和林长制，县乡村三级责任体系实现全覆盖。")
    assert {"田长制", "林长制"} <= programs(nlp, "全县全面落实田长制与林长制。")
    found = programs(nlp, "该市深化河长制、湖长制和林长制，守护一江清水。")
    assert {"河长制", "湖长制", "林长制"} <= found
    assert not any("和" in name or "与" in name for name in found)


def test_a_field_before_a_quoted_reform_belongs_to_its_name(nlp):
    assert "农村“三变”改革" in programs(nlp, "我们全面推开农村“三变”改革。")
    assert "农村“三变”改革试点" in programs(nlp, "六盘水市在全市推行农村“三变”改革试点。")
    assert "农村“厕所革命”" in programs(nlp, "持续开展农村“厕所革命”。")
    assert "“亩均论英雄”改革" in programs(nlp, "推进园区“亩均论英雄”改革。")  # a kind of place: where, not the field


def test_a_national_strategy_is_named_before_its_head(nlp):
    assert "黄河流域生态保护和高质量发展" in programs(nlp, "我们抢抓黄河流域生态保护和高质量发展重大国家战略机遇。")
    assert programs(nlp, "深入落实粤港澳大湾区建设重大国家战略，推动产业转移。") == {"粤港澳大湾区建设"}
    assert "长江经济带发展" in programs(nlp, "主动融入长江经济带发展国家战略。")
    assert "京津冀协同发展" in programs(nlp, "积极融入京津冀协同发展重大国家战略。")


def test_national_programs_of_paired_help_and_regional_development(nlp):
    assert "东西部扶贫协作" in programs(nlp, "天津市与天水市的东西部扶贫协作持续深化。")
    assert "东西部协作" in programs(nlp, "深化闽宁协作和东西部协作。")
    assert "西部大开发" in programs(nlp, "我们主动融入“一带一路”建设和新时代西部大开发。")
    assert "东北全面振兴" in programs(nlp, "该县推动东北全面振兴取得新突破。")
    assert not programs(nlp, "东西部协作办公室主任张三出席。")  # the office that runs it


def test_relocation_and_returning_farmland_named_by_their_shape(nlp):
    assert "易地扶贫搬迁" in programs(nlp, "全市易地扶贫搬迁任务全面完成。")
    assert "易地扶贫搬迁" in programs(nlp, "全州易地扶贫搬迁工作通过国家验收。")
    assert "退耕还林还草" in programs(nlp, "清水县、张家川回族自治县实施新一轮退耕还林还草。")
    assert "退耕还林" in programs(nlp, "镇安县深入推进新一轮退耕还林。")


def test_a_quote_ranked_by_a_verb_ends_before_it(nlp):
    assert programs(nlp, "市委、市政府把“百千万工程”作为头号工程来抓。") == {"百千万工程"}
    assert programs(nlp, "县里把“强省会”行动当作一号工程。") == {"“强省会”行动"}
    assert programs(nlp, "我们始终把“千万工程”视为头等工程。") == {"千万工程"}


def test_a_long_unquoted_campaign_after_a_verb_that_carries_it_out(nlp):
    assert "美好环境与幸福生活共同缔造活动" in programs(nlp, "按照省委统一部署，我们在全县开展美好环境与幸福生活共同缔造活动。")
    assert "安全生产隐患大排查大整治活动" in programs(nlp, "全区深入开展安全生产隐患大排查大整治活动。")
    assert not programs(nlp, "各地广泛开展庆祝建党100周年系列活动。")
    assert not programs(nlp, "该县开展文明城市创建活动。")


def test_we_in_a_signed_article_is_the_authors_place(nlp, tmp_path):
    text = "以改革激活发展动能\n中共镇安县委书记 李明华\n镇安县地处秦岭南麓。我们持续深化农村集体产权制度改革，全面推行林长制。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert ("农村集体产权制度改革", "镇安县") in found and ("林长制", "镇安县") in found


def test_we_in_a_speech_or_an_interview_is_the_speakers_place(nlp, tmp_path):
    text = "在全省乡村振兴推进会上的发言\n韶关市人民政府副市长 陈国强\n韶关市位于广东北部。我们深入实施“粤强种芯”工程。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "implementedIn")
    assert ("粤强种芯工程", "韶关市") in found
    text = "奋力推动高质量发展——访遵义市委副书记、市长王华\n记者：遵义如何推进改革？\n王华：遵义市地处黔北。我们全面推开农村“三变”改革。"
    found = facts(kb_of(nlp, tmp_path, {"b.txt": text}), "implementedIn")
    assert ("农村“三变”改革", "遵义市") in found


def test_the_bodies_whose_deployment_a_sentence_follows_launched_its_program(nlp):
    found = relations(nlp, ["按照中共甘肃省委、甘肃省人民政府部署，我们深入开展“3+1”冲刺清零后续行动。"])
    assert triples(found, "proposedBy") == {("“3+1”冲刺清零后续行动", "中共甘肃省委"), ("“3+1”冲刺清零后续行动", "甘肃省人民政府")}
    found = relations(nlp, ["按照市委市政府部署，各区县开展“美丽乡村”清洁行动。"])  # no 、 between the bodies
    assert len(triples(found, "proposedBy")) == 2
    found = relations(nlp, ["根据中共曲靖市委统一部署，全市启动“清廉村居”建设。"])
    assert triples(found, "proposedBy") == {("“清廉村居”建设", "中共曲靖市委")}
    found = relations(nlp, ["按照内蒙古自治区人民政府的部署要求，各盟市全面推行林长制。"])
    assert triples(found, "proposedBy") == {("林长制", "内蒙古自治区人民政府")}
    found = relations(nlp, ["按照湖南省农业农村厅部署，株洲市对落实乡村振兴战略情况进行督查。"])
    assert not triples(found, "proposedBy")  # the clause carries out no program: a check of one


def test_a_deployment_about_a_program_names_the_bodies_that_launched_it(nlp):
    found = relations(nlp, ["为贯彻落实中共江西省委、江西省人民政府关于实施乡村建设行动的决策部署，现将有关事项通知如下。"])
    assert triples(found, "proposedBy") == {("乡村建设行动", "中共江西省委"), ("乡村建设行动", "江西省人民政府")}
    found = relations(nlp, ["根据中共岳阳市委关于深入推进“五好园区”建设的工作部署，各县区结合实际抓好落实。"])
    assert triples(found, "proposedBy") == {("“五好园区”建设", "中共岳阳市委")}
    found = relations(nlp, ["认真落实广西壮族自治区人民政府关于开展高标准农田建设的部署要求。"])
    assert triples(found, "proposedBy") == {("高标准农田建设", "广西壮族自治区人民政府")}
    found = relations(nlp, ["省委、省政府关于乡村振兴战略实施情况的汇报已审议。"])  # a report on it, no deployment
    assert not triples(found, "proposedBy")


def test_places_named_the_sites_of_a_pilot_written_out_carry_it_out(nlp):
    found = relations(nlp, ["遂川县、万安县为全市油茶产业高质量发展试点县，要加快推进低产林改造。"])
    assert {("油茶产业高质量发展试点", "遂川县"), ("油茶产业高质量发展试点", "万安县")} <= triples(found, "implementedIn")
    found = relations(nlp, ["确定城关镇、马营镇作为省级农村集体经济发展试点镇。"])
    assert {("省级农村集体经济发展试点", "城关镇"), ("省级农村集体经济发展试点", "马营镇")} <= triples(found, "implementedIn")
    found = relations(nlp, ["桐梓县、湄潭县列为第二批省级数字乡村试点县（市），年内完成建设任务。"])
    assert {("省级数字乡村试点", "桐梓县"), ("省级数字乡村试点", "湄潭县")} <= triples(found, "implementedIn")
    found = relations(nlp, ["遂川县为全市油茶产业高质量发展试点提供了经验。"])  # no site word: the place does something else
    assert ("油茶产业高质量发展试点", "遂川县") not in triples(found, "implementedIn")
