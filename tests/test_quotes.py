"""Quote pairing in raw text (issue 19): which marks open and close which quote, on
sentences written in the style of the news copy that was paired wrong."""
from __future__ import annotations

from stancegraph.loaders.extract.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotes(text)]


def test_a_nickname_with_a_space_before_its_closing_mark_leaves_later_quotes_paired():
    text = ('The champion - Danny "the Rocket " Hale - skipped lessons. "We played all day," Mr Hale said, '
            '"and school went out of the window."')
    assert quoted(text) == ['"the Rocket "', '"We played all day,"', '"and school went out of the window."']


def test_a_space_after_an_opening_mark_still_opens():
    assert quoted('She called the plan " a disgrace" and left. "We will go," she said.') == [
        '" a disgrace"', '"We will go,"']


def test_curly_and_straight_marks_pair_with_each_other():
    assert quoted('“We will win," he said. "They will lose,” she said.') == ['“We will win,"', '"They will lose,”']


def test_apostrophes_and_single_quotes_are_no_marks():
    text = "The minister's plan, called 'Fair Deal', was 'dead', he said. \"It won't pass,\" he said."
    assert quoted(text) == ['"It won\'t pass,"']


def test_a_quote_left_open_at_a_paragraph_end_runs_on_in_the_next_paragraph():
    text = '"We will rebuild the harbour.\n\n"It will take years," she said.'
    assert quoted(text) == [text[:text.index("she") - 1]]


def test_an_unclosed_quote_ends_at_its_last_sentence_before_the_next_quote_opens():
    # the quote's closing mark is missing; the narration after it is not quoted and the
    # next quote pairs with its own closing mark
    text = ('Mr Keller said: "Our plan is the only honest one. In a speech later, Mr Keller said: '
            '"The council is entitled to its view," and left.')
    assert quoted(text) == ['"Our plan is the only honest one.', '"The council is entitled to its view,"']


def test_an_unclosed_scare_quote_does_not_swallow_the_next_quote():
    text = ('She said the scheme had been "bold and new, but take-up had not been "enough to keep it going". '
            'She added: "We tried."')
    assert quoted(text)[-2:] == ['"enough to keep it going"', '"We tried."']
