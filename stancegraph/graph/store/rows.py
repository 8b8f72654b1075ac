"""Row building: the graph records flattened into the parameter rows both backends write.

Which properties a row holds, and where each value comes from, is declared once in
:mod:`stancegraph.graph.schema`; here are the rows' relationship ends, the merging of actors
and topics shared between articles, and the counts a batch gives the nodes it writes.
"""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from stancegraph.errors import StoreError
from stancegraph.graph import schema
from stancegraph.graph.model import (ACTOR_STATS, RELATION_TYPES, STANCE_TYPES, SUBJECT_STATS, ArticleGraph,
                                     name_key, node_label)

#: The counts of a node nothing points at (node_stats starts from these).
ZERO_SUBJECT_STATS = dict.fromkeys(SUBJECT_STATS, 0)
ZERO_ACTOR_STATS = dict.fromkeys(ACTOR_STATS + SUBJECT_STATS, 0)

_ARTICLE = schema.row_builder(schema.ARTICLE)
_ACTOR = schema.row_builder(schema.ACTOR)
_TOPIC = schema.row_builder(schema.TOPIC)
_STATEMENT = schema.row_builder(schema.STATEMENT)
_RELATION = schema.row_builder(schema.RELATIONSHIPS[RELATION_TYPES[0]])


@dataclass
class BatchRows:
    """The rows a batch of articles writes, as far as they do not depend on what the store
    holds: built outside the write transaction (by the caller's thread, while the background
    writer writes the batch before), so the transaction spends its time in the store."""

    ids: list[str]
    articles: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    abouts: dict[str, list[dict[str, Any]]]
    mentions: list[dict[str, Any]]
    relations: dict[tuple[str, str], list[dict[str, Any]]]
    touched: set[str]
    pairs: Counter
    stats: dict[str, dict[str, int]]  # node_stats: the counts of nodes new to the store
    tallies: dict[str, list[dict[str, Any]]]
    said: dict[str, list[dict[str, Any]]]  # node_stats: the kept statement counts of new subjects

    @classmethod
    def of(cls, graphs: list[ArticleGraph]) -> "BatchRows":
        graphs = last_of_each_article(graphs)
        statements = [r for g in graphs for r in statement_rows(g)]
        abouts: dict[str, list[dict[str, Any]]] = {}
        for g in graphs:
            for r in about_rows(g):
                abouts.setdefault(node_label(r["target"]), []).append(r)
        relations: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for g in graphs:
            for key, rows in relation_groups(g).items():
                relations.setdefault(key, []).extend(rows)
        stats, tallies, said = node_stats(graphs)
        return cls(ids=[g.article.id for g in graphs], articles=[article_row(g) for g in graphs],
                   actors=merged(actor_rows(g) for g in graphs), topics=merged(topic_rows(g) for g in graphs),
                   statements=statements, abouts={k: abouts[k] for k in ("Actor", "Topic") if k in abouts},
                   mentions=[dict(r, article=g.article.id) for g in graphs for r in mention_rows(g)],
                   relations=relations, touched=set(touched_by(graphs)), pairs=co_mention_deltas(graphs),
                   stats=stats, tallies=tallies, said=said)


def article_row(graph: ArticleGraph) -> dict[str, Any]:
    return _ARTICLE(graph.article, graph)


def actor_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [_ACTOR(x, graph) for x in graph.actors]


def topic_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [_TOPIC(t, graph) for t in graph.topics]


def statement_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    """Statement properties, and the ends of its SAID and REPORTED_BY relationships."""
    rows = []
    for s in graph.statements:
        row = _STATEMENT(s, graph)
        row["speaker"] = s.speaker.actor if s.speaker else None
        row["reported_by"] = s.reported_by
        rows.append(row)
    return rows


def about_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [{"statement": s.id, "target": t} for s in graph.statements for t in dict.fromkeys(s.about)]


def mention_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [{"actor": k, "count": v} for k, v in sorted(graph.mention_counts().items())]


def relation_groups(graph: ArticleGraph) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Relation rows grouped by (type, target label): types are checked against the allow-list."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in graph.relations:
        if r.type not in RELATION_TYPES:
            raise StoreError(f"unknown relationship type {r.type!r}")
        row = _RELATION(r, graph)
        row["source"], row["target"] = r.source, r.target
        groups.setdefault((r.type, node_label(r.target)), []).append(row)
    return groups


