"""Stance benchmark on SEESAW: entity-to-entity stance triplets of news sentences.

    python bench/stances.py                      # valid split, scores on stdout
    python bench/stances.py --split train --errors errors-train.txt   # study errors (train only)
    python bench/stances.py --split valid --json bench/results/stances-seesaw-valid.json

Each article's sentences are written one a line (the extractor starts a sentence at every
line) and extracted with the project's Extractor; nothing else of the corpus is used. Each
stance edge (SUPPORTS, OPPOSES, DOES_NOT_SUPPORT) has its holder and target linked by name to
the article's gold entity list: normalised equality, then the project's alias table
(GOP ~ Republican Party), acronyms (FBI ~ Federal Bureau of Investigation), token
containment (Trump ~ Donald Trump, House ~ United States House of Representatives),
plural group names (Republicans ~ Republican Party) and first-name variants of one surname
(Chuck ~ Charles Schumer); a topic the same way, with its lexicon wordings (Obamacare ~
Affordable Care Act), and only to an entry with its head noun (sanctions ~ U.S. sanctions, not
child tax credit ~ tax). An edge is matched to the gold
triplets of the sentence(s) its evidence covers.

Scores:

* pair precision: linked edges whose (holder, target) is a gold pair of their sentence /
  linked edges (both ends link to the gold list; an edge about entities the annotators did
  not list cannot be judged, and is counted apart as ``unlinked``);
* pair recall: gold (sentence, subject, object) found by some edge / gold pairs whose two
  ends are in the list ("Not in the list" ends cannot be linked and are left out);
* polarity accuracy: on matched pairs, POS for SUPPORTS and NEG for OPPOSES and
  DOES_NOT_SUPPORT;
* full triplet: pair and polarity, precision / recall / F1. ``strict_precision`` also counts
  unlinked edges as wrong.

SEESAW is CC BY-NC-SA (../shared/corpora/seesaw/README.md): it is read in place, for
measuring and error study only; nothing from it is copied into the repository.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SEESAW = os.path.join(SHARED, "corpora", "seesaw")
STANCE_TYPES = ("SUPPORTS", "OPPOSES", "DOES_NOT_SUPPORT")
NIL = "not in the list"
_STOP = frozenset("the a an of and for in on at to 's s".split())


# ---- corpus --------------------------------------------------------------------------

def load_split(corpus: str, split: str, limit: int = 0) -> list[dict]:
    """Articles of one split: sentences (id, text), gold entities, gold triplets, date."""
    stories = {}
    for name in sorted(os.listdir(os.path.join(corpus, "meta"))):
        with open(os.path.join(corpus, "meta", name), encoding="utf-8") as fh:
            meta = json.load(fh)
        if meta.get("Split") == split:
            stories[meta["triplet_id"]] = meta.get("story_time")
    out = []
    for name in sorted(os.listdir(os.path.join(corpus, "articles"))):
        m = re.match(r"TRIPLET_(\w+?)_DOCUMENT_(\d+)\.json$", name)
        if not m or m.group(1) not in stories:
            continue
        with open(os.path.join(corpus, "articles", name), encoding="utf-8") as fh:
            art = json.load(fh)
        with open(os.path.join(corpus, "annotations", name), encoding="utf-8") as fh:
            ann = json.load(fh)
        sents = art["text"] if isinstance(art["text"], list) else ast.literal_eval(art["text"])
        gold = set()
        for sid, triplets in ann.get("sentence-level stances", {}).items():
            for t in triplets:
                gold.add((int(sid), t["subject"], t["sentiment"], t["object"]))
        out.append({"name": name, "date": stories[m.group(1)], "sentences": sents,
                    "entities": [e[0] for e in ann.get("entity lists", [])], "gold": gold})
    return out[:limit] if limit else out


def article_text(sentences: list[dict]) -> tuple[str, list[tuple[int, int, int]]]:
    """The text, one sentence a line, and (start, end, sentence id) of each line."""
    parts, spans, pos = [], [], 0
    for s in sentences:
        text = " ".join(str(s.get("text") or "").split())
        if not text:
            continue
        parts.append(text)
        spans.append((pos, pos + len(text), int(s["id"])))
        pos += len(text) + 1
    return "\n".join(parts) + "\n", spans


# ---- linking names to the gold list -----------------------------------------------------

def _norm(name: str) -> str:
    name = name.lower().replace("’", "'")
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"[^\w\s-]", " ", name).replace("-", " ")
    words = name.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _content(name: str) -> set[str]:
    return {w for w in _norm(name).split() if w not in _STOP}


def _acronym(name: str) -> str:
    return "".join(w[0] for w in _norm(name).split() if w not in _STOP and w)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def link(names: list[str], entities: list[str], table=None) -> set[str]:
    """The gold entity names one node (its name and aliases) stands for."""
    found: set[str] = set()
    canon = set()
    if table is not None:
        for n in names:
            e = table.lookup(n)
            if e is not None:
                canon.add(_norm(e.name))
    keys = {_norm(n) for n in names if n} | canon
    for ent in entities:
        ek = _norm(ent)
        if ek in keys:
            found.add(ent)
    if found:
        return found
    for ent in entities:
        ek, ec = _norm(ent), _content(ent)
        if not ec:
            continue
        for k in keys:
            kc = {w for w in k.split() if w not in _STOP}
            if not kc:
                continue
            singular_k = {_singular(w) for w in kc}
            singular_e = {_singular(w) for w in ec}
            # "Democrats" ~ "Democratic Party": a plural group name opens the party's name
            if len(kc) == 1 and "party" in ec and _singular(k)[:6] == ek[:6] and len(k) >= 6:
                found.add(ent)
                break
            if (len(ec) > 1 and k == _acronym(ent)) or (len(kc) > 1 and ek == _acronym(k)) \
                    or kc <= ec or ec <= kc or singular_k <= singular_e or singular_e <= singular_k:
                found.add(ent)
                break
    return found or _same_person(keys, entities)


#: words that end the head part of an issue's name: "executive action on immigration"
_NAME_PREPS = frozenset("of for on to in against by with that from over about such".split())


def _head(name: str) -> str:
    """The head noun of an issue's name: the last word before its first preposition, singular."""
    chunk: list[str] = []
    for w in _norm(name).split():
        if w in _NAME_PREPS and chunk:
            break
        chunk.append(w)
    return _singular(chunk[-1]) if chunk else ""


