"""Every benchmark script still starts: its imports follow the package when modules move
(bench/faults.py imported open_store from where it used to live, and only a run found it)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p.name for p in BENCH.glob("*.py"))


def test_the_bench_folder_has_scripts():
    assert "ingest.py" in SCRIPTS and "queries.py" in SCRIPTS


@pytest.mark.parametrize("script", SCRIPTS)
def test_bench_script_shows_its_help(script):
    result = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True,
                            timeout=120, cwd=BENCH.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage:")


def test_committed_hand_audits_quote_no_corpus_text():
    # The corpora are not ours to publish: a judged sample keeps file, edge, cue and verdict.
    quoting = ("sentence:", "content:", "around:")
    for path in (BENCH / "results").glob("*sample*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert not [ln for ln in lines if ln.lstrip().startswith(quoting)], path.name


@pytest.mark.parametrize("script, quoted", [("stance_sample.py", "    sentence: Mr Smith attacked the plans.\n"),
                                            ("statement_sample.py", "    content: the plans were wrong\n")])
def test_strip_drops_the_quoted_lines_and_keeps_the_verdicts(tmp_path, script, quoted):
    sample = tmp_path / "sample.txt"
    sample.write_text("[1] 001.txt\n    John Smith  --OPPOSES-->  plans\n" + quoted + "    verdict: ok\n", encoding="utf-8")
    subprocess.run([sys.executable, str(BENCH / script), "strip", str(sample)], check=True, timeout=120)
    assert sample.read_text(encoding="utf-8") == "[1] 001.txt\n    John Smith  --OPPOSES-->  plans\n    verdict: ok\n"
