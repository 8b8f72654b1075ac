"""What a Cypher statement may do, decided before a store sees it.

A read transaction stops graph writes and nothing else: LadybugDB's ``LOAD FROM`` reads any
file and ``COPY ... TO`` writes one, Neo4j's ``LOAD CSV FROM 'http://...'`` fetches URLs, and
``SHOW USERS`` or ``TERMINATE TRANSACTIONS`` run in any transaction. So a statement that runs
read-only (``stancegraph cypher`` without ``--write``, saved queries not marked as writing)
must be made only of reading clauses and allowlisted procedures; a few statements (user and
privilege administration, killing other sessions' transactions, transaction control) are
refused even with ``--write``.

The check works on tokens, not on text: strings, comments and backticked names are skipped,
so a keyword inside a literal is not a clause and a clause cannot hide inside a comment.
Strings are read with backslash escapes (``'it\\'s'``), as both stores read them (tested on
both: ``'a\\' LOAD FROM x'`` comes back as one string).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from stancegraph.errors import QueryError

#: Clause words that read: a statement run read-only may start with and contain these.
READ_CLAUSES = frozenset(
    "MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER BY SKIP LIMIT UNION ALL CALL YIELD DISTINCT "
    "AS ASC ASCENDING DESC DESCENDING CASE WHEN THEN ELSE END AND OR XOR NOT IN IS NULL "
    "STARTS ENDS CONTAINS TRUE FALSE EXISTS COUNT COLLECT USING INDEX SCAN JOIN ON SHORTEST "
    "ANY FINISH FILTER LET NEXT".split()
)
#: Words that start a statement run read-only (a parenthesis or brace may come first).
READ_STARTS = frozenset("MATCH OPTIONAL WITH UNWIND RETURN CALL".split())

#: Clause words that change something: the graph, a file, the network, the server.
WRITE_CLAUSES = frozenset(
    "CREATE MERGE SET DELETE DETACH REMOVE FOREACH DROP ALTER RENAME INSERT "
    "LOAD COPY ATTACH INSTALL UNINSTALL EXPORT IMPORT CHECKPOINT "
    "SHOW TERMINATE GRANT REVOKE DENY USE BEGIN COMMIT ROLLBACK TRANSACTIONS".split()
)

#: Procedures a read-only statement may CALL (lower case, as written with dots).
READ_PROCEDURES = frozenset({
    # Neo4j
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.labels",
    "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    # LadybugDB
    "show_tables", "table_info", "show_connection", "show_indexes", "db_version",
    "show_functions", "current_setting",
})

#: Refused even with --write: another session's work, accounts and privileges, the
#: transaction stancegraph opened itself.
_NEVER_WORDS = frozenset("TERMINATE GRANT REVOKE DENY BEGIN COMMIT ROLLBACK".split())
_ADMIN_OBJECTS = frozenset("USER USERS ROLE ROLES PRIVILEGE PRIVILEGES".split())
_ADMIN_VERBS = frozenset("CREATE DROP ALTER RENAME SHOW".split())
_ADMIN_FILLERS = frozenset("OR REPLACE CURRENT ALL POPULATED IF NOT EXISTS".split())


class Token(NamedTuple):
    kind: str  # "word", "name" (backticked), "string", "param", "number", "punct"
    text: str


_SPACE = re.compile(r"\s+|//[^\n]*|/\*.*?(?:\*/|\Z)", re.S)
_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_NUMBER = re.compile(r"\d[\w.]*")
_PARAM = re.compile(r"\$(?:[A-Za-z_0-9]+|`[^`]*`)")
_BACKTICK = re.compile(r"`(?:[^`]|``)*`")
_STRINGS = {"'": re.compile(r"'(?:[^'\\]|\\.)*'", re.S), '"': re.compile(r'"(?:[^"\\]|\\.)*"', re.S)}


def tokenize(cypher: str) -> list[Token]:
    """Tokens of ``cypher`` without comments and whitespace; QueryError on an open literal."""
    tokens: list[Token] = []
    pos, n = 0, len(cypher)
    strings = _STRINGS
    while pos < n:
        m = _SPACE.match(cypher, pos)
        if m:
            if m.group(0).startswith("/*") and not m.group(0).endswith("*/"):
                raise QueryError("unterminated /* comment in the query")
            pos = m.end()
            continue
        ch = cypher[pos]
        if ch in strings:
            m = strings[ch].match(cypher, pos)
            kind = "string"
        elif ch == "`":
            m, kind = _BACKTICK.match(cypher, pos), "name"
        elif ch == "$":
            m, kind = _PARAM.match(cypher, pos), "param"
        elif ch.isdigit():
            m, kind = _NUMBER.match(cypher, pos), "number"
        else:
            m, kind = _WORD.match(cypher, pos), "word"
        if m is None:
            if ch in "'\"`":
                raise QueryError(f"unterminated {ch} literal in the query")
            tokens.append(Token("punct", ch))
            pos += 1
            continue
        tokens.append(Token(kind, m.group(0)))
        pos = m.end()
    return tokens


def _keywords(tokens: list[Token]) -> list[tuple[int, str]]:
    """(index, WORD) of bare words in keyword position: not a property (``n.set``), a label
    or type (``:Use``, ``|Show``) or a map key (``{load: 1}``)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        before = tokens[i - 1].text if i else ""
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if before in (".", ":", "|") or after == ":":
            continue
        out.append((i, tok.text.upper()))
    return out


