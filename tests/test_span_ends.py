"""Where a content span starts and ends (issue 19, session 17): each test is a sentence
written in the style of the PolNeAR train sentence whose span was read wrong."""
from __future__ import annotations

import pytest

from statement_helpers import one


def _parsed(words, heads, deps, pos, lemmas):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("text, content", [
    ('Senator Maria Lopez called the new tariff plan "a disaster for farmers."',
     'the new tariff plan "a disaster for farmers."'),
    ('The chancellor called the rise in emergency borrowing "entirely lawful."',
     'the rise in emergency borrowing "entirely lawful."'),
])
def test_what_was_called_a_quoted_name_is_said_with_it(extractor, text, content):
    """'called X "Y"': the parser hangs the quoted name on the object (an apposition, an
    adjective); what was called so is still part of what was said (PolNeAR train)."""
    st = one(extractor, text, content.split()[-1].strip('".'))
    assert st.content.text == content.rstrip(".") or st.content.text == content


@pytest.mark.parametrize("text, start", [
    ('Dr Singh argued the new hospital wing, which opened in May, "has already cut waiting lists" across the region.',
     "the new hospital wing"),
    ('Mr Grant insisted the old ferry service, which the council scrapped last year, "was never losing money" at all.',
     "the old ferry service"),
])
def test_a_subject_the_parser_made_the_cues_object_opens_the_content(extractor, text, start):
    """'argued the new hospital wing, which ..., "has already cut ..."': the parser makes the
    reported clause's subject the cue's object and leaves the clause without one; the
    content starts at that subject (PolNeAR train: the quote alone was taken)."""
    st = one(extractor, text, '"'.join(text.split('"')[1:2]).split()[-1])
    assert st.content.text.startswith(start) and st.kind == "mixed"


def test_an_object_subject_opens_a_reported_clause_without_a_subject():
    """The same slip without a quote ('noted the town with the most cyclists had the fewest
    crashes' parsed as noted -> town (dobj), noted -> had (ccomp, no subject)): the reported
    clause starts at the object. A parse built by hand, as the parser gives it only in context."""
    from stancegraph.loaders.extract.span_ends import object_subject_start
    words = "Analysts noted the town with the most cyclists had the fewest crashes .".split()
    doc = _parsed(words, [1, 1, 3, 1, 3, 7, 7, 4, 1, 11, 11, 8, 1],
                  ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "ccomp", "det", "amod", "dobj",
                   "punct"],
                  ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                  ["analyst", "note", "the", "town", "with", "the", "most", "cyclist", "have", "the", "few", "crash",
                   "."])
    assert object_subject_start(doc[1], doc[8]) == doc[2].idx
    # "told reporters the vote ...": the only object is whom it was told to
    words2 = "Harris told reporters the vote changes nothing .".split()
    doc2 = _parsed(words2, [1, 1, 1, 4, 5, 1, 5, 1],
                   ["nsubj", "ROOT", "dobj", "det", "nsubj", "ccomp", "dobj", "punct"],
                   ["PROPN", "VERB", "NOUN", "DET", "NOUN", "VERB", "PRON", "PUNCT"],
                   ["Harris", "tell", "reporter", "the", "vote", "change", "nothing", "."])
    assert object_subject_start(doc2[1], doc2[5]) is None


@pytest.mark.parametrize("text, content", [
    ("The union urged the council to scrap its parking charges, replace its fleet, open its libraries and cut its fees.",
     "the council to scrap its parking charges, replace its fleet, open its libraries and cut its fees"),
    ("The chairman said he expects to keep every member on board, so the club will stay in the league next season.",
     "he expects to keep every member on board, so the club will stay in the league next season"),
    ("Public health officials said money is urgently needed to build new clinics, train more nurses and buy vaccines.",
     "money is urgently needed to build new clinics, train more nurses and buy vaccines"),
])
def test_a_content_the_parser_split_over_the_cues_children_is_one_span(extractor, text, content):
    """The bare verbs of a list after an infinitive, or a second clause after a comma, hung
    on the cue instead of on the content: one span (PolNeAR train: the first piece alone)."""
    st = one(extractor, text, content.split()[1])
    assert st.content.text == content


