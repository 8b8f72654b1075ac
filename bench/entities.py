"""Entity-resolution benchmark: are the graph's actors the world's entities?

    python bench/entities.py                         # MSNBC + Reuters-128 + the BBC gold set
    python bench/entities.py --set msnbc --worst 20  # one set, more of the worst clusters
    python bench/entities.py --json out.json         # figures as JSON too
    python bench/entities.py --set bbc --split dev   # the BBC gold set's dev part only

Gold sets (read from ../shared, never copied here; README in ../shared/corpora/entities):
``msnbc`` and ``reuters`` are ELEVANT's MSNBC-updated and Reuters-128, entity mentions
linked to Wikidata; ``bbc`` is our own annotation of BBC politics articles
(bench/gold/bbc-entities.jsonl: file, character span, canonical actor and kind; the text
stays in ../shared/corpora/bbc; bench/gold/README.md: how the 36 articles were chosen, the
"train" / "dev" split and the annotation conventions).

Scoring, per set and over all sets together (the articles of all sets as one corpus):

* gold mentions: those typed person (Q215627), organization (Q43229), geographic entity
  (Q27096213) or human population (Q33829) and linked to an entity (a QID); NIL and
  unlinked mentions are left out, since they have no gold cluster;
* alignment: a gold mention is found when a predicted mention (any named or speaker
  mention of the ArticleGraph with an actor) overlaps it with character IoU >= 0.5;
* mention recall: found / gold;
* B-cubed precision, recall, F1 of the clustering over all gold mentions (gold cluster =
  QID, predicted cluster = actor id; a missed mention is its own singleton);
* cross-article pairs: over pairs of found gold mentions from different articles,
  precision = same-QID pairs among same-actor pairs, recall = same-actor pairs among
  same-QID pairs;
* kind agreement: share of found mentions whose actor kind fits the gold type
  (person; organization; country or place for geographic; group for populations);
* the worst splits (one QID, many actors) and merges (one actor, many QIDs).
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
ENTITIES = os.path.join(SHARED, "corpora", "entities")
BBC_GOLD = os.path.join(HERE, "gold", "bbc-entities.jsonl")

#: Wikidata type -> the actor kinds that fit it.
TYPE_KINDS = {
    "Q215627": {"person"},
    "Q43229": {"organization"},
    "Q27096213": {"country", "place"},
    "Q33829": {"group"},
}
SETS = {"msnbc": "msnbc-updated.benchmark.jsonl", "reuters": "reuters-128.benchmark.jsonl"}


def load_elevant(name: str, corpus: str) -> list[dict]:
    """Articles of one ELEVANT file as {id, text, gold: [(start, end, cluster, kinds)]}."""
    docs = []
    with open(os.path.join(corpus, SETS[name]), encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold = []
            for lab in row["labels"]:
                qid = lab.get("entity_id", "")
                kinds = set().union(*(TYPE_KINDS.get(t, set()) for t in lab.get("type", "").split("|")))
                if not qid.startswith("Q") or not kinds or lab.get("coref"):
                    continue
                gold.append((lab["span"][0], lab["span"][1], qid, kinds))
            docs.append({"id": f"{name}/{row['id']}", "text": row["text"], "gold": gold})
    return docs


def load_bbc(path: str, bbc_dir: str, split: str | None = None) -> list[dict]:
    """Our BBC gold set: one line per article, {file, split, labels: [{span, actor, kind}]};
    ``split`` ("train" or "dev") keeps that part only."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if split and row.get("split") != split:
                continue
            with open(os.path.join(bbc_dir, row["file"]), encoding="utf-8", errors="replace") as tf:
                text = tf.read()
            gold = [(lab["span"][0], lab["span"][1], "bbc:" + lab["actor"], _bbc_kinds(lab["kind"]))
                    for lab in row["labels"]]
            docs.append({"id": f"bbc/{row['file']}", "text": text, "gold": gold})
    return docs


def _bbc_kinds(kind: str) -> set[str]:
    return {"country", "place"} if kind in ("country", "place") else {kind}


def predict(docs: list[dict], model: str | None, link: bool = True) -> None:
    """Adds ``pred``: [(start, end, actor id, kind)] to every doc."""
    from stancegraph.curation import add_actor_facts, link_plan
    from stancegraph.graph.model import Article
    from stancegraph.graph.offices import plan_offices
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    ex = Extractor(load_model(model))
    articles = [Article(id=Article.make_id(d["id"] + d["text"]), text=d["text"], path=d["id"]) for d in docs]
    facts: dict = {}
    for doc, graph in zip(docs, ex.extract_many(articles)):
        kinds = {a.id: a.kind for a in graph.actors}
        doc["pred"] = [(m.start, m.end, m.actor, kinds.get(m.actor, "?")) for m in graph.mentions if m.actor]
        add_actor_facts(facts, [graph])
    if link:
        # the cross-article pass the stores run on a load (stancegraph/curation.py)
        links = link_plan(facts, set())
        # offices said without their holder: the holder the graph names, or no actor
        # (stancegraph/graph/offices.py)
        offices = plan_offices(facts.values(), links)
        for doc in docs:
            doc["pred"] = [(s, e, links[a][0] if a in links else offices[a][0] if a in offices else a, k)
                           for s, e, a, k in doc["pred"] if offices.get(a, ("",))[0] is not None]


def _iou(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0)
    return inter / union if union else 0.0


