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
    # Issue 21, on the same store: `render --around "Tony Blair" --hops 2` with the default cap
    # shows actors (it drew 12 among 157 statements and 131 articles), and Blair alone.
    from stancegraph import api

    with api.open_store(tmp_path / "bbc.lbdb", read_only=True) as store:
        sub = api.select_subgraph(store, around=["Tony Blair"], hops=2, fold_statements=None)
    labels = [d["label"] for _, d in sub.graph.nodes(data=True)]
    assert labels.count("Actor") >= 60 and "Statement" not in labels and "Article" not in labels
    assert [n["name"] for n in sub.matches[0].nodes] == ["Tony Blair"]
