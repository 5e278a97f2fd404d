"""Ingest on the seed and on snippets cut from it: cleaning, offsets, articles, sentences."""
from pathlib import Path

import pytest

from kg.ingest import read_document
from kg.ingest.clean import clean
from kg.ingest.split import split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_bef34f75b279d892.txt"


@pytest.fixture(scope="module")
def seed():
    return read_document(SEED, "seeds/000_bef34f75b279d892.txt")


def blocks(raw: str) -> list[tuple[str, str]]:
    cleaned = clean(raw)
    return [(b.kind, b.text) for b in cleaned.blocks]


def texts(raw: str) -> list[str]:
    return [text for _, text in blocks(raw)]


# --- cleaning -------------------------------------------------------------------------------------------------

def test_broken_lines_are_joined_into_one_paragraph():
    raw = "一要强化都市圈辐射带动。唱好杭\n\n甬“双城记”，支持温州打造“全省\n\n第三极”，支持金义都市区加快发\n\n展。\n"
    assert texts(raw) == ["一要强化都市圈辐射带动。唱好杭甬“双城记”，支持温州打造“全省第三极”，支持金义都市区加快发展。"]


def test_paragraph_ends_and_short_headings_stay_apart():
    raw = ("力缩小县与县、县与区、岛与岛、\n\n城与乡的差距，通过谋划实施一\n\n出了一条独具海岛特色的共富之\n\n路。\n\n"
           "推进人口集聚\n\n加快提升大岛承载能力\n\n2024年5月起，舟山市普陀区\n\n虾峙镇大双山岛上的51名老人乔\n\n"
           "迁至虾峙本岛的离岛安养驿站，\n\n开启晚年新生活。\n")
    assert blocks(raw) == [
        ("para", "力缩小县与县、县与区、岛与岛、城与乡的差距，通过谋划实施一出了一条独具海岛特色的共富之路。"),
        ("heading", "推进人口集聚"),
        ("heading", "加快提升大岛承载能力"),
        ("para", "2024年5月起，舟山市普陀区虾峙镇大双山岛上的51名老人乔迁至虾峙本岛的离岛安养驿站，开启晚年新生活。"),
    ]


def test_an_authors_role_under_the_byline_ends_at_its_short_last_line():
    # Unpunctuated, the role ran on into the next paragraph: 局长习近平总书记… made a bureau chief of him.
    raw = ("■李文华\n\n辽宁省委农办主任，省农业农村\n\n厅党组书记、厅长，省乡村振兴局\n\n局长\n\n"
           "习近平总书记高度重视乡村振兴\n\n工作，多次作出重要指示批示，为\n\n做好新时代“三农”工作指明了方\n\n向。\n")
    assert blocks(raw) == [
        ("byline", "■李文华"),
        ("para", "辽宁省委农办主任，省农业农村厅党组书记、厅长，省乡村振兴局局长"),
        ("para", "习近平总书记高度重视乡村振兴工作，多次作出重要指示批示，为做好新时代“三农”工作指明了方向。"),
    ]


def test_a_signed_articles_line_of_posts_and_name_ends_what_it_closes():
    # The body's first line ran into the name: 陈晓东仁化县 gave the model a person 陈晓.
    raw = ("以乡村振兴为牵引\n\n奋力绘就丹霞山下和美乡村新画卷\n\n中共仁化县委书记 陈晓东\n\n"
           "仁化县位于广东省北部、韶关\n\n市东北部，境内有世界自然\n\n遗产丹霞山。\n")
    paragraphs = [text for kind, text in blocks(raw) if kind == "para"]
    assert paragraphs[-1] == "仁化县位于广东省北部、韶关市东北部，境内有世界自然遗产丹霞山。"
    assert paragraphs[-2].endswith("中共仁化县委书记 陈晓东")
    # A line of prose ending with a name after a space is no signature: it runs on.
    prose = "今天出席会议的有 李明\n\n王华等同志，会议由市委副书\n\n记主持。\n"
    assert [text for kind, text in blocks(prose) if kind == "para"] == ["今天出席会议的有李明王华等同志，会议由市委副书记主持。"]


def test_text_with_one_paragraph_per_line_is_not_joined_like_pdf_lines():
    raw = ("四川省人民政府关于加强耕地保护的通知\n各市（州）人民政府，省政府各部门：\n"
           "为贯彻落实国家有关部署，现就有关事项通知如下。\n一、压实地方责任\n"
           "各地要把耕地保护作为重大政治责任，严格落实耕地保护目标。\n四川省人民政府\n2023年5月6日\n")
    assert blocks(raw) == [
        ("heading", "四川省人民政府关于加强耕地保护的通知"),
        ("para", "各市（州）人民政府，省政府各部门："),
        ("para", "为贯彻落实国家有关部署，现就有关事项通知如下。"),
        ("para", "一、压实地方责任"),  # a numbered heading holds a 、: a line of its own all the same
        ("para", "各地要把耕地保护作为重大政治责任，严格落实耕地保护目标。"),
        ("heading", "四川省人民政府"),
        ("heading", "2023年5月6日"),
    ]