def link_topic(names: list[str], entities: list[str], table=None) -> set[str]:
    """The gold entries a topic stands for: linked as an actor is (normalised equality, then
    containment), with the project's lexicon wordings of its name ("Obamacare" ~ "Affordable
    Care Act"), and only to an entry with the same head noun ("generous child tax credit" ~
    "child tax credit", not ~ "tax"; "sanctions" ~ "U.S. sanctions", not "recall effort" ~ "recall")."""
    from stancegraph.loaders.extract.topics import LEXICON

    words = list(names) + [w for n in names for w in LEXICON.get(n, ())]
    heads = {_head(n) for n in words}
    return {e for e in link(words, entities, table) if _head(e) in heads}


def _same_person(keys: set[str], entities: list[str]) -> set[str]:
    """One person under two first names: the same surname and first names with the same
    initial (Chuck ~ Charles Schumer, Pat ~ Patrick Toomey, V. Putin ~ Vladimir Putin), when a
    single entity of the list fits (not Joe ~ Beau Biden)."""
    found = set()
    for ent in entities:
        ew = _norm(ent).split()
        for k in keys:
            kw = k.split()
            if len(ew) >= 2 and len(kw) >= 2 and ew[-1] == kw[-1] and len(ew[-1]) > 2 and ew[0][0] == kw[0][0]:
                found.add(ent)
    return found if len(found) == 1 else set()


# ---- scoring ------------------------------------------------------------------------------

def _sentence_ids(rel, spans) -> set[int]:
    s = rel.sentence
    if s is None:
        return set()
    return {sid for a, b, sid in spans if a < s.end and s.start < b}