def touched_by(graphs: Iterable[ArticleGraph]) -> Iterable[str]:
    """Actors and topics whose stored counts writing these articles changes (every node an
    article points at is among its actors and topics: see check_consistent)."""
    for g in graphs:
        yield from (x.id for x in g.actors)
        yield from (t.id for t in g.topics)


def last_of_each_article(graphs: Iterable[ArticleGraph]) -> list[ArticleGraph]:
    """One graph per article id, in first-seen order: a repeated article's last version wins."""
    return list({g.article.id: g for g in graphs}.values())


def node_stats(graphs: Iterable[ArticleGraph]) -> tuple[dict[str, dict[str, int]], dict[str, list[dict[str, Any]]],
                                                         dict[str, list[dict[str, Any]]]]:
    """The stored counts (model.ACTOR_STATS, SUBJECT_STATS), QuoteCount tallies and kept
    statement counts (model.SAID_PAIR_TYPE) these articles give their actors and topics,
    counted as shared.REFRESH_STATS counts them from the edges: for a node no other article
    points at (new to the store), its counts. Writes set them on new nodes and recount only
    the others, since most nodes of a load are new.
    Returns ``(stats by id, tally rows by speaker id, statement-count rows by subject id)``."""
    graphs = last_of_each_article(graphs)
    stats: dict[str, dict[str, int]] = {}
    about: dict[str, list[tuple[str, str, Optional[str], Optional[str]]]] = {}  # node -> (statement, article, speaker, date)
    stances: dict[str, list[tuple[str, str]]] = {}  # node -> (type, holder)
    quoted: dict[tuple[str, Optional[str], Optional[str]], list[Optional[str]]] = {}  # tally key -> dates
    for g in graphs:
        for x in g.actors:
            stats.setdefault(x.id, dict(ZERO_ACTOR_STATS))
        for t in g.topics:
            stats.setdefault(t.id, dict(ZERO_SUBJECT_STATS))
        for actor, n in g.mention_counts().items():  # one MENTIONS edge per article and actor
            stats[actor]["articles"] += 1
            stats[actor]["mentions"] += n
        speakers: dict[str, Optional[str]] = {}  # statement id -> speaker id
        dates: dict[str, Optional[str]] = {}
        for row in statement_rows(g):
            speaker = speakers[row["id"]] = row["speaker"] or None
            dates[row["id"]] = row["date"]
            if speaker:
                stats[speaker]["statements"] += 1
                quoted.setdefault((speaker, row["reported_by"] or None, g.article.outlet), []).append(row["date"])
        for row in about_rows(g):
            about.setdefault(row["target"], []).append(
                (row["statement"], g.article.id, speakers[row["statement"]], dates[row["statement"]]))
        for r in g.relations:
            if r.type in STANCE_TYPES:
                stances.setdefault(r.target, []).append((r.type, r.source))
    said: dict[str, list[dict[str, Any]]] = {}
    for node, rows in about.items():
        stats[node].update(about=len({s for s, *_ in rows}), about_articles=len({a for _, a, *_ in rows}),
                           about_speakers=len({sp for _, _, sp, _ in rows if sp}))
        said[node] = said_pairs(node, rows)
    for node, rows in stances.items():
        stats[node].update(supporters=len({h for t, h in rows if t == "SUPPORTS"}),
                           opponents=len({h for t, h in rows if t != "SUPPORTS"}),
                           stance_holders=len({h for _, h in rows}))
    tallies: dict[str, list[dict[str, Any]]] = {}
    for (speaker, agency, outlet), days in sorted(quoted.items(), key=lambda kv: tuple(map(str, kv[0]))):
        known = [d for d in days if d is not None]
        tallies.setdefault(speaker, []).append({
            # The id as shared.REFRESH_STATS makes it: an outlet of '' and none differ ('|+' against '|').
            "id": speaker + "|" + (agency or "") + ("|" if outlet is None else "|+" + outlet),
            "speaker": speaker, "agency": agency, "outlet": outlet, "statements": len(days),
            "first_date": min(known, default=None), "last_date": max(known, default=None)})
    return stats, tallies, said


def said_pairs(subject: str, rows: list[tuple[str, str, Optional[str], Optional[str]]]) -> list[dict[str, Any]]:
    """The kept statement counts into ``subject`` from its ``(statement, article, speaker,
    date)`` rows, as shared.REFRESH_STATS makes them: per speaker, the statements and the latest date."""
    per: dict[str, tuple[set[str], list[str]]] = {}
    for statement, _, speaker, date in rows:
        if speaker:
            statements, days = per.setdefault(speaker, (set(), []))
            statements.add(statement)
            if date is not None:
                days.append(date)
    return [{"speaker": sp, "target": subject, "statements": len(st), "last_date": max(days, default=None)}
            for sp, (st, days) in sorted(per.items())]


