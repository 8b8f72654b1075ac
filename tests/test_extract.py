"""Extraction: statements, speakers, reporting chains and "about" on the seed article and on
sentences written for these tests (each named after the failure it guards against)."""
from __future__ import annotations

from importlib import resources

import pytest

from stancegraph.graph import model
from stancegraph.graph.model import Article, ArticleGraph
from stancegraph.loaders.extract.pipeline import Extractor, extract_jsonl_record

TAIWAN = "country:taiwan"
XINHUA = "organization:xinhua-news-agency"
WSJ = "organization:the-wall-street-journal"


def article(text: str) -> Article:
    return Article(id=Article.make_id(text), text=text)


@pytest.fixture(scope="session")
def seed(extractor) -> ArticleGraph:
    path = resources.files("stancegraph.loaders.read") / "sample" / "trump-xi-call-2025-11-24.txt"
    text = path.read_text(encoding="utf-8")
    return extractor.extract(Article(id=Article.make_id(text), text=text, path=str(path)))


def statements_about(graph: ArticleGraph, actor: str):
    return [s for s in graph.statements if actor in s.about]


def norm(text: str) -> str:
    return " ".join(text.strip(" .,\"“”").split())


# --- the seed article: who said what about Taiwan -------------------------------------

EXPECTED_TAIWAN = [
    # speaker, words of the content, reported_by
    ("person:xi-jinping", "Taiwan's return to China is an important part of the postwar international order", XINHUA),
    ("person:donald-trump", "The United States understands the importance of the Taiwan issue to China", XINHUA),
    ("person:evan-medeiros", "President Xi is trying to draw the United States closer to China's thinking about Taiwan's future", WSJ),
    ("person:joe-biden", "I do not support Taiwan independence", None),
    ("organization:global-times", "the Taiwan issue was mentioned in January and June calls between the two leaders", None),
    ("country:united-states", "opposes unilateral changes to the status quo across the Taiwan Strait", None),
]


@pytest.mark.parametrize("speaker, words, reported_by", EXPECTED_TAIWAN)
def test_seed_taiwan_statement_found_once_with_its_source(seed, speaker, words, reported_by):
    hits = [s for s in statements_about(seed, TAIWAN) if words in s.content.text]
    assert len(hits) == 1, [s.content.text for s in hits]
    st = hits[0]
    assert st.speaker is not None and st.speaker.actor == speaker
    assert st.reported_by == reported_by


def test_seed_taiwan_speakers_are_exactly_these(seed):
    speakers = {s.speaker.actor for s in statements_about(seed, TAIWAN) if s.speaker}
    assert speakers == {sp for sp, _, _ in EXPECTED_TAIWAN}


def test_seed_xi_restated_quote_is_kept_once(seed):
    # the article quotes Xi's "postwar international order" twice (second time as
    # "post-World War II"): one statement, not two
    xi = [s for s in statements_about(seed, TAIWAN) if s.speaker and s.speaker.actor == "person:xi-jinping"]
    assert len(xi) == 1


@pytest.mark.parametrize("words", [
    "I just had a very good call with President Xi",
    "Now we can focus on the big picture",
    "relations with China are very strong",
    "we discussed a variety of topics such as the Ukraine-Russia war",
    "it has repeatedly been proven by practice",
    "this is the first export of feed grains to China since mid-March",
])
def test_seed_statements_not_about_taiwan(seed, words):
    hits = [s for s in seed.statements if words in s.content.text]
    assert hits, words
    assert all(TAIWAN not in s.about for s in hits)


def test_seed_scene_setting_clause_is_not_what_a_report_is_about(seed):
    # "Chinese state media reported that when Xi focused on the Taiwan issue during the call,
    # President Trump brought up Ukraine ..." is about Ukraine, not Taiwan
    st = next(s for s in seed.statements if "brought up Ukraine" in s.content.text)
    assert TAIWAN not in st.about
    assert "country:ukraine" in st.about
    assert st.speaker.actor == "group:chinese-state-media"


