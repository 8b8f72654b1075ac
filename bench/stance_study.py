"""Where stance edges come from and where they are missed (issue 18): a study tool.

    python bench/stance_study.py bbc --tag base        # BBC politics: edges by source, misses by holder
    python bench/stance_study.py diff base mine        # BBC edges gained / lost between two runs
    python bench/stance_study.py seesaw --tag base     # SEESAW TRAIN: scores, precision by source,
                                                       # missed gold pairs joined by a verb
    python bench/stance_study.py sdiff base mine       # SEESAW train edges gained / lost, with verdicts

Parses are cached (spaCy DocBin) under ``$STANCE_STUDY_CACHE`` (default /tmp/stance-study) so
the rules can be rerun in a minute; each run's edges are written there as JSON lines under
its tag. The source of an edge is the finder that read it: ``stances`` (verbs, nouns, "is
against"), ``described`` (prepositional verbs, agents, resignations, adjectives), ``nominal``
(stance nouns with no owner: "in a swipe at", "came under fire from"),
``statements`` (evaluative words of statements).

SEESAW (CC BY-NC-SA) is read in place, TRAIN split only; BBC from ../shared. Nothing from
either is written into the repository.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import stances as bench  # noqa: E402  (bench/stances.py: corpus, linking, scoring)
from stance_sample import BBC, STANCE_TYPES, _texts  # noqa: E402

CACHE = os.environ.get("STANCE_STUDY_CACHE", "/tmp/stance-study")
FINDERS = (("stances", "find_stances"), ("stance_described", "find_described"),
           ("stance_nominal", "find_nominal"), ("stance_statements", "find_evaluations"))


def _parsed(name: str, articles, ex):
    """(article, doc) pairs, the parses read from the cache when it has them."""
    from spacy.tokens import DocBin

    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, name + ".spacy")
    if os.path.exists(path):
        docs = list(DocBin().from_disk(path).get_docs(ex.nlp.vocab))
    else:
        docs = list(ex.nlp.pipe(ex._prepare(a.text) for a in articles))
        DocBin(docs=docs).to_disk(path)
        docs = list(DocBin().from_disk(path).get_docs(ex.nlp.vocab))  # the same view every run
    assert len(docs) == len(articles)
    return zip(articles, docs)


def _tagging():
    """Wrap the finders so each edge's source is known: key -> finder name."""
    import importlib

    sources: dict[tuple, str] = {}
    for mod_name, fn_name in FINDERS:
        mod = importlib.import_module("stancegraph.loaders.extract." + mod_name)
        orig = getattr(mod, fn_name)

        def wrapped(ctx, _orig=orig, _name=mod_name.replace("stance_", "")):
            for r in _orig(ctx):
                sources.setdefault(_key(r), _name)
                yield r
        setattr(mod, fn_name, wrapped)
    return sources


def _key(r) -> tuple:
    return (r.article, r.type, r.source, r.target, r.sentence.start if r.sentence else None)


def _extractor():
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    return Extractor(load_model())


def _bbc_articles():
    from stancegraph.graph.model import Article

    seen, articles = set(), []
    for path, text in _texts(os.path.join(BBC, "politics")):
        art = Article(id=Article.make_id(text), text=text, published="2005-01-01", path=path)
        if art.id not in seen:
            seen.add(art.id)
            articles.append(art)
    return articles


def _rows(graph, sources) -> list[dict]:
    names = {a.id: a.name for a in graph.actors}
    names.update({t.id: "[topic] " + t.name for t in graph.topics})
    return [{"path": os.path.basename(graph.article.path or graph.article.id), "type": r.type,
             "holder": names.get(r.source, r.source), "target": names.get(r.target, r.target), "cue": r.cue,
             "source": sources.get(_key(r), "?"), "confidence": r.confidence,
             "sentence": " ".join(r.sentence.text.split()) if r.sentence else ""}
            for r in graph.relations if r.type in STANCE_TYPES]


def bbc(args) -> int:
    sources = _tagging()
    ex = _extractor()
    rows = []
    for art, doc in _parsed("bbc-politics", _bbc_articles(), ex):
        rows.extend(_rows(ex.build(art, doc), sources))
    _write(f"bbc-{args.tag}", rows)
    print(f"BBC politics: {len(rows)} stance edges", dict(collections.Counter(r["type"] for r in rows)))
    print("by source:", dict(collections.Counter(r["source"] for r in rows)))
    return 0


