"""Bytes to text: size and type checks, encoding detection, PDF text layer, HTML text."""
from __future__ import annotations

import codecs
import os
from html.parser import HTMLParser
from pathlib import Path

from ..errors import KgError

# Cleaning keeps one raw offset per character, so a file costs about 60 times its size in memory while it is
# read (a 10 MB file on one line peaks at 580 MB), and the NLP reads about 8,000 characters a second: larger
# inputs are refused with the reason. KG_MAX_INPUT_MB overrides the limit.
MAX_BYTES = 20 * 1024 * 1024
PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES

# Control characters that never occur in text files; many of them mean a binary file.
_TEXT_CONTROLS = {ord(c) for c in "\t\n\r\f\v\x1b"}


def read_bytes(path: Path, name: str) -> bytes:
    if not path.exists():
        raise KgError(f"{name}: no such file")
    if not path.is_file():
        raise KgError(f"{name}: not a regular file")
    size, limit = path.stat().st_size, max_bytes()
    if size > limit:
        raise KgError(f"{name}: file too large ({_megabytes(size)}, limit {_megabytes(limit)}; "
                      "set KG_MAX_INPUT_MB to change it)")
    if size == 0:
        raise KgError(f"{name}: empty file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise KgError(f"{name}: cannot read ({error.strerror or error})") from None


def max_bytes() -> int:
    setting = os.environ.get("KG_MAX_INPUT_MB")
    if not setting:
        return MAX_BYTES
    try:
        return int(float(setting) * 1024 * 1024)
    except ValueError:
        raise KgError(f"KG_MAX_INPUT_MB must be a number of megabytes, not {setting!r}") from None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.{0 if size >= 10 * 1024 * 1024 else 2}f} MB"


def read_text(path: Path, data: bytes, name: str) -> str:
    """The document's text: PDF text layer, HTML visible text, or the decoded plain text."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        return pdf_text(data, name)
    text = decode(data, name)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        return html_text(text)
    return text


# --- decoding -------------------------------------------------------------------------------------------------

def decode(data: bytes, name: str) -> str:
    """Detect the encoding (BOMs, UTF-16 without BOM, UTF-8, GB18030, then charset-normalizer)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, encoding, name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    if _is_binary(data):
        raise KgError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8")  # valid UTF-8 is almost never a legacy encoding by accident
    except UnicodeDecodeError:
        pass
    # GB18030 decodes any GBK/GB2312 text, but also Big5 bytes into nonsense: keep the cleaner reading.
    readings = []
    for encoding in ("gb18030", "big5"):
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    if readings:
        return min(readings, key=_oddness)
    return _guess(data, name)


def _oddness(text: str) -> int:
    """Private-use and unassigned-looking characters: the marks of a wrong legacy encoding."""
    return sum(1 for c in text if 0xE000 <= ord(c) <= 0xF8FF or c == "\ufffd")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise KgError(f"{name}: cannot decode as {encoding} ({error.reason} at byte {error.start})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text shows NUL bytes on one side of most ASCII characters and no NUL pairs."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, other, encoding in ((odd_nuls, even_nuls, "utf-16-le"), (even_nuls, odd_nuls, "utf-16-be")):
        if nuls > half * 0.2 and other < half * 0.02 and _decodes_to_text(sample, encoding):
            return encoding
    # Chinese UTF-16 has few NULs: accept it when it decodes cleanly to mostly CJK text.
    for encoding in ("utf-16-le", "utf-16-be"):
        if _mostly_cjk(sample, encoding):
            try:
                data.decode("utf-8")
                return None
            except UnicodeDecodeError:
                return encoding
    return None


def _decodes_to_text(sample: bytes, encoding: str) -> bool:
    text = sample.decode(encoding, errors="replace")
    return text.count("\ufffd") <= 1 and not any(ord(c) < 32 and ord(c) not in _TEXT_CONTROLS for c in text)


def _mostly_cjk(sample: bytes, encoding: str) -> bool:
    text = sample.decode(encoding, errors="replace")
    return bool(text) and sum(is_han(c) or c in "，。、" for c in text) > 0.6 * len(text)


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return controls > len(sample) * 0.05


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise KgError(f"{name}: cannot decode (unknown text encoding)")
    return str(best)


def is_han(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F or 0xF900 <= code <= 0xFAFF


# --- PDF ------------------------------------------------------------------------------------------------------

def pdf_text(data: bytes, name: str) -> str:
    """The PDF's text layer, pages separated by form feeds (scanned PDFs have none: we do no OCR)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise KgError(f"{name}: cannot open PDF ({error})") from None
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    text = "\f".join(pages)
    if not text.strip():
        raise KgError(f"{name}: PDF has no text layer (scanned images only?)")
    return text


# --- HTML -----------------------------------------------------------------------------------------------------

def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


class _VisibleText(HTMLParser):
    """Collects visible text; page furniture is dropped and block elements become line breaks."""

    SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "head", "aside", "form"}
    VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
              "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "figure", "figcaption", "main", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Source line breaks inside a block are layout, not text.
            self.parts.append(" ".join(data.split("\n")))


def html_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
