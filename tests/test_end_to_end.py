"""The README's main job, end to end: ingest the sample article, ask who said what about Taiwan."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.graph.store import open_store

ASK = ["ask", "who said what about Taiwan", "--format", "json"]


def rows_of(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(params=["ladybug", "neo4j"])
def target(request, tmp_path, monkeypatch):
    """CLI arguments and a store opener for each backend."""
    if request.param == "ladybug":
        db = str(tmp_path / "seed.lbdb")
        return ["--db", db], lambda: open_store(db_path=db, read_only=True)
    env = request.getfixturevalue("neo4j_env")  # the CLI reads NEO4J_URI & co. from it
    return [], lambda: open_store(neo4j_uri=env["NEO4J_URI"], user=env["NEO4J_USERNAME"],
                                  password=env["NEO4J_PASSWORD"])


@pytest.fixture
def runner():
    return CliRunner()  # click >= 8.2 keeps stdout and stderr apart


def test_sample_answers_who_said_what_about_taiwan(runner, target):
    args, _ = target
    result = runner.invoke(cli, ["ingest", "--sample"] + args)
    assert result.exit_code == 0, result.output
    rows = rows_of(runner.invoke(cli, ASK + args))
    said = {(r["speaker"], r["statement"].strip(' ."')) for r in rows}
    assert ("Evan Medeiros", "President Xi is trying to draw the United States closer to China's thinking "
            "about Taiwan's future") in said
    assert ("Joe Biden", "I do not support Taiwan independence") in said
    medeiros = next(r for r in rows if r["speaker"] == "Evan Medeiros")
    assert medeiros["reported_by"] == "The Wall Street Journal"
    # Quotes that are not about Taiwan stay out.
    assert not any("Now we can focus on the big picture" in r["statement"] for r in rows)


def test_reingesting_the_sample_changes_no_count(runner, target):
    args, opener = target
    assert runner.invoke(cli, ["ingest", "--sample"] + args).exit_code == 0
    with opener() as store:
        before = store.counts()
    again = runner.invoke(cli, ["ingest", "--sample"] + args)
    assert again.exit_code == 0 and "1 skipped" in again.stderr
    forced = runner.invoke(cli, ["ingest", "--sample", "--force"] + args)
    assert forced.exit_code == 0 and "1 written" in forced.stderr
    with opener() as store:
        assert store.counts() == before


@pytest.mark.neo4j
def test_both_stores_print_the_same_rows(runner, tmp_path, neo4j_env, monkeypatch):
    assert runner.invoke(cli, ["ingest", "--sample"]).exit_code == 0
    on_neo4j = rows_of(runner.invoke(cli, ASK))
    monkeypatch.delenv("NEO4J_URI")
    db = ["--db", str(tmp_path / "seed.lbdb")]
    assert runner.invoke(cli, ["ingest", "--sample"] + db).exit_code == 0
    embedded = rows_of(runner.invoke(cli, ASK + db))
    assert embedded == on_neo4j
    assert len(embedded) >= 5


def test_unreadable_file_is_one_line_and_nonzero(runner, tmp_path):
    missing = str(tmp_path / "nope.txt")
    result = runner.invoke(cli, ["ingest", missing, "--db", str(tmp_path / "g.lbdb")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "nope.txt" in result.stderr and "0 loaded" in result.stderr
