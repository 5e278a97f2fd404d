"""Nothing lost: a build that fails or is interrupted (Ctrl-C, kill) leaves the previous output/ as it was."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from test_robust_inputs import GOOD, fast_and_isolated, run_kg, write  # noqa: F401

import kg.build
import kg.export
from kg.query import STORE_STAMP

# Runs `kg build` with the writer pausing before it renames its first output into place (every temporary
# file is complete by then): the parent interrupts or kills it exactly while the outputs are being written.
PAUSED_BUILD = """
import os, sys, time
from pathlib import Path
from kg.cli import main

replace = os.replace

def paused(source, target):
    if Path(target).parent.name == "out":
        print("writing", flush=True)
        time.sleep(60)
    replace(source, target)

os.replace = paused
sys.exit(main(["build", "in", "--out", "out"]))
"""


@pytest.fixture
def previous(tmp_path, capsys) -> dict[str, bytes]:
    """An output folder from an earlier build (of another text), and its files' bytes."""
    write(tmp_path / "old" / "old.txt", "宁波市人民政府召开常务会议。\n".encode())
    assert run_kg(capsys, "build", "old", "--out", "out")[0] == 0
    write(tmp_path / "in" / "a.txt", GOOD.encode())
    return files_of(tmp_path / "out")


def interruptible() -> None:
    """Let Ctrl-C reach the child even when the test run itself ignores SIGINT (as a job started with `&` in
    a non-interactive shell does, and its children inherit)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def files_of(folder: Path) -> dict[str, bytes]:
    """Name -> content of each output; for the saved query store, the hash of the graph it holds (none yet
    in a store still being made)."""
    return {path.name: path.read_bytes() if path.is_file() else _stamp(path) for path in sorted(folder.iterdir())}


def _stamp(store: Path) -> bytes:
    return (store / STORE_STAMP).read_bytes() if (store / STORE_STAMP).is_file() else b""


def test_a_failing_stage_leaves_the_previous_outputs(tmp_path, capsys, monkeypatch, previous):
    def broken(kb):
        raise RuntimeError("graph stage failed")

    monkeypatch.setattr(kg.build, "build_graph", broken)
    code, lines = run_kg(capsys, "build", "in", "--out", "out")
    assert (code, lines) == (1, ["kg: internal error: RuntimeError: graph stage failed "
                                 "(KG_DEBUG=1 shows the traceback)"])
    assert files_of(tmp_path / "out") == previous


def test_a_failure_after_the_turtle_is_rendered_writes_nothing(tmp_path, capsys, monkeypatch, previous):
    def broken(data):
        raise RuntimeError("page failed")

    monkeypatch.setattr(kg.build, "render_page", broken)
    assert run_kg(capsys, "build", "in", "--out", "out")[0] == 1
    assert files_of(tmp_path / "out") == previous


def test_a_failure_while_writing_removes_every_temporary_file(tmp_path, capsys, monkeypatch, previous):
    write_temporary = kg.export._write_temporary

    def disk_full_on_the_second(path, data):
        if path.name == "graph.html":
            raise OSError(28, "No space left on device")
        return write_temporary(path, data)

    monkeypatch.setattr(kg.export, "_write_temporary", disk_full_on_the_second)
    code, lines = run_kg(capsys, "build", "in", "--out", "out")
    assert (code, lines) == (1, ["kg: internal error: OSError: [Errno 28] No space left on device "
                                 "(KG_DEBUG=1 shows the traceback)"])
    assert files_of(tmp_path / "out") == previous  # graph.ttl was written to a temporary file, then removed


def test_a_successful_build_replaces_every_output(tmp_path, capsys, previous):
    assert run_kg(capsys, "build", "in", "--out", "out")[0] == 0
    now = files_of(tmp_path / "out")
    assert sorted(now) == ["graph.html", "graph.oxigraph", "graph.ttl"]
    assert all(now[name] != previous[name] for name in now)


def paused_build(tmp_path: Path) -> subprocess.Popen:
    """`kg build in` in a child process, returned once it is writing its outputs. The result cache filled by
    the in-process build of the `previous` fixture spares it loading the NLP."""
    assert (tmp_path / "cache" / "results").is_dir()
    child = subprocess.Popen([sys.executable, "-c", PAUSED_BUILD], cwd=tmp_path, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, preexec_fn=interruptible)
    assert child.stdout.readline() == "writing\n"
    return child


def test_ctrl_c_while_writing_leaves_the_previous_outputs_and_no_temporary(tmp_path, capsys, previous):
    assert run_kg(capsys, "build", "in", "--out", "fresh")[0] == 0  # fills the result cache for the child
    child = paused_build(tmp_path)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 130
    assert "kg: interrupted; earlier outputs are left as they were" in stderr and "Traceback" not in stderr
    assert files_of(tmp_path / "out") == previous


def test_kill_while_writing_leaves_whole_files(tmp_path, capsys, previous):
    assert run_kg(capsys, "build", "in", "--out", "fresh")[0] == 0
    child = paused_build(tmp_path)
    child.kill()
    child.wait(timeout=60)
    # SIGKILL cannot be cleaned up after: a hidden temporary file may stay, but every real output is whole.
    finished = files_of(tmp_path / "out")
    assert {name: finished[name] for name in previous} == previous
    assert all(name.startswith(".graph.") and name.endswith(".tmp") for name in set(finished) - set(previous))
    pyoxigraph.Store().load(finished["graph.ttl"], format=pyoxigraph.RdfFormat.TURTLE)


def test_ctrl_c_during_the_analysis_leaves_the_previous_outputs(tmp_path, previous):
    # enough text that the analysis still runs when the signal comes, however slowly this test reads the bar
    write(tmp_path / "in" / "a.txt", (GOOD * 400).encode())
    child = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "in", "--out", "out"], cwd=tmp_path,
                             stderr=subprocess.PIPE, text=True, preexec_fn=interruptible,
                             env={**os.environ, "KG_CACHE_DIR": str(tmp_path / "cold")})
    seen = ""
    while "kg build" not in seen and child.poll() is None:
        seen += child.stderr.read(1)  # the progress bar appears as the NLP starts loading
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=60)
    assert child.returncode == 130 and "Traceback" not in stderr
    assert files_of(tmp_path / "out") == previous


def test_the_store_thread_leaves_ctrl_c_to_the_main_thread():
    # a signal the kernel gave the store's thread would leave the main thread asleep in a system call
    from concurrent.futures import ThreadPoolExecutor

    from kg.build import signals_to_the_main_thread

    with ThreadPoolExecutor(max_workers=1, initializer=signals_to_the_main_thread) as pool:
        blocked = pool.submit(signal.pthread_sigmask, signal.SIG_BLOCK, []).result()
    assert {signal.SIGINT, signal.SIGTERM} <= blocked
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
