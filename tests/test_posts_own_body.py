"""A head's title written with no body (副厅长X, 局长X) in an article of one department (its press conference, its
work summary, its notice) is that department's head: the body whose notice the article is, else the one body of
that kind (…厅, …局) the article has named so far; none when it has named several, or none."""
from __future__ import annotations

from test_organizations_bodies import posts
from test_resolve import kb_of


def test_a_bare_head_title_is_of_the_one_body_of_its_kind_the_article_named(nlp, tmp_path):
    texts = {"gd.txt": "广东省人力资源和社会保障厅召开新闻发布会。副厅长陈志明介绍了有关情况。",
             "hb.txt": "河北省生态环境厅2023年工作总结\n一年来，省生态环境厅扎实推进大气污染防治。厅长赵成林表示，将持续改善环境质量。",
             "hg.txt": "黄冈市交通运输局召开全市交通工作会议。局长何建华出席会议并讲话。"}
    found = posts(kb_of(nlp, tmp_path, texts))
    assert ("陈志明", "副厅长", "广东省人力资源和社会保障厅") in found
    assert ("赵成林", "厅长", "河北省生态环境厅") in found
    assert ("何建华", "局长", "黄冈市交通运输局") in found


def test_a_bare_head_title_in_a_departments_notice_is_of_its_issuer(nlp, tmp_path):
    text = ("湖北省农业农村厅关于开展2024年春季农业生产督导工作的通知\n各市、州农业农村局：\n"
            "经研究，决定由副厅长刘建军带队，赴各地开展督导。")
    assert ("刘建军", "副厅长", "湖北省农业农村厅") in posts(kb_of(nlp, tmp_path, {"n.txt": text}))


def test_no_post_when_the_article_names_several_bodies_of_the_kind_or_none(nlp, tmp_path):
    texts = {"two.txt": "湖南省财政厅、湖南省农业农村厅联合召开会议。副厅长李明介绍了有关情况。",
             "none.txt": "全省春耕生产现场会召开。副厅长王刚出席会议。"}
    found = posts(kb_of(nlp, tmp_path, texts))
    assert not any(holder in ("李明", "王刚") for holder, _, _ in found), found
