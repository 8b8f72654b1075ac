"""The CPU of the extraction rules alone (``Extractor.build`` after the parse), and a digest of
what they extract, so that a speed-up can show it changed nothing.

    python bench/rules_cpu.py [--every 5] [--passes 3] [--cache /tmp/rules-cpu] [--profile out.prof]

Every ``--every``-th file of the BBC corpus (``../shared/corpora/bbc``, all five folders; 441
articles by default) is parsed once and kept as a spaCy ``DocBin`` under ``--cache``; each pass
reads the parses back and times the rules with ``time.process_time`` (one warm-up pass first,
untimed). The digest is the md5 of every article's ``ArticleGraph.to_dict()`` (JSON, sorted
keys): two versions of the code that give the same digest extracted the same graphs. Compare
two versions by running them in turn (``PYTHONPATH`` picks the code), a few times each: the
machine is shared, and a pass varies by 10-20%.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BBC = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "corpora", "bbc")


def _articles(corpus: str, every: int) -> list:
    from stancegraph.graph.model import Article

    paths = sorted(os.path.join(root, name) for root, _, files in os.walk(corpus) for name in files
                   if name.endswith(".txt") and name.upper() != "README.TXT")
    seen, articles = set(), []
    for path in paths[::every]:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        art = Article(id=Article.make_id(text), text=text, published="2005-01-01", path=path)
        if art.id not in seen:
            seen.add(art.id)
            articles.append(art)
    return articles


def _parses(ex, articles: list, path: str) -> bytes:
    from spacy.tokens import DocBin

    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        DocBin(docs=ex.nlp.pipe(ex._prepare(a.text) for a in articles)).to_disk(path)
    with open(path, "rb") as fh:
        return fh.read()


def _pass(ex, articles: list, data: bytes, profile=None) -> tuple[float, str]:
    """CPU seconds of the rules over every article, and the digest of what they built."""
    from spacy.tokens import DocBin

    digest, cpu = hashlib.md5(), 0.0
    for article, doc in zip(articles, DocBin().from_bytes(data).get_docs(ex.nlp.vocab), strict=True):
        if profile:
            profile.enable()
        start = time.process_time()
        graph = ex.build(article, doc)
        cpu += time.process_time() - start
        if profile:
            profile.disable()
        digest.update(json.dumps(graph.to_dict(), sort_keys=True, default=str).encode())
    return cpu, digest.hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=BBC)
    ap.add_argument("--every", type=int, default=5, help="take every N-th file (default 5: 441 articles)")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--cache", default="/tmp/rules-cpu", help="where the parses are kept")
    ap.add_argument("--profile", help="write a cProfile of one pass here")
    args = ap.parse_args(argv)
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    ex = Extractor(load_model())
    articles = _articles(args.corpus, args.every)
    data = _parses(ex, articles, os.path.join(args.cache, f"bbc-every{args.every}.spacy"))
    _, digest = _pass(ex, articles, data)  # warm-up: imports, caches
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
        _pass(ex, articles, data, profile)
        profile.dump_stats(args.profile)
    times = []
    for _ in range(args.passes):
        cpu, again = _pass(ex, articles, data)
        if again != digest:
            print("the output changed between passes", file=sys.stderr)
            return 1
        times.append(round(cpu, 3))
    print(json.dumps({"articles": len(articles), "median_cpu_s": statistics.median(times) if times else None,
                      "passes": times, "digest": digest}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
