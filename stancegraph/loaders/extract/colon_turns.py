"""Colon lines of the article body that are no one's turn (session 19, PolNeAR train): a
roster after a place ("Ohio: Ann Brill, Tomas Vega, ...") and a tag of a few words after a
name ("Hartley: Stay in it.", the writer's line on each candidate). Titles are left to
:mod:`.headings`; a turn of four words or more ("Matthews: Well, speculation is bad.") stays."""
from __future__ import annotations

#: The fewest words of a body line's turn.
MIN_BODY_WORDS = 4


def no_turn(doc, text: str, colon, start: int, end: int) -> bool:
    """True when the words after ``colon`` (characters ``start``..``end``) are a roster
    of names, or fewer than :data:`MIN_BODY_WORDS` words on a line after the first."""
    if _roster(doc, start, end):
        return True
    first_line = "\n" not in text[:colon.idx].strip()
    return not first_line and len(text[start:end].split()) < MIN_BODY_WORDS


def _roster(doc, start: int, end: int) -> bool:
    """Three commas or more between names only: a list of people, not a statement."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    commas = sum(1 for t in span if t.text == ",")
    names = sum(1 for t in words if t.pos_ == "PROPN" or t.is_title)
    return commas >= 3 and bool(words) and names >= 0.8 * len(words)
