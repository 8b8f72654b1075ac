"""The write algorithm both backends share: one transaction's worth of article graphs.

Every function takes ``q``, the backend's write Cypher (its ``*Cypher`` class), and ``run``,
the open transaction (``run(cypher, params)`` returns rows). Values always travel as
``$parameters``; labels and types come only from the allow-lists of the model.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Iterable, Optional

from stancegraph.graph.model import node_label
from stancegraph.graph.store import shared
from stancegraph.graph.store.rows import (ZERO_ACTOR_STATS, ZERO_SUBJECT_STATS, BatchRows, co_mention_deltas,
                                          pair_groups, split_new_pairs, with_keys)

Run = Callable[[str, dict], list]

#: Ids per refresh statement: bounds the size of one `$ids` list.
STATS_CHUNK = 2000
#: Pair rows per pair-writing statement.
PAIR_BATCH = 5000


def write_batch(q: Any, run: Run, b: BatchRows) -> list[str]:
    """Write many articles with one statement per kind of row (``UNWIND $rows``); returns the
    ids of the articles the store held before (their old versions were replaced).

    Only articles already in the store are deleted first: on a new article the deletes
    would find nothing, and on LadybugDB each is a scan of a whole relationship table
    (no property indexes on relationships).
    """
    stored = [r[0] for r in run(q.STORED_ARTICLES, {"ids": b.ids})]
    touched = set(b.touched)
    pairs = Counter(b.pairs)  # the replaced versions' pairs come off this copy
    if stored:
        # The replaced versions' pairs come off before their mentions are deleted.
        co_mention_deltas((), run(shared.OLD_MENTIONS, {"ids": stored}), into=pairs)
        # What the old version of an article counted toward must be recounted too.
        for cypher in shared.STATS_TOUCHED_BY_ARTICLES:
            touched.update(r[0] for r in run(cypher, {"ids": stored}))
        for cypher in q.DELETE_ARTICLES:
            run(cypher, {"ids": stored})
    run(q.MERGE_ARTICLE, {"rows": b.articles})
    held, handles = merge_nodes(q, run, b.actors, b.topics, b.stats)
    _write_links(q, run, b)
    count_known(q, run, touched, held, b.tallies, b.said)
    new, known = split_new_pairs(pairs, {r["id"] for r in b.actors} - held)
    write_co_mentions(q, run, new, known, handles=handles)
    return stored


def _write_links(q: Any, run: Run, b: BatchRows) -> None:
    """Statements and every relationship of the batch (their end nodes are written)."""
    if b.statements:
        run(q.CREATE_STATEMENTS, {"rows": b.statements})
        # only the two ends travel: LadybugDB's driver signs and converts every value sent
        spoken = [{"id": r["id"], "speaker": r["speaker"]} for r in b.statements if r["speaker"]]
        if spoken:
            run(q.LINK_SPEAKERS, {"rows": spoken})
        reported = [{"id": r["id"], "reported_by": r["reported_by"]} for r in b.statements if r["reported_by"]]
        if reported:
            run(q.LINK_REPORTERS, {"rows": reported})
    for label, about in b.abouts.items():
        run(q.LINK_ABOUT.format(label=label), {"rows": about})
    if b.mentions:
        run(q.LINK_MENTIONS, {"rows": b.mentions})
    for (rtype, label), relations in sorted(b.relations.items()):
        run(q.CREATE_RELATIONS.format(type=rtype, label=label), {"rows": q.relation_rows(relations)})


def merge_nodes(q: Any, run: Run, actors: list[dict[str, Any]], topics: list[dict[str, Any]],
                stats: dict[str, dict[str, int]], size: Optional[int] = None) -> tuple[set[str], dict[str, Any]]:
    """MERGE actors and topics (``size`` rows per statement), their aliases and roles united
    with the stored ones, their counts set from ``stats`` (rows.node_stats). Returns the ids
    the store held before, and the store's handles of the actors (``q.PAIR_ENDS``)."""
    held: set[str] = set()
    handles: dict[str, Any] = {}
    for node_rows, existing, merge, zero in ((actors, q.EXISTING_ACTORS, q.MERGE_ACTORS, ZERO_ACTOR_STATS),
                                             (topics, q.EXISTING_TOPICS, q.MERGE_TOPICS, ZERO_SUBJECT_STATS)):
        step = size or max(1, len(node_rows))
        for start in range(0, len(node_rows), step):
            part = node_rows[start:start + step]
            found = run(existing, {"ids": [r["id"] for r in part]})
            held.update(h[0] for h in found)
            rows = [{**zero, **r, **stats.get(r["id"], {})} for r in with_keys(part, found)]
            merged = run(merge, {"rows": rows})
            if merge is q.MERGE_ACTORS:
                handles.update((i, h) for i, h in merged)
    return held, handles