@pytest.mark.parametrize("cue_text, words", [
    ("added", "Now we can focus on the big picture"),
    ("wrote", "President Xi invited me to visit Beijing"),
    ("wrote", "relations with China are very strong"),
    ("said", "we discussed a variety of topics"),
])
def test_seed_he_is_trump(seed, cue_text, words):
    # the body's statement (session 19: a title that repeats it is a headline statement too)
    st = next(s for s in seed.statements if words in s.content.text and s.origin is None)
    assert st.speaker.text == "He"
    assert st.cue.text == cue_text
    assert st.speaker.actor == "person:donald-trump"


def test_seed_no_hypothetical_or_wished_statements(seed):
    # "reluctant to explicitly say whether ...", "China wants the United States to ... state
    # that the U.S. is 'against Taiwan independence'" report nothing anyone said
    assert not [s for s in seed.statements if "would militarily intervene" in s.content.text]
    assert not [s for s in seed.statements if "against Taiwan independence" in s.content.text]


def test_seed_offsets_index_the_article_text(seed):
    text = seed.article.text
    for st in seed.statements:
        for span in (st.content, st.cue, st.speaker, st.sentence):
            if span is not None:
                assert text[span.start:span.end] == span.text
        assert st.id == model.stable_id(seed.article.id, st.content.start, st.content.end)
        assert st.kind in model.STATEMENT_KINDS
    for m in seed.mentions:
        assert text[m.start:m.end] == m.text
    ids = {a.id for a in seed.actors}
    assert all(m.actor in ids for m in seed.mentions if m.actor)
    assert all(st.speaker.actor in ids for st in seed.statements if st.speaker and st.speaker.actor)


def test_seed_actors(seed):
    actors = {a.id: a for a in seed.actors}
    assert {"Xi", "Xi Jinping"} <= set(actors["person:xi-jinping"].aliases)
    assert {"WSJ", "Wall Street Journal"} <= set(actors[WSJ].aliases)
    assert actors[WSJ].name == "The Wall Street Journal"
    assert {"U.S.", "United States"} <= set(actors["country:united-states"].aliases)
    assert "professor" in actors["person:evan-medeiros"].roles
    assert "president" in actors["person:donald-trump"].roles
    # NER slips: "Xinhua" tagged PERSON, "Busan" PERSON, "U.S.-China" PERSON
    assert not any(a.kind == "person" and a.name in ("Xinhua", "Busan", "U.S.-China") for a in seed.actors)
    assert actors["place:busan"].kind == "place"
    assert "Xinhua" in actors[XINHUA].aliases
    assert all(a.kind in model.ACTOR_KINDS for a in seed.actors)


def test_seed_page_footer_is_not_actors(seed):
    footer = seed.article.text.index("![")
    assert not [m for m in seed.mentions if m.start >= footer]


def test_seed_affiliation_from_apposition(seed):
    rels = [(r.type, r.source, r.target) for r in seed.relations]
    assert ("AFFILIATED_WITH", "person:evan-medeiros", "organization:georgetown-university") in rels


# --- statement shapes, on sentences written for these tests ---------------------------

SHAPES = [
    # text, (speaker text, cue text, content, kind)
    ('"We will not retreat," Governor Anna Keller said.',
     ("Anna Keller", "said", "We will not retreat", "direct")),
    ("“We will win,” said Maria Lopez, “and we will win big.”",
     ("Maria Lopez", "said", "We will win,” said Maria Lopez, “and we will win big.", "direct")),
    ('Anna Keller said: "This is a disgrace. We will fight it."',
     ("Anna Keller", "said", "This is a disgrace. We will fight it.", "direct")),
    ("Mayor Tom Baker told The Boston Globe that the budget was balanced.",
     ("Tom Baker", "told", "the budget was balanced", "indirect")),
    ("Senator Jane Holloway wrote on social media that the vote was rigged.",
     ("Jane Holloway", "wrote", "the vote was rigged", "indirect")),
    ("According to the Boston Globe, the mayor will resign.",
     ("Boston Globe", "According to", "the mayor will resign", "indirect")),
    ('Maria Lopez called the plan "a disaster for working families."',
     ("Maria Lopez", "called", "a disaster for working families.", "direct")),
    ('Maria Lopez said the plan was "a disaster for working families."',
     ("Maria Lopez", "said", 'the plan was "a disaster for working families."', "mixed")),
    ("The German government rejects the proposal.",
     ("German government", "rejects", "the proposal", "indirect")),
]


