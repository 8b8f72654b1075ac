"""Speakers that are roles or pronouns whose graph actor was wrong (issue 19, session 19, BBC
politics hand audit). Each test is a news-style sentence written for the test."""
from __future__ import annotations

from statement_helpers import extract


def actor_of(extractor, text: str, words: str):
    found = [st for st in extract(extractor, "Ministers under fire\n\n" + text) if words in st.content.text]
    assert len(found) == 1, [st.content.text for st in extract(extractor, text)]
    return found[0].speaker.actor if found[0].speaker else None


def test_he_after_a_spokesman_is_the_spokesman_not_a_man_named_before(extractor):
    # a spokesman the article does not name: his "he" is no one, not the man named before
    text = ("Campaigner Peter Dalton accused the Home Office of ignoring the figures. "
            "The spokesman said the figures were out of date. "
            "He added that a new survey would be published in the spring.")
    assert actor_of(extractor, text, "new survey") is None
    # the prime minister's spokesman speaks for an office: his "he" speaks for it too
    text = ("Lord Harwood said the cabinet had lost its voice. "
            "The cabinet still sits every week, the prime minister's official spokesman insisted. "
            "But he added that not every decision could be taken there.")
    assert actor_of(extractor, text, "every decision") == actor_of(extractor, text, "sits every week")
    assert actor_of(extractor, text, "every decision") != "person:harwood"



def test_the_spokesman_goes_back_to_a_spokesman_before_not_one_named_after(extractor):
    # "the spokesman" takes up the spokesman the article brought in before it, not a man
    # the article names as another body's spokesman only further on
    text = ("A Treasury spokesman told reporters the plan was sound. "
            "\"We will keep the scheme under close review,\" said the spokesman. "
            "But Mark Ellis, spokesman for the Refugee Council, said the plan was cruel.")
    first = actor_of(extractor, text, "plan was sound")
    assert first is not None
    assert actor_of(extractor, text, "close review") == first
    # a spokesman named before still is the one "the spokesman" takes up
    text = ("Mark Ellis, spokesman for the Refugee Council, said the plan was cruel. "
            "\"Children will be sent back to danger,\" the spokesman said.")
    assert actor_of(extractor, text, "sent back") == "person:mark-ellis"


def test_both_before_a_role_does_not_hide_its_holder(nlp):
    # a speaker span cut at the role of a pair ("Both the prime minister and Chancellor <Name>
    # have called ...", BBC shape): "both" does not make another office
    from stancegraph.graph.model import Actor
    from stancegraph.loaders.extract.resolve import Candidate
    from stancegraph.loaders.extract.speakers import SpeakerResolver

    blair = "person:tony-blair"
    text = ("Prime Minister Tony Blair flew to Ghana. "
            "Both the prime minister and Foreign Secretary Jack Straw want the debt written off.")
    doc = nlp(text)
    at = text.index("Tony Blair")
    cand = Candidate(at, at + 10, "Tony Blair", "person", [], "Tony Blair", blair)
    span = doc.char_span(at, at + 10)
    resolver = SpeakerResolver(doc, [cand], {t.i: cand for t in span},
                               {blair: Actor(blair, "Tony Blair", "person", ["Tony Blair"], [])})
    both = text.index("Both")
    toks = doc.char_span(both, both + len("Both the prime minister"))
    assert resolver.resolve(toks.root, toks) == blair


def test_he_after_the_spokesman_taken_up_is_that_spokesman(extractor):
    # "the spokesman" who takes up one brought in before is a subject the next "he" goes on
    # with, however many quoted sentences stand between them and the first
    text = ("Campaigner Peter Dalton called the plan cruel. A Treasury spokesman told reporters the plan "
            "was sound. \"We are building a fair scheme for families,\" said the spokesman. \"We have looked "
            "at many ways of doing this. We think it can be done safely.\" The spokesman stressed that the "
            "rules would be kept. Only families with a safe home would be moved, he said.")
    assert actor_of(extractor, text, "safe home") == actor_of(extractor, text, "plan was sound")
