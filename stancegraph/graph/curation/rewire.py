"""Curation rules applied to a stored graph, on both stores: an actor's edges moved to another
node in one write transaction, so a failure leaves the graph as it was.

The edges are read, then written again with the write path's own Cypher (the backend's
``LINK_*`` and ``CREATE_RELATIONS``), the moved node's counts, tallies and pair counts
recounted as every write recounts them. Values travel as ``$parameters``; relationship types
and labels come from the schema's allow-lists.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from stancegraph.errors import StoreError
from stancegraph.graph import schema
from stancegraph.graph.curation.rules import Rule
from stancegraph.graph.model import PAIR_TYPE, RELATION_TYPES, STANCE_TYPES, name_key, stable_id
from stancegraph.graph.store import write
from stancegraph.graph.store.base import Store
from stancegraph.graph.store.rows import ZERO_ACTOR_STATS, with_keys

Run = Callable[[str, dict], list]

REL_PROPS = tuple(p.name for p in schema.RELATION_PROPS)
NODE = "MATCH (a:Actor {id: $id}) RETURN a.id, a.name, a.kind, a.aliases, a.roles"
STANCES = "|".join(STANCE_TYPES)
TOUCHED = [  # nodes whose counts depend on who an actor is (besides itself)
    "MATCH (a:Actor {id: $id})-[:SAID]->(:Statement)-[:ABOUT]->(t) RETURN DISTINCT t.id",
    f"MATCH (a:Actor {{id: $id}})-[:{STANCES}]->(t) RETURN DISTINCT t.id",
]
PAIRS_DELETE = [f"MATCH (a:Actor {{id: $id}})-[p:{PAIR_TYPE}]->(:Actor) DELETE p",
                f"MATCH (:Actor)-[p:{PAIR_TYPE}]->(a:Actor {{id: $id}}) DELETE p"]
# Pair counts of one actor anew, leaving out partners already counted ($done).
PAIRS_COUNT = [
    ("MATCH (a:Actor {{id: $id}})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b:Actor) WHERE b.id {op} a.id "
     "AND NOT b.id IN $done WITH a, b, count(*) AS n CREATE ({low})-[:{pair} {{articles: n}}]->({high})")
    .format(op=op, low=low, high=high, pair=PAIR_TYPE) for op, low, high in ((">", "a", "b"), ("<", "b", "a"))
]


def curate(store: Store, rules: Iterable[Rule]) -> list[str]:
    """Apply ``rules`` in order to the stored graph, all in one write transaction; returns one
    line for each rule that changed something (a rule whose actor is not in the graph is
    passed over)."""
    rules = list(rules)
    notes: list[str] = []

    def work(q: Any, run: Run) -> None:
        notes.clear()  # a retried transaction starts again
        recount = Recount()
        for rule in rules:
            note = apply_rule(q, run, rule, recount)
            if note:
                notes.append(note)
        recount.done(q, run)

    try:
        store.rewrite(work, "(curation)")
    except StoreError as exc:
        raise StoreError(f"curation not applied, the graph is unchanged: {str(exc).split(': ', 1)[-1]}") from None
    return notes


def node(run: Run, actor: str) -> Optional[dict[str, Any]]:
    rows = run(NODE, {"id": actor})
    if not rows:
        return None
    i, name, kind, aliases, roles = rows[0]
    return {"id": i, "name": name, "kind": kind, "aliases": list(aliases or []), "roles": list(roles or [])}


class Recount:
    """What merges leave to recount, done once at the end of a transaction: the link pass
    after an ingest merges hundreds of actors, and each recount reads a hub's edges."""

    def __init__(self) -> None:
        self.stats: set[str] = set()
        self.pairs: set[str] = set()

    def done(self, q: Any, run: Run) -> None:
        if self.pairs:
            recount_pairs(run, self.pairs)
        if self.stats:
            write.refresh_stats(q, run, self.stats)