def test_an_articles_title_is_read_as_a_sentence_too(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("甘肃三部门联合印发奖补资金管理办法\n近日，省财政厅印发《甘肃省奖补资金管理办法》。\n", encoding="utf-8")
    article = read_document(path, "news.txt").articles[0]
    assert article.title == "甘肃三部门联合印发奖补资金管理办法"
    assert [s.text for s in article.sentences] == ["甘肃三部门联合印发奖补资金管理办法", "近日，省财政厅印发《甘肃省奖补资金管理办法》。"]


def test_page_furniture_does_not_glue_into_the_sentence():
    # 本期关注 is known as a running head because it repeats on the pages.
    raw = ("本期关注\n\n共同富裕先行示范是一场社会变革。\n\n理想照进现实的科学路径。“八八\n\n本期关注\n\n长兴县美丽乡村长兴县美丽乡村 钱昕彤钱昕彤 摄摄\n\n本期关注\n\n"
           "战略”实施20多年来，城乡居民收\n\n入倍差从2.37缩小到1.83。\n")
    assert blocks(raw)[2:] == [
        ("para", "理想照进现实的科学路径。“八八战略”实施20多年来，城乡居民收入倍差从2.37缩小到1.83。"),
        ("column", "本期关注"),
        ("credit", "长兴县美丽乡村 钱昕彤 摄"),
        ("column", "本期关注"),
    ]


@pytest.mark.parametrize("line, expected", [
    ("““千万工程千万工程””牵引缩小牵引缩小““三大差距三大差距””", "“千万工程”牵引缩小“三大差距”"),
    ("行政检查计划统筹的行政检查计划统筹的 宁波探索宁波探索", "行政检查计划统筹的宁波探索"),
    ("长兴县美丽乡村长兴县美丽乡村 钱昕彤钱昕彤 摄摄", "长兴县美丽乡村 钱昕彤 摄"),
    ("卢卢 颖颖 摄摄", "卢颖 摄"),
    ("杭州宇树科技杭州宇树科技GG11型人形机器人与观众互动型人形机器人与观众互动", "杭州宇树科技G1型人形机器人与观众互动"),
    ("走好与世界相约相融的走好与世界相约相融的开放创新之路", "走好与世界相约相融的开放创新之路"),
])
def test_doubled_bold_text_is_collapsed(line, expected):
    assert texts(f"上一段结束。\n{line}\n") == ["上一段结束。", expected]


def test_doubled_caption_after_prose_is_cut_off():
    assert texts("亿元。宁波市开展宁波市开展““预约式预约式””涉企指导服务涉企指导服务\n") == [
        "亿元。", "宁波市开展“预约式”涉企指导服务"]


@pytest.mark.parametrize("prose", [
    "他们一再说谢谢谢谢，常常来看一看。",
    "村里1100多名60岁以上的老人，人人参与、人人共享。",
    "初步形成包括“总论、1个理论体系、6大思想、系列重要思想、系列重要论述”在内的核心课程架构。",
])
def test_real_repetition_is_untouched(prose):
    assert texts(prose + "\n") == [prose]


def test_prose_repetition_across_a_line_break_is_untouched():
    raw = "成包括“总论、1个理论体系、6大\n\n思想、系列重要思想、系列重要论\n\n述”在内的核心课程架构。\n"
    assert texts(raw) == ["成包括“总论、1个理论体系、6大思想、系列重要思想、系列重要论述”在内的核心课程架构。"]


def test_spaces_inside_words_and_names_are_removed():
    raw = "上文。\n党 的 建 设\n中共中央政治局于 12月 26日至 27 日召开民主生活会，围绕“ 成 长 的 烦 恼 ”研究。\n"
    assert texts(raw) == ["上文。", "党的建设", "中共中央政治局于12月26日至27日召开民主生活会，围绕“成长的烦恼”研究。"]


def test_full_width_digits_and_letters_become_ascii_but_punctuation_stays():
    assert texts("派出８批次１３名干部参与ＡＩ结对帮扶，效果好。\n") == ["派出8批次13名干部参与AI结对帮扶，效果好。"]


@pytest.mark.parametrize("byline, names", [
    ("■马跃明 岑文华 沈佳薇", ["马跃明", "岑文华", "沈佳薇"]),
    ("■王 甲 季文伟", ["王甲", "季文伟"]),
    ("■金华珊 吕斌奎 王 聪", ["金华珊", "吕斌奎", "王聪"]),
    ("■叶 慧 刘 婷", ["叶慧", "刘婷"]),
])
def test_bylines_split_into_authors(byline, names):
    cleaned = clean(f"标题\n{byline}\n")
    block = cleaned.blocks[-1]
    assert block.kind == "byline" and block.names == names
    assert block.text == "■" + " ".join(names)


def test_roles_in_a_byline_are_not_authors():
    block = clean("标题\n■本报记者 韩晓东 实习生 宋 佳\n").blocks[-1]
    assert block.kind == "byline" and block.names == ["韩晓东", "宋佳"]


@pytest.mark.parametrize("byline, names", [
    ("文/本刊记者 郑晓岚 图/吴 涛", ["郑晓岚", "吴涛"]),
    ("文｜周海燕", ["周海燕"]),
    ("撰文：本报记者 林小川 摄影：黄 杰", ["林小川", "黄杰"]),
])
def test_a_magazines_byline_labels_what_each_made(byline, names):
    block = clean(f"标题\n{byline}\n正文第一句。\n").blocks[1]
    assert block.kind == "byline" and block.names == names


def test_a_contents_line_or_a_labelled_caption_is_no_labelled_byline():
    assert clean("12 乡村振兴的金华实践/本刊记者 王某\n").blocks[0].kind == "entry"
    assert clean("标题\n图｜航拍古镇\n正文第一句。\n").blocks[1].kind != "byline"


def test_photo_credits_name_the_photographers():
    block = clean("彭 鹏 董旭明 摄\n").blocks[0]
    assert (block.kind, block.text, block.names) == ("credit", "彭鹏 董旭明 摄", ["彭鹏", "董旭明"])


def test_sentences_keep_closing_quotes_and_split_long_ones_at_commas():
    text = "他说：“好。”然后走了！第三句；" + "很长的一句话，" * 60 + "完。"
    sentences = split_sentences(text, 0, len(text))
    assert [s.text for s in sentences[:3]] == ["他说：“好。”", "然后走了！", "第三句；"]
    assert all(text[s.start:s.end] == s.text and s.text for s in sentences)
    assert max(len(s.text) for s in sentences) <= 300


# --- the seed -------------------------------------------------------------------------------------------------

def test_seed_offsets_map_back_to_the_raw_text(seed):
    assert len(seed.offsets) == len(seed.text) + 1
    mismatches = [i for i, char in enumerate(seed.text) if seed.raw[seed.offsets[i]] != char]
    # Only characters the cleaning normalised (one full-width digit in the seed) differ.
    assert all(seed.raw[seed.offsets[i]] in "０１２３４５６７８９" for i in mismatches)


def test_seed_articles_titles_and_authors(seed):
    articles = [a for a in seed.articles if a.kind == "article"]
    assert len(articles) == 26
    by_title = {a.title: a for a in articles}
    assert by_title["做大分好共同富裕的“蛋糕”"].authors == ["马跃明", "岑文华", "沈佳薇"]
    assert by_title["做大分好共同富裕的“蛋糕”"].subtitle == "浙江探索以“千万工程”牵引缩小“三大差距”综述"
    assert by_title["做大分好共同富裕的“蛋糕”"].column == "本期关注"
    assert by_title["行政检查计划统筹的宁波探索"].authors == ["沈华军"]
    assert by_title["红色学府赋能共富探路先行"].authors == ["王甲", "季文伟"]
    assert by_title["描绘产城融合生态共富新图景"].authors == ["朱智翔", "俞萍", "俞夏冰"]
    assert by_title["以“千万工程”牵引城乡融合发展缩小“三大差距”推进共同富裕先行示范"].authors == ["王浩"]
    assert by_title["百叶龙腾舞神州"].authors == ["今哲"]


def test_seed_contents_and_index_are_parts_of_their_own(seed):
    kinds = [a.kind for a in seed.articles]
    assert kinds.count("toc") == 1 and kinds.count("index") == 1
    index = next(a for a in seed.articles if a.kind == "index")
    assert seed.text[index.start:index.end].startswith("第1期")
    assert "虽小事不可启其端/王奇" in seed.text[index.start:index.end]
    assert not index.sentences
    toc = next(a for a in seed.articles if a.kind == "toc")
    assert "44行政检查计划统筹的宁波探索/本刊记者 沈华军" in seed.text[toc.start:toc.end]


def test_seed_sentences(seed):
    sentences = [s for a in seed.articles for s in a.sentences]
    assert all(s.text.strip() and seed.text[s.start:s.end] == s.text for s in sentences)
    assert all(len(s.text) <= 300 for s in sentences)
    texts = {s.text for s in sentences}
    assert "会议决定任命刘捷为浙江省副省长，决定其代理浙江省省长职务。" in texts
    # Bylines are no sentences; photo credits are (the caption names places, the credit the photographer).
    assert not any(s.text.startswith("■") for s in sentences)
    assert "长兴县美丽乡村 钱昕彤 摄" in texts


def test_seed_metadata(seed):
    assert seed.sha256 == __import__("hashlib").sha256(SEED.read_bytes()).hexdigest()
    assert seed.date is not None and seed.date.year == 2024
    assert seed.simplified is None
