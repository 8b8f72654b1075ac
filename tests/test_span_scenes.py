"""Where an object content ends when the writer tells where or how it was said (issue 19,
session 20): each test is a sentence written in the style of a PolNeAR train sentence."""
from __future__ import annotations

import pytest

from statement_helpers import one


@pytest.mark.parametrize("text, content", [
    ("Senator Ruth Alder praised the new harbour plan at a rally in Dover.", "the new harbour plan"),
    ("Governor Tom Reyes defended the fuel tax cut in an interview with the Gazette.", "the fuel tax cut"),
    ("Mayor Ann Bell criticised Governor Tom Reyes on Facebook.", "Governor Tom Reyes"),
    ("Senator Jo Marsh defended the budget on a radio show.", "the budget"),
    ("Ms Keller thanked the volunteers in a speech to the council.", "the volunteers"),
])
def test_the_occasion_or_channel_after_an_object_content_is_not_said(extractor, text, content):
    """"praised the plan at a rally", "defended the cut in an interview", "attacked X on
    Twitter": a phrase hung on the cue verb whose noun names an occasion of speaking or a
    channel tells where it was said, not what (PolNeAR train ends the object before it)."""
    st = one(extractor, text, content.split(" ")[-1])
    assert st.content.text == content


def test_a_place_that_is_no_occasion_stays_with_the_object(extractor):
    """"praised the staff in the new clinic": a phrase whose noun names no occasion of
    speaking may be part of what was praised, and stays (as before)."""
    st = one(extractor, "Mr Hale praised the staff in the new clinic.", "staff")
    assert st.content.text == "the staff in the new clinic"


@pytest.mark.parametrize("text, content", [
    ("The government pledged to expand its navy, ending decades of caution.", "to expand its navy"),
    ("Ms Keller sought to win over older voters, contrasting her record with that of her rival.",
     "to win over older voters"),
    ("Mr Hale proposed to scrap the bus lane, siding with the shop owners on the high street.",
     "to scrap the bus lane"),
])
def test_a_participle_after_an_infinitive_content_is_the_writers_comment(extractor, text, content):
    """"pledged to expand its navy, ending decades of caution": a participle after a comma
    that follows an infinitive content tells what the act amounts to, in the writer's words
    (PolNeAR train ends the content before it)."""
    st = one(extractor, text, content.split(" ")[1])
    assert st.content.text == content


def test_a_list_after_an_infinitive_content_is_still_said(extractor):
    """", including the fuel levy" names part of what was promised: it stays."""
    st = one(extractor, "The mayor vowed to cut three taxes, including the fuel levy.", "taxes")
    assert st.content.text == "to cut three taxes, including the fuel levy"
