import datetime as dt

from kg.extract.base import SentenceContext
from kg.extract.dates import find_dates, sentence_dates, without_dates
from kg.model import Article, Document, Sentence


def context(sentences: list[str], date: dt.date | None = None, index: int = -1) -> SentenceContext:
    text = "".join(sentences)
    document = Document("t.txt", text, text, list(range(len(text) + 1)), "0", date)
    article = Article(0, "article", "t", 0, len(text))
    start = 0
    for s in sentences:
        article.sentences.append(Sentence(s, start, start + len(s)))
        start += len(s)
    return SentenceContext(document, article, article.sentences[index])


def test_full_date_and_day_range():
    [d] = find_dates("2024年12月18日至19日，四川省", None)
    assert (d.text, d.begin, d.finish, d.last) == ("2024年12月18日至19日", "2024-12-18", "2024-12-19", "2024-12-19")


def test_yearless_and_relative_dates_use_the_base_year():
    assert [d.begin for d in find_dates("12月26日上午", 2023)] == ["2023-12-26"]
    assert [d.begin for d in find_dates("明年3月", 2023)] == ["2024-03"]
    assert [d.begin for d in find_dates("去年", 2023)] == ["2022"]
    assert [d.begin for d in find_dates("12月26日", None)] == [""]


def test_range_across_the_new_year_and_month_ranges():
    [d] = find_dates("12月30日至1月2日", 2023)
    assert (d.begin, d.finish) == ("2023-12-30", "2024-01-02")
    [d] = find_dates("2023年1—11月", None)
    assert (d.begin, d.finish) == ("2023-01", "2023-11")


def test_explicit_year_becomes_the_base_of_later_dates():
    assert [d.begin for d in find_dates("2022年5月签约，6月1日开工", None)] == ["2022-05", "2022-06-01"]


def test_without_document_date_the_articles_latest_year_is_the_base():
    ctx = context(["2021年，成都市启动改革。", "3月5日，郫都区开展试点。"])
    assert [d.begin for d in sentence_dates(ctx)] == ["2021-03-05"]


def test_document_date_wins_over_the_article():
    ctx = context(["2021年，成都市启动改革。", "今年，郫都区开展试点。"], dt.date(2023, 6, 1))
    assert [d.begin for d in sentence_dates(ctx)] == ["2023"]


def test_sentences_referring_back_to_a_meeting_take_its_dates():
    ctx = context(["7月26日至27日，省人大常委会会议在成都举行。", "会议决定任命甲。", "会议决定，免去乙。"], None)
    assert [d.last for d in sentence_dates(ctx)] == [""]  # no year anywhere
    ctx = context(["2023年7月26日至27日，会议在成都举行。", "会议决定任命甲。", "会议决定，免去乙。"])
    assert [d.last for d in sentence_dates(ctx)] == ["2023-07-27"]
    assert sentence_dates(context(["2023年7月，会议举行。", "省政府决定免去乙。"])) == []


def test_a_sentence_after_a_semicolon_goes_on_at_the_same_date():
    ctx = context(["南宁市人大常委会于2022年3月30日决定：任命甲为副市长；", "免去乙的副市长职务。"])
    assert [d.last for d in sentence_dates(ctx)] == ["2022-03-30"]
    assert sentence_dates(context(["2022年3月30日，会议举行。", "免去乙的副市长职务。"])) == []
    assert sentence_dates(context(["2018年3月，张三任县长；", "后调任市委书记。"])) == []  # no list item


def test_without_dates_cuts_them_out():
    assert without_dates("于2024年3月1日联合印发") == "于联合印发"
