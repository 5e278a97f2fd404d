"""Relation rules on sentences written for these tests (other provinces) and the issue's examples."""
import datetime as dt

import pytest

from kg.extract import extract
from kg.nlp import make_nlp
from tests.test_extract_dates import context
from tests.test_organizations_bodies import posts
from tests.test_resolve import kb_of


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def relations(nlp, sentences: list[str], date: dt.date | None = None, index: int = -1):
    ctx = context(sentences, date, index)
    return extract(nlp(ctx.sentence.text), ctx)


def triples(found, predicate: str) -> set[tuple[str, str]]:
    return {(r.subject.text, r.object.canonical or r.object.text) for r in found if r.predicate == predicate}


def test_title_before_names_and_lists(nlp):
    found = relations(nlp, ["四川省副省长罗强、李云泽参加调研。"])
    assert triples(found, "holds") == {("罗强", "副省长"), ("李云泽", "副省长")}
    assert {r.links["place"].text for r in found} == {"四川省"}


def test_party_secretary_with_organization_or_hint(nlp):
    [r] = relations(nlp, ["中共四川省委书记王晓晖在成都主持召开座谈会。"])
    assert (r.subject.text, r.object.canonical, r.links["org"].text) == ("王晓晖", "省委书记", "中共四川省委")
    [r] = relations(nlp, ["省委书记王晓晖强调，要抓好落实。"])
    assert r.object.canonical == "省委书记" and "org" not in r.links and r.attrs["orgHint"] == "省委"


def test_body_before_title_becomes_the_organization(nlp):
    found = relations(nlp, ["四川省人大常委会主任曾庆林主持闭幕会。"])
    [r] = [r for r in found if r.predicate == "holds"]
    assert (r.object.canonical, r.links["org"].text) == ("主任", "四川省人大常委会")


def test_name_before_title_in_brackets_and_with_cues(nlp):
    assert triples(relations(nlp, ["罗强（四川省副省长）出席。"]), "holds") == {("罗强", "副省长")}
    assert triples(relations(nlp, ["黄强同志任四川省委副书记。"]), "holds") == {("黄强", "省委副书记")}
    assert triples(relations(nlp, ["李云泽当选为四川省人民政府省长。"]), "holds") == {("李云泽", "省长")}


def test_appointment_and_acting_post_dated_by_the_session(nlp):
    sentences = [
        "2023年7月26日至27日，四川省十四届人大常委会第五次会议在成都举行。",
        "会议决定任命罗强为四川省副省长，决定其代理四川省省长职务。",
        "会议决定，接受黄强请求辞去四川省省长职务。",
    ]
    appointed = relations(nlp, sentences, index=1)
    assert {(r.object.canonical, r.attrs.get("start")) for r in appointed} == {
        ("副省长", "2023-07-27"),
        ("代理省长", "2023-07-27"),
    }
    assert all(r.subject.text == "罗强" and r.attrs["dateText"] == "2023年7月26日至27日" for r in appointed)
    [resigned] = relations(nlp, sentences, index=2)
    assert (resigned.subject.text, resigned.object.canonical, resigned.attrs["end"]) == ("黄强", "省长", "2023-07-27")


def test_removal_ends_a_post(nlp):
    [r] = relations(nlp, ["2023年3月，省政府决定免去罗强的四川省副省长职务。"])
    assert (r.subject.text, r.object.canonical, r.attrs["end"]) == ("罗强", "副省长", "2023-03")


def test_job_words_of_prose_and_officeless_titles_give_no_post(nlp, tmp_path):
    assert not triples(relations(nlp, ["本报记者 李明"]), "holds")
    # A head's title with no body is left to the resolver, which finds the article's body of that kind or none.
    [head] = relations(nlp, ["局长黄强说，今年要抓好落实。"])
    assert head.attrs.get("ownBody") == "局" and "org" not in head.links
    assert not posts(kb_of(nlp, tmp_path, {"a.txt": "局长黄强说，今年要抓好落实。"}))


def test_placed_chains_confirmed_by_the_map(nlp):
    found = relations(nlp, ["成都市郫都区和广州番禺都在推进改革。"])
    assert triples(found, "locatedIn") == {("郫都区", "成都市"), ("番禺", "广州")}
    pair = next(r for r in found if r.subject.text == "郫都区")
    assert (pair.subject.adcode, pair.object.adcode) == ("510117", "510100")


def test_map_contradiction_gives_nothing(nlp):
    assert not triples(relations(nlp, ["广州郫都区是一个例子。"]), "locatedIn")


def test_issued_by_each_organization(nlp):
    found = relations(nlp, ["2024年5月，省发展改革委、省财政厅联合印发《四川省促进民营经济发展若干措施》。"])
    assert triples(found, "issuedBy") == {
        ("四川省促进民营经济发展若干措施", "省发展改革委"),
        ("四川省促进民营经济发展若干措施", "省财政厅"),
    }
    assert {r.attrs["date"] for r in found if r.predicate == "issuedBy"} == {"2024-05"}