def test_a_quote_after_a_colon_is_said_without_the_narration_before_it(extractor):
    """'At the rally, Ms Okafor set out her first priority: "...," she said': the parser
    hangs the narration before the colon on the quote's clause; the tag after the quote says
    the quote alone (PolNeAR train)."""
    text = 'At the rally, Ms Okafor set out her first priority: "Fix the buses and then fix the trains," she said.'
    st = one(extractor, text, "Fix the buses")
    assert st.content.text == "Fix the buses and then fix the trains"


@pytest.mark.parametrize("text, content", [
    ("Two Labour councillors expressed unease with the plan.", "the plan"),
    ("The mayor voiced support for a ban on lorries in the old town.", "a ban on lorries in the old town"),
])
def test_a_feeling_shown_towards_something_says_that_thing(extractor, text, content):
    """'expressed unease with X', 'voiced support for X': the verb and its feeling are the
    cue, X is the content (PolNeAR train: the whole object was too long at the start)."""
    st = one(extractor, text, content)
    assert st.content.text == content



def test_a_content_cut_after_its_and_runs_on_over_what_follows():
    """'spoke about the harbour and how many boats use it', parsed with "and" on "harbour"
    and the rest hung elsewhere: the content does not stop at "and" (PolNeAR train); a
    saying verb after it is a statement of its own ("visited the site once but said ...")."""
    from stancegraph.loaders.extract.span_ends import dangling_end
    words = "She spoke about the harbour and how many boats use it .".split()
    doc = _parsed(words, [1, 1, 1, 4, 2, 4, 7, 8, 9, 1, 9, 1],
                  ["nsubj", "ROOT", "prep", "det", "pobj", "cc", "advmod", "amod", "nsubj", "ccomp", "dobj", "punct"],
                  ["PRON", "VERB", "ADP", "DET", "NOUN", "CCONJ", "ADV", "ADJ", "NOUN", "VERB", "PRON", "PUNCT"],
                  ["she", "speak", "about", "the", "harbour", "and", "how", "many", "boat", "use", "it", "."])
    start, end = doc[3].idx, doc[5].idx + 3
    assert doc.text[start:dangling_end(doc, start, end)] == "the harbour and how many boats use it"
    words = "He visited the site once but said nothing .".split()
    doc = _parsed(words, [1, 1, 3, 1, 1, 1, 1, 6, 1],
                  ["nsubj", "ROOT", "det", "dobj", "advmod", "cc", "conj", "dobj", "punct"],
                  ["PRON", "VERB", "DET", "NOUN", "ADV", "CCONJ", "VERB", "PRON", "PUNCT"],
                  ["he", "visit", "the", "site", "once", "but", "say", "nothing", "."])
    start, end = doc[1].idx, doc[5].idx + 3
    assert doc.text[start:dangling_end(doc, start, end)].strip() == "visited the site once"


@pytest.mark.parametrize("text, content", [
    ("Senator Mark Ellison distanced himself from the governor because the outgoing "
     "administration was deeply unpopular.", "the governor"),
    ("The mayor defended the new parking levy while critics gathered outside the town hall.",
     "the new parking levy"),
    ("The minister praised the hospital staff as the storm moved across the coast.", "the hospital staff"),
])
def test_a_clause_of_its_own_after_an_object_content_is_not_said(extractor, text, content):
    """'defended the levy while critics gathered outside': a subordinate clause with its own
    subject after an object content tells why or when, in the writer's words (PolNeAR train)."""
    st = one(extractor, text, content)
    assert st.content.text == content


def test_a_that_clause_after_an_object_stays_with_the_content(extractor):
    """'assured the envoy that ...': a "that" clause the parser hung on the cue is what was
    said, not a circumstance."""
    st = one(extractor, "The foreign minister assured his counterpart that the border would stay open.",
             "border")
    assert st.content.text.endswith("the border would stay open")


@pytest.mark.parametrize("text, content", [
    ('A spokesman calls the new budget a "blueprint" for how the party would run the economy.',
     'the new budget a "blueprint" for how the party would run the economy'),
    ('The state newspaper calls the town "the jewel" of the new trade corridor.',
     'the town "the jewel" of the new trade corridor'),
])
def test_a_quoted_name_runs_on_over_its_own_phrase(extractor, text, content):
    """'calls the budget a "blueprint" for how ...': the phrase of the name after the quote is
    part of what it was called (PolNeAR train: the span ended at the closing mark)."""
    st = one(extractor, text, content.split()[1])
    assert st.content.text == content
