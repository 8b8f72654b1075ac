"""Who said what on real news (issue 19): each test is a short sentence written in the
style of the BBC politics or PolNeAR sentence that was read wrong, named after the error."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def extract(extractor, text: str):
    return extractor.extract(Article(id=Article.make_id(text), text=text)).statements


def contents(extractor, text: str) -> list[str]:
    return [st.content.text for st in extract(extractor, text)]


def one(extractor, text: str, words: str):
    found = [st for st in extract(extractor, text) if words in st.content.text]
    assert len(found) == 1, [st.content.text for st in extract(extractor, text)]
    return found[0]


# ---- titles ------------------------------------------------------------------------------

BODY = "\n\nThe prime minister spoke in London on Monday. Mr Blair said the plans were fair."


@pytest.mark.parametrize("title", ["Blair rejects Tory terror offer", "Lib Dems demand new inquiry",
                                   "Howard rebuts asylum criticisms",
                                   # session 19: a document, or a verb under another's charge
                                   "Audit report attacks harbour spending", "Mayor accused of attacking council"])
def test_a_telegraphic_title_is_no_statement(extractor, title):
    assert not [c for c in contents(extractor, title + BODY) if c in title]


@pytest.mark.parametrize("title, said", [
    ("Brown says petrol duties frozen", "petrol duties frozen"),
    ("Campbell: E-mail row 'silly fuss'", "E-mail row 'silly fuss'"),
    ("Tories insist UK needs tax cuts", "UK needs tax cuts"),
    # session 17: verbs of finding and revealing with a clause report in a title too
    ("Poll finds most voters would back harbour plan", "most voters would back harbour plan"),
    ("Council aide reveals she will stand for mayor", "she will stand for mayor"),
])
def test_a_title_that_holds_an_attribution_is_a_statement_marked_as_a_headline(extractor, title, said):
    st = one(extractor, title + BODY, said)
    assert st.content.text == said  # whole quotes: no lone "'" at either end
    assert st.origin == "headline"
    body = one(extractor, title + BODY, "the plans were fair")
    assert body.origin is None


def test_a_summary_bullet_stance_is_no_statement(extractor):
    text = ("Unions fight pension plans\nSummary\n- Unions oppose the plans for later retirement.\n\n"
            "Union leaders met on Monday. Mr Prentis said the plans were unfair.")
    assert [c for c in contents(extractor, text)] == ["the plans were unfair"]


def test_a_dateline_is_not_part_of_the_reported_clause(extractor):
    text = ("Markets\n\nNEW YORK (Reuters) - Stocks rose sharply on Friday as investors cheered the jobs "
            "report, traders said.\n\nThe figures were published on Friday.")
    st = one(extractor, text, "Stocks rose")
    assert st.content.text.startswith("Stocks rose sharply")


# ---- quote marks -------------------------------------------------------------------------

def test_run_together_paragraphs_of_a_quote_do_not_swallow_the_narration(extractor):
    # each paragraph of the quote opened with a mark; the text ran them into one line
    text = ('Ms Hewitt said: "We have already doubled maternity pay. "We are going to extend the pay '
            'to nine months." She said new mothers already had a right to leave.')
    got = contents(extractor, text)
    assert not [c for c in got if "We are going" in c and "new mothers" in c], got
    assert "new mothers already had a right to leave" in got


def test_a_quote_over_several_paragraphs_is_one_statement(extractor):
    text = ('Mr Kennedy said: "We will fight for every seat.\n\n"And we will win the argument on tax."\n\n'
            "The party meets in Brighton.")
    st = one(extractor, text, "every seat")
    assert "win the argument on tax" in st.content.text
    assert st.speaker.text == "Mr Kennedy"


def test_a_closing_mark_with_no_opening_one_opens_no_quote(extractor):
    text = ('Paris wants to sell jets to Beijing; Beijing wants to buy them from Paris." When he was '
            "in Tokyo, the minister told reporters the embargo should stay.")
    got = contents(extractor, text)
    assert not [c for c in got if "When he was" in c], got


def test_no_content_runs_on_past_400_characters_into_the_narration(extractor):
    quote = "We have made a firm commitment to families and we will keep it in the next Parliament. " * 3
    narration = "The minister was speaking at a conference in Manchester, where delegates debated pay. " * 3
    text = f'"{quote.strip()}" she said. "{narration.strip()}"'
    assert all(len(c) <= 400 for c in contents(extractor, text))


def test_a_quote_split_by_its_speech_tag_is_two_statements_without_the_tag(extractor):
    # BBC audit (session 12): '"A," she said. "B"' was stored as one span, the speech tag
    # read as part of what was said
    text = ('"We have doubled the money for schools," Ms Kelly said. "And we will double it again in '
            'the next Parliament."')
    got = [(st.speaker.text, st.content.text) for st in extract(extractor, text)]
    assert got == [("Ms Kelly", "We have doubled the money for schools"),
                   ("Ms Kelly", "And we will double it again in the next Parliament.")]


def test_a_quote_after_a_position_reads_without_the_pronoun_and_with_whole_quotes(extractor):
    text = ('The official U.S. position is that it "opposes unilateral changes to the status quo across the '
            'Taiwan Strait." Officials said little more.')
    st = one(extractor, text, "opposes unilateral changes")
    assert st.content.text.startswith("opposes unilateral changes")
    assert st.content.text.count('"') % 2 == 0
    assert st.speaker.text == "U.S."


# ---- what is a statement -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Unions oppose the plans to raise the pension age.",  # a stance: a stance edge, not speech
    "Mr Balls refused to say if Mr Brown would stay at the Treasury.",  # a refusal to speak
    "The Prime Minister prefers a later date for the vote.",
    "The Lib Dems back the new council tax plans.",
])
def test_stances_and_refusals_are_no_statements(extractor, text):
    assert contents(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The draft bill seeks to update pet welfare law, and intends to protect farm animals by creating a duty of care.",
    "The leaflet aims to end confusion about the new licensing rules.",
    "The pilot scheme, which aims to cut hospital waiting lists, starts in April.",
])
def test_the_purpose_of_a_bill_or_scheme_is_no_statement(extractor, text):
    """'The draft bill ... intends to protect ...' (s16 audit): what a bill, leaflet or scheme
    is for is the writer's account of its purpose, not a claim anyone made (a report that
    *says* something still speaks: test_a_document_is_the_source_and_no_actor)."""
    assert contents(extractor, text) == []


@pytest.mark.parametrize("text, source, words", [
    ("Separate figures showed that borrowing rose to £5bn in March.", "Separate figures", "borrowing rose"),
    ("The IFS report said taxes would have to rise after the election.", "The IFS report", "taxes would have"),
])
def test_a_document_is_the_source_and_no_actor(extractor, text, source, words):
    st = one(extractor, text, words)
    assert st.speaker.text == source
    assert st.speaker.actor is None
    assert st.source_kind == "document"


def test_a_person_speaker_is_marked_as_no_document(extractor):
    st = one(extractor, "Gordon Brown said borrowing rose in March.", "borrowing rose")
    assert st.source_kind is None and st.speaker.actor == "person:gordon-brown"


# ---- who speaks ----------------------------------------------------------------------------

def test_the_speaker_is_the_source_of_the_cue_not_the_subject_of_the_content(extractor):
    text = "Michael Howard spoke in Leeds. Mr Howard said Labour had floated the plan first."
    st = one(extractor, text, "floated the plan")
    assert st.speaker.actor == "person:michael-howard"
    assert st.content.text == "Labour had floated the plan first"


def test_a_statement_from_an_organization_is_the_organizations(extractor):
    st = one(extractor, "A statement from the White House said the talks were useful.", "talks were useful")
    assert st.speaker.text.endswith("White House")


def test_a_quote_after_a_reported_clause_belongs_to_its_own_cue(extractor):
    text = ("In response, Twitter said it investigated threats. ''Violent threats deserve no place on "
            "Twitter,'' the company said.")
    assert one(extractor, text, "it investigated threats").speaker.text == "Twitter"
    assert one(extractor, text, "Violent threats").speaker.text == "the company"


# ---- reported speech that goes on ----------------------------------------------------------

def test_a_sentence_that_goes_on_in_reported_speech_is_the_same_speakers(extractor):
    text = ("Gordon Brown spoke in Glasgow. He said the party had to change. And it had to fight poverty "
            "at home and abroad. The conference ended on Friday.")
    st = one(extractor, text, "fight poverty")
    assert st.speaker.actor == "person:gordon-brown"
    assert "conference ended" not in st.content.text


def test_a_sentence_of_narration_after_reported_speech_is_nobodys(extractor):
    text = "Gordon Brown said the party had to change. But the conference ended on Friday."
    assert contents(extractor, text) == ["the party had to change"]


def test_transcript_turns_are_statements_of_the_named_speaker(extractor):
    text = ("Hardball transcript\n\nMatthews: Well, speculation is bad.\n\n"
            "Lopez: Well, my savings are not speculation at all.")
    assert one(extractor, text, "speculation is bad").speaker.text == "Matthews"
    assert one(extractor, text, "my savings").speaker.text == "Lopez"


def test_a_clause_of_other_speakers_inside_a_report_leaves_both_statements(extractor):
    text = ("At the rally, several Clinton supporters said the ex-president had made a good case, "
            "while other voters said they had heard nothing fresh.")
    assert one(extractor, text, "made a good case").speaker.text == "several Clinton supporters"
    assert one(extractor, text, "heard nothing fresh").speaker.text == "other voters"


def test_a_said_clause_the_parser_made_the_head_of_the_cue_is_still_its_content(extractor):
    text = ("The endorsement comes two days after Trump told Politico he was not quite there "
            "yet on backing Ryan.")
    st = one(extractor, text, "not quite there")
    assert st.content.text.startswith("he was not quite there yet")
    assert st.speaker.text == "Trump"


def test_a_title_cased_title_with_says_is_a_headline_attribution(extractor):
    text = ("Hollande Says Trump Makes Him Want To Weep\n\n"
            "French President Francois Hollande spoke in Paris on Tuesday.")
    st = one(extractor, text, "Makes Him Want")
    assert st.speaker.text == "Hollande" and st.origin == "headline"



@pytest.mark.parametrize("title, speaker, said", [
    # session 19: in a title-cased title the tagger reads the speech verb as part of a name
    ("Senate Leader Praises Governor's Budget Plan.", "Senate Leader", "Governor's Budget Plan"),
    ("Mayor Blasts Council Over Harbour Delays.", "Mayor", "Council Over Harbour Delays"),
    ("Warren Calls On Senate To Pass Harbour Bill.", "Warren", "On Senate To Pass Harbour Bill"),
    ("Mayor Calls Council's Budget Idea 'Reckless.'", "Mayor", "Council's Budget Idea 'Reckless.'"),
    ("Pelosi Just Slammed The Harbour Tax Plan.", "Pelosi", "The Harbour Tax Plan"),
    ("Governor Promises Action On Harbour Repairs In First Week.", "Governor", "Action On Harbour Repairs In First Week"),
    ("Mayor Reid Just Announced Who He Wants To Run The Harbour.", "Reid", "Who He Wants To Run The Harbour"),
    ("Senator Dismisses Council's Harbour Budget As Fantasy.", "Senator", "Council's Harbour Budget As Fantasy"),
])
def test_a_title_cased_title_with_a_verb_of_judging_is_a_headline_attribution(extractor, title, speaker, said):
    st = one(extractor, title + BODY, said.split()[-1].strip(".'"))
    assert (st.content.text, st.origin) == (said, "headline")
    # the NER may take "Warren Calls" for one name: the mention then runs on (known gap)
    assert st.speaker.text.startswith(speaker)


@pytest.mark.parametrize("title, speaker, said", [
    # session 19: the sentence-cased form of the titles above, with a noun-phrase object
    ("Obama slams Congress on harbour budget", "Obama", "Congress on harbour budget"),
    ("Mayor urges calm after flood", "Mayor", "calm after flood"),
    ("Senator calls for inquiry into harbour deal", "Senator", "for inquiry into harbour deal"),
    ("Minister denies wrongdoing over harbour contracts", "Minister", "wrongdoing over harbour contracts"),
    ("Warren criticises bank bosses over bonuses", "Warren", "bank bosses over bonuses"),
])
def test_a_sentence_cased_title_with_a_verb_of_judging_is_a_headline_attribution(extractor, title, speaker, said):
    st = one(extractor, title + BODY, said.split()[-1])
    assert (st.speaker.text, st.content.text, st.origin) == (speaker, said, "headline")


def test_a_name_before_a_title_colon_ends_at_the_colon(extractor):
    # session 19: the NER ran the name over the colon into what was said
    title = "Obama: Harbour Workers Don’t Care About Politics, Just Repairs."
    st = one(extractor, title + BODY, "Care About Politics")
    assert (st.speaker.text, st.origin) == ("Obama", "headline")


def test_a_title_that_repeats_a_body_quote_keeps_both_statements(extractor):
    # session 19: the title is a statement of its own (marked), not a restatement to drop
    text = ("Warren: ‘The Harbour Tax Is A Very Bad Idea For Our Towns.’\n\n"
            "Senator Elizabeth Warren spoke in Boston on Monday. “The harbour tax is a very bad idea for our "
            "towns,” Warren said.")
    found = [st for st in extract(extractor, text) if "Bad Idea" in st.content.text or "bad idea" in st.content.text]
    assert sorted(st.origin or "" for st in found) == ["", "headline"]

# ---- cue coverage (studied on the PolNeAR train split) -------------------------------------

@pytest.mark.parametrize("text, speaker, said", [
    ("The mayor vowed to rebuild the harbour within two years.", "The mayor", "to rebuild the harbour within two years"),
    ("Anna Keller has pledged to cut bus fares if she wins the vote.", "Anna Keller",
     "to cut bus fares if she wins the vote"),
    ("The company offered to pay for the repairs to the school.", "The company", "to pay for the repairs to the school"),
])
def test_a_commitment_says_its_infinitive(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert (st.speaker.text, st.content.text) == (speaker, said)


@pytest.mark.parametrize("text, speaker, said", [
    ("As Keller noted, those voters will give the mayor a second chance if he wins the debate.", "Keller",
     "those voters will give the mayor a second chance if he wins the debate"),
    ("Raising the tax is a risky choice for any council, as Maria Lopez noted in the local paper.", "Maria Lopez",
     "Raising the tax is a risky choice for any council"),
])
def test_the_clause_an_as_x_noted_phrase_hangs_on_is_what_x_said(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert (st.speaker.text, st.content.text) == (speaker, said)


def test_as_he_said_he_would_is_no_statement_of_the_main_clause(extractor):
    text = "The mayor closed the bridge on Monday, as he said he would."
    assert not [c for c in contents(extractor, text) if "closed the bridge" in c]


def test_a_view_of_someone_as_something_is_a_statement(extractor):
    st = one(extractor, "The council leaders see the new stadium as a waste of public money.", "stadium")
    assert (st.speaker.text, st.content.text) == ("The council leaders", "the new stadium as a waste of public money")
    assert not contents(extractor, "The council leaders saw a sharp rise in rents last year.")


def test_one_word_before_a_cue_set_off_by_commas_is_enough(extractor):
    st = one(extractor, "Loyalty, he noted, has always been the first rule of the party in this town.", "Loyalty")
    assert st.content.text.endswith("the first rule of the party in this town")


@pytest.mark.parametrize("text, said", [
    ("The mayor asked residents not to park on the bridge, a request that few of them have heeded.",
     "residents not to park on the bridge"),
    ('Keller denounced the "parking levy," which is mild next to her own plans for the harbour.',
     'the "parking levy'),
    ("Mr Jones seldom speaks of his brother Fred, who was heeded by no one in the harbour town.", "his brother Fred"),
])
def test_a_writers_comment_after_the_content_is_not_said(extractor, text, said):
    st = one(extractor, text, said.split()[-1].strip('"'))
    assert st.content.text.startswith(said)
    assert "heeded" not in st.content.text and "harbour" not in st.content.text


def test_an_editors_note_is_no_ones_statement(extractor):
    text = ("The mayor opened the bridge on Monday. Ms Keller said the bridge would ease traffic.\n\n"
            "Editor's note: Mayor Jones is a reckless builder who has said the park should be paved over.")
    assert contents(extractor, text) == ["the bridge would ease traffic"]


def test_a_bare_verb_after_and_is_still_part_of_the_reported_clause(extractor):
    st = one(extractor, "Keller says she would call the minister in and tell him the plan is dead.", "minister")
    assert st.content.text == "she would call the minister in and tell him the plan is dead"


def test_a_speaker_and_saying_verb_after_a_quote_line_owns_that_quote(extractor):
    text = ("The mayor opened the bridge.\n\n\"We waited ten years for this bridge and it is finally here,\"\n"
            "Rep. Anna Keller (D-Ohio) said.\n")
    st = one(extractor, text, "finally here")
    assert (st.speaker.text, st.content.text) == ("Anna Keller", "We waited ten years for this bridge and it is finally here")


def test_the_subject_of_a_passive_report_is_what_the_agent_reported(extractor):
    st = one(extractor, "The secret meeting at the harbour was first reported by the Daily Courier.", "meeting")
    assert (st.speaker.text, st.content.text) == ("Daily Courier", "The secret meeting at the harbour")


# ---- third round (issue 19, session 11): shapes counted on PolNeAR train --------------------

def test_a_poll_a_finding_is_read_in_is_its_source(extractor):
    text = "Mr Hart leads the field by nine points in the latest Herald poll of party members."
    st = one(extractor, text, "leads the field")
    assert st.content.text == "Mr Hart leads the field by nine points"
    assert st.speaker.text.startswith("the latest Herald poll")
    assert st.source_kind == "document" and st.speaker.actor is None


@pytest.mark.parametrize("text", [
    "She said she was ahead in the poll.",  # her statement, not the poll's
    "The former governor has been stuck in single digits in the polls for months.",  # no one poll
])
def test_a_poll_inside_a_report_or_the_polls_in_general_is_no_source(extractor, text):
    assert not [st for st in extract(extractor, text) if st.cue_lemma == "in"]


def test_according_to_in_mid_sentence_sources_only_the_clause_before_it(extractor):
    text = ("The plan would raise only £1.1bn over a decade, according to the Fiscal Studies Institute, "
            "but ministers still expect it to pay for the new hospitals.")
    st = one(extractor, text, "The plan would raise")
    assert st.content.text == "The plan would raise only £1.1bn over a decade"
    assert st.speaker.text == "Fiscal Studies Institute"


def test_a_quote_that_opens_with_its_own_preposition_is_what_was_said(extractor):
    st = one(extractor, '"To a point," he said. "Then he kind of changed the subject."', "To a point")
    assert st.speaker.text == "he" and st.kind == "direct"


def test_a_quoted_show_a_speaker_told_is_not_what_was_said(extractor):
    text = '"We have to step up the strikes," the senator told "Morning Report" after the vote.'
    st = one(extractor, text, "step up the strikes")
    assert st.content.text == "We have to step up the strikes"


def test_a_quote_in_the_second_half_of_a_split_clause_keeps_the_whole_clause(extractor):
    text = "The actress explained why being described that way is actually a “backhanded compliment.”"
    st = one(extractor, text, "backhanded")
    assert st.content.text.startswith("why being described that way")
    assert st.kind == "mixed"


def test_a_long_transcript_turn_is_not_cut_at_its_first_sentence(extractor):
    turn = ("Well, I think the party has to change. It has lost three elections in a row and the voters "
            "are telling us something. We have to listen to them, and we have to stop talking to ourselves. "
            "That means new people, new ideas and a new way of doing politics in this country. I have said "
            "that for years and I will keep saying it until someone in the leadership finally listens to "
            "the members who knock on the doors every weekend.")
    text = "HOSKINS: What went wrong for the party?\n\nMARTIN: " + turn + "\n"
    st = one(extractor, text, "has to change")
    assert st.content.text == turn and len(turn) > 400


def test_what_a_speaker_called_something_comes_with_what_was_called_so(extractor):
    st = one(extractor, "Mr Kennedy called the council's decision “arbitrary.” His aides agreed.", "arbitrary")
    assert st.content.text == "the council's decision “arbitrary.”"
    assert st.speaker.text == "Mr Kennedy" and st.kind == "mixed"


@pytest.mark.parametrize("text, end", [
    ("Meanwhile, the latest waiting list figures showed the number of people waiting more than "
     "a year has fallen by 9.8%.", "fallen by 9.8%"),
    ("Mr Brown said inflation would stay below 2%, according to the Treasury.", "below 2%"),
])
def test_a_percent_sign_stays_with_its_number(extractor, text, end):
    # spaCy counts "%" as punctuation, and the span trimmers dropped it (BBC politics)
    assert any(c.endswith(end) for c in contents(extractor, text)), contents(extractor, text)


# ---- fourth round (issue 19, session 12): shapes counted on PolNeAR train ------------------

def test_a_quote_whose_opening_mark_the_parser_hung_on_the_sentence_before_still_continues(extractor):
    text = ("''At that time, the whole town applauded and thanked the council,'' Mr. Hale told a news briefing "
            "near the end of a long day of meetings in Leeds between local and national officials. ''Now they're "
            "saying that the council has a budget hole that is a drag on the region. But what did they say at "
            "the time?''")
    st = one(extractor, text, "budget hole")
    assert st.speaker.text == "Mr. Hale"


def test_a_quote_inside_another_statements_content_is_no_continuation(extractor):
    text = ('"Perhaps we\'re just hoping the mayor takes the hint and lets us be," Tripp said. "We\'re '
            'trying to show some mercy to the mayor." Ohio, he said, was "the place we can take on the mayor '
            'directly and prove that knocking on doors still wins races."')
    st = one(extractor, text, "some mercy")
    assert "Ohio" not in st.content.text


def test_a_when_clause_with_a_speech_verb_leaves_the_object_as_content(extractor):
    text = "Campaign chairman John Podesta offered a slogan right out of the 1980s when I asked him about it."
    st = one(extractor, text, "slogan")
    assert (st.speaker.text, st.content.text) == ("John Podesta", "a slogan right out of the 1980s")


@pytest.mark.parametrize("text, said", [
    ("The governor has been vouching for the candidate and his family for months.", "the candidate and his family"),
    ('"You are working it hard," the host told Becerra, alluding to the chairman\'s rumoured ambitions.',
     "the chairman's rumoured ambitions"),
    ("Mr Jones likened the new parking levy to a tax on going to work.", "the new parking levy to a tax on going to work"),
])
def test_verbs_of_speech_counted_on_train_say_their_object(extractor, text, said):
    assert one(extractor, text, said).content.text == said


@pytest.mark.parametrize("text, speaker, said", [
    ("Sanders also took aim at a provision that lets the governor cut the minimum wage for young workers.",
     "Sanders", "a provision that lets the governor cut the minimum wage for young workers"),
    ("The mayor took issue with recent criticism of her handling of the budget.", "The mayor",
     "recent criticism of her handling of the budget"),
    ("At the rally, Keller laid out her plan for the harbour and the new bridge.", "Keller",
     "her plan for the harbour and the new bridge"),
    ("Mr Hart distanced himself from the campaign against the new stadium.", "Mr Hart",
     "the campaign against the new stadium"),
    # "have" with words or a view: what was said or held of what the preposition names
    ("At the hearing, Senator Reyes had harsh words for the new tariff on steel.", "Reyes",
     "the new tariff on steel"),
    ("Governor Pike has strong views on the plan to close the rural hospitals.", "Pike",
     "the plan to close the rural hospitals"),
    ("Governor Pike has some advice for voters in the north: stay home on Tuesday.", "Pike",
     "stay home on Tuesday"),
])
def test_a_cue_of_several_words_says_what_its_preposition_or_object_names(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert (st.speaker.text, st.content.text) == (speaker, said)


@pytest.mark.parametrize("text, speaker, said", [
    ("In recent weeks rival campaigns have come to see him as a threat in the southern states.",
     "rival campaigns", "him as a threat in the southern states"),
    ("The councillor described herself as a lifelong supporter of the harbour scheme.", "The councillor",
     "herself as a lifelong supporter of the harbour scheme"),
])
def test_a_pronoun_object_with_an_as_phrase_is_what_was_said(extractor, text, speaker, said):
    # PolNeAR train: "see him as a threat" had no content (a pronoun object was never one)
    st = one(extractor, text, said)
    assert (st.speaker.text, st.content.text) == (speaker, said)


def test_a_cue_set_off_by_commas_after_the_verb_of_its_clause_says_the_sentence(extractor):
    # PolNeAR train shape: "<clause>, <speaker> say, because ..."
    text = "The new tolls are hard to justify, the mayor said, because the bridge was paid for years ago."
    st = one(extractor, text, "hard to justify")
    assert st.speaker.text == "the mayor"
    assert st.content.text == text[:-1]


def test_made_no_mention_of_is_no_statement(extractor):
    assert contents(extractor, "The governor made no mention of the strike in his speech on Monday.") == []


def test_the_turns_of_a_q_and_a_name_no_speaker(extractor):
    text = ("Q: Will you run again?\n\nA: I think the party needs new people now and I will not stand in "
            "their way.\n\nQ: Who should lead it?")
    assert not [st for st in extract(extractor, text) if st.speaker is not None and st.speaker.text in ("Q", "A")]


def test_the_evaluation_record_joins_the_pieces_of_a_long_quote_the_graph_keeps_apart(extractor):
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    first = ("It is good political strategy for the council to win back the suburbs before the autumn, and every "
             "ward we hold matters more than any poll")
    second = ("In a general election, towns can be crucial. Turnout in the market towns and on the coast decided "
              "the last two races here, and it will decide this one too, whatever the national mood is doing")
    text = (f'"{first}," said Ed Rendle, a former mayor of the town and a long-serving councillor, referring to '
            f'the list of endorsements. "{second}."\n\nThe vote is in May.')
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    pieces = [st for st in graph.statements if first[:20] in st.content.text or second[:20] in st.content.text]
    assert len(pieces) == 2 and all(len(st.content.text) <= 400 for st in pieces)  # the graph: two pieces
    rows = [r for r in extract_jsonl_record("t.txt", graph)["statements"] if first[:20] in r["content"]["text"]]
    assert len(rows) == 1 and rows[0]["content"]["text"].endswith(second + '."')  # the record: one attribution
    assert rows[0]["speaker"]["text"] == "Ed Rendle"


def test_the_evaluation_record_joins_a_quote_paragraph_to_the_speakers_quote_before_it(extractor):
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    text = ('The mayor opened the new bridge on Monday. "We waited ten years for this," Anna Keller said.\n\n'
            '"And we will keep the tolls low for every family in the town."\n\nThe bridge cost four million.')
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert len([st for st in graph.statements if st.speaker and st.speaker.text == "Anna Keller"]) == 2
    rows = extract_jsonl_record("t.txt", graph)["statements"]
    assert [r["content"]["text"] for r in rows] == [
        '"We waited ten years for this," Anna Keller said.\n\n"And we will keep the tolls low for every family in the town."']


def test_the_evaluation_record_spans_the_longer_piece_when_the_speech_tag_outweighs_the_shorter(extractor):
    # a short second quote after a long speech tag: the joined span would be a fifth tag
    # (PolNeAR spans the quote in fragments around the tag; the record takes one span)
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    text = ('"We will rebuild the harbour and the old market square before the winter storms arrive," said '
            'Anna Keller, the long-serving mayor of Riverton and a former harbour pilot. "It will take years."')
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    rows = [r for r in extract_jsonl_record("t.txt", graph)["statements"] if "harbour" in r["content"]["text"]]
    assert [r["content"]["text"] for r in rows] == [
        '"We will rebuild the harbour and the old market square before the winter storms arrive,"']


def test_the_evaluation_record_keeps_a_quote_joined_over_a_short_speech_tag(extractor):
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    text = '"We will rebuild the harbour," Anna Keller said, "and it will take years of hard work."'
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert [r["content"]["text"] for r in extract_jsonl_record("t.txt", graph)["statements"]] == [text]


def test_a_quote_with_narration_of_its_own_in_a_later_paragraph_is_not_the_previous_speakers(extractor):
    text = ('The mayor opened the new bridge on Monday. "We waited ten years for this," Anna Keller said.\n\n'
            '"They are all here because she is promising them free parking," Tom Bennett shot back with a laugh.')
    # its own tag speaks ('shot back', no listed cue: quote_tags.py), never the mayor before it
    found = [st for st in extract(extractor, text) if "free parking" in st.content.text]
    assert [st.speaker.text for st in found] == ["Tom Bennett"]


def test_a_quote_that_is_a_whole_later_paragraph_is_still_the_previous_speakers(extractor):
    text = ('The mayor opened the new bridge on Monday. "We waited ten years for this," Anna Keller said.\n\n'
            '"And we will keep the tolls low for every family in the town."')
    assert one(extractor, text, "tolls low").speaker.text == "Anna Keller"


# ---- session 13: cues and speakers ----------------------------------------------------------

@pytest.mark.parametrize("text, speaker, said", [
    ("Sen. Richard J. Durbin (D-Ill.), pointing to the crowd outside, said the senator had earned a hearing.",
     "Richard J. Durbin", "the senator had earned a hearing"),
])
def test_a_name_the_parser_left_unlinked_from_its_saying_verb_speaks(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert speaker in st.speaker.text


@pytest.mark.parametrize("text, speaker, said", [
    ('"Is the mayor running against his own council?" asked Mr. Bennett, referring to the budget vote.',
     "Bennett", "Is the mayor running against his own council?"),
])
def test_a_name_after_a_quote_and_its_saying_verb_speaks_when_parsed_as_its_object(extractor, text, speaker, said):
    # session 15: the quote before the verb is its clause, so a name after it is the speaker
    st = one(extractor, text, said)
    assert speaker in st.speaker.text


@pytest.mark.parametrize("text, speaker, said", [
    ("Asked by Laura Ingraham whether the tax on fuel would rise, Mr. Keller said the council had no plans for it.",
     "Laura Ingraham", "the tax on fuel would rise"),
    ("As reported by the Daily Ledger, the council will vote on the harbour plan next week.",
     "Daily Ledger", "the council will vote on the harbour plan next week"),
])
def test_the_agent_of_a_passive_participle_cue_speaks(extractor, text, speaker, said):
    # session 15: "asked by X", "as reported by X" have no subject; the agent is the source
    st = one(extractor, text, said)
    assert speaker in st.speaker.text


@pytest.mark.parametrize("text, said", [
    ('"The tolls will stay low for every family," Ms Keller said, as Tom Bennett noted in his column.', None),
    ("The tolls will stay low for every family, as Tom Bennett noted in his column.",
     "The tolls will stay low for every family"),
])
def test_as_x_noted_says_the_clause_it_hangs_on_unless_that_is_a_saying_of_its_own(nlp, text, said):
    # session 15: after "Ms Keller said" the "as" phrase relays her words, it says nothing new
    from stancegraph.loaders.extract.content import as_clause_content

    doc = nlp(text)
    span = as_clause_content(next(t for t in doc if t.lower_ == "noted"))
    assert (text[span[0]:span[1]] if span else None) == said


@pytest.mark.parametrize("text, speaker, said", [
    ("In October, Ms Keller proposed closing the old bridge to lorries during the winter.", "Ms Keller",
     "closing the old bridge to lorries during the winter"),
    ("The mayor has suggested raising the parking charges in the town centre.", "The mayor",
     "raising the parking charges in the town centre"),
])
def test_a_gerund_after_a_saying_verb_is_what_was_said(extractor, text, speaker, said):
    # session 15: "proposed closing the bridge" says the gerund clause, as "proposed to close"
    st = one(extractor, text, said)
    assert st.speaker.text == speaker


def test_a_gerund_after_a_verb_of_narration_is_no_statement(extractor):
    text = "Ms Keller recalled sitting in on the council meetings as a young reporter."
    assert not [c for c in contents(extractor, text) if "sitting" in c]


def test_the_subject_of_the_reported_clause_is_never_the_unlinked_speaker(extractor):
    text = ("Neil Sroka, the communications director of a group that has endorsed Sanders, said Sanders has "
            "several options.")
    st = one(extractor, text, "several options")
    assert st.speaker is None or "Sanders" not in st.speaker.text


@pytest.mark.parametrize("text, speaker, said", [
    ("Mr Hart was critical of the council's handling of the flood defences.", "Mr Hart",
     "the council's handling of the flood defences"),
    ("The mayor remains confident that the new bridge will open before the winter.", "The mayor",
     "the new bridge will open before the winter"),
    ("Party officials are worried that the turnout in the coastal towns will fall again.", "Party officials",
     "the turnout in the coastal towns will fall again"),
    ("Ms Lane is aware that many voters in the town have doubts about the scheme.", "Ms Lane",
     "many voters in the town have doubts about the scheme"),
])
def test_a_view_said_with_an_adjective_is_a_statement(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert (st.speaker.text, st.content.text) == (speaker, said)


@pytest.mark.parametrize("text", [
    "The mayor is optimistic about the economy.",  # a topic, not a view
    "It is certain that the vote will be close.",  # nobody's view
    "Mr Hart was not sure that the plan would work.",  # negated: nothing said
])
def test_an_adjective_with_a_topic_no_subject_or_a_negation_is_no_statement(extractor, text):
    assert contents(extractor, text) == []


@pytest.mark.parametrize("text, said", [
    ("The governor brushed off the criticism of her budget on Monday.", "the criticism of her budget"),
    ("The senator retweeted a message praising the new law.", "a message praising the new law"),
    ("The committee deemed the proposal a waste of public money.", "the proposal a waste of public money"),
])
def test_more_verbs_counted_on_train_say_their_object(extractor, text, said):
    assert said in one(extractor, text, said.split()[1]).content.text


@pytest.mark.parametrize("text, said", [
    ("The council, as Mr Hart put it, cannot afford another bridge this decade.",
     "cannot afford another bridge this decade"),
    ("As the mayor put it on Monday, the town has waited long enough for its new school.",
     "the town has waited long enough for its new school"),
])
def test_the_clause_an_as_x_put_it_phrase_hangs_on_is_what_x_said(extractor, text, said):
    st = one(extractor, text, said)
    assert st.cue.text == "put" and st.speaker.text in ("Mr Hart", "the mayor")


@pytest.mark.parametrize("text, said", [
    ("City officials balked at the owner's plan to build a hotel on the site.", "the owner's plan to build a hotel"),
    ("The senator savaged the governor's budget as a gift to the rich.", "the governor's budget"),
    ("Mr Hart took credit for the new bridge at the rally.", "the new bridge"),
    ("The mayor drew attention to the cost of the scheme.", "the cost of the scheme"),
])
def test_cues_counted_on_train_in_session_13_say_their_object(extractor, text, said):
    assert said in one(extractor, text, said.split()[-1]).content.text


# ---- content span edges (issue 19, session 14: theta 0.3 matches that miss at 0.5) -------

@pytest.mark.parametrize("text, said", [
    ("The mayor accused the council of hiding the true cost of the bridge.",
     "the council of hiding the true cost of the bridge"),
    ("Anna Keller criticized the harbour board for cutting the ferry budget.",
     "the harbour board for cutting the ferry budget"),
    ("The senator thanked the volunteers for their work during the floods.",
     "the volunteers for their work during the floods"),
])
def test_who_was_accused_praised_or_thanked_is_part_of_what_was_said(extractor, text, said):
    assert contents(extractor, text) == [said]


@pytest.mark.parametrize("text, said", [
    ("Keller said the contract went to Brightwater, the firm that built the old bridge.",
     "the contract went to Brightwater"),
    ("Hardy said the harbour vote was won by Labour, one of the oldest parties in the county.",
     "the harbour vote was won by Labour"),
])
def test_a_writers_appositive_after_a_name_that_ends_the_content_is_not_said(extractor, text, said):
    assert contents(extractor, text) == [said]


def test_the_evaluation_record_keeps_the_that_of_a_reported_clause(extractor):
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    text = "Anna Keller said on Monday that the new bridge would open in May. Tom Hardy said the tolls would rise."
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert [st.content.text for st in graph.statements] == ["the new bridge would open in May",
                                                           "the tolls would rise"]
    rows = extract_jsonl_record("t.txt", graph)["statements"]
    assert [r["content"]["text"] for r in rows] == ["that the new bridge would open in May", "the tolls would rise"]


@pytest.mark.parametrize("text, speaker, said", [
    ("What the chancellor said was that the budget would help families.", "the chancellor",
     "the budget would help families"),
    ("What Ms Keller told the council was that the bridge would open in May.", "Ms Keller",
     "the bridge would open in May"),
    ("What many economists said was that the cuts came too soon.", "many economists", "the cuts came too soon"),
])
def test_what_x_said_was_says_the_clause_after_the_copula(extractor, text, speaker, said):
    (st,) = extract(extractor, text)
    assert (st.speaker.text, st.content.text) == (speaker, said)


@pytest.mark.parametrize("text", ["What the visitors saw in the harbour towns was a failed ferry service.",
                                  "For the council, what the mayor says is now the rule for every harbour town."])
def test_what_x_saw_or_a_free_relative_is_no_cleft_statement(extractor, text):
    assert contents(extractor, text) == []

# ---- phrase cues in an infinitive ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The transport secretary is still too new to her post to take issue with the rail plans she inherited.",
    "Ministers are reluctant to make any comment on the leaked report before the election.",
])
def test_a_phrase_cue_in_an_infinitive_is_no_statement(extractor, text):
    # BBC shape: "too new in the post to take issue with a ruling" was read as a statement; a phrase cue
    # ("take issue with", "make a comment on") is checked like a one-word cue
    assert contents(extractor, text) == []


def test_a_phrase_cue_after_a_verb_of_aspect_still_says(extractor):
    text = "Mr Howard went on to take issue with the government's plans for identity cards."
    assert any("plans for identity cards" in c for c in contents(extractor, text))


# ---- beliefs someone is told to hold ---------------------------------------------------

@pytest.mark.parametrize("text", [
    '- The government should consider a "joined-up planning framework" for England and Wales.',
    'Ministers must recognise that the council tax system is "unfair to pensioners", the report argues.',
])
def test_a_belief_under_should_or_must_is_no_statement_of_its_subject(extractor, text):
    # BBC: "- The government should consider a 'national spatial framework'" (a review's
    # recommendation) was read as the government's statement
    for st in extract(extractor, text):
        assert st.speaker is None or st.speaker.text.lower() not in ("the government", "ministers"), st


def test_the_evaluation_record_gives_one_row_for_a_quote_whose_speech_tag_is_too_long_to_join(extractor):
    # the quotes are less than half of the joined span, so the record does not join them;
    # the two pieces are still one attribution in PolNeAR: one row, the longer piece
    # (PolNeAR train: the other piece was counted as a second, wrong attribution)
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record

    text = ('"We will rebuild the harbour before winter," said Anna Keller, the long-serving mayor of Riverton, '
            'a former harbour pilot and the chair of the regional ports authority since 2009, speaking to '
            'reporters at the town hall after the vote on Tuesday evening. "It will take years."')
    graph = extractor.extract(Article(id=Article.make_id(text), text=text))
    assert len([st for st in graph.statements if st.speaker and st.speaker.text == "Anna Keller"]) == 2
    rows = [r for r in extract_jsonl_record("t.txt", graph)["statements"]
            if r["speaker"] and r["speaker"]["text"] == "Anna Keller"]
    assert [r["content"]["text"] for r in rows] == ['"We will rebuild the harbour before winter,"']
    assert rows[0]["cue"]["text"] == "said"


@pytest.mark.parametrize("text, content", [
    ('The mayor has said repeatedly "the next council" should decide the budget.',
     '"the next council" should decide the budget'),
    ('Ms Keller said "it makes me angry" every time she drives past the closed library.',
     '"it makes me angry" every time she drives past the closed library'),
])
def test_a_quote_whose_opening_mark_hangs_on_the_cue_keeps_the_rest_of_its_clause(extractor, text, content):
    # the parser hangs the opening mark on "said", outside the reported clause; the quote
    # is still a piece of that clause (mixed), not all that was said (PolNeAR train)
    st = one(extractor, text, content[1:8])
    assert (st.kind, st.content.text) == ("mixed", content)


@pytest.mark.parametrize("text, content", [
    ('Anna Keller, the host of the radio show "Morning Harbour," said the council would cut the budget.',
     "the council would cut the budget"),
    ('The author of "Roads to Nowhere," Tom Bennett, wrote that the bypass would never be built.',
     "the bypass would never be built"),
    ('Mr. Bennett, the star of the comedy "Two Mayors," thanked the council for its support.',
     "the council for its support"),
])
def test_a_quoted_title_in_the_speakers_noun_phrase_is_not_what_was_said(extractor, text, content):
    # the name of a show, book or film inside a noun phrase: no speech (PolNeAR train)
    assert contents(extractor, text) == [content]


def test_a_comma_set_cue_whose_quote_mark_hangs_on_it_says_the_clause_around_it(extractor):
    # the parser hangs the opening mark after ", the engineers said," on "said": the cue is
    # still set off by commas inside the clause it reports (PolNeAR train)
    text = 'The bridge and the two new roads, the engineers said, "all meet the same standard" that the ministry set.'
    st = one(extractor, text, "same standard")
    assert (st.kind, st.content.text) == ("mixed", text[:-1])


# ---- session 16: BBC audit ------------------------------------------------------------

@pytest.mark.parametrize("text, start", [
    ("If the minister refuses to attend, the committee could hold the hearing without him, Lord Smith said.",
     "If the minister refuses"),
    ("Mr Jones said if the council raised the tax, voters would punish it at the polls.",
     "if the council raised"),
])
def test_a_condition_opening_the_reported_clause_stays_in_it(extractor, text, start):
    """'If <X> refused, <Y> could go ahead ..., Lord <Name> said'
    (s16 audit): the "if" of a condition inside the reported clause is what was said; only
    the reported clause's own complementizer ("said that ...") is left out."""
    st = one(extractor, text, "could" if "could" in text else "would")
    assert st.content.text.startswith(start)


