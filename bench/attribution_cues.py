"""Cue and speaker study on the PolNeAR **train** split (issue 19): which cues, phrases and
speaker rules are worth adding, measured before they are added.

    python bench/attribution_cues.py parse                       # parse train once (a DocBin cache)
    python bench/attribution_cues.py candidates --top 60         # unlisted cue patterns: uses, gold share, gain
    python bench/attribution_cues.py misses --top 40             # missed gold cues by lemma pattern
    python bench/attribution_cues.py probe --verbs rebuff,lament  # precision of each cue if it were listed
    python bench/attribution_cues.py probe --phrases raise:concern:about
    python bench/attribution_cues.py speakers --top 30           # right content, wrong speaker: by kind
    python bench/attribution_cues.py score --save after.json     # totals, and every row's verdict
    python bench/attribution_cues.py diff before.json after.json # what a change added and dropped

``candidates`` counts, for each verb pattern outside the cue lists (lemma; lemma + particle;
lemma + object noun; lemma + object + preposition; "be" + adjective + preposition or
clause), its uses with a subject outside quotes, how many of them lie in a gold cue of a
sourced attribution (the cue's precision as annotated) and how many of those are missed now
(the gain if every use gave the right content). ``probe`` then lists the patterns as cues
for one run of the real extractor and reports, per pattern, the statements it made that
match a gold attribution at theta 0.5 (speaker and content) and those that do not: the
statement precision the rule would have, and the split's F1 with and without it.

Only the train split is read (dev and the held-out sets are scored, never studied). The
corpus and the scorer stay in ../shared; the cache holds parses only.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
THETA = 0.5


def _scorer(path: str):
    spec = importlib.util.spec_from_file_location("polnear_scorer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Split:
    """The train texts, gold attributions and cached parses."""

    def __init__(self, args):
        self.pol = _scorer(args.scorer)
        self.dir = os.path.join(args.corpus, "train")
        self.texts, self.gold = self.pol.load_gold(self.dir)
        self.names = sorted(self.texts)
        if args.limit:
            self.names = self.names[: args.limit]
        self.cache = os.path.join(args.cache, "train.spacy")

    def docs(self, nlp):
        from spacy.tokens import DocBin

        from stancegraph.loaders.extract.nlp import keep_text

        every = sorted(self.texts)
        docs = DocBin().from_disk(self.cache).get_docs(nlp.vocab)
        for name, doc in zip(every, docs):
            if name in self.names:
                keep_text(doc, self.texts[name])
                yield name, doc


def parse(args) -> int:
    from spacy.tokens import DocBin

    split, nlp, ex = _setup(args)
    db = DocBin(store_user_data=False)
    names = sorted(split.texts)
    for doc in nlp.pipe((ex._prepare(split.texts[n]) for n in names), batch_size=32):
        db.add(doc)
    os.makedirs(args.cache, exist_ok=True)
    db.to_disk(split.cache)
    print(f"parsed {len(names)} train articles -> {split.cache}")
    return 0


# ---- matching, as the scorer does it -------------------------------------------------------

def match(pol, rows, atts):
    """Per row: "tp" (content and speaker), "spk" (content, speaker wrong), "fp", "nosrc"
    (content of a gold without source: not counted) or "skip" (cue inside a gold content);
    per sourced gold: whether it was hit (content and speaker)."""
    g = [(pol.chars(a["content"]), pol.chars(a["source"])) for a in atts if a["content"]]
    allc = set().union(*[x[0] for x in g]) if g else set()
    verdicts, used, hit = [], set(), set()
    for st in rows:
        c = pol.chars(pol.span_frags(st.get("content")))
        cue = pol.chars(pol.span_frags(st.get("cue")))
        if not c or cue and len(cue & allc) > 0.5 * len(cue):
            verdicts.append("skip")
            continue
        found = None
        for j, (gc, _) in enumerate(g):
            ov = len(c & gc)
            if j not in used and ov / len(gc) >= THETA and ov / len(c) >= THETA:
                found = j
                break
        if found is None:
            verdicts.append("fp")
            continue
        used.add(found)
        gs = g[found][1]
        sp = pol.chars(pol.span_frags(st.get("speaker")))
        if not gs:
            verdicts.append("nosrc")
        elif sp & gs:
            verdicts.append("tp")
            hit.add(found)
        else:
            verdicts.append("spk")
    sourced = [j for j, (gc, gs) in enumerate(g) if gs]
    return verdicts, {j: j in hit for j in sourced}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


# ---- cue patterns -----------------------------------------------------------------------------

def patterns(t) -> list[str]:
    """The cue patterns a verb (or predicative adjective) token stands in: "rebuff";
    "lash out"; "raise concern"; "raise concern about"; "be critical of"."""
    lemma = t.lemma_.lower()
    if t.pos_ == "ADJ":
        if t.dep_ != "acomp":
            return []
        tail = next((c.lower_ if c.dep_ == "prep" else "that" if c.dep_ == "ccomp" else "to" for c in t.children
                     if c.dep_ in ("prep", "ccomp", "xcomp")), None)
        return [f"be {lemma} {tail}"] if tail else []
    keys = [lemma]
    for c in t.children:
        if c.dep_ == "prt":
            keys.append(f"{lemma} {c.lower_}")
        elif c.dep_ == "dobj" and c.pos_ == "NOUN":
            obj = c.lemma_.lower()
            keys.append(f"{lemma} {obj}")
            for holder in (c, t):
                for p in holder.children:
                    if p.dep_ == "prep" and p.i > c.i:
                        keys.append(f"{lemma} {obj} {p.lower_}")
    return keys


def _token_keys(doc, in_quote):
    from stancegraph.loaders.extract.cue_subjects import cue_subject

    for t in doc:
        if in_quote[t.i] or t.pos_ not in ("VERB", "ADJ"):
            continue
        if t.pos_ == "ADJ":
            subj_of = t.head if t.head.lemma_ in ("be", "remain", "seem", "sound", "appear") else None
            if subj_of is None or cue_subject(subj_of, in_quote) is None:
                continue
        elif cue_subject(t, in_quote) is None:
            continue
        yield t, patterns(t)


def _gold_cues(pol, atts, hits):
    """char -> (is the sourced gold attribution of this cue hit now?) for each sourced gold cue."""
    out = {}
    g = [a for a in atts if a["content"]]
    for j, a in enumerate(g):
        if not a["source"]:
            continue
        for ch in pol.chars(a["cue"]):
            out[ch] = out.get(ch, False) or hits.get(j, False)
    return out


def _setup(args):
    """The split, the spaCy pipeline and an Extractor over it."""
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    nlp = load_model(args.model)
    return Split(args), nlp, Extractor(nlp)


def _predict(split, nlp, ex):
    """Per article: (doc, record rows, graph)."""
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    for name, doc in split.docs(nlp):
        text = split.texts[name]
        graph = ex.build(Article(id=Article.make_id(text), text=text, path=name), doc)
        yield name, doc, extract_jsonl_record(name, graph)["statements"], graph


def candidates(args) -> int:
    """Unlisted cue patterns: uses, share in gold cues, gain (missed gold cues they hold)."""
    from stancegraph.loaders.extract import cues
    from stancegraph.loaders.extract.cue_phrases import PHRASE_CUES
    from stancegraph.loaders.extract.quotes import find_quotes, quote_index

    split, nlp, ex = _setup(args)
    listed = cues.all_cue_lemmas(attitudes=True) | cues.ATTITUDE_VERBS
    uses, in_gold, missed = collections.Counter(), collections.Counter(), collections.Counter()
    for name, doc, rows, _ in _predict(split, nlp, ex):
        _, hits = match(split.pol, rows, split.gold.get(name, []))
        gold = _gold_cues(split.pol, split.gold.get(name, []), hits)
        in_quote = quote_index(doc, find_quotes(split.texts[name]))
        for t, keys in _token_keys(doc, in_quote):
            at = gold.get(t.idx)
            for k in keys:
                words = k.split()
                if len(words) == 1 and (k in listed or k in PHRASE_CUES) or (
                        words[0] in PHRASE_CUES and len(words) > 1 and words[1] in PHRASE_CUES[words[0]]):
                    continue
                uses[k] += 1
                if at is not None:
                    in_gold[k] += 1
                    missed[k] += not at
    rows = [(k, n, in_gold[k], missed[k]) for k, n in uses.items() if n >= args.min_uses]
    rows.sort(key=lambda r: (-(r[2] / r[1] >= args.min_share), -r[3], -r[2]))
    print(f"{'pattern':32} {'uses':>5} {'in gold cue':>11} {'share':>6} {'missed':>6}")
    for k, n, g, m in rows[: args.top]:
        print(f"{k:32} {n:5d} {g:11d} {g / n:6.2f} {m:6d}")
    return 0


def misses(args) -> int:
    """Sourced gold attributions missed now, grouped by the lemmas of their cue words."""
    split, nlp, ex = _setup(args)
    groups = collections.Counter()
    for name, doc, rows, _ in _predict(split, nlp, ex):
        atts = [a for a in split.gold.get(name, []) if a["content"]]
        _, hits = match(split.pol, rows, atts)
        for j, ok in hits.items():
            if ok:
                continue
            words = []
            for s, e in atts[j]["cue"]:
                span = doc.char_span(s, e, alignment_mode="expand")
                words += [x.lemma_.lower() if x.pos_ != "PRON" else x.pos_ for x in span or ()
                          if not x.is_punct and x.dep_ != "det" and x.pos_ not in ("AUX", "PART")]
            groups[" ".join(words[:5])] += 1
    for k, n in groups.most_common(args.top):
        print(f"{n:5d} {k}")
    return 0


def probe(args) -> int:
    """Each pattern as a cue for one run: the statements it made, right and wrong."""
    from stancegraph.loaders.extract import content, cue_phrases, cues, statements
    split, nlp, ex = _setup(args)
    base = _totals(split, nlp, ex, None)
    verbs = [v for v in (args.verbs or "").split(",") if v]
    cues.COMMUNICATION_VERBS = cues.COMMUNICATION_VERBS | frozenset(verbs)
    for spec in (args.phrases or "").split(","):
        if spec:
            verb, word, *preps = spec.split(":")
            cue_phrases.PHRASE_CUES.setdefault(verb, {})[word] = tuple(p for p in "/".join(preps).split("/") if p)
    phrase_verbs = cue_phrases.PHRASE_VERBS | frozenset(cue_phrases.PHRASE_CUES)
    statements.PHRASE_VERBS = content.PHRASE_VERBS = phrase_verbs
    statements._CUE_FORMS = statements._CUE_FORMS | phrase_verbs
    by_key = collections.defaultdict(collections.Counter)
    new = _totals(split, nlp, ex, by_key)
    probed = set(verbs) | {f"{s.split(':')[0]} {s.split(':')[1]}" for s in (args.phrases or "").split(",") if s}
    print(f"{'pattern':32} {'right':>5} {'wrong':>5} {'precision':>9}")
    for k in sorted(probed, key=lambda k: -sum(by_key[k].values())):
        c = by_key[k]
        n = c["tp"] + c["spk"] + c["fp"]
        print(f"{k:32} {c['tp']:5d} {c['spk'] + c['fp']:5d} {c['tp'] / n if n else 0:9.2f}")
    for label, (tp, fp, fn) in (("base", base), ("probe", new)):
        p, r, f = prf(tp, fp, fn)
        print(f"{label}: P {p:.4f} R {r:.4f} F1 {f:.4f} (tp {tp}, fp {fp}, fn {fn})")
    return 0


def _totals(split, nlp, ex, by_key):
    """Attribution tp/fp/fn at theta 0.5 over the split; with ``by_key``, the verdicts of each
    statement counted under the cue patterns of its cue token."""
    tp = fp = fn = 0
    for name, doc, rows, graph in _predict(split, nlp, ex):
        verdicts, hits = match(split.pol, rows, split.gold.get(name, []))
        tp += sum(v == "tp" for v in verdicts)
        fp += sum(v in ("fp", "spk") for v in verdicts)
        fn += sum(not ok for ok in hits.values())
        if by_key is None:
            continue
        for row, v in zip(rows, verdicts):
            cue = row.get("cue")
            span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand") if cue else None
            if span is None or v in ("skip", "nosrc"):
                continue
            for k in set(patterns(span[0])) | {span[0].lemma_.lower()}:
                by_key[k][v] += 1
    return tp, fp, fn


def score(args) -> int:
    """Totals at theta 0.5, and with --save every row's verdict (for ``diff``)."""
    split, nlp, ex = _setup(args)
    tp = fp = fn = 0
    saved = {}
    for name, doc, rows, _ in _predict(split, nlp, ex):
        verdicts, hits = match(split.pol, rows, split.gold.get(name, []))
        tp += sum(v == "tp" for v in verdicts)
        fp += sum(v in ("fp", "spk") for v in verdicts)
        fn += sum(not ok for ok in hits.values())
        for row, v in zip(rows, verdicts):
            sp, cue, c = row.get("speaker"), row.get("cue"), row["content"]
            key = f"{name}|{c['start']}-{c['end']}|{sp['start'] if sp else ''}"
            saved[key] = [v, sp["text"] if sp else None, cue["text"] if cue else None, c["text"][:160]]
    p, r, f = prf(tp, fp, fn)
    print(f"train theta 0.5: P {p:.4f} R {r:.4f} F1 {f:.4f} (tp {tp}, fp {fp}, fn {fn})")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as fh:
            json.dump(saved, fh)
    return 0


