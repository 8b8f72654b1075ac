"""The Python API as a user meets it: docs/api.md's example on both stores, and the plain
objects its functions return."""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

import stancegraph
from graphs import TAIWAN, biden_article, call_article, xi_visit_article
from stancegraph.errors import InputError, QueryError
from stancegraph.graph.store.ladybug import LadybugStore

DOCS = Path(__file__).resolve().parent.parent / "docs"


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, flags=re.S | re.M)


@pytest.fixture(params=["ladybug", "neo4j"])
def opener(request):
    """How the example opens its store: as written, or pointed at the test Neo4j."""
    if request.param == "ladybug":
        return None
    request.getfixturevalue("neo4j_store_session").reset()
    from conftest import neo4j_settings

    s = neo4j_settings()
    return f"stancegraph.open_store(neo4j={s['NEO4J_URI']!r}, user={s['NEO4J_USERNAME']!r}, " \
           f"password={s['NEO4J_PASSWORD']!r})"


def test_the_example_in_docs_api_runs(opener, tmp_path, monkeypatch):
    code = python_blocks((DOCS / "api.md").read_text(encoding="utf-8"))[0]
    if opener:
        code, n = re.subn(r'stancegraph\.open_store\("[^"]+"\)', opener, code)
        assert n == 2
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "docs/api.md", "exec"), {})
    printed = out.getvalue()
    assert "1 loaded, 1 written, 0 skipped, 0 failed" in printed
    assert 'stancegraph query who-said-what -p subject "Taiwan"' in printed
    assert "Evan Medeiros: President Xi is trying to draw the United States closer" in printed
    assert "speaker 'Xi' matched Xi Jinping (actor, person)" in printed
    assert (tmp_path / "taiwan.html").stat().st_size > 1000
    assert "<gexf" in (tmp_path / "taiwan.gexf").read_text(encoding="utf-8")
    assert printed.rstrip().endswith("1 loaded, 1 written, 0 skipped, 0 failed")


def test_every_documented_function_is_exported():
    table = (DOCS / "api.md").read_text(encoding="utf-8").split("## Functions", 1)[1].split("##", 1)[0]
    first_cells = [row.split("|")[1] for row in table.splitlines() if row.startswith("| `")]
    names = {name for cell in first_cells for name in re.findall(r"`(\w+)\(", cell)}
    assert {"open_store", "ingest", "extract", "load", "ask", "run_query", "select_subgraph", "render",
            "export"} <= names
    for name in names:
        assert callable(getattr(stancegraph, name)), name


def test_ingest_reports_what_happened_to_each_input(tmp_path):
    good = tmp_path / "story.txt"
    good.write_text('"We will not give up," said Mayor Jane Doe on Monday.\n', encoding="utf-8")
    events = []
    with stancegraph.open_store(tmp_path / "g.lbdb") as store:
        report = stancegraph.ingest([good, tmp_path / "missing.txt"], store,
                                    progress=lambda e, d: events.append((e, d)))
        assert (report.loaded, report.written, report.skipped, report.failed) == (1, 1, 0, 1)
        assert not report.ok and "missing.txt" in report.failures[0]
        assert sorted(e for e, _ in events) == ["done", "failed"]
        again = stancegraph.ingest([good], store)
        assert (again.loaded, again.written, again.skipped, again.ok) == (1, 0, 1, True)


def test_nothing_to_ingest_is_an_input_error(tmp_path):
    with stancegraph.open_store(tmp_path / "g.lbdb") as store:
        with pytest.raises(InputError, match="nothing to ingest"):
            stancegraph.ingest([], store)


def test_load_takes_graphs_and_jsonl_files_alike(tmp_path):
    path = tmp_path / "deltas.jsonl"
    path.write_text(stancegraph.to_jsonl(biden_article()) + "{not json\n", encoding="utf-8")
    with stancegraph.open_store(tmp_path / "g.lbdb") as store:
        report = stancegraph.load([path, xi_visit_article()], store)
        assert (report.loaded, report.written, report.failed) == (2, 2, 1)
        assert "deltas.jsonl:2" in report.failures[0]
        assert store.counts()["Article"] == 2
    assert [g.article.id for g in stancegraph.read_jsonl(path, report=stancegraph.IngestReport())] == \
        [biden_article().article.id]


