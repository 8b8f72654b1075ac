"""Offices whose holder the article does not name ("The chancellor said ..."): a placeholder
for the office in the article graph, then the person the whole graph names with that title
(stancegraph/graph/offices.py, docs/entities.md "Offices")."""
from __future__ import annotations

from pathlib import Path

from stancegraph.graph.linking import ActorFacts
from stancegraph.graph.model import Article
from stancegraph.graph.offices import plan_offices

OFFICES = Path(__file__).parent / "fixtures" / "offices"
CHANCELLOR = "person:chancellor-office"


def extract(extractor, text):
    return extractor.extract(Article(id=Article.make_id(text), text=text))


def test_a_role_whose_holder_the_article_does_not_name_speaks_as_its_office(extractor):
    g = extract(extractor, (OFFICES / "lone.txt").read_text())
    office = next(a for a in g.actors if a.id == CHANCELLOR)
    assert office.kind == "person" and office.name == "Chancellor (office)" and office.roles == ["office:chancellor"]
    said = [s.speaker.actor for s in g.statements if s.speaker and s.speaker.text.lower() == "the chancellor"]
    assert said and set(said) == {CHANCELLOR}


def test_an_office_is_also_a_stance_holder_and_target(extractor):
    g = extract(extractor, "The prime minister attacked Michael Howard over the tax plan. "
                           "Mr Howard condemned the home secretary for the delay.")
    edges = {(r.type, r.source, r.target) for r in g.relations}
    assert ("OPPOSES", "person:prime-minister-office", "person:michael-howard") in edges
    assert ("OPPOSES", "person:michael-howard", "person:home-secretary-office") in edges


def test_a_role_narrowed_to_another_office_is_not_that_office(extractor):
    for said in ("The German chancellor said the plan was wrong.", "A former prime minister said the plan was wrong.",
                 "The Irish prime minister said the plan was wrong.", "Prime ministers said the plan was wrong."):
        g = extract(extractor, said)
        assert not [a for a in g.actors if a.name.endswith("(office)")], said
        assert all(s.speaker.actor is None for s in g.statements), said
    # an office of its own, never the chancellor's or the prime minister's
    for said, office in (("The shadow chancellor said the plan was wrong.", "person:shadow-chancellor-office"),
                         ("The Lord Chancellor said the plan was wrong.", "person:lord-chancellor-office"),
                         ("The deputy prime minister said the plan was wrong.", "person:deputy-prime-minister-office"),
                         ("The Tory leader said the plan was wrong.", "person:conservative-leader-office")):
        g = extract(extractor, said)
        assert {s.speaker.actor for s in g.statements} == {office}, said


def test_a_title_after_an_indefinite_article_names_no_holder(extractor):
    # BBC shape: "how good a <title> <Name> will make" made him a holder of the title
    g = extract(extractor, "Voters asked how good a prime minister Gordon Brown would make.")
    assert not any(r == "office:prime minister" for a in g.actors for r in a.roles)
    g = extract(extractor, "Prime Minister Tony Blair said the plan was fair.")
    assert "office:prime minister" in next(a for a in g.actors if a.id == "person:tony-blair").roles


def test_the_article_holder_comes_first_and_carries_the_office(extractor):
    g = extract(extractor, (OFFICES / "named.txt").read_text() + '\nThe chancellor said: "We are on track."\n')
    brown = next(a for a in g.actors if a.id == "person:gordon-brown")
    assert "office:chancellor" in brown.roles
    assert not [a for a in g.actors if a.name.endswith("(office)")]
    assert {s.speaker.actor for s in g.statements if s.speaker and s.speaker.text == "The chancellor"} == {brown.id}
    g = extract(extractor, "Shadow Chancellor Oliver Letwin said the figures were wrong.")
    assert not any(r == "office:chancellor" for a in g.actors for r in a.roles)


def _facts(*rows):
    return [ActorFacts(i, n, "person", m, roles=list(r)) for i, n, m, r in rows]


def test_an_office_goes_to_the_one_person_the_graph_names_with_its_title():
    office = (CHANCELLOR, "Chancellor (office)", 2, ["office:chancellor"])
    brown = ("person:gordon-brown", "Gordon Brown", 40, ["chancellor", "office:chancellor"])
    clarke = ("person:kenneth-clarke", "Kenneth Clarke", 5, ["chancellor"])  # "former chancellor"
    plan = plan_offices(_facts(office, brown, clarke))
    assert plan[CHANCELLOR][0] == "person:gordon-brown"
    # a dominant holder wins; two without 3x between them, or none, leave the office unfilled
    darling = ("person:alistair-darling", "Alistair Darling", 10, ["office:chancellor"])
    assert plan_offices(_facts(office, brown, darling))[CHANCELLOR][0] == "person:gordon-brown"
    darling = ("person:alistair-darling", "Alistair Darling", 20, ["office:chancellor"])
    assert plan_offices(_facts(office, brown, darling))[CHANCELLOR][0] is None
    assert plan_offices(_facts(office, clarke))[CHANCELLOR][0] is None


def test_an_office_holder_known_by_surname_counts_as_the_full_name():
    office = (CHANCELLOR, "Chancellor (office)", 2, ["office:chancellor"])
    lone = ("person:brown", "Brown", 3, ["office:chancellor"])
    full = ("person:gordon-brown", "Gordon Brown", 40, ["office:chancellor"])
    plan = plan_offices(_facts(office, lone, full), {"person:brown": ("person:gordon-brown", "")})
    assert plan[CHANCELLOR][0] == "person:gordon-brown"


def test_an_office_is_its_holder_after_ingest_and_never_a_stored_person(store):
    import stancegraph

    report = stancegraph.ingest([str(OFFICES / "named.txt"), str(OFFICES / "lone.txt")], store)
    assert report.written == 2
    said = store.run("MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE lower(s.speaker_text) = 'the chancellor' "
                     "RETURN a.id, count(s)").rows
    assert [list(r) for r in said] == [["person:gordon-brown", 2]]
    assert not store.run("MATCH (a:Actor) WHERE a.name ENDS WITH '(office)' RETURN a.id").rows
    aliases = store.run("MATCH (a:Actor {id: 'person:gordon-brown'}) RETURN a.aliases").rows[0][0]
    assert not any("office" in x for x in aliases)


def test_an_office_no_one_holds_in_the_graph_keeps_only_its_speaker_text(store):
    import stancegraph

    stancegraph.ingest([str(OFFICES / "lone.txt")], store)
    assert not store.run("MATCH (a:Actor) WHERE a.name ENDS WITH '(office)' RETURN a.id").rows
    texts = store.run("MATCH (s:Statement) WHERE lower(s.speaker_text) = 'the chancellor' RETURN s.id").rows
    assert len(texts) == 2
    assert not store.run("MATCH (:Actor)-[:SAID]->(s:Statement) WHERE lower(s.speaker_text) = 'the chancellor' "
                         "RETURN s.id").rows
    # a later ingest that names the holder does not fill it; the article ingested again does
    stancegraph.ingest([str(OFFICES / "named.txt")], store)
    stancegraph.ingest([str(OFFICES / "lone.txt")], store, force=True)
    said = store.run("MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE lower(s.speaker_text) = 'the chancellor' "
                     "RETURN a.id, count(s)").rows
    assert [list(r) for r in said] == [["person:gordon-brown", 2]]