def test_issued_by_passive(nlp):
    found = relations(nlp, ["《成都市生活垃圾管理条例》经四川省人大常委会审议通过。"])
    assert triples(found, "issuedBy") == {("成都市生活垃圾管理条例", "四川省人民代表大会常务委员会")}


def test_implemented_in_a_list_of_places_and_after_zai(nlp):
    found = relations(nlp, ["舟山市和淳安县、龙游县、景宁县开展了基本公共服务一体化试点。"])
    assert {o for _, o in triples(found, "implementedIn")} == {"舟山市", "淳安县", "龙游县", "景宁县"}
    found = relations(nlp, ["在成都市郫都区开展乡村振兴试点。"])
    assert triples(found, "implementedIn") == {("乡村振兴试点", "郫都区")}


def test_implemented_in_the_place_written_before_the_program(nlp):
    found = relations(nlp, ["浙江“千万工程”造就了万千美丽乡村。"])
    assert triples(found, "implementedIn") == {("千万工程", "浙江")}


def test_proposed_by_across_one_comma(nlp):
    found = relations(nlp, ["习近平同志在浙江工作期间，亲自擘画实施“千村示范、万村整治”工程。"])
    assert triples(found, "proposedBy") == {("“千村示范、万村整治”工程", "习近平")}
    assert not triples(found, "implementedIn")


def test_meeting_held_in_with_dates(nlp):
    found = relations(nlp, ["12月18日至19日，浙江省十四届人大常委会第十四次会议在杭州举行。"], dt.date(2024, 12, 28))
    [r] = [r for r in found if r.predicate == "heldIn"]
    assert (r.object.text, r.attrs["start"], r.attrs["end"]) == ("杭州", "2024-12-18", "2024-12-19")


def test_member_of_a_named_body(nlp):
    found = relations(nlp, ["黄强是中央政治局委员。"])
    assert ("黄强", "中央政治局") in triples(found, "memberOf")


def test_evidence_points_at_the_sentence(nlp):
    sentences = ["成都市启动改革。", "四川省副省长罗强出席。"]
    [r] = relations(nlp, sentences)
    assert (r.evidence.sentence, r.evidence.start, r.evidence.end) == (sentences[1], 8, 8 + len(sentences[1]))


def test_a_place_that_builds_on_a_program_carries_it_out(nlp):
    found = relations(nlp, ["临沧市沧源县班洪村依托“兴边富民工程”，发展特色种植。"])
    assert ("兴边富民工程", "班洪村") in triples(found, "implementedIn")


def test_places_designated_as_pilot_sites(nlp):
    found = relations(nlp, ["省农牧厅确定海北藏族自治州祁连县、海南藏族自治州共和县为全省首批草原畜牧业转型升级试点县。"])
    assert {("草原畜牧业转型升级试点", "祁连县"), ("草原畜牧业转型升级试点", "共和县")} <= triples(found, "implementedIn")


def test_a_chain_of_places_opening_the_sentence_is_its_subject(nlp):
    found = relations(nlp, ["门源回族自治县青石嘴镇红山村则依托交通优势，开展“牧家乐”乡村旅游试点。"])
    assert triples(found, "implementedIn") == {("“牧家乐”乡村旅游试点", "红山村")}


def test_a_system_reform_in_two_towns(nlp):
    found = relations(nlp, ["祁连县在八宝镇、峨堡镇开展草原承包和经营权制度改革。"])
    assert {("草原承包和经营权制度改革", "八宝镇"), ("草原承包和经营权制度改革", "峨堡镇")} == triples(found, "implementedIn")


def test_a_place_sharing_its_level_word_with_the_title(nlp):
    found = relations(nlp, ["会上，凯里市委书记杨明、麻江县县长吴强介绍了经验。"])
    assert triples(found, "holds") == {("杨明", "市委书记"), ("吴强", "县长")}
    assert {r.subject.text: r.links["place"].text for r in found if r.predicate == "holds"} == {"杨明": "凯里市", "吴强": "麻江县"}


def test_deputies_after_the_head_hold_the_same_body_post(nlp):
    found = relations(nlp, ["长春市人大常委会主任王建国主持会议，副主任刘玉兰、赵志强出席会议。"])
    holds = [r for r in found if r.predicate == "holds"]
    assert {(r.subject.text, r.object.canonical) for r in holds} == {("王建国", "主任"), ("刘玉兰", "副主任"), ("赵志强", "副主任")}
    assert {r.links["org"].text for r in holds} == {"长春市人大常委会"}


