"""Curating actors, in the Python API (``stancegraph actors``; docs/entities.md, "Curation").

    import stancegraph

    with stancegraph.open_store("news.lbdb") as store:
        stancegraph.merge_actors(store, "Tony Blair", ["Blair"])   # recorded in news.rules
        stancegraph.ingest(["articles/"], store, force=True)      # and never undone

Every change is a rule appended to a rules file (``rules``: its path; by default beside the
embedded graph, ``news.rules`` for ``news.lbdb``, or ``./stancegraph.rules`` for Neo4j) and
made to the graph in one transaction: if the graph cannot be changed, the file is put back.
:func:`stancegraph.ingest` and :func:`stancegraph.load` apply the rules to every article
before writing it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

from stancegraph.errors import InputError, QueryError
from stancegraph.graph.curation.rules import Rule, add_rules, apply_rules as _apply, check_kind, read_rules
from stancegraph.graph.model import ArticleGraph, actor_id, name_key
from stancegraph.graph.store.base import QueryResult, Store

#: A rules file: a path; ``None``, the store's default file (if there is one, for ingest and
#: load); ``False``, no rules at all.
RulesArg = Union[str, "os.PathLike[str]", None, bool]

NEO4J_RULES = "stancegraph.rules"


@dataclass
class Curation:
    """What a curation did: the rules it recorded (in ``path``) and what changed in the graph."""

    rules: list[Rule]
    path: Optional[str]
    changes: list[str] = field(default_factory=list)


def default_rules_path(store: Store) -> str:
    """Beside the embedded graph file (``news.rules`` for ``news.lbdb``); for a server,
    ``stancegraph.rules`` in the current folder."""
    path = getattr(store, "path", None)  # only the embedded store lives in a file
    return os.path.splitext(os.fspath(path))[0] + ".rules" if path else NEO4J_RULES


def rules_path(store: Store, rules: RulesArg = None) -> Optional[str]:
    if rules is False:
        return None
    if rules is None or rules is True:
        return default_rules_path(store)
    return os.fspath(rules)  # type: ignore[arg-type]


def load_rules(store: Store, rules: RulesArg = None) -> list[Rule]:
    """The rules ingest and load apply: those of the file given, else of the store's default
    file. A file that does not exist yet holds none (the first curation creates it)."""
    path = rules_path(store, rules)
    if path is None or not os.path.lexists(path):
        return []
    if os.path.isdir(path):
        raise InputError(f"rules file {path}: is a folder")
    return read_rules(path)


def curated(graphs: Iterable[ArticleGraph], rules: Sequence[Rule]) -> Iterator[ArticleGraph]:
    """``graphs`` with ``rules`` applied to each, in order."""
    for graph in graphs:
        yield _apply(rules, graph) if rules else graph


# ---------------------------------------------------------------------------------------
# looking

ACTOR_COLUMNS = ["id", "name", "kind", "mentions", "articles", "statements", "aliases"]


def _actors(store: Store, kind: Optional[str] = None) -> list[dict[str, Any]]:
    where = "WHERE a.kind = $kind " if kind else ""
    res = store.run(f"MATCH (a:Actor) {where}RETURN a.id, a.name, a.kind, a.mentions, a.articles, a.statements, "
                    "a.aliases ORDER BY a.mentions DESC, a.id", {"kind": kind} if kind else {})
    return [dict(zip(ACTOR_COLUMNS, r)) for r in res.rows]


def list_actors(store: Store, *, kind: Optional[str] = None, name: Optional[str] = None,
                limit: Optional[int] = None) -> QueryResult:
    """The actors, most mentioned first, with their counts and aliases (their other names).
    ``kind`` keeps one kind; ``name`` those whose name or an alias contains it (any case)."""
    if kind:
        check_kind(kind)
    key = name_key(name) if name else ""
    rows = []
    for a in _actors(store, kind):
        aliases = sorted(x for x in a["aliases"] or [] if x != a["name"])
        if key and not any(key in name_key(x) for x in aliases + [a["name"]]):
            continue
        rows.append([a[c] if c != "aliases" else aliases for c in ACTOR_COLUMNS])
    return QueryResult(list(ACTOR_COLUMNS), rows[:limit] if limit is not None else rows)


def actor_suspects(store: Store, *, limit: Optional[int] = None) -> QueryResult:
    """Likely duplicates and likely wrong merges among the actors, each with its reason and
    the command that would fix it (docs/entities.md lists the heuristics)."""
    from stancegraph.graph.curation.suspects import COLUMNS, find_suspects

    suspects = find_suspects(_actors(store))
    return QueryResult(list(COLUMNS), [s.row() for s in suspects[:limit]])


def resolve_actor(store: Store, name: str) -> dict[str, Any]:
    """The one actor ``name`` (an id, name or alias, any case) refers to; none or several raise
    :class:`QueryError`, listing the candidates."""
    from stancegraph.graph.names import find_nodes, suggest_nodes

    found = [n for n in find_nodes(store, name) if n["label"] == "Actor"]
    exact = [n for n in found if n["id"] == name] or [n for n in found if name_key(n["name"]) == name_key(name)]
    found = exact if len(exact) == 1 else found
    if not found:
        close = suggest_nodes(store, name)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise QueryError(f"no actor in the graph matches {name!r}{hint}")
    if len(found) > 1:
        names = ", ".join(f"{n['id']} ({n['name']})" for n in found[:8])
        raise QueryError(f"{name!r} matches {len(found)} actors: {names}; give one by its id")
    return found[0]


# ---------------------------------------------------------------------------------------
# changing

def _record(store: Store, new: list[Rule], rules: RulesArg) -> Curation:
    """Append ``new`` to the rules file and make them in the graph; a graph that cannot be
    changed puts the file back."""
    from stancegraph.graph.curation.rewire import curate

    path = rules_path(store, rules)
    restore = add_rules(path, new) if path else None
    try:
        changes = curate(store, new)
    except BaseException:
        if restore is not None:
            restore()
        raise
    return Curation(new, path, changes)


def merge_actors(store: Store, into: str, others: Union[str, Sequence[str]], *, rules: RulesArg = None) -> Curation:
    """Merge the actors ``others`` into ``into`` (names, aliases or ids): their mentions,
    statements, stances and events become ``into``'s, their names its aliases."""
    target = resolve_actor(store, into)
    new = []
    for other in [others] if isinstance(others, str) else others:
        source = resolve_actor(store, other)
        if source["id"] == target["id"]:
            raise QueryError(f"{other!r} and {into!r} are the same actor ({target['id']})")
        new.append(Rule("merge", source["id"], target["name"], target["kind"], into=target["id"]))
    if not new:
        raise QueryError("name at least one actor to merge")
    return _record(store, new, rules)


