"""Actor resolution: alias table, titles, surnames, acronyms, kinds kept apart."""
from __future__ import annotations

import json

import pytest

from stancegraph.errors import InputError
from stancegraph.graph.model import Actor, Article
from stancegraph.loaders.extract.aliases import ALIASES_ENV, AliasTable, default_table, initials, strip_titles
from stancegraph.loaders.extract.resolve import ArticleResolver, merge_actors


@pytest.mark.parametrize("surface", ["U.S.", "US", "United States", "the United States", "America"])
def test_united_states_aliases(surface):
    entry = default_table().lookup(surface)
    assert (entry.kind, entry.name) == ("country", "United States")


@pytest.mark.parametrize("surface, country", [("Chinese", "China"), ("American", "United States"),
                                              ("Taiwanese", "Taiwan")])
def test_demonyms(surface, country):
    assert default_table().demonym(surface).name == country


@pytest.mark.parametrize("surface, name", [("WSJ", "The Wall Street Journal"), ("Xinhua", "Xinhua News Agency"),
                                           ("Wall Street Journal", "The Wall Street Journal")])
def test_outlets(surface, name):
    assert default_table().lookup(surface).name == name


@pytest.mark.parametrize("text, core, roles", [
    ("U.S. President Donald Trump", "U.S. President Donald Trump", []),  # not a title word: stays
    ("President Xi", "Xi", ["president"]),
    ("Former President Joe Biden", "Joe Biden", ["president"]),
    ("Trump's", "Trump", []),
    ("the Pentagon", "Pentagon", []),
])
def test_strip_titles(text, core, roles):
    assert strip_titles(text) == (core, roles)


def test_initials():
    assert initials("The Wall Street Journal") == "WSJ"
    assert initials("National Rifle Association") == "NRA"


def resolve(*mentions):
    r = ArticleResolver()
    cands = [r.add(i * 100, i * 100 + len(t), t, k) for i, (t, k) in enumerate(mentions)]
    actors = {a.id: a for a in r.resolve()}
    return [c.actor for c in cands], actors


def test_titles_and_surnames_join_the_full_name():
    ids, actors = resolve(("President Xi", "person"), ("Xi", "person"), ("Xi Jinping", "person"),
                          ("Medeiros", "person"), ("Evan Medeiros", "person"))
    assert ids == ["person:xi-jinping"] * 3 + ["person:evan-medeiros"] * 2
    assert actors["person:evan-medeiros"].name == "Evan Medeiros"
    assert "president" in actors["person:xi-jinping"].roles


def test_acronym_joins_the_organization_it_spells():
    ids, actors = resolve(("National Rifle Association", "organization"), ("NRA", "organization"))
    assert ids == ["organization:national-rifle-association"] * 2
    assert set(actors[ids[0]].aliases) == {"National Rifle Association", "NRA"}


def test_kinds_never_merge():
    # "Michael Jordan" (person) and "Jordan" (the country) stay two actors
    ids, _ = resolve(("Michael Jordan", "person"), ("Jordan", "country"))
    assert ids == ["person:michael-jordan", "country:jordan"]


def test_alias_table_fixes_ner_kind_slips():
    # observed on the seed: "Xinhua" and "Busan" tagged PERSON
    ids, _ = resolve(("Xinhua", "person"), ("Busan", "person"))
    assert ids == ["organization:xinhua-news-agency", "place:busan"]


def test_not_actors_are_dropped():
    r = ArticleResolver()
    assert r.add(0, 2, "AI", "organization") is None


def test_user_alias_file_extends_the_table(tmp_path, monkeypatch):
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"actors": [
        {"name": "Evan Medeiros", "kind": "person", "aliases": ["Dr. Medeiros", "E. Medeiros"]},
        {"name": "Korea Economic Daily", "kind": "organization", "aliases": ["KED"]},
    ]}))
    monkeypatch.setenv(ALIASES_ENV, str(path))
    table = default_table()
    assert table.lookup("E. Medeiros").name == "Evan Medeiros"
    assert table.lookup("KED").kind == "organization"
    assert table.lookup("U.S.").name == "United States"  # shipped entries still there


@pytest.mark.parametrize("content, message", [("{not json", "not a JSON"), ('{"actors": 3}', "expected"),
                                              ('{"actors": [{"name": "X", "kind": "animal"}]}', "kind")])
def test_bad_alias_file_is_an_input_error(tmp_path, content, message):
    path = tmp_path / "aliases.json"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        AliasTable.from_file(str(path))


def test_merge_actors_across_articles():
    merged = merge_actors([Actor("person:xi-jinping", "Xi Jinping", "person", ["Xi"], ["president"]),
                           Actor("person:xi-jinping", "Xi Jinping", "person", ["Xi Jinping"], [])])
    assert len(merged) == 1 and merged[0].aliases == ["Xi", "Xi Jinping"]


@pytest.mark.parametrize("text, expected", [
    # a capital is a place (as a speaker it stands for its state: test below)
    ("Washington said the talks were over.", {"place:washington-d-c"}),
    ("Beijing rejected the proposal.", {"place:beijing"}),
    # seed: "U.S.-China" tagged PERSON: two countries
    ("U.S.-China relations may be entering a thawing mood.", {"country:united-states", "country:china"}),
    # seed: "Xinhua" alone tagged PERSON
    ("Xinhua said Xi explained China's position.", {"organization:xinhua-news-agency", "person:xi-jinping",
                                                    "country:china"}),
])
def test_extracted_actor_ids(extractor, text, expected):
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert {m.actor for m in graph.mentions} == expected


