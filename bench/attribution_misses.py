"""Misses and false positives of the attribution extractor on a PolNeAR split, by sub-class.

    python bench/attribution_misses.py                       # train: parse (cached), extract, score, classify
    python bench/attribution_misses.py --show "no content: NP object" --n 10
    python bench/attribution_misses.py --compare preds-train-before.jsonl   # what a rule added and removed
    python bench/attribution_misses.py --lemma say --show "span: too short" # one cue verb's misses, by shape
    python bench/attribution_misses.py --statements-only     # without the record's stance rows

Study the train split only (dev is only scored, with bench/attribution.py). The parses are
kept in a DocBin (``--cache``) so that trying a rule costs the extraction rules alone, not
a new parse. A gold attribution is matched as ``../shared/eval/polnear.py`` matches it (its
content at theta 0.5, predictions in order, each gold used once); a sourced gold that is
not a hit gets one class:

- ``speaker wrong``: the content matched, the speaker did not;
- ``span ...``: a prediction overlaps the content but not enough (too long / too short at
  the start or the end, shifted), or the overlapping prediction matched another gold;
- ``listed cue ...``: the gold cue's head lemma is in the cue lists; the sub-class says where
  the pipeline lost it (not a cue, no subject, no content and where the gold content lies,
  a content elsewhere, dropped after extraction);
- ``unlisted cue (one word | several words)``, ``according to``, ``no cue``.

A false positive (an unmatched prediction the scorer counts) is ``fp: piece of a hit`` (it
overlaps a gold content another prediction matched), ``fp: span`` (overlaps an unmatched
gold content), or ``fp: no gold <kind>``. Nothing from the corpus is written to the repository.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
THETA = 0.5
#: per miss class, how often each gold cue (lower case) falls in it
CUE_WORDS: dict[str, Counter] = defaultdict(Counter)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpora", "polnear"))
    ap.add_argument("--scorer", default=os.path.join(SHARED, "eval", "polnear.py"))
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--cache", default=None, help="DocBin of the parses (default /tmp/stancegraph-polnear-<split>.spacy)")
    ap.add_argument("--out", default=None, help="predictions file (default preds-<split>.jsonl)")
    ap.add_argument("--compare", default=None, metavar="OLD_JSONL", help="rows added and removed against an older run")
    ap.add_argument("--show", action="append", default=[], help="print examples of classes starting with this")
    ap.add_argument("--n", type=int, default=8, help="examples per --show class")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lemma", default=None, help="only the misses whose gold cue's head verb has this lemma, "
                    "each class split by where the content and the cue's subject lie")
    ap.add_argument("--statements-only", action="store_true",
                    help="score the graph's statements alone, without the record's stance rows")
    args = ap.parse_args(argv)
    if args.split != "train" and (args.show or args.compare):
        sys.exit("study train only: dev is only scored (bench/attribution.py --split dev)")
    scorer = _load_scorer(args.scorer)
    split_dir = os.path.join(args.corpus, args.split)
    texts, gold = scorer.load_gold(split_dir)
    names = sorted(texts)
    docs, rows = extract(names, texts, args.cache or f"/tmp/stancegraph-polnear-{args.split}.spacy")
    if args.statements_only:
        rows = {name: [r for r in found if r["kind"] != "stance"] for name, found in rows.items()}
    out = args.out or f"preds-{args.split}.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for name in names:
            fh.write(json.dumps({"path": name, "statements": rows[name]}, ensure_ascii=False) + "\n")
    r = scorer.score(split_dir, out)[THETA]
    print(f"theta {THETA}: attribution P {r['attr_p']:.4f} R {r['attr_r']:.4f} F1 {r['attr_f']:.4f}, "
          f"speaker accuracy {r['speaker_acc']:.4f}")
    classes = classify(scorer, names, texts, gold, docs, rows, args.lemma)
    report(classes)
    rng = random.Random(args.seed)
    for prefix in args.show:
        for label in sorted(c for c in classes if c.startswith(prefix)):
            items = classes[label]
            print(f"\n== {label} ({len(items)})")
            for ex in rng.sample(items, min(args.n, len(items))):
                print("  " + ex)
    if args.compare:
        compare(scorer, names, texts, gold, _read_preds(args.compare), rows)
    return 0


def _load_scorer(path):
    spec = importlib.util.spec_from_file_location("polnear_scorer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _read_preds(path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return {o["path"]: o["statements"] for o in map(json.loads, fh) if o}


def extract(names, texts, cache):
    """Parsed Docs (from the cache, else parsed and cached) and each article's record rows."""
    from spacy.tokens import DocBin

    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor, extract_jsonl_record

    nlp = load_model(None)
    ex = Extractor(nlp)
    if os.path.exists(cache):
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(ex._prepare(texts[n]) for n in names))
        bin_ = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS",
                             "SENT_START", "SPACY"])
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
    rows = {}
    for name, doc in zip(names, docs):
        t = texts[name]
        rec = extract_jsonl_record(name, ex.build(Article(id=Article.make_id(t), text=t, path=name), doc))
        rows[name] = rec["statements"]
    return dict(zip(names, docs)), rows


