"""Title, summary and dateline lines: where a news text is not running prose.

A headline is telegraphic ("Blair rejects Tory terror offer", "Lib Dems demand new
inquiry"): read as prose, its verb made a statement of a stance or an action. A statement is
read from such a line only when the line holds a clear attribution ("Blair says ...", "Obama
slams Congress on budget", "Campbell: E-mail row 'silly fuss'", 'Trump "Now we can focus
..."'), and is then marked ``origin="headline"`` (see
:func:`~stancegraph.loaders.extract.statements.find_statements`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Optional

from stancegraph.loaders.extract.documents import is_document
from stancegraph.loaders.extract.raw import RawStatement

#: "- ", "• ", "◇": a list item; before the first paragraph of prose, a summary bullet.
_BULLET = re.compile(r"\s*(?:[-•*◇◆▪■►]|\d+[.)])\s*")
#: "WASHINGTON (Reuters) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "LONDON - ": a dateline
#: opening the first paragraph (PolNeAR train: it was read as part of a reported clause).
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,[^—–\n]{1,30}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-|―)\s+")


class Headings:
    """The heading and summary lines of a text, as character ranges."""

    def __init__(self, text: str):
        self.ranges: list[tuple[int, int]] = []
        self.datelines: list[tuple[int, int]] = []
        lines = _lines(text)
        body_started = False
        for k, (start, end) in enumerate(lines):
            line = text[start:end].strip()
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            words = len(line.split())
            if not body_started and k > 0 and _BULLET.match(text, start):
                self.ranges.append((start, end))  # a summary bullet
                continue
            heading = nxt is not None and words <= 20 and (
                not _ends_sentence(line)
                or (k == 0 and (words <= 15 and _blank_after(text, end) or line.endswith("?"))
                    and not _opens_quote(line)))
            if heading:
                self.ranges.append((start, end))
                continue
            if not body_started:
                m = _DATELINE.match(text, start)
                if m is not None and m.end() < end:
                    self.datelines.append((start, m.end()))
            body_started = True

    def line_of(self, pos: int) -> Optional[tuple[int, int]]:
        """The heading or summary line holding character ``pos``, or None in the body."""
        for s, e in self.ranges:
            if s <= pos < e:
                return s, e
        return None

    def after_dateline(self, pos: int) -> int:
        """``pos`` moved past a dateline it falls in ("WASHINGTON (AP) — ...")."""
        for s, e in self.datelines:
            if s <= pos < e:
                return e
        return pos


def in_headings(doc, raws: list[RawStatement], headings: Headings) -> Iterator[RawStatement]:
    """The statements a title line may hold, marked ``origin="headline"``; body statements
    with a dateline cut off their content. "Blair rejects Tory terror offer", "Lib Dems
    demand new inquiry" (BBC titles) are no statements; "Campbell: E-mail row 'silly
    fuss'" and "Blair says ..." are."""
    titled = {r.cue_token for r in raws if r.origin == "headline" and r.cue_token is not None}
    for r in raws:
        if r.cue_token in titled and r.origin != "headline":
            continue  # the title-cased form read it (.phrases.title_case_says)
        line = headings.line_of(r.cue_start if r.cue_start is not None else r.content[0]) or \
            headings.line_of(r.content[0])
        if line is None:
            start = headings.after_dateline(r.content[0])
            yield r if start == r.content[0] else replace(r, content=(start, r.content[1]))
        elif _attributes(doc, r, line):
            yield replace(r, origin="headline", content=(r.content[0], min(r.content[1], line[1])))


def _attributes(doc, r: RawStatement, line: tuple[int, int]) -> bool:
    """A clear attribution in a title: "X: what they said", 'X "quote"', or a speech verb
    with a clause or a quote ("Blair says Iraq war was legal"); a noun-phrase object only after a
    verb of judging or calling ("Obama slams Congress on budget")."""
    if not (line[0] <= r.content[0] < line[1]) or r.speaker is None:
        return False
    if r.cue_lemma in (":", HEADLINE_QUOTE) or r.origin == "headline":
        return True  # the headline forms (.phrases)
    if r.cue_lemma in _TITLE_JUDGING or r.cue_lemma in _TITLE_VIEWS:
        return _names_speaker(doc, r.speaker) and r.cue_token is not None and doc[r.cue_token].tag_ in _FINITE
    if r.cue_lemma in _TITLE_EVIDENCE and r.kind == "indirect" and _shown_by_document(doc, r):
        return True  # "New poll shows wide lead for X": what a poll or a document shows
    if r.cue_lemma not in _TITLE_CUES:
        return False
    span = doc.char_span(r.content[0], min(r.content[1], line[1]), alignment_mode="expand")
    return r.kind != "indirect" or (span is not None and span.root.pos_ in ("VERB", "AUX")
                                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children))


