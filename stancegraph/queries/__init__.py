"""Saved Cypher queries: ``.cypher`` files with a small header, run on either store.

A query is one file when the same Cypher runs on both stores (see docs/queries.md)::

    // title: Who said what about a subject
    // description: Statements about an actor or topic, with speaker and reporting outlet.
    // param: subject node required -- actor or topic (name, alias or id)
    // param: limit int default=100 -- at most this many rows
    MATCH ...

Where the stores need different Cypher, ``NAME.neo4j.cypher`` / ``NAME.ladybug.cypher``
beside ``NAME.cypher`` hold that store's body. A body may hold named variants, each plain
Cypher for one shape of the query (``// variant: NAME when a, b``); a line may end in
``// if: a`` or ``// unless: a``; ``// then: a, b`` chains statements (SavedQuery.statements).

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
DIALECTS = ("neo4j", "ladybug")
_HEADER = re.compile(r"^//\s*([a-z_]+)\s*:\s*(.*?)\s*$")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_NAMES = r"[A-Za-z_][\w\s,]*?"
#: ``// if: a, b`` / ``// unless: a`` at the end of a body line (see SavedQuery.body).
_CONDITION = re.compile(rf"\s*//\s*(if|unless)\s*:\s*({_NAMES})\s*$")
#: ``// then: a, b`` on a line of its own, between two statements of a body.
_THEN = re.compile(rf"^\s*//\s*then\s*:\s*({_NAMES})\s*$")
#: ``// variant: NAME when a, b`` (or no ``when``) on a line of its own: starts a variant.
_VARIANT = re.compile(rf"^\s*//\s*variant\s*:\s*([A-Za-z][\w-]*)\s*(?:when\s+({_NAMES}))?\s*$")
#: ``NAME.neo4j.cypher``: the body of query NAME on that store.
_STORE_FILE = re.compile(rf"^(.+)\.({'|'.join(DIALECTS)})\.cypher$")


def _is_given(value: Any) -> bool:
    return value is not None and value is not False and value != "" and value != []


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",")]


def _condition(line: str) -> tuple[Optional[tuple[str, list[str]]], int]:
    """The ``// if:`` / ``// unless:`` condition a body line ends with ("if" or "unless",
    parameter names), and where it starts (the line's length when it has none)."""
    m = _CONDITION.search(line)
    return ((m.group(1), _names(m.group(2))), m.start()) if m else (None, len(line))


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
class Variant:
    """One shape of a body: used when any parameter in ``when`` is given (always if none)."""

    name: str
    when: list[str]
    text: str

    def applies(self, params: dict[str, Any]) -> bool:
        return not self.when or any(_is_given(params.get(n)) for n in self.when)


def _split_variants(text: str, where: str) -> list[Variant]:
    """A body's variants in order; a body without ``// variant:`` lines is one, unnamed."""
    variants: list[Variant] = []
    lines: list[str] = []
    for line in text.split("\n"):
        m = _VARIANT.match(line)
        if not m and _HEADER.match(line.strip()) and line.strip()[2:].strip().startswith("variant"):
            raise QueryError(f"{where}: bad line {line.strip()!r} (expected '// variant: NAME [when a, b]')")
        if not m:
            lines.append(line)
            continue
        if variants:
            variants[-1].text = "\n".join(lines).strip()
        elif not _is_left_out("\n".join(lines)):
            raise QueryError(f"{where}: Cypher before the first '// variant:' line")
        variants.append(Variant(m.group(1), _names(m.group(2)) if m.group(2) else [], ""))
        lines = []
    if not variants:
        return [Variant("", [], text)]
    variants[-1].text = "\n".join(lines).strip()
    if variants[-1].when or any(not v.when for v in variants[:-1]):
        raise QueryError(f"{where}: only the last variant, and it alone, must have no 'when' (the fallback)")
    return variants


@dataclass
class SavedQuery:
    name: str
    title: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)
    writes: bool = False
    bodies: dict[str, str] = field(default_factory=dict)  # dialect ("*" for both) -> Cypher
    path: Optional[str] = None
    variants: dict[str, list[Variant]] = field(default_factory=dict)  # dialect -> its variants

    def body(self, dialect: str, params: Optional[dict[str, Any]] = None) -> str:
        """The Cypher for ``dialect``; with ``params``, the variant they choose and only the
        lines their values keep (``// if: a, b``: any given, not null, empty or false)."""
        if params is None:
            return self._text(dialect)
        return _keep_lines(self.variant(dialect, params).text, params)

    def _text(self, dialect: str) -> str:
        text = self.bodies.get(dialect) or self.bodies.get("*")
        if not text:
            raise QueryError(f"query {self.name!r} has no body for the {dialect} store")
        return text

    def variants_of(self, dialect: str) -> list[Variant]:
        if dialect not in self.variants:
            self.variants[dialect] = _split_variants(self._text(dialect), self.path or self.name)
        return self.variants[dialect]

    def variant(self, dialect: str, params: dict[str, Any]) -> Variant:
        """The first variant of the ``dialect`` body whose parameters ``params`` give."""
        return next(v for v in self.variants_of(dialect) if v.applies(params))

    def statements(self, dialect: str, params: Optional[dict[str, Any]] = None) -> list[tuple[str, list[str]]]:
        """The statements of the variant ``params`` choose (of the whole body without them),
        in order, each with the names its last row binds for the next.

        Only the last statement has no names. A statement whose lines are all left out by
        their conditions is skipped and binds null.
        """
        return _split_statements(self._text(dialect) if params is None else self.variant(dialect, params).text)

    def param(self, name: str) -> Optional[Param]:
        return next((p for p in self.params if p.name == name), None)

    def usage(self) -> str:
        parts = []
        for p in self.params:
            flag = "required" if p.required else f"default {p.default}" if p.default is not None else "optional"
            parts.append(f"  {p.name} ({p.type}, {flag}){': ' + p.help if p.help else ''}")
        return "\n".join(parts) or "  (no parameters)"

    def shapes(self) -> list[str]:
        """One line per store: the file of the body it runs, and that body's variants."""
        lines = []
        for dialect in DIALECTS:
            own = dialect in self.bodies
            named = [f"{v.name} (when {', '.join(v.when)})" if v.when else v.name
                     for v in self.variants_of(dialect) if v.name]
            lines.append(f"  {dialect}: {self.name}.{dialect + '.' if own else ''}cypher"
                         + (f"; variants {', '.join(named)}" if named else ""))
        return lines

    def describe(self) -> str:
        """Everything a user needs to run the query: what it answers, its parameters, an example."""
        example = " ".join(f"-p {p.name} VALUE" for p in self.params if p.required)
        lines = [f"{self.name}: {self.title}", "", self.description, "", "parameters:", self.usage(), "",
                 "Node parameters take a name, alias or id (any case); every actor and topic it matches is used.",
                 f"writes: {'yes (runs only with --write)' if self.writes else 'no (runs read-only)'}",
                 "Cypher:", *self.shapes(),
                 f"source: {self.path}", "", f"example: stancegraph query {self.name} {example}".rstrip()]
        return "\n".join(lines)


    def source(self) -> str:
        """The description, then the Cypher of each store: once when both run the same text."""
        names = {"ladybug": "the embedded store", "neo4j": "Neo4j"}
        texts: dict[str, list[str]] = {}
        for store in DIALECTS:
            try:
                texts.setdefault(self._text(store), []).append(store)
            except QueryError:  # a user's query written for one store only
                continue
        parts = [self.describe()]
        for text, stores in texts.items():
            parts += ["", f"Cypher ({'both stores' if len(stores) == len(DIALECTS) else names[stores[0]]}):", text]
        return "\n".join(parts)

