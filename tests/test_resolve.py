"""Resolution: canonical names from the document's context, stable keys, one entity across documents."""
from __future__ import annotations

from pathlib import Path

from kg.ingest import read_document
from kg.pipeline import analyse, knowledge_base
from kg.resolve import program_short_names, stable_key


def kb_of(nlp, tmp_path: Path, texts: dict[str, str]):
    results = []
    for name, text in sorted(texts.items()):  # knowledge_base takes results in source order
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        results.append(analyse(read_document(path, name), nlp))
    return knowledge_base(results)


def labels(kb, kind: str) -> set[str]:
    return {e.label for e in kb.entities.values() if e.type == kind}


def test_provincial_abbreviations_take_the_documents_province(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "浙江省杭州市召开会议。省委书记王浩出席。省人力社保厅、省财政厅印发《浙江省就业见习管理办法》。宁波市、温州市参加。"})
    orgs = labels(kb, "Organization")
    assert {"中共浙江省委", "浙江省人力资源和社会保障厅", "浙江省财政厅"} <= orgs
    assert "省人力社保厅" in next(e.aliases for e in kb.entities.values() if e.label == "浙江省人力资源和社会保障厅")


def test_city_bodies_take_the_articles_city(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"gz.txt": "广州市召开大会。广州市天河区、广州市黄埔区参加。市委书记林志强作讲话，市长梁国栋主持。"})
    posts = {(e.attrs["title"]) for e in kb.entities.values() if e.type == "Post"}
    assert {"市委书记", "市长"} <= posts
    bodies = {kb.entities[o].label for (s, p, o) in kb.facts if p == "postIn"}
    assert {"中共广州市委", "广州市人民政府"} <= bodies


def test_a_body_the_context_cannot_fill_is_dropped(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"x.txt": "市委召开会议。"})
    assert "市委" not in labels(kb, "Organization")


def test_ambiguous_district_resolved_by_the_city_nearby(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"nj.txt": "江苏省南京市鼓楼区开展试点。南京市委部署工作。"})
    assert "place/320106" in kb.entities  # Nanjing's 鼓楼区, not Fuzhou's or Xuzhou's


def test_one_entity_with_one_key_across_documents(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "四川省成都市开展工作。", "b.txt": "成都市推进改革，四川省部署。"})
    assert [k for k in kb.entities if kb.entities[k].label == "成都市"] == ["place/510100"]
    assert stable_key("Person", "王浩") == stable_key("Person", "王浩") != stable_key("Person", "王皓")


def test_gazetteer_chains_reach_the_province(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "淳安县下姜村发展民宿。"})
    assert ("place/330127", "locatedIn", "place/330100") in kb.facts
    assert ("place/330100", "locatedIn", "place/330000") in kb.facts


def test_programs_named_by_parallel_parts_merge_with_their_short_name():
    assert program_short_names("千村示范、万村整治工程") == ("千万工程",)
    assert program_short_names("山海协作工程") == ()
    assert program_short_names("百县争先、千镇提升、万村振兴工程") == ("百千万工程",)
    assert program_short_names("小岛迁、大岛建工程") == ()  # no numerals: no short name
    # counted nouns side by side: their numerals, or the nouns themselves
    assert program_short_names("百县千镇万村高质量发展工程") == ("“百千万”工程", "百千万工程", "百千万工程", "百县千镇万村工程")
    assert program_short_names("三年攻坚行动") == ()  # one counted noun names no parts
    assert program_short_names("一村一品示范工程") == ()  # counts that do not rise name no parts
    # counted nouns quoted inside, with the words after the quote or not
    assert program_short_names("人参产业“十企百园千户”提升工程")[1:3] == ("十百千工程", "十百千提升工程")
    assert program_short_names("“一村一品”工程") == ()


def test_a_program_of_counted_nouns_is_one_with_its_quoted_nouns(nlp, tmp_path):
    text = "黄山市深入实施百村千幢古民居保护利用工程。报告指出，“百村千幢”工程实施以来，全市累计修缮古民居1200余幢。"
    programs = [e for e in kb_of(nlp, tmp_path, {"a.txt": text}).entities.values() if e.type == "Program"]
    assert [(e.label, sorted(e.aliases)) for e in programs] == [("百村千幢工程", ["“百村千幢”工程", "百村千幢古民居保护利用工程"])]