def score_article(art: dict, graph, table=None) -> dict:
    names = {a.id: [a.name] + list(a.aliases) for a in graph.actors}
    topics = {t.id: [t.name] + list(t.aliases) for t in graph.topics}
    display = {a.id: a.name for a in graph.actors}
    display.update({t.id: t.name for t in graph.topics})
    gold = {g for g in art["gold"] if NIL not in (g[1].lower(), g[3].lower())}
    gold_pairs = {(s, a, b) for s, a, _, b in gold}
    res = {"edges": 0, "linked": 0, "pair_ok": 0, "triplet_ok": 0, "polarity_ok": 0,
           "gold_pairs": len(gold_pairs), "gold_triplets": len(gold), "found_pairs": set(),
           "found_triplets": set(), "errors": []}
    spans = art["spans"]
    for r in graph.relations:
        if r.type not in STANCE_TYPES:
            continue
        res["edges"] += 1
        holders = link(names.get(r.source, []), art["entities"], table)
        targets = link_topic(topics[r.target], art["entities"], table) if r.target in topics else link(
            names.get(r.target, []), art["entities"], table)
        sents = _sentence_ids(r, spans)
        pol = "POS" if r.type == "SUPPORTS" else "NEG"
        row = {"sentence": r.sentence.text if r.sentence else "", "holder": display.get(r.source, r.source),
               "type": r.type, "target": display.get(r.target, r.target), "cue": r.cue,
               "gold": sorted(f"{a} {p} {b}" for s, a, p, b in art["gold"] if s in sents)}
        if not holders or not targets:
            row["verdict"] = "unlinked"
            res["errors"].append(row)
            continue
        res["linked"] += 1
        pairs = {(s, a, b) for s in sents for a in holders for b in targets} & gold_pairs
        trips = {(s, a, pol, b) for s, a, b in pairs} & gold
        if pairs:
            res["pair_ok"] += 1
            res["found_pairs"] |= pairs
        if trips:
            res["triplet_ok"] += 1
            res["polarity_ok"] += 1
            res["found_triplets"] |= trips
        row["verdict"] = "ok" if trips else ("polarity" if pairs else "no gold pair")
        res["errors"].append(row)
    res["missed"] = sorted(gold - res["found_triplets"])
    return res


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def totals(results: list[dict]) -> dict:
    t = {k: sum(r[k] for r in results) for k in
         ("edges", "linked", "pair_ok", "triplet_ok", "polarity_ok", "gold_pairs", "gold_triplets")}
    found_pairs = sum(len(r["found_pairs"]) for r in results)
    found_trips = sum(len(r["found_triplets"]) for r in results)
    p, rc = _ratio(t["triplet_ok"], t["linked"]), _ratio(found_trips, t["gold_triplets"])
    return {
        "articles": len(results), "stance_edges": t["edges"], "linked_edges": t["linked"],
        "unlinked_edges": t["edges"] - t["linked"],
        "gold_pairs": t["gold_pairs"], "gold_triplets": t["gold_triplets"],
        "pair_precision": _ratio(t["pair_ok"], t["linked"]), "pair_recall": _ratio(found_pairs, t["gold_pairs"]),
        "polarity_accuracy": _ratio(t["polarity_ok"], t["pair_ok"]),
        "triplet_precision": p, "triplet_recall": rc,
        "triplet_f1": round(2 * p * rc / (p + rc), 3) if p + rc else 0.0,
        "strict_precision": _ratio(t["triplet_ok"], t["edges"]),
    }


def run(arts: list[dict], n_process: int = 1) -> list[dict]:
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.aliases import default_table
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    table = default_table()
    ex = Extractor(load_model())
    articles = []
    for art in arts:
        text, art["spans"] = article_text(art["sentences"])
        articles.append(Article(id=Article.make_id(text + art["name"]), text=text, published=art["date"],
                                path=art["name"]))
    out = []
    for art, graph in zip(arts, ex.extract_many(articles, n_process=n_process)):
        res = score_article(art, graph, table)
        res["name"] = art["name"]
        out.append(res)
    return out


def write_errors(path: str, results: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in results:
            for e in r["errors"]:
                fh.write(f"[{e['verdict']}] {r['name']}\n    {e['holder']} --{e['type']}--> {e['target']}"
                         f"   (cue: {e['cue']!r})\n    {e['sentence']}\n    gold: {'; '.join(e['gold'])}\n\n")
            for s, a, p, b in r["missed"]:
                fh.write(f"[missed] {r['name']} sentence {s}: {a} {p} {b}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=SEESAW)
    ap.add_argument("--split", default="valid", choices=("train", "valid", "test"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--json", default=None, help="also write the scores to this file")
    ap.add_argument("--errors", default=None, help="write every edge and every missed triplet here")
    args = ap.parse_args(argv)
    if args.errors and args.split != "train":
        print("bench/stances.py: study errors on the train split only", file=sys.stderr)
        return 2
    arts = load_split(args.corpus, args.split, args.limit)
    if not arts:
        print(f"bench/stances.py: no {args.split} articles under {args.corpus}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    results = run(arts, args.n_process)
    scores = totals(results)
    scores.update(split=args.split, seconds=round(time.perf_counter() - t0, 1))
    for k, v in scores.items():
        print(f"{k}: {v}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(scores, fh, indent=1)
            fh.write("\n")
    if args.errors:
        write_errors(args.errors, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