@pytest.mark.parametrize("text, expected", SHAPES)
def test_statement_shapes(extractor, text, expected):
    speaker, cue, content, kind = expected
    graph = extractor.extract(article(text))
    assert len(graph.statements) == 1, [s.content.text for s in graph.statements]
    st = graph.statements[0]
    if speaker is not None:
        assert st.speaker.text == speaker
    assert st.cue.text == cue
    assert st.content.text == content
    assert st.kind == kind


@pytest.mark.parametrize("text, speaker, reported_by", [
    # reporting chain apart from the speaker
    ("Xinhua reported that President Xi said the talks were productive.",
     "person:xi-jinping", XINHUA),
    ("Professor Evan Medeiros told the WSJ that the talks would fail.", "person:evan-medeiros", WSJ),
    ("Reuters reported that the shipment had left port.", "organization:reuters", None),
])
def test_reporting_chain(extractor, text, speaker, reported_by):
    graph = extractor.extract(article(text))
    assert [(s.speaker.actor, s.reported_by) for s in graph.statements] == [(speaker, reported_by)]


def test_follow_on_quote_is_the_same_speakers_and_one_attribution_in_the_record(extractor):
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    text = ('"We will not retreat," Governor Anna Keller said on Monday. '
            '"The bill passes this year, or we all go home."')
    graph = extractor.extract(article(text))
    # the graph: two pieces, neither with the speech tag between them in what was said
    assert [(s.speaker.actor, s.content.text) for s in graph.statements] == [
        ("person:anna-keller", "We will not retreat"),
        ("person:anna-keller", "The bill passes this year, or we all go home.")]
    # the evaluation record: one attribution, as PolNeAR annotates it (in two pieces); the
    # tag outweighs the shorter piece, so its one span is the longer piece
    [row] = extract_jsonl_record("t.txt", graph)["statements"]
    assert row["content"]["text"] == '"The bill passes this year, or we all go home."'


def test_floating_quote_in_next_paragraph_goes_to_previous_speaker(extractor):
    text = ('"We will not retreat," Governor Anna Keller said on Monday.\n\n'
            '"The bill passes this year, or we all go home."')
    graph = extractor.extract(article(text))
    assert [s.content.text for s in graph.statements] == [
        "We will not retreat", "The bill passes this year, or we all go home."]
    assert {s.speaker.actor for s in graph.statements} == {"person:anna-keller"}
    assert graph.statements[1].cue is None


def test_headline_colon_statement(extractor):
    graph = extractor.extract(article("Evan Medeiros: Beijing wants Washington closer on Taiwan\n\nThe call was long."))
    [st] = graph.statements
    assert (st.speaker.text, st.cue.text) == ("Evan Medeiros", ":")
    assert st.content.text == "Beijing wants Washington closer on Taiwan"
    assert "country:taiwan" in st.about


@pytest.mark.parametrize("text, actor", [
    ("Governor Anna Keller met the press on Monday. The governor said the budget was balanced.",
     "person:anna-keller"),
    ("The New York Times published the memo on Monday. The newspaper said the memo was genuine.",
     "organization:the-new-york-times"),
    ("Anna Keller spoke after Tom Baker left. She said the budget was balanced.", "person:anna-keller"),
])
def test_descriptions_and_pronouns_resolve(extractor, text, actor):
    graph = extractor.extract(article(text))
    st = next(s for s in graph.statements if "budget" in s.content.text or "memo was" in s.content.text)
    assert st.speaker.actor == actor


def test_negated_speech_is_no_statement(extractor):
    graph = extractor.extract(article("Anna Keller did not say whether the budget was balanced."))
    assert graph.statements == []


def test_extract_many_streams_in_order(extractor):
    texts = ["Anna Keller said the budget was balanced.", "No one spoke today.",
             "Tom Baker told reporters that he would run again."]
    graphs = list(extractor.extract_many((article(t) for t in texts), batch_size=2))
    assert [g.article.text for g in graphs] == texts
    assert [len(g.statements) for g in graphs] == [1, 0, 1]
    assert graphs[0].to_dict() == extractor.extract(article(texts[0])).to_dict()


def test_graph_round_trips_through_json(seed):
    assert ArticleGraph.from_dict(seed.to_dict()).to_dict() == seed.to_dict()


