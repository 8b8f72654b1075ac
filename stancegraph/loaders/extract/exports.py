"""EXPORTS_TO edges: who sells what to whom.

"U.S. agricultural exports to China", "load U.S. soybeans for export to China", "exports
of U.S. soybeans and sorghum", "China buys soybeans from the U.S.", with the goods as
detail; mentions of one trade that name only one side are joined to the article's edge
for that side when it has exactly one.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import topics as _topics
from stancegraph.loaders.extract.nlp import first_object, tokens_with
from stancegraph.loaders.extract.parties import pobj, source_of, with_conj

_NOT_GOODS = {"total", "annual", "historical", "typical", "original", "final", "usual", "potential", "critical",
              "crucial", "vital", "record", "additional", "global", "national", "international"}
#: amounts are not goods: "buy more soybeans"
_QUANTITY = {"more", "less", "fewer", "additional", "extra", "some", "many", "much", "further"}


def _goods(ctx, np) -> list[str]:
    """Names of goods in a phrase: "U.S. agricultural products such as soybeans and sorghum"
    -> agricultural products, soybeans, sorghum (country words dropped)."""
    out = []
    for head in with_conj(np):
        examples = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("as", "like", "including")
                    for p in c.children if p.dep_ == "pobj"]
        skip = set()
        for c in head.children:
            if c.dep_ in ("prep", "relcl", "acl", "appos", "cc", "conj", "punct"):
                skip.update(x.i for x in c.subtree)
        words = [t for t in head.subtree if t.i not in skip and t.i <= head.i and not ctx.actors_at[t.i]
                 and t.dep_ not in ("det", "nummod", "poss", "case") and not t.is_punct
                 and t.tag_ not in ("JJR", "JJS") and t.lower_ not in _QUANTITY]
        if head.pos_ == "NOUN" and words and head.lemma_.lower() not in ("export", "exports", "shipment", "good", "product") \
                or words and len(words) > 1:
            name = " ".join(t.text for t in words)
            out.append(_topics.canonical(name) or name)
        for e in examples:
            out.extend(_goods(ctx, e))
    return list(dict.fromkeys(out))


def exports_to(ctx) -> Iterator[Relation]:
    found = []  # (exporter, importer, goods, trigger, cue)
    trade_words = ("export", "shipment", "ship", "sell", "import", "buy", "purchase")
    for tok in tokens_with(ctx.doc, trade_words):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in ("export", "shipment"):
            found.extend(_export_noun(ctx, tok))
        elif tok.pos_ == "VERB" and lemma in ("export", "ship", "sell"):
            found.extend(_export_verb(ctx, tok))
        elif tok.pos_ == "VERB" and lemma in ("import", "buy", "purchase"):
            found.extend(_import_verb(ctx, tok))
    # one trade told in pieces (seed): "U.S. agricultural exports to China", "load U.S.
    # soybeans for export to China", "Exports of U.S. ... soybeans and sorghum": a piece
    # missing one side joins the only edge of the article that has the other side
    full = [f for f in found if f[0] and f[1]]
    edges: dict[tuple[str, str], list] = {}
    for exporter, importer, goods, trigger, cue in found:
        conf = 0.8
        if not (exporter and importer):
            pairs = {(e, i) for e, i, *_ in full if (exporter and e == exporter) or (importer and i == importer)}
            if len(pairs) != 1:
                continue
            exporter, importer = next(iter(pairs))
            conf = 0.6
        if exporter == importer:
            continue
        edges.setdefault((exporter, importer), []).append((goods, trigger, cue, conf))
    for (exporter, importer), pieces in edges.items():
        goods: list[str] = []
        for g, *_ in pieces:
            goods.extend(x for x in g if x not in goods)
        # provenance: the piece that named both sides and the most goods
        g, trigger, cue, conf = max(pieces, key=lambda p: (p[3], len(p[0])))
        yield ctx.relation("EXPORTS_TO", exporter, importer, trigger, cue=cue,
                           confidence=min(0.9, conf + 0.05 * (len(pieces) - 1)),
                           detail=", ".join(goods) or None)


def _country_in(ctx, tokens) -> Optional[str]:
    for t in tokens:
        a = ctx.actor(t)
        if a is not None and ctx.kind(a) in ("country", "organization"):
            return a
    return None


def _export_noun(ctx, noun):
    importer = None
    to = pobj(noun, ("to",))
    if to is not None:
        importer, _ = ctx.actor_of(to, ("country", "place", "organization"))
    mods = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
    exporter = _country_in(ctx, mods)
    goods: list[str] = []
    for c in mods:
        # "U.S. agricultural exports": a kind of goods; not "the first export" (seed), whose
        # adjective says nothing of what is exported: only adjectives of a domain count
        if ctx.actors_at[c.i] or c.dep_ not in ("compound", "amod"):
            continue
        if c.pos_ == "NOUN":
            goods.append(c.text)
        elif c.pos_ == "ADJ" and re.search(r"(?:al|ic|ary)$", c.lower_) and c.lower_ not in _NOT_GOODS:
            goods.append(f"{c.text} products")
    of = pobj(noun, ("of",))
    if of is not None:
        goods.extend(_goods(ctx, of))
        exporter = exporter or _country_in(ctx, [t for h in with_conj(of) for t in h.children])
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
        # "to load U.S. soybeans for export to China"
        verb = noun.head.head
        obj = first_object(verb)
        if obj is not None:
            goods.extend(_goods(ctx, obj))
            exporter = exporter or _country_in(ctx, list(obj.children))
    if not (exporter or importer) or not (goods or (exporter and importer)):
        return []
    return [(exporter, importer, goods, noun, noun.text + (" to" if to is not None else ""))]


def _export_verb(ctx, verb):
    to = pobj(verb, ("to",))
    if to is None:
        return []
    importer, _ = ctx.actor_of(to, ("country", "organization"))
    exporter, _ = source_of(ctx, verb, ("country", "organization"))
    obj = first_object(verb)
    goods = _goods(ctx, obj) if obj is not None else []
    if exporter is None or importer is None or verb.lemma_.lower() != "export" and not goods:
        return []
    return [(exporter, importer, goods, verb, f"{verb.text} to")]


def _import_verb(ctx, verb):
    frm = pobj(verb, ("from",))
    if frm is None:
        return []
    exporter, _ = ctx.actor_of(frm, ("country",))
    importer, _ = source_of(ctx, verb, ("country",))
    obj = first_object(verb)
    goods = _goods(ctx, obj) if obj is not None else []
    if exporter is None or importer is None or not goods:
        return []
    return [(exporter, importer, goods, verb, f"{verb.text} from")]
