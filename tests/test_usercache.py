"""Tables derived from the data packages, kept in the user cache between runs."""
from __future__ import annotations

import pytest

from kg import usercache
from kg.gazetteer import build_gazetteer, load_gazetteer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    return tmp_path / "derived"


def test_a_table_is_built_once_then_read_back(cache):
    calls = []

    def build():
        calls.append(1)
        return {"鼓楼区": ("320106|350102", "full")}

    first = usercache.derived("index", "data 1.0", build)
    second = usercache.derived("index", "data 1.0", build)
    assert first == second == {"鼓楼区": ("320106|350102", "full")}
    assert len(calls) == 1
    assert len(list(cache.glob("index-*.pickle"))) == 1


def test_a_new_data_version_builds_again_and_drops_the_old_table(cache):
    usercache.derived("index", "data 1.0", lambda: "old")
    assert usercache.derived("index", "data 2.0", lambda: "new") == "new"
    assert len(list(cache.glob("index-*.pickle"))) == 1
    assert usercache.derived("index", "data 2.0", lambda: "built again") == "new"


def test_a_damaged_table_is_built_again(cache):
    usercache.derived("index", "data 1.0", lambda: "good")
    (path,) = cache.glob("index-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle")
    assert usercache.derived("index", "data 1.0", lambda: "rebuilt") == "rebuilt"
    assert usercache.derived("index", "data 1.0", lambda: "not asked") == "rebuilt"


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked))
    assert usercache.derived("index", "data 1.0", lambda: "built") == "built"


def test_the_gazetteer_read_back_is_the_one_built(cache):
    built = build_gazetteer("test")
    loaded = usercache.derived("gazetteer", "test", lambda: build_gazetteer("test"))
    again = usercache.derived("gazetteer", "test", lambda: pytest.fail("read from the cache"))
    assert len(again) == len(loaded) == len(built) == len(load_gazetteer())
    assert [d.adcode for d in again.lookup("鼓楼区")] == [d.adcode for d in built.lookup("鼓楼区")]
    assert again.stem_index()[1] == built.stem_index()[1]
    assert again.child_opening("北仑港", ["330200"])[0].name == "北仑区"


def test_a_failed_write_leaves_no_temporary_file(cache, monkeypatch):
    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(usercache.os, "replace", full_disk)
    assert usercache.derived("index", "data 1.0", lambda: "built") == "built"
    assert list(cache.iterdir()) == []