def _split_statements(text: str) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    lines: list[str] = []
    for line in text.split("\n"):
        then = _THEN.match(line)
        if then:
            out.append(("\n".join(lines), _names(then.group(1))))
            lines = []
        else:
            lines.append(line)
    return out + [("\n".join(lines), [])]


def _keep_lines(text: str, params: dict[str, Any]) -> str:
    """``text`` without the lines whose ``// if:`` / ``// unless:`` condition ``params`` fail."""
    kept = []
    for line in text.split("\n"):
        condition, start = _condition(line)
        if condition:
            kind, names = condition
            if any(_is_given(params.get(n)) for n in names) != (kind == "if"):
                continue
            line = line[:start].rstrip()
        kept.append(line)
    return "\n".join(kept)


def _is_left_out(cypher: str) -> bool:
    """True when nothing but comments and blank lines is left of a statement."""
    return not any(line.strip() and not line.strip().startswith("//") for line in cypher.split("\n"))


def parse_query(text: str, *, path: Optional[str] = None, name: Optional[str] = None,
                store_bodies: Optional[dict[str, str]] = None) -> SavedQuery:
    """Parse one query: the text of ``NAME.cypher`` and the bodies of its store files
    (``store_bodies``: dialect -> text). Malformed headers raise QueryError naming the file."""
    where = path or name or "<query>"
    query = SavedQuery(name=name or (Path(path).stem if path else ""), path=path)
    body: list[str] = []
    in_header = True
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m and m.group(1) == "dialect":
            raise QueryError(f"{where}: '// dialect:' is gone; put the body of each store in "
                             f"{query.name}.neo4j.cypher or {query.name}.ladybug.cypher beside it")
        if in_header and m and m.group(1) not in ("variant", "then"):
            _header_field(query, m.group(1), m.group(2), where)
            continue
        if in_header and not m and (not line.strip() or line.strip().startswith("//")):
            continue
        in_header = False
        body.append(line)
    bodies = {"*": "\n".join(body)}
    bodies.update(store_bodies or {})
    query.bodies = {d: b.strip() for d, b in bodies.items() if not _is_left_out(b)}
    if not query.name:
        raise QueryError(f"{where}: no name")
    missing = [d for d in DIALECTS if d not in query.bodies and "*" not in query.bodies]
    if missing:
        raise QueryError(f"{where}: no Cypher for {' or '.join(missing)} "
                         f"(after the header, or in {query.name}.{missing[0]}.cypher)")
    if "*" in query.bodies and all(d in query.bodies for d in DIALECTS):
        raise QueryError(f"{where}: both stores have their own body, so the one here is never run")
    for dialect in DIALECTS:
        for variant in query.variants_of(dialect):
            _check_names(query, variant, f"{where} ({dialect}{', variant ' + variant.name if variant.name else ''})")
    return query


