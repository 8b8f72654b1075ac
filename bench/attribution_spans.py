"""Content spans that overlap their gold too little: PolNeAR train predictions that match a
gold attribution at theta 0.3 but not at 0.5 (or at 0.5 but not 0.8), by the shape of the
boundary error.

    python bench/attribution_misses.py --out /tmp/x/preds-train.jsonl   # the predictions
    python bench/attribution_spans.py /tmp/x/preds-train.jsonl           # shapes at 0.3 -> 0.5
    python bench/attribution_spans.py /tmp/x/preds-train.jsonl --low 0.5 --high 0.8 --show "extra tail"

A pair is the scorer's match at ``--low`` (predictions in order, each gold used once) whose
prediction matches no gold at ``--high``. Its shape names each edge: the words the
prediction lacks or adds at the start and at the end, and the gold's gaps (a quote broken
by its speech tag) the prediction runs over. Train only; prints, writes nothing.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from attribution_misses import SHARED, _load_scorer, _read_preds, counted, greedy_match  # noqa: E402

_QUOTE = set('"“”\'‘’')
_CUE_WORD = re.compile(r"\b(said|says|say|told|tells|added|according|wrote|writes|noted|argued|explained|"
                       r"asked|claimed|stated|insisted|declared|announced|continued)\b", re.I)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("preds")
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpora", "polnear"))
    ap.add_argument("--scorer", default=os.path.join(SHARED, "eval", "polnear.py"))
    ap.add_argument("--low", type=float, default=0.3)
    ap.add_argument("--high", type=float, default=0.5)
    ap.add_argument("--show", action="append", default=[])
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    scorer = _load_scorer(args.scorer)
    split_dir = os.path.join(args.corpus, "train")
    texts, gold = scorer.load_gold(split_dir)
    preds = _read_preds(args.preds)
    shapes: dict[str, list[str]] = defaultdict(list)
    edges = Counter()
    for name in sorted(texts):
        for text, gc, gfr, pc, st in _pairs(scorer, texts[name], gold.get(name, []), preds.get(name, []),
                                             args.low, args.high):
            labels = _shape(text, gc, gfr, pc)
            for lab in labels:
                edges[lab.split(":")[0]] += 1
            shapes[" + ".join(labels) + f" [{st.get('kind')}]"].append(_example(name, text, gc, pc, gfr, st))
    total = sum(len(v) for v in shapes.values())
    print(f"pairs matched at {args.low} and not at {args.high}: {total}")
    print("by edge (a pair counts once per edge error):")
    for k, n in edges.most_common():
        print(f"  {n:5d}  {k}")
    print("by whole shape:")
    for k, v in sorted(shapes.items(), key=lambda x: -len(x[1]))[:60]:
        print(f"  {len(v):5d}  {k}")
    rng = random.Random(args.seed)
    for prefix in args.show:
        for label in sorted(k for k in shapes if prefix in k):
            items = shapes[label]
            print(f"\n== {label} ({len(items)})")
            for ex in rng.sample(items, min(args.n, len(items))):
                print("  " + ex)
    return 0


def _pairs(scorer, text, atts, preds, low, high):
    """(text, gold chars, gold fragments, pred chars, pred row) matched at low, unmatched at high."""
    g = [(scorer.chars(a["content"]), a["content"]) for a in atts if a["content"] and a["source"]]
    p = counted(scorer, preds, [x[0] for x in g])
    gold_chars, pred_chars = [x[0] for x in g], [x[0] for x in p]
    hi = set(greedy_match(pred_chars, gold_chars, high).values())
    for j, i in sorted(greedy_match(pred_chars, gold_chars, low).items(), key=lambda x: x[1]):
        if i not in hi:
            yield text, g[j][0], sorted(g[j][1]), p[i][0], p[i][1]


def _shape(text, gc, gfr, pc) -> list[str]:
    gs, ge, ps, pe = min(gc), max(gc) + 1, min(pc), max(pc) + 1
    out = []
    if ps < gs:
        out.append("extra lead: " + _what(text[ps:gs], lead=True))
    elif ps > gs:
        out.append("missing lead: " + _what(text[gs:ps], lead=True))
    if pe > ge:
        out.append("extra tail: " + _what(text[ge:pe], lead=False))
    elif pe < ge:
        out.append("missing tail: " + _what(text[pe:ge], lead=False))
    gaps = [(a[1], b[0]) for a, b in zip(gfr, gfr[1:]) if b[0] > a[1] and ps < b[0] and a[1] < pe]
    if gaps:
        gap = " ".join(text[a:b] for a, b in gaps)
        out.append("over gold gap: " + ("speech tag" if _CUE_WORD.search(gap) else "other"))
    return out or ["same edges, other chars"]


def _what(seg: str, lead: bool) -> str:
    """A rough name for the words an edge adds or lacks."""
    s = seg.strip()
    words = re.findall(r"[\w’']+", s)
    if not words:
        return "punct/marks"
    first = words[0].lower()
    size = "1w" if len(words) == 1 else "2-4w" if len(words) <= 4 else "5-12w" if len(words) <= 12 else "13+w"
    if lead:
        if first in ("that", "whether", "if"):
            return f"'{first}' {size}"
        if _CUE_WORD.search(s):
            return f"holds a cue word {size}"
        if s[:1] in _QUOTE or s[-1:] in _QUOTE:
            return f"quote edge {size}"
        return f"words {size}"
    if "\n" in seg.strip():
        return f"crosses paragraph {size}"
    if re.search(r"[.!?][\"”’']?\s+[\"“]?[A-Z]", s):
        return f"crosses sentence {size}"
    if _CUE_WORD.search(s):
        return f"holds a cue word {size}"
    if first in ("and", "but", "or"):
        return f"'{first}' + {size}"
    if s[:1] == ",":
        return f"comma + {size}"
    if first in ("because", "since", "as", "while", "when", "after", "before", "if", "unless", "although",
                 "though", "so", "until"):
        return f"subordinate {size}"
    if first in ("in", "on", "at", "for", "to", "with", "by", "from", "of", "about", "over", "against"):
        return f"prep phrase {size}"
    return f"words {size}"


def _example(name, text, gc, pc, gfr, st) -> str:
    gs, ge, ps, pe = min(gc), max(gc) + 1, min(pc), max(pc) + 1
    frags = " | ".join(text[a:b][:60] for a, b in gfr) if len(gfr) > 1 else ""
    return (f"{name[:30]} GOLD={text[gs:ge][:220]!r}{' FRAGS=' + repr(frags) if frags else ''}\n"
            f"      PRED={text[ps:pe][:220]!r} CUE={(st.get('cue') or {}).get('text')!r}")


if __name__ == "__main__":
    sys.exit(main())
