"""Speakers that are documents, not actors: a report, a study, figures (:mod:`.speakers`)."""
from __future__ import annotations

#: Sources that are documents, not actors: "Separate figures showed that ...", "a study
#: found", "the report said", "Labour's manifesto says" (BBC politics). Polls as well:
#: "a Harvard poll shows" is the poll's finding (the pollster is named in it, if at all).
#: News reports too: "a BBC story claiming Downing Street ..." (BBC politics) is no actor.
#: Counts and measures a finding is read by: "By the Ledger's tally, ..." (:mod:`.poll_fronts`).
DOCUMENT_SOURCES = frozenset("""
figure figures statistic statistics data report study survey poll polls research analysis
findings finding document documents paper memo memorandum letter audit review manifesto
numbers census estimate estimates projection projections forecast forecasts evidence
investigation inquiry probe records record filing filings bill budget
story stories article articles book programme documentary
polling tally count measure reckoning
""".split())
#: the words of a poll, plurals too: a poll's name ends in a capital "Poll" the tagger reads as
#: a name ("a Times/Siena Poll"), still the poll, not the outlets named before it; an opening
#: "In the latest polls, ..." names the polls read (:mod:`.poll_fronts`)
POLL_WORDS = frozenset("poll polls survey surveys".split())


def is_document(tok) -> bool:
    """A speaker head that is a document: a common noun of DOCUMENT_SOURCES ("figures",
    "the report"), not a name ("Consumer Reports") but a poll's ("the Quinnipiac Poll"), or
    the text that reads a quote."""
    if tok.head.lower_ in ("read", "reads") and tok.dep_ in ("nsubj", "dobj", "attr"):
        return True  # '"...," it read': the text reads its words (.text_reads)
    if tok.pos_ == "PROPN":
        return tok.lower_ in POLL_WORDS
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in DOCUMENT_SOURCES or tok.lower_ in DOCUMENT_SOURCES)