@pytest.mark.parametrize("text, name", [
    ("Former BBC news presenter and Yorkshire MEP Tom Baker said he would stand in the election.", "Tom Baker"),
    ("Ex-Channel 4 game show host and West Midlands MEP Robert Hartley said he wanted to shake up "
     "British politics as he launched his party.", "Robert Hartley"),
])
def test_descriptions_joined_by_and_before_a_name_are_that_person(extractor, text, name):
    """'Ex-<channel> <show> host and <region> MEP <Name> said' (s16 audit): two descriptions
    of one person before the name, not a speaker 'chat show host' beside him."""
    st = one(extractor, text, "he w")
    assert st.speaker.text == name and st.speaker.actor is not None


# ---- session 17: speakers of participles on what someone made --------------------------------

@pytest.mark.parametrize("text, speaker, said", [
    ("The city council on Tuesday approved a resolution condemning the governor's plan to close the hospital.",
     "The city council", "the governor's plan to close the hospital"),
    ("Senator Jane Ortiz hit back in a column arguing that the fuel tax would hurt farmers.",
     "Jane Ortiz", "the fuel tax would hurt farmers"),
    ("The Keller campaign emailed a news article reporting that the mayor had missed three votes.",
     "The Keller campaign", "the mayor had missed three votes"),
    ("Senator Jane Ortiz is releasing a new radio ad that urges voters to reject the fuel tax.",
     "Jane Ortiz", "voters to reject the fuel tax"),
])
def test_a_participle_on_a_thing_someone_made_speaks_for_its_maker(extractor, text, speaker, said):
    # session 17: "approved a resolution condemning X", "in a column arguing ...": a resolution,
    # column or article carries the words of whoever made it, the subject of the verb it hangs on
    st = one(extractor, text, said)
    assert st.speaker.text.endswith(speaker)