def split_actor(store: Store, actor: str, aliases: Union[str, Sequence[str]], *, name: Optional[str] = None,
                kind: Optional[str] = None, rules: RulesArg = None) -> Curation:
    """Move the aliases ``aliases`` of ``actor`` to an actor of their own, ``name`` (default:
    the first alias) of ``kind`` (default: ``actor``'s), with the statements said under
    them and the stances and events read from those."""
    x = resolve_actor(store, actor)
    aliases = [aliases] if isinstance(aliases, str) else list(aliases)
    if not aliases:
        raise QueryError("name at least one alias to split off")
    res = store.run("MATCH (a:Actor {id: $id}) RETURN a.aliases", {"id": x["id"]})
    known = {name_key(a) for a in (res.rows[0][0] if res.rows else None) or []}
    for alias in aliases:
        if name_key(alias) == name_key(x["name"]):
            raise QueryError(f"{alias!r} is the name of {x['id']}: rename it instead, or split off its other aliases")
        if name_key(alias) not in known:
            raise QueryError(f"{x['id']} ({x['name']}) has no alias {alias!r}; see 'stancegraph actors list --name'")
    name, kind = name or aliases[0], check_kind(kind or x["kind"])
    if actor_id(kind, name) == x["id"]:
        raise QueryError(f"the new actor would be {x['id']} itself: give another --name or --kind")
    return _record(store, [Rule("split", x["id"], name, kind, tuple(aliases), actor_id(kind, name))], rules)


def rename_actor(store: Store, actor: str, name: str, *, rules: RulesArg = None) -> Curation:
    """Give ``actor`` a new name (and so a new id); an actor of that name and kind already
    there is merged with it."""
    x = resolve_actor(store, actor)
    if not name_key(name):
        raise QueryError(f"not a name: {name!r}")
    if name == x["name"]:  # nothing to do, nothing to record
        return Curation([], None, [f"{x['id']} is already called {name!r}"])
    return _record(store, [Rule("rename", x["id"], name)], rules)


def set_actor_kind(store: Store, actor: str, kind: str, *, rules: RulesArg = None) -> Curation:
    """Make ``actor`` of ``kind`` (and so a new id); an actor of that name and kind already
    there is merged with it."""
    x = resolve_actor(store, actor)
    check_kind(kind)
    if kind == x["kind"]:  # nothing to do, nothing to record
        return Curation([], None, [f"{x['id']} is already of kind {kind}"])
    return _record(store, [Rule("kind", x["id"], kind=kind)], rules)