def _write(name: str, rows) -> None:
    with open(os.path.join(CACHE, name + ".jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")


def _read(name: str) -> list[dict]:
    with open(os.path.join(CACHE, name + ".jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _edge(r) -> tuple:
    return (r["path"], r["type"], r["holder"], r["target"], r["sentence"])


def diff(args, prefix: str = "bbc") -> int:
    a, b = _read(f"{prefix}-{args.old}"), _read(f"{prefix}-{args.new}")
    ka, kb = {_edge(r) for r in a}, {_edge(r) for r in b}
    for label, rows, other in (("gained", b, ka), ("lost", a, kb)):
        picked = [r for r in rows if _edge(r) not in other]
        print(f"== {label}: {len(picked)}")
        for r in picked:
            verdict = f"[{r['verdict']}] " if "verdict" in r else ""
            print(f"{verdict}{r['holder']} --{r['type']}--> {r['target']}  (cue {r['cue']!r}, {r['source']}) "
                  f"{r['path']}\n    {r['sentence'][:300]}")
    print(f"{prefix}: {len(a)} -> {len(b)} edges")
    return 0


def seesaw(args) -> int:
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.aliases import default_table

    sources = _tagging()
    kept: dict = {}
    _keep_context(kept)
    verbs: collections.Counter = collections.Counter()
    examples: dict = collections.defaultdict(list)
    ex, table = _extractor(), default_table()
    arts = bench.load_split(bench.SEESAW, "train", args.limit)
    articles = []
    for art in arts:
        text, art["spans"] = bench.article_text(art["sentences"])
        articles.append(Article(id=Article.make_id(text + art["name"]), text=text, published=art["date"],
                                path=art["name"]))
    results, rows, by_source = [], [], collections.Counter()
    for art, (article, doc) in zip(arts, _parsed("seesaw-train" + (f"-{args.limit}" if args.limit else ""),
                                                 articles, ex)):
        graph = ex.build(article, doc)
        res = bench.score_article(art, graph, table)
        res["name"] = art["name"]
        results.append(res)
        _missed_by_verb(art, graph, kept["ctx"], res, table, verbs, examples)
        verdicts = iter(e["verdict"] for e in res["errors"])
        for row in _rows(graph, sources):
            row["verdict"] = next(verdicts)
            rows.append(row)
            by_source[row["source"], row["verdict"]] += 1
    _write(f"seesaw-{args.tag}", rows)
    for k, v in bench.totals(results).items():
        print(f"{k}: {v}")
    print("\nsource       linked  triplet-ok  P")
    for src in sorted({s for s, _ in by_source}):
        ok = by_source[src, "ok"]
        linked = ok + by_source[src, "polarity"] + by_source[src, "no gold pair"]
        print(f"{src:12} {linked:6} {ok:10} {ok / max(1, linked):.3f}")
    from stancegraph.loaders.extract import stance_lexicon as lex

    words = lex.POSITIVE_VERBS | lex.NEGATIVE_VERBS | {v for v, _ in lex.PREP_VERBS} | lex.SUBJECT_EVAL_VERBS
    total = sum(verbs.values())
    known = sum(n for (v, _), n in verbs.items() if v in words)
    print(f"\nmissed gold triplets whose holder is the subject of a verb with the target under it: {total} "
          f"({known} with a lexicon verb)")
    for (v, pol), n in verbs.most_common(args.top):
        print(f"{n:4} {v:14} {pol} {'LEX' if v in words else ''}   " + " | ".join(examples[v, pol][:2]))
    return 0


def _missed_by_verb(art, graph, ctx, res, table, verbs, examples) -> None:
    """Missed gold triplets whose holder is the actor subject of a verb and whose target is an
    actor under that verb, counted by the verb's lemma and the gold polarity."""
    names = {a.id: [a.name] + list(a.aliases) for a in graph.actors}
    linked = {a: bench.link(n, art["entities"], table) for a, n in names.items()}
    missed = collections.defaultdict(set)
    for s, a, p, b in res["missed"]:
        missed[s, a, b].add(p)
    counted = set()
    for sent in ctx.doc.sents:
        sids = {sid for x, y, sid in art["spans"] if x < sent.end_char and sent.start_char < y}
        for verb in (t for t in sent if t.pos_ == "VERB"):
            subj = ctx.subject(verb)
            holder = ctx.actor_of(subj)[0] if subj is not None else None
            if holder is None:
                continue
            inside = {x.i for x in subj.subtree}
            for t in verb.subtree:
                target = ctx.actor(t)
                if target is None or target == holder or t.i in inside:
                    continue
                for sid in sids:
                    for ga in linked.get(holder, ()):
                        for gb in linked.get(target, ()):
                            for pol in missed.get((sid, ga, gb), ()):
                                if (sid, ga, gb, pol) in counted:
                                    continue
                                counted.add((sid, ga, gb, pol))
                                v = verb.lemma_.lower()
                                verbs[v, pol] += 1
                                examples[v, pol].append(" ".join(sent.text.split())[:160])


def _keep_context(kept: dict):
    import stancegraph.loaders.extract.relations as relations

    orig = relations.extract_relations

    def keep(doc, graph, speakers=None):  # the rules' own view of the article
        kept["ctx"] = relations.Context(doc, graph, speakers)
        return orig(doc, graph, speakers)

    relations.extract_relations = keep


def _class(ctx, tok) -> str:
    """What a holder or object token is to the rules."""
    if tok is None:
        return "none"
    if ctx.actor(tok) is not None:
        return "actor"
    if tok.pos_ == "PRON":
        a, _ = ctx.actor_of(tok)
        return f"pron:{tok.lower_}" + ("=resolved" if a else "")
    a, _ = ctx.actor_of(tok)
    if a is not None:
        return "resolved"
    return f"{tok.pos_.lower()}:{tok.lemma_.lower()}"


def misses(args) -> int:
    """Stance verbs and nouns of the lexicon whose sentence got no edge with that cue word,
    by what their holder and object are."""
    from stancegraph.loaders.extract import stance_lexicon as lex
    from stancegraph.loaders.extract.stances import _blocked

    kept: dict = {}
    _keep_context(kept)
    ex = _extractor()
    verbs = lex.POSITIVE_VERBS | lex.NEGATIVE_VERBS
    nouns = lex.POSITIVE_NOUNS | lex.NEGATIVE_NOUNS
    holders, objects, pairs, examples = (collections.Counter(), collections.Counter(), collections.Counter(),
                                         collections.defaultdict(list))
    fired = 0
    for art, doc in _parsed("bbc-politics", _bbc_articles(), ex):
        graph = ex.build(art, doc)
        ctx = kept["ctx"]
        rels = [r for r in graph.relations if r.type in STANCE_TYPES]
        for tok in ctx.tokens_with(verbs | nouns):
            lemma = tok.lemma_.lower()
            if not (tok.pos_ == "VERB" and lemma in verbs or tok.pos_ == "NOUN" and lemma in nouns):
                continue
            if any(r.sentence and r.sentence.start <= tok.idx < r.sentence.end and tok.text in (r.cue or "")
                   for r in rels):
                fired += 1
                continue
            if tok.pos_ == "VERB":
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                h = next((p for c in tok.children if c.dep_ == "agent" for p in c.children), None) if passive \
                    else ctx.subject(tok)
                o = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            else:
                h = next((c for c in tok.children if c.dep_ == "poss"), None)
                o = next((p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), None)
            hc, oc = _class(ctx, h), _class(ctx, o)
            if _blocked(tok):
                hc = "blocked"
            key = f"{tok.pos_} {hc} -> {oc.split(':')[0] if oc.startswith(('noun', 'propn')) else oc}"
            holders[hc] += 1
            objects[oc] += 1
            pairs[key] += 1
            if len(examples[key]) < args.examples:
                examples[key].append(f"{tok.text}: " + " ".join(tok.sent.text.split())[:240])
    print(f"stance words with an edge of their cue: {fired}; without: {sum(holders.values())}")
    print("holders:", holders.most_common(40))
    print("objects:", objects.most_common(40))
    for key, n in pairs.most_common(args.top):
        print(f"\n== {key}: {n}")
        for e in examples[key]:
            print("   ", e)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("bbc")
    p.add_argument("--tag", default="run")
    p = sub.add_parser("seesaw")
    p.add_argument("--tag", default="run")
    p.add_argument("--top", type=int, default=60)
    p.add_argument("--limit", type=int, default=0)
    p = sub.add_parser("misses")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--examples", type=int, default=6)
    for name in ("diff", "sdiff"):
        p = sub.add_parser(name)
        p.add_argument("old")
        p.add_argument("new")
    args = ap.parse_args(argv)
    if args.cmd == "sdiff":
        return diff(args, "seesaw")
    return {"bbc": bbc, "diff": diff, "seesaw": seesaw, "misses": misses}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
