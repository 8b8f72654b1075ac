"""The cue's subject when the parser gave it a fronted phrase for subject.

A phrase of time or place, a participle clause or a heading set before the speaker ("Tuesday
in Berea, Ohio, Gov. John Kasich said ...", "Cross-checking the votes, the researchers found
...", "His verdict: "...," he said") is parsed as the verb's subject, beside the real one or
instead of it; the date or the thing then became the speaker. PolNeAR train, session 19.
"""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.lost_subjects import may_speak

#: Marks that close a fronted phrase before the subject.
_BREAKS = frozenset((",", ":", ";", "—", "–", "-", "(", ")", "“", "”", '"'))
_WHEN = ("DATE", "TIME")
#: Day names the tagger does not always mark as dates.
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_SOURCES = ("PERSON", "ORG", "NORP")


def fronted_subject_fix(t, subjects: list, in_quote=None) -> Optional[object]:
    """The real subject of cue ``t`` when the parser's first subject is a fronted phrase; else None.

    Two subjects before the verb, the first one that names no one who may speak, the last a
    speaker after a mark that closes the first: the last. One subject, a date or time ("Sunday
    night"), with a name inside its phrase ("Bell Sunday night recounted") or set in apposition
    after it before the verb ("Saturday at the convention Sen. Ann Bell said"): the name."""
    before = [s for s in subjects if s.i < t.i and (in_quote is None or not in_quote[s.i])]
    if len(before) >= 2:
        first, last = before[0], before[-1]
        if not _may_speak(first) and may_speak(last) and \
                any(w.text in _BREAKS for w in t.doc[first.i + 1:last.left_edge.i]) and \
                not any(c.dep_ == "mark" and first.i < c.i < last.i for c in t.children):
            return last  # not "The budget, as the chancellor keeps saying, will ...": the budget
        return None
    if len(before) == 1 and (before[0].ent_type_ in _WHEN or before[0].lower_ in _DAYS) and \
            before[0].pos_ in ("NOUN", "PROPN"):
        return _name_by_date(before[0], t)
    return None


def _may_speak(tok) -> bool:
    return may_speak(tok) or tok.ent_type_ in _SOURCES


def _name_by_date(subj, t):
    """A person or group named in the date subject's phrase, nearest the verb."""
    for w in reversed(t.doc[subj.left_edge.i:t.i]):
        if w.ent_type_ in ("PERSON", "ORG") and w.pos_ == "PROPN" and w.dep_ in ("compound", "appos", "nsubj") \
                and (w.dep_ != "compound" or w.head.i == subj.i or w.head.ent_type_ == w.ent_type_):
            return w if w.dep_ != "compound" else _head_of_name(w)
    return None


def _head_of_name(w):
    """The last token of the name ``w`` is part of ("Ann" -> "Bell")."""
    while w.dep_ == "compound" and w.head.ent_type_ == w.ent_type_ and w.head.i > w.i:
        w = w.head
    return w


def quoted_subject(subj, t, in_quote=None):
    """'"A fine reporter, this one," Ann Reid, the chair of the board, said': the parser made a
    noun of the quote the subject of the verb after it and set the name outside the quote in
    apposition to it; a subject inside a quote never speaks for a verb outside it, the name
    does (PolNeAR train, session 20). Else ``subj``."""
    if in_quote is None or not in_quote[subj.i] or in_quote[t.i]:
        return subj
    return next((a for a in subj.children if a.dep_ == "appos" and subj.i < a.i < t.i and not in_quote[a.i]
                 and (a.ent_type_ == "PERSON" or may_speak(a))), subj)
