"""A speaker noun with a possessive before it keeps the possessive in its mention ("the
mayor's office", "her campaign"): the words as written, as PolNeAR marks the source; the actor
is still found from the noun alone (session 21). Sentences written for the tests."""
from __future__ import annotations

from statement_helpers import one


def test_a_named_possessive_stays_in_the_speaker_mention(extractor):
    text = "Senator Ruth Vance's campaign said on Monday that it would open three new offices in Ohio."
    st = one(extractor, text, "three new offices")
    assert st.speaker.text == "Senator Ruth Vance's campaign"


def test_a_pronoun_possessive_stays_in_the_speaker_mention(extractor):
    text = "Ruth Vance toured a clinic on Monday. Her advisers argued that the visit would help her in the suburbs."
    st = one(extractor, text, "the visit would help")
    assert st.speaker.text == "Her advisers"
