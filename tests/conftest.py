"""Fixtures shared by the test modules: one loaded NLP pipeline, one build of the seed."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built once, as `kg build seeds/ --out DIR` does: (report, output folder)."""
    from kg.build import build
    from kg.pipeline import ResultCache

    out = tmp_path_factory.mktemp("seed-output")
    report = build([SEEDS], out, quiet=True, cache=ResultCache(tmp_path_factory.mktemp("cache")))
    return report, out
