"""Wrong speakers of listed cues (issue 19, session 19): a row whose content is right but whose
speaker is not counts as a false row and a miss. Each test is a sentence written in the style of
a PolNeAR train shape whose speaker the extractor got wrong."""
from __future__ import annotations

from statement_helpers import one


def speaker_of(extractor, text: str, words: str):
    st = one(extractor, "Tax row\n\n" + text, words)
    return st.speaker.text if st.speaker else None


def test_a_trailing_participle_hung_inside_a_clause_is_the_main_subjects(extractor):
    # the parser hangs ", -ing" on the verb of a relative clause about a thing, a reported
    # clause or a conjunct in one; the one doing it is the subject of the main verb
    assert speaker_of(extractor, "Senator Tom Reid had a strong night that could help him in the rural counties, "
                      "sharply criticizing the governor's water plan.", "water plan") == "Tom Reid"
    assert speaker_of(extractor, "Governor Lisa Hart made it clear to the farmers on Monday that she was on their "
                      "side, touting a plan to cut fuel taxes.", "cut fuel taxes") == "Lisa Hart"
    assert speaker_of(extractor, "Councillor Amy Brandt said the bus plan was sound but was sunk by distrust - and "
                      "arguing that she and the mayor agreed on almost everything.",
                      "agreed on almost everything") == "Amy Brandt"
    # a clause of time keeps its own subject: the senator, not the shouting match, calls them so
    assert speaker_of(extractor, "The shouting match broke out an hour after Senator Dana Royce entered the hall, "
                      "calling the protesters paid agitators.", "paid agitators") == "Dana Royce"


def test_a_fronted_date_or_place_parsed_as_the_subject_does_not_speak(extractor):
    # a date and a place set before the speaker: the parser takes the place (beside the name)
    # or the date (with the name in apposition) for the subject
    assert speaker_of(extractor, "Friday at Kent State University in Akron, OH, after winning the county vote, "
                      "Rep. Dan Cole (R-OH), said, “We are ready for the fall.”", "ready for the fall") == "Dan Cole"
    assert speaker_of(extractor, "Saturday at the Ohio Republican Party's spring dinner Sen. Dan Cole (R-OH) said "
                      "the governor was a failure on jobs.", "failure on jobs") == "Dan Cole"
    assert speaker_of(extractor, "On that point, Hadley Sunday night recounted a meeting with the governor that "
                      "took place in April.", "a meeting with the governor") == "Hadley"
    # a speaker stays when the one set before it may speak too
    assert speaker_of(extractor, "Her last word: “It is not a fair deal,” she said.", "not a fair deal") == "she"
    # nor does the subject of an "as" clause set between the subject and its verb (BBC shape)
    assert speaker_of(extractor, "An openly reforming manifesto, as the prime minister is keen to make plain, will "
                      "stress the value of choice in schools.", "choice in schools") == "An openly reforming manifesto"


def test_a_quote_whose_opening_mark_the_parser_left_in_the_sentence_before_is_the_later_tags(extractor):
    # with '' marks the parser may end a sentence after the opening mark of the next quote;
    # the cue of that sentence, which has its own reported clause, does not own the quote
    text = ("The government cannot steer the economy the way it once did, Mr. Wu said. ''So it is very hard "
            "to know how many jobs you lose if you cut output by a tenth,'' he said.")
    assert speaker_of(extractor, text, "cannot steer the economy") == "Mr. Wu"
    assert speaker_of(extractor, text, "how many jobs you lose") == "he"
    # a quote with no tag of its own after a bare cue stays that cue's
    assert speaker_of(extractor, "''Do we really have to talk about the regimes the West trades with?'' he asked "
                      "me. ''This is a city that gladly gave us a home.''", "gladly gave us a home") == "he"