def apply_rules(store: Store, rules: RulesArg = None) -> Curation:
    """Apply every rule of the rules file to the graph again, in one transaction (rules whose
    actor is not in the graph, or no longer, change nothing): after editing the file by hand,
    or on a graph written without it."""
    from stancegraph.graph.curation.rewire import curate

    path = rules_path(store, rules)
    if path is None:
        return Curation([], None)
    if not os.path.exists(path):
        raise InputError(f"rules file {path}: does not exist")
    loaded = load_rules(store, path)
    return Curation(loaded, path, curate(store, loaded))


# ---------------------------------------------------------------------------------------
# linking across articles (after every ingest and load)

def link_actors(store: Store, rules: RulesArg = None) -> list[str]:
    """Join what the whole graph shows to be one actor (stancegraph/graph/linking.py): a
    full name found under two kinds goes to the kind most mentions give it, then a person
    known only by a surname ("Mr Straw") goes to the one person the graph knows by that full
    name (or a dominant one). Actors a curation rule names are left as the user put them.
    Returns one line per actor joined; the graph is changed in one transaction."""
    from stancegraph.graph.curation.rewire import curate

    facts = _stored_facts(store)
    named = {a.id: (a.name, a.kind) for a in facts.values()}
    plan = link_plan(facts, _curated_ids(store, rules))
    if plan:
        curate(store, [Rule("merge", old, *named[new], into=new) for old, (new, _) in plan.items()])
    return [f"{old} -> {new}: {reason}" for old, (new, reason) in plan.items()] + _link_speakers(store)


def linked_before_write(graphs: Iterable[ArticleGraph], store: Store, rules: RulesArg = None,
                        batch: int = 500, notes: Optional[list[str]] = None) -> Iterator[ArticleGraph]:
    """``graphs`` with the links :func:`link_actors` would make among their own new actors
    already made, ``batch`` articles at a time: moving an actor's edges once it is stored
    costs a transaction of reads and writes, renaming it in an article about to be written
    costs nothing. Links that move an actor already stored are left to link_actors. One
    line per link made is appended to ``notes``."""
    import itertools

    from stancegraph.graph.curation.rules import remap
    from stancegraph.graph.linking import link_end
    from stancegraph.graph.offices import plan_offices, settle

    stored = _stored_facts(store)
    curated_ids = _curated_ids(store, rules)
    in_table: dict[str, bool] = {}  # names in the alias table, looked up once for the whole load
    graphs = iter(graphs)
    while chunk := list(itertools.islice(graphs, batch)):
        # The stored facts with the chunk's counted in: copies only of those it adds to.
        facts = dict(stored)
        for actor in {a.id for graph in chunk for a in graph.actors} & stored.keys():
            f = stored[actor]
            facts[actor] = replace(f, aliases=list(f.aliases), roles=list(f.roles))
        add_actor_facts(facts, chunk)
        plan = link_plan(facts, curated_ids, in_table)
        local = {old: link_end(plan, old) for old in plan if old not in stored}
        offices = plan_offices(facts.values(), plan)
        if notes is not None:
            notes.extend(f"{old} -> {new}: {plan[old][1]}" for old, new in local.items())
            notes.extend(f"{old} -> {new}: {why}" for old, (new, why) in offices.items() if new)
        holders = {new: (facts[new].name, facts[new].kind) for new, _ in offices.values() if new}
        for graph in chunk:
            graph = settle(graph, offices, holders)  # placeholders of offices: never stored
            ids = {a.id for a in graph.actors}
            for old in ids & local.keys():
                graph = remap(graph, old, (local[old], facts[local[old]].name, facts[local[old]].kind))
            add_actor_facts(stored, [graph])
            yield graph


_ACTOR_FACTS = "MATCH (a:Actor) RETURN a.id, a.name, a.kind, a.mentions, a.aliases, a.roles"


def _stored_facts(store: Store) -> dict[str, Any]:
    from stancegraph.graph.linking import ActorFacts

    return {r[0]: ActorFacts(r[0], r[1], r[2], r[3] or 0, list(r[4] or []), list(r[5] or []))
            for r in store.run(_ACTOR_FACTS).rows}


