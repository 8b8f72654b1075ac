"""Stances, topics and events: the seed article (published 2025-11-25) and sentences written
for these tests, each named after the failure it guards against."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from stancegraph.graph import model
from stancegraph.graph.model import Article
from stancegraph.loaders.extract.relations import extract_relations

TRUMP, XI, BIDEN = "person:donald-trump", "person:xi-jinping", "person:joe-biden"
US, CHINA = "country:united-states", "country:china"


def run(extractor, text: str, published: str = "2025-11-25"):
    """The Extractor's graph, its topics and its stance/event edges (all relations)."""
    article = Article(id=Article.make_id(text), text=text, published=published)
    graph = extractor.extract(article)
    return graph, graph.topics, graph.relations


@pytest.fixture(scope="session")
def seed(extractor):
    path = resources.files("stancegraph.loaders.read") / "sample" / "trump-xi-call-2025-11-24.txt"
    return run(extractor, path.read_text(encoding="utf-8"))


def edges(rels, type_, source=None, target=None):
    return [r for r in rels if r.type == type_ and (source is None or r.source == source)
            and (target is None or r.target == target)]


def one(rels, type_, source, target):
    found = edges(rels, type_, source, target)
    assert len(found) == 1, [(r.type, r.source, r.target) for r in rels]
    return found[0]


# --- the seed article: the "done when" -------------------------------------------

def test_seed_trump_visits_china_planned_april_2026(seed):
    r = one(seed[2], "VISITS", TRUMP, CHINA)  # "visit Beijing": Beijing is China in the alias table
    assert (r.status, r.date) == ("planned", "2026-04")
    assert "April" in r.date_text


def test_seed_xi_state_visit_to_us_planned_2026(seed):
    r = one(seed[2], "VISITS", XI, US)
    assert (r.status, r.date, r.detail) == ("planned", "2026", "state visit")


def test_seed_xi_invited_trump(seed):
    r = one(seed[2], "INVITED", XI, TRUMP)
    assert r.detail == "to visit Beijing" and r.status == "done"


def test_seed_call_on_the_24th_initiated_by_xi_per_wsj(seed):
    graph, _, rels = seed
    r = one(rels, "CALLED", XI, TRUMP)
    assert r.date == "2025-11-24" and r.status == "done"
    assert "initiated the call according to The Wall Street Journal" in r.detail
    st = next(s for s in graph.statements if s.id == r.statement)
    assert st.speaker.actor == "organization:the-wall-street-journal"
    assert not edges(rels, "CALLED", TRUMP, XI)  # one call, one edge


def test_seed_busan_summit_met_on_october_30(seed):
    # "the U.S.-China summit on October 30", "last month's U.S.-China summit in Busan": a
    # summit is its leaders' meeting, and the article names both leaders (issue 17)
    r = one(seed[2], "MET", TRUMP, XI)
    assert r.date == "2025-10-30" and r.status == "done" and r.detail == "summit in Busan"
    assert not edges(seed[2], "MET", US) and not edges(seed[2], "MET", CHINA)


def test_their_summit_is_a_meeting_of_the_two_persons_named_together(extractor):
    _, _, rels = run(extractor, "U.S. President Donald Trump spoke with Chinese President Xi Jinping on "
                     "Monday. It was the first call since their summit in Busan on October 30.")
    r = one(rels, "MET", TRUMP, XI)
    assert r.date == "2025-10-30" and r.detail == "summit in Busan"
    _, _, rels = run(extractor, "Prime Minister Tony Blair and French President Jacques Chirac spoke about "
                     "Iraq. The two leaders met in Paris on Tuesday.")
    assert one(rels, "MET", "person:tony-blair", "person:jacques-chirac").cue == "leaders met"
    # three people named: "their" is not two of them
    _, _, rels = run(extractor, "Tony Blair, Gordon Brown and John Prescott were in Brighton. Their "
                     "summit in Brighton lasted an hour.")
    assert not edges(rels, "MET")


def test_seed_us_exports_soybeans_and_sorghum_to_china(seed):
    r = one(seed[2], "EXPORTS_TO", US, CHINA)
    goods = r.detail.split(", ")
    assert "soybeans" in goods and "sorghum" in goods
    assert "first products" not in goods  # "the first export of feed grains": no goods


