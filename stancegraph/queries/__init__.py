"""Saved Cypher queries: ``.cypher`` files with a small header, run on either store.

A file looks like this (see docs/queries.md)::

    // name: who-said-what
    // title: Who said what about a subject
    // description: Statements about an actor or topic, with speaker and reporting outlet.
    // param: subject node required -- actor or topic (name, alias or id)
    // param: limit int default=100 -- at most this many rows
    // writes: false
    MATCH ...

A ``// dialect: neo4j`` or ``// dialect: ladybug`` line starts a variant of the body for that
store only; a body before any such line serves both. A ``// then: a, b`` line ends one
statement and starts the next: the values in columns a and b of its last row become
parameters of what follows (see SavedQuery.statements).

Built-in queries ship in this folder; users add theirs from ``--queries-dir``,
``$STANCEGRAPH_QUERIES`` (``os.pathsep``-separated) and ``~/.config/stancegraph/queries``.
A user's query overrides a built-in of the same name.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Optional

from stancegraph.errors import QueryError
from stancegraph.graph.names import Match, find_nodes, resolve, suggest_nodes  # noqa: F401 (re-exported)
from stancegraph.graph.store.base import QueryResult, Store

PARAM_TYPES = ("str", "int", "float", "bool", "node", "date")
_HEADER = re.compile(r"^//\s*([a-z_]+)\s*:\s*(.*?)\s*$")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: ``// if: a, b`` / ``// unless: a`` at the end of a body line (see SavedQuery.body).
_CONDITION = re.compile(r"\s*//\s*(if|unless)\s*:\s*([A-Za-z_][\w\s,]*?)\s*$")
#: ``// then: a, b`` on a line of its own, between two statements of a body.
_THEN = re.compile(r"^\s*//\s*then\s*:\s*([A-Za-z_][\w\s,]*?)\s*$")


def _is_given(value: Any) -> bool:
    return value is not None and value is not False and value != "" and value != []


def _conditions(line: str) -> tuple[list[tuple[str, list[str]]], int]:
    """The ``// if:`` / ``// unless:`` conditions a body line ends with (all must hold, e.g.
    ``// if: min  // unless: actor``): ("if" or "unless", parameter names) each, and where
    the first of them starts (the line's length when it has none)."""
    conditions, end = [], len(line)
    while (m := _CONDITION.search(line, 0, end)) is not None:
        conditions.append((m.group(1), [n.strip() for n in m.group(2).split(",")]))
        end = m.start()
    return conditions, end


_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)(?P<flags>(?:\s+(?:required|default=\S+))*)\s*(?:--\s*(?P<help>.*))?$"
)


@dataclass
class Param:
    name: str
    type: str = "str"
    required: bool = False
    default: Optional[str] = None
    help: str = ""

    def convert(self, raw: Any) -> Any:
        if self.type == "date" and raw is not None:
            # Dates are compared as ISO text, so "25/11/2025" would silently match nothing.
            if not _DATE.fullmatch(str(raw).strip()):
                raise QueryError(f"parameter {self.name!r} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}")
            return str(raw).strip()
        if raw is None or self.type in ("str", "node"):
            return raw
        try:
            if self.type == "int":
                value = int(raw)
                if not -(2**63) <= value < 2**63:  # both stores bind 64-bit integers
                    raise QueryError(f"parameter {self.name!r} must be an integer between "
                                     f"-2^63 and 2^63-1, got {raw!r}")
                return value
            if self.type == "float":
                return float(raw)
            if self.type == "bool":
                if isinstance(raw, bool):
                    return raw
                return {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}[str(raw).lower()]
        except (ValueError, KeyError):
            pass
        raise QueryError(f"parameter {self.name!r} must be {self.type}, got {raw!r}")


@dataclass
class SavedQuery:
    name: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    writes: bool = False
    bodies: dict[str, str] = field(default_factory=dict)  # dialect ("*" for both) -> Cypher
    path: Optional[str] = None

    def body(self, dialect: str, params: Optional[dict[str, Any]] = None) -> str:
        """The Cypher for ``dialect``; with ``params``, only the lines their values keep.

        A line ending in ``// if: a, b`` is kept when any of those parameters is given (not
        null, empty, an empty list or false); ``// unless: a, b`` when none is. So a query can
        anchor on a filter the user gave instead of testing ``size($a) = 0 OR ...`` on every row.
        """
        text = self.bodies.get(dialect) or self.bodies.get("*")
        if not text:
            raise QueryError(f"query {self.name!r} has no variant for the {dialect} store")
        return text if params is None else _keep_lines(text, params)

    def statements(self, dialect: str) -> list[tuple[str, list[str]]]:
        """The body's statements in order, each with the names its last row binds for the next.

        Only the last statement has no names. A statement whose lines are all left out by
        their conditions is skipped and binds null.
        """
        out: list[tuple[str, list[str]]] = []
        lines: list[str] = []
        for line in self.body(dialect).split("\n"):
            then = _THEN.match(line)
            if then:
                out.append(("\n".join(lines), [n.strip() for n in then.group(1).split(",")]))
                lines = []
            else:
                lines.append(line)
        return out + [("\n".join(lines), [])]

    def param(self, name: str) -> Optional[Param]:
        return next((p for p in self.params if p.name == name), None)

    def usage(self) -> str:
        parts = []
        for p in self.params:
            flag = "required" if p.required else f"default {p.default}" if p.default is not None else "optional"
            parts.append(f"  {p.name} ({p.type}, {flag}){': ' + p.help if p.help else ''}")
        return "\n".join(parts) or "  (no parameters)"

    def describe(self) -> str:
        """Everything a user needs to run the query: what it answers, its parameters, an example."""
        example = " ".join(f"-p {p.name} VALUE" for p in self.params if p.required)
        lines = [f"{self.name}: {self.title}", "", self.description, "", "parameters:", self.usage(), "",
                 "Node parameters take a name, alias or id (any case); every actor and topic it matches is used.",
                 f"writes: {'yes (runs only with --write)' if self.writes else 'no (runs read-only)'}",
                 f"dialects: {', '.join(sorted(self.bodies)).replace('*', 'both stores')}",
                 f"source: {self.path}", "", f"example: stancegraph query {self.name} {example}".rstrip()]
        return "\n".join(lines)