def _procedure(tokens: list[Token], i: int) -> str:
    """The dotted procedure name after CALL at ``i`` ('' for a subquery ``CALL (x) {``)."""
    parts, j = [], i + 1
    while j < len(tokens) and tokens[j].kind in ("word", "name"):
        parts.append(tokens[j].text.strip("`"))
        if j + 1 < len(tokens) and tokens[j + 1].text == ".":
            j += 2
            continue
        break
    return ".".join(parts).lower()


def _never(tokens: list[Token], words: list[tuple[int, str]]) -> str | None:
    for i, word in words:
        if word in _NEVER_WORDS:
            return word
        if word in _ADMIN_VERBS:  # CREATE [OR REPLACE] USER, SHOW [ALL] ROLES, ...
            j = i + 1
            while j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.upper() in _ADMIN_FILLERS:
                j += 1
            if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.upper() in _ADMIN_OBJECTS:
                return f"{word} {tokens[j].text.upper()}"
    return None


def _read_only_violation(tokens: list[Token], words: list[tuple[int, str]]) -> str | None:
    starts = [t.text.upper() for t in tokens if t.text not in ("(", "{")][:2]
    if starts[:1] in (["EXPLAIN"], ["PROFILE"]):  # a plan of a reading statement is a read
        starts = starts[1:]
    if starts and starts[0] not in READ_STARTS:
        return starts[0]
    for i, word in words:
        if word in WRITE_CLAUSES:
            return word
        if word == "CALL":
            name = _procedure(tokens, i)
            if name and name not in READ_PROCEDURES:
                return f"CALL {name}"
    return None


def check(cypher: str, *, write: bool) -> str:
    """The statement to run (without a trailing ``;``), or :class:`QueryError` (one line)
    when it may not run: empty, more than one statement (a second could escape a read-only
    transaction), or a clause its mode does not allow.

    Without ``write`` only reading clauses and :data:`READ_PROCEDURES` pass; with it
    everything passes but the statements refused always (see :data:`_NEVER_WORDS`).
    """
    statement = cypher.strip().rstrip(";")
    if not statement.strip():
        raise QueryError("empty query")
    tokens = tokenize(statement)
    if any(t.text == ";" for t in tokens):
        raise QueryError("only one Cypher statement per query (found ';' between statements)")
    words = _keywords(tokens)
    never = _never(tokens, words)
    if never:
        raise QueryError(f"{never} is not allowed through stancegraph, even with --write")
    if not write:
        bad = _read_only_violation(tokens, words)
        if bad:
            raise QueryError(f"{bad} is not allowed in a read-only query (only reading clauses and "
                             "procedures are); pass --write to run it")
    return statement