def count_known(q: Any, run: Run, touched: Iterable[str], held: set[str],
                tallies: dict[str, list[dict[str, Any]]], said: dict[str, list[dict[str, Any]]]) -> None:
    """The counts of the touched nodes the store ``held`` before are recounted from their
    edges; the others are new, so what this batch gives them (node_stats, set by
    merge_nodes) is all they have: only their QuoteCount tallies and the kept statement
    counts into them (``said``) are still to create."""
    touched = set(touched)
    new_speakers = sorted((touched - held) & tallies.keys())
    if new_speakers:
        run(q.CREATE_TALLIES, {"rows": [t for sp in new_speakers for t in tallies[sp]]})
    by_label: dict[str, list[dict[str, Any]]] = {}
    for subject in sorted((touched - held) & said.keys()):
        by_label.setdefault(node_label(subject), []).extend(said[subject])
    for label, rows in sorted(by_label.items()):
        if rows:
            run(shared.CREATE_SAID_PAIRS.format(label=label, date=q.SAID_PAIR_DATE), {"rows": rows})
    refresh_stats(q, run, touched & held)


def write_co_mentions(q: Any, run: Run, new: list[dict[str, Any]], known: list[dict[str, Any]], *,
                      handles: Optional[dict[str, Any]] = None) -> None:
    """Pair-count deltas (rows.split_new_pairs): ``new`` ones created, ``known`` ones merged.
    ``handles``: the store's handles of ends already read in this transaction (PAIR_ENDS)."""
    if q.PAIR_ENDS and (new or known):
        # The store's own handle of each end, valid in this transaction (see Neo4jCypher).
        handle = dict(handles or {})
        missing = sorted({r[end] for r in new + known for end in ("a", "b")} - set(handle))
        if missing:
            handle.update((i, h) for i, h in run(q.PAIR_ENDS, {"ids": missing}))
        new, known = ([dict(r, a=handle[r["a"]], b=handle[r["b"]]) for r in rows
                       if r["a"] in handle and r["b"] in handle] for rows in (new, known))
    for cypher, rows in ((q.CREATE_CO_MENTIONS, new), (q.ADD_CO_MENTIONS, known)):
        for start in range(0, len(rows), PAIR_BATCH):
            part = rows[start:start + PAIR_BATCH]
            run(cypher, {"rows": pair_groups(part)})


def refresh_stats(q: Any, run: Run, ids: Iterable[str]) -> None:
    """Recount ACTOR_STATS / SUBJECT_STATS of these actors and topics from their edges.

    Recounting (rather than adding deltas) keeps the counts right whatever wrote before:
    a re-ingest that replaced an article, a failed batch written again one by one.
    """
    by_label: dict[str, list[str]] = {}
    for node_id in sorted(set(ids)):
        by_label.setdefault(node_label(node_id), []).append(node_id)
    for label, label_ids in sorted(by_label.items()):
        statements = [cypher.format(label=label, total=q.STATS_TOTAL, type=q.TYPE_OF,
                                    x_ids=q.MATCH_IDS.format(var="x", label=label),
                                    sp_ids=q.MATCH_IDS.format(var="sp", label="Actor"),
                                    speaker_tallies=q.MATCH_IN.format(var="q", label="QuoteCount", prop="speaker"))
                      for cypher in (shared.REFRESH_STATS["Actor"] if label == "Actor" else [])
                      + shared.REFRESH_STATS["*"]]
        for start in range(0, len(label_ids), STATS_CHUNK):
            chunk = label_ids[start:start + STATS_CHUNK]
            for cypher in statements:
                run(cypher, {"ids": chunk})


def count_co_mentions(q: Any) -> str:
    """The statement counting the pairs of a list of lower ends anew (``$ids``)."""
    return shared.COUNT_CO_MENTIONS.format(a_ids=q.MATCH_IDS.format(var="a", label="Actor"))
