"""Real and bad inputs through the real `kg build` command: one clear line per bad file, the rest still build.

The helpers here (one shared NLP pipeline, running `kg` in-process, making PDFs) are imported by the other
tests/test_robust_*.py modules.
"""
from __future__ import annotations

import errno
import subprocess
import sys
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pdfs import pdf_file
from rdflib import Graph, Literal
from rdflib.namespace import RDFS, SKOS

import kg.ingest.read
import kg.pipeline
from kg.cli import main
from kg.ingest import read_document
from kg.ingest.split import MAX_SENTENCE
from kg.nlp import make_nlp

GOOD = "浙江省人民政府召开常务会议。\n会议决定任命刘捷为浙江省副省长。\n"


@cache
def shared_nlp():
    """One loaded pipeline for every robustness test (loading takes seconds)."""
    return make_nlp()


@pytest.fixture(autouse=True)
def fast_and_isolated(monkeypatch, tmp_path):
    """Builds use the shared pipeline and a result cache of their own (a cached result would hide the NLP)."""
    monkeypatch.setattr(kg.pipeline, "make_nlp", shared_nlp)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def run_kg(capsys, *args: str) -> tuple[int, list[str]]:
    """Exit code and the meaningful stderr lines of `kg ARGS` (progress bars dropped)."""
    code = main([*args])
    lines = capsys.readouterr().err.replace("\r", "\n").splitlines()
    return code, [line for line in lines if line.startswith("kg:") or "Traceback" in line]


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def blank_pdf(path: Path) -> Path:
    """A real one-page PDF with no text layer at all, as a scanner makes."""
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 200)
    pdf.save(path)
    pdf.close()
    return path


