"""The per-user cache folder, and tables derived from the data packages kept there between runs.

Building the gazetteer's indexes from the division list costs about a second at every start (more than the
rest of a small build's overhead); reading them back pickled costs a third of that. A derived table is keyed by
kg's own code and data (any change to a rule or lexicon builds it again) and by the data package's version.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """$KG_CACHE_DIR, else kg/ under $XDG_CACHE_HOME or ~/.cache."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


@cache
def pipeline_version() -> str:
    """A hash of kg's own code and data: any change to rules or lexicons invalidates cached results."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".txt", ".json", ".tsv"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def derived(name: str, data_version: str, build: Callable[[], T]) -> T:
    """build()'s value, kept pickled in the cache folder under this version of kg and of the data. A missing,
    stale or unreadable file is built again; a cache folder that cannot be written only costs the time."""
    folder = cache_dir() / "derived"
    key = hashlib.sha256(f"{pipeline_version()} {data_version}".encode()).hexdigest()[:16]
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # noqa: BLE001  (a missing, damaged or foreign file: whatever unpickling met, build again)
        pass
    value = build()
    try:
        _replace(folder, path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
    return value


def _replace(folder: Path, path: Path, data: bytes) -> None:
    """Write the file whole (another process may be reading or writing the same name) and drop the tables of
    earlier versions."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # pickles: only this user writes what is read back
    with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False) as stream:
        try:
            stream.write(data)
            stream.close()
            os.replace(stream.name, path)
        except BaseException:
            Path(stream.name).unlink(missing_ok=True)
            raise
    for earlier in folder.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
        if earlier != path:
            earlier.unlink(missing_ok=True)