def test_a_program_of_counted_nouns_and_its_numerals_are_one_entity(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "江西省实施“百村千户高质量发展工程”。赣州市把“百千工程”作为重点。"})
    programs = [e for e in kb.entities.values() if e.type == "Program"]
    assert [(e.label, sorted(e.aliases)) for e in programs] == [("百千工程", ["百村千户高质量发展工程"])]


def test_autonomous_region_bodies_take_the_province_named_by_bodies(nlp, tmp_path):
    # Only bodies name places here: 南宁市公安局 and 柳州市委 still tell the province.
    kb = kb_of(nlp, tmp_path, {"gx.txt": "自治区党委召开会议。自治区人民政府办公厅、自治区高级人民法院、南宁市公安局、柳州市委负责同志参加。"})
    orgs = labels(kb, "Organization")
    assert {"中共广西壮族自治区委员会", "广西壮族自治区人民政府办公厅", "广西壮族自治区高级人民法院"} <= orgs


def test_autonomous_prefecture_committee_is_written_out(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"ls.txt": "凉山彝族自治州西昌市召开会议。凉山彝族自治州委书记出席。州委常委会研究部署。"})
    assert "中共凉山彝族自治州委员会" in labels(kb, "Organization")


def test_mass_organizations_are_named_in_full(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"hn.txt": "湖南省长沙市召开大会。长沙市妇联、长沙市科协、省工商联、长沙市中院负责人参加。"})
    assert {"长沙市妇女联合会", "长沙市科学技术协会", "湖南省工商业联合会", "长沙市中级人民法院"} <= labels(kb, "Organization")


def posts_of(kb, person: str) -> dict[str, tuple[set[str], set[str]]]:
    """title -> (labels of the bodies it is in, labels of its jurisdiction) for one person's posts."""
    held = {o for (s, p, o) in kb.facts if p == "holds" and kb.entities[s].label == person}
    return {kb.entities[post].attrs["title"]: (
        {kb.entities[o].label for (s, p, o) in kb.facts if s == post and p == "postIn"},
        {kb.entities[o].label for (s, p, o) in kb.facts if s == post and p == "jurisdiction"},
    ) for post in held}


def test_a_post_in_a_body_named_after_a_higher_place_is_in_the_bodys_place(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"hs.txt": "辽宁省锦州市委副书记、市长刘志刚到凌海市调研。锦州市召开会议。"})
    posts = posts_of(kb, "刘志刚")
    assert posts["市委副书记"] == ({"中共锦州市委"}, {"锦州市"})
    assert posts["市长"] == ({"锦州市人民政府"}, {"锦州市"})


def test_a_department_title_after_a_committee_title_is_in_the_committees_department(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"hs.txt": "安徽省黄山市委常委、宣传部部长孙晓东到歙县调研。黄山市召开会议。"})
    assert posts_of(kb, "孙晓东")["宣传部部长"][0] == {"中共黄山市委宣传部"}


def test_a_town_committees_secretary_serves_in_the_town_of_that_name_inside_the_county_written(nlp, tmp_path):
    # 三营镇 names towns in several provinces: the one inside 原州区 is meant
    kb = kb_of(nlp, tmp_path, {"sy.txt": "宁夏回族自治区固原市原州区三营镇党委书记马建国介绍，全镇已建成蔬菜基地。"})
    assert posts_of(kb, "马建国")["党委书记"] == ({"中共三营镇委员会"}, {"三营镇"})


def test_a_short_news_item_that_names_its_county_once_resolves_its_bodies_there(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"gz.txt": "9月12日，河南省周口市川汇区召开全区招商引资推进会。区委书记王立新出席并讲话，"
                                         "区委副书记、区长刘海燕主持会议。"})
    # a prefecture-level city's district: its committee's and government's names carry the city
    assert posts_of(kb, "王立新")["区委书记"][0] == {"中共周口市川汇区委"}
    assert posts_of(kb, "刘海燕")["区长"][0] == {"周口市川汇区人民政府"}


