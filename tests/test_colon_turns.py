"""Colon lines in the article body (issue 19, session 19): "Name: what they said" is a turn;
a label, a roster of names or a three-word tag after a name is not."""
from __future__ import annotations

from tests.statement_helpers import extract


def _colon_rows(extractor, text: str) -> list[str]:
    return [st.content.text for st in extract(extractor, text) if st.cue is not None and st.cue.text == ":"]


def test_short_tag_after_a_name_is_no_turn(extractor):
    text = ("What each hopeful needs tonight\n\nThe field is crowded and the snow is deep.\n\n"
            "Hartley: Stay in it.\n\nMorrow: A late rally.\n\n"
            "Okafor: We will carry this state by ten points.\n")
    rows = _colon_rows(extractor, text)
    assert not any("Stay in it" in r or "late rally" in r for r in rows), rows
    assert any("carry this state" in r for r in rows), rows


def test_roster_of_names_is_no_turn(extractor):
    text = ("The campaign named its county chairs on Tuesday.\n\n"
            "Ohio: Ann Brill, Tomas Vega, Kyle Hunter, Priya Das, Mark Ellison\n\n"
            "Ohio: The state will decide the race in November, Vega said.\n")
    rows = _colon_rows(extractor, text)
    assert not any("Ann Brill" in r for r in rows), rows


def test_form_labels_are_no_speakers(extractor):
    text = ("Meet the voters\n\nWe asked five voters about the race.\n\n"
            "Name: Dana Whitfield, a nurse from the north of the city\n\n"
            "Question: Who do you trust more on the economy this year?\n")
    assert _colon_rows(extractor, text) == []
