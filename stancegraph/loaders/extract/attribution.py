"""From raw statements to the graph's Statements: speakers, reporting chains, subjects.

The stages after :func:`~stancegraph.loaders.extract.statements.find_statements`, in order:

1. :func:`attribute_speakers`: each raw statement gets its speaker mention and actor
   (named, or resolved from "he", "the president", "Chinese state media"), its sentence
   and the outlet it was told to ("told the WSJ");
2. :func:`nest_reports`: "Xinhua reported that Xi said ..." is one statement of Xi,
   reported by Xinhua;
3. :func:`with_about`: the actors each statement's content is about;
4. :func:`drop_restatements`: the same words twice from one speaker, kept once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Article, Mention, Span, Statement
from stancegraph.loaders.extract.actors import NamedActors
from stancegraph.loaders.extract.speakers import SpeakerResolver, speaker_mention
from stancegraph.loaders.extract.statements import RawStatement

_TEMPORAL_MARKS = {"when", "while", "after", "before", "as", "since", "until", "once", "because", "if"}


@dataclass
class Attributed:
    """What the speakers stage finds: statements with their raw records, and the speaker
    mentions and group actors that resolution added to the named ones."""

    pairs: list[tuple[RawStatement, Statement]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    groups: dict[str, Actor] = field(default_factory=dict)
    #: the resolver of this article's speakers: stance holders and targets ("the chancellor
    #: attacked ...") are resolved the same way
    speakers: Optional[SpeakerResolver] = None


def attribute_speakers(doc, article: Article, raws: list[RawStatement], named: NamedActors) -> Attributed:
    """Statements with speakers, one per content span, in the order their cues appear."""
    raws = sorted(raws, key=lambda r: (r.content[0], r.cue_start or 0))
    speakers = SpeakerResolver(doc, named.candidates, named.by_token, named.by_id)
    found = Attributed(speakers=speakers)
    seen_ids: set[str] = set()
    for raw in sorted(raws, key=lambda r: r.cue_start if r.cue_start is not None else r.content[0]):
        mention = None
        document = False
        if raw.speaker is not None:
            speaker = speaker_mention(doc, raw.speaker, named.by_token, speakers)
            mention = speaker.mention
            document = speaker.document
            if speaker.resolved:
                found.mentions.append(replace(mention))
            if speaker.group is not None and speaker.group.id not in found.groups:
                found.groups[speaker.group.id] = speaker.group
        sid = model.stable_id(article.id, *raw.content)
        if sid in seen_ids:
            continue
        seen_ids.add(sid)
        st = _statement(doc, article, raw, sid, mention, named.by_token)
        found.pairs.append((raw, replace(st, source_kind="document") if document else st))
    return found


def _statement(doc, article: Article, raw: RawStatement, sid: str, mention, by_token) -> Statement:
    text = article.text
    cs, ce = raw.content
    cue = Span(raw.cue_start, raw.cue_end, text[raw.cue_start:raw.cue_end]) if raw.cue_start is not None else None
    reported_by = None
    if raw.recipient is not None:
        rc = by_token.get(raw.recipient[0]) or by_token.get(raw.recipient[1] - 1)
        if rc is not None and rc.kind == "organization":
            reported_by = rc.actor
    return Statement(id=sid, speaker=mention, cue=cue, content=Span(cs, ce, text[cs:ce]), kind=raw.kind,
                     reported_by=reported_by, sentence=_sentence(doc, text, raw), date=article.published,
                     cue_lemma=raw.cue_lemma, origin=raw.origin)


def _sentence(doc, text: str, raw: RawStatement):
    """The sentence of the content, widened to the cue's sentence when the cue is in another."""
    sent_span = doc.char_span(*raw.content, alignment_mode="expand")
    if sent_span is None:
        return None
    s = sent_span[0].sent
    sentence = Span(s.start_char, s.end_char, text[s.start_char:s.end_char])  # Span.text makes every Token
    if raw.cue_token is not None:
        s2 = doc[raw.cue_token].sent
        if s2.start_char < s.start_char:
            sentence = Span(s2.start_char, s.end_char, text[s2.start_char:s.end_char])
        elif s2.end_char > s.end_char:
            sentence = Span(s.start_char, s2.end_char, text[s.start_char:s2.end_char])
    return sentence


def nest_reports(doc, pairs: list[tuple[RawStatement, Statement]]) -> list[Statement]:
    """"Xinhua reported that President Xi said ...": one statement, speaker Xi, reported_by Xinhua.

    An outer report whose content holds an inner report's cue and content is the
    reporting chain, not a statement of its own.
    """
    drop = set()
    reporters: dict[int, str] = {}  # inner statement -> the outer speaker who reported it
    for i, (ro, so) in enumerate(pairs):
        if ro.cue_token is None:
            continue
        for j, (ri, si) in enumerate(pairs):
            if i == j or ri.cue_token is None or ri.cue_start is None:
                continue
            if so.content.start <= ri.cue_start < so.content.end and so.content.start <= si.content.start \
                    and si.content.end <= so.content.end + 2 and _governs(doc, so.content, ri.cue_token):
                # "Cruz says he supports ...", "he says he believes ...": one speaker holding a
                # view is one statement, the outer one (as PolNeAR annotates it)
                same = si.speaker is not None and so.speaker is not None and (
                    si.speaker.actor is not None and si.speaker.actor == so.speaker.actor)
                if same or not _relays(so, ri):
                    drop.add(j)
                    continue
                # the inner cue must govern the outer content ("reported that X said"), not
                # merely sit inside it ("... , saying ..." of another clause)
                if si.reported_by is None and j not in reporters and so.speaker is not None and so.speaker.actor:
                    reporters[j] = so.speaker.actor
                drop.add(i)
    return [replace(st, reported_by=reporters[k]) if k in reporters else st
            for k, (_, st) in enumerate(pairs) if k not in drop]


