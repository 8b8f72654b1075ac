"""Words of a stance target's phrase that are the holder's verdict, not the target's name
(issue 18, BBC hand reading): a quoted modifier ('scrap the "grossly unfair" tax', 'attacked
Labour\'s "unfair" taxes') and what the target is called ('condemned the debate as a
"charade"'). :func:`stances._phrase` leaves them out of the topic's name; and items of a
list the parser hung on the target (:func:`listed_under_prep`)."""
from __future__ import annotations

from stancegraph.loaders.extract.stance_blocks import CHARGE_VERBS

_QUOTES = frozenset('"“”\'‘’`')


def verdict_words(head) -> set[int]:
    """Indices of the words in ``head``'s phrase to leave out of its name."""
    cut: set[int] = set()
    doc = head.doc
    # "accused the government of U-turns": the "of" phrase is the charge, not the accused
    charged = head.dep_ == "dobj" and head.head.lemma_.lower() in CHARGE_VERBS
    for c in head.children:
        if c.dep_ == "prep" and c.i > head.i and (c.lower_ == "as" or charged and c.lower_ == "of"):
            cut.update(t.i for t in c.subtree)
        elif c.i < head.i and c.dep_ in ("amod", "advmod") and c.pos_ in ("ADJ", "ADV", "VERB"):
            left, right = c.left_edge.i - 1, c.right_edge.i + 1
            if left >= 0 and right < head.i and doc[left].text in _QUOTES and doc[right].text in _QUOTES:
                cut.update(range(left, right + 1))
    return cut


def listed_under_prep(head, conj) -> bool:
    """'praise Labour's record on schools, hospitals and law and order': the parser hangs
    the list's later items on "record"; an item after a comma past the head's prepositional
    phrase belongs to that phrase's list, not to the targets."""
    doc = head.doc
    if conj.i < 1 or doc[conj.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "prep" and head.i < c.i < conj.i and any(p.dep_ == "pobj" for p in c.children)
               for c in head.children)