def test_a_closing_speech_tag_hung_on_a_noun_of_the_clause_still_says_the_clause(extractor):
    # session 17: the parser makes ", the poll found" a relative clause of "Sanders"; a tag
    # after a comma that ends the sentence attributes the whole clause before it
    text = "Seventy-one percent of black voters in Georgia have a negative view of Sanders, the poll found."
    st = one(extractor, text, "negative view")
    assert (st.speaker.text, st.content.text) == ("the poll", text[:text.index(", the poll")])


@pytest.mark.parametrize("text, speaker, said", [
    ("Washington (AFP) – Democrat Jane Ortiz has taken a swipe at her rival, saying the tax plan would hurt farmers.",
     "Jane Ortiz", "the tax plan would hurt farmers"),
    ("DENVER, March 4 (UPI) — Former Attorney General Tom Bell told delegates that the plan should be dropped.",
     "Tom Bell", "the plan should be dropped"),
    ("MYRTLE BEACH, S.C. - Sen. Ted Cruz kept up his attack on the governor on Saturday, saying he had "
     "wasted the surplus.", "Ted Cruz", "he had wasted the surplus"),
])
def test_the_place_of_a_dateline_is_never_the_speaker(extractor, text, speaker, said):
    # session 17: the parser makes the dateline's place the subject of the first verb; the
    # person after the dash speaks
    st = one(extractor, text, said)
    assert st.speaker.text.endswith(speaker)


