"""我厅, 我局, 我委 in a department's notice: the body whose notice the article is, by its title line. Sentences in
other provinces' wording."""
from __future__ import annotations

from tests.test_extract_documents import facts
from tests.test_resolve import kb_of, labels


def notice(issuer: str, body: str) -> str:
    return f"{issuer}关于开展2023年试点工作的通知\n\n各市相关单位：\n\n{body}\n"


def test_a_department_that_calls_itself_so_in_its_notice_launches_the_program(nlp, tmp_path):
    cases = {
        "a.txt": (notice("四川省农业农村厅", "我厅决定在全省开展数字乡村建设试点工作。"), "四川省农业农村厅"),
        "b.txt": (notice("湖北省文化和旅游厅", "经研究，我厅决定在恩施州、宜昌市开展乡村旅游提质行动。"), "湖北省文化和旅游厅"),
        "c.txt": (notice("青岛市自然资源和规划局", "我局决定在全市开展耕地保护网格化监管试点。"), "青岛市自然资源和规划局"),
        "d.txt": (notice("甘肃省发展和改革委员会", "我委决定在全省开展县域商业体系建设行动。"), "甘肃省发展和改革委员会"),
    }
    for name, (text, issuer) in cases.items():
        kb = kb_of(nlp, tmp_path, {name: text})
        assert issuer in {o for _, o in facts(kb, "proposedBy")}, name
        assert "我厅" not in labels(kb, "Organization") and "我局" not in labels(kb, "Organization"), name


def test_a_self_reference_outside_a_notice_of_its_kind_names_no_body(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {
        "a.txt": "我厅决定在全省开展数字乡村建设试点工作。",  # no notice title: whose 厅 is unknown
        "b.txt": notice("河南省农业农村厅", "我局将会同市财政局加强指导。"),  # a 局 in a 厅's notice
        "c.txt": "我委托律师处理此事。本办法自印发之日起施行。",
    })
    assert labels(kb, "Organization") <= {"河南省农业农村厅"}
    assert not facts(kb, "proposedBy")


def test_a_forwarded_notice_is_the_forwarded_bodys_and_words_holding_the_characters_are_no_bodies(nlp, tmp_path):
    kb = kb_of(nlp, tmp_path, {"a.txt": notice("株洲市人民政府办公室转发市发展改革委", "我委决定在全市开展县域商业体系建设行动。")})
    assert {o for _, o in facts(kb, "proposedBy")} == {"株洲市发展和改革委员会"}
    kb = kb_of(nlp, tmp_path, {"b.txt": notice("贵州省自然资源厅", "全省形成基本局面，克服自我局限，我厅决定开展耕地保护专项行动。")})
    assert labels(kb, "Organization") == {"贵州省自然资源厅"}