def apply_rule(q: Any, run: Run, rule: Rule, recount: Optional[Recount] = None) -> Optional[str]:
    x = node(run, rule.actor)
    if x is None:
        return None
    if rule.op == "split":
        return _split(q, run, rule, x)
    new_id, name, kind = rule.target(x["name"], x["kind"])
    if new_id == x["id"]:  # the same id: a new spelling of the name, nothing moves
        if name == x["name"]:
            return None
        put_actor(q, run, new_id, name, kind, x["aliases"] + [x["name"]], x["roles"])
        write.refresh_stats(q, run, [new_id])
        return f"{rule.op}: {x['id']} is now called {name!r}"
    y = node(run, new_id)
    move_all(q, run, x, new_id, name, kind, y, recount)
    joined = f" (joined with the actor already there, {y['name']!r})" if y and rule.op != "merge" else ""
    return f"{rule.op}: {x['id']} ({x['name']}) -> {new_id} ({name}){joined}"


def put_actor(q: Any, run: Run, actor: str, name: str, kind: str, aliases: Iterable[str],
              roles: Iterable[str]) -> None:
    """Create or overwrite an actor node (its counts are recounted after: write.refresh_stats)."""
    row = {**ZERO_ACTOR_STATS, "id": actor, "name": name, "kind": kind,
           "aliases": sorted(set(aliases) | {name}), "roles": sorted(set(roles))}
    run(q.MERGE_ACTORS, {"rows": with_keys([row], [])})


def touched(run: Run, ids: Iterable[str]) -> set[str]:
    out = set(ids)
    for actor in list(out):
        for cypher in TOUCHED:
            out.update(r[0] for r in run(cypher, {"id": actor}))
    return out


def _column(run: Run, cypher: str, actor: str) -> list[Any]:
    return [r[0] for r in run(cypher, {"id": actor})]


def mention_counts(run: Run, actor: str) -> dict[str, int]:
    return {r[0]: r[1] for r in run("MATCH (art:Article)-[m:MENTIONS]->(a:Actor {id: $id}) "
                                    "RETURN art.id, m.count", {"id": actor})}


_ANY_RELATION = "|".join(RELATION_TYPES)


def has_relations(run: Run, actor: str) -> bool:
    """Whether any stance or event edge starts or ends at ``actor`` (two queries, not one a type)."""
    return any(run(cypher, {"id": actor})[0][0] for cypher in (
        f"MATCH (a:Actor {{id: $id}})-[r:{_ANY_RELATION}]->() RETURN count(r)",
        f"MATCH ()-[r:{_ANY_RELATION}]->(a:Actor {{id: $id}}) RETURN count(r)"))


def relations(run: Run, actor: str, statements: Optional[set[str]] = None) -> dict[tuple[str, str], list[dict]]:
    """The stance and event edges at ``actor`` as write rows (rows.relation_groups), by (type,
    label of the far end); with ``statements``, only those it holds that were read from them."""
    props = ", ".join(f"r.{p}" for p in REL_PROPS)
    out: dict[tuple[str, str], list[dict]] = {}
    for rtype in RELATION_TYPES:
        for _, label in schema.RELATIONSHIPS[rtype].ends:
            cyphers = [f"MATCH (a:Actor {{id: $id}})-[r:{rtype}]->(b:{label}) RETURN a.id, b.id, {props}"]
            if label == "Actor" and statements is None:  # incoming, self-loops counted once above
                cyphers.append(f"MATCH (b:Actor)-[r:{rtype}]->(a:Actor {{id: $id}}) WHERE b.id <> $id "
                               f"RETURN b.id, a.id, {props}")
            for cypher in cyphers:
                for r in run(cypher, {"id": actor}):
                    row = dict(zip(("source", "target") + REL_PROPS, r))
                    if statements is None or row["statement"] in statements:
                        out.setdefault((rtype, label), []).append(row)
    return out


