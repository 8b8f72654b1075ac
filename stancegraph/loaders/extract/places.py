"""Capitals and states: places in a country, and a capital that stands for its state.

"London" is the city, a place node LOCATED_IN the United Kingdom; merging it into the
country would put every London event and quote on the state. But "Beijing said" and
"Washington opposes" are metonyms: a capital as a speaker, a stance holder or a party to an
event is its state. The statement or edge goes to the state; the capital's mention stays
the evidence (the speaker mention keeps its span; an edge names the city in ``detail``).
"""
from __future__ import annotations

from dataclasses import replace

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Mention, Relation, Span, Statement

#: Relations whose parties a capital stands in for: stances and events. Not affiliations
#: or leadership: "a London councillor" belongs to London, not to the United Kingdom.
STATE_PARTY_TYPES = frozenset(model.STANCE_TYPES) | {"VISITS", "CALLED", "MET", "INVITED", "EXPORTS_TO"}


def statements_for_states(statements: list[Statement], capitals: dict[str, Actor]) -> list[Statement]:
    """"Beijing said ...": the statement is China's, the mention of Beijing its evidence."""
    out = []
    for st in statements:
        sp = st.speaker
        if sp is not None and sp.actor in capitals:
            st = replace(st, speaker=Mention(sp.start, sp.end, sp.text, capitals[sp.actor].id))
        out.append(st)
    return out


def relations_for_states(relations: list[Relation], capitals: dict[str, Actor],
                         names: dict[str, str]) -> list[Relation]:
    """"Washington opposes ...", "Trump will visit Beijing": the state is the party; the
    city's name (``names``: actor id -> name) goes in ``detail``."""
    out = []
    for r in relations:
        if r.type in STATE_PARTY_TYPES and (r.source in capitals or r.target in capitals):
            city = r.source if r.source in capitals else r.target
            r = replace(r, source=capitals[r.source].id if r.source in capitals else r.source,
                        target=capitals[r.target].id if r.target in capitals else r.target,
                        detail=r.detail or names.get(city, city))
            if r.source == r.target:
                continue
        out.append(r)
    return out


def located_in(doc, mentions: list[Mention], countries: dict[str, Actor], article_id: str) -> list[Relation]:
    """One LOCATED_IN per place the article mentions whose country the alias table knows,
    with the sentence of its first mention as evidence."""
    out: dict[str, Relation] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.actor not in countries or m.actor in out or span is None:
            continue
        sent = span.sent
        out[m.actor] = Relation(type="LOCATED_IN", source=m.actor, target=countries[m.actor].id, article=article_id,
                                sentence=Span(sent.start_char, sent.end_char, sent.text), cue="alias table",
                                confidence=1.0)
    return list(out.values())
