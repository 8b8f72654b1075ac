"""The explorer's read queries: neighbours, edges among a view, evidence, profiles.

Everything here runs read-only through ``store.run`` (the guard refuses any writing clause).
Values reach Cypher only as ``$parameters``; the only text put into a statement is taken from
this package's constants (labels, relationship types from the model's allow-lists, the
backend's own id-matching phrase). Each query is bounded: a ``LIMIT`` or a grouping by
neighbour, and the caller caps what it asks for.

Statements are read folded: ``speaker -[SAID_ABOUT {count}]-> subject``, one edge per pair.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from stancegraph.errors import QueryError
from stancegraph.graph.model import ACTOR_KINDS, RELATION_TYPES, SAID_PAIR_TYPE
from stancegraph.graph.output.subgraph import FOLDED_TYPE
from stancegraph.graph.store.base import Store

#: What the relationship-type filter may name: stance and event edges, and folded statements.
EDGE_TYPES = (FOLDED_TYPE,) + RELATION_TYPES
#: What the kind filter may name: actor kinds, and topics.
NODE_KINDS = ACTOR_KINDS + ("topic",)
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass
class Filters:
    """What the filter panel asks for; every value checked against an allow-list or pattern."""

    since: Optional[str] = None
    until: Optional[str] = None
    types: tuple[str, ...] = EDGE_TYPES
    outlets: tuple[str, ...] = ()
    kinds: tuple[str, ...] = NODE_KINDS

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name) or None
            if value is not None and not _DATE.fullmatch(value):
                raise QueryError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
            setattr(self, name, value)
        bad = [t for t in self.types if t not in EDGE_TYPES] + [k for k in self.kinds if k not in NODE_KINDS]
        if bad:
            raise QueryError(f"unknown relationship type or kind {bad[0]!r}")
        self.outlets = tuple(str(o)[:200] for o in self.outlets)[:50]

    @property
    def relation_pattern(self) -> Optional[str]:
        """``SUPPORTS|OPPOSES|...`` from the model's own names, or None when none is wanted."""
        wanted = [t for t in RELATION_TYPES if t in self.types]
        return "|".join(wanted) or None

    def in_range(self, date: Optional[str]) -> bool:
        if not date:
            return True  # undated items are kept, as in render and export
        if self.since and date[:len(self.since)] < self.since:
            return False
        return not (self.until and date[:len(self.until)] > self.until)

    def kind_ok(self, node: dict[str, Any]) -> bool:
        kind = "topic" if node.get("label") == "Topic" else node.get("kind")
        return kind in self.kinds or (node.get("label") == "Actor" and kind not in ACTOR_KINDS)

    @property
    def dated(self) -> bool:
        return bool(self.since or self.until)

    @property
    def plain(self) -> bool:
        """No filter set: every date, outlet, relationship type and kind."""
        return not (self.dated or self.outlets) and set(self.types) == set(EDGE_TYPES) and \
            set(self.kinds) == set(NODE_KINDS)

    def statement_params(self) -> dict[str, Any]:
        return {"since": self.since or "", "until": self.until or "", "outlets": list(self.outlets)}


# The statement filter: dates as ISO strings ('~' sorts after every digit, so until 2025-11
# keeps 2025-11-30), the outlet through the article. Never a null parameter ('' for none):
# LadybugDB cannot type a bare null.
_S_DATES = ("(s.date IS NULL OR $since = '' OR s.date >= $since) "
            "AND (s.date IS NULL OR $until = '' OR s.date < $until + '~')")
#: The same range for a stance or event edge's own date (an undated one is kept for its article's).
_R_DATES = ("(r.date IS NULL OR (($since = '' OR r.date >= $since) "
            "AND ($until = '' OR r.date < $until + '~')))")
_S_OUTLET = " MATCH (art:Article)-[:CONTAINS]->(s) WHERE art.outlet IN $outlets"


