"""List lines of the repository that share a run of words with the gold corpora.

    python dev/corpus_overlap.py [--words 8] [--corpora ../shared/corpora]

Nothing from the gold corpora (PolNeAR, SEESAW, BBC, the entity sets) may be copied into the
project: tests, docs and comments use sentences written for them. This prints every tracked
line (tests, docs, package, bench, README) holding a run of ``--words`` words that also stands
in a corpus file, one line per hit with the first shared run, and exits 1 when there is any.
Run it before committing examples taken from studying the corpora. Words are compared in lower
case with punctuation dropped, so a copy with changed quote marks is still found.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"
TRACKED = ("tests", "docs", "stancegraph", "bench", "README.md")
SUFFIXES = (".py", ".md", ".txt", ".cypher", ".json", ".jsonl", ".yaml", ".cfg")
#: the seed article is the one corpus-like text the project may ship (a test fixture); the entity
#: gold list and entity results hold names (a long organisation name is a fact, not prose)
ALLOWED = ("seed", "bench/gold/bbc-entities", "bench/results/entities-")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))


def runs(ws: list[str], n: int):
    return (" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1))


def repo_runs(n: int) -> dict[str, list[tuple[str, int]]]:
    """Every run of ``n`` words in the tracked files, with each place it stands."""
    files = subprocess.run(["git", "ls-files", *TRACKED], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split()
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name in files:
        if not name.endswith(SUFFIXES) or any(a in name for a in ALLOWED):
            continue
        with open(REPO / name, encoding="utf-8", errors="ignore") as f:
            for number, line in enumerate(f, 1):
                for run in runs(words(line), n):
                    found[run].append((name, number))
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=8, help="length of a shared run that counts (default 8)")
    ap.add_argument("--corpora", default=str(DEFAULT_CORPORA), help="folder of the gold corpora")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.corpora):
        print(f"no corpora at {args.corpora}: nothing to compare", file=sys.stderr)
        return 2
    ours = repo_runs(args.words)
    hits: dict[tuple[str, int], str] = {}
    for path in sorted(Path(args.corpora).rglob("*")):
        if not path.is_file():
            continue
        for run in runs(words(path.read_text(encoding="utf-8", errors="ignore")), args.words):
            for place in ours.get(run, ()):
                hits.setdefault(place, run)
    for (name, number), run in sorted(hits.items()):
        print(f"{name}:{number}: {run}")
    print(f"{len(hits)} lines share a run of {args.words} words with {args.corpora}", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