def _header_field(query: SavedQuery, key: str, value: str, where: str) -> None:
    if key == "param":
        query.params.append(_parse_param(value, where))
    elif key == "writes":
        query.writes = value.lower() in ("true", "yes", "1")
    elif key in ("name", "title", "description"):
        setattr(query, key, value)
    else:
        raise QueryError(f"{where}: unknown header field {key!r}")


def _check_names(query: SavedQuery, variant: Variant, where: str) -> None:
    """Each statement of a variant uses only declared parameters and names bound before it."""
    known = {p.name for p in query.params}
    if set(variant.when) - known:
        raise QueryError(f"{where}: 'when' names undeclared parameters {sorted(set(variant.when) - known)}")
    statements = _split_statements(variant.text)
    for i, (cypher, binds) in enumerate(statements):
        for line in cypher.splitlines():
            condition, start = _condition(line)
            if condition and _condition(line[:start])[0]:
                raise QueryError(f"{where}: one condition per line ({line.strip()!r}); for a query of "
                                 f"another shape, write a variant")
            if condition and set(condition[1]) - known:
                raise QueryError(f"{where}: '// {condition[0]}:' names undeclared parameters "
                                 f"{sorted(set(condition[1]) - known)}")
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
    queries = _read_folder(resources.files(__name__).iterdir(), lambda fname: f"builtin:{fname}")
    for folder in query_dirs(extra_dirs):
        if not os.path.isdir(folder):
            continue
        try:
            entries = list(Path(folder).iterdir())
        except OSError as exc:
            _skipped(f"query folder {folder} not read ({exc.strerror or exc})")
            continue
        queries.update(_read_folder(entries, lambda fname, d=folder: os.path.join(d, fname), skip=_skipped))
    return queries


def _read_folder(entries: Iterable[Any], where: Any, skip: Any = None) -> dict[str, SavedQuery]:
    """The queries of one folder: each ``NAME.cypher`` with its ``NAME.<store>.cypher`` files.
    With ``skip`` (a user's folder), a file that cannot be used costs its own query, not
    every query (and 'ask'): ``skip`` gets one line about it."""
    def read(fname: str) -> str:
        try:
            return files[fname].read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise QueryError(f"{where(fname)} skipped: not UTF-8 text") from None
        except OSError as exc:
            raise QueryError(f"{where(fname)} skipped: cannot read ({exc.strerror or exc})") from None

    files = {e.name: e for e in entries if e.name.endswith(".cypher")}
    store_bodies: dict[str, dict[str, str]] = {}
    queries: dict[str, SavedQuery] = {}
    for fname in sorted(files, key=lambda f: (not _STORE_FILE.match(f), f)):  # store files first
        m = _STORE_FILE.match(fname)
        try:
            if m and f"{m.group(1)}.cypher" not in files:
                raise QueryError(f"{where(fname)}: the body of one store needs {m.group(1)}.cypher (the header) beside it")
            if m:
                store_bodies.setdefault(m.group(1), {})[m.group(2)] = read(fname)
                continue
            name = fname[: -len(".cypher")]
            q = parse_query(read(fname), path=where(fname), name=name, store_bodies=store_bodies.get(name))
        except QueryError as exc:
            if skip is None:
                raise
            skip(str(exc) if " skipped: " in str(exc) else f"skipped: {exc}")
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

    The parameters choose the body's variant. A body of several statements (``// then:``) runs them in order; each one's last row gives
    the named parameters of the next, and the last statement's rows are the answer.
    """
    if query.writes and not write:
        raise QueryError(f"query {query.name!r} writes to the graph; pass --write to run it")
    params, matches = bind_params(query, given, store)
    result = QueryResult([])
    for text, binds in query.statements(store.dialect, params):
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
