"""Statements as a user sees them: a random sample from a graph, for reading by hand.

    stancegraph ingest ../shared/corpora/bbc/politics --db /tmp/bbc.lbdb
    python bench/statement_sample.py sample --db /tmp/bbc.lbdb --n 40 --out bench/results/statement-sample-bbc.txt
    python bench/statement_sample.py score bench/results/statement-sample-bbc.txt

``sample`` reads the stored statements (any store: ``--db`` or ``--neo4j`` with
``NEO4J_PASSWORD``), draws ``--n`` with ``--seed``, and writes one block each: the article's
file, the speaker node (or the speaker words when no actor was linked), cue, kind, the
content span and the sentence it sits in, with an empty ``verdict:`` line. Fill each with
``ok`` (right speaker, right span, and something was said) or ``wrong: <why>``; ``score``
counts them. ``strip FILE`` drops the quoted lines (content, around) so that a judged sample
can be committed without the corpus's text: file, speaker, cue, offsets and verdict stay.
"""
from __future__ import annotations

import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import stance_sample  # noqa: E402  (the same verdict count and strip)
from stance_sample import score  # noqa: E402

STATEMENTS = (
    "MATCH (s:Statement) OPTIONAL MATCH (a:Actor)-[:SAID]->(s) "
    "RETURN s.id, s.article, s.speaker_text, a.name, s.cue, s.kind, s.text, s.start_char, s.end_char "
    "ORDER BY s.id")


def _one_line(text: str) -> str:
    return " ".join(str(text or "").split())


def _text_of(path) -> str:
    """The article's file as read (the store keeps offsets, not texts); '' when gone."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except (OSError, TypeError):
        return ""


def _nearest(body: str, text: str, near: int) -> int:
    """Where ``text`` occurs in the file, the occurrence nearest the stored offset (the loader
    may have cleaned the file, so offsets can drift; the same words can occur twice)."""
    hits, at = [], body.find(text)
    while at >= 0:
        hits.append(at)
        at = body.find(text, at + 1)
    return min(hits, key=lambda h: abs(h - near), default=-1)


def _block(k: int, row: list, articles: dict) -> str:
    sid, art, speaker_text, speaker, cue, kind, text, start, end = row
    path, body = articles.get(art, ("?", ""))
    found = _nearest(body, text or "\0", start or 0)
    start, end = (found, found + len(text)) if found >= 0 else (0, 0)
    sentence_start = max(body.rfind(". ", 0, start or 0) + 2, body.rfind("\n", 0, start or 0) + 1, 0)
    sentence_end = min(p for p in (body.find(". ", end or 0), body.find("\n", end or 0), len(body)) if p >= 0)
    who = speaker or f"(no actor) {speaker_text!r}"
    return (f"[{k}] {os.path.basename(path or '?')}\n"
            f"    {who}  --{cue}--> ({kind}) chars {start}-{end} of the file\n"
            f"    content: {_one_line(text)}\n"
            f"    around: {_one_line(body[sentence_start:sentence_end + 1])}\n"
            "    verdict: \n\n")


def sample(args) -> int:
    from stancegraph.api import open_store

    password = os.environ.get("NEO4J_PASSWORD", "")
    with open_store(args.db, neo4j=args.neo4j, password=password, read_only=not args.neo4j,
                    create=False) as store:
        rows = store.run(STATEMENTS).rows
        articles = {aid: (path, _text_of(path)) for aid, path in
                    store.run("MATCH (a:Article) RETURN a.id, a.path").rows}
    seen, unique = set(), []
    for row in rows:  # a statement with two SAID edges (a merged pair) is one statement
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    picked = random.Random(args.seed).sample(unique, min(args.n, len(unique)))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# {len(picked)} statements sampled (seed {args.seed}) from {len(unique)} in the graph; "
                 "verdict: ok (speaker, span, and something said), or wrong: <why>\n\n")
        for k, row in enumerate(picked, 1):
            fh.write(_block(k, row, articles))
    print(f"wrote {len(picked)} of {len(unique)} statements to {args.out}")
    return 0


def strip(args) -> int:
    return stance_sample.strip(args, prefixes=("content:", "around:"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--db", default="stancegraph.lbdb")
    s.add_argument("--neo4j", default=None, help="Neo4j URI (password from NEO4J_PASSWORD)")
    s.add_argument("--n", type=int, default=40)
    s.add_argument("--seed", type=int, default=12)
    s.add_argument("--out", default="statement-sample.txt")
    s.set_defaults(run=sample)
    c = sub.add_parser("score")
    c.add_argument("file")
    c.set_defaults(run=score)
    t = sub.add_parser("strip")
    t.add_argument("file")
    t.set_defaults(run=strip)
    args = ap.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
