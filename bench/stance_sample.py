"""Stance edges on PolNeAR: coverage of stance cues, a sample for reading, and speed.

    python bench/stance_sample.py coverage                   # dev split: stance cues -> edges
    python bench/stance_sample.py sample --n 50 --out stance-sample.txt   # train split sample
    python bench/stance_sample.py speed --limit 200          # BBC: ms/article of extract_relations
    python bench/stance_sample.py bbc --n 50 --out bench/results/stance-sample-bbc.txt
                                                             # BBC politics: count, and a sample to read
                                                             # (--cached: stance_study's parse cache)

``sample`` writes one block per sampled stance edge (the sentence, holder, type, target,
cue) with an empty ``verdict:`` line for the reviewer to fill with ok / wrong (and why);
``python bench/stance_sample.py score stance-sample.txt`` then counts the verdicts, and
``python bench/stance_sample.py strip stance-sample.txt`` drops the ``sentence:`` lines so a
judged sample can be committed without the corpus's text (file, edge, cue and verdict stay;
the seed draws the same sample again).

The corpora live outside the repository (../shared, see DESIGN.md); nothing from them is
copied here.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
POLNEAR = os.path.join(SHARED, "corpora", "polnear")
BBC = os.path.join(SHARED, "corpora", "bbc")
#: the stance-bearing cues the issue names
STANCE_CUES = ("back", "endorse", "support", "oppose", "reject", "condemn", "criticize", "criticise")
STANCE_TYPES = ("SUPPORTS", "OPPOSES", "DOES_NOT_SUPPORT")


def _texts(directory: str, limit: int = 0) -> list[tuple[str, str]]:
    out = []
    for root, _, files in os.walk(directory):
        for name in sorted(files):
            if name.endswith(".txt") and name.upper() != "README.TXT":
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as fh:
                    out.append((os.path.join(root, name), fh.read()))
    out.sort()
    return out[:limit] if limit else out


def _run(texts, published="2016-11-01"):
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.pipeline import Extractor
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.relations import extract_relations

    nlp = load_model()
    ex = Extractor(nlp)
    for path, text in texts:
        m = re.search(r"\d{4}-\d{2}-\d{2}", os.path.basename(path))  # PolNeAR names carry the date
        article = Article(id=Article.make_id(text), text=text, published=m.group() if m else published, path=path)
        doc = nlp(ex._prepare(text))
        graph = ex.build(article, doc)
        topics, rels = extract_relations(doc, graph)
        yield path, doc, graph, topics, rels


def _name(graph, topics, node_id):
    for a in graph.actors:
        if a.id == node_id:
            return a.name
    for t in topics:
        if t.id == node_id:
            return "[topic] " + t.name
    return node_id


def coverage(args) -> int:
    texts = _texts(os.path.join(args.corpus, args.split, "text"), args.limit)
    cue_tokens = cue_edges = statements = st_edges = 0
    by_type: dict[str, int] = {}
    for path, doc, graph, topics, rels in _run(texts):
        stance = [r for r in rels if r.type in STANCE_TYPES]
        for r in stance:
            by_type[r.type] = by_type.get(r.type, 0) + 1
        starts = {r.sentence.start for r in stance}
        for t in doc:
            if t.pos_ == "VERB" and t.lemma_.lower() in STANCE_CUES:
                cue_tokens += 1
                # an edge whose cue is this verb, read from its sentence
                if any(r.sentence.start <= t.idx < r.sentence.end and t.text in (r.cue or "") for r in stance):
                    cue_edges += 1
        for st in graph.statements:
            if (st.cue_lemma or "") in STANCE_CUES:
                statements += 1
                if any(r.statement == st.id for r in stance) or st.sentence and st.sentence.start in starts:
                    st_edges += 1
    print(f"{args.split}: {len(texts)} articles")
    print(f"stance-cue verbs (back/endorse/support/oppose/reject/condemn/criticize): {cue_tokens}, "
          f"with a stance edge: {cue_edges} ({cue_edges / max(1, cue_tokens):.0%})")
    print(f"statements with a stance cue: {statements}, with a stance edge: {st_edges} "
          f"({st_edges / max(1, statements):.0%})")
    print("stance edges by type:", by_type)
    return 0


def sample(args) -> int:
    texts = _texts(os.path.join(args.corpus, "train", "text"), args.limit)
    rng = random.Random(args.seed)
    rng.shuffle(texts)
    rows = []
    for path, doc, graph, topics, rels in _run(texts):
        for r in rels:
            if r.type in STANCE_TYPES:
                rows.append((path, r, _name(graph, topics, r.source), _name(graph, topics, r.target)))
        if len(rows) >= args.n * 4:
            break
    picked = rng.sample(rows, min(args.n, len(rows)))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# {len(picked)} stance edges sampled from PolNeAR train ({len(rows)} seen); "
                 "fill each verdict with ok or wrong: <why>\n\n")
        for k, (path, r, src, tgt) in enumerate(picked, 1):
            fh.write(f"[{k}] {os.path.basename(path)}\n")
            fh.write(f"    {src}  --{r.type}-->  {tgt}   (cue: {r.cue!r}, confidence {r.confidence})\n")
            fh.write("    sentence: " + " ".join(r.sentence.text.split()) + "\n")
            fh.write("    verdict: \n\n")
    print(f"wrote {len(picked)} edges to {args.out}")
    return 0


def bbc(args) -> int:
    """Every stance edge of BBC politics (distinct articles only), counted by type and source
    of evidence, and a random sample of ``--n`` written for reading by hand."""
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    texts = _texts(os.path.join(args.bbc, "politics"), args.limit)
    seen, articles = set(), []
    for path, text in texts:
        art = Article(id=Article.make_id(text), text=text, published="2005-01-01", path=path)
        if art.id not in seen:  # the corpus repeats some stories
            seen.add(art.id)
            articles.append(art)
    rows = []
    by_type: dict[str, int] = {}
    ex = Extractor(load_model())
    if args.cached:  # the stance study's parse cache: no re-parse of 400 articles on a busy machine
        from stance_study import _parsed

        graphs = (ex.build(art, doc) for art, doc in _parsed("bbc-politics", articles, ex))
    else:
        graphs = ex.extract_many(articles)
    for graph in graphs:
        names = {a.id: a.name for a in graph.actors}
        names.update({t.id: "[topic] " + t.name for t in graph.topics})
        for r in graph.relations:
            if r.type in STANCE_TYPES:
                by_type[r.type] = by_type.get(r.type, 0) + 1
                rows.append((graph.article.path, r, names.get(r.source, r.source), names.get(r.target, r.target)))
    print(f"BBC politics: {len(articles)} distinct articles, {len(rows)} stance edges", by_type)
    picked = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(f"# {len(picked)} stance edges sampled (seed {args.seed}) from {len(rows)} on BBC politics "
                 f"({len(articles)} distinct articles); verdict: ok, or wrong: <why>\n\n")
        for k, (path, r, src, tgt) in enumerate(picked, 1):
            fh.write(f"[{k}] {os.path.basename(path)}\n")
            fh.write(f"    {src}  --{r.type}-->  {tgt}   (cue: {r.cue!r}, confidence {r.confidence}"
                     f"{', statement' if r.statement else ''})\n")
            fh.write("    sentence: " + " ".join(r.sentence.text.split()) + "\n")
            fh.write("    verdict: \n\n")
    print(f"wrote {len(picked)} edges to {args.out}")
    return 0


def score(args) -> int:
    text = open(args.file, encoding="utf-8").read()
    verdicts = re.findall(r"^\s*verdict:\s*(\S*)", text, flags=re.M)
    ok = sum(1 for v in verdicts if v.lower().startswith("ok"))
    judged = sum(1 for v in verdicts if v)
    print(f"judged {judged} of {len(verdicts)}: ok {ok}, precision {ok / max(1, judged):.2f}")
    return 0


def strip(args, prefixes=("sentence:",)) -> int:
    """Drop the lines quoting the corpus (the articles are not ours to publish)."""
    with open(args.file, encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.lstrip().startswith(prefixes)]
    with open(args.file, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    return 0


def speed(args) -> int:
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.pipeline import Extractor
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.relations import extract_relations

    texts = _texts(args.bbc, 0)
    random.Random(0).shuffle(texts)
    texts = texts[: args.limit]
    nlp = load_model()
    ex = Extractor(nlp)
    extract_relations  # imported before timing: import cost is not per article
    t0 = time.perf_counter()
    docs = list(nlp.pipe(ex._prepare(t) for _, t in texts))
    t_parse = time.perf_counter() - t0
    arts = [Article(id=Article.make_id(t), text=t, published="2005-01-01") for _, t in texts]
    t0 = time.perf_counter()
    graphs = [ex.build(a, d) for a, d in zip(arts, docs)]
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_rel = 0
    for d, g in zip(docs, graphs):
        n_rel += len(extract_relations(d, g)[1])
    t_rel = time.perf_counter() - t0
    n = len(texts)
    print(f"{n} BBC articles: spaCy {t_parse / n * 1000:.1f} ms/article, attribution build "
          f"{t_build / n * 1000:.1f} ms/article, extract_relations {t_rel / n * 1000:.2f} ms/article "
          f"({t_rel / t_parse:.1%} of spaCy), {n_rel} relations")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=POLNEAR)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("coverage")
    c.add_argument("--split", default="dev", choices=("dev", "train"))
    c.add_argument("--limit", type=int, default=0)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=50)
    s.add_argument("--seed", type=int, default=13)
    s.add_argument("--limit", type=int, default=0)
    s.add_argument("--out", default="stance-sample.txt")
    sc = sub.add_parser("score")
    sc.add_argument("file")
    sub.add_parser("strip").add_argument("file")
    sp = sub.add_parser("speed")
    sp.add_argument("--bbc", default=BBC)
    sp.add_argument("--limit", type=int, default=200)
    b = sub.add_parser("bbc")
    b.add_argument("--bbc", default=BBC)
    b.add_argument("--n", type=int, default=50)
    b.add_argument("--seed", type=int, default=18)
    b.add_argument("--limit", type=int, default=0)
    b.add_argument("--out", default="stance-sample-bbc.txt")
    b.add_argument("--cached", action="store_true",
                   help="read the parses from bench/stance_study.py's cache ($STANCE_STUDY_CACHE)")
    args = ap.parse_args(argv)
    return {"coverage": coverage, "sample": sample, "score": score, "strip": strip, "speed": speed, "bbc": bbc}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