def align(doc: dict) -> list[tuple]:
    """Per gold mention: (doc id, start, end, qid, gold kinds, actor or None, kind or None, text)."""
    out = []
    for s, e, qid, kinds in doc["gold"]:
        best, best_iou = None, 0.5
        for p in doc["pred"]:
            iou = _iou(s, e, p[0], p[1])
            if iou >= best_iou:
                best, best_iou = p, iou
        out.append((doc["id"], s, e, qid, kinds, best[2] if best else None, best[3] if best else None,
                    doc["text"][s:e]))
    return out


def score(rows: list[tuple], worst: int = 10) -> dict:
    n = len(rows)
    if not n:
        return {"gold_mentions": 0}
    found = [r for r in rows if r[5] is not None]
    # predicted cluster: the actor, or a singleton for a missed mention
    pred = [r[5] if r[5] is not None else f"missed:{i}" for i, r in enumerate(rows)]
    gold = [r[3] for r in rows]
    by_pred, by_gold = defaultdict(list), defaultdict(list)
    for i in range(n):
        by_pred[pred[i]].append(i)
        by_gold[gold[i]].append(i)
    gold_of = Counter(zip(pred, gold))
    p = sum(gold_of[(pred[i], gold[i])] / len(by_pred[pred[i]]) for i in range(n)) / n
    r = sum(gold_of[(pred[i], gold[i])] / len(by_gold[gold[i]]) for i in range(n)) / n
    same_actor = same_qid = both = 0
    for a, b in itertools.combinations(found, 2):
        if a[0] == b[0]:
            continue
        sa, sq = a[5] == b[5], a[3] == b[3]
        same_actor += sa
        same_qid += sq
        both += sa and sq
    kind_ok = sum(1 for x in found if x[6] in x[4])
    splits = sorted(((len({pred[i] for i in idx if not pred[i].startswith("missed:")}), q,
                      sorted({rows[i][5] for i in idx if rows[i][5]}))
                     for q, idx in by_gold.items()), reverse=True)
    merges = sorted(((len({gold[i] for i in idx}), a, sorted({rows[i][7] + " " + rows[i][3] for i in idx}))
                     for a, idx in by_pred.items() if not a.startswith("missed:")), reverse=True)
    missed = Counter(x[7] for x in rows if x[5] is None)
    wrong_kind = Counter(f"{x[7]} -> {x[6]} (gold {'/'.join(sorted(x[4]))})" for x in found if x[6] not in x[4])
    return {
        "gold_mentions": n,
        "mention_recall": round(len(found) / n, 4),
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "cross_pairs_precision": round(both / same_actor, 4) if same_actor else None,
        "cross_pairs_recall": round(both / same_qid, 4) if same_qid else None,
        "cross_pairs": {"same_actor": same_actor, "same_entity": same_qid, "both": both},
        "kind_agreement": round(kind_ok / len(found), 4) if found else None,
        "worst_splits": [{"entity": q, "actors": acts} for k, q, acts in splits[:worst] if k > 1],
        "worst_merges": [{"actor": a, "mentions": ms[:8]} for k, a, ms in merges[:worst] if k > 1],
        "most_missed": missed.most_common(worst),
        "wrong_kinds": wrong_kind.most_common(worst),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=("msnbc", "reuters", "bbc"),
                    help="gold set(s) to score (default: every set found)")
    ap.add_argument("--corpus", default=ENTITIES, help="folder of the ELEVANT files")
    ap.add_argument("--bbc-gold", default=BBC_GOLD)
    ap.add_argument("--bbc-dir", default=os.path.join(SHARED, "corpora", "bbc", "politics"))
    ap.add_argument("--split", choices=("train", "dev"), default=None,
                    help="score only this part of the BBC gold set (bench/gold/README.md); default both")
    ap.add_argument("--model", default=None)
    ap.add_argument("--worst", type=int, default=10, help="how many worst splits, merges and misses to list")
    ap.add_argument("--no-link", action="store_true", help="score without the cross-article linking of lone surnames")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args(argv)

    sets = args.set or [s for s in ("msnbc", "reuters", "bbc")
                        if (os.path.exists(os.path.join(args.corpus, SETS[s])) if s in SETS
                            else os.path.exists(args.bbc_gold) and os.path.isdir(args.bbc_dir))]
    if not sets:
        print(f"no gold set found (looked in {args.corpus} and {args.bbc_gold})", file=sys.stderr)
        return 2
    docs_by_set = {s: (load_bbc(args.bbc_gold, args.bbc_dir, args.split) if s == "bbc"
                       else load_elevant(s, args.corpus))
                   for s in sets}
    all_docs = [d for docs in docs_by_set.values() for d in docs]
    predict(all_docs, args.model, link=not args.no_link)
    results = {}
    for s, docs in docs_by_set.items():
        results[s] = score([r for d in docs for r in align(d)], args.worst)
    if len(sets) > 1:
        results["all"] = score([r for d in all_docs for r in align(d)], args.worst)
    for s, res in results.items():
        print(f"== {s}: {res['gold_mentions']} gold mentions")
        for key in ("mention_recall", "bcubed_precision", "bcubed_recall", "bcubed_f1",
                    "cross_pairs_precision", "cross_pairs_recall", "kind_agreement"):
            print(f"  {key:24s} {res.get(key)}")
        print(f"  cross pairs              {res.get('cross_pairs')}")
        for key in ("worst_splits", "worst_merges", "most_missed", "wrong_kinds"):
            if res.get(key):
                print(f"  {key}:")
                for item in res[key]:
                    print(f"    {item}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"sets": sets, "bbc_split": args.split, "results": results}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