class Reader:
    """The explorer's queries on one store, within one request's time budget."""

    def __init__(self, store: Store, *, seconds: Optional[float] = None):
        """``seconds``: the budget of every query together (default: the store's read_timeout
        as the server set it for this request, else 10)."""
        self.store = store
        self.deadline = time.monotonic() + (seconds or store.read_timeout or 10.0)
        self.type_of = store.type_function
        #: The far ends :meth:`neighbours` met: id -> rank, kind, name, label.
        self.far: dict[str, dict[str, Any]] = {}

    def run(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise QueryError("the request took too long: narrow it down (fewer nodes, a date range)")
        previous, self.store.read_timeout = self.store.read_timeout, max(left, 0.05)
        try:
            return self.store.run(cypher, params).records()
        finally:
            self.store.read_timeout = previous

    def _at(self, var: str, label: str) -> str:
        """The ``label`` nodes of ``$ids``, looked up on their own (the backend's fastest form:
        LadybugDB's is an UNWIND, 40 times faster than ``IN`` for 9,000 ids)."""
        return self.store.match_ids(var, label)

    @staticmethod
    def _from(var: str, label: str) -> str:
        """The start of a walk from the ``label`` nodes of ``$ids``: LadybugDB walked from the
        UNWIND form 10 to 30 times slower (a hub's statements: 1.5 s against 50 ms); one id
        becomes an equality there (ladybug.single_id_lookups)."""
        return f"MATCH ({var}:{label}) WHERE {var}.id IN $ids"

    # -- nodes ---------------------------------------------------------------------------
    def nodes(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Actors and topics (and statements, articles) by id, with ``label``."""
        ids = list(dict.fromkeys(i for i in ids if isinstance(i, str)))
        found: dict[str, dict[str, Any]] = {}
        for label in ("Actor", "Topic", "Statement", "Article"):
            left = [i for i in ids if i not in found]
            if not left:
                break
            for rec in self.run(f"{self._at('n', label)} RETURN n AS node", ids=left):
                found[rec["node"]["id"]] = dict(rec["node"], label=label)
        return found

    def brief(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Actors and topics by id with what a list shows and ranks by (no alias lists)."""
        ids = list(dict.fromkeys(ids))
        found: dict[str, dict[str, Any]] = {}
        for label, kind, more in (("Actor", "n.kind", "n.mentions AS mentions, n.statements AS statements, "),
                                  ("Topic", "'topic'", "")):
            left = [i for i in ids if i not in found]
            if left:
                for rec in self.run(f"{self._at('n', label)} RETURN n.id AS id, n.name AS name, {kind} AS kind, "
                                    f"{more}n.about AS about", ids=left):
                    found[rec["id"]] = dict(rec, label=label)
        return found

    def search(self, key: str, limit: int) -> list[dict[str, Any]]:
        """Actors and topics whose name or an alias starts with ``key`` or has it as a word
        start (``key``: model.name_key of what was typed), the most mentioned first."""
        out: list[dict[str, Any]] = []
        for label, kind, rank in (("Actor", "n.kind", "coalesce(n.mentions, 0)"), ("Topic", "'topic'", "coalesce(n.about, 0)")):
            out += self.run(
                f"MATCH (n:{label}) UNWIND n.keys AS k WITH n, k WHERE k STARTS WITH $key OR k CONTAINS $infix "
                f"WITH n, min(k) AS alias RETURN n.id AS id, n.name AS name, {kind} AS kind, '{label}' AS label, "
                f"{rank} AS rank, alias ORDER BY rank DESC, name LIMIT $limit",
                key=key, infix=" " + key, limit=limit)
        return sorted(out, key=lambda r: (-(r["rank"] or 0), r["name"] or ""))[:limit]

    # -- neighbours ------------------------------------------------------------------------
    def neighbours(self, node: dict[str, Any], f: Filters) -> dict[tuple[str, str, str], dict[str, Any]]:
        """Every edge of ``node`` the filters keep, grouped ``(type, from, to) -> {count, date}``."""
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        nid, label = node["id"], node["label"]
        if FOLDED_TYPE in f.types:
            if label == "Actor":
                self._said(edges, self._from("a", "Actor"), "a", "t", f, far="t", ids=[nid])
            self._said(edges, self._from("t", label), "sp:Actor", "t", f, far="sp", ids=[nid])
        pattern = f.relation_pattern
        if pattern:
            if label == "Actor":
                self._relations(edges, f"{self._from('a', 'Actor')} MATCH (a)-[r:{pattern}]->(b)", f, far="b",
                                ids=[nid])
            self._relations(edges, f"{self._from('b', label)} MATCH (a:Actor)-[r:{pattern}]->(b)", f, far="a",
                            ids=[nid])
        return edges

    def ranked(self, node: dict[str, Any], offset: int, limit: int) -> Optional[tuple[list[dict[str, Any]], int]]:
        """The page of ``node``'s neighbours :meth:`neighbours` would rank first (the most
        mentioned, then the most edges to it), ranked by the store, and how many there are;
        None when the store keeps no statement counts. Unfiltered only: its statements are
        the kept counts (model.SAID_PAIR_TYPE), one pattern with the stance and event edges, so
        a hub's tens of thousands of edges never leave the store."""
        if not self.store.keeps_said_pairs:
            return None
        start = self._from("a", node["label"])
        # Nodes compared as nodes, not by id: no property read for each of a hub's edges.
        edges = f"MATCH (a)-[r:{SAID_PAIR_TYPE}|{'|'.join(RELATION_TYPES)}]-(b) WHERE b <> a"
        total = self.run(f"{start} {edges} RETURN count(DISTINCT b) AS n", ids=[node["id"]])
        weight = f"CASE WHEN {self.type_of}(r) = '{SAID_PAIR_TYPE}' THEN r.statements ELSE 1 END"
        rows = self.run(f"{start} {edges} WITH b, sum({weight}) AS weight "
                        "RETURN b.id AS id, coalesce(b.mentions, b.about, 0) AS rank, weight, coalesce(b.name, '') AS name "
                        "ORDER BY rank DESC, weight DESC, name, id SKIP $offset LIMIT $limit",
                        ids=[node["id"]], offset=offset, limit=limit)
        return rows, int(total[0]["n"] if total else 0)

    @staticmethod
    def _far(var: Optional[str], grouped: bool) -> str:
        """The far end's rank (mentions; a topic's statements about it), kind (none: a topic)
        and name beside each row, so a hub's thousands of neighbours need no second lookup."""
        if not var:
            return ""
        cols = (f"coalesce({var}.mentions, {var}.about, 0)", f"{var}.kind", f"{var}.name")
        if grouped:
            cols = tuple(f"max({c})" for c in cols)
        return ", {} AS rank, {} AS kind, {} AS name".format(*cols)

    def _note_far(self, r: dict[str, Any], far: Optional[str], near: str) -> None:
        if far:
            other = r["target"] if near == "source" else r["source"]
            self.far[other] = {"id": other, "rank": r["rank"] or 0, "name": r["name"],
                               "kind": r["kind"] or "topic", "label": "Actor" if r["kind"] else "Topic"}

    def _said(self, edges: dict, start: str, speaker: str, subject: str, f: Filters, extra: str = "",
              far: Optional[str] = None, **params: Any) -> None:
        """The folded statements from ``speaker`` to ``subject`` (node patterns, ``var[:Label]``)
        after ``start``. Unfiltered, the store's kept counts (model.SAID_PAIR_TYPE): one row a
        pair, where a hub has thousands of statements to walk; by date or outlet, the walk."""
        ends = f"RETURN {speaker.split(':')[0]}.id AS source, {subject.split(':')[0]}.id AS target"
        if self.store.keeps_said_pairs and not (f.dated or f.outlets):
            where = " WHERE " + extra if extra else ""
            rows = self.run(f"{start} MATCH ({speaker})-[p:{SAID_PAIR_TYPE}]->({subject}){where} {ends}, "
                            f"p.statements AS n, p.last_date AS date{self._far(far, False)}", **params)
        else:
            # Each filter only when set: a hub has thousands of statements to test.
            conds = [c for c in (extra, _S_DATES if f.dated else "") if c]
            where = " WHERE " + " AND ".join(conds) if conds else ""
            outlet = _S_OUTLET if f.outlets else ""
            rows = self.run(f"{start} MATCH ({speaker})-[:SAID]->(s:Statement)-[:ABOUT]->({subject}){where}{outlet} "
                            f"{ends}, count(s) AS n, max(s.date) AS date{self._far(far, True)}",
                            **params, **f.statement_params())
        for r in rows:  # one ABOUT per statement and target
            _add(edges, (FOLDED_TYPE, r["source"], r["target"]), int(r["n"] or 0), r["date"])
            self._note_far(r, far, "source" if far == "t" else "target")

    def _relations(self, edges: dict, match: str, f: Filters, extra: str = "", far: Optional[str] = None,
                   **params: Any) -> None:
        """The stance and event edges ``match`` binds as ``r`` from ``a`` to ``b``, grouped by
        ends and type. Without a date or outlet filter the store groups them; with one, each
        edge is read with its article (an edge without a date takes its article's)."""
        where = f" WHERE {extra}" if extra else ""
        ends = f"a.id AS source, {self.type_of}(r) AS type, b.id AS target"
        near = "source" if far == "b" else "target"
        if not (f.dated or f.outlets):
            for r in self.run(f"{match}{where} RETURN {ends}, count(r) AS n, max(r.date) AS date"
                              f"{self._far(far, True)}", **params):
                _add(edges, (r["type"], r["source"], r["target"]), int(r["n"] or 0), r["date"])
                self._note_far(r, far, near)
            return
        if f.outlets:  # every edge's article is asked for its outlet
            rows = self.run(f"{match}{where} RETURN {ends}, r.date AS date, r.article AS article, 1 AS n"
                            f"{self._far(far, False)}", **params)
        else:  # dated edges tested and grouped in the store; the undated by their article's date
            where = " WHERE " + " AND ".join(c for c in (extra, _R_DATES) if c)
            rows = self.run(f"{match}{where} RETURN {ends}, CASE WHEN r.date IS NULL THEN r.article ELSE '' END "
                            f"AS article, count(r) AS n, max(r.date) AS date{self._far(far, True)}",
                            **params, since=f.since or "", until=f.until or "")
        for r in rows:
            self._note_far(r, far, near)
        self._filtered(edges, rows, f)

    def _filtered(self, edges: dict, rows: list[dict[str, Any]], f: Filters) -> None:
        articles = self.articles(r["article"] for r in rows if f.outlets or (not r["date"] and (f.since or f.until)))
        for r in rows:
            art = articles.get(r["article"] or "", {})
            if not f.in_range(r["date"] or art.get("published")):
                continue
            if f.outlets and art.get("outlet") not in f.outlets:
                continue
            _add(edges, (r["type"], r["source"], r["target"]), int(r["n"]), r["date"])

    def articles(self, ids: Iterable[Optional[str]]) -> dict[str, dict[str, Any]]:
        ids = sorted({i for i in ids if i})
        if not ids:
            return {}
        return {r["id"]: r for r in self.run(
            f"{self._at('a', 'Article')} RETURN a.id AS id, a.title AS title, a.url AS url, "
            "a.outlet AS outlet, a.published AS published", ids=ids)}

    # -- the edges among a view --------------------------------------------------------------
    def among(self, ids: list[str], f: Filters, labels: Optional[dict[str, str]] = None,
              fresh: Optional[Iterable[str]] = None) -> dict[tuple[str, str, str], dict[str, Any]]:
        """The folded statements and the stance and event edges between nodes of ``ids``
        (``labels``: their labels, when known); with ``fresh``, only those with an end in it
        (what a page adds to a screen whose other edges are drawn already)."""
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        if not ids:
            return edges
        labels = labels if labels is not None else {i: n["label"] for i, n in self.brief(ids).items()}
        actors = [i for i in ids if labels.get(i) == "Actor"]
        if fresh is None:
            self._among(edges, actors, ids, f, labels)
            return edges
        new = set(fresh)
        # Two disjoint halves, so no edge is counted twice: from the fresh nodes to any, and
        # from the others to the fresh.
        self._among(edges, [i for i in actors if i in new], ids, f, labels)
        self._among(edges, [i for i in actors if i not in new], [i for i in ids if i in new], f, labels)
        return edges

    def around(self, node_id: str, others: list[str], f: Filters, labels: dict[str, str]
               ) -> dict[tuple[str, str, str], dict[str, Any]]:
        """The edges between ``node_id`` and the nodes of ``others``, both ways."""
        others = [i for i in others if i != node_id]
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        if labels.get(node_id) == "Actor":
            self._among(edges, [node_id], others, f, labels)
        self._among(edges, [i for i in others if labels.get(i) == "Actor"], [node_id], f, labels)
        return edges

    def _among(self, edges: dict, sources: list[str], targets: list[str], f: Filters,
               labels: dict[str, str]) -> None:
        pattern = f.relation_pattern
        for label in ("Actor", "Topic"):
            # Both ends looked up first, each of one label: LadybugDB then joins the two
            # lists instead of testing every edge of the view's hubs against them.
            ends = [i for i in targets if labels.get(i) == label]
            if not (sources and ends):
                continue
            start = f"{self._from('a', 'Actor')} MATCH (b:{label}) WHERE b.id IN $among"
            if FOLDED_TYPE in f.types:
                self._said(edges, start, "a", "b", f, ids=sources, among=ends)
            if pattern:
                self._relations(edges, f"{start} MATCH (a)-[r:{pattern}]->(b)", f, ids=sources, among=ends)

    def relation_props(self, ids: list[str], f: Filters) -> list[tuple[str, str, dict[str, Any], str]]:
        """Full stance and event edges among ``ids`` (for saving a view)."""
        pattern = f.relation_pattern
        if not pattern or not ids:
            return []
        rows = self.run(f"MATCH (a:Actor)-[r:{pattern}]->(b) WHERE a.id IN $ids AND b.id IN $among "
                        f"RETURN a.id AS source, {self.type_of}(r) AS type, r AS rel, b.id AS target",
                        ids=ids, among=ids)
        articles = self.articles(r["rel"].get("article") for r in rows)
        out = []
        for r in rows:
            art = articles.get(r["rel"].get("article") or "", {})
            if f.in_range(r["rel"].get("date") or art.get("published")) and (
                    not f.outlets or art.get("outlet") in f.outlets):
                out.append((r["source"], r["type"], r["rel"], r["target"]))
        return out

    # -- evidence and profiles ---------------------------------------------------------------
    def statements(self, source: str, target: str, f: Filters, limit: int) -> list[dict[str, Any]]:
        """The statements ``source`` made about ``target``, newest first, with their articles."""
        outlet = " AND art.outlet IN $outlets" if f.outlets else ""
        return self.run(
            f"{self._from('a', 'Actor')} MATCH (a)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE t.id = $target "
            f"AND {_S_DATES} MATCH (art:Article)-[:CONTAINS]->(s) WHERE true{outlet} "
            "RETURN s.id AS id, s.text AS quote, s.sentence AS sentence, s.cue AS cue, s.kind AS kind, "
            "s.date AS date, a.name AS speaker, art.title AS title, art.url AS url, art.outlet AS outlet "
            "ORDER BY date DESC, id LIMIT $limit",
            ids=[source], target=target, limit=limit, **f.statement_params())

    def relations(self, rtype: str, source: str, target: str, f: Filters, limit: int) -> list[dict[str, Any]]:
        """The ``rtype`` edges from ``source`` to ``target``, with their sentences and articles."""
        if rtype not in RELATION_TYPES:
            raise QueryError(f"unknown relationship type {rtype!r}")
        rows = self.run(f"{self._from('a', 'Actor')} MATCH (a)-[r:{rtype}]->(b) WHERE b.id = $target "
                        "RETURN r AS rel, a.name AS speaker ORDER BY r.date DESC LIMIT $limit",
                        ids=[source], target=target, limit=limit * 4)
        articles = self.articles(r["rel"].get("article") for r in rows)
        out = []
        for r in rows:
            rel, art = r["rel"], articles.get(r["rel"].get("article") or "", {})
            if f.in_range(rel.get("date") or art.get("published")) and (not f.outlets or art.get("outlet") in f.outlets):
                out.append({"id": rel.get("id"), "sentence": rel.get("sentence"), "cue": rel.get("cue"),
                            "marks": evidence_marks(rel),
                            "date": rel.get("date") or rel.get("date_text") or art.get("published"),
                            "status": rel.get("status"), "detail": rel.get("detail"), "speaker": r["speaker"],
                            "title": art.get("title"), "url": art.get("url"), "outlet": art.get("outlet")})
        return out[:limit]

    def stance_dates(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        """The stances an actor holds (a topic: those held on it): type and date of each."""
        holder = node["label"] == "Actor"
        at = self._from("a" if holder else "b", node["label"])
        match = "MATCH (a)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(b)" if holder else \
            "MATCH (a:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(b)"
        rows = self.run(f"{at} {match} RETURN {self.type_of}(r) AS type, r.date AS date, r.article AS article "
                        "LIMIT 5000", ids=[node["id"]])
        if not rows and holder:  # an actor who takes no stance: those taken on it
            return self._stances_on(node)
        articles = self.articles(r["article"] for r in rows if not r["date"])
        return [{"type": r["type"], "date": r["date"] or articles.get(r["article"] or "", {}).get("published")}
                for r in rows]

    def _stances_on(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        rows = self.run(f"{self._from('b', 'Actor')} MATCH (a:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(b) "
                        f"RETURN {self.type_of}(r) AS type, r.date AS date LIMIT 5000", ids=[node["id"]])
        return [dict(r, on=True) for r in rows]

    def affiliations(self, node_id: str) -> list[dict[str, Any]]:
        return self.run(f"{self._from('a', 'Actor')} MATCH (a)-[r:AFFILIATED_WITH|LEADS]->(b) "
                        f"RETURN {self.type_of}(r) AS type, b.id AS id, b.name AS name, count(r) AS n "
                        "ORDER BY n DESC, name LIMIT 20", ids=[node_id])


#: The evidence words of a stance edge a reader sees marked, in the order they are tried.
_MARKED = ("holder", "cue", "target")


def evidence_marks(rel: dict[str, Any]) -> list[dict[str, Any]]:
    """The holder, cue and target of a stance edge as ``{role, start, end, text}`` relative to
    its sentence (the stores keep article offsets), in sentence order; a span is left out
    when its offsets are missing (events, older graphs), fall outside the sentence, disagree
    with its stored words or overlap one already kept. The page marks what is left."""
    sentence, base = rel.get("sentence"), rel.get("sentence_start")
    if not isinstance(sentence, str) or not isinstance(base, int):
        return []
    marks: list[dict[str, Any]] = []
    for role in _MARKED:
        start, end = rel.get(f"{role}_start"), rel.get(f"{role}_end")
        if not (isinstance(start, int) and isinstance(end, int) and base <= start < end <= base + len(sentence)):
            continue
        start, end = start - base, end - base
        words = rel.get(f"{role}_text")
        if words is not None and sentence[start:end] != words:
            continue  # the sentence was stored otherwise than the article: trust neither
        if all(end <= m["start"] or start >= m["end"] for m in marks):
            marks.append({"role": role, "start": start, "end": end, "text": sentence[start:end]})
    return sorted(marks, key=lambda m: m["start"])


def _add(edges: dict, key: tuple[str, str, str], n: int, date: Optional[str]) -> None:
    edge = edges.setdefault(key, {"count": 0, "date": None})
    edge["count"] += n
    if date and (edge["date"] is None or date > edge["date"]):
        edge["date"] = date
