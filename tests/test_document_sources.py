"""Sources that are no verb's subject (issue 19, session 17): a poll a finding is read "in",
and cue verbs the tagger read as nouns. Sentences written for these tests, in news style."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def statements(extractor, text: str):
    return extractor.extract(Article(id=Article.make_id(text), text=text)).statements


def poll_finding(extractor, text: str):
    found = [st for st in statements(extractor, text) if st.cue_lemma == "in"]
    assert len(found) == 1, [(st.cue_lemma, st.content.text) for st in statements(extractor, text)]
    assert found[0].source_kind == "document" and found[0].speaker.actor is None
    return found[0]


@pytest.mark.parametrize("text, finding", [
    # the phrase hangs on the verb's object, not on the verb
    ("Reid had 38 percent support in a Gazette poll.", "Reid had 38 percent support"),
    ("Just 18 percent of young voters have a favourable view of Reid in a new Gazette poll.",
     "Just 18 percent of young voters have a favourable view of Reid"),
    # a comment set off by a comma after the poll is the writer's
    ("Reid was winning older voters by 20 points in the same poll, a 30-point swing.",
     "Reid was winning older voters by 20 points"),
    # nor is the scene before the subject
    ("By early May, Reid was winning older voters by 20 points in the same poll.",
     "Reid was winning older voters by 20 points"),
])
def test_a_poll_finding_read_in_a_poll_on_the_object_or_before_a_comment(extractor, text, finding):
    assert poll_finding(extractor, text).content.text == finding


@pytest.mark.parametrize("text, speaker, content", [
    ("The Lopez campaign projects that the tax would raise $40 billion a year.",
     "The Lopez campaign", "the tax would raise $40 billion a year"),
    ("The Harbour Council projects that rents will rise.", "The Harbour Council", "rents will rise"),
])
def test_a_cue_verb_the_tagger_read_as_a_noun_at_the_root_still_reports(extractor, text, speaker, content):
    found = [(st.speaker.text if st.speaker else None, st.content.text) for st in statements(extractor, text)]
    assert found == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "The plans that the council offered would fall short of the goal.",  # a noun with its clause
    "No clear path points to victory for the mayor.",  # no clause after the noun
])
def test_a_noun_with_a_clause_of_its_own_is_no_misread_verb(extractor, text):
    assert not statements(extractor, text)


@pytest.mark.parametrize("text, source", [
    ('"The harbour will stay open through the winter," the statement read.', "the statement"),
    ('"We thank every volunteer who came out in the rain," it read.', "it"),
    ('"Vote for the bridge, not the tunnel," read the leaflet.', "the leaflet"),
])
def test_a_text_that_reads_a_quote_is_its_source(extractor, text, source):
    found = statements(extractor, text)
    assert [(st.speaker.text, st.cue_lemma, st.source_kind) for st in found] == [(source, "read", "document")]
    assert found[0].content.text.startswith(text[1:12])


@pytest.mark.parametrize("text", [
    '"It was a long night," he read from his notes.',  # a person reading aloud
    "Protesters wore shirts that read \"Save the harbour.\"",  # a slogan after the verb
])
def test_a_person_reading_or_a_slogan_that_follows_read_is_no_text_source(extractor, text):
    assert not [st for st in statements(extractor, text) if st.cue_lemma == "read"]


def test_a_quote_after_a_dash_and_a_name_with_a_colon_is_that_name_s(extractor):
    text = ("RESIDENTS WARM TO THE BRIDGE PLAN - Anna Keller: \u201cTwo in three residents now back the new "
            "crossing, up from half in March. The tunnel has lost its lead.\u201d")
    found = [(st.speaker.text, st.kind, st.content.text[:20]) for st in statements(extractor, text)]
    assert ("Anna Keller", "direct", "Two in three residen") in found


def test_a_quote_signed_by_a_dash_and_a_name_on_the_next_line_is_that_name_s(extractor):
    text = ("What the candidates said on the bridge.\n\n"
            "\"We will build the bridge before the next winter, whatever it costs.\"\n\n- Anna Keller.\n\n"
            "\"Nobody in this town asked for a tunnel.\"\n\n- Tom Reid, Harbour Council.\n")
    found = [(st.speaker.text, st.kind, st.content.text[:12]) for st in statements(extractor, text)]
    assert ("Anna Keller", "direct", "We will buil") in found
    assert ("Tom Reid", "direct", "Nobody in th") in found


def test_a_dashed_list_item_after_a_quote_is_no_signature(extractor):
    text = "\"We will build the bridge,\" Keller said.\n\n- The council meets again on Monday to vote on it.\n"
    assert [st.speaker.text for st in statements(extractor, text)] == ["Keller"]


@pytest.mark.parametrize("text, speaker, content", [
    ("A firm called Harbour Ltd gave $5,000 to the campaign on June 2, campaign finance records show.",
     "campaign finance records", "A firm called Harbour Ltd gave $5,000 to the campaign on June 2"),
    ("\"Family leave\" is offered after a year, the filing states.",
     "the filing", "\"Family leave\" is offered after a year"),
])
def test_a_trailing_speech_tag_whose_verb_the_tagger_read_as_a_noun_still_reports(extractor, text, speaker, content):
    found = [(st.speaker.text if st.speaker else None, st.content.text) for st in statements(extractor, text)]
    assert (speaker, content) in found


@pytest.mark.parametrize("text", [
    "Turnout fell in Ohio, a swing state.",  # a noun after a comma, no tag
    "The council meets in the hall that once housed the TV show, which ran for years.",
])
def test_a_noun_after_a_comma_is_no_trailing_tag(extractor, text):
    assert not statements(extractor, text)


@pytest.mark.parametrize("text, finding", [
    # the parser hangs the opening phrase on a noun, not on the clause's verb
    ("In a Gazette poll released Sunday, two of three voters disapproved of the harbour deal.",
     "two of three voters disapproved of the harbour deal"),
    # a participle aside after the poll belongs to the poll, not to its finding
    ("In the new Lakeside College survey, conducted May 3-5, 44 percent of likely voters back Reid.",
     "44 percent of likely voters back Reid"),
    # a poll named with a capital is still a document, not the outlets that ran it
    ("In a Harbour Times/Lakeside University Poll out on Friday, most residents opposed the new toll.",
     "most residents opposed the new toll"),
    # several polls read together are a source too when they open the sentence
    ("In the latest polls, the mayor trails his rival by six points.", "the mayor trails his rival by six points"),
])
def test_a_poll_that_opens_the_sentence_before_a_comma_is_the_source_of_the_rest(extractor, text, finding):
    st = poll_finding(extractor, text)
    assert st.content.text == finding
    assert "poll" in st.speaker.text.lower() or "survey" in st.speaker.text.lower()


@pytest.mark.parametrize("text, source, finding", [
    # figures a finding is read "by" or "based on" open the sentence before a comma
    ("Based on recent polling, the mayor is on course for a narrow win.",
     "recent polling", "the mayor is on course for a narrow win"),
    ("Based on the latest census figures, the county has gained 9,000 residents since 2010.",
     "the latest census figures", "the county has gained 9,000 residents since 2010"),
    ("By the Ledger's tally, Reid now holds 412 delegates to Okafor's 388.",
     "the Ledger's tally", "Reid now holds 412 delegates to Okafor's 388"),
    ("By most measures, the harbour economy has recovered from the storm.",
     "most measures", "the harbour economy has recovered from the storm"),
])
def test_figures_a_finding_is_read_by_or_based_on_are_its_source(extractor, text, source, finding):
    found = [st for st in statements(extractor, text) if st.cue_lemma in ("based on", "by")]
    assert [(st.speaker.text, st.content.text, st.source_kind) for st in found] == [(source, finding, "document")]
    assert found[0].speaker.actor is None


@pytest.mark.parametrize("text", [
    "Based on her remarks at the rally, the senator is leaning toward a yes vote.",  # a person's words
    "By early May, the mayor had raised $2 million.",  # a time, no figures
    "By any measure, the harbour summit was a triumph for the mayor.",  # the writer's emphasis
])
def test_an_opening_by_or_based_on_without_figures_is_no_source(extractor, text):
    assert not [st for st in statements(extractor, text) if st.cue_lemma in ("based on", "by")]