def split_new_pairs(pairs: Counter, new_actors: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair-count deltas as rows: those with an actor new to the store (the pair cannot be
    stored yet: created) and the others (merged). A zero delta is no change."""
    new, known = [], []
    for (a, b), n in sorted(pairs.items()):
        if n:
            (new if a in new_actors or b in new_actors else known).append({"a": a, "b": b, "n": n})
    return new, known


def pair_groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pair rows (sorted by ``a``) as one row per lower actor with lists of partners and counts:
    Neo4j unpacks a parameter map per row, which cost more than the write itself, and
    LadybugDB's driver signs each map's every value before it looks up its prepared statement."""
    groups = [(a, list(group)) for a, group in itertools.groupby(rows, key=lambda r: r["a"])]
    return [{"a": a, "bs": [r["b"] for r in group], "ns": [r["n"] for r in group]} for a, group in groups]


def co_mention_deltas(graphs: Iterable[ArticleGraph], replaced: Iterable[Iterable[str]] = (), *,
                      into: Optional[Counter] = None) -> Counter:
    """Changes to the kept pair counts: +1 for each pair of actors an article written now
    mentions, -1 for each pair of an article's stored version it replaces (``replaced``:
    (article id, actor id) rows of the stored mentions). Keys are (lower id, higher id)."""
    deltas = Counter() if into is None else into
    for g in graphs:
        for pair in itertools.combinations(sorted(g.mention_counts()), 2):
            deltas[pair] += 1
    old: dict[str, set[str]] = {}
    for article, actor in replaced:
        old.setdefault(article, set()).add(actor)
    for actors in old.values():
        for pair in itertools.combinations(sorted(actors), 2):
            deltas[pair] -= 1
    return deltas


def _with_union(row: dict[str, Any], aliases: Iterable[str], roles: Iterable[str]) -> dict[str, Any]:
    """``row`` with ``aliases`` (and, for actors, ``roles``) added, sorted so both stores agree."""
    row = dict(row, aliases=sorted(set(row["aliases"]) | set(aliases)))
    if "roles" in row:
        row["roles"] = sorted(set(row["roles"]) | set(roles))
    return row


def merged(row_lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Actor (or topic) rows of several articles, one per id: aliases and roles united, name
    and kind from the last article, as writing the articles one by one would leave them."""
    out: dict[str, dict[str, Any]] = {}
    for rows in row_lists:
        for row in rows:
            before = out.get(row["id"])
            if before is not None:
                row = _with_union(row, before["aliases"], before.get("roles", ()))
            out[row["id"]] = row
    return list(out.values())


def with_keys(rows: list[dict[str, Any]], held: list[list[Any]]) -> list[dict[str, Any]]:
    """Aliases and roles united with those the store already holds, plus lookup keys."""
    before = {r[0]: (r[1] or [], r[2] or []) for r in held}
    out = []
    for row in rows:
        row = _with_union(row, *before.get(row["id"], ([], [])))
        # Lower-cased, punctuation-free lookup keys: "U.S." and "us" find the same actor.
        row["keys"] = sorted({name_key(x) for x in row["aliases"] + [row["name"]]} - {""})
        out.append(row)
    return out


def referenced_actor_ids(graph: ArticleGraph) -> set[str]:
    ids = {s.speaker.actor for s in graph.statements if s.speaker and s.speaker.actor}
    ids |= {s.reported_by for s in graph.statements if s.reported_by}
    ids |= {t for s in graph.statements for t in s.about if node_label(t) == "Actor"}
    ids |= {r.source for r in graph.relations} | {r.target for r in graph.relations if node_label(r.target) == "Actor"}
    ids |= set(graph.mention_counts())
    return ids


def check_consistent(graph: ArticleGraph) -> None:
    """Refuse a graph that points at actors it does not define (it would write half an article)."""
    defined = {a.id for a in graph.actors}
    missing = referenced_actor_ids(graph) - defined
    topics = {t.id for t in graph.topics}
    missing |= {t for s in graph.statements for t in s.about if node_label(t) == "Topic" and t not in topics}
    missing |= {r.target for r in graph.relations if node_label(r.target) == "Topic" and r.target not in topics}
    if missing:
        raise StoreError(f"article {graph.article.id}: references undefined nodes {sorted(missing)[:5]}")


