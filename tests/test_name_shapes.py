"""Name shapes of British politics: a peer's territorial title and hyphenated surnames
(session 16: "one person under several nodes and two people under one")."""
from __future__ import annotations

from stancegraph.graph.linking import ActorFacts, plan_links
from stancegraph.graph.model import Article
from stancegraph.loaders.extract.resolve import ArticleResolver


def extract(extractor, text):
    return extractor.extract(Article(id=Article.make_id(text), text=text))


def ids_of(graph, surface):
    return {m.actor for m in graph.mentions if m.text == surface}


def resolve(*mentions):
    r = ArticleResolver()
    cands = [r.add(i * 100, i * 100 + len(t), t, k) for i, (t, k) in enumerate(mentions)]
    r.resolve()
    return [c.actor for c in cands]


# ---- a peer's territorial title -------------------------------------------------------

def test_a_territorial_peer_is_not_a_namesake_named_later(extractor):
    g = extract(extractor, "The inquiry heard from Lord Hughes of Ashford, who chaired the board at the time. "
                           "Lord Hughes of Ashford said the decision was sound. A farmer, Dylan Hughes, "
                           "told the inquiry he had lost his land.")
    peer = ids_of(g, "Lord Hughes")
    assert len(peer) == 1 and "dylan" not in next(iter(peer))
    assert ids_of(g, "Dylan Hughes") == {"person:dylan-hughes"}


def test_a_lone_surname_goes_to_the_peer_only_when_no_one_else_has_it():
    assert resolve(("Lord Hughes of Ashford", "person"), ("Hughes", "person")) == ["person:hughes-of-ashford"] * 2
    assert resolve(("Lord Hughes of Ashford", "person"), ("Dylan Hughes", "person"), ("Hughes", "person")) == \
        ["person:hughes-of-ashford", "person:dylan-hughes", "person:dylan-hughes"]


# ---- hyphenated surnames --------------------------------------------------------------

def test_a_hyphenated_surname_written_with_a_space_is_one_person():
    ids = resolve(("Ms Hartley Shaw", "person"), ("Anna Hartley-Shaw", "person"), ("Hartley-Shaw", "person"),
                  ("Anna Hartley Shaw", "person"), ("Dr Hartley-Shaw", "person"))
    assert ids == ["person:anna-hartley-shaw"] * 5


def test_the_first_part_of_a_hyphenated_surname_alone_is_the_person():
    assert resolve(("Anna Hartley-Shaw", "person"), ("Hartley", "person")) == ["person:anna-hartley-shaw"] * 2
    # whatever kind NER gave the lone word, as a lone surname
    assert resolve(("Anna Hartley-Shaw", "person"), ("Hartley", "organization")) == ["person:anna-hartley-shaw"] * 2
    # ... unless someone else in the article has it as a surname
    assert resolve(("Anna Hartley-Shaw", "person"), ("Tom Hartley", "person"), ("Hartley", "person")) == \
        ["person:anna-hartley-shaw", "person:tom-hartley", "person:tom-hartley"]


def test_a_hyphenated_surname_alone_links_across_articles_however_it_is_written():
    full = ActorFacts("person:anna-hartley-shaw", "Anna Hartley-Shaw", "person", 20, ["Anna Hartley-Shaw"])
    spaced = ActorFacts("person:hartley-shaw", "Hartley Shaw", "person", 2, ["Ms Hartley Shaw"], ["ms"])
    assert plan_links([full, spaced])["person:hartley-shaw"][0] == "person:anna-hartley-shaw"


def test_a_commoner_taking_a_peerage_stays_himself(extractor):
    g = extract(extractor, "Former minister Tom Hughes said he would take the title of Lord Hughes of Ashford "
                           "when he leaves the Commons. Lord Hughes said he was proud.")
    assert ids_of(g, "Tom Hughes") == ids_of(g, "Lord Hughes") == {"person:tom-hughes"}
    g = extract(extractor, "Tom Hughes has been made a life peer. He will be known Lord Hughes of Ashford.")
    assert ids_of(g, "Lord Hughes") == {"person:tom-hughes"}


def test_a_lone_peer_links_only_to_a_person_known_by_that_title():
    judge = ActorFacts("person:osborne", "Osborne", "person", 1, ["Lord Osborne", "Osborne"], ["lord"])
    mp = ActorFacts("person:tom-osborne", "Tom Osborne", "person", 30, ["Tom Osborne", "Mr Osborne"], ["mr"])
    assert "person:osborne" not in plan_links([judge, mp])
    mp.aliases.append("Lord Osborne")  # other articles call him so: a peer now
    assert plan_links([judge, mp])["person:osborne"][0] == "person:tom-osborne"