def test_jsonl_record_shape(seed):
    rec = extract_jsonl_record("sample.txt", seed)
    assert rec["path"] == "sample.txt"
    assert rec["article"]["id"] == seed.article.id
    st = rec["statements"][0]
    assert {"speaker", "cue", "content", "kind", "reported_by", "about"} <= set(st)  # fields may be added
    assert set(st["speaker"]) == {"start", "end", "text", "actor"}
    assert set(st["content"]) == {"start", "end", "text"}
    assert len(rec["actors"]) == len(seed.actors)


# --- shapes the PolNeAR train split showed were missed (sentences written for these tests) -

MORE_SHAPES = [
    # ''...'' is the double quote of some newspaper archives
    ("''We will not retreat,'' Governor Anna Keller said.",
     ("Anna Keller", "said", "We will not retreat", "direct")),
    # an opening curly mark typed where the closing one belongs
    ("“We will not retreat,“ said Anna Keller.", ("Anna Keller", "said", "We will not retreat", "direct")),
    # a cue set off by commas inside the clause it reports
    ("The new budget, Anna Keller said, is a disgrace.",
     ("Anna Keller", "said", "The new budget, Anna Keller said, is a disgrace", "indirect")),
    # the full stop inside the quote makes "X said." a sentence of its own
    ('"Find the missing emails." Anna Keller said.', ("Anna Keller", "said", "Find the missing emails.", "direct")),
    # cue verbs with a noun-phrase or prepositional content
    ("Senator Jane Holloway discussed the housing shortage.",
     ("Jane Holloway", "discussed", "the housing shortage", "indirect")),
    ("Tom Baker talked about immigration.", ("Tom Baker", "talked", "immigration", "indirect")),
    ("Tom Baker pointed to the new polls.", ("Tom Baker", "pointed", "the new polls", "indirect")),
    ("Maria Lopez accused the mayor of hiding the report.",
     ("Maria Lopez", "accused", "the mayor of hiding the report", "indirect")),
    # the rest of the cue's phrase belongs to a noun-phrase content
    ("The poll shows Maria Lopez ten points ahead in Boston.",
     ("The poll", "shows", "Maria Lopez ten points ahead in Boston", "indirect")),
    # requests: the addressee and the requested act
    ("Anna Keller asked the council to delay the vote.",
     ("Anna Keller", "asked", "the council to delay the vote", "indirect")),
    ("Tom Baker called on the governor to resign.", ("Tom Baker", "called", "the governor to resign", "indirect")),
    # statements made with "make"
    ("Tom Baker made it clear that he would veto the bill.",
     ("Tom Baker", "made", "he would veto the bill", "indirect")),
    ("Maria Lopez made the case for higher taxes.", ("Maria Lopez", "made", "higher taxes", "indirect")),
    # a group's intention
    ("Republicans want a tax cut.", ("Republicans", "want", "a tax cut", "indirect")),
    # a person's intention, continued insistence
    ("Maria Lopez wants to raise the minimum wage.", ("Maria Lopez", "wants", "to raise the minimum wage", "indirect")),
    ("Maria Lopez continued to insist that the vote was rigged.",
     ("Maria Lopez", "insist", "the vote was rigged", "indirect")),
    # participles whose subject another verb carries
    ("Anna Keller left the hall after saying the budget was balanced.",
     ("Anna Keller", "saying", "the budget was balanced", "indirect")),
    ("The Boston Globe published a letter saying the mayor would resign.",
     ("Boston Globe", "saying", "the mayor would resign", "indirect")),
    # a verbless tail after the quote is part of the content; where and when are not
    ('Maria Lopez says "the tide is turning our way" despite her loss in the primary.',
     ("Maria Lopez", "says", '"the tide is turning our way" despite her loss in the primary', "mixed")),
    ('Maria Lopez said "we will win" in a statement on Monday.', ("Maria Lopez", "said", "we will win", "direct")),
    # statements carried by a noun, its possessor the speaker
    ("Trump's claim that the election was rigged drew criticism.",
     ("Trump", "claim", "the election was rigged", "indirect")),
    ("Baker's call for a special prosecutor was rejected.", ("Baker", "call", "a special prosecutor", "indirect")),
    # a quoted title in a prepositional phrase is not what was said
    ('In an interview about his book, "Tough Choices," Tom Baker said that the budget was balanced.',
     ("Tom Baker", "said", "the budget was balanced", "indirect")),
]


