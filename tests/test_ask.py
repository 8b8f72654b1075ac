"""Plain questions mapped onto saved queries: the graph's names first, then the intent, on
both stores. The phrasing set is tests/ask_phrasings.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import stancegraph
from ask_graphs import politics_articles
from ask_phrasings import POLITICS, SEED
from graphs import biden_article, call_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.errors import QueryError
from stancegraph.queries import load_queries
from stancegraph.queries.ask import interpret

QUERIES = load_queries(())
GRAPHS = {"seed": lambda: [biden_article(), xi_visit_article(), call_article()], "politics": politics_articles}
PHRASINGS = {"seed": SEED, "politics": POLITICS}
DOCS = Path(__file__).resolve().parents[1] / "docs" / "queries.md"


def _load(store, *names):
    for name in names:
        for g in GRAPHS[name]():
            store.upsert(g)
    return store


def test_the_phrasing_set_is_large_and_covers_every_intent():
    assert len(SEED) + len(POLITICS) >= 150
    queries = {query for _, query, _ in SEED + POLITICS}
    assert queries >= {"who-said-what", "what-did-they-say", "timeline", "who-supports", "who-opposes", "stances",
                       "stance-matrix", "disagreements", "events", "visits", "exports", "actor-profile",
                       "quoted-by", "path-between", "co-mentions", "top-actors", "top-topics"}


@pytest.mark.parametrize("graph", ["seed", "politics"])
def test_every_phrasing_maps_onto_its_query_on_each_store(store, graph):
    _load(store, graph)
    wrong = []
    for question, query, params in PHRASINGS[graph]:
        meaning = interpret(question, store)
        if (meaning.query, meaning.params) != (query, params):
            wrong.append(f"{question!r}: {meaning.query} {meaning.params}, expected {query} {params}")
        declared = {p.name for p in QUERIES[meaning.query].params}
        assert set(meaning.params) <= declared, question
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("graph", ["seed", "politics"])
def test_every_phrasing_is_answered_or_says_what_would_answer(store, graph):
    """Rows; or, where the graph holds nothing for it, questions that do give rows."""
    _load(store, graph)
    silent = []
    for question, _, _ in PHRASINGS[graph]:
        answer = stancegraph.ask(question, store)
        if not answer.rows and not answer.suggestions:
            silent.append(question)
    assert not silent


ISSUE_QUESTIONS = [  # quoted in issue 20, asked of a graph holding the seed and the politics articles
    "stances of Michael Howard", "What are the stances of the United States?", "who called whom",
    "Who invited Trump to Beijing?", "When will Xi visit the United States?", "Who talks the most?",
    "who criticised Blair", "who attacked Brown", "how many articles mention Blair",
    "who said what about tuition fees", "what did Blair say about the election"]


def test_the_questions_of_the_issue_are_answered_with_rows(store):
    _load(store, "seed", "politics")
    empty = []
    for question in ISSUE_QUESTIONS:
        answer = stancegraph.ask(question, store)
        if not answer.rows:
            empty.append((question, answer.command(), answer.notes))
    assert not empty


def test_an_ambiguous_name_goes_to_the_most_mentioned_actor_and_the_answer_names_the_others(store):
    _load(store, "politics")
    answer = stancegraph.ask("what did Blair say about the election", store)
    assert answer.params["speaker"] == "Tony Blair"
    note = next(n for n in answer.notes if "'Blair'" in n)
    assert "Tony Blair" in note and "Cherie Blair" in note and "Ian Blair" in note
    # A longer name picks the one it names; a title too.
    assert interpret("what did Mrs Blair say", store).params == {"speaker": "Mrs Blair"}
    assert interpret("who is Ian Blair", store).params == {"actor": "Ian Blair"}


def test_a_place_slot_prefers_places_when_a_name_is_shared(store):
    store.upsert(call_article())
    from stancegraph.graph.model import Actor, Article, ArticleGraph, Mention

    text = "Georgia said. Georgia said again. Georgia voted."
    art = Article(id=Article.make_id(text), text=text, published="2025-11-20")
    person = Actor("person:georgia-meloni", "Georgia Meloni", "person", ["Georgia"])
    place = Actor("country:georgia", "Georgia", "country")
    mentions = [Mention(0, 7, "Georgia", person.id), Mention(14, 21, "Georgia", person.id),
                Mention(34, 41, "Georgia", place.id)]
    store.upsert(ArticleGraph(article=art, actors=[person, place], mentions=mentions))
    assert interpret("who is Georgia", store).params == {"actor": "Georgia Meloni"}
    assert interpret("who will visit Georgia", store).params == {"place": "country:georgia"}


def test_topic_phrases_match_topics_by_their_words(store):
    _load(store, "politics")
    meaning = interpret("who said what about ID cards", store)
    assert meaning.params == {"subject": "ID cards"}
    assert any("plans for ID cards" in n for n in meaning.notes)
    answer = stancegraph.ask("who said what about ID card", store)  # singular: the plural is found
    assert answer.rows and answer.matches[0].ids == ["topic:plans-for-id-cards"]


def test_time_words_count_from_the_newest_article(store):
    _load(store, "politics")  # newest article 2005-04-20
    assert interpret("what did Howard say last year", store).params == {
        "speaker": "Howard", "since": "2004", "until": "2004"}
    assert interpret("what did Howard say since March", store).params == {"speaker": "Howard", "since": "2005-03"}
    assert interpret("who criticised Blair before 2005", store).params == {
        "target": "Tony Blair", "stance": "opposes", "until": "2004"}
    answer = stancegraph.ask("what did Howard say last year", store)
    assert {r[4] for r in answer.rows} == {"2004-11-18"}


def test_a_question_it_cannot_place_says_what_it_recognised_and_suggests_questions_from_the_graph(store):
    _load(store, "politics")
    with pytest.raises(QueryError) as err:
        interpret("why did Howard resign", store)
    message = str(err.value)
    assert "recognised Michael Howard (person)" in message and "could not place 'resign'" in message
    tries = message.split("try: ")[1].split(" (or run")[0].split(" | ")
    assert len(tries) == 3 and all(stancegraph.ask(q, store).rows for q in tries)


def test_a_subject_the_graph_holds_no_node_for_is_looked_for_in_the_words_said(store):
    _load(store, "politics")
    answer = stancegraph.ask("What did Sir Ian Blair say about police?", store)
    assert answer.command() == 'stancegraph query words-said -p words "police" -p speaker "Sir Ian Blair"'
    assert [r[1] for r in answer.rows] == ["police numbers would rise"]
    assert any("no actor or topic is named 'police'" in n for n in answer.notes)


def test_a_subject_nobody_spoke_of_is_said_so_with_questions_that_answer(store):
    _load(store, "seed")
    answer = stancegraph.ask("who said what about tuition fees", store)
    assert answer.query == "words-said" and answer.rows == []
    assert any("'tuition fees'" in n for n in answer.notes)
    assert answer.suggestions and all(stancegraph.ask(q, store).rows for q in answer.suggestions)
    with pytest.raises(QueryError, match="no actor or topic in the graph matches 'Gordon Brown'.*try: "):
        interpret("what did Gordon Brown say about Taiwan", store)


def test_an_answer_with_no_rows_suggests_questions_that_have_rows(store):
    _load(store, "politics")
    answer = stancegraph.ask("who supports Brussels", store)
    assert answer.rows == [] and answer.suggestions
    assert all(stancegraph.ask(q, store).rows for q in answer.suggestions)


def test_a_stance_question_with_no_stance_edges_falls_back_to_what_was_said(store):
    _load(store, "politics")
    answer = stancegraph.ask("who supports Iraq", store)
    assert answer.query == "who-said-what" and answer.params == {"subject": "Iraq"} and answer.rows
    assert 'who-supports -p target "Iraq" found nothing' in " ".join(answer.notes)
    answer = stancegraph.ask("What is Howard's position on immigration?", store)
    assert answer.query == "what-did-they-say" and answer.rows
    assert any("found nothing" in n for n in answer.notes)


def test_without_a_store_names_are_the_words_that_are_no_question_words():
    assert stancegraph.interpret("what did Xi say about Taiwan") == (
        "what-did-they-say", {"speaker": "Xi", "about": "Taiwan"})
    assert stancegraph.interpret("who opposes Taiwan independence") == (
        "who-opposes", {"target": "Taiwan independence"})


def test_ask_prints_the_query_notes_and_matched_nodes(tmp_path):
    from stancegraph.graph.store.ladybug import LadybugStore

    db = str(tmp_path / "g.lbdb")
    with LadybugStore(db) as store:
        _load(store, "politics")
    result = CliRunner().invoke(cli, ["ask", "who criticised Blair?", "--db", db])
    assert result.exit_code == 0, result.output
    assert 'query: who-opposes -p target "Tony Blair"' in result.output
    assert "note: target: 'Blair' names 3 actors" in result.output
    assert "Charles Kennedy" in result.output and "Michael Howard" in result.output


def _docs_rows() -> list[tuple[str, list[str], str]]:
    """(intent, example questions, query) of the table in docs/queries.md."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## Asking in plain words", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] and not set(cells[0]) <= {"-", " "} and cells[0] != "intent":
            rows.append((cells[0], re.findall(r'"([^"]+)"', cells[1]), cells[2].strip("`")))
    return rows