#: Inner cues a reporting chain relays: "Xinhua reported that Xi said ...".
_RELAYED = frozenset("say tell state add declare announce explain write tweet claim warn insist stress note "
                     "deny confirm argue reply respond ask".split())


def _relays(outer: Statement, inner: RawStatement) -> bool:
    """Is the outer statement an outlet relaying the inner one? "Mr Howard said Labour had
    proposed the idea too" is Howard's statement, not Labour's reported by Howard (BBC): a
    person's report stays the person's, and proposing is no saying to relay."""
    actor = outer.speaker.actor if outer.speaker is not None else None
    # an outlet or agency relays; "several Clinton supporters said ..., while other voters
    # said ..." (a group) does not (PolNeAR train)
    outlet = bool(actor) and (actor.startswith("organization:") or outer.cue_lemma == "report")
    return outlet and (inner.cue_lemma or "") in _RELAYED


def _governs(doc, content: Span, cue_token: int) -> bool:
    """Is the inner cue the head of the outer content ("reported that Xi said ...", "said
    Xi explained ..., saying ...")? A cue deeper down, in a relative clause ("criticized
    the mayor's travel bills, which an audit said were excessive"), leaves the outer
    statement standing (PolNeAR train)."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return True
    # the closing '."' of a quote hangs on the outer verb: not the content's head
    heads = [x for x in span if not x.is_punct and not (span.start <= x.head.i < span.end and x.head.i != x.i)]
    root = heads[0] if heads else span.root
    t = doc[cue_token]
    for _ in range(6):
        if t.i == root.i:
            return True
        if t.dep_ not in ("conj", "advcl", "ccomp", "parataxis", "xcomp") or t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and t.tag_ != "VBG":
            return False  # "..., while other voters said ...": a clause of its own
        t = t.head
    return False


def with_about(doc, statements: list[Statement], by_token, table, in_quote, defined: set[str]) -> list[Statement]:
    """Each statement with the actors its content is about, among the ``defined`` ones.

    "few expected the Berlin Wall to fall that year" made the statement ABOUT
    Germany (capital metonymy) with no Germany mention in the article: the store then
    refused the whole article. A subject must be an actor the article names.
    """
    return [replace(st, about=[a for a in about_actors(doc, st, by_token, table, in_quote)
                               if a in defined or model.node_label(a) == "Topic"])
            for st in statements]


def about_actors(doc, st: Statement, by_token, table, in_quote) -> list[str]:
    """Actors named in the content. Precise on purpose: a statement about the Taiwan Strait is
    about Taiwan; a "when ..." clause setting the scene ("when Xi focused on the Taiwan
    issue, Trump brought up Ukraine") is not what the statement is about."""
    span = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
    if span is None:
        return []
    skip: set[int] = set()
    if st.kind != "direct":
        for t in span:
            if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS
                                         for c in t.children):
                skip.update(x.i for x in t.subtree)
    if st.kind == "direct":
        # '"We will win," said Maria Lopez, "and ..."': the speaker between two halves of a
        # quote is not what the quote is about
        skip.update(t.i for t in span if not in_quote[t.i])
    about: list[str] = []
    for t in span:
        if t.i in skip:
            continue
        c = by_token.get(t.i)
        if c is None or not c.actor:
            continue
        if c.actor not in about:
            about.append(c.actor)
        # "the Taiwan Strait" -> also about Taiwan
        if c.kind == "place":
            first = c.core.split()[0] if c.core else ""
            entry = table.lookup(first)
            if entry is not None and entry.kind == "country":
                cid = model.actor_id(entry.kind, entry.name)
                if cid not in about:
                    about.append(cid)
    return about


def drop_restatements(statements: list[Statement]) -> list[Statement]:
    """The same quote twice from the same speaker (seed: Xi's "postwar international order"
    and, later, "post-World War II international order") is one statement, kept once."""
    kept: list[Statement] = []
    words_of = lambda s: set(re.findall(r"\w+", s.content.text.lower()))
    # a title repeats the body ('Trump "Now we can focus ..."' over 'He added, "Now we can
    # focus ..."'): the body's statement, with its cue, is the one kept
    for st in sorted(statements, key=lambda s: (s.origin == "headline", s.content.start)):
        w = words_of(st)
        dup = False
        for k in kept:
            if (k.speaker and st.speaker and k.speaker.actor and k.speaker.actor == st.speaker.actor
                    and k.reported_by == st.reported_by and st.origin != "headline"):
                kw = words_of(k)
                if w and kw and len(w & kw) / len(w | kw) >= 0.6 and len(w) >= 6:
                    dup = True
                    break
        if not dup:
            kept.append(st)
    return kept
