"""The command line as a user meets it: exit codes, one-line errors, state checked via the library."""
from __future__ import annotations

import json
import re

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
    line = one_line_error(runner.invoke(cli, ["ask", "why did Xi resign", "--db", db]))
    assert "recognised Xi Jinping (person)" in line and "could not place 'resign'" in line and "try:" in line


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


# ---- where the graph is: options bound to environment variables --------------------------------

def test_an_explicit_db_wins_over_neo4j_uri_in_the_environment(runner, db, deltas, tmp_path, monkeypatch):
    assert runner.invoke(cli, ["load", deltas, "--db", db]).exit_code == 0
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens there
    result = runner.invoke(cli, ["stats", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Article,2" in result.output
    # Without --db the variable is used: proof that it was set, and is still honoured.
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in one_line_error(runner.invoke(cli, ["stats"]))


def test_store_variables_fill_in_for_missing_options(runner, db, deltas, monkeypatch):
    assert runner.invoke(cli, ["load", deltas, "--db", db]).exit_code == 0
    monkeypatch.setenv("STANCEGRAPH_DB", db)
    assert "Article,2" in runner.invoke(cli, ["stats", "--format", "csv"]).output
    # --neo4j (or $NEO4J_URI) wins over $STANCEGRAPH_DB, as --db wins over $NEO4J_URI.
    line = one_line_error(runner.invoke(cli, ["stats", "--neo4j", "bolt://127.0.0.1:1"]))
    assert "cannot reach Neo4j" in line
    result = runner.invoke(cli, ["stats", "--db", db, "--neo4j", "bolt://127.0.0.1:1"])
    assert result.exit_code == 2 and "give --db or --neo4j, not both" in result.output


# ---- bugs new users hit (issue 16) ---------------------------------------------------------------

@pytest.fixture
def medeiros_db(db, tmp_path):
    from graphs import call_article

    with LadybugStore(db) as store:
        store.upsert(call_article())
    return db


def test_ask_with_a_limit_on_a_query_that_takes_none(runner, medeiros_db):
    """`ask "who is Medeiros" --limit 5` failed: actor-profile took no `limit` parameter.
    Now its limit is the number of items in each section of the profile."""
    full = runner.invoke(cli, ["ask", "who is Medeiros", "--db", medeiros_db, "--format", "json"])
    assert full.exit_code == 0, full.output
    result = runner.invoke(cli, ["ask", "who is Medeiros", "--limit", "1", "--db", medeiros_db, "--format", "json"])
    assert result.exit_code == 0, result.output

    def sections(rows):
        out = {}
        for row in rows:
            out.setdefault(row["section"], []).append(row)
        return out

    whole, cut = sections(json.loads(full.stdout)), sections(json.loads(result.stdout))
    assert cut.keys() == whole.keys()
    assert all(rows == whole[name][:len(rows)] for name, rows in cut.items())
    assert any(len(cut[name]) < len(rows) for name, rows in whole.items())
    # Aliases are the actor's own list, shown whole; every other section is cut to 1.
    assert all(len(rows) == 1 for name, rows in cut.items() if name != "alias")
    assert 'query: actor-profile -p actor "Medeiros"' in result.stderr


def test_queries_name_prints_the_cypher_it_promises(runner):
    result = runner.invoke(cli, ["queries", "who-said-what"])
    assert result.exit_code == 0, result.output
    assert "show one query's parameters and Cypher" in runner.invoke(cli, ["queries", "--help"]).output
    assert "parameters:" in result.output and "subject (node, required)" in result.output
    assert "Cypher (" in result.output
    assert re.search(r"^MATCH .*\$subject", result.output, flags=re.M), result.output


def test_model_help_names_the_pipeline_that_is_installed(runner):
    import importlib.util

    from stancegraph.loaders.extract.nlp import DEFAULT_MODELS

    installed = next(m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None)
    for command in ("ingest", "extract"):
        text = " ".join(runner.invoke(cli, [command, "--help"]).output.split())
        assert installed in text, (command, text)
        assert "if it is installed, else" in text and "STANCEGRAPH_MODEL" in text


def test_extract_help_says_extract_not_ingest(runner):
    text = " ".join(runner.invoke(cli, ["extract", "--help"]).output.split())
    assert "--sample Also extract the sample article" in text
    assert "ingest the sample" not in text


@pytest.mark.parametrize("command", [["queries"], ["query", "top-actors"], ["ask", "top actors"],
                                     ["render", "--query", "top-actors"]])
def test_a_missing_queries_dir_is_a_one_line_error(runner, db, deltas, tmp_path, command):
    runner.invoke(cli, ["load", deltas, "--db", db])
    store = [] if command == ["queries"] else ["--db", db]
    line = one_line_error(runner.invoke(cli, command + ["--queries-dir", str(tmp_path / "nowhere")] + store))
    assert line == f"Error: queries folder {tmp_path / 'nowhere'} does not exist"


def test_every_example_in_help_names_its_command(runner):
    for name in cli.commands:
        text = runner.invoke(cli, [name, "--help"]).output
        section = re.search(r"^  Examples?:\n((?:      .*\n)+)", text, flags=re.M)
        assert section, f"stancegraph {name} --help has no examples"
        for line in section.group(1).splitlines():
            assert line.strip().startswith(f"stancegraph {name}"), (name, line)


def test_cli_reference_is_current():
    """docs/cli.md is generated from the --help texts: regenerate it with python dev/cli_docs.py."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "dev" / "cli_docs.py"
    spec = importlib.util.spec_from_file_location("cli_docs", path)
    cli_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cli_docs)
    assert Path(cli_docs.TARGET).read_text(encoding="utf-8") == cli_docs.render(), \
        "docs/cli.md is not current: run python dev/cli_docs.py"