@pytest.mark.parametrize("text, expected", MORE_SHAPES)
def test_more_statement_shapes(extractor, text, expected):
    test_statement_shapes(extractor, text, expected)


@pytest.mark.parametrize("text", [
    "Tom Baker talked with reporters.",  # "talk" reports only with "about"/"of"
    "Editor's note: This story was updated on Monday.",  # page furniture, not a speaker
    "Canada wants the tariffs to end.",  # a country's wish is the writer's reading
    "The economy appears to be slowing.",  # "appear" reports only with a person subject
    # stances and refusals are no statements: nothing said (issue 19; stance edges instead)
    "Senator Jane Holloway backs the new climate bill.",
    "Canada opposes the tariff plan.",
    "The teachers' union endorses Maria Lopez for mayor.",
    "Tom Baker refused to endorse Maria Lopez.",
])
def test_no_statement(extractor, text):
    assert extractor.extract(article(text)).statements == []


def test_long_narration_between_quotes_is_not_joined(extractor):
    text = ('"We will win," Maria Lopez said, as a crowd of supporters gathered outside the city hall '
            'on a cold and rainy morning. "And we will win big."')
    graph = extractor.extract(article(text))
    assert [s.content.text for s in graph.statements] == ["We will win", "And we will win big."]
    assert {s.speaker.actor for s in graph.statements} == {"person:maria-lopez"}


def test_coordinated_cue_is_its_own_statement(extractor):
    graph = extractor.extract(article("Tom Baker said the budget was balanced and predicted that taxes would fall."))
    assert [(s.cue.text, s.content.text) for s in graph.statements] == [
        ("said", "the budget was balanced"), ("predicted", "taxes would fall")]


def test_report_deep_in_a_relative_clause_is_no_reporting_chain(extractor):
    # the mayor's "said" sits in a relative clause of Lopez's object: her statement stays
    graph = extractor.extract(article("Maria Lopez criticized the plan, which the mayor said was a disaster."))
    st = next(s for s in graph.statements if s.cue.text == "criticized")
    assert st.speaker.actor == "person:maria-lopez"
    assert st.content.text.startswith("the plan")


@pytest.mark.parametrize("text, outer", [
    ("Xinhua reported that President Xi said the talks were productive.",
     (XINHUA, "President Xi said the talks were productive")),
    ('"The talks were productive," President Xi said, according to Xinhua.',
     (XINHUA, '"The talks were productive," President Xi said')),
    ("Professor Evan Medeiros told the WSJ that the talks would fail.", None),  # a recipient
    ('"The talks will fail," Professor Evan Medeiros told the WSJ.', None),
])
def test_jsonl_record_adds_the_outer_report(extractor, text, outer):
    # PolNeAR annotates "X reported that Y said Z" as one attribution by X; the graph keeps
    # Y's statement with reported_by X, the evaluation record has both
    graph = extractor.extract(article(text))
    rows = extract_jsonl_record("t.txt", graph)["statements"]
    assert len(graph.statements) == 1
    extra = rows[len(graph.statements):]
    if outer is None:
        assert extra == []
    else:
        [row] = extra
        assert (row["speaker"]["actor"], row["content"]["text"]) == outer
        assert row["cue"] is None and row["reported_by"] is None


def test_poll_share_is_the_speaker(extractor):
    # "About 4 in 10 say ...": the parser hangs the share on the verb as a number modifier
    graph = extractor.extract(article("About 4 in 10 say they would like a mayor who cuts taxes."))
    [st] = graph.statements
    assert st.cue.text == "say" and "10" in st.speaker.text
    assert st.content.text == "they would like a mayor who cuts taxes"


def test_statement_is_never_about_an_actor_the_article_does_not_name(nlp):
    """Seen on a politics story: 'Berlin Wall' made a quote ABOUT Germany, which no mention
    defined, and the store refused the whole article."""
    from stancegraph.graph.store.rows import check_consistent

    text = ('Mark Ellis said: "Everyone said the system could never change, but no one thought '
            'the Berlin Wall would ever come down either."')
    graph = Extractor(nlp).extract(Article(id=Article.make_id(text), text=text))
    check_consistent(graph)  # raises on a dangling reference
    assert graph.statements
