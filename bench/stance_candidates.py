"""How far sentence-level candidate pairs could go on SEESAW (issue 18): a study tool, TRAIN only.

    python bench/stance_candidates.py              # train split, the table on stdout
    python bench/stance_candidates.py --limit 40   # the first 40 train articles
    python bench/stance_candidates.py --misses --cache /tmp/seesaw-train.spacy
                                                   # + why the uncovered gold pairs are out of reach

For every sentence, candidate (holder, target) pairs are made from what the extractor found,
without any stance word:

* ``all``: every ordered pair of actors mentioned in the sentence (the recall ceiling of any
  rule over the extractor's actors);
* ``speaker``: a statement's speaker -> each other actor its content names in the sentence;
* ``subject``: the actor subject of the sentence's main verb -> each other actor under that verb;
* ``subject_any``: the same for every verb with an actor subject;
* ``speaker+subject``, ``speaker+subject_any``: the unions.

Pairs are linked to the gold entity list and scored like bench/stances.py (pair precision on
pairs whose both ends link, pair recall on gold pairs with both ends in the list). For the
speaker and union kinds the gold polarity of the matched pairs is counted, and the sign a
lexicon gives them: the sum of the evaluative words (negation flips a word) in the clause of
the target, the statement's content, or the sentence, with the project's own
``stance_lexicon`` and, when it is installed, VADER's lexicon (vaderSentiment, MIT; |valence|
>= 1). Nothing is shipped from this: SEESAW (CC BY-NC-SA) is read in place; study errors on
train only.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import stances as bench  # noqa: E402  (bench/stances.py: corpus, linking, scoring)

_CLAUSE = {"ccomp", "relcl", "advcl", "acl", "xcomp", "conj", "parataxis", "csubj", "ROOT", "pcomp"}
KINDS = ("all", "speaker", "subject", "subject_any", "speaker+subject", "speaker+subject_any")
SIGNED_KINDS = ("speaker", "subject_any", "speaker+subject", "speaker+subject_any")


def _vader() -> dict[str, float]:
    try:
        from importlib import resources

        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ImportError, OSError):
        return {}
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        try:
            out[parts[0]] = float(parts[1])
        except (IndexError, ValueError):
            continue
    return out


class Lexicons:
    def __init__(self):
        from stancegraph.loaders.extract import stance_lexicon as lex

        self.pos = lex.POSITIVE_VERBS | lex.POSITIVE_NOUNS | lex.POSITIVE_EVAL | lex.POSITIVE_SUBJECT_VERBS \
            | lex.POSITIVE_AGENTS | set(lex.POSITIVE_ADJECTIVES)
        self.neg = lex.NEGATIVE_VERBS | lex.NEGATIVE_NOUNS | lex.NEGATIVE_EVAL | lex.NEGATIVE_AGENTS \
            | (lex.SUBJECT_EVAL_VERBS - lex.POSITIVE_SUBJECT_VERBS) | set(lex.NEGATIVE_ADJECTIVES)
        self.vader = _vader()
        self.names = ("own", "vader", "both") if self.vader else ("own",)

    def word(self, tok, which: str) -> float:
        lemma, low = tok.lemma_.lower(), tok.lower_
        s = 0.0
        if which in ("own", "both"):
            s = 1.0 if (lemma in self.pos or low in self.pos) else (-1.0 if (lemma in self.neg or low in self.neg) else 0.0)
        if which in ("vader", "both") and not s:
            v = self.vader.get(low, self.vader.get(lemma, 0.0))
            s = v / 2 if abs(v) >= 1.0 else 0.0
        if s and any(c.dep_ == "neg" or c.lower_ in ("never", "no") for x in (tok, tok.head) for c in x.children):
            s = -s
        return s


def _clause(tok) -> list:
    x = tok
    while x.head.i != x.i:
        if x.pos_ in ("VERB", "AUX") and x.dep_ in _CLAUSE:
            break
        x = x.head
    return list(x.subtree)


def candidates(ctx, sent) -> dict[str, set]:
    """kind -> {(holder, target, target token, content span or None)} for one sentence."""
    acts: dict[str, list] = collections.defaultdict(list)
    for t in sent:
        for a in ctx.actors_at.get(t.i, ()):
            acts[a].append(t)
    out = {k: set() for k in KINDS}
    out["all"] = {(h, t, acts[t][0], None) for h in acts for t in acts if h != t}
    for st in ctx.statements:
        sp = st.speaker.actor if st.speaker else None
        if sp not in ctx.actors or not (st.content.start < sent.end_char and sent.start_char < st.content.end):
            continue
        for t, toks in acts.items():
            inside = [x for x in toks if st.content.start <= x.idx < st.content.end]
            if t != sp and inside:
                out["speaker"].add((sp, t, inside[0], (st.content.start, st.content.end)))
    for verb in (x for x in sent if x.pos_ in ("VERB", "AUX")):
        subj = ctx.subject(verb)
        holder = ctx.actor_of(subj)[0] if subj is not None else None
        if holder is None:
            continue
        in_subject = {x.i for x in subj.subtree}
        for t, toks in acts.items():
            inside = [x for x in toks if x.i not in in_subject and any(a.i == verb.i for a in x.ancestors)]
            if t != holder and inside:
                out["subject_any"].add((holder, t, inside[0], None))
                if verb.i == sent.root.i:
                    out["subject"].add((holder, t, inside[0], None))
    out["speaker+subject"] = out["speaker"] | out["subject"]
    out["speaker+subject_any"] = out["speaker"] | out["subject_any"]
    return out


def _scopes(tok, sent, content) -> dict[str, list]:
    return {"clause": _clause(tok), "sentence": list(sent),
            "content": [x for x in sent if content[0] <= x.idx < content[1]] if content else _clause(tok)}


def parsed(arts, ex, cache: str = "") -> list:
    """The parse of each article (the extractor's own ``_prepare`` + pipeline); with ``cache``
    a DocBin file kept between runs of a study (the parse is 9 tenths of the time)."""
    from spacy.tokens import DocBin

    texts = [ex._prepare(bench.article_text(art["sentences"])[0]) for art in arts]
    if cache and os.path.exists(cache):
        docs = list(DocBin().from_disk(cache).get_docs(ex.nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t.text for d, t in zip(docs, texts)):
            return docs
    docs = list(ex.nlp.pipe(texts))
    if cache:
        DocBin(docs=docs).to_disk(cache)
    return docs


def graphs(arts, cache: str = ""):
    """(article, graph, the rules' Context) for each article, built by the project's Extractor."""
    import stancegraph.loaders.extract.relations as relations
    from stancegraph.graph.model import Article
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    ex, kept = Extractor(load_model()), {}
    orig = relations.extract_relations

    def keep_context(doc, graph, speakers=None):  # the rules' own view of the article
        kept["ctx"] = relations.Context(doc, graph, speakers)
        return orig(doc, graph, speakers)

    relations.extract_relations = keep_context
    try:
        for art, doc in zip(arts, parsed(arts, ex, cache)):
            text, art["spans"] = bench.article_text(art["sentences"])
            graph = ex.build(Article(id=Article.make_id(text + art["name"]), text=text, published=art["date"],
                                     path=art["name"]), doc)
            yield art, graph, kept["ctx"]
    finally:
        relations.extract_relations = orig


def score(arts, counts, found, lexicons, cache: str = "", misses=None) -> None:
    from stancegraph.loaders.extract.aliases import default_table

    table = default_table()
    for art, graph, ctx in graphs(arts, cache):
        _score_article(art, graph, ctx, table, counts, found, lexicons)
        if misses is not None:
            misses.article(art, graph, ctx, table, found["all"])


def _score_article(art, graph, ctx, table, counts, found, lexicons) -> None:
    names = {a.id: [a.name] + list(a.aliases) for a in graph.actors}
    gold = collections.defaultdict(set)
    for s, a, p, b in art["gold"]:
        if bench.NIL not in (a.lower(), b.lower()):
            gold[(s, a, b)].add(p)
    linked = {}
    for sent in ctx.doc.sents:
        sids = {sid for a, b, sid in art["spans"] if a < sent.end_char and sent.start_char < b}
        for kind, cands in candidates(ctx, sent).items():
            seen = set()
            for h, t, tok, content in cands:
                for x in (h, t):
                    if x not in linked:
                        linked[x] = bench.link(names.get(x, []), art["entities"], table)
                if (h, t) in seen or not linked[h] or not linked[t]:
                    continue
                seen.add((h, t))
                hits = {(s, a, b) for s in sids for a in linked[h] for b in linked[t]} & set(gold)
                counts[kind, "linked"] += 1
                counts[kind, "pair"] += bool(hits)
                found[kind] |= {(art["name"],) + x for x in hits}
                if kind in SIGNED_KINDS:
                    _sign(kind, tok, sent, content, hits, gold, counts, lexicons)


def _sign(kind, tok, sent, content, hits, gold, counts, lexicons) -> None:
    polarities = set().union(*(gold[x] for x in hits)) if hits else set()
    for p in polarities:
        counts[kind, "gold", p] += 1
    for scope, toks in _scopes(tok, sent, content).items():
        for which in lexicons.names:
            s = sum(lexicons.word(x, which) for x in toks if x.i != tok.i and not x.is_punct)
            if s:
                counts[kind, scope, which, "signed"] += 1
                counts[kind, scope, which, "right"] += ("POS" if s > 0 else "NEG") in polarities
                counts[kind, scope, which, "pair"] += bool(hits)


def report(counts, found, n_gold: int, lexicons) -> None:
    print(f"gold pairs with both ends in the list: {n_gold}")
    print(f"{'kind':22} {'linked':>7} {'pair P':>7} {'pair R':>7}  gold NEG/POS")
    for kind in KINDS:
        n = counts[kind, "linked"]
        pol = f"  {counts[kind, 'gold', 'NEG']}/{counts[kind, 'gold', 'POS']}" if kind in SIGNED_KINDS else ""
        print(f"{kind:22} {n:7} {counts[kind, 'pair'] / max(1, n):7.3f} {len(found[kind]) / max(1, n_gold):7.3f}{pol}")
    print(f"\n{'kind':22} {'scope':9} {'lexicon':7} {'signed':>6} {'polarity acc':>12} {'triplet P':>9}")
    for kind in SIGNED_KINDS:
        for scope in ("clause", "content", "sentence"):
            for which in lexicons.names:
                k = (kind, scope, which)
                n, pair, right = counts[k + ("signed",)], counts[k + ("pair",)], counts[k + ("right",)]
                print(f"{kind:22} {scope:9} {which:7} {n:6} {right / max(1, pair):12.3f} {right / max(1, n):9.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=bench.SEESAW)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", action="store_true", help="also classify the gold pairs no actor pair covers")
    ap.add_argument("--examples", action="store_true",
                    help="with --misses, print names and sentences of the corpus (never commit them)")
    ap.add_argument("--cache", default="", help="keep the parses in this DocBin file between runs")
    args = ap.parse_args(argv)
    arts = bench.load_split(args.corpus, "train", args.limit)
    if not arts:
        print(f"bench/stance_candidates.py: no train articles under {args.corpus}", file=sys.stderr)
        return 2
    counts: collections.Counter = collections.Counter()
    found: dict[str, set] = collections.defaultdict(set)
    lexicons = Lexicons()
    misses = None
    if args.misses:
        from stance_misses import Misses

        misses = Misses(args.corpus)
    score(arts, counts, found, lexicons, args.cache, misses)
    n_gold = sum(len({(s, a, b) for s, a, _, b in art["gold"] if bench.NIL not in (a.lower(), b.lower())})
                 for art in arts)
    report(counts, found, n_gold, lexicons)
    if misses is not None:
        misses.report(args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