@pytest.fixture
def called(tmp_path):
    store = LadybugStore(str(tmp_path / "call.lbdb"))
    store.upsert_many([call_article(), biden_article()])
    yield store
    store.close()


def test_ask_and_run_query_return_plain_answers(called):
    answer = stancegraph.ask("who said what about Taiwan", called)
    assert answer.query == "who-said-what" and answer.params == {"subject": "Taiwan"}
    assert answer.columns[0] == "speaker" and answer.records()[0].keys() == set(answer.columns)
    assert answer.matches[0].ids == [TAIWAN]
    assert answer.command() == 'stancegraph query who-said-what -p subject "Taiwan"'
    assert stancegraph.interpret("what did Xi say about Taiwan") == (
        "what-did-they-say", {"speaker": "Xi", "about": "Taiwan"})


def test_a_limit_caps_rows_of_queries_without_a_limit_parameter(called, tmp_path):
    """A user's query that takes no `limit` (every built-in reading query takes one) still
    honours --limit: its rows are cut."""
    (tmp_path / "actor-names.cypher").write_text(
        "// title: Actor names\nMATCH (a:Actor) RETURN a.name AS name ORDER BY name\n")
    full = stancegraph.run_query("actor-names", {}, called, queries_dirs=[tmp_path])
    assert len(full.rows) > 2
    capped = stancegraph.run_query("actor-names", {}, called, limit=2, queries_dirs=[tmp_path])
    assert capped.rows == full.rows[:2] and "limit" not in capped.params
    # A query with its own limit gets it as its parameter (actor-profile: items per section).
    assert stancegraph.run_query("top-actors", {}, called, limit=1).params == {"limit": 1}
    assert len(stancegraph.run_query("top-actors", {}, called, limit=1).rows) == 1
    profile = stancegraph.ask("who is Medeiros", called, limit=1)
    assert profile.query == "actor-profile" and profile.params["limit"] == 1


def test_missing_queries_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="queries folder .*nowhere does not exist"):
        stancegraph.saved_queries([tmp_path / "nowhere"])


def test_subgraph_names_resolve_like_query_names(called, tmp_path):
    sub = stancegraph.select_subgraph(called, around=["medeiros"], hops=1)
    assert sub.matches[0].describe() == "around 'medeiros' matched Evan Medeiros (actor, person)"
    assert any(d.get("name") == "Evan Medeiros" for _, d in sub.graph.nodes(data=True))
    with pytest.raises(QueryError, match="no actor or topic in the graph matches 'Taiwn'; did you mean Taiwan"):
        stancegraph.select_subgraph(called, around=["Taiwn"])
    path = stancegraph.export(sub, "json", tmp_path / "m.json")
    assert json.loads(Path(path).read_text())


def test_the_library_reads_no_store_variables(tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("STANCEGRAPH_DB", str(tmp_path / "elsewhere.lbdb"))
    monkeypatch.chdir(tmp_path)
    with stancegraph.open_store() as store:
        assert store.dialect == "ladybug"
    assert (tmp_path / "stancegraph.lbdb").exists() and not (tmp_path / "elsewhere.lbdb").exists()


def test_import_stays_light():
    import subprocess
    import sys

    code = "import stancegraph, sys; print(any(m in sys.modules for m in ('spacy', 'networkx', 'neo4j', 'rich')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_one_resolver_for_query_parameters_subgraphs_and_the_api(called):
    """A surname the articles never used alone ("Jinping") finds Xi Jinping wherever a name
    is taken: the subgraph builder used to know exact names only."""
    from graphs import XI
    from stancegraph.graph.output.subgraph import SubgraphSpec, build_subgraph

    assert stancegraph.run_query("what-did-they-say", {"speaker": "Jinping"}, called).matches[0].ids == [XI]
    assert stancegraph.select_subgraph(called, around=["Jinping"], hops=0).matches[0].ids == [XI]
    graph, _ = build_subgraph(called, SubgraphSpec(around=["Jinping"], hops=0))
    assert list(graph) == [XI]