def counted(scorer, preds, gold_contents):
    """The predictions the scorer counts, as (content chars, row): a prediction whose cue lies
    inside a gold content (a nested report) is neither right nor wrong."""
    every = set().union(*gold_contents) if gold_contents else set()
    out = []
    for st in preds:
        c = scorer.chars(scorer.span_frags(st.get("content")))
        cue = scorer.chars(scorer.span_frags(st.get("cue")))
        if c and not (cue and len(cue & every) > 0.5 * len(cue)):
            out.append((c, st))
    return out


def greedy_match(pred_chars, gold_chars, theta) -> dict[int, int]:
    """The scorer's greedy matching, gold index -> prediction index: each prediction in turn
    takes the first unused gold both of whose overlaps reach ``theta``."""
    used: dict[int, int] = {}
    for i, pc in enumerate(pred_chars):
        for j, gc in enumerate(gold_chars):
            ov = len(pc & gc)
            if j not in used and ov / len(gc) >= theta and ov / len(pc) >= theta:
                used[j] = i
                break
    return used


def _matches(scorer, atts, preds):
    """The scorer's matching of one article: gold tuples, counted predictions, gold -> pred."""
    g = [(scorer.chars(a["content"]), scorer.chars(a["source"]), scorer.chars(a["cue"]), a) for a in atts
         if a["content"]]
    p = [(c, scorer.chars(scorer.span_frags(st.get("speaker"))), st)
         for c, st in counted(scorer, preds, [x[0] for x in g])]
    return g, p, greedy_match([x[0] for x in p], [x[0] for x in g], THETA)


def classify(scorer, names, texts, gold, docs, rows, lemma=None) -> dict[str, list[str]]:
    classes: dict[str, list[str]] = defaultdict(list)
    for name in names:
        text, doc = texts[name], docs[name]
        g, p, used = _matches(scorer, gold.get(name, []), rows[name])
        hit_of = {i: j for j, i in used.items()}
        for j, (gc, gs, gq, _) in enumerate(g):
            head = _cue_head(doc, gq) if lemma else None
            if not gs or lemma and (head is None or head.lemma_.lower() != lemma):
                continue
            if j in used and p[used[j]][1] & gs:
                classes["hit"].append(name)
                continue
            label, pred = _miss_class(j, g, p, used, hit_of, doc)
            if head is not None:
                label += " | " + _shape(head, gc)
            classes[label].append(_example(name, text, gq, gc, pred))
            if gq:
                CUE_WORDS[label][text[min(gq):max(gq) + 1].lower()] += 1
        for i, (pc, _, st) in enumerate(p):
            if i in hit_of:
                continue
            over = [j for j, x in enumerate(g) if x[0] & pc]
            if any(j in used for j in over):
                label = "fp: piece of a hit"
            elif over:
                label = "fp: span"
            else:
                label = f"fp: no gold {st.get('kind')} {'cue' if st.get('cue') else 'no cue'}"
            classes[label].append(_example(name, text, set(), set(), st))
    return classes