def add_actor_facts(facts: dict[str, Any], graphs: Iterable[ArticleGraph]) -> None:
    """Count the actors, mentions, aliases and roles of ``graphs`` into ``facts``."""
    from stancegraph.graph.linking import ActorFacts

    for graph in graphs:
        for a in graph.actors:
            f = facts.setdefault(a.id, ActorFacts(a.id, a.name, a.kind))
            f.aliases.extend(x for x in a.aliases if x not in f.aliases)
            f.roles.extend(x for x in a.roles if x not in f.roles)
        for m in graph.mentions:
            if m.actor in facts:
                facts[m.actor].mentions += 1


def _curated_ids(store: Store, rules: RulesArg) -> set[str]:
    ids: set[str] = set()
    for rule in load_rules(store, rules):
        ids.update(x for x in (rule.actor, rule.into) if x)
    return ids


def link_plan(facts: dict[str, Any], curated_ids: set[str],
              in_table: Optional[dict[str, bool]] = None) -> dict[str, tuple[str, str]]:
    """Old actor id -> (new id, reason), in the order the merges are to be made. The mention
    counts of joined actors are added up as the plan goes (they decide surname links), on
    copies: ``facts`` are left as they are. ``in_table``: which names are in the alias
    table, filled as they are looked up (a load plans once a batch, over every actor)."""
    from stancegraph.graph.linking import plan_kinds, plan_links, plan_variants
    from stancegraph.loaders.extract.aliases import default_table

    table = default_table()
    known = {} if in_table is None else in_table

    def fixed(name: str) -> bool:
        if name not in known:
            known[name] = table.lookup(name) is not None
        return known[name]

    plan = {a: t for a, t in {**plan_kinds(facts.values(), fixed=fixed),
                              **plan_variants(facts.values())}.items()
            if a not in curated_ids and t[0] not in curated_ids}
    facts = dict(facts)
    for old, (new, _) in plan.items():
        if old in facts and new in facts:
            facts[new] = replace(facts[new], mentions=facts[new].mentions + facts.pop(old).mentions)
    plan.update((a, t) for a, t in plan_links(facts.values()).items()
                if a not in curated_ids and t[0] not in curated_ids)
    return plan


#: Speaker texts that are never a name ("They said", "It added").
_NOT_NAMES = frozenset("i we you he she it they who which this that these those one".split())


def _names_someone(text: Optional[str]) -> bool:
    """Whether a speaker text is a name ("Theresa May", "the Scottish Executive"), not a
    pronoun, a common noun ("The government") or a role whose holder the article did not
    name ("The chancellor": the graph's role facts, not a namesake node, say who that is)."""
    from stancegraph.loaders.extract.roles import role_of

    bare = text[4:] if text and text[:4].lower() == "the " else text
    return bool(bare) and bare[:1].isupper() and name_key(bare) not in _NOT_NAMES and role_of(bare) is None


def _link_speakers(store: Store) -> list[str]:
    """A statement with no speaker actor whose speaker text is the name or an alias of
    exactly one actor of the graph ("Theresa May added" where NER missed her) is that
    actor's: SAID."""
    from stancegraph.graph.store import write
    from stancegraph.loaders.extract.aliases import lookup_key

    said = {r[0] for r in store.run("MATCH (:Actor)-[:SAID]->(s:Statement) RETURN s.id").rows}
    open_ = [(sid, text) for sid, text in store.run(
        "MATCH (s:Statement) WHERE s.speaker_text IS NOT NULL RETURN s.id, s.speaker_text").rows
        if sid not in said and _names_someone(text)]
    if not open_:
        return []
    by_key: dict[str, set[str]] = {}
    for aid, keys in store.run("MATCH (a:Actor) RETURN a.id, a.keys").rows:
        for k in keys or ():
            by_key.setdefault(k, set()).add(aid)
    links = []
    for sid, text in open_:
        found = by_key.get(lookup_key(text), set())
        if len(found) == 1:
            links.append({"id": sid, "speaker": next(iter(found))})
    if not links:
        return []

    def work(q: Any, run: Any) -> None:
        run(q.LINK_SPEAKERS, {"rows": links})
        # Their subjects count them too (about_speakers, the kept statement counts).
        subjects = run(q.MATCH_IDS.format(var="s", label="Statement") + " MATCH (s)-[:ABOUT]->(t) RETURN DISTINCT t.id",
                       {"ids": [row["id"] for row in links]})
        write.refresh_stats(q, run, {row["speaker"] for row in links} | {r[0] for r in subjects})

    store.rewrite(work, "(speaker linking)")
    return [f"statement {row['id']} SAID by {row['speaker']}: its speaker text names only that actor" for row in links]