@pytest.mark.parametrize("text, said, not_said", [
    ("The council's approach to housing is more cautious: It often publishes long, detailed plans online.",
     None, "approach to housing"),
    ("Just last week, can you believe it, he urged the council to sell the docks!",
     "the council to sell the docks", "Just last week"),
])
def test_a_clause_before_a_cue_with_words_of_its_own_is_not_what_it_says(extractor, text, said, not_said):
    # session 17: the parser hangs the clause before the cue on it as a clause complement;
    # with an object or infinitive of its own after it, the cue says those, not that clause
    found = contents(extractor, text)
    assert not [c for c in found if not_said in c], found
    assert said is None or [c for c in found if c.startswith(said)], found


@pytest.mark.parametrize("text", [
    'Tom Bell, the author of "The Harbour Years," pointed out the cost of the new bridge.',
    "Ann Keller, the producer in charge of ''Morning Live,'' reminded her staff about the new rules.",
])
def test_a_quote_inside_the_speakers_own_phrase_is_not_what_was_said(extractor, text):
    # session 17: a title quoted in the subject's apposition hangs on the cue through the subject
    found = contents(extractor, text)
    assert not [c for c in found if "Harbour Years" in c or "Morning Live" in c], found


@pytest.mark.parametrize("text", [
    "If the fees are not cut, Ms. Keller warned, angry traders plan to leave the market.",
    "At times last spring, people close to the mayor said, the mere mention of the bridge could make him fume.",
])
def test_a_speech_tag_inside_the_clause_says_it_when_the_opening_phrase_hangs_on_the_cue(extractor, text):
    # session 17: the parser hangs the opening "if"-clause or phrase on the parenthetical cue;
    # the clause around the tag is still what was said, the tag included as PolNeAR spans it
    assert text[:-1] in contents(extractor, text)


@pytest.mark.parametrize("text, speaker, said", [
    ("The mayor criticized the harbour board, which he argued wastes money on consultants.",
     "he", "which he argued wastes money on consultants"),
    ("Ortiz drew support from voters angry at Governor Bell, whom many farmers believed was ignoring the valley.",
     "many farmers", "whom many farmers believed was ignoring the valley"),
])
def test_a_report_inside_a_relative_clause_is_the_inner_subjects(extractor, text, speaker, said):
    # session 17: the parser gives the cue the relative pronoun and the speaker as subjects
    st = one(extractor, text, said)
    assert (st.speaker.text, st.content.text) == (speaker, said)


def test_a_claim_says_its_infinitive(extractor):
    # session 17: "claims to be undecided" says the infinitive, as "seemed to suggest" does
    text = "Ann Keller, who claims to be undecided, will meet both candidates on Friday."
    assert one(extractor, text, "undecided").content.text == "to be undecided"