def test_seed_us_opposes_unilateral_changes(seed):
    _, topics, rels = seed
    r = one(rels, "OPPOSES", US, "topic:unilateral-change-to-the-status-quo-across-the-taiwan-strait")
    assert r.polarity == -1 and r.statement and r.cue == "opposes"
    assert any(t.name == "unilateral changes to the status quo across the Taiwan Strait" for t in topics)


def test_seed_biden_does_not_support_taiwan_independence(seed):
    rels = seed[2]
    r = one(rels, "DOES_NOT_SUPPORT", BIDEN, "topic:taiwan-independence")
    assert r.polarity == 0 and r.cue == "do not support"
    # "Taiwan independence" is an issue, not the actor Taiwan
    assert not [x for x in rels if x.source == BIDEN and x.target == "country:taiwan"]


def test_seed_china_wanting_the_us_to_say_against_is_no_us_stance(seed):
    # "China wants the United States to go further and state that the U.S. is 'against
    # Taiwan independence'": a wish, not the U.S. position
    assert not [r for r in seed[2] if r.target == "topic:taiwan-independence" and r.source != BIDEN]
    # "the United States expects China to support a peace plan": China holds no stance there
    assert not edges(seed[2], "SUPPORTS", CHINA)


def test_seed_xi_supports_efforts_toward_peace(seed):
    r = one(seed[2], "SUPPORTS", XI, "topic:effort-toward-peace")
    assert r.polarity == 1 and "Ukraine" in r.sentence.text


def test_seed_medeiros_affiliation_is_left_to_the_attribution_extractor(seed):
    graph, _, rels = seed
    assert any(r.type == "AFFILIATED_WITH" and r.source == "person:evan-medeiros"
               and r.target == "organization:georgetown-university" for r in graph.relations)
    # ... once: the relation rules do not add a second one.
    assert len(edges(rels, "AFFILIATED_WITH", "person:evan-medeiros")) == 1


def test_seed_leads_with_titles(seed):
    rels = seed[2]
    assert one(rels, "LEADS", XI, CHINA).status is None
    assert one(rels, "LEADS", TRUMP, US).detail == "president"
    assert one(rels, "LEADS", BIDEN, US).status == "done"  # "Former U.S. President Joe Biden"


def test_seed_stance_edges_are_exactly_these(seed):
    stances = sorted((r.type, r.source, r.target) for r in seed[2] if r.type in model.STANCE_TYPES)
    assert stances == sorted([
        ("DOES_NOT_SUPPORT", BIDEN, "topic:taiwan-independence"),
        ("OPPOSES", US, "topic:unilateral-change-to-the-status-quo-across-the-taiwan-strait"),
        ("SUPPORTS", XI, "topic:effort-toward-peace"),
    ])


def test_seed_statement_about_topics(seed):
    graph = seed[0]
    st = next(s for s in graph.statements if "fentanyl" in s.content.text)
    assert {"topic:fentanyl", "topic:soybeans", "topic:russia-ukraine-war"} <= set(st.about)


def test_seed_every_edge_has_provenance_and_resolvable_ends(seed):
    graph, topics, rels = seed
    actor_ids = {a.id for a in graph.actors}
    topic_ids = {t.id for t in topics}
    text = graph.article.text
    for r in rels:
        assert r.type in model.RELATION_TYPES
        assert r.source in actor_ids and (r.target in actor_ids or r.target in topic_ids)
        assert r.article == graph.article.id and r.cue and 0 < r.confidence <= 1
        assert text[r.sentence.start:r.sentence.end] == r.sentence.text
        json.dumps(r.to_dict())
    ids = {a for s in graph.statements for a in s.about}
    assert {t for t in ids if t.startswith("topic:")} <= topic_ids


def test_seed_is_stable(extractor, seed):
    again = run(extractor, seed[0].article.text)[2]
    assert [r.id for r in again] == [r.id for r in seed[2]]


# --- sentences written for these tests ---------------------------------------------------

def test_doc_must_be_the_parse_of_the_article(extractor):
    graph, _, _ = run(extractor, "Anna Keller backs the plan.")
    other = extractor.nlp("Something else entirely.")
    with pytest.raises(ValueError):
        extract_relations(other, graph)


