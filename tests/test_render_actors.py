"""`render` shows actors, not a hairball: what fills the cap, automatic folding, merged edges,
short labels, and an ambiguous --around name (issue 21: BBC `render --around Blair` drew 157
statements, 131 articles and 12 actors, with Cherie and Ian Blair as separate hubs)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_export import _statement  # noqa: E402

from stancegraph import api  # noqa: E402
from stancegraph.graph.model import Actor, Article, ArticleGraph, Mention, Topic, actor_id, topic_id  # noqa: E402
from stancegraph.graph.output.render import page_data  # noqa: E402
from stancegraph.graph.output.subgraph import FOLD_ABOVE  # noqa: E402

TONY, CHERIE = actor_id("person", "Tony Blair"), actor_id("person", "Cherie Blair")
HOWARD = actor_id("person", "Michael Howard")


def blair_graphs(n_topics: int = FOLD_ABOVE + 5) -> list[ArticleGraph]:
    """Tony Blair, much mentioned, speaking on many subjects; Cherie Blair, mentioned twice."""
    graphs = []
    for i in range(n_topics):
        art = Article(id=Article.make_id(f"blair-{i}"), text="x", title=f"Blair speech number {i} on a long subject",
                      outlet="BBC", published=f"2005-03-{1 + i % 28:02d}")
        topic = Topic(topic_id(f"subject {i}"), f"a rather long subject name number {i}")
        statements = [_statement(art, 1, TONY, f"We will deliver on subject {i}", [topic.id])]
        if i % 2 == 0:  # a second statement on the same subject: one folded edge, two statements
            statements.append(_statement(art, 2, TONY, f"Subject {i} matters", [topic.id]))
        if i % 5 == 0:
            statements.append(_statement(art, 3, HOWARD, f"Blair is wrong on subject {i}", [TONY]))
        # No actor is called plain "Blair": the name matches both Blairs by whole word.
        actors = [Actor(TONY, "Tony Blair", "person", ["Tony Blair", "Mr Tony Blair"]),
                  Actor(HOWARD, "Michael Howard", "person", ["Michael Howard", "Howard"])]
        mentions = [Mention(0, 5, "Blair", TONY)] * 3 + [Mention(0, 6, "Howard", HOWARD)]
        if i == 0:
            actors.append(Actor(CHERIE, "Cherie Blair", "person", ["Cherie Blair"]))
            mentions += [Mention(0, 6, "Cherie", CHERIE)] * 2
        graphs.append(ArticleGraph(article=art, actors=actors, topics=[topic], mentions=mentions,
                                   statements=statements))
    return graphs


@pytest.fixture(scope="module")
def blair(tmp_path_factory):
    from stancegraph.graph.store.ladybug import LadybugStore

    with LadybugStore(str(tmp_path_factory.mktemp("blair") / "b.lbdb")) as s:
        s.upsert_many(blair_graphs())
        yield s


def test_an_ambiguous_name_starts_from_the_most_mentioned_actor_and_says_so(blair):
    sub = api.select_subgraph(blair, around=["Blair"], hops=1, fold_statements=None)
    assert [n["id"] for n in sub.matches[0].nodes] == [TONY]
    assert "took Tony Blair, the most mentioned" in sub.note and "Cherie Blair" in sub.note
    assert CHERIE not in sub.graph
    # A name that matches one actor says nothing of the kind.
    assert "most mentioned" not in (api.select_subgraph(blair, around=["Tony Blair"], hops=1).note or "")


def test_many_statements_fold_and_leave_actors_and_topics(blair):
    sub = api.select_subgraph(blair, around=["Tony Blair"], hops=2, fold_statements=None)
    labels = [d["label"] for _, d in sub.graph.nodes(data=True)]
    assert "Statement" not in labels and "Article" not in labels
    assert labels.count("Topic") == FOLD_ABOVE + 5 and HOWARD in sub.graph
    assert "speaker-to-subject edges" in sub.note
    # Asked not to fold, every statement is drawn (and the cap then binds on articles last).
    unfolded = api.select_subgraph(blair, around=["Tony Blair"], hops=2, fold_statements=False)
    assert [d["label"] for _, d in unfolded.graph.nodes(data=True)].count("Statement") > FOLD_ABOVE
    # A few statements are left as they are.
    few = api.select_subgraph(blair, around=["Michael Howard"], hops=1, fold_statements=None)
    assert "Statement" in {d["label"] for _, d in few.graph.nodes(data=True)}


def test_statements_fold_even_when_actors_and_topics_fill_the_cap(blair):
    # BBC politics, `render --around "Tony Blair" --hops 2`: 286 actors and topics left 14 places
    # under the 300 cap, so 14 statements were drawn (and 2,028 left out) instead of folding.
    sub = api.select_subgraph(blair, around=["Tony Blair"], hops=2, max_nodes=FOLD_ABOVE, fold_statements=None)
    labels = [d["label"] for _, d in sub.graph.nodes(data=True)]
    assert "Statement" not in labels and "speaker-to-subject edges" in sub.note
    assert any(d["type"] == "SAID_ABOUT" for *_, d in sub.graph.edges(data=True))


def test_a_binding_cap_keeps_actors_and_topics_before_statements_and_articles(blair):
    sub = api.select_subgraph(blair, around=["Tony Blair"], hops=2, max_nodes=30, fold_statements=False)
    labels = {d["label"] for _, d in sub.graph.nodes(data=True)}
    assert labels <= {"Actor", "Topic"} and sub.graph.number_of_nodes() == 30
    assert "actors and topics first" in sub.note


def test_the_page_merges_parallel_edges_and_shortens_labels(blair):
    sub = api.select_subgraph(blair, around=["Tony Blair"], hops=2, fold_statements=None)
    data = page_data(sub.graph)
    said = [e for e in data["edges"] if e["type"] == "SAID_ABOUT" and e["from"] == TONY]
    pairs = [(e["from"], e["to"]) for e in said]
    assert len(pairs) == len(set(pairs)) == FOLD_ABOVE + 5  # one edge per speaker and subject
    doubled = next(e for e in said if e["to"] == topic_id("subject 0"))
    assert doubled["label"] == "×2" and "(2 statements)" in doubled["info"]["heading"]
    topic = next(n for n in data["nodes"] if n["id"] == topic_id("subject 12"))
    assert len(topic["label"]) <= 28 and topic["label"].endswith("…")
    assert topic["info"]["heading"] == "a rather long subject name number 12"  # whole, on hover
    start = [n for n in data["nodes"] if n.get("start")]
    assert [n["id"] for n in start] == [TONY]
