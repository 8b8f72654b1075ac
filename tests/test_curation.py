"""Actor curation (docs/entities.md, "Curation"): the rules file, the changes each command
makes to what queries return on both stores, and that a `--force` re-ingest or a fresh
ingest of the same files with the same rules never undoes them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import stancegraph
from graphs import biden_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.errors import InputError, QueryError, StoreError
from stancegraph.graph.curation import rewire
from stancegraph.graph.curation.rules import Rule, apply_rules, read_rules
from stancegraph.graph.curation.suspects import find_suspects
from stancegraph.graph.model import Actor, Article, ArticleGraph, Mention, Span, Statement, stable_id
from stancegraph.graph.store.ladybug import LadybugStore

ARTICLES = Path(__file__).parent / "fixtures" / "curation"


# ---------------------------------------------------------------------------------------
# the rules file

def test_rules_round_trip_through_their_lines(tmp_path):
    rules = [Rule("merge", "person:blair", "Tony Blair", "person", into="person:tony-blair"),
             Rule("split", "person:charles-kennedy", "Prince Charles", "person", ("Prince Charles", 'The "Prince"'),
                  "person:prince-charles"),
             Rule("rename", "organization:clarke", "Charles Clarke"),
             Rule("kind", "organization:charles-clarke", kind="person")]
    path = tmp_path / "x.rules"
    path.write_text("# my rules\n\n" + "".join(r.line() + "  # why\n" for r in rules))
    assert read_rules(str(path)) == rules
    assert rules[0].line() == 'merge person:blair into person:tony-blair "Tony Blair"'


@pytest.mark.parametrize("line, says", [
    ("merge person:blair person:tony-blair", "expected e.g. merge"),
    ("fuse person:a into person:b \"B\"", "unknown rule 'fuse'"),
    ("kind person:a to robot", "unknown actor kind 'robot'"),
    ("merge person:a into robot:b \"B\"", "unknown actor kind 'robot'"),
    ("merge person:a into person \"B\"", "expected e.g. merge"),
    ("split person:a into person:b \"B\"", "at least one alias"),
    ('rename person:a to "unclosed', "No closing quotation"),
])
def test_a_bad_rules_line_is_one_error_naming_file_and_line(tmp_path, line, says):
    path = tmp_path / "x.rules"
    path.write_text('merge person:b into person:a "A"\n' + line + "\n")
    with pytest.raises(InputError, match=rf"x.rules:2: .*{says}"):
        read_rules(str(path))


def _kennedy_article() -> ArticleGraph:
    """The wrong merge of the BBC politics articles: the prince credited to Kennedy."""
    text = ('Prince Charles said the countryside needed help. Charles Kennedy said his party '
            'would back farmers.')
    art = Article(id=Article.make_id(text), text=text)
    kennedy = "person:charles-kennedy"

    def mention(part: str) -> Mention:
        return Mention(text.index(part), text.index(part) + len(part), part, kennedy)

    def said(speaker: str, content: str) -> Statement:
        span = Span(text.index(content), text.index(content) + len(content), content)
        return Statement(stable_id(art.id, span.start), mention(speaker), None, span, kind="indirect")

    return ArticleGraph(article=art,
                        actors=[Actor(kennedy, "Charles Kennedy", "person", ["Prince Charles", "Kennedy"])],
                        mentions=[mention("Prince Charles"), mention("Charles Kennedy")],
                        statements=[said("Prince Charles", "the countryside needed help"),
                                    said("Charles Kennedy", "his party would back farmers")])


def test_a_split_rule_moves_the_alias_mentions_and_what_they_said():
    graph = apply_rules([Rule("split", "person:charles-kennedy", "Prince Charles", "person", ("Prince Charles",),
                              "person:prince-charles")],
                        _kennedy_article())
    speakers = {s.content.text: s.speaker.actor for s in graph.statements}
    assert speakers == {"the countryside needed help": "person:prince-charles",
                        "his party would back farmers": "person:charles-kennedy"}
    actors = {a.id: a.aliases for a in graph.actors}
    assert actors == {"person:charles-kennedy": ["Kennedy"], "person:prince-charles": ["Prince Charles"]}
    assert graph.mention_counts() == {"person:prince-charles": 1, "person:charles-kennedy": 1}


def test_rules_chain_and_a_rename_onto_an_existing_id_unites_the_two():
    graph = biden_article()
    rules = [Rule("kind", "organization:xinhua-news-agency", kind="group"),
             Rule("rename", "group:xinhua-news-agency", "Joe Biden"),  # group:joe-biden
             Rule("kind", "group:joe-biden", kind="person")]  # onto person:joe-biden: one actor
    out = apply_rules(rules, graph)
    ids = sorted(a.id for a in out.actors)
    assert ids == ["person:joe-biden", "person:xi-jinping", "place:taiwan"]
    biden = next(a for a in out.actors if a.id == "person:joe-biden")
    assert {"Xinhua", "Xinhua News Agency", "Biden"} <= set(biden.aliases)
    assert [s.reported_by for s in out.statements] == [None, "person:joe-biden"]


# ---------------------------------------------------------------------------------------
# suspects

def _actor(name: str, kind: str = "person", aliases: tuple[str, ...] = (), mentions: int = 1) -> dict:
    from stancegraph.graph.model import actor_id

    return {"id": actor_id(kind, name), "name": name, "kind": kind, "aliases": [name, *aliases], "mentions": mentions}


def test_suspects_name_the_duplicates_and_wrong_merges_of_the_bbc_politics_graph():
    actors = [_actor("Tony Blair", aliases=("Mr Blair",), mentions=90), _actor("Blair", "organization"),
              _actor("Charles Clarke"), _actor("Clarke", "organization"), _actor("Clarke"),
              _actor("Tory", "organization"), _actor("Tories", "organization"),
              _actor("Labour", "organization"), _actor("Labour Party", "organization"),
              _actor("Kilroy-Silk"), _actor("Robert Kilroy-Silk"), _actor("Vince Cable"), _actor("Vincent Cable"),
              _actor("Michael Howard", aliases=("Mr Howard", "Mrs Howard")),
              _actor("Charles Kennedy", aliases=("Prince Charles", "Mr Kennedy")),
              _actor("Gordon Brown", aliases=("Mr Brown", "Chancellor Gordon Brown")),
              _actor("Oona King", aliases=("King", "Ms King")), _actor("Al Aynsley-Green", aliases=("Aynsley-Green",))]
    found = find_suspects(actors)
    rows = {(s.problem, frozenset(a["id"] for a in s.actors)): s.reason for s in found}

    def reason(problem: str, *ids: str) -> str:
        return rows.get((problem, frozenset(ids)), "")

    assert reason("duplicate", "person:tony-blair", "organization:blair") == \
        "'Blair' (organization) is the surname of 'Tony Blair'"
    assert reason("duplicate", "person:clarke", "organization:clarke") == \
        "the same name under two kinds (organization, person)"
    assert "plural" in reason("duplicate", "organization:tory", "organization:tories")
    assert "'party'" in reason("duplicate", "organization:labour", "organization:labour-party")
    assert reason("duplicate", "person:kilroy-silk", "person:robert-kilroy-silk") == \
        "'Kilroy-Silk' is the end of 'Robert Kilroy-Silk'"
    assert reason("duplicate", "person:vince-cable", "person:vincent-cable").startswith("similar names")
    assert "different gender" in reason("wrong merge", "person:michael-howard")
    assert "a title with a given name" in reason("wrong merge", "person:charles-kennedy")
    wrong = {s.fix for s in found if s.problem == "wrong merge"}
    assert 'stancegraph actors split person:charles-kennedy "Prince Charles" --name "Prince Charles"' in wrong
    assert 'stancegraph actors split person:michael-howard "Mrs Howard" --name "Mrs Howard"' in wrong
    # a surname alone, or a double-barrelled one, is not another person
    assert {ids for (problem, ids) in rows if problem == "wrong merge"} == {
        frozenset({"person:michael-howard"}), frozenset({"person:charles-kennedy"})}
    assert not any("person:gordon-brown" in ids for (_, ids) in rows)  # titles and honorifics of one man


# ---------------------------------------------------------------------------------------
# each change, on both stores, survives re-ingest and a fresh ingest

def _ingest(store, rules, force=False):
    report = stancegraph.ingest([str(ARTICLES)], store, published="2026-03-02", force=force, rules=rules)
    assert report.failed == 0 and report.written == 2, report.failures


def _said(store, subject: str) -> set[tuple[str, str]]:
    rows = stancegraph.run_query("who-said-what", {"subject": subject}, store).records()
    return {(r["speaker"], r["statement"]) for r in rows}


def _profile(store, actor: str) -> list[dict]:
    return stancegraph.run_query("actor-profile", {"actor": actor}, store).records()


def _names(store) -> dict[str, str]:
    return {r[0]: r[1] for r in stancegraph.list_actors(store).rows}


def _said_pairs(store) -> set:
    """The kept statement counts (SAID_ABOUT), checked against a count from the statements."""
    kept = {tuple(r) for r in store.run("MATCH (a:Actor)-[p:SAID_ABOUT]->(t) "
                                        "RETURN a.id, t.id, p.statements, p.last_date").rows}
    assert kept == {tuple(r) for r in store.run("MATCH (a:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t) "
                                                "RETURN a.id, t.id, count(DISTINCT s), max(s.date)").rows}
    return kept


def _every_way(store, fresh, rules, check) -> None:
    """``check`` holds now, after a ``--force`` re-ingest, and on a fresh store given the rules."""
    check(store)
    _ingest(store, rules, force=True)
    check(store)
    other = fresh()
    _ingest(other, rules)
    check(other)


@pytest.fixture
def fresh(store, tmp_path):
    """Another empty store of the same kind (the Neo4j test database, emptied)."""
    opened = []

    def make():
        if isinstance(store, LadybugStore):
            opened.append(LadybugStore(str(tmp_path / f"fresh{len(opened)}.lbdb")))
            return opened[-1]
        store.reset()
        return store

    yield make
    for s in opened:
        s.close()


def test_merge_moves_statements_stances_and_mentions(store, fresh, tmp_path):
    rules = tmp_path / "politics.rules"
    _ingest(store, rules)
    before = _names(store)
    done = stancegraph.merge_actors(store, "Maria Lopez", ["Carlos Diaz"], rules=rules)
    assert done.changes == ["merge: person:carlos-diaz (Carlos Diaz) -> person:maria-lopez (Maria Lopez)"]
    assert 'merge person:carlos-diaz into person:maria-lopez "Maria Lopez"' in rules.read_text()

    def check(s):
        assert "person:carlos-diaz" not in _names(s)
        assert _said(s, "harbour plan") == {("Maria Lopez", "he opposes the harbour plan")}
        profile = _profile(s, "Carlos Diaz")  # the old name is an alias now
        assert {r["actor"] for r in profile} == {"Maria Lopez"}
        stances = {r["item"] for r in profile if r["section"] == "stance"}
        assert stances == {"opposes harbour plan", "supports Harbour Trust"}
        row = next(r for r in stancegraph.list_actors(s).records() if r["id"] == "person:maria-lopez")
        assert row["statements"] == 10 and row["articles"] == 2
        assert {"Carlos Diaz", "Ms Lopez"} <= set(row["aliases"])
        pairs = s.run("MATCH (a:Actor)-[p:CO_MENTIONED]->(b:Actor) WHERE a.id = 'person:carlos-diaz' "
                      "OR b.id = 'person:carlos-diaz' RETURN count(p)").rows
        assert pairs == [[0]]
        said = _said_pairs(s)  # what the explorer folds: Carlos Diaz's statements are Maria Lopez's
        assert not any("person:carlos-diaz" in p[:2] for p in said)
        assert ("person:maria-lopez", "topic:harbour-plan", 1, "2026-03-02") in said

    assert "person:carlos-diaz" in before
    _every_way(store, fresh, rules, check)


def test_split_moves_what_was_said_under_the_alias(store, fresh, tmp_path):
    rules = tmp_path / "politics.rules"
    _ingest(store, rules)
    done = stancegraph.split_actor(store, "Maria Lopez", ["Ms Lopez"], name="Ana Lopez", rules=rules)
    assert done.changes[0].startswith("split: 2 statement(s) of person:maria-lopez said as Ms Lopez")

    def check(s):
        ana = {r["section"]: (r["actor"], r["n"]) for r in _profile(s, "Ana Lopez")}
        assert ana["statements"] == ("Ana Lopez", 2)
        rows = {r["id"]: r for r in stancegraph.list_actors(s).records()}
        assert rows["person:ana-lopez"]["statements"] == 2 and rows["person:ana-lopez"]["aliases"] == ["Ms Lopez"]
        assert rows["person:maria-lopez"]["statements"] == 3
        assert "Ms Lopez" not in rows["person:maria-lopez"]["aliases"]
        _said_pairs(s)  # the explorer's folded edges follow the statements

    _every_way(store, fresh, rules, check)


def test_rename_gives_a_new_name_and_id(store, fresh, tmp_path):
    rules = tmp_path / "politics.rules"
    _ingest(store, rules)
    stancegraph.rename_actor(store, "Carlos Diaz", "Carlos Díaz Ruiz", rules=rules)

    def check(s):
        names = _names(s)
        assert names.get("person:carlos-diaz-ruiz") == "Carlos Díaz Ruiz" and "person:carlos-diaz" not in names
        assert _said(s, "harbour plan") == {("Carlos Díaz Ruiz", "he opposes the harbour plan")}
        assert {r["actor"] for r in _profile(s, "Carlos Diaz")} == {"Carlos Díaz Ruiz"}

    _every_way(store, fresh, rules, check)


def test_kind_changes_the_kind_and_id(store, fresh, tmp_path):
    rules = tmp_path / "politics.rules"
    _ingest(store, rules)
    assert stancegraph.list_actors(store, name="Harbour Trust").records()[0]["kind"] == "organization"
    stancegraph.set_actor_kind(store, "Harbour Trust", "group", rules=rules)

    def check(s):
        rows = stancegraph.list_actors(s, name="Harbour Trust").records()
        assert [(r["id"], r["kind"]) for r in rows] == [("group:harbour-trust", "group")]
        trust = s.run("MATCH (a:Actor {id: 'group:harbour-trust'}) RETURN a.supporters, a.about").rows
        assert trust == [[1, 1]]
        assert _said(s, "Harbour Trust") == {("Maria Lopez", "she supports the Harbour Trust")}

    _every_way(store, fresh, rules, check)


def test_a_new_spelling_of_the_name_keeps_the_id_and_the_counts(store, tmp_path):
    stancegraph.load([biden_article(), xi_visit_article()], store)
    before = stancegraph.list_actors(store, name="Jinping").records()
    done = stancegraph.rename_actor(store, "Xi Jinping", "XI Jinping", rules=tmp_path / "r.rules")
    assert done.changes == ["rename: person:xi-jinping is now called 'XI Jinping'"]
    after = stancegraph.list_actors(store, name="Jinping").records()
    assert [(r["id"], r["name"], r["mentions"], r["statements"]) for r in after] == \
        [("person:xi-jinping", "XI Jinping", 2, 2)] == [(r["id"], "XI Jinping", r["mentions"], r["statements"])
                                                          for r in before]
    assert "Xi Jinping" in after[0]["aliases"]


def test_apply_re_applies_the_file_to_a_graph_written_without_it(store, tmp_path):
    rules = tmp_path / "hand.rules"
    rules.write_text('# written by hand\nmerge person:carlos-diaz into person:maria-lopez "Maria Lopez"\n'
                     'kind organization:harbour-trust to group\n')
    _ingest(store, False)
    assert "person:carlos-diaz" in _names(store)
    done = stancegraph.apply_rules(store, rules)
    assert len(done.changes) == 2
    names = _names(store)
    assert "person:carlos-diaz" not in names and "group:harbour-trust" in names
    assert stancegraph.apply_rules(store, rules).changes == []  # again: nothing left to do


def test_a_failed_curation_leaves_graph_and_rules_file_as_they_were(store, tmp_path, monkeypatch):
    rules = tmp_path / "politics.rules"
    rules.write_text("# mine\n")
    stancegraph.load([biden_article(), xi_visit_article()], store)
    before = store.counts(), _names(store)

    def broken(run, ids):
        raise StoreError("disk full")

    monkeypatch.setattr(rewire, "recount_pairs", broken)
    with pytest.raises(StoreError, match="curation not applied, the graph is unchanged: disk full"):
        stancegraph.merge_actors(store, "Joe Biden", ["Xi Jinping"], rules=rules)
    assert (store.counts(), _names(store)) == before
    assert rules.read_text() == "# mine\n"


def test_actor_names_resolve_like_everywhere_and_ambiguity_lists_candidates(store, tmp_path):
    g = biden_article()
    g.actors.append(Actor("organization:joe-biden", "Joe Biden", "organization"))
    g.mentions.append(Mention(0, 6, "Former", "organization:joe-biden"))
    stancegraph.load([g], store)
    with pytest.raises(QueryError, match=r"'joe biden' matches 2 actors: organization:joe-biden \(Joe Biden\), "
                                         r"person:joe-biden \(Joe Biden\); give one by its id"):
        stancegraph.rename_actor(store, "joe biden", "Joseph Biden", rules=False)
    with pytest.raises(QueryError, match="no actor in the graph matches 'Bidden'; did you mean"):
        stancegraph.merge_actors(store, "Bidden", ["Xi"], rules=False)
    with pytest.raises(InputError, match="unknown actor kind 'robot'"):
        stancegraph.set_actor_kind(store, "person:joe-biden", "robot", rules=False)
    with pytest.raises(QueryError, match="has no alias 'Xi'"):
        stancegraph.split_actor(store, "person:joe-biden", ["Xi"], rules=False)


# ---------------------------------------------------------------------------------------
# the command line (embedded store)

def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_cli_curation_goes_beside_the_graph_and_load_applies_it(tmp_path):
    db = str(tmp_path / "news.lbdb")
    deltas = tmp_path / "deltas.jsonl"
    deltas.write_text("\n".join(json.dumps({"graph": g.to_dict()}) for g in (biden_article(), xi_visit_article())))
    assert _run("load", str(deltas), "--db", db).exit_code == 0
    result = _run("actors", "merge", "Joe Biden", "Xi", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"rules: {tmp_path / 'news.rules'} (1 rule)" in result.output
    listed = _run("actors", "list", "--kind", "person", "--format", "json", "--db", db)
    rows = json.loads(listed.output[listed.output.index("["):])
    assert [(r["name"], r["statements"]) for r in rows] == [("Joe Biden", 3)]
    # a fresh graph loaded from the same records, with the same rules file
    other = str(tmp_path / "other.lbdb")
    assert _run("load", str(deltas), "--db", other, "--rules", str(tmp_path / "news.rules")).exit_code == 0
    with LadybugStore(other, read_only=True) as s:
        assert [r[0] for r in stancegraph.list_actors(s, kind="person").rows] == ["person:joe-biden"]


@pytest.mark.parametrize("args, says", [
    (["actors", "merge", "Joe Biden", "Nobody"], "no actor in the graph matches 'Nobody'"),
    (["actors", "kind", "Joe Biden", "robot"], "Invalid value for 'KIND'"),
    (["actors", "merge", "Joe Biden"], "name the actor to merge into"),
    (["actors", "apply", "--rules", "missing.rules"], "missing.rules: does not exist"),
    (["ingest", "--sample", "--rules", "bad.rules"], "bad.rules:2: unknown rule 'merged'"),
])
def test_cli_curation_errors_are_one_line(tmp_path, monkeypatch, args, says):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.rules").write_text('# mine\nmerged person:a into person:b "B"\n')
    with LadybugStore(str(tmp_path / "stancegraph.lbdb")) as s:
        stancegraph.load([biden_article()], s)
    result = _run(*args)
    assert result.exit_code != 0 and "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and says in errors[0], result.output


def test_cli_suspects_table(tmp_path):
    db = str(tmp_path / "g.lbdb")
    g = biden_article()
    g.actors.append(Actor("organization:biden", "Biden", "organization"))
    g.mentions.append(Mention(0, 6, "Biden", "organization:biden"))
    with LadybugStore(db) as s:
        stancegraph.load([g], s)
    result = _run("actors", "suspects", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert ("duplicate,person:joe-biden | organization:biden,Joe Biden | Biden,"
            "'Biden' (organization) is the surname of 'Joe Biden',"
            "stancegraph actors merge person:joe-biden organization:biden") in result.output


def test_a_speaker_linked_after_ingest_counts_in_the_folded_statements(store):
    """The link pass gives a statement its speaker (SAID) after the write: the subject's kept
    statement counts, which the explorer folds into speaker -> subject edges, follow."""
    from graphs import BIDEN, TAIWAN_INDEPENDENCE
    from stancegraph.curation import link_actors
    from stancegraph.graph.model import Topic

    store.upsert(biden_article())
    text = "Biden said the talks on Taiwan independence would go on."
    art = Article(id=Article.make_id(text), text=text, title="Talks", published="2025-12-01")
    content = Span(text.index("the talks"), len(text) - 1, text[text.index("the talks"):-1])
    # NER missed him here: a speaker text and no actor
    statement = Statement(stable_id(art.id, content.start), Mention(0, 5, "Biden", None), Span(6, 10, "said"),
                          content, about=[TAIWAN_INDEPENDENCE], date="2025-12-01")
    store.upsert(ArticleGraph(article=art, actors=[], topics=[Topic(TAIWAN_INDEPENDENCE, "Taiwan independence")],
                              mentions=[], statements=[statement], relations=[]))
    assert (BIDEN, TAIWAN_INDEPENDENCE, 1, "2025-11-25") in _said_pairs(store)
    assert any("SAID by " + BIDEN in line for line in link_actors(store))
    assert (BIDEN, TAIWAN_INDEPENDENCE, 2, "2025-12-01") in _said_pairs(store)
    about_speakers = store.run("MATCH (t:Topic {id: $id}) RETURN t.about_speakers", {"id": TAIWAN_INDEPENDENCE}).rows
    assert about_speakers == [[1]]
