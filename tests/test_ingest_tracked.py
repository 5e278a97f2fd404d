"""Tracked text: replacements and normalisation keep one raw offset per character."""
import re

from kg.ingest.clean import normalise
from kg.ingest.tracked import Tracked


def test_replace_changes_only_matched_characters_and_keeps_offsets():
    text = Tracked.of("a１b２", start=10)
    replaced = text.replace(re.compile("[１２]"), {"１": "1", "２": "2"})
    assert replaced.text == "a1b2"
    assert replaced.offsets == (10, 11, 12, 13)


def test_normalise_maps_odd_spaces_and_breaks_one_for_one_and_drops_invisibles():
    raw = "\u3000第１条\t内容\f下页\r\n末\u200b尾\xa0"
    normal = normalise(raw)
    assert normal.text == " 第1条 内容\n下页\n末尾 "
    dropped = {raw.index("\r"), raw.index("\u200b")}
    assert normal.offsets == tuple(i for i in range(len(raw)) if i not in dropped)