def _moved(rows: dict[tuple[str, str], list[dict]], old: str, new: str,
           held: set[str]) -> dict[tuple[str, str], list[dict]]:
    """Relation rows with ``old`` as ``new``, their ids made anew as model.Relation makes them;
    those ``new`` already holds (``held`` ids) left out."""
    out: dict[tuple[str, str], list[dict]] = {}
    for (rtype, label), group in rows.items():
        for row in group:
            row = dict(row, source=new if row["source"] == old else row["source"],
                       target=new if row["target"] == old else row["target"])
            start = row["sentence_start"] if row["sentence_start"] is not None else ""
            row["id"] = stable_id(rtype, row["source"], row["target"], row["article"], start, row["detail"] or "")
            if row["id"] not in held:
                held.add(row["id"])
                out.setdefault((rtype, label), []).append(row)
    return out


def create_relations(q: Any, run: Run, rows: dict[tuple[str, str], list[dict]]) -> None:
    for (rtype, label), group in sorted(rows.items()):
        run(q.CREATE_RELATIONS.format(type=rtype, label=label), {"rows": group})


def move_all(q: Any, run: Run, x: dict[str, Any], new_id: str, name: str, kind: str,
             y: Optional[dict[str, Any]], later: Optional[Recount] = None) -> None:
    """Everything of actor ``x`` to ``new_id`` (created, or ``y`` when it exists); ``x`` goes.
    Counts are recounted at once, or by ``later`` at the end of the transaction."""
    old = x["id"]
    recount = touched(run, [old, new_id])
    said = _column(run, "MATCH (a:Actor {id: $id})-[:SAID]->(s:Statement) RETURN s.id", old)
    reported = _column(run, "MATCH (s:Statement)-[:REPORTED_BY]->(a:Actor {id: $id}) RETURN s.id", old)
    about_cypher = "MATCH (s:Statement)-[:ABOUT]->(a:Actor {id: $id}) RETURN s.id"
    about = set(_column(run, about_cypher, old)) - set(_column(run, about_cypher, new_id))
    x_mentions, y_mentions = mention_counts(run, old), mention_counts(run, new_id)
    # most merged actors (a lone surname) hold no stance or event edge: nothing to move
    found = relations(run, old) if has_relations(run, old) else {}
    held = {r["id"] for rows in relations(run, new_id).values() for r in rows} if found else set()
    moved = _moved(found, old, new_id, held)
    aliases = set(x["aliases"]) | {x["name"]} | set(y["aliases"] if y else ())
    put_actor(q, run, new_id, name, kind, aliases, set(x["roles"]) | set(y["roles"] if y else ()))
    run("MATCH (a:Actor {id: $id}) DETACH DELETE a", {"id": old})
    both = sorted(set(x_mentions) & set(y_mentions))
    if both:
        run("UNWIND $ids AS id MATCH (art:Article {id: id})-[m:MENTIONS]->(a:Actor {id: $y}) DELETE m",
            {"ids": both, "y": new_id})
    if x_mentions:
        run(q.LINK_MENTIONS, {"rows": [{"article": art, "actor": new_id, "count": n + y_mentions.get(art, 0)}
                                       for art, n in sorted(x_mentions.items())]})
    if said:
        run(q.LINK_SPEAKERS, {"rows": [{"id": s, "speaker": new_id} for s in said]})
    if reported:
        run(q.LINK_REPORTERS, {"rows": [{"id": s, "reported_by": new_id} for s in reported]})
    if about:
        run(q.LINK_ABOUT.format(label="Actor"), {"rows": [{"statement": s, "target": new_id} for s in sorted(about)]})
    create_relations(q, run, moved)
    if later is not None:
        later.pairs.add(new_id)
        later.stats |= recount | {new_id}
        return
    recount_pairs(run, [new_id])
    write.refresh_stats(q, run, recount | {new_id})