def test_markdown_image_lines_are_not_actors(extractor):
    text = ("Anna Keller said the budget was balanced.\n"
            "![[Market] Bitcoin slips below $75,000…Ethereum falls](https://media.example.org/x.webp?w=250)")
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert all(m.end <= text.index("\n") for m in graph.mentions)


@pytest.mark.parametrize("text, state, city", [
    ("Washington said the talks were over.", "country:united-states", "place:washington-d-c"),
    ("Beijing said the visit would go ahead.", "country:china", "place:beijing"),
])
def test_a_capital_speaking_is_its_state(extractor, text, state, city):
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    (st,) = graph.statements
    assert st.speaker.actor == state and st.speaker.text == text.split()[0]  # the city's words as evidence
    assert state in {a.id for a in graph.actors}
    located = [(r.source, r.target) for r in graph.relations if r.type == "LOCATED_IN"]
    assert located == [(city, state)]


def test_london_stays_a_place_located_in_the_united_kingdom(extractor):
    text = "Tony Blair gave a speech in London on Monday. Britain will hold an election in May."
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    ids = {a.id: a.kind for a in graph.actors}
    assert ids["place:london"] == "place" and ids["country:united-kingdom"] == "country"
    assert ("place:london", "country:united-kingdom") in {(r.source, r.target) for r in graph.relations
                                                         if r.type == "LOCATED_IN"}


@pytest.mark.parametrize("text, actor, kind", [
    # a demonym before a noun names the country (its government is an organization of its
    # own: test_entities.test_a_states_government_is_an_organization_of_its_own)
    ("Zambian troops have no immediate plans to leave.", "country:zambia", "country"),
    # a plural demonym as a noun is a population, a group of its own (actors._population)
    ("Malians voted on Sunday in a referendum on a new constitution.", "group:malians", "group"),
    ("Kyrgyzstan's president said the border would reopen on Monday.", "country:kyrgyzstan", "country"),
    # an abbreviation the table knows, and the official long name: one country
    ("The DRC and Rwanda signed a peace deal.", "country:democratic-republic-of-the-congo", "country"),
    ("Troops of the Democratic Republic of the Congo crossed the border.",
     "country:democratic-republic-of-the-congo", "country"),
    ("The Ivorian foreign minister flew to Accra.", "country:ivory-coast", "country"),
])
def test_every_state_is_a_country_by_name_and_demonym(extractor, text, actor, kind):
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    kinds = {a.id: a.kind for a in graph.actors}
    assert kinds.get(actor) == kind, kinds


def test_a_capital_of_any_state_is_a_place_located_in_it(extractor):
    text = "Officials in Bamako said the talks with the rebels had failed."
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert {a.id: a.kind for a in graph.actors}["place:bamako"] == "place"
    assert [(r.source, r.target) for r in graph.relations if r.type == "LOCATED_IN"] == \
        [("place:bamako", "country:mali")]


def test_the_uks_nations_stay_places_in_the_united_kingdom(extractor):
    # bench/gold/README.md: Scotland, Wales, England and Northern Ireland are places
    text = "Voters in Scotland and Wales backed the plan, while England was split."
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    kinds = {a.id: a.kind for a in graph.actors}
    assert kinds["place:scotland"] == kinds["place:wales"] == kinds["place:england"] == "place"
    located = {(r.source, r.target) for r in graph.relations if r.type == "LOCATED_IN"}
    assert ("place:scotland", "country:united-kingdom") in located


@pytest.mark.parametrize("surface, name", [("Congolese", None), ("Dominican", None), ("Macedonian", None),
                                           ("Zambians", "Zambia"), ("Scottish", "Scotland")])
def test_ambiguous_demonyms_name_no_country(surface, name):
    # "Congolese" is either Congo, "Dominican" Dominica, the Dominican Republic or the order
    entry = default_table().demonym(surface)
    assert (entry.name if entry else None) == name


@pytest.mark.parametrize("surface, kind", [("Georgetown", "organization"), ("Georgia", "country"),
                                           ("Sofia", None), ("Kingston", None), ("Trinidad", None)])
def test_capitals_and_short_forms_that_are_other_names_stay_out(surface, kind):
    # Georgetown (Guyana) is the university; Sofia a given name; Trinidad a surname
    entry = default_table().lookup(surface)
    assert (entry.kind if entry else None) == kind


def test_the_shipped_table_is_consistent():
    from importlib import resources
    data = json.loads((resources.files("stancegraph.loaders.extract") / "aliases.json").read_text(encoding="utf-8"))
    table, owner = default_table(), {}
    for item in data["actors"]:
        for surface in [item["name"], *item.get("aliases", [])]:
            # one surface, one entry: a second would silently win over the first
            assert owner.setdefault(table.lookup(surface), item["name"]) == item["name"], surface
        where = item.get("capital_of") or item.get("located_in")
        if where:
            assert table.lookup(where).kind == "country", item["name"]
    countries = [a for a in data["actors"] if a["kind"] == "country"]
    # the 193 UN members, the Holy See and Palestine, Taiwan, Kosovo, Hong Kong and Macau
    assert len(countries) == 199
