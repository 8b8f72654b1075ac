"""A stance noun owned by a pronoun, carried on by its clause's subject: "Ortiz stepped up her
attacks on Reed" is held by "Ortiz" as written, with the carrying verb in the cue (PolNeAR
train annotates the subject, not "her"). Sentences written for these tests in the manner of
news reports."""
from __future__ import annotations

import pytest

from stance_helpers import stance_edges

BEFORE = "Governor Tom Reed unveiled his budget on Friday. "


@pytest.mark.parametrize("text, cue", [
    ("Senator Jane Ortiz stepped up her attacks on Tom Reed on Monday.", "stepped up her attacks on"),
    ("Senator Jane Ortiz continued her criticism of Tom Reed on Monday.", "continued her criticism of"),
])
def test_the_subject_carrying_on_its_own_stance_is_the_holder_as_written(extractor, text, cue):
    [edge] = [e for e in stance_edges(extractor, BEFORE + text) if e.target == "person:tom-reed"]
    assert edge.source == "person:jane-ortiz"
    assert edge.holder_span.text == "Senator Jane Ortiz"
    assert edge.cue_span.text == cue


def test_a_verb_on_another_ones_stance_keeps_the_owner(extractor):
    # "dismissed her attacks": the subject answers the owner's stance, it does not hold it
    text = BEFORE + "Senator Jane Ortiz spoke on Sunday. Mayor Dan Walsh dismissed her attacks on Tom Reed."
    edges = [e for e in stance_edges(extractor, text) if e.target == "person:tom-reed" and e.cue_span.text.startswith(("attacks", "her"))]
    assert all(e.holder_span.text == "her" for e in edges)


def test_a_subject_naming_no_one_leaves_the_owner(extractor):
    # the parser takes "most" for the subject of "sharpening": the owner "her" still holds it
    text = BEFORE + "Senator Jane Ortiz spent most of the debate sharpening her attacks on Tom Reed."
    [edge] = [e for e in stance_edges(extractor, text) if e.target == "person:tom-reed"]
    assert edge.source == "person:jane-ortiz"
