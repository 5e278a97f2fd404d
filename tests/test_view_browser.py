"""The HTML graph in a real browser: Debian's chromium, headless, network off, page loaded from a file.

The page has a test hook: with `#kg-test=search:NAME` in its address it searches NAME once the layout has
settled and writes what happened (pixels drawn, node selected, errors, alerts) into `#kg-test-status`, which
`--dump-dom` prints. chromium is required: CI installs it (`apt-get install chromium`), so a missing browser
is a failure, not a skip.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import pytest
from rdflib import Graph

from kg.view import render_html
from kg.vocab import KGR

SAMPLE = Path(__file__).parent / "data" / "view_sample.ttl"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Network off: no name resolves and every proxied request goes to a closed port.
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--virtual-time-budget=20000",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.fail("chromium is not installed (apt-get install chromium): the browser test cannot run")


def page_status(page: Path, search: str, profile: Path) -> dict:
    address = page.as_uri() + "#kg-test=" + urllib.parse.quote("search:" + search)
    result = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", address],
        capture_output=True, text=True, timeout=120, check=True,
    )
    found = re.search(r'<pre id="kg-test-status"[^>]*>(.*?)</pre>', result.stdout, re.DOTALL)
    assert found and found.group(1), f"the page wrote no test status; chromium said: {result.stderr[-2000:]}"
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(SAMPLE)


@pytest.mark.parametrize("search, entity", [
    ("王明", "person/aaaaaaaaaaaa"),  # a label, by substring
    ("成都", "place/510100"),  # an alias
    ("单引号", "organization/eeeeeeeeeeee"),  # the hostile label
])
def test_page_draws_and_search_selects_the_node(graph, tmp_path, search, entity):
    page = tmp_path / "graph.html"
    render_html(graph, page)
    status = page_status(page, search, tmp_path / "profile")
    assert status["errors"] == []
    assert status["alerts"] == []  # no document text ran as script
    assert status["drawnPixels"] > 1000  # the canvas is not blank
    assert status["selected"] == [str(KGR[entity])]
    assert status["visibleNodes"] == 12


def test_evidence_shows_as_text(graph, tmp_path):
    page = tmp_path / "graph.html"
    render_html(graph, page)
    status = page_status(page, "王明远", tmp_path / "profile")
    assert "会议决定任命王明远为四川省副省长。<img src=x onerror=alert(2)>" in status["details"]
    assert status["alerts"] == [] and status["errors"] == []


def test_search_reveals_a_node_outside_the_default_view(graph, tmp_path):
    page = tmp_path / "graph.html"
    render_html(graph, page, max_default_nodes=3)
    status = page_status(page, "新质生产力", tmp_path / "profile")  # no relations: never among the top 3
    assert status["errors"] == []
    assert status["selected"] == [str(KGR["concept/444444444444"])]
    assert status["visibleNodes"] == 4
