"""Points a review of the tenth session's rules found, each with sentences in other provinces' wording: a pair of
bodies written after its place (泉州市委、政府, 邵阳市两办) is that place's; a later clause issues for the bodies
only when the clause before it is theirs; 因此 holds no document anaphor; a pair's issuing keeps its date; 路
opening a word (路径, 路子) leaves the place before it; 打造 a slogan (“品质之城”) names no program; an item
number's bracket opens a clause like a comma."""
from __future__ import annotations

import pytest
from test_extract import relations
from test_extract_documents import facts
from test_nlp import ents
from test_resolve import kb_of


def issued(nlp, tmp_path, text: str) -> set[tuple[str, str]]:
    return facts(kb_of(nlp, tmp_path, {"a.txt": text}), "issuedBy")


@pytest.mark.parametrize("text, bodies, policy", [
    ("近日，泉州市委、政府印发《关于加快建设海丝名城的实施意见》。", ("中共泉州市委", "泉州市人民政府"),
     "关于加快建设海丝名城的实施意见"),
    ("近日，邵阳市两办印发《邵阳市城乡环境整治三年行动方案》。", ("中共邵阳市委办公室", "邵阳市人民政府办公室"),
     "邵阳市城乡环境整治三年行动方案"),
    ("日前，遵义市委、政府出台《遵义市促进民营经济发展若干措施》。", ("中共遵义市委", "遵义市人民政府"),
     "遵义市促进民营经济发展若干措施"),
])
def test_a_pair_of_bodies_after_its_place_is_that_places(nlp, tmp_path, text, bodies, policy):
    assert {(policy, body) for body in bodies} <= issued(nlp, tmp_path, text)


@pytest.mark.parametrize("text, body, policy", [
    ("市委、市政府高度重视，各县区积极响应，相继出台《县域商业体系建设实施方案》。", "市委", "县域商业体系建设实施方案"),
    ("县委、县政府统筹部署，各乡镇主动作为，陆续制定《人居环境整治提升方案》。", "县委", "人居环境整治提升方案"),
    ("省委、省政府作出部署，各市州迅速跟进，先后印发《城市更新行动方案》。", "省委", "城市更新行动方案"),
])
def test_a_later_clause_issues_for_the_bodies_only_right_after_their_own(nlp, text, body, policy):
    found = {(r.subject.text, r.object.text) for r in relations(nlp, [text]) if r.predicate == "issuedBy"}
    assert (policy, body) not in found


@pytest.mark.parametrize("text", [
    "《黄河流域生态保护规划》印发实施。因此规划由市自然资源局负责编制。",
    "《城乡供水条例》已经施行。因此条例由市人大常委会审议通过，各部门须严格执行。",
    "《营商环境优化办法》出台后，因此办法由市发展改革委牵头起草，社会反响良好。",
])
def test_yinci_holds_no_document_anaphor(nlp, text):
    second = text.split("。")[1] + "。"
    assert not [r for r in relations(nlp, [second]) if r.attrs.get("policyAnaphor")]


@pytest.mark.parametrize("text", [
    "2023年5月，县两办印发《关于进一步加强耕地保护的实施意见》。",
    "2022年3月，市委、政府出台《关于推动乡村振兴的若干措施》。",
    "2024年9月，州两办印发《民族团结进步示范州创建方案》。",
])
def test_a_pairs_issuing_keeps_its_date(nlp, text):
    dated = [r for r in relations(nlp, [text]) if r.predicate == "issuedBy" and r.attrs.get("paired")]
    assert dated and all(r.attrs.get("date") for r in dated)


@pytest.mark.parametrize("sentence, place", [
    ("这是浦江路径的生动实践。", "浦江"),
    ("温州路径为全国提供了经验。", "温州"),
    ("杭州路线图已经绘就。", "杭州"),
])
def test_a_word_opening_with_lu_leaves_the_place_before_it(nlp, sentence, place):
    assert ents(nlp, sentence).get(place) == "Place"


@pytest.mark.parametrize("sentence, slogan", [
    ("全市着力打造“品质之城”，城市能级持续提升。", "品质之城"),
    ("我们要加快打造“升级版”，推动高质量发展。", "升级版"),
    ("全县奋力打造“生态高地”，筑牢绿色屏障。", "生态高地"),
])
def test_a_slogan_built_is_no_program(nlp, sentence, slogan):
    assert ents(nlp, sentence).get(slogan) != "Program"


@pytest.mark.parametrize("sentence, program", [
    ("（三）政务服务“一网通办”在全市落地实施。", "政务服务“一网通办”"),
    ("（二）不动产登记“一窗受理”在全省全面推开。", "不动产登记“一窗受理”"),
    ("（五）医保服务“一站结算”在全州落地实施。", "医保服务“一站结算”"),
])
def test_an_item_numbers_bracket_opens_the_clause(nlp, sentence, program):
    assert ents(nlp, sentence).get(program) == "Program"
