"""Crash safety of the embedded store: a torn write-ahead log, a killed load, the bulk
loader's temporary folders (see stancegraph/graph/store/ladybug_recovery.py)."""
from __future__ import annotations

import glob
import json
import os
import signal
import stat
import subprocess
import sys
import tempfile

import pytest

from graphs import biden_article, call_article, xi_visit_article
from stancegraph.graph.store import ladybug_recovery as recovery
from stancegraph.graph.store.ladybug_copy import CopyLoader
from stancegraph.graph.store.ladybug import LadybugStore

TESTS = os.path.dirname(os.path.abspath(__file__))

# A child process that writes, then dies at a chosen point without closing (no checkpoint).
CHILD = r"""
import os, signal, sys
sys.path.insert(0, {tests!r})
import ladybug
from graphs import biden_article, call_article, xi_visit_article
from stancegraph.graph.store.ladybug import LadybugStore
mode, db = sys.argv[1], sys.argv[2]
if mode == "commit-two":
    store = LadybugStore(db)
    store.upsert(biden_article())
    store.upsert(xi_visit_article())
    os._exit(0)
# mode "kill-before-commit" / "kill-after-commit": die at the COMMIT of the load's COPY.
execute = ladybug.Connection.execute
def dying(self, query, *args, **kwargs):
    if query == "COMMIT" and mode == "kill-before-commit":
        os.kill(os.getpid(), signal.SIGKILL)
    result = execute(self, query, *args, **kwargs)
    if query == "COMMIT" and mode == "kill-after-commit":
        os.kill(os.getpid(), signal.SIGKILL)
    return result
ladybug.Connection.execute = dying
from stancegraph.cli import main
sys.argv = ["stancegraph", "load", sys.argv[3], "--db", db]
main()
"""


def child(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD.format(tests=TESTS), *args], capture_output=True, text=True)


def stancegraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stancegraph.cli", *args], capture_output=True, text=True)


def test_a_torn_log_opens_with_one_line_naming_what_to_reingest(tmp_path):
    db = str(tmp_path / "g.lbdb")
    assert child("commit-two", db).returncode == 0
    wal = db + ".wal"
    os.truncate(wal, os.path.getsize(wal) - 100)  # the last record torn, as a kill mid-append leaves it
    opened = stancegraph("stats", "--db", db, "--format", "json")
    assert opened.returncode == 0, opened.stderr
    [line] = opened.stderr.strip().splitlines()
    kept = glob.glob(wal + ".torn-*")
    assert len(kept) == 1 and kept[0] in line and "torn" in line
    xi = xi_visit_article().article.id
    assert xi in line  # the article of the torn transaction: re-ingest it
    with LadybugStore(db, read_only=True) as store:
        assert store.stored_articles([biden_article().article.id, xi]) == {biden_article().article.id}
    again = stancegraph("stats", "--db", db)
    assert again.returncode == 0 and again.stderr == ""


def _deltas(tmp_path) -> str:
    path = tmp_path / "deltas.jsonl"
    graphs = [biden_article(), xi_visit_article(), call_article()]
    path.write_text("".join(json.dumps({"graph": g.to_dict()}) + "\n" for g in graphs))
    return str(path)


def _counts(db: str) -> dict:
    with LadybugStore(db, read_only=True) as store:
        counts = store.counts()
        counts["pair articles"] = store.run("MATCH ()-[p:CO_MENTIONED]->() RETURN sum(p.articles)").rows[0][0]
        counts["actor mentions"] = store.run("MATCH (a:Actor) RETURN sum(a.mentions)").rows[0][0]
    return counts


@pytest.mark.parametrize("preloaded", [False, True], ids=["new articles (COPY)", "replacing stored ones"])
@pytest.mark.parametrize("mode", ["kill-before-commit", "kill-after-commit"])
def test_a_killed_load_run_again_counts_as_a_clean_load(tmp_path, mode, preloaded):
    deltas = _deltas(tmp_path)
    clean, db = str(tmp_path / "clean.lbdb"), str(tmp_path / "g.lbdb")
    assert stancegraph("load", deltas, "--db", clean).returncode == 0
    if preloaded:
        assert stancegraph("load", deltas, "--db", db).returncode == 0
    killed = child(mode, db, deltas)
    assert killed.returncode == -signal.SIGKILL
    if preloaded:  # committed by the first load: the killed one, replacing them, cannot lose them
        assert _counts(db) == _counts(clean)
    rerun = stancegraph("load", deltas, "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(db) == _counts(clean)
    assert _counts(clean)["pair articles"] > 0


def test_no_copy_folder_is_left_by_a_failing_load_and_stale_ones_go(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = tmp_path / f"{recovery.COPY_PREFIX}999999999-old"  # a killed load's: no such process
    stale.mkdir()
    live = tmp_path / f"{recovery.COPY_PREFIX}{os.getpid()}-busy"  # a running load's
    live.mkdir()
    modes = []

    def failing(self, run, tables, actors, topics, copied, tmp):
        modes.append(stat.S_IMODE(os.stat(tmp).st_mode))
        raise KeyboardInterrupt  # Ctrl-C in the middle of the COPY

    monkeypatch.setattr(CopyLoader, "_copy", failing)
    with LadybugStore(str(tmp_path / "g.lbdb")) as store:
        with pytest.raises(KeyboardInterrupt):
            CopyLoader(store).load([biden_article(), xi_visit_article()])
        assert store.counts()["Article"] == 0
    assert modes == [0o700]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(recovery.COPY_PREFIX)) == [live.name]


def test_a_terminated_load_removes_its_copy_folder(tmp_path):
    script = ("import os, signal, sys, tempfile\n"
              f"tempfile.tempdir = {str(tmp_path)!r}\n"
              "from stancegraph.graph.store.ladybug_copy import CopyLoader\n"
              "def copy(self, *a): os.kill(os.getpid(), signal.SIGTERM)\n"
              "CopyLoader._copy = copy\n"
              "from stancegraph.cli import main\n"
              f"sys.argv = ['stancegraph', 'load', {_deltas(tmp_path)!r}, '--db', {str(tmp_path / 'g.lbdb')!r}]\n"
              "main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert not glob.glob(str(tmp_path / f"{recovery.COPY_PREFIX}*"))
