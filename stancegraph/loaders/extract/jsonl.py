"""The evaluation record of an article graph: one JSON object per article, as
``stancegraph extract`` writes it and ``bench/attribution.py`` scores it."""
from __future__ import annotations

import json
import re

from stancegraph.graph.model import ArticleGraph, Mention, Span, Statement
from stancegraph.loaders.extract.aliases import TITLE_WORDS
from stancegraph.loaders.extract.quotes import find_quotes
from stancegraph.loaders.extract.stance_record import stance_rows


def extract_jsonl_record(path: str, graph: ArticleGraph, stances: bool = True) -> dict:
    """The evaluation shape of one article (``bench/attribution.py``, ``polnear.py score``).

    ``statements`` lists the graph's statements, then each reporting chain once more as
    the single outer attribution a reader sees ("Xinhua reported that Xi said ..." ->
    speaker Xinhua, content "Xi said ...", no cue, no ``reported_by``). That is the
    univocal shape PolNeAR annotates; the graph keeps the inner statement with
    ``reported_by`` (``load`` reads ``graph``, not this list). With ``stances`` (the
    default), then each stance edge read from a cue word as an attribution of
    ``kind`` "stance" (:func:`.stance_record.stance_rows`): PolNeAR annotates beliefs and intentions
    ("X endorsed Y") where the graph keeps a stance edge, not a statement.
    """
    def span(s):
        return {"start": s.start, "end": s.end, "text": s.text} if s is not None else None

    def speaker(m):
        return {"start": m.start, "end": m.end, "text": m.text, "actor": m.actor} if m else None

    text = graph.article.text
    rows = [
        {
            "id": st.id,
            "speaker": speaker(st.speaker),
            "cue": span(st.cue),
            "content": span(_as_annotated(text, st)),
            "kind": st.kind,
            "reported_by": st.reported_by,
            "about": list(st.about),
        }
        for st in graph.statements
    ]
    rows = _join_pieces(text, rows)
    quotes = find_quotes(text)
    for row in rows:
        if row["kind"] == "direct" and row["content"] is not None:
            row["content"] = _over_the_tag(text, quotes, row["content"])
    for st in graph.statements:
        outer = _outer_report(text, st, graph.mentions)
        if outer is not None:
            m, (cs, ce) = outer
            # "reports": marks the outer row so a reader can tell it from the graph's own rows.
            rows.append({"reports": st.id, "speaker": speaker(m), "cue": None, "content": {"start": cs, "end": ce, "text": text[cs:ce]},
                         "kind": st.kind, "reported_by": None, "about": list(st.about)})
    if stances:
        rows += stance_rows(graph, rows)
    return {"path": path, "article": graph.article.to_dict(), "statements": rows,
            "actors": [a.to_dict() for a in graph.actors]}


def jsonl_line(graph: ArticleGraph) -> str:
    """One line of ``stancegraph extract`` output: this record and the whole graph (which
    ``stancegraph load`` reads back)."""
    record = extract_jsonl_record(graph.article.path, graph)
    record["graph"] = graph.to_dict()
    return json.dumps(record, ensure_ascii=False) + "\n"


def _outer_report(text: str, st: Statement, mentions: list[Mention]):
    """The reporter's mention and the span "<speaker> <cue> <content>" it reports, or None.

    Only for a reporting chain ("Xinhua reported that Xi said", "..., Obama said,
    according to CNN"), never for a recipient ("Medeiros told the WSJ that").
    """
    if not st.reported_by or st.speaker is None or st.cue is None or st.sentence is None:
        return None
    parts = [st.speaker, st.cue, st.content]
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    best = None
    for m in mentions:
        if m.actor != st.reported_by or not (st.sentence.start <= m.start < st.sentence.end):
            continue
        if start <= m.start < end or (m.start >= st.cue.end and text[st.cue.end:m.start].strip().lower() in (
                "", "the", "to", "to the")):
            return None  # "told the WSJ that ...", '"...," Graham told CBS News': a recipient
        if m.end <= start and (best is None or m.start > best.start):
            best = m
        elif m.start >= end and best is None:
            best = m
    if best is None:
        return None
    # the whole inner report: "President Xi said ...", '"The talks were productive," Xi said'
    if start == st.speaker.start:
        m = _TITLES_BEFORE.search(text, max(0, start - 60), start)
        if m is not None:
            start = m.start()
    if start == st.content.start and text[start - 1:start] in ('"', "“"):
        start -= 1
    if end == st.content.end and text[end:end + 1] in ('"', "”"):
        end += 1
    return best, (start, end)


_TITLES_BEFORE = re.compile(r"(?:\b(?:%s)\.?\s+)+\Z" % "|".join(sorted(TITLE_WORDS, key=len, reverse=True)),
                            re.IGNORECASE)


