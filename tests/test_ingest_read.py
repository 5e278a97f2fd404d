"""Reading files: encodings, HTML, PDF, Traditional Chinese, file lists and every error case."""
from pathlib import Path

import pytest
from pdfs import pdf_file

from kg.errors import KgError
from kg.ingest import iter_input_files, read_document
from kg.ingest.read import MAX_BYTES, html_text

TEXT = "浙江省人民政府召开常务会议。\n会议决定任命刘捷为浙江省副省长。\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data", [
    ("utf8.txt", TEXT.encode("utf-8")),
    ("bom.txt", TEXT.encode("utf-8-sig")),
    ("gbk.txt", TEXT.encode("gbk")),
    ("gb18030.txt", TEXT.encode("gb18030")),
    ("utf16.txt", TEXT.encode("utf-16")),  # with BOM
    ("utf16le.txt", TEXT.encode("utf-16-le")),  # without BOM
    ("utf16be.txt", TEXT.encode("utf-16-be")),
])
def test_encodings_are_detected(tmp_path, name, data):
    document = read_document(write(tmp_path, name, data), name)
    assert document.raw == TEXT
    assert [s.text for a in document.articles for s in a.sentences] == [
        "浙江省人民政府召开常务会议。", "会议决定任命刘捷为浙江省副省长。"]
    assert document.source == name


def test_a_plain_text_is_one_article_titled_by_its_first_line(tmp_path):
    document = read_document(write(tmp_path, "news.txt", TEXT.encode()), "news.txt")
    assert len(document.articles) == 1
    assert document.articles[0].title == "浙江省人民政府召开常务会议。"
    assert document.articles[0].kind == "article"


def test_html_drops_page_furniture_and_keeps_blocks(tmp_path):
    html = ("<!DOCTYPE html><html><head><title>标题</title><style>p{color:red}</style></head><body>"
            "<header>网站导航</header><nav>首页 新闻</nav><h1>浙江新闻</h1>"
            "<p>浙江省人民政府召开<b>常务会议</b>。</p><div>会议决定任命刘捷为浙江省副省长。</div>"
            "<script>var x = '脚本';</script><footer>版权所有</footer></body></html>")
    document = read_document(write(tmp_path, "page.html", html.encode("utf-8")), "page.html")
    assert document.raw == "浙江新闻\n浙江省人民政府召开常务会议。\n会议决定任命刘捷为浙江省副省长。"
    assert html_text("<p>a &amp; b</p><br>c") == "a & b\nc"


def test_traditional_text_gets_a_simplified_twin(tmp_path):
    text = "臺灣地區經濟發展與環境保護並重，國務院總理發表講話。\n"
    document = read_document(write(tmp_path, "trad.txt", text.encode("big5")), "trad.txt")
    assert document.text == text  # blocks end with a line break
    assert document.simplified == "台湾地区经济发展与环境保护并重，国务院总理发表讲话。\n"
    assert len(document.simplified) == len(document.text)
    assert read_document(write(tmp_path, "simp.txt", TEXT.encode()), "simp.txt").simplified is None


def _pdf(path: Path, text: str | None) -> Path:
    """A one-page PDF, with an ASCII text layer or none."""
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode() if text else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    data = pdf_file(objects)
    path.write_bytes(data)
    return path


def test_pdf_text_layer_is_read(tmp_path):
    from kg.ingest.read import pdf_text

    path = _pdf(tmp_path / "a.pdf", "Hello PDF")
    assert pdf_text(path.read_bytes(), "a.pdf").strip() == "Hello PDF"
    with pytest.raises(KgError, match="a.pdf: no Chinese characters"):
        read_document(path, "a.pdf")


@pytest.mark.parametrize("make, reason", [
    (lambda tmp: tmp / "missing.txt", "no such file"),
    (lambda tmp: write(tmp, "empty.txt", b""), "empty file"),
    (lambda tmp: write(tmp, "image.txt", bytes(range(256)) * 8), "binary file"),
    (lambda tmp: _pdf(tmp / "scan.pdf", None), "no text layer"),
    (lambda tmp: write(tmp, "english.txt", b"Only English here.\n"), "no Chinese characters"),
    (lambda tmp: write(tmp, "broken.txt", b"\xef\xbb\xbf\xe6\xb5\x99\xff\xfe\xfd"), "cannot decode"),
])
def test_errors_are_one_line_naming_the_file(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(KgError) as error:
        read_document(path, path.name)
    message = str(error.value)
    assert message.startswith(path.name + ":") and reason in message and "\n" not in message


def test_a_file_over_50_mb_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(KgError, match="huge.txt: file too large"):
        read_document(path, "huge.txt")


def test_input_files_expand_folders_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("中")
    (tmp_path / "b" / "a.html").write_text("中")
    (tmp_path / "b" / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-")
    single = tmp_path / "single.md"
    single.write_text("中")
    files = iter_input_files([single, tmp_path / "b", tmp_path, single])
    assert files == [single, tmp_path / "b" / "a.html", tmp_path / "b" / "z.txt", tmp_path / "a.pdf"]
    with pytest.raises(KgError, match="nowhere: no such file or folder"):
        iter_input_files([Path("nowhere")])
