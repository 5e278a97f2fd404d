"""What the blind passages of rounds 59 and 60 showed. People: Yi names, a clan name and a given name of two
characters each (沙马尔布, 吉克曲布), which no family name of the list opens whole: the model cuts them (沙马拉|且,
曲比|阿果) or reads a Han name in them (马海日); Mongolian names, two parts of a lexicon like Tibetan ones
(额尔敦其其格) or one and 图 after a title (嘎查长乌力吉图), which the model cuts (巴图孟|和); 陪同 and 带领 end a
name as what officials do; a Han name the model reads as one verb after a title (院长游光辉，: 游 swims) is a name.
Memberships: a deputy stated with 是 (A是县人大代表). Posts: a party committee's 委员 written with the committee's
name as a title before its holder (阿克苏地委委员、库车市委书记A) is a post as well as a membership. Places: foreign
countries by their Chinese names (ISO 3166-1 as pycountry translates it), not an ethnic group named after one
(朝鲜族). Programs: a body that leads the carrying out of a program launched it (市果业局要牵头实施X,
州农业农村局牵头在A县开展X试点). Bodies: the model's word that glues the clause's place and 由 to the body
(凌云县由县农业农村局) is split; a prefecture's (地区's) bodies are named by its level word, as a city's are
(地区农业农村局), two of them joined by 会同 too. Policies: a technical code of practice (《…技术规程》), as titled
documents go, is a policy its issuers issued."""
from __future__ import annotations

from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of, labels


def test_yi_names_are_a_clan_name_and_a_given_name(nlp):
    assert ents(nlp, "村党支部书记勒格约布说，村里今年种了三千亩苦荞。")["勒格约布"] == "Person"
    found = ents(nlp, "州委常委、县委书记阿苏拉哈，县委副书记、县长马海石布出席会议。")
    assert (found["阿苏拉哈"], found["马海石布"]) == ("Person", "Person")
    assert "马海石" not in found  # 马 opens Han names: not this one
    assert ents(nlp, "会议决定任命吉木阿妞为县民政局局长。")["吉木阿妞"] == "Person"
    # a place named with the same words stays a place
    assert ents(nlp, "吉克阿呷乡位于县城东部。").get("吉克阿呷乡") != "Person"


def test_mongolian_names_are_read_whole(nlp):
    found = ents(nlp, "旗委副书记、旗长斯琴巴特尔，旗委常委、副旗长那顺其其格出席会议。")
    assert (found["斯琴巴特尔"], found["那顺其其格"]) == ("Person", "Person")
    assert ents(nlp, "嘎查长宝音图带领牧民修建围栏。")["宝音图"] == "Person"
    assert ents(nlp, "牧民敖登高娃说，今年草场长势好。")["敖登高娃"] == "Person"
    assert ents(nlp, "联系人：旗林业和草原局草原管理股 乌云其其格")["乌云其其格"] == "Person"  # a name that ends the text
    assert ents(nlp, "县长艾尔肯·吐尔逊陪同考察。")["艾尔肯·吐尔逊"] == "Person"


def test_a_name_the_model_reads_as_a_verb_after_a_title_is_a_name(nlp):
    found = ents(nlp, "副市长郑文涛，市中级人民法院院长游光辉，市人民检察院检察长李明出席。")
    assert found["游光辉"] == "Person"


def test_a_code_of_practice_is_a_policy_its_issuers_issued(nlp, tmp_path):
    text = "平武县召开会议。县农业农村局、县市场监管局联合发布《平武厚朴林下种植技术规程》，规范全县种植。"
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")
    assert {("平武厚朴林下种植技术规程", "平武县农业农村局"), ("平武厚朴林下种植技术规程", "平武县市场监督管理局")} <= found


def test_a_party_committee_member_written_as_a_title_holds_a_post(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "库车市召开会议。阿克苏地委委员、库车市委书记刘建平出席会议并讲话。"})
    titles = {kb.entities[o].attrs["title"] for s, p, o in kb.facts if p == "holds" and kb.entities[s].label == "刘建平"}
    assert {"地委委员", "市委书记"} <= titles
    assert ("刘建平", "中共阿克苏地委") in facts(kb, "memberOf")


def test_a_body_that_leads_the_carrying_out_of_a_program_launched_it(nlp, tmp_path):
    text = ("宝鸡市召开会议。市果业局要牵头实施山地苹果提质增效工程。市农业农村局牵头在凤县、太白县开展中药材标准化种植试点。"
            "市商务局牵头开展“老字号进社区”活动。")
    found = facts(kb_of(nlp, tmp_path, {"a.txt": text}), "proposedBy")
    assert {("山地苹果提质增效工程", "宝鸡市果业局"), ("中药材标准化种植试点", "宝鸡市农业农村局"),
            ("老字号进社区活动", "宝鸡市商务局")} <= found


def test_a_place_and_the_mark_of_the_agent_glued_to_a_body_are_split_off(nlp):
    found = ents(nlp, "乐业县由县农业农村局牵头，在同乐镇推行“猕猴桃+合作社”模式。")
    assert found.get("乐业县") == "Place" and "乐业县由县农业农村局" not in found


def test_foreign_countries_are_places(nlp):
    found = ents(nlp, "抚松人参远销韩国、日本等国家，长白县与朝鲜惠山市隔鸭绿江相望。")
    assert (found["韩国"], found["日本"], found["朝鲜"]) == ("Place", "Place", "Place")
    assert "朝鲜" not in ents(nlp, "延吉市发展朝鲜族民俗旅游。")
    assert "中国" not in ents(nlp, "这是中国最大的人参市场。")  # China is no foreign country


def test_a_deputy_stated_with_a_copula_is_a_member_of_the_congress(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": "昭觉县召开会议。阿苏拉哈是县人大代表，他说，村里的合作社去年分红。"})
    assert ("阿苏拉哈", "昭觉县人民代表大会") in facts(kb, "memberOf")


def test_a_prefectures_bodies_are_named_by_its_level_word(nlp, tmp_path):
    text = "阿克苏地区召开会议。地区农业农村局会同地区林业和草原局在温宿县开展核桃提质增效试点，地区市场监管局参加。"
    found = labels(kb_of(nlp, tmp_path, {"a.txt": text}), "Organization")
    assert {"阿克苏地区农业农村局", "阿克苏地区林业和草原局", "阿克苏地区市场监督管理局"} <= found
