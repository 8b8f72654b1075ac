"""The command line as a user meets it: exit codes, one-line errors, state checked via the library."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphs import biden_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.graph.store.ladybug import LadybugStore


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "graph.lbdb")


@pytest.fixture
def deltas(tmp_path):
    path = tmp_path / "deltas.jsonl"
    path.write_text("\n".join(json.dumps({"graph": g.to_dict()}) for g in (biden_article(), xi_visit_article())))
    return str(path)


def one_line_error(result) -> str:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = [l for l in result.output.splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("Error:")]
    assert len(errors) == 1, result.output
    return errors[0]


def test_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "stancegraph " + name in result.output or name in ("queries",) and "stancegraph queries" in result.output, name


def test_load_then_query_then_stats(runner, db, deltas):
    result = runner.invoke(cli, ["load", deltas, "--db", db])
    assert result.exit_code == 0, result.output
    with LadybugStore(db, read_only=True) as store:
        assert store.counts()["Statement"] == 3
    result = runner.invoke(cli, ["query", "who-said-what", "-p", "subject", "taiwan", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output[result.output.index("["):])
    assert {(r["speaker"], r["reported_by"]) for r in rows} == {("Joe Biden", None), ("Xi Jinping", "Xinhua News Agency")}
    assert "matched Taiwan (actor, place)" in result.output
    stats = runner.invoke(cli, ["stats", "--db", db, "--format", "csv"])
    assert "Statement,3" in stats.output


def test_ask_prints_the_query_it_used(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    result = runner.invoke(cli, ["ask", "Who said what about Taiwan?", "--db", db])
    assert result.exit_code == 0, result.output
    assert 'query: who-said-what -p subject "Taiwan"' in result.output
    assert "I do not support Taiwan independence" in result.output


def test_ask_suggests_when_it_cannot_map(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    line = one_line_error(runner.invoke(cli, ["ask", "who said stuff on Taiwan", "--db", db]))
    assert "try:" in line


def test_unknown_query_name(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    line = one_line_error(runner.invoke(cli, ["query", "who-said-wat", "--db", db]))
    assert "did you mean who-said-what" in line


def test_missing_and_unknown_parameters_list_what_the_query_takes(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    result = runner.invoke(cli, ["query", "who-said-what", "--db", db])
    assert result.exit_code == 1 and "needs parameter 'subject'" in result.output and "limit (int" in result.output
    result = runner.invoke(cli, ["query", "who-said-what", "-p", "topic", "x", "--db", db])
    assert result.exit_code == 1 and "takes no parameter topic" in result.output


def test_unknown_name_suggests_close_ones(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    line = one_line_error(runner.invoke(cli, ["query", "who-said-what", "-p", "subject", "Taiwn", "--db", db]))
    assert "did you mean Taiwan" in line


def test_adhoc_cypher_is_read_only_unless_write(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    line = one_line_error(runner.invoke(cli, ["cypher", "MATCH (a:Actor) DETACH DELETE a", "--db", db]))
    assert "read" in line
    with LadybugStore(db, read_only=True) as store:
        assert store.counts()["Actor"] == 5


def test_query_on_a_missing_graph(runner, tmp_path):
    line = one_line_error(runner.invoke(cli, ["stats", "--db", str(tmp_path / "nothing.lbdb")]))
    assert "run 'stancegraph ingest' first" in line


def test_unreadable_input_file(runner, db, tmp_path):
    line = one_line_error(runner.invoke(cli, ["load", str(tmp_path / "missing.jsonl"), "--db", db]))
    assert "missing.jsonl" in line


def test_malformed_delta_line_is_reported_and_the_rest_loads(runner, db, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"graph": biden_article().to_dict()}) + "\n{not json\n")
    result = runner.invoke(cli, ["load", str(path), "--db", db])
    assert result.exit_code == 1
    assert "mixed.jsonl:2" in result.output and "1 loaded" in result.output
    with LadybugStore(db, read_only=True) as store:
        assert store.counts()["Article"] == 1


def test_unreachable_neo4j(runner):
    line = one_line_error(runner.invoke(cli, ["stats", "--neo4j", "bolt://127.0.0.1:1"]))
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in line


@pytest.mark.neo4j
def test_wrong_neo4j_password_is_one_line_and_not_echoed(runner, neo4j_env, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password-123")
    line = one_line_error(runner.invoke(cli, ["stats"]))
    assert "refused the credentials" in line
    assert "not-the-password-123" not in line


@pytest.mark.neo4j
def test_same_rows_on_both_stores(runner, db, deltas, neo4j_env, monkeypatch):
    args = ["query", "who-said-what", "-p", "subject", "Taiwan", "--format", "json"]
    monkeypatch.delenv("NEO4J_URI")
    runner.invoke(cli, ["load", deltas, "--db", db])
    embedded = runner.invoke(cli, args + ["--db", db])
    monkeypatch.setenv("NEO4J_URI", neo4j_env["NEO4J_URI"])
    assert runner.invoke(cli, ["load", deltas]).exit_code == 0
    server = runner.invoke(cli, args)
    assert embedded.exit_code == 0 and server.exit_code == 0, server.output
    assert json.loads(embedded.output[embedded.output.index("["):]) == json.loads(server.output[server.output.index("["):])


def test_reset_needs_confirmation(runner, db, deltas):
    runner.invoke(cli, ["load", deltas, "--db", db])
    assert runner.invoke(cli, ["reset", "--db", db], input="n\n").exit_code != 0
    with LadybugStore(db, read_only=True) as store:
        assert store.counts()["Article"] == 2
    assert runner.invoke(cli, ["reset", "--db", db, "--yes"]).exit_code == 0
    with LadybugStore(db, read_only=True) as store:
        assert store.counts()["Article"] == 0


def test_stats_recount_puts_the_kept_counts_right_again(runner, db, deltas, tmp_path):
    """A subgraph loaded from an export carries its source's counts; --recount counts this graph."""
    assert runner.invoke(cli, ["load", str(deltas), "--db", db]).exit_code == 0
    with LadybugStore(db) as store:  # what a Cypher export of a larger graph would have written
        store.run("MATCH (a:Actor {name: 'Xi Jinping'}) SET a.mentions = 999, a.articles = 50", write=True)
    top = lambda: json.loads(runner.invoke(cli, ["query", "top-actors", "--db", db, "--format", "json"]).output)  # noqa: E731
    assert top()[0]["mentions"] == 999
    result = runner.invoke(cli, ["stats", "--recount", "--db", db])
    assert result.exit_code == 0, result.output
    xi = next(r for r in top() if r["actor"] == "Xi Jinping")
    assert (xi["articles"], xi["mentions"]) == (2, 2)