@pytest.mark.parametrize("text, expected", [
    # stance verb with an actor object
    ("Senator Maria Lopez endorsed Tom Baker on Tuesday.",
     ("SUPPORTS", "person:maria-lopez", "person:tom-baker")),
    # negation keeps "does not support" apart from "opposes"
    ("Governor Anna Keller does not support the carbon tax.",
     ("DOES_NOT_SUPPORT", "person:anna-keller", "topic:carbon-tax")),
    # a refusal is a does-not-support ("refused to endorse", PolNeAR dev)
    ("Tom Baker refused to endorse Maria Lopez.",
     ("DOES_NOT_SUPPORT", "person:tom-baker", "person:maria-lopez")),
    # relative pronoun subject: "Cruz, who pointedly refused to endorse Trump" (PolNeAR dev)
    ("The choice is risky for Tom Baker, who refused to endorse Maria Lopez in July.",
     ("DOES_NOT_SUPPORT", "person:tom-baker", "person:maria-lopez")),
    # a stance noun after a verb of expressing
    ("Maria Lopez voiced support for the new trade agreement.",
     ("SUPPORTS", "person:maria-lopez", "topic:trade-agreement")),
    # the name in apposition is the target, not "her rival" (PolNeAR train)
    ("Maria Lopez blasted her rival Tom Baker over his tax plan.",
     ("OPPOSES", "person:maria-lopez", "person:tom-baker")),
    # a clause beside a wish is the subject's own (PolNeAR dev: "Graham urged ..., and criticized")
    ("Tom Baker urged voters to turn out, and criticized the new tariffs.",
     ("OPPOSES", "person:tom-baker", "topic:tariffs")),
])
def test_stance_sentences(extractor, text, expected):
    rels = run(extractor, text)[2]
    assert expected in [(r.type, r.source, r.target) for r in rels]


@pytest.mark.parametrize("text", [
    # "does not oppose" is not "supports"
    "Governor Anna Keller does not oppose the carbon tax.",
    # someone else's wish (seed: "China wants the United States to ... state that ...")
    "Maria Lopez wants Tom Baker to endorse the carbon tax.",
    # an obligation (PolNeAR train: "America must reject this merchant of death")
    "Maria Lopez said Tom Baker must reject the carbon tax.",
    # a condition
    "If Tom Baker backs the carbon tax, he will lose.",
    # not criticising someone is no support
    "Tom Baker did not criticise Maria Lopez.",
    # "backed off" is a retreat (PolNeAR dev)
    "Tom Baker backed off some of his proposals.",
    # "the president" stands for someone named elsewhere, it is no topic (PolNeAR train)
    "Voters in the south overwhelmingly support the president.",
    # one bare noun is no issue (PolNeAR train: "the Business Council opposed an increase")
    "Maria Lopez opposed an increase.",
    # an -ing clause on a name is not that person's act (PolNeAR train: "a letter to
    # Mr. Castro criticizing the mortgage sales")
    "The council sent a letter to Maria Lopez criticizing the mortgage sales.",
])
def test_no_stance(extractor, text):
    rels = run(extractor, text)[2]
    assert not [r for r in rels if r.type in model.STANCE_TYPES], [(r.type, r.source, r.target) for r in rels]


def test_visit_done_with_past_date(extractor):
    rels = run(extractor, "Anna Keller visited Beijing three weeks ago.")[2]
    r = one(rels, "VISITS", "person:anna-keller", "country:china")
    assert (r.status, r.date, r.date_text) == ("done", "2025-11-04", "three weeks ago")


def test_called_verb_and_not_called_for(extractor):
    rels = run(extractor, "Anna Keller called Tom Baker on Monday. Tom Baker called for calm.")[2]
    r = one(rels, "CALLED", "person:anna-keller", "person:tom-baker")
    assert r.date == "2025-11-24" and r.status == "done"
    assert len(edges(rels, "CALLED")) == 1


def test_plural_calls_are_appeals_not_phone_calls(extractor):
    # seed: "there have been persistent calls to supplement its export-led economic structure"
    rels = run(extractor, "There have been persistent calls with China to supplement the plan.")[2]
    assert not edges(rels, "CALLED")


def test_imports_from_are_exports_to(extractor):
    rels = run(extractor, "Japan will buy more soybeans from the United States.")[2]
    r = one(rels, "EXPORTS_TO", US, "country:japan")
    assert r.detail == "soybeans"


def test_seed_stances_are_dated_by_the_article_when_the_clause_has_no_date(seed):
    biden = one(seed[2], "DOES_NOT_SUPPORT", BIDEN, "topic:taiwan-independence")
    assert biden.date == "2025-11-25"
    # ... but an event keeps only its own date: the export edge has none in the text.
    assert all(r.date != "2025-11-25" for r in edges(seed[2], "EXPORTS_TO"))