def chinese_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is `text`: the CJK font is not embedded (no font file is needed to
    extract text), and the ToUnicode map turns the two-byte glyph codes back into characters."""
    chars = list(dict.fromkeys(text))
    code = {char: i + 1 for i, char in enumerate(chars)}
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Kg def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange "
            f"{len(chars)} beginbfchar " + " ".join(f"<{code[c]:04X}> <{ord(c):04X}>" for c in chars)
            + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    content = ("BT /F1 12 Tf 20 100 Td <" + "".join(f"{code[c]:04X}" for c in text) + "> Tj ET").encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
               b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
               b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"]
    data = pdf_file(objects)
    return data


# --- one bad input: one line, exit 2 ------------------------------------------------------------------------

BAD_INPUTS = {
    "missing.txt": (None, "no such file"),
    "empty.txt": (b"", "empty file"),
    "image.txt": (bytes(range(256)) * 8, "binary file, not text"),
    "scan.pdf": ("blank-pdf", "PDF has no text layer"),
    "broken.txt": (b"\xef\xbb\xbf\xe6\xb5\x99\xff\xfe\xfd", "cannot decode"),
    "english.txt": (b"Only English here, nothing else.\n", "no Chinese characters"),
    "byline.txt": ("■ 王浩 李明\n".encode(), "no sentences to read"),  # a byline alone: no prose
    "huge.txt": ("one-line", "file too large"),
}


def make_bad(tmp_path: Path, name: str) -> Path:
    data = BAD_INPUTS[name][0]
    path = tmp_path / "in" / name
    if data == "blank-pdf":
        path.parent.mkdir(exist_ok=True)
        return blank_pdf(path)
    if data == "one-line":
        return write(path, GOOD.replace("\n", "").encode() * 100)  # 8 kB on one line, over the limit below
    return path if data is None else write(path, data)


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_a_bad_input_is_one_line_naming_the_file_and_the_reason(tmp_path, capsys, monkeypatch, name):
    monkeypatch.setattr(kg.ingest.read, "MAX_BYTES", 4096)
    path = make_bad(tmp_path, name)
    code, lines = run_kg(capsys, "build", str(path), "--out", "out")
    assert code == 2 and len(lines) == 1
    assert lines[0].startswith(f"kg: error: {path.as_posix()}: {BAD_INPUTS[name][1]}")
    assert not (tmp_path / "out").exists()


def test_the_size_limit_is_a_setting_and_says_how_to_change_it(tmp_path, capsys, monkeypatch):
    path = write(tmp_path / "big.txt", GOOD.encode() * 40_000)  # 3.3 MB
    monkeypatch.setenv("KG_MAX_INPUT_MB", "2")
    code, lines = run_kg(capsys, "build", str(path), "--out", "out")
    assert (code, lines) == (2, [f"kg: error: {path.as_posix()}: file too large (3.51 MB, limit 2.00 MB; "
                                 "set KG_MAX_INPUT_MB to change it)"])
    monkeypatch.setenv("KG_MAX_INPUT_MB", "lots")
    code, lines = run_kg(capsys, "build", str(path), "--out", "out")
    assert (code, lines) == (2, ["kg: error: KG_MAX_INPUT_MB must be a number of megabytes, not 'lots'"])


def test_the_installed_command_prints_no_traceback(tmp_path):
    path = write(tmp_path / "image.txt", bytes(range(256)) * 8)
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(path), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    assert done.stderr == f"kg: error: {path.as_posix()}: binary file, not text\n"


def test_a_read_failure_is_a_clear_error(tmp_path, capsys, monkeypatch):
    path = write(tmp_path / "disk.txt", GOOD.encode())

    def failing_read(self):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", failing_read)
    code, lines = run_kg(capsys, "build", str(path), "--out", "out")
    assert (code, lines) == (2, [f"kg: error: {path.as_posix()}: cannot read (Input/output error)"])


def test_a_folder_without_documents_is_an_error(tmp_path, capsys):
    (tmp_path / "photos").mkdir()
    write(tmp_path / "photos" / "a.png", b"\x89PNG")
    code, lines = run_kg(capsys, "build", "photos", "--out", "out")
    assert (code, lines) == (2, ["kg: error: no text, PDF or HTML file in photos"])


# --- several inputs: bad ones skipped, or --strict stops ----------------------------------------------------

def test_bad_files_are_skipped_and_the_rest_builds(tmp_path, capsys):
    write(tmp_path / "in" / "good.txt", GOOD.encode())
    write(tmp_path / "in" / "empty.txt", b"")
    blank_pdf(tmp_path / "in" / "scan.pdf")
    code, lines = run_kg(capsys, "build", "in", "gone.txt", "--out", "out")
    assert code == 1  # a file was skipped
    assert lines[:3] == ["kg: skipped: gone.txt: no such file or folder",
                         "kg: skipped: in/empty.txt: empty file",
                         "kg: skipped: in/scan.pdf: PDF has no text layer (scanned images only?)"]
    assert lines[3].startswith("kg: 1 document(s)") and len(lines) == 4
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert Literal("in/good.txt") in set(graph.objects())
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0


def test_strict_stops_at_the_first_bad_file(tmp_path, capsys):
    write(tmp_path / "in" / "a.txt", GOOD.encode())
    write(tmp_path / "in" / "b.txt", b"English only.\n")
    write(tmp_path / "in" / "c.txt", b"")
    code, lines = run_kg(capsys, "build", "in", "--out", "out", "--strict")
    assert (code, lines) == (2, ["kg: error: in/b.txt: no Chinese characters"])
    assert not (tmp_path / "out").exists()


def test_all_inputs_bad_is_an_error_after_each_reason(tmp_path, capsys):
    write(tmp_path / "in" / "a.txt", b"")
    write(tmp_path / "in" / "b.txt", b"English only.\n")
    code, lines = run_kg(capsys, "build", "in", "--out", "out")
    assert code == 2
    assert lines == ["kg: skipped: in/a.txt: empty file", "kg: skipped: in/b.txt: no Chinese characters",
                     "kg: error: no readable document among the inputs (2 skipped)"]


def test_files_read_in_workers_come_back_in_order_with_their_errors(tmp_path):
    paths = [write(tmp_path / "a.txt", GOOD.encode()), write(tmp_path / "b.txt", b""),
             write(tmp_path / "c.txt", GOOD.replace("刘捷", "王浩").encode()),
             write(tmp_path / "d.txt", b"English only.\n"), write(tmp_path / "e.txt", GOOD.encode())]
    in_workers = kg.pipeline.read_documents(paths, jobs=2)
    assert [type(outcome).__name__ for outcome in in_workers] == ["Document", "KgError", "Document", "KgError",
                                                                 "Document"]
    assert [str(outcome) for outcome in in_workers[1::2]] == [f"{paths[1].as_posix()}: empty file",
                                                             f"{paths[3].as_posix()}: no Chinese characters"]
    assert in_workers[0::2] == kg.pipeline.read_documents(paths, jobs=1)[0::2]
    assert "王浩" in in_workers[2].text


def test_a_fault_in_kg_while_reading_one_file_is_one_line_naming_it(tmp_path, monkeypatch):
    def broken(*args):
        raise IndexError("list index out of range")
    monkeypatch.setattr(kg.ingest, "split_articles", broken)
    paths = [write(tmp_path / "a.txt", GOOD.encode()), write(tmp_path / "b.txt", GOOD.encode())]
    outcomes = kg.pipeline.read_documents(paths, jobs=2)
    assert [str(o) for o in outcomes] == [f"{p.as_posix()}: internal error while reading (IndexError: list index out "
                                          "of range; KG_DEBUG=1 shows the traceback)" for p in paths]


# --- a large file on one line -------------------------------------------------------------------------------

def test_a_long_line_without_punctuation_is_cut_into_bounded_sentences(tmp_path):
    # 200,000 characters on one line, no full stop, no comma: reads in about a second (the search for PDF
    # bold doubling skips long lines), and the NLP never gets a sentence longer than MAX_SENTENCE.
    line = "浙江省人民政府召开常务会议会议决定任命刘捷为浙江省副省长" * 7_000
    document = read_document(write(tmp_path / "line.txt", line.encode()), "line.txt")
    sentences = [s for a in document.articles for s in a.sentences]
    assert document.text == line + "\n"  # blocks end with a line break
    assert max(len(s.text) for s in sentences) == MAX_SENTENCE
    assert "".join(s.text for s in sentences) == line
    assert all(document.text[s.start:s.end] == s.text for s in sentences)


def test_a_repeated_long_line_is_not_mistaken_for_bold_doubling(tmp_path):
    line = GOOD.replace("\n", "") * 2_000  # the same two sentences again and again: real text, kept whole
    document = read_document(write(tmp_path / "line.txt", line.encode()), "line.txt")
    assert document.text == line + "\n"
    assert sum(len(a.sentences) for a in document.articles) == 4_000


# --- a folder of everything ---------------------------------------------------------------------------------

TRADITIONAL = "國務院總理在廣東省考察。\n廣東省人民政府召開常務會議。\n"


def test_a_mixed_folder_builds_every_file(tmp_path, capsys):
    folder = tmp_path / "mixed"
    write(folder / "utf8.txt", "杭州市人民政府召开会议。\n".encode("utf-8"))
    write(folder / "bom.txt", "宁波市人民政府召开会议。\n".encode("utf-8-sig"))
    write(folder / "utf16.txt", "温州市人民政府召开会议。\n".encode("utf-16"))
    write(folder / "gbk.txt", "绍兴市人民政府召开会议。\n".encode("gbk"))
    write(folder / "page.html", ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>新闻</title>"
                                 "<script>var x='湖州市';</script></head><body><nav>首页</nav>"
                                 "<p>嘉兴市人民政府召开会议。</p></body></html>").encode("utf-8"))
    write(folder / "trad.txt", TRADITIONAL.encode("big5"))
    write(folder / "paper.pdf", chinese_pdf("金华市人民政府召开会议。"))
    code, lines = run_kg(capsys, "build", "mixed", "--out", "out")
    assert code == 0 and lines[0].startswith("kg: 7 document(s)")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(label) for label in graph.objects(None, RDFS.label)}
    assert {f"{city}人民政府" for city in ("杭州市", "宁波市", "温州市", "绍兴市", "嘉兴市", "金华市")} <= labels
    assert not any("湖州" in label for label in labels)  # script text is not document text
    # Entities of the Traditional text keep its own writing; the Simplified form is an alias. (Places of the
    # gazetteer are labelled by their official name, with the text's writing as the alias.)
    for written, simplified in (("國務院", "国务院"), ("廣東省人民政府", "广东省人民政府")):
        entity = next(graph.subjects(RDFS.label, Literal(written, lang="zh")))
        assert Literal(simplified, lang="zh") in set(graph.objects(entity, SKOS.altLabel))
        assert not set(graph.subjects(RDFS.label, Literal(simplified, lang="zh")))
    assert Literal("廣東省", lang="zh") in set(graph.objects(None, SKOS.altLabel))
