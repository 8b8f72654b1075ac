"""A synthetic news graph with the real schema, of any size (fixed seed).

    python bench/synthetic.py --relationships 1000000 -o synthetic.jsonl   # as `stancegraph load` input

Articles mention actors drawn with a Zipf-like popularity (a few, like Xi Jinping or
China, are in thousands of articles; most appear a handful of times), contain statements
by mentioned actors about actors and topics (some carried by an agency: REPORTED_BY), and
stance and event edges with provenance and dates. Per article, on average: 12 MENTIONS,
5 statements (CONTAINS, SAID), 7.5 ABOUT, 1 REPORTED_BY and 12 stance/event edges, about
42 relationships in all. The records are ordinary ArticleGraphs, written through the same
code paths as extracted articles.
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sys
from typing import Iterator

from stancegraph.graph.model import (ACTOR_KINDS, EVENT_TYPES, STANCE_TYPES, Actor, Article, ArticleGraph,
                                     Mention, Relation, Span, Statement, Topic, actor_id, stable_id, topic_id)

RELS_PER_ARTICLE = 42.5

#: Named hubs, so saved queries can be run with the names a user would type.
HUBS = [("Xi Jinping", "person"), ("Donald Trump", "person"), ("China", "country"), ("United States", "country"),
        ("Taiwan", "place"), ("Xinhua News Agency", "organization"), ("The Wall Street Journal", "organization"),
        ("Beijing", "place"), ("Evan Medeiros", "person"), ("Georgetown University", "organization")]
TOPICS = ["Taiwan independence", "tariffs", "rare earths", "soybeans", "climate"]
AGENCIES = 40  # the first organisations also serve as reporting agencies


class World:
    def __init__(self, n_actors: int, n_topics: int, seed: int):
        self.rnd = random.Random(seed)
        self.actors: list[Actor] = []
        for i in range(n_actors):
            if i < len(HUBS):
                name, kind = HUBS[i]
            else:
                kind = ACTOR_KINDS[i % len(ACTOR_KINDS)]
                name = f"{kind.title()} {i}"
            self.actors.append(Actor(actor_id(kind, name), name, kind, [name], ["spokesperson"] if i % 7 == 0 else []))
        self.topics = [Topic(topic_id(n), n, [n]) for n in TOPICS + [f"Topic {i}" for i in range(len(TOPICS), n_topics)]]
        self.agencies = [a for a in self.actors if a.kind == "organization"][:AGENCIES]
        weights = [1.0 / (rank + 1) ** 0.9 for rank in range(n_actors)]
        self.cum = list(itertools.accumulate(weights))
        tw = [1.0 / (rank + 1) for rank in range(n_topics)]
        self.tcum = list(itertools.accumulate(tw))

    def actor(self) -> Actor:
        return self.actors[bisect.bisect(self.cum, self.rnd.random() * self.cum[-1])]

    def topic(self) -> Topic:
        return self.topics[bisect.bisect(self.tcum, self.rnd.random() * self.tcum[-1])]

    def date(self) -> str:
        return f"{self.rnd.choice((2024, 2025))}-{self.rnd.randint(1, 12):02d}-{self.rnd.randint(1, 28):02d}"

    def article(self, i: int) -> ArticleGraph:
        rnd = self.rnd
        published = self.date()
        mentioned: dict[str, Actor] = {}
        while len(mentioned) < 12:
            a = self.actor()
            mentioned[a.id] = a
        people = list(mentioned.values())
        topics = {t.id: t for t in (self.topic() for _ in range(2))}
        sentences = [f"Sentence {k} of article {i}, on {people[k % 12].name} and {people[(k + 5) % 12].name}."
                     for k in range(12)]
        text = f"Article {i}\n\n" + " ".join(sentences)
        art = Article(id=stable_id("synthetic", i), text=text, title=f"Article {i}", published=published,
                      outlet=rnd.choice(("Reuters", "BBC", "Xinhua", "WSJ", "Korea Economic Daily")),
                      url=f"https://example.org/{i}", path=f"synthetic/{i}.txt")
        pos = [text.index(s) for s in sentences]
        mentions = [Mention(pos[k], pos[k] + 8, text[pos[k]:pos[k] + 8], people[k].id) for k in range(12)]
        statements = []
        for k in range(5):
            start, end = pos[k], pos[k] + len(sentences[k])
            about = [people[(k + 5) % 12].id] + ([next(iter(topics))] if k % 2 == 0 else [])
            reported = None
            if rnd.random() < 0.2:
                agency = rnd.choice(self.agencies)
                mentioned.setdefault(agency.id, agency)
                reported = agency.id
            statements.append(Statement(
                id=stable_id(art.id, start, end), speaker=Mention(start, start + 8, text[start:start + 8], people[k].id),
                cue=Span(start, start + 8, text[start:start + 8]), content=Span(start, end, sentences[k]),
                kind=rnd.choice(("direct", "indirect", "mixed")), reported_by=reported, about=about,
                sentence=Span(start, end, sentences[k]), date=published, cue_lemma="say"))
        relations = []
        for k in range(12):
            start, end = pos[k], pos[k] + len(sentences[k])
            source = people[k].id
            if k < 5:
                rtype = STANCE_TYPES[k % 3]
                target = list(topics)[k % len(topics)] if k % 2 else people[(k + 3) % 12].id
                polarity = {"SUPPORTS": 1.0, "OPPOSES": -1.0, "DOES_NOT_SUPPORT": 0.0}[rtype]
                statement = statements[k].id
            else:
                rtype = EVENT_TYPES[(i + k) % len(EVENT_TYPES)]
                target = people[(k + 1) % 12].id
                polarity, statement = None, None
            relations.append(Relation(rtype, source, target, art.id, statement=statement,
                                      sentence=Span(start, end, sentences[k]), cue="said", date=self.date(),
                                      date_text="on Monday", status=rnd.choice(("done", "planned")),
                                      polarity=polarity, confidence=round(rnd.uniform(0.5, 1.0), 2),
                                      detail="state visit" if rtype == "VISITS" else None))
        return ArticleGraph(article=art, actors=list(mentioned.values()), topics=list(topics.values()),
                            mentions=mentions, statements=statements, relations=relations)


def synthetic_graphs(relationships: int = 1_000_000, *, actors: int = 20_000, topics: int = 300,
                     seed: int = 7) -> Iterator[ArticleGraph]:
    """Article graphs adding up to about ``relationships`` relationships."""
    world = World(actors, topics, seed)
    for i in range(int(relationships / RELS_PER_ARTICLE) + 1):
        yield world.article(i)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for g in synthetic_graphs(args.relationships, actors=args.actors):
            out.write(json.dumps({"graph": g.to_dict()}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