def test_a_party_committee_named_with_its_prefecture_gives_the_article_its_place(nlp, tmp_path):
    # the only places are inside the committee's name, and the prefecture's name runs to ten characters
    kb = kb_of(nlp, tmp_path, {"qdn.txt": "中共贵州省黔东南苗族侗族自治州委员会印发《关于加快推进乡村振兴的实施意见》。"
                                          "州委书记金学林强调，全州要巩固拓展脱贫攻坚成果。"})
    assert posts_of(kb, "金学林")["州委书记"][0] == {"中共黔东南苗族侗族自治州委员会"}


def test_a_place_learned_from_is_no_focus(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"m.txt": "会议要求学习借鉴温州市经验，持续深化改革。市委书记王立新讲话。"})
    assert posts_of(kb, "王立新")["市委书记"][0] != {"中共温州市委"}


def test_a_place_of_another_province_named_once_is_no_focus(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"cq.txt": "重庆市召开全市林长制工作会议。重庆市林业局局长出席。会议学习了南充市的做法。"
                                         "市委书记王立新讲话。"})
    assert posts_of(kb, "王立新")["市委书记"][0] == {"中共重庆市委"}


def test_a_county_level_citys_mayor_after_its_committee_title_is_its_own(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"dy.txt": "贵州省黔南布依族苗族自治州都匀市委副书记、市长罗敏在都匀经济开发区调研。黔南州召开会议。"})
    assert posts_of(kb, "罗敏")["市长"] == ({"都匀市人民政府"}, {"都匀市"})


def test_a_committees_secretary_general_after_its_member_title_is_the_committees(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"nn.txt": "柳州市召开会议。柳州市委书记出席。市委常委、秘书长黄文伟参加调研。"})
    assert posts_of(kb, "黄文伟")["秘书长"][0] == {"中共柳州市委"}
    assert posts_of(kb, "黄文伟")["市委常委"][0] == {"中共柳州市委"}


def test_the_next_body_of_a_list_of_people_with_their_bodies_is_the_same_places(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"ds.txt": "山东省烟台市芝罘区人民法院院长赵明、区人民检察院检察长孙丽参加座谈。"})
    assert posts_of(kb, "孙丽")["检察长"][0] == {"芝罘区人民检察院"}


def test_a_village_branch_secretary_after_the_village_holds_the_villages_post(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"lx.txt": "在河北省张家口市张北县德胜村，村党支部书记张海带领村民种植马铃薯。"})
    # the title without its level word, as the annotation guidelines' examples write it (党支部书记 of 德胜村党支部)
    assert posts_of(kb, "张海")["党支部书记"][0] == {"德胜村党支部"}


def test_bodies_of_all_places_of_a_level_are_no_body_in_particular(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "惠州市各镇人民政府、街道办事处要高度重视，有关县区人民政府要制定方案。惠州市人民政府印发通知。"})
    assert labels(kb, "Organization") == {"惠州市人民政府"}


def test_a_bare_district_committee_is_the_district_the_sentence_named_not_the_articles_county(nlp, tmp_path):
    text = ("广西壮族自治区桂林市阳朔县推行“民宿+”模式。临桂区推行“一网通办”改革，由区委、区政府统筹推进。"
            "县委书记韦明说，要再接再厉。")
    kb = kb_of(nlp, tmp_path, {"gl.txt": text})
    bodies = labels(kb, "Organization")
    assert {"中共桂林市临桂区委", "桂林市临桂区人民政府"} <= bodies
    assert "阳朔县人民政府" not in bodies
    # an autonomous region's name ends in 区 too, but a bare 区委 is a district's
    kb = kb_of(nlp, tmp_path, {"gx.txt": "广西壮族自治区推行“一网通办”改革，由区委、区政府统筹推进。"})
    assert not {b for b in labels(kb, "Organization") if "广西壮族自治区" in b and "区委" in b}


def test_a_county_level_citys_work_report_means_its_own_city_by_a_bare_shi(nlp, tmp_path):
    text = ("邳州市人民政府工作报告\n过去一年，徐州市下达的各项任务全面完成。市委组织部牵头实施“领头雁”工程，"
            "市农业农村局推广稻渔综合种养。")
    bodies = labels(kb_of(nlp, tmp_path, {"pz.txt": text}), "Organization")
    assert {"中共邳州市委组织部", "邳州市农业农村局"} <= bodies
    assert not {"中共徐州市委组织部", "徐州市农业农村局"} & bodies
