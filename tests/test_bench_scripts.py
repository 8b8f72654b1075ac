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
