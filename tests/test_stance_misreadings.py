"""Stance edges the rules misread in a BBC hand reading (issue 18, session 16): a wrong holder,
a stance someone else alleges, a harm felt, a scheduling clash, an arrangement judged, a topic
named by "only". Each sentence is written for the test in the manner of the news."""
from __future__ import annotations

import pytest

from stance_helpers import triples

BROWN, BLAIR, HOWARD = "person:gordon-brown", "person:tony-blair", "person:michael-howard"
MILBURN, FALCONER = "person:alan-milburn", "person:falconer"


def test_a_verb_sharing_the_perfect_of_said_has_the_subject_of_said(extractor):
    got = triples(extractor, "Alan Milburn has repeatedly said Gordon Brown was key to the campaign "
                             "and dismissed claims of a rift.")
    assert not any(h == BROWN for _, h, _ in got)
    assert any(h == MILBURN and t.startswith("topic:claim") for _, h, t in got)
