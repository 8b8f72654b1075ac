"""Who said what, from the session 15 BBC audit (issue 19): each test is a sentence written
in the shape of a statement the audit read wrong (bench/results/statement-sample-bbc-s15.txt),
named after the error."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def said(extractor, text: str) -> list[tuple]:
    """(speaker words, speaker actor's name, cue words, content) of each statement."""
    graph = extractor.extract(Article(id=Article.make_id(text), text=text, published="2005-02-01"))
    names = {a.id: a.name for a in graph.actors}
    return [(st.speaker.text if st.speaker else None, names.get(st.speaker.actor) if st.speaker else None,
             st.cue.text if st.cue else None, st.content.text) for st in graph.statements]


@pytest.mark.parametrize("text", [
    "The Law Society said it agreed in principle with the plans.",
    "The union said it welcomed the move.",
])
def test_a_cue_inside_another_cues_reported_clause_never_says_that_cues_tag(extractor, text):
    # BBC: "The Association of ... said it agreed in principle with ..." gave "agreed" the
    # content "The Association of ... said": a trailing cue reports the clause before it
    # only when set off from it ("The plan is fair, he said"), not the clause it sits in
    tag = text.split(" said")[0] + " said"
    assert not [s for s in said(extractor, text) if s[3] == tag]
    assert [s for s in said(extractor, text) if s[2] == "said"]


def test_a_trailing_cue_set_off_by_a_comma_still_says_the_clause_before(extractor):
    text = "The plans would cut crime in every city, Mr Clarke said."
    assert [s[3] for s in said(extractor, text)] == ["The plans would cut crime in every city"]


def test_a_name_inside_the_quote_a_cue_introduces_never_speaks(extractor):
    # BBC: 'Mr X served on the council before being elected in 1987, declaring "today
    # <constituency>, tomorrow <city>"' gave the constituency as the speaker: the parser
    # made the quoted name the subject of "declaring"
    text = ('Mr Dobson spent six years on Camden council before being elected to Parliament in 1983, '
            'declaring "today Holborn South, tomorrow Westminster".')
    [(words, actor, cue, content)] = said(extractor, text)
    assert cue == "declaring" and content == "today Holborn South, tomorrow Westminster"
    assert words != "today Holborn South" and actor == "Dobson"


def test_a_trailing_cue_whose_comma_the_parser_gave_to_it_still_says_the_clause_before(extractor):
    # BBC shape: "<clause>, he said, and was <participle> ..." -- the parser hangs the comma
    # before "he" on the cue
    text = "The deficit had narrowed for eight straight quarters, he said, and was forecast to narrow again in 2006."
    assert [s[3] for s in said(extractor, text) if s[2] == "said"] == [
        "The deficit had narrowed for eight straight quarters"]


@pytest.mark.parametrize("spokesman, person", [
    ("A spokesman for Home Secretary Charles Clarke", "Charles Clarke"),
    ("And a spokeswoman for EU Trade Commissioner Peter Mandelson", "Peter Mandelson"),
])
def test_a_spokesperson_for_a_named_person_speaks_for_that_person(extractor, spokesman, person):
    # BBC: "a spokesman for <EU commissioner Franco Frattini> said ..." got no actor, where "a spokesman for the Home Office" speaks for the office
    text = f"Asylum plans attacked\n\n{spokesman} said the plans would breach European law."
    assert [s[1] for s in said(extractor, text) if s[3].startswith("the plans")] == [person]


@pytest.mark.parametrize("text, content", [
    ("Mr Kennedy pointed to the Institute for Public Policy Research's forecast that the Treasury would need to "
     "borrow more.", "the Institute for Public Policy Research's forecast that the Treasury would need to borrow more"),
    ("Mr Kennedy pointed to warnings from economists that taxes would rise.",
     "warnings from economists that taxes would rise"),
])
def test_a_noun_with_its_own_source_stays_in_what_was_said(extractor, text, content):
    # BBC: "Mr Howard pointed to the IFS' predictions that [...]": the parser hangs the noun's clause on the verb, and the think tank's
    # forecast read as Mr Howard's own claim
    assert [s[3] for s in said(extractor, text) if s[0] == "Mr Kennedy"] == [content]


@pytest.mark.parametrize("text", [
    "Mr Begg said the officer told him the file had been lost in a fire and suggested he had taken it himself.",
    'Mr Begg said the "police officer" told him the file had been lost in a fire and suggested he had taken it.',
])
def test_a_saying_verb_coordinated_inside_a_nested_report_stays_in_the_outer_content(extractor, text):
    # BBC: 'Mr X said the "<agent>" told him ... and suggested he had been ...': the span stopped at "and suggested", a verb of
    # the agent's (still reported), cut as if it were Mr Mubanga's own next statement
    outer = [s[3] for s in said(extractor, text) if s[0] == "Mr Begg"]
    assert outer == [text.rstrip(".").split(" said ", 1)[1]]


def test_a_saying_verb_coordinated_with_the_reported_clause_is_still_cut(extractor):
    # PolNeAR train: "said she did not want to think about it and predicted that ..." -- the
    # second saying verb is the speaker's next statement
    text = "Ms Keller said she did not want to think about the vote and predicted that the bill would pass."
    assert "the bill would pass" not in [s[3] for s in said(extractor, text) if s[2] == "said"][0]


def test_the_speakers_own_next_saying_verb_is_still_cut(extractor):
    # BBC shape: "<Name> said he would not <verb> ... and promised to ...": "respond" has the speaker's own "he"; "promised" is his next statement
    text = "Mr Blair said he would never respond to gossip in memoirs and promised to defend his record."
    assert [s[3] for s in said(extractor, text) if s[2] == "said"] == ["he would never respond to gossip in memoirs"]


@pytest.mark.parametrize("text, content", [
    ("According to a new biography, The Iron Lady by Guardian writer John Campbell, Mrs Thatcher twice offered to "
     "resign in 1990.", "Mrs Thatcher twice offered to resign in 1990"),
    ("According to a new book, Blair's Wars by Observer journalist John Kampfner, Mr Blair offered to step aside "
     "in 2003.", "Mr Blair offered to step aside in 2003"),
    ("According to the survey, the third this year, most voters want lower taxes.", "most voters want lower taxes"),
])
def test_a_source_in_apposition_after_according_to_is_not_what_it_says(extractor, text, content):
    # BBC: "According to a new book, <title> by <journalist>, Mr Blair went back on ..." read
    # the book's title and author as the start of what the book says
    assert [s[3] for s in said(extractor, text) if s[2] == "According to"] == [content]


def test_a_time_after_according_to_is_still_part_of_what_it_says(extractor):
    text = "According to the police, in 2004, crime fell by a tenth in the city."
    assert [s[3] for s in said(extractor, text) if s[2] == "According to"] == [
        "in 2004, crime fell by a tenth in the city"]


@pytest.mark.parametrize("text, content", [
    ("According to the emails, Cheryl Mills, a senior aide, sent the firm a message in March.",
     "Cheryl Mills, a senior aide, sent the firm a message in March"),
    ("According to the police, the man, who was 45, died in hospital.", "the man, who was 45, died in hospital"),
])
def test_a_subject_with_an_aside_after_according_to_stays_in_what_it_says(extractor, text, content):
    assert [s[3] for s in said(extractor, text) if s[2] == "According to"] == [content]
