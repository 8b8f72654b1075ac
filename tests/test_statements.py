"""Each statement extractor alone, on a sentence written for it: who speaks, what they
say, and how (direct, indirect, mixed). The whole pipeline is tested in test_extract.py."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article
from stancegraph.loaders.extract import phrases, statements
from stancegraph.loaders.extract.quotes import find_quotes, quote_index


@pytest.fixture
def parse(extractor, nlp):
    """Text -> (parsed Doc, its quotes), parsed as the Extractor parses it (lines are sentences)."""
    def run(text: str):
        return nlp(extractor._prepare(text)), find_quotes(text)
    return run


def seen(doc, raw) -> tuple:
    """What a reader sees of a raw statement: speaker words, content words, kind, cue words."""
    speaker = doc[raw.speaker[0]:raw.speaker[1]].text if raw.speaker else None
    cue = doc.text[raw.cue_start:raw.cue_end] if raw.cue_start is not None else None
    return speaker, doc.text[raw.content[0]:raw.content[1]], raw.kind, cue


def test_verb_cue_indirect_statement(parse):
    doc, quotes = parse("Anna Keller said that the new bridge would open in May.")
    found = [seen(doc, r) for r in statements.verb_cue_statements(doc, quotes)]
    assert found == [("Anna Keller", "the new bridge would open in May", "indirect", "said")]


def test_verb_cue_direct_statement_claims_its_quote(parse):
    doc, quotes = parse('"We will open the bridge in May," Anna Keller said.')
    (raw,) = statements.verb_cue_statements(doc, quotes)
    assert seen(doc, raw) == ("Anna Keller", "We will open the bridge in May", "direct", "said")
    assert raw.quotes == (0,)  # so the quote is not read again as a floating one
    assert list(statements.floating_quotes(doc, quotes, set(raw.quotes), [raw])) == []


def test_according_to_statement(parse):
    doc, quotes = parse("According to the city council, the bridge will cost four million dollars.")
    assert list(statements.verb_cue_statements(doc, quotes)) == []
    found = [seen(doc, r) for r in statements.according_to_statements(doc, quote_index(doc, quotes))]
    assert found == [("the city council", "the bridge will cost four million dollars", "indirect", "According to")]


def test_headline_colon_statement(parse):
    doc, quotes = parse("Keller: The bridge will open in May")
    found = [seen(doc, r) for r in phrases.headline_statements(doc, quote_index(doc, quotes))]
    assert found == [("Keller", "The bridge will open in May", "indirect", ":")]


def test_position_statement(parse):
    doc, quotes = parse("The official British position is that the bridge must be rebuilt.")
    found = [seen(doc, r) for r in phrases.position_statements(doc, quote_index(doc, quotes))]
    assert found == [("British", "the bridge must be rebuilt", "indirect", "position is")]


def test_noun_statement(parse):
    doc, quotes = parse("Keller's claim that the bridge is safe was disputed by engineers.")
    found = [seen(doc, r) for r in phrases.noun_statements(doc, quote_index(doc, quotes))]
    assert found == [("Keller", "the bridge is safe", "indirect", "claim")]


def test_continuation_quote_is_a_statement_of_the_speaker_before_it(parse):
    # the graph keeps the pieces of '"A," he said. "B"' apart, each without the speech tag
    # (BBC audit); the evaluation record joins them (test_attribution_news)
    doc, quotes = parse('"The bridge is safe," Keller said. "We checked every bolt ourselves."')
    found = list(statements.verb_cue_statements(doc, quotes))
    claimed = {q for r in found for q in r.quotes}
    floating = [seen(doc, r) for r in statements.floating_quotes(doc, quotes, claimed, found)]
    assert floating == [("Keller", "We checked every bolt ourselves.", "direct", None)]


def test_floating_quote_in_next_paragraph_is_a_statement_of_its_own(parse):
    doc, quotes = parse('"The bridge is safe," Keller said.\n\n'
                        '"We checked every bolt ourselves, twice, before the opening."')
    found = list(statements.verb_cue_statements(doc, quotes))
    claimed = {q for r in found for q in r.quotes}
    floating = [seen(doc, r) for r in statements.floating_quotes(doc, quotes, claimed, found)]
    assert floating == [("Keller", "We checked every bolt ourselves, twice, before the opening.", "direct", None)]


def test_find_statements_runs_every_extractor(parse):
    doc, quotes = parse('Keller: The bridge will open in May\n'
                        'According to the city council, the bridge will cost four million dollars.\n'
                        '"The bridge is safe," Keller said. "We checked every bolt ourselves."')
    found = {(s, c, k) for s, c, k, _ in (seen(doc, r) for r in statements.find_statements(doc, quotes))}
    assert found == {
        ("Keller", "The bridge will open in May", "indirect"),
        ("the city council", "the bridge will cost four million dollars", "indirect"),
        ("Keller", "The bridge is safe", "direct"),
        ("Keller", "We checked every bolt ourselves.", "direct"),
    }


def test_floating_quote_speaker_is_the_actor_of_the_statement_before(extractor):
    text = ('"The bridge is safe," Anna Keller said.\n\n'
            '"We checked every bolt ourselves, twice, before the opening."')
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    said = [(s.speaker.actor, s.content.text, s.kind) for s in graph.statements]
    assert said == [("person:anna-keller", "The bridge is safe", "direct"),
                    ("person:anna-keller", "We checked every bolt ourselves, twice, before the opening.", "direct")]


def test_clausal_cue_outside_the_lists(parse):
    # a verb no cue list holds, with a that-clause and a person subject, reports a view
    doc, quotes = parse("Anna Keller calculated that the new bridge would save commuters twenty minutes a day.")
    found = [seen(doc, r) for r in statements.verb_cue_statements(doc, quotes)]
    assert found == [("Anna Keller", "the new bridge would save commuters twenty minutes a day", "indirect",
                      "calculated")]


def test_clausal_cue_not_for_ensuring_or_things(parse):
    # ensuring and meaning report nothing; nor does a that-clause of a thing
    for text in ("Anna Keller ensured that the new bridge opened in May.",
                 "The new timetable means that the bridge will open in May."):
        doc, quotes = parse(text)
        assert list(statements.verb_cue_statements(doc, quotes)) == []


def test_noun_with_possessor_and_that_clause(parse):
    # a noun outside the lists with a possessor and a that-clause of its own: the possessor's view
    doc, quotes = parse("Anna Keller's fear that the bridge would close for a year was shared by many traders.")
    found = [seen(doc, r) for r in phrases.noun_statements(doc, quote_index(doc, quotes))]
    assert found == [("Anna Keller's", "the bridge would close for a year", "indirect", "fear")]
    # a relative "that" is the clause's subject: no view
    doc, quotes = parse("Anna Keller's plan that would close the bridge was dropped.")
    assert list(phrases.noun_statements(doc, quote_index(doc, quotes))) == []


def test_noun_with_a_role_possessor(parse):
    # a role noun holds a view as a name does
    doc, quotes = parse("The mayor's hope that the bridge would open in May proved wrong.")
    found = [seen(doc, r) for r in phrases.noun_statements(doc, quote_index(doc, quotes))]
    assert found == [("The mayor", "the bridge would open in May", "indirect", "hope")]


def test_viewpoint_to_a_person(parse):
    from stancegraph.loaders.extract.clausal_cues import viewpoint_statements

    # "To X, <clause>": X's view; "For X, ..." is the writer's reading, "To the surprise of ..." no one's
    doc, quotes = parse("To Anna Keller, the new bridge is a waste of money.")
    found = [seen(doc, r) for r in viewpoint_statements(doc, quote_index(doc, quotes))]
    assert found == [("Anna Keller", "the new bridge is a waste of money", "indirect", "To")]
    for text in ("For Anna Keller, the vote was a setback.", "To the surprise of many, the bridge opened in May."):
        doc, quotes = parse(text)
        assert list(viewpoint_statements(doc, quote_index(doc, quotes))) == []


def test_a_participle_after_a_reported_clause_is_part_of_what_was_said(parse):
    # PolNeAR train shape: "said it raised <sum> in <month>, bringing its total to ..."
    # -- the consequence is reported too; only after a quote does the writer resume
    doc, quotes = parse("The campaign said it raised $4 million in March, bringing its total for the year to "
                        "$11 million.")
    found = [seen(doc, r)[1] for r in statements.verb_cue_statements(doc, quotes)]
    assert found == ["it raised $4 million in March, bringing its total for the year to $11 million"]


def test_a_short_answer_is_what_was_said(parse):
    # PolNeAR train shapes: "<share> of voters said yes", "the candidate said no", "while only
    # <share> of <group> say the same of <name>" gave no content
    doc, quotes = parse("Asked if the tax was fair, 41 percent of voters said yes.")
    assert [seen(doc, r)[1] for r in statements.verb_cue_statements(doc, quotes)] == ["yes"]
    doc, quotes = parse("Asked if he would run again, the governor said no.")
    assert [seen(doc, r)[1] for r in statements.verb_cue_statements(doc, quotes)] == ["no"]
    doc, quotes = parse("Sixty percent of men trust the mayor, while 38 percent say the same of her rival.")
    assert [seen(doc, r)[1] for r in statements.verb_cue_statements(doc, quotes)] == ["the same of her rival"]


def test_noun_of_intention_with_an_infinitive(parse):
    # a person's decision with its infinitive reads as "decided to" does
    doc, quotes = parse("Governor Keller's decision to close the Harbour Bridge for a year drew protests from traders.")
    found = [seen(doc, r) for r in phrases.noun_statements(doc, quote_index(doc, quotes))]
    assert found == [("Keller", "to close the Harbour Bridge for a year", "indirect", "decision")]
    # a plan is mostly a policy the writer names, not something said
    doc, quotes = parse("Governor Keller's plan to close the Harbour Bridge for a year drew protests from traders.")
    assert list(phrases.noun_statements(doc, quote_index(doc, quotes))) == []


def test_statement_noun_with_a_by_agent(parse):
    # "a claim by X that ...": the by-phrase names who made it
    doc, quotes = parse("A claim by Senator Ruth Alvarez that the tunnel was unsafe was rejected by engineers.")
    found = [seen(doc, r) for r in phrases.noun_statements(doc, quote_index(doc, quotes))]
    assert found == [("Ruth Alvarez", "the tunnel was unsafe", "indirect", "claim")]


def test_statement_noun_with_a_from_agent(parse):
    # "an admission from X that ...": the from-phrase right after the noun names who made it
    doc, quotes = parse("An admission from Senator Ruth Alvarez that the tunnel had leaked surprised her allies.")
    found = [seen(doc, r) for r in phrases.noun_statements(doc, quote_index(doc, quotes))]
    assert found == [("Ruth Alvarez", "the tunnel had leaked", "indirect", "admission")]
