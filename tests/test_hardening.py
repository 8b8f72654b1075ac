"""Issue 23: read-only that is read-only, credentials never printed, and the small holes of
point 9, each as a user meets it."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from graphs import biden_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.errors import QueryError, without_credentials
from stancegraph.graph.store import guard
from stancegraph.loaders.read.sources import LoadFailure, iter_articles


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "graph.lbdb")
    deltas = tmp_path / "deltas.jsonl"
    deltas.write_text("\n".join(json.dumps({"graph": g.to_dict()}) for g in (biden_article(), xi_visit_article())))
    assert CliRunner().invoke(cli, ["load", str(deltas), "--db", path]).exit_code == 0
    return path


def one_line_error(result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    errors = [l for l in result.output.splitlines() if l.startswith("Error:")]
    assert len(errors) == 1, result.output
    return errors[0]


# ------------------------------------------------------------------ read-only


def test_file_network_and_admin_statements_are_refused_read_only_on_both_stores(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.csv").write_text("id\nroot:x:0:0\n")
    for cypher in ["LOAD FROM 'secret.csv' RETURN *",
                   "LOAD FROM '/etc/passwd' (header = false) RETURN *",
                   "COPY (MATCH (a:Article) RETURN a.id) TO 'x.csv'",
                   "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
                   "CALL dbms.listConfig() YIELD name RETURN name",
                   "SHOW TRANSACTIONS",
                   "SHOW DATABASES",
                   "CREATE DATABASE other",
                   "ATTACH 'other.lbdb' AS other (dbtype lbug)",
                   "INSTALL httpfs",
                   "EXPORT DATABASE 'dump'",
                   "MATCH (a:Actor) /* a comment */ DETACH DELETE a"]:
        with pytest.raises(QueryError) as info:
            store.run(cypher)
        assert "pass --write" in str(info.value) and "\n" not in str(info.value)
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "dump").exists()


def test_user_admin_and_other_sessions_are_refused_even_with_write(store):
    for cypher in ["SHOW USERS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "CREATE USER bob SET PASSWORD 'x'",
                   "GRANT ROLE admin TO bob", "DROP ROLE reader", "COMMIT", "BEGIN TRANSACTION"]:
        for write in (False, True):
            with pytest.raises(QueryError, match="not allowed through stancegraph, even with --write"):
                store.run(cypher, write=write)


def test_reading_statements_still_run_read_only(store):
    assert store.run("MATCH (a:Article) RETURN count(a) AS n").rows == [[0]]
    # Keywords inside strings, comments, backticks and property names are not clauses.
    result = store.run("RETURN 'LOAD FROM x; COPY' AS `CREATE` // DELETE everything")
    assert result.rows == [["LOAD FROM x; COPY"]]


def test_copy_to_a_file_runs_with_write_on_the_embedded_store(tmp_path, monkeypatch):
    from stancegraph.graph.store.ladybug import LadybugStore

    monkeypatch.chdir(tmp_path)
    with LadybugStore(str(tmp_path / "g.lbdb")) as store:
        store.run("COPY (RETURN 1 AS one) TO 'out.csv'", write=True)
    assert (tmp_path / "out.csv").exists()


def test_cli_cypher_refuses_to_read_a_file_and_prints_none_of_it(runner, db):
    result = runner.invoke(cli, ["cypher", "LOAD FROM '/etc/passwd' (header = false, delim = ':') RETURN *",
                                 "--db", db])
    assert one_line_error(result).startswith("Error: LOAD is not allowed in a read-only query")
    assert "root" not in result.output


def test_a_saved_query_not_marked_writing_cannot_read_files(runner, db, tmp_path):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "peek.cypher").write_text("// name: peek\n// title: Peek\nLOAD FROM '/etc/passwd' RETURN *\n")
    line = one_line_error(runner.invoke(cli, ["query", "peek", "--queries-dir", str(folder), "--db", db]))
    assert "LOAD is not allowed in a read-only query" in line


def test_explain_and_profile_of_a_read_pass_and_of_a_write_do_not():
    guard.check("EXPLAIN MATCH (a:Actor) RETURN a", write=False)
    guard.check("PROFILE MATCH (a:Actor) RETURN count(a)", write=False)
    with pytest.raises(QueryError, match="CREATE is not allowed"):
        guard.check("PROFILE CREATE (a:Actor {id: 'x'})", write=False)
    with pytest.raises(QueryError, match="LOAD is not allowed"):
        guard.check("EXPLAIN LOAD FROM 'x.csv' RETURN *", write=False)


def test_the_guard_reads_strings_as_the_stores_do(store):
    # An escaped quote does not end the string, for the guard as for the store.
    assert store.run(r"RETURN 'a\' LOAD FROM x; //' AS t").rows == [["a' LOAD FROM x; //"]]
    with pytest.raises(QueryError, match="LOAD"):
        store.run(r"RETURN 'a\\' LOAD FROM '/etc/passwd' RETURN 1")
    with pytest.raises(QueryError, match="unterminated"):
        guard.check("MATCH (n) RETURN n /* LOAD FROM x", write=False)


def test_one_statement_per_query_a_trailing_semicolon_allowed(store):
    # A second statement could write, or escape a read-only transaction.
    with pytest.raises(QueryError, match="only one Cypher statement"):
        store.run("MATCH (n:Actor) RETURN n; MATCH (m:Actor) DETACH DELETE m", write=True)
    with pytest.raises(QueryError, match="only one Cypher statement"):
        store.run("RETURN 1 AS n; // and then", write=True)
    with pytest.raises(QueryError, match="empty query"):
        store.run(" ;; ")
    assert store.run("RETURN 1 AS n;;").rows == [[1]]
    assert store.run("RETURN ';' AS t;").rows == [[";"]]


def test_every_saved_query_passes_the_guard_as_it_is_marked():
    from stancegraph.queries import load_queries

    for query in load_queries().values():
        for dialect in ("neo4j", "ladybug"):
            for text, _ in query.statements(dialect):
                guard.check(text, write=query.writes)


def test_cypher_commit_is_one_line(runner, db):
    line = one_line_error(runner.invoke(cli, ["cypher", "COMMIT", "--db", db]))
    assert line == "Error: COMMIT is not allowed through stancegraph, even with --write"
    line = one_line_error(runner.invoke(cli, ["cypher", "COMMIT", "--write", "--db", db]))
    assert "COMMIT" in line


# ------------------------------------------------------------------ credentials


@pytest.mark.parametrize("text, shown", [
    ("bolt://neo4j:hunter2@db.example:7687", "bolt://***@db.example:7687"),
    ("cannot reach neo4j+s://admin:p%40ss@10.0.0.5", "cannot reach neo4j+s://***@10.0.0.5"),
    ("http://token@example.org/feed and https://a:b@c.example/x?y=1", "http://***@example.org/feed and https://***@c.example/x?y=1"),
    ("bolt://db.example:7687 (no credentials)", "bolt://db.example:7687 (no credentials)"),
    ("mail joe@example.org", "mail joe@example.org"),
])
def test_credentials_in_uris_are_masked(text, shown):
    assert without_credentials(text) == shown


def test_neo4j_password_in_the_uri_is_never_printed(runner):
    result = runner.invoke(cli, ["stats", "--neo4j", "bolt://neo4j:hunter2@127.0.0.1:1"])
    line = one_line_error(result)
    assert "hunter2" not in result.output
    assert "bolt://***@127.0.0.1:1" in line


def test_reset_prompt_does_not_show_the_password(runner, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://neo4j:hunter2@127.0.0.1:1")
    result = runner.invoke(cli, ["reset"], input="n\n")
    assert "hunter2" not in result.output and "bolt://***@127.0.0.1:1" in result.output


# ------------------------------------------------------------------ point 9


def test_a_bad_query_file_is_skipped_with_a_warning_and_the_others_still_work(runner, db, tmp_path):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "latin.cypher").write_bytes("// name: latin\n// title: caf\xe9\nMATCH (n) RETURN n\n".encode("latin-1"))
    (folder / "broken.cypher").write_text("// name: broken\n// param: limit nonsense-type!!\nMATCH (n) RETURN n\n")
    (folder / "mine.cypher").write_text("// name: mine\n// title: Mine\nMATCH (a:Article) RETURN count(a) AS n\n")
    result = runner.invoke(cli, ["query", "mine", "--queries-dir", str(folder), "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"warning: {folder / 'latin.cypher'} skipped: not UTF-8 text" in result.output
    assert "warning: skipped: " in result.output and "broken.cypher" in result.output
    assert "Traceback" not in result.output
    monkey_env = {"STANCEGRAPH_QUERIES": str(folder)}
    result = runner.invoke(cli, ["ask", "top actors", "--db", db], env=monkey_env)
    assert result.exit_code == 0, result.output


def test_an_out_of_range_integer_parameter_is_one_line(runner, db):
    line = one_line_error(runner.invoke(cli, ["query", "top-actors", "-p", "limit", "99999999999999999999",
                                              "--db", db]))
    assert line == ("Error: parameter 'limit' must be an integer between -2^63 and 2^63-1, "
                    "got '99999999999999999999'")
    line = one_line_error(runner.invoke(cli, ["query", "top-actors", "--limit", "99999999999999999999",
                                              "--db", db]))
    assert "between -2^63 and 2^63-1" in line
    line = one_line_error(runner.invoke(cli, ["query", "top-actors", "--limit", "-1", "--db", db]))
    assert "-1 is not in the range x>=0" in line


def test_an_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "story.txt").write_text("Officials said the bridge would reopen on Monday.\n")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):  # tests may run as root, where chmod 000 reads fine
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(iter_articles([str(tmp_path)]))
    failures = [r for r in results if isinstance(r, LoadFailure)]
    assert [f.message for f in failures] == [f"{tmp_path / 'locked'}: cannot read folder (permission denied)"]
    assert len(results) == 2


def test_table_output_prints_data_literally(runner, db):
    result = runner.invoke(cli, ["cypher", "RETURN ':x: [bold]y[/bold] :thumbs_up:' AS v", "--db", db])
    assert result.exit_code == 0, result.output
    assert ":x: [bold]y[/bold] :thumbs_up:" in result.output
    assert "\u274c" not in result.output


@pytest.mark.parametrize("command", ["render", "export"])
def test_since_and_until_must_be_dates(runner, db, tmp_path, command):
    extra = ["--to", "json"] if command == "export" else []
    line = one_line_error(runner.invoke(cli, [command, "--since", "2025' OR '1'='1", "-o", str(tmp_path / "out"),
                                              "--db", db] + extra))
    assert line == "Error: --since must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"2025' OR '1'='1\""
    line = one_line_error(runner.invoke(cli, [command, "--until", "soon", "-o", str(tmp_path / "out"),
                                              "--db", db] + extra))
    assert "--until must be a date" in line


@pytest.mark.neo4j
def test_neo4j_sends_no_notifications_to_print(neo4j_store_session, caplog):
    from stancegraph.graph.store.neo4j import Neo4jStore
    from conftest import neo4j_settings

    settings = neo4j_settings()
    caplog.set_level(logging.DEBUG, logger="neo4j.notifications")
    store = Neo4jStore.connect(settings["NEO4J_URI"], user=settings["NEO4J_USERNAME"],
                               password=settings["NEO4J_PASSWORD"])
    try:
        store.run("MATCH (n:NoSuchLabelAnywhere) RETURN n.no_such_property")  # two warnings, normally
    finally:
        store.close()
    assert [r for r in caplog.records if r.name == "neo4j.notifications"] == []


def test_a_graph_that_lost_its_wal_is_not_called_older(tmp_path):
    path = tmp_path / "g.lbdb"
    script = ("import os, sys\nfrom stancegraph.graph.store.ladybug import LadybugStore\n"
              f"store = LadybugStore({str(path)!r})\nos._exit(0)\n")  # killed before any checkpoint
    subprocess.run([sys.executable, "-c", script], check=True)
    wal = tmp_path / "g.lbdb.wal"
    if not wal.exists():
        pytest.skip("LadybugDB checkpointed on its own; no write-ahead log to remove")
    wal.unlink()
    line = one_line_error(CliRunner().invoke(cli, ["cypher", "MATCH (a:Article) RETURN a", "--db", str(path)]))
    assert "older stancegraph" not in line
    assert "holds no stancegraph tables" in line and "write-ahead log" in line
