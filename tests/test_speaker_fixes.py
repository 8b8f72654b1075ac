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
