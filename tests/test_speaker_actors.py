"""The actor a speaker mention is linked to in the graph: shapes from hand audits of the BBC
politics graph (session 20), each in sentences written for the test."""
from __future__ import annotations

from stancegraph.graph.model import Article


def _graph(extractor, text: str):
    return extractor.extract(Article(id=Article.make_id(text), text=text))


def _said(graph, cue: str):
    found = [st for st in graph.statements if st.cue is not None and st.cue.text == cue]
    assert len(found) == 1, [(st.cue and st.cue.text, st.content.text) for st in graph.statements]
    return found[0]


def test_a_plural_demonym_is_no_person_and_takes_no_he(extractor):
    # the small model tags a plural demonym PERSON; as the subject of a quoted relative
    # clause it became the person a later "he" continued
    g = _graph(extractor, 'In a new year message, the Tory leader praised party members. He then '
                          'turned to the virtues that "most Britons treasure". Turning to the coming '
                          'poll, he promised to "put those virtues at the heart of government".')
    assert not [a for a in g.actors if a.name == "Britons" and a.kind == "person"]
    assert _said(g, "promised").speaker.actor != "person:britons"


def test_a_piece_of_a_hyphenated_word_is_never_the_speaker(extractor):
    # the tokenizer splits "co-chairman", "e-mail", "re-election" and the parser makes each
    # piece a subject of its own: the first piece was taken as the speaker
    g = _graph(extractor, "The Labour Party would welcome any bid by the former minister to return, "
                          "its co-chairman has said.")
    assert _said(g, "said").speaker.text in ("co-chairman", "its co-chairman")
    g = _graph(extractor, "Mr Hale's e-mail, which was meant for a colleague, suggested they should "
                          "ask the firm to apologise.")
    assert _said(g, "suggested").speaker.text in ("e-mail", "Mr Hale's e-mail")
    g = _graph(extractor, 'Mr Hart also shrugged off talk that his re-election in Bolton was under '
                          'threat saying the seat was "rock solid".')
    assert all(st.speaker.text != "re" for st in g.statements)


def test_a_role_with_a_hyphen_before_a_name_still_names_the_person(extractor):
    for text in ("The show's co-host, Jane Smith, said it would return.",
                 "Co-host Jane Smith said the show would return."):
        assert _said(_graph(extractor, text), "said").speaker.actor == "person:jane-smith"


def test_a_description_ending_in_a_hyphenated_word_is_no_group(extractor):
    g = _graph(extractor, "The Democratic nominee-in-waiting said she would visit Ohio next week.")
    st = _said(g, "said")
    assert st.speaker.text == "The Democratic nominee-in-waiting"
    assert st.speaker.actor is None  # a person the article does not name, no group "nominee-in-waiting"


def test_the_head_noun_of_a_body_named_before_is_that_body(extractor):
    # "the commission" after "the Low Pay Commission": the body named so, as a reader links it
    g = _graph(extractor, "Ministers accepted the advice of the Low Pay Commission on Tuesday. The commission "
                          "said most small firms had coped with the last rise in the wage floor.")
    assert _said(g, "said").speaker.actor == "organization:low-pay-commission"
    g = _graph(extractor, "The Countryside Alliance lost its last court challenge on Wednesday. The "
                          "alliance said dozens of hunts would still ride out at the weekend.")
    assert _said(g, "said").speaker.actor == "organization:countryside-alliance"


def test_two_bodies_with_that_head_noun_leave_it_unlinked(extractor):
    g = _graph(extractor, "The Electoral Commission and the European Commission both wrote to the "
                          "minister. The commission said the rules were unclear.")
    assert _said(g, "said").speaker.actor is None


def test_a_role_said_of_the_person_the_sentence_before_is_about_is_that_person(extractor):
    # news prose names someone, then goes on with a description of them
    g = _graph(extractor, 'Boris Johnson refused to back down on Friday. "I will not say sorry for '
                          'doing my job," the magazine editor told reporters.')
    assert _said(g, "told").speaker.actor == "person:boris-johnson"


def test_a_role_is_not_the_person_its_own_sentence_names_nor_one_brought_in_with_of(extractor):
    g = _graph(extractor, "Gordon Brown set out his plans for a third term. The premier insisted "
                          "Mr Brown would play a central part in the campaign.")
    assert _said(g, "insisted").speaker.actor != "person:gordon-brown"
    g = _graph(extractor, "Michael Howard unveiled the party's plans for the police. The chairman of "
                          "the officers' federation said independence was vital.")
    assert _said(g, "said").speaker.actor != "person:michael-howard"


def test_a_role_of_the_other_gender_is_not_the_person_before(extractor):
    g = _graph(extractor, "Prince Charles opened the new hospital wing on Monday. The Queen said the "
                          "staff had worked wonders.")
    assert _said(g, "said").speaker.actor != "person:prince-charles"