def test_docs_list_every_intent_with_phrasings_that_map_as_they_say(store):
    _load(store, "seed", "politics")
    rows = _docs_rows()
    assert {r[0] for r in rows} >= {"said", "stance", "events", "profile", "reporting", "connections", "rankings",
                                    "counts", "timeline"}
    for intent, questions, query in rows:
        assert questions, intent
        for question in questions:
            meaning = interpret(question, store)
            assert (meaning.intent, meaning.query) == (intent, query.split()[0]), question


def test_a_misspelt_question_word_is_read_as_the_closest_one_and_said_so(store):
    _load(store, "politics")
    meaning = interpret("Who critisized Blair?", store)
    assert (meaning.query, meaning.params) == ("who-opposes", {"target": "Tony Blair"})
    assert "read 'critisized' as 'criticized'" in meaning.notes


def test_without_a_store_almost_every_phrasing_still_finds_its_query():
    """api.interpret(question) with no store reads names from the words alone: it cannot know
    that "tuition fees" is a topic, or which Blair is meant, but the query is nearly always right."""
    right = 0
    for question, query, _ in SEED + POLITICS:
        try:
            right += interpret(question).query == query
        except QueryError:
            pass
    assert right >= 0.95 * len(SEED + POLITICS)


def test_a_misspelt_name_or_a_role_is_read_as_the_graph_names_it_and_said_so(store):
    _load(store, "politics")
    meaning = interpret("what did Kenedy say about tution fees", store)
    assert (meaning.query, meaning.params) == ("what-did-they-say", {"speaker": "Charles Kennedy", "about": "tuition fees"})
    assert "speaker: read 'Kenedy' as Charles Kennedy (person)" in meaning.notes
    meaning = interpret("What did the home secretary say about ID cards?", store)
    assert meaning.params["speaker"] == "Charles Clarke"
    assert any("'home secretary' read as Charles Clarke" in n for n in meaning.notes)
    # a word that is no misspelling of a name stays words to look for in what was said
    assert interpret("What did Blair say about the budget?", store).params == {"words": "budget", "speaker": "Tony Blair"}


def test_a_negation_no_query_answers_is_refused_saying_why(store):
    _load(store, "politics")
    with pytest.raises(QueryError, match="not who did not"):
        interpret("Who did not comment on immigration?", store)
    # "does not support" is a stance against, which the queries do answer
    assert interpret("who does not support Brown", store).query == "who-opposes"