def test_a_chain_of_titles_in_one_body_gives_each_post_in_that_body(nlp):
    found = relations(nlp, ["四川大学党委书记、校长李某出席。", "甘肃省农业农村厅党组书记、厅长张某介绍情况。"], index=1)
    holds = [r for r in found if r.predicate == "holds"]
    assert {(r.subject.text, r.object.canonical) for r in holds} == {("张某", "党组书记"), ("张某", "厅长")}
    # 党组书记 is a post in the department's party group (the dev set's convention), 厅长 in the department
    assert {(r.object.canonical, r.links["org"].canonical or r.links["org"].text) for r in holds} == {
        ("党组书记", "甘肃省农业农村厅党组"), ("厅长", "甘肃省农业农村厅")}
    found = relations(nlp, ["四川大学党委书记、校长李某出席。"])
    assert {(r.object.canonical, r.links["org"].canonical or r.links["org"].text) for r in found if r.predicate == "holds"} == {
        ("党委书记", "四川大学党委"), ("校长", "四川大学")}


def test_a_government_title_after_a_party_title_is_not_a_post_in_the_party_committee(nlp):
    found = relations(nlp, ["中共兰州市委副书记、市长张某出席。", "中共兰州市委常委、组织部部长王某出席。"], index=0)
    assert not any(r.links.get("org") is not None and r.links["org"].text == "中共兰州市委"
                   for r in found if r.object.canonical == "市长")
    found = relations(nlp, ["中共兰州市委常委、组织部部长王某出席。"])
    assert not any(r.object.canonical.endswith("部长") and r.links.get("org") is not None
                   and r.links["org"].text == "中共兰州市委" for r in found)


def test_officials_listed_with_names_of_any_family(nlp):
    found = relations(nlp, ["旗长其木格、副旗长王志刚表示，将推广试点经验。", "会上，勐腊县勐满镇党委书记刀玉华作交流发言。"], index=0)
    assert triples(found, "holds") == {("其木格", "旗长"), ("王志刚", "副旗长")}
    found = relations(nlp, ["会上，勐腊县勐满镇党委书记刀玉华作交流发言。"])
    assert triples(found, "holds") == {("刀玉华", "党委书记")}


def test_grassroots_party_posts_drop_the_level_of_the_body_before_them(nlp):
    found = relations(nlp, ["红旗村党支部书记李春生介绍了经验。"])
    assert triples(found, "holds") == {("李春生", "党支部书记")}


def test_an_adverbial_of_precedence_leaves_the_program_to_the_article_place(nlp):
    [r] = [r for r in relations(nlp, ["在全省率先推动政务服务“跨省通办”改革。"]) if r.predicate == "implementedIn"]
    assert r.subject.text == "政务服务“跨省通办”改革" and r.attrs["articlePlace"] == "1"


def test_a_sentence_opening_with_a_time_phrase_keeps_its_subject_place(nlp):
    found = relations(nlp, ["2023年以来，江西省在全国率先启动打造区域公用品牌“赣鄱正品”。"])
    assert triples(found, "implementedIn") == {("赣鄱正品", "江西省")}
    found = relations(nlp, ["2023年9月12日，南昌市召开推进会，部署深入推进城市更新试点工作。"])
    assert ("城市更新试点", "南昌市") in triples(found, "implementedIn")


def test_a_cue_word_inside_a_listed_document_title_is_no_verb(nlp):
    found = relations(nlp, ["2023年，江西省出台了《江西省农村改厕试点工作方案》《江西省农村供水保障方案》等文件。"])
    assert not triples(found, "implementedIn")


def test_places_a_batch_of_a_scheme_takes_in_are_its_sites(nlp):
    found = relations(nlp, ["平江县、浏阳市的32个村被纳入湖南省第二批美丽乡村示范村建设范围。"])
    assert triples(found, "implementedIn") == {("美丽乡村示范村建设", "平江县"), ("美丽乡村示范村建设", "浏阳市")}


def test_the_body_that_designates_a_programs_sites_proposed_it(nlp):
    found = relations(nlp, ["湖南省农业农村厅批准平江县为省级乡村振兴示范创建试点县。"])
    assert triples(found, "proposedBy") == {("省级乡村振兴示范创建试点", "湖南省农业农村厅")}  # the level word belongs to the name


def test_a_program_the_subject_place_takes_as_its_lever_is_carried_out_there(nlp):
    found = relations(nlp, ["平江县始终牢记嘱托，以“湘莲”产业工程为抓手，带动农户增收。"])
    assert triples(found, "implementedIn") == {("“湘莲”产业工程", "平江县")}


def test_a_quoted_project_a_pilot_takes_in_after_a_closing_date(nlp):
    found = relations(nlp, ["截至2023年底，平江县开展技能培训600人次，“乡村工匠培育”入选国家级试点。"])
    assert triples(found, "implementedIn") == {("乡村工匠培育", "平江县")}