_OPENING = re.compile(r"(?:''|[\"“])\Z")
_CLOSING = re.compile(r"[,.?!]?(?:''|[\"”])")


def _with_marks(text: str, content: Span) -> Span:
    """A quote's content with its marks and the comma or stop inside them ('“Being a dad,
    that’s my job,”'), as PolNeAR spans direct quotes; the graph keeps the words alone."""
    start, end = content.start, content.end
    if not _OPENING.search(text, max(0, start - 2), start):
        return content
    closing = _CLOSING.match(text, end)
    if closing is None:
        return content
    start -= 2 if text[start - 2:start] == "''" else 1
    end = closing.end()
    return Span(start, end, text[start:end])


def _as_annotated(text: str, st: Statement) -> Span:
    """The content as PolNeAR spans it: a quote with its marks, a clause with its "that"."""
    content = _with_marks(text, st.content)
    return content if st.kind == "direct" else _with_that(text, content)


_COMPLEMENTIZER = re.compile(r"\b(?:that|whether)\s+\Z", re.IGNORECASE)


def _with_that(text: str, content: Span) -> Span:
    """A reported clause with its complementizer ("that the bridge would open"), as PolNeAR
    spans it (train: 2,493 gold contents open with "that"); the graph keeps the clause alone."""
    m = _COMPLEMENTIZER.search(text, max(0, content.start - 10), content.start)
    if m is None:
        return content
    return Span(m.start(), content.end, text[m.start():content.end])


def _join_pieces(text: str, rows: list[dict]) -> list[dict]:
    """'"X," said Ed Rendle, a former mayor, referring to ... . "Y."': one quote in two pieces,
    one attribution in PolNeAR. The graph keeps the second piece as a statement of its own
    (cue-less, the same speaker mention), so that what was said never holds the speech tag
    between the pieces (BBC audit) nor runs over 400 characters; the record joins a cue-less
    direct row to the last quote of the same speaker, while the quotes are at least half of
    the joined span -- also across a paragraph break: a quote that is a whole paragraph of
    its own after the speaker's quote ('"X," he said.' / '"Y."') is annotated as one
    attribution in pieces (PolNeAR train: of 116 such rows, 55 overlapped the gold their
    previous piece had matched). Past a longer speech tag the two are one row, the longer
    piece."""
    out: list[dict] = []
    for row in rows:
        found = _piece_before(text, out, row) if row["cue"] is None and row["kind"] == "direct" else None
        if found is None:
            out.append(row)
            continue
        k, join = found
        a, b = out[k]["content"], row["content"]
        if join:
            out[k] = dict(out[k], content={"start": a["start"], "end": b["end"], "text": text[a["start"]:b["end"]]})
        elif b["end"] - b["start"] > a["end"] - a["start"]:
            # a speech tag too long to join over: still one attribution, the longer piece
            # (PolNeAR train: the other piece counted as a second, wrong attribution)
            out[k] = dict(out[k], content=b)
    return out


def _over_the_tag(text: str, quotes, content: dict) -> dict:
    """A quote in pieces around its speech tag ('"X," said Anna Keller, the mayor of ... .
    "Y."') is one span in the record, the tag included: the longest piece alone when it is
    a larger share of the quoted words than those are of the joined span (a long tag, a
    short piece; PolNeAR train at theta 0.8: F1 0.5729 -> 0.5769, at 0.5 0.6650 -> 0.6654)."""
    a, b = content["start"], content["end"]
    pieces: list[list[int]] = []
    for qs, qe in quotes:
        if qe <= a or qs >= b:
            continue
        qs, qe = max(qs, a), min(qe, b)
        if pieces and not text[pieces[-1][1]:qs].strip():
            pieces[-1][1] = qe  # quotes touching (a paragraph break between them) are one piece
        else:
            pieces.append([qs, qe])
    if len(pieces) < 2:
        return content
    said = sum(qe - qs for qs, qe in pieces)
    qs, qe = max(pieces, key=lambda p: p[1] - p[0])
    if said / (b - a) >= (qe - qs) / said:
        return content
    return {"start": qs, "end": qe, "text": text[qs:qe]}


def _piece_before(text: str, out: list[dict], row: dict):
    """The index in ``out`` of the quote ``row`` continues and whether the two join into
    one span (the quotes are at least half of it), or None."""
    who = row["speaker"] and (row["speaker"]["start"], row["speaker"]["end"])
    b = row["content"]
    for k in range(len(out) - 1, -1, -1):
        a = out[k]["content"]
        if a["end"] > b["start"]:
            return None
        if out[k]["kind"] != "indirect" and out[k]["speaker"] and (
                out[k]["speaker"]["start"], out[k]["speaker"]["end"]) == who:
            said = (a["end"] - a["start"]) + (b["end"] - b["start"])
            return k, said >= 0.5 * (b["end"] - a["start"])
    return None
