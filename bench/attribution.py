"""Attribution benchmark on PolNeAR, and the extractor's speed against bare spaCy.

    python bench/attribution.py                      # dev split, writes preds-dev.jsonl, scores
    python bench/attribution.py --split train --limit 200
    python bench/attribution.py --speed              # also time nlp.pipe alone vs the extractor
    python bench/attribution.py --bbc                # also BBC politics: long statements, titles
    python bench/attribution.py --bbc --results bench/results/attribution-dev.json
    python bench/attribution.py --statements-only     # the graph's statements alone

The record scored lists the graph's statements, then the stance edges read from a cue word
as attributions of kind "stance" (PolNeAR annotates "X endorsed Y"; the graph keeps it as a
stance edge, not a statement). The same run also scores the statements alone and prints
both, labelled; ``--statements-only`` writes and scores the statements alone.

The corpus and scorer live outside the repository (../shared, see DESIGN.md); nothing from
them is copied here. The scorer is run as a separate process, exactly as documented:
``python ../shared/eval/polnear.py score ../shared/corpora/polnear/dev preds.jsonl``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpora", "polnear"))
    ap.add_argument("--scorer", default=os.path.join(SHARED, "eval", "polnear.py"))
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--out", default=None, help="predictions file (default preds-<split>.jsonl)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--attitudes", action="store_true",
                    help="also read the intentions (wants, plans) of countries and places as statements")
    ap.add_argument("--model", default=None)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--statements-only", action="store_true",
                    help="the graph's statements alone, without the stance rows of the record")
    ap.add_argument("--speed", action="store_true", help="time bare nlp.pipe against the extractor")
    ap.add_argument("--bbc", nargs="?", const=os.path.join(SHARED, "corpora", "bbc", "politics"), default=None,
                    metavar="DIR", help="also count, on BBC politics (read in place), statements over 400 "
                    "characters and statements from titles")
    ap.add_argument("--show", type=int, default=0, help="with --bbc: print up to N of each counted statement")
    ap.add_argument("--results", default=None, metavar="JSON",
                    help="also write the scores (and the --bbc counts) to this JSON file")
    args = ap.parse_args(argv)

    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.pipeline import Extractor, extract_jsonl_record
    from stancegraph.loaders.extract.nlp import load_model

    split_dir = os.path.join(args.corpus, args.split)
    text_dir = os.path.join(split_dir, "text")
    names = sorted(os.listdir(text_dir))
    if args.limit:
        names = names[: args.limit]
    texts = []
    for name in names:
        with open(os.path.join(text_dir, name), encoding="utf-8") as fh:
            texts.append(fh.read())
    nlp = load_model(args.model)
    ex = Extractor(nlp, attitudes=args.attitudes)
    out = args.out or f"preds-{args.split}.jsonl"
    articles = (Article(id=Article.make_id(t), text=t, path=n) for n, t in zip(names, texts))

    # the statements alone, from the same extraction (unless they are all that is written)
    alone = None if args.statements_only else os.path.splitext(out)[0] + ".statements-only.jsonl"
    t0 = time.perf_counter()
    n_statements = n_stances = 0
    with open(out, "w", encoding="utf-8") as fh, open(alone or os.devnull, "w", encoding="utf-8") as fh_alone:
        for name, graph in zip(names, ex.extract_many(articles, n_process=args.n_process)):
            rec = extract_jsonl_record(name, graph, stances=not args.statements_only)
            rec.pop("article")  # the scorer needs offsets, not the text again
            said = [r for r in rec["statements"] if r["kind"] != "stance"]
            n_statements += len(said)
            n_stances += len(rec["statements"]) - len(said)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fh_alone.write(json.dumps(dict(rec, statements=said), ensure_ascii=False) + "\n")
    t_extract = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"{len(names)} articles, {words} words, {n_statements} statement rows, {n_stances} stance rows -> {out} "
          f"in {t_extract:.1f}s ({words / t_extract:.0f} words/s)")

    if args.speed:
        # end to end, same texts (noisy on a shared machine) ...
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, n_process=args.n_process):
            pass
        t_bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in ex.extract_many((Article(id=Article.make_id(t), text=t) for t in texts), n_process=args.n_process):
            pass
        t_ex = time.perf_counter() - t0
        print(f"speed: bare nlp.pipe {t_bare:.1f}s, extractor end to end {t_ex:.1f}s, ratio {t_ex / t_bare:.3f}")
        # ... and split: parse once, then time the rules alone over the parsed Docs
        arts = [Article(id=Article.make_id(t), text=t) for t in texts]
        t0 = time.perf_counter()
        docs = list(nlp.pipe([ex._prepare(t) for t in texts]))
        t_parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        for a, d in zip(arts, docs):
            ex.build(a, d)
        t_rules = time.perf_counter() - t0
        print(f"speed: parse {t_parse:.1f}s, extraction rules {t_rules:.1f}s, "
              f"overhead {t_rules / t_parse:.1%} of the pipeline time")

    bbc = bbc_counts(ex, args.bbc, args.n_process, args.show) if args.bbc else None
    if args.limit:
        print("(--limit: not scoring a partial split; the scorer counts missing articles as misses)")
        return 0
    print("== statements alone" if args.statements_only else "== statements and stance rows (the record)")
    rc = subprocess.call([sys.executable, args.scorer, "score", split_dir, out])
    if alone and rc == 0:
        print(f"== statements alone ({alone})")
        rc = subprocess.call([sys.executable, args.scorer, "score", split_dir, alone])
    if args.results and rc == 0:
        def scores(path):
            return json.loads(subprocess.check_output([sys.executable, args.scorer, "score", split_dir, path, "--json"]))

        os.makedirs(os.path.dirname(os.path.abspath(args.results)), exist_ok=True)
        with open(args.results, "w", encoding="utf-8") as fh:
            json.dump({"split": args.split, "articles": len(names), "statements": n_statements,
                       "stance_rows": n_stances, "scores": scores(out),
                       "scores_statements_only": scores(alone) if alone else None, "bbc": bbc}, fh, indent=1)
            fh.write("\n")
        print(f"-> {args.results}")
    return rc


def bbc_counts(ex, directory: str, n_process: int, show: int) -> dict:
    """Statements over 400 characters and statements read from a title line, on a folder of
    plain-text articles (BBC: the first line is the title). A title statement must hold an
    attribution ("X says Y", "X: 'Y'") and is then marked ``origin="headline"``."""
    from stancegraph.graph.model import Article

    names = sorted(n for n in os.listdir(directory) if n.endswith(".txt"))
    texts = []
    for name in names:
        with open(os.path.join(directory, name), encoding="utf-8", errors="replace") as fh:
            texts.append(fh.read())
    arts = (Article(id=Article.make_id(t), text=t, path=n) for n, t in zip(names, texts))
    total, long_, titled, unmarked = 0, [], [], []
    for name, text, graph in zip(names, texts, ex.extract_many(arts, n_process=n_process)):
        title_end = len(text.split("\n", 1)[0])
        for st in graph.statements:
            total += 1
            if st.content.end - st.content.start > 400:
                long_.append((name, st))
            if st.content.start < title_end:
                titled.append((name, st))
                if st.origin != "headline":
                    unmarked.append((name, st))
    pct = len(long_) / total if total else 0.0
    print(f"BBC {len(names)} articles, {total} statements: over 400 chars {len(long_)} ({pct:.2%}); "
          f"from titles {len(titled)} (not marked as a headline attribution: {len(unmarked)})")
    for label, rows in (("long", long_), ("title", titled)):
        for name, st in rows[:show]:
            who = st.speaker.text if st.speaker else "-"
            print(f"  {label} {name} [{who}] {st.cue.text if st.cue else '-'}: {st.content.text[:160]!r}")
    return {"statements": total, "over_400": len(long_), "from_titles": len(titled), "unmarked_titles": len(unmarked)}


if __name__ == "__main__":
    sys.exit(main())