#: Verbs that make a title an attribution: "Brown says ...", "Tories insist UK needs tax
#: cuts". Not "rebuts", "dismisses", "accused": "Howard rebuts asylum criticisms" parses as a
#: clause ("asylum criticisms") but reports nothing said (BBC titles). Verbs of finding and
#: revealing with a clause too: "Poll finds Clinton would win", "X reveals he might vote for Y"
#: (PolNeAR train; an object noun phrase still gives none).
_TITLE_CUES = frozenset("say tell claim insist warn deny admit argue state declare announce predict vow pledge "
                        "promise confirm add write tweet suggest reveal explain show find think believe expect "
                        "acknowledge concede report".split())

#: Session 19: verbs of judging, calling, promising and denying are an attribution in a title
#: with a noun-phrase object too ("Obama slams Congress on budget", "Mayor urges calm after
#: flood"), when the subject names a speaker; stance verbs and actions ("rejects", "demand") not.
_TITLE_JUDGING = frozenset("urge call praise slam blast criticise criticize condemn denounce attack mock rip "
                           "deny promise vow pledge warn insist".split())

#: Session 20: verbs of reproach and defence, of hinting and apologising, and of aims and
#: requests make a title an attribution as the judging verbs do ("Governor derides harbour tax
#: plan", "Mayor hints at Senate run", "Unions want pay talks"; PolNeAR train: 21 of the 26
#: title rows they add are gold). Not "rejects", "rebuts", "dismisses" (a stance or a denial,
#: see above), nor light verbs ("has", "makes", "offers"), nor plans and aims, which in BBC
#: titles are most often a policy or a meeting's purpose ("Farmers plan road blockade", "Talks
#: aim to end bus dispute": written for this note).
_TITLE_VIEWS = frozenset("deride chide lament blame insult defend hint lay double sound apologize apologise "
                         "want seek hope threaten ask push pressure".split())

#: Session 20: verbs of evidence say their noun-phrase object in a title when a poll or a
#: document is the subject ("New poll shows wide lead for harbour plan", "Leaked memo reveals
#: council talks"; "Mayor reveals new logo" stays none).
_TITLE_EVIDENCE = frozenset("show reveal suggest find indicate".split())


def _shown_by_document(doc, r: RawStatement) -> bool:
    head = doc[r.speaker[1] - 1] if r.speaker is not None else None
    return head is not None and is_document(head) and r.cue_token is not None and doc[r.cue_token].tag_ in _FINITE


#: A finite verb: "Mayor accused of attacking council" is no attribution to the mayor.
_FINITE = frozenset("VBZ VBP VBD".split())


def _names_speaker(doc, speaker) -> bool:
    """A name, a role or a body as the title's subject, not a pronoun or a document ("Audit
    report attacks harbour spending")."""
    head = doc[speaker[1] - 1] if speaker is not None else None
    return head is not None and head.pos_ in ("PROPN", "NOUN") and not is_document(head)


#: The cue lemma of 'Trump "Now we can focus on the big picture"' (a name and a quote).
HEADLINE_QUOTE = "headline-quote"


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) character ranges."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _ends_sentence(line: str) -> bool:
    """"He said: "We will."" ends a sentence; "Campbell: E-mail row 'silly fuss'" does not."""
    return line.rstrip("\"”’')").endswith((".", "!", "?", ":", "…"))


def _opens_quote(line: str) -> bool:
    """'Mr Kennedy said: "We will fight for every seat.' opens a quote the next paragraph goes on."""
    return (line.count('"') + line.count("“") + line.count("”")) % 2 == 1


def _blank_after(text: str, end: int) -> bool:
    """"Smith campaign to move staff to Ohio." and a blank line: a title with
    a full stop (PolNeAR texts end every title with one)."""
    return text.startswith("\n\n", end) or text.startswith("\r\n\r\n", end)