def _miss_class(j, g, p, used, hit_of, doc):
    gc, gs, gq, _ = g[j]
    if j in used:
        return "speaker wrong", p[used[j]][2]
    over = [(len(pc & gc), i) for i, (pc, _, _) in enumerate(p) if pc & gc]
    if over:
        ov, i = max(over)
        pc = p[i][0]
        if i in hit_of:
            return "span: pred matched another gold", p[i][2]
        return "span: " + _span_shape(gc, pc, ov), p[i][2]
    return _cue_class(gq, gc, p, doc), None


def _span_shape(gc, pc, ov) -> str:
    gs, ge, ps, pe = min(gc), max(gc) + 1, min(pc), max(pc) + 1
    if ov / len(gc) >= THETA:  # the prediction holds the gold but runs over
        return "too long at the " + ("start" if gs - ps > pe - ge else "end")
    if ov / len(pc) >= THETA:
        return "too short at the " + ("start" if ps - gs > ge - pe else "end")
    return "shifted"


def _cue_class(gq, gc, p, doc) -> str:
    from stancegraph.loaders.extract import cues
    from stancegraph.loaders.extract.cue_phrases import PHRASE_VERBS

    if not gq:
        return "no cue"
    span = doc.char_span(min(gq), max(gq) + 1, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return "no cue"
    if " ".join(t.lower_ for t in words) in ("according to", "according"):
        return "according to"
    head = _cue_head(doc, gq)
    lemma = head.lemma_.lower()
    listed = cues.all_cue_lemmas(attitudes=True) | PHRASE_VERBS
    if lemma not in listed:
        content = [t for t in words if t.pos_ not in ("AUX", "DET", "ADV", "PART", "ADP", "PRON")]
        return "unlisted cue (several words)" if len(content) > 1 else "unlisted cue (one word)"
    if head.pos_ != "VERB":
        return f"listed cue: not a verb ({head.pos_})"
    return "listed cue: " + _pipeline_loss(head, lemma, gq, gc, p)


def _cue_head(doc, gq):
    """The head word of a gold cue (its verb, if it has one), or None."""
    span = doc.char_span(min(gq), max(gq) + 1, alignment_mode="expand") if gq else None
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return None
    heads = [t for t in words if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return next((t for t in heads if t.pos_ == "VERB"), heads[0] if heads else words[0])


def _shape(t, gc) -> str:
    """Where a gold content lies against its cue, and where the cue's subject is."""
    gs, ge = min(gc), max(gc) + 1
    where = "content before cue" if ge <= t.idx else "content after cue" if gs >= t.idx + len(t) else \
        "cue inside content"
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return where + (", subject " + ("after" if subj[0].i > t.i else "before") if subj else f", no subject ({t.dep_})")


def _pipeline_loss(t, lemma, gq, gc, p) -> str:
    """Where the extractor lost a gold attribution whose cue verb is in the lists."""
    from stancegraph.loaders.extract import cues, statements as st
    from stancegraph.loaders.extract.nlp import text_of
    from stancegraph.loaders.extract.quotes import find_quotes, quote_index
    from stancegraph.loaders.extract.cue_subjects import cue_subject, may_state

    doc = t.doc
    quotes = find_quotes(text_of(doc))
    in_quote = quote_index(doc, quotes)
    lemmas = cues.all_cue_lemmas(attitudes=True)
    if in_quote[t.i]:
        return "cue inside a quote"
    if any(c.dep_ == "neg" for c in t.children):
        return "negated"
    if not st._is_cue(t, lemmas, in_quote):
        if t.dep_ in ("amod", "compound"):
            return "not a cue: modifier"
        return "not a cue: infinitive or other filter"
    if lemma in cues.ATTITUDE_VERBS:
        return "attitude verb (excluded)"
    if cue_subject(t, in_quote) is None:
        return "no subject found"
    if not may_state(lemma, cue_subject(t, in_quote)):
        return "intention of a non-person"
    cue_preds = [x for x in p if x[2].get("cue") and x[2]["cue"]["start"] <= t.idx < x[2]["cue"]["end"]]
    if cue_preds:
        return "content elsewhere"
    qis = []  # the quotes of this cue are not recomputed: a cue with quotes has a content
    content, _, _ = st._cue_content(t, lemma, qis, quotes, in_quote, lemmas)
    if content is not None:
        return "content found, then dropped"
    return "no content: " + _where(t, gc)


def _where(t, gc) -> str:
    """Where the gold content lies against a cue that found none."""
    doc, sent = t.doc, t.sent
    gs, ge = min(gc), max(gc) + 1
    if ge <= sent.start_char:
        return "previous sentence"
    if gs >= sent.end_char:
        return "next sentence"
    for c in t.children:
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
        if lo < ge and gs < hi and c.i > t.i:
            return f"child {c.dep_}" + (" (NP object)" if c.dep_ == "dobj" else "")
    if gs < t.idx:
        return "before the cue, same sentence"
    if t.head.i != t.i and t.head.idx <= gs:
        return f"cue is {t.dep_} of a later head"
    return "same sentence, not under the cue"


def _example(name, text, gq, gc, pred) -> str:
    bits = [name[:40]]
    if gq:
        bits.append(f"cue={text[min(gq):max(gq) + 1]!r}")
    if gc:
        bits.append(f"gold={text[min(gc):max(gc) + 1][:200]!r}")
    if pred:
        c = pred["content"]
        cue = pred.get("cue") or {}
        bits.append(f"pred[{(pred.get('speaker') or {}).get('text')}|{cue.get('text')}|{pred.get('kind')}]="
                    f"{text[c['start']:c['end']][:200]!r}")
    return " ".join(bits)


def report(classes) -> None:
    hits = len(classes.get("hit", []))
    misses = {k: len(v) for k, v in classes.items() if k != "hit" and not k.startswith("fp:")}
    fps = {k: len(v) for k, v in classes.items() if k.startswith("fp:")}
    print(f"\nsourced gold: {hits + sum(misses.values())}, hits {hits}")
    for k, n in sorted(misses.items(), key=lambda x: -x[1]):
        top = ", ".join(f"{w} {c}" for w, c in CUE_WORDS[k].most_common(6))
        print(f"  {n:6d}  {k}  [{top}]")
    print(f"false positives: {sum(fps.values())}")
    for k, n in sorted(fps.items(), key=lambda x: -x[1]):
        print(f"  {n:6d}  {k}")


def compare(scorer, names, texts, gold, old, new) -> None:
    """Rows (content, speaker) a change added and removed, and how many of each were hits."""
    def hits(name, preds):
        g, p, used = _matches(scorer, gold.get(name, []), preds)
        # True: a hit; None: the content of a gold with no source (counts neither way)
        ok = {i: (bool(p[i][1] & g[j][1]) if g[j][1] else None) for j, i in used.items()}
        return {_key(st): ok.get(i, False) for i, (_, _, st) in enumerate(p)}

    added, removed = Counter(), Counter()
    shown = []
    for name in names:
        a, b = hits(name, old.get(name, [])), hits(name, new.get(name, []))
        for k in b.keys() - a.keys():
            added[b[k]] += 1
            shown.append(("+", b[k], name, k))
        for k in a.keys() - b.keys():
            removed[a[k]] += 1
            shown.append(("-", a[k], name, k))
    print(f"\nadded {sum(added.values())} rows ({added[True]} hits, {added[None]} unsourced); removed "
          f"{sum(removed.values())} rows ({removed[True]} hits, {removed[None]} unsourced)")
    for sign, ok, name, (cs, ce, _) in shown[:200]:
        print(f"  {sign}{'hit' if ok else ' - ' if ok is None else '   '} {name[:40]} {texts[name][cs:ce][:150]!r}")


def _key(st):
    sp = st.get("speaker") or {}
    return st["content"]["start"], st["content"]["end"], (sp.get("start"), sp.get("end"))


if __name__ == "__main__":
    sys.exit(main())
