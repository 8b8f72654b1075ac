"""The BBC targets of issue 17, on the real corpus when it is beside the repository
(../shared/corpora/bbc/politics; a fresh clone has no corpus and skips this): one node for
each of Tony Blair, Gordon Brown, Michael Howard, Charles Kennedy, Charles Clarke, Jack
Straw, Robert Kilroy-Silk and Vince Cable holding their surname-only statements; one
organization per party; Prince Charles and Mrs Howard merged into no one; London a place;
no junk names; no statement whose speaker text names a known actor without its SAID edge.
bench/bbc_actors.py is the audit: this runs it (about a minute and a half)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POLITICS = ROOT.parent / "shared" / "corpora" / "bbc" / "politics"


@pytest.mark.skipif(not POLITICS.is_dir(), reason="the BBC corpus is not beside the repository")
def test_bbc_politics_actors_pass_the_audit(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("bench_bbc_actors", ROOT / "bench" / "bbc_actors.py")
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    code = audit.main(["--corpus", str(POLITICS), "--db", str(tmp_path / "bbc.lbdb")])
    out = capsys.readouterr().out
    assert code == 0, "\n".join(line for line in out.splitlines() if line.startswith("FAIL"))
    assert "ok   Tony Blair" in out and "ok   London is a place" in out
