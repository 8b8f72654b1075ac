"""Extraction: an Article in, an ArticleGraph out. Read this module first.

spaCy parses the text (tagger, parser, NER; every line starts a sentence); everything
after that is rules over the parse, each naming the failure it fixes. :meth:`Extractor.build`
runs the stages in this order, each a function that returns what it finds:

1. actors (:mod:`.actors`): named entities, cleaned of known NER slips and page junk,
   resolved to actors within the article (:mod:`.resolve`);
2. statements (:mod:`.statements`): quotes are found in the text (:mod:`.quotes`), then
   small extractors each yield raw statements -- a cue with its speaker and content
   (verb cues, headline colons, "according to", positions, cue nouns, continuation and
   floating quotes); :mod:`.speakers` finds the subject of a cue, :mod:`.content` what
   it says;
3. speakers (:mod:`.attribution`): each statement's speaker becomes a mention and an
   actor, pronouns and descriptions ("He added", "the newspaper said") resolved to the
   actor they stand for (:mod:`.speakers`);
4. reporting chains: "Xinhua reported that Xi said ..." is Xi's statement, reported by
   Xinhua (:func:`.attribution.nest_reports`);
5. subjects: the actors each statement is about; restatements dropped;
6. affiliations from apposition ("Georgetown professor Evan Medeiros"), then topics,
   stances and events (:mod:`.relations`, :mod:`.stances`, :mod:`.events`).

:func:`extract_jsonl_record` (:mod:`.jsonl`) is the evaluation shape of a graph. See
docs/attribution.md for the method and measured scores.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterable, Iterator, Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Article, ArticleGraph, Relation, Topic
from stancegraph.loaders.extract import batch, places
from stancegraph.loaders.extract.actors import NamedActors, affiliations, find_actors
from stancegraph.loaders.extract.attribution import (
    Attributed, attribute_speakers, drop_restatements, nest_reports, with_about,
)
from stancegraph.loaders.extract.jsonl import extract_jsonl_record
from stancegraph.loaders.extract.nlp import keep_text
from stancegraph.loaders.extract.quotes import find_quotes, quote_index
from stancegraph.loaders.extract.aliases import AliasTable, default_table
from stancegraph.loaders.extract.statements import find_statements

__all__ = ["Extractor", "extract_jsonl_record"]


class Extractor:
    """Turns Articles into ArticleGraphs with one spaCy pipeline.

    Intentions of people and groups ("Clinton wants to ...", "Republicans want ...") are
    statements; ``attitudes=True`` also reads those of countries and places ("China wants
    the United States to ..."), off by default since the writer, not the actor, says them.
    """

    def __init__(self, nlp, *, aliases: Optional[AliasTable] = None, attitudes: bool = False):
        self.nlp = nlp
        self.aliases = aliases
        self.attitudes = attitudes

    def _prepare(self, text: str):
        doc = self.nlp.make_doc(text)
        _mark_lines(doc)
        return doc

    def extract(self, article: Article) -> ArticleGraph:
        return self.build(article, self.nlp(self._prepare(article.text)))

    def extract_many(self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 32,
                     on_error=None) -> Iterator[ArticleGraph]:
        """Stream ArticleGraphs in input order, parsing with ``nlp.pipe``; an article that cannot
        be extracted goes to ``on_error(article, message)`` and the others go on (see .batch)."""
        return batch.extract_in_order(self.nlp, articles, self._prepare, self.build, n_process=n_process,
                                      batch_size=batch_size, on_error=on_error)

    def build(self, article: Article, doc) -> ArticleGraph:
        """The ArticleGraph of an article from its parsed Doc, stage by stage."""
        table = self.aliases or default_table()
        keep_text(doc, article.text)
        named = find_actors(doc, article.text, table)  # 1. actors
        quotes = find_quotes(article.text)  # 2. statements
        raws = find_statements(doc, quotes, attitudes=self.attitudes)
        attributed = attribute_speakers(doc, article, raws, named)  # 3. speakers
        mentions = named.mentions + attributed.mentions
        capitals = {a: c for a, c in named.located_in.items() if a in named.capitals}
        statements = nest_reports(doc, attributed.pairs)  # 4. reporting chains
        statements = places.statements_for_states(statements, capitals)
        actors = _used_actors(named, mentions, attributed)
        statements = with_about(doc, statements, named.by_token, table, quote_index(doc, quotes),
                                {a.id for a in actors})  # 5. subjects
        statements = sorted(drop_restatements(statements), key=lambda s: s.content.start)
        graph = ArticleGraph(article=article, actors=actors, mentions=mentions, statements=statements,
                             relations=affiliations(doc, named.by_token, article.id))  # 6. relations
        topics, relations = _stances_and_events(doc, graph, attributed.speakers)
        relations = places.relations_for_states(relations, capitals, {a.id: a.name for a in named.actors}) + \
            places.located_in(doc, named.mentions, named.located_in, article.id)
        # A leader's title gives both AFFILIATED_WITH (from apposition) and LEADS; LEADS says
        # more, so the overlapping AFFILIATED_WITH is dropped ("President Xi" leads China, he
        # is not merely affiliated with it).
        leads = {(r.source, r.target) for r in relations if r.type == "LEADS"}
        return replace(graph, actors=_with_countries(graph, relations, named.located_in),
                       topics=list(topics), relations=[
            r for r in graph.relations if not (r.type == "AFFILIATED_WITH" and (r.source, r.target) in leads)] + relations)


def _mark_lines(doc) -> None:
    """Every line starts a sentence: headlines and list items have no final period, and
    the parser otherwise runs them into the next sentence (seed: "Summary" + first bullet).
    A token's trailing whitespace is at most one space, so each newline lies inside a token
    (found by its offset, without a Token object per word); the next token starts a line."""
    text = doc.text
    if "\n" not in text:
        return
    offsets = doc.to_array("IDX").tolist()
    starts = {bisect.bisect_right(offsets, m.start()) for m in re.finditer("\n", text)}
    for i in sorted(starts):
        if 0 < i < len(doc):
            doc[i].is_sent_start = True


def _used_actors(named: NamedActors, mentions, attributed: Attributed) -> list[Actor]:
    """The actors some mention names, then the group actors speakers named."""
    used = {m.actor for m in mentions if m.actor}
    return [a for a in named.actors if a.id in used] + [
        a for a in attributed.groups.values() if a.id not in named.by_id]


def _with_countries(graph: ArticleGraph, relations: list[Relation], countries: dict[str, Actor]) -> list[Actor]:
    """The countries that only a capital or a state brought in (a capital's statement or
    stance, LOCATED_IN) are actors of the graph too."""
    have = {a.id for a in graph.actors}
    need = {r.target for r in relations} | {r.source for r in relations} | {
        s.speaker.actor for s in graph.statements if s.speaker is not None}
    extra = {c.id: c for c in countries.values() if c.id in need and c.id not in have}
    return graph.actors + list(extra.values())


def _stances_and_events(doc, graph: ArticleGraph, speakers=None) -> tuple[list[Topic], list[Relation]]:
    """Topics, stance and event edges of an attribution graph (:mod:`.relations`).

    A stance is dated by when it was stated: the article's date when the clause has none
    (timelines and --since/--until otherwise lost every undated stance). Events keep only
    their own dates: an article's date is not when a visit happens.
    """
    from stancegraph.loaders.extract.relations import extract_relations

    topics, relations = extract_relations(doc, graph, speakers)
    for r in relations:
        if r.type in model.STANCE_TYPES and not r.date:
            r.date = graph.article.published
    return topics, relations