def _split(q: Any, run: Run, rule: Rule, x: dict[str, Any]) -> Optional[str]:
    """The statements ``x`` said through one of the rule's aliases (its speaker text), the
    stances and events read from them, one mention for each, and the aliases themselves, to
    the rule's new actor. Other mentions of the alias cannot be told apart in a stored graph
    (it keeps mention counts, not their texts): a re-ingest moves them."""
    keys = {name_key(a) for a in rule.aliases}
    new_id, name, kind = rule.target("", "")
    old = x["id"]
    rows = run("MATCH (a:Actor {id: $id})-[:SAID]->(s:Statement) RETURN s.id, s.speaker_text, s.article", {"id": old})
    said = [(s, art) for s, text, art in rows if text and name_key(text) in keys]
    moving = [a for a in x["aliases"] if name_key(a) in keys]
    if new_id == old or name_key(x["name"]) in keys or not (said or moving):
        return None
    said_ids = {s for s, _ in said}
    recount = touched(run, [old, new_id])
    y = node(run, new_id)
    held = {r["id"] for group in relations(run, new_id).values() for r in group} if y else set()
    mine = relations(run, old, said_ids)
    moved = _moved(mine, old, new_id, held)
    per_article: dict[str, int] = {}
    for _, art in said:
        per_article[art] = per_article.get(art, 0) + 1
    put_actor(q, run, new_id, name, kind, set(moving) | set(y["aliases"] if y else ()), y["roles"] if y else ())
    put_actor(q, run, old, x["name"], x["kind"], [a for a in x["aliases"] if a not in moving], x["roles"])
    if said_ids:
        run("UNWIND $ids AS id MATCH (a:Actor {id: $x})-[r:SAID]->(s:Statement {id: id}) DELETE r",
            {"ids": sorted(said_ids), "x": old})
        run(q.LINK_SPEAKERS, {"rows": [{"id": s, "speaker": new_id} for s in sorted(said_ids)]})
    for (rtype, _), group in mine.items():
        run(f"MATCH (a:Actor {{id: $x}})-[r:{rtype}]->() WHERE r.id IN $ids DELETE r",
            {"x": old, "ids": [r["id"] for r in group]})
    create_relations(q, run, moved)
    _shift_mentions(q, run, old, new_id, per_article)
    recount_pairs(run, [old, new_id])
    write.refresh_stats(q, run, recount | {new_id})
    return (f"split: {len(said_ids)} statement(s) of {old} said as {', '.join(rule.aliases)} "
            f"-> {new_id} ({name})")


def _shift_mentions(q: Any, run: Run, old: str, new: str, per_article: dict[str, int]) -> None:
    """``per_article`` mentions of ``old`` in each article moved to ``new``."""
    if not per_article:
        return
    arts = sorted(per_article)
    old_counts, new_counts = mention_counts(run, old), mention_counts(run, new)
    for actor in (old, new):
        run("UNWIND $ids AS id MATCH (art:Article {id: id})-[m:MENTIONS]->(a:Actor {id: $x}) DELETE m",
            {"ids": arts, "x": actor})
    rows = [{"article": a, "actor": old, "count": old_counts.get(a, 0) - per_article[a]} for a in arts]
    rows += [{"article": a, "actor": new, "count": new_counts.get(a, 0) + per_article[a]} for a in arts]
    rows = [r for r in rows if r["count"] > 0]
    if rows:
        run(q.LINK_MENTIONS, {"rows": rows})


def recount_pairs(run: Run, ids: Iterable[str]) -> None:
    """The kept pair counts (model.PAIR_TYPE) of these actors made anew from their mentions."""
    ids = sorted(set(ids))
    for actor in ids:
        for cypher in PAIRS_DELETE:
            run(cypher, {"id": actor})
    done = [""]  # never empty: an empty list parameter has no type on LadybugDB
    for actor in ids:
        for cypher in PAIRS_COUNT:
            run(cypher, {"id": actor, "done": list(done)})
        done.append(actor)