def _keep_lines(text: str, params: dict[str, Any]) -> str:
    """``text`` without the lines whose ``// if:`` / ``// unless:`` condition ``params`` fail."""
    kept = []
    for line in text.split("\n"):
        conditions, start = _conditions(line)
        if conditions:
            if any(any(_is_given(params.get(n)) for n in names) != (kind == "if") for kind, names in conditions):
                continue
            line = line[:start].rstrip()
        kept.append(line)
    return "\n".join(kept)


def _is_left_out(cypher: str) -> bool:
    """True when nothing but comments and blank lines is left of a statement."""
    return not any(line.strip() and not line.strip().startswith("//") for line in cypher.split("\n"))


def parse_query(text: str, *, path: Optional[str] = None, name: Optional[str] = None) -> SavedQuery:
    """Parse one ``.cypher`` file. Malformed headers raise QueryError naming the file."""
    where = path or name or "<query>"
    query = SavedQuery(name=name or (Path(path).stem if path else ""), path=path)
    dialect = "*"
    body: dict[str, list[str]] = {}
    in_header = True
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m and m.group(1) == "dialect":
            dialect = m.group(2).lower()
            if dialect not in ("neo4j", "ladybug"):
                raise QueryError(f"{where}: unknown dialect {dialect!r} (neo4j or ladybug)")
            in_header = False
            continue
        if in_header and m:
            key, value = m.group(1), m.group(2)
            if key == "param":
                query.params.append(_parse_param(value, where))
            elif key == "writes":
                query.writes = value.lower() in ("true", "yes", "1")
            elif key in ("name", "title", "description"):
                setattr(query, key, value)
            else:
                raise QueryError(f"{where}: unknown header field {key!r}")
            continue
        if in_header and (not line.strip() or line.strip().startswith("//")):
            continue
        in_header = False
        body.setdefault(dialect, []).append(line)
    query.bodies = {d: "\n".join(lines).strip() for d, lines in body.items() if "\n".join(lines).strip()}
    if not query.name:
        raise QueryError(f"{where}: no name")
    if not query.bodies:
        raise QueryError(f"{where}: no Cypher after the header")
    for dialect_name in query.bodies:
        _check_names(query, dialect_name, where)
    return query


def _check_names(query: SavedQuery, dialect: str, where: str) -> None:
    """Each statement of a body uses only declared parameters and names bound before it."""
    known = {p.name for p in query.params}
    statements = query.statements(dialect)
    for i, (cypher, binds) in enumerate(statements):
        for line in cypher.splitlines():
            for kind, names in _conditions(line)[0]:
                if set(names) - known:
                    raise QueryError(f"{where}: '// {kind}:' names undeclared parameters {sorted(set(names) - known)}")
        used = _parameters_used(cypher)
        if used - known:
            raise QueryError(f"{where}: parameters {sorted(used - known)} are used but not declared")
        if set(binds) & known:
            raise QueryError(f"{where}: '// then:' binds {sorted(set(binds) & known)}, which are declared parameters")
        if binds and _is_left_out(statements[i + 1][0]):
            raise QueryError(f"{where}: '// then:' is not followed by a statement")
        known |= set(binds)


def _parse_param(spec: str, where: str) -> Param:
    m = _PARAM.match(spec)
    if not m or m.group("type") not in PARAM_TYPES:
        raise QueryError(f"{where}: bad param line {spec!r} (expected: NAME TYPE [required] [default=V] -- help; "
                         f"TYPE one of {', '.join(PARAM_TYPES)})")
    flags = m.group("flags").split()
    default = next((f.split("=", 1)[1] for f in flags if f.startswith("default=")), None)
    return Param(m.group("name"), m.group("type"), "required" in flags, default, (m.group("help") or "").strip())


def _parameters_used(cypher: str) -> set[str]:
    """The ``$names`` a Cypher text uses (not those inside strings or comments)."""
    return set(re.findall(r"\$([A-Za-z_]\w*)", _strip_literals(cypher)))