def diff(args) -> int:
    """Rows only in the second saved run (added) and only in the first (dropped), with verdicts."""
    before, after = (json.load(open(p, encoding="utf-8")) for p in args.files)
    for label, a, b in (("added", after, before), ("dropped", before, after)):
        keys = [k for k in a if k not in b]
        counts = collections.Counter(a[k][0] for k in keys)
        print(f"{label}: {len(keys)} rows, {dict(counts)}")
        for k in keys[: args.top]:
            v, sp, cue, text = a[k]
            print(f"   {v:5} {k.split('|')[0][:40]} [{sp}] {cue}: {text[:110]!r}")
    return 0


def speakers(args) -> int:
    """Statements whose content matches a sourced gold attribution but whose speaker does
    not, by what the speaker is (pronoun, role noun, name...), with examples."""
    split, nlp, ex = _setup(args)
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    for name, doc, rows, _ in _predict(split, nlp, ex):
        atts = [a for a in split.gold.get(name, []) if a["content"]]
        verdicts, _ = match(split.pol, rows, atts)
        text = split.texts[name]
        for row, v in zip(rows, verdicts):
            if v != "spk":
                continue
            sp = row.get("speaker")
            if sp is None:
                kind = "no speaker" + (" (cue-less)" if not row.get("cue") else "")
            else:
                span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
                head = span.root if span is not None else None
                kind = ("pronoun " + head.lower_ if head is not None and head.pos_ == "PRON"
                        else "name" if head is not None and head.ent_type_ else "noun")
                kind += " (cue-less)" if not row.get("cue") else ""
            kinds[kind] += 1
            if len(examples[kind]) < args.examples:
                cue = row.get("cue")
                examples[kind].append(f"{name}: [{sp['text'] if sp else '-'}] {cue['text'] if cue else '-'}: "
                                      f"{row['content']['text'][:90]!r}")
    for k, n in kinds.most_common(args.top):
        print(f"{n:5d} {k}")
        for e in examples[k]:
            print("       ", e)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("parse", "candidates", "misses", "probe", "speakers", "score", "diff"))
    ap.add_argument("files", nargs="*", help="diff: two files of score --save")
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpora", "polnear"))
    ap.add_argument("--scorer", default=os.path.join(SHARED, "eval", "polnear.py"))
    ap.add_argument("--cache", default=os.environ.get("STANCEGRAPH_STUDY_CACHE", "/tmp/stancegraph-study"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--min-uses", type=int, default=5)
    ap.add_argument("--min-share", type=float, default=0.6, help="candidates: list these shares first")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--verbs", default="", help="probe: verb lemmas, comma-separated")
    ap.add_argument("--phrases", default="", help="probe: verb:object-or-particle[:prep/prep], comma-separated")
    ap.add_argument("--save", default=None, help="score: write every row's verdict to this JSON file")
    args = ap.parse_args(argv)
    return {"parse": parse, "candidates": candidates, "misses": misses, "probe": probe,
            "speakers": speakers, "score": score, "diff": diff}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