def _strip_literals(cypher: str) -> str:
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*", "''", cypher)


def query_dirs(extra: Iterable[str] = ()) -> list[str]:
    """Folders searched for user queries, lowest priority first (later ones override)."""
    dirs = [os.path.join(os.path.expanduser("~"), ".config", "stancegraph", "queries")]
    env = os.environ.get("STANCEGRAPH_QUERIES")
    if env:
        dirs += [d for d in env.split(os.pathsep) if d]
    dirs += list(extra)
    return dirs


def load_queries(extra_dirs: Iterable[str] = ()) -> dict[str, SavedQuery]:
    """Built-in queries, then the user's, by name (a user's query overrides a built-in)."""
    queries: dict[str, SavedQuery] = {}
    builtin = resources.files(__name__)
    for entry in sorted(builtin.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text(encoding="utf-8"), path=f"builtin:{entry.name}",
                            name=entry.name[: -len(".cypher")])
            queries[q.name] = q
    for folder in query_dirs(extra_dirs):
        if not os.path.isdir(folder):
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            _skipped(f"query folder {folder} not read ({exc.strerror or exc})")
            continue
        for fname in names:
            if fname.endswith(".cypher"):
                full = os.path.join(folder, fname)
                # One bad file costs its own query, not every query (and 'ask').
                try:
                    with open(full, encoding="utf-8") as fh:
                        q = parse_query(fh.read(), path=full, name=fname[: -len(".cypher")])
                except UnicodeDecodeError:
                    _skipped(f"{full} skipped: not UTF-8 text")
                    continue
                except OSError as exc:
                    _skipped(f"{full} skipped: cannot read ({exc.strerror or exc})")
                    continue
                except QueryError as exc:
                    _skipped(f"skipped: {exc}")
                    continue
                queries[q.name] = q
    return queries


def _skipped(message: str) -> None:
    """A user query that cannot be used: one warning line on stderr, the others still load."""
    print(f"warning: {message}", file=sys.stderr)


def get_query(name: str, queries: dict[str, SavedQuery]) -> SavedQuery:
    if name in queries:
        return queries[name]
    from difflib import get_close_matches

    close = get_close_matches(name, list(queries), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; 'stancegraph queries' lists them"
    raise QueryError(f"no saved query named {name!r}{hint}")


def bind_params(query: SavedQuery, given: dict[str, Any], store: Store) -> tuple[dict[str, Any], list[Match]]:
    """Check and convert the user's parameters; resolve ``node`` parameters to lists of ids."""
    unknown = set(given) - {p.name for p in query.params}
    if unknown:
        raise QueryError(f"query {query.name!r} takes no parameter {', '.join(sorted(unknown))}; "
                         f"it takes:\n{query.usage()}")
    params: dict[str, Any] = {}
    matches: list[Match] = []
    for p in query.params:
        raw = given.get(p.name, p.default)
        if raw is None:
            if p.required:
                raise QueryError(f"query {query.name!r} needs parameter {p.name!r} (-p {p.name} VALUE); "
                                 f"it takes:\n{query.usage()}")
            params[p.name] = [] if p.type == "node" else None
            continue
        if p.type == "node":
            match = resolve(store, str(raw), p.name)
            matches.append(match)
            params[p.name] = match.ids
        else:
            params[p.name] = p.convert(raw)
    return params, matches


def run_saved(store: Store, query: SavedQuery, given: dict[str, Any], *, write: bool = False) -> tuple[QueryResult, list[Match]]:
    """Run a saved query. A query that writes runs only when it says so and ``write`` is given.

    A body of several statements (``// then:``) runs them in order; each one's last row gives
    the named parameters of the next, and the last statement's rows are the answer.
    """
    if query.writes and not write:
        raise QueryError(f"query {query.name!r} writes to the graph; pass --write to run it")
    params, matches = bind_params(query, given, store)
    result = QueryResult([])
    for text, binds in query.statements(store.dialect):
        cypher = _keep_lines(text, params)
        if _is_left_out(cypher):
            params.update(dict.fromkeys(binds))
            continue
        used = _parameters_used(cypher)  # the lines left out may have used some
        result = store.run(cypher, {k: v for k, v in params.items() if k in used}, write=query.writes and write)
        if binds:
            missing = [n for n in binds if n not in result.columns]
            if missing:
                raise QueryError(f"query {query.name!r}: the statement before '// then: {', '.join(binds)}' "
                                 f"returns no column {', '.join(missing)}")
            last = dict(zip(result.columns, result.rows[-1])) if result.rows else {}
            params.update({n: last.get(n) for n in binds})
    return _in_stated_order(result), matches


def _in_stated_order(result: QueryResult) -> QueryResult:
    """Rows sorted (stably) by a leading ``_order`` column, which is then dropped: LadybugDB
    may return the branches of a UNION ALL in any order, and cannot sort across them."""
    if result.columns[:1] != ["_order"]:
        return result
    rows = sorted(result.rows, key=lambda row: (row[0] is None, row[0] if row[0] is not None else 0))
    return QueryResult(result.columns[1:], [row[1:] for row in rows])
