"""The graph model: plain, JSON-serialisable records shared by loaders, stores and exports.

Every span is a pair of character offsets into ``Article.text`` (end exclusive), so a
user can always go back from a node or an edge to the words it came from.

The records round-trip through JSON (``to_dict`` / ``from_dict``): that is the
interchange format ``stancegraph extract`` writes and ``stancegraph load`` reads.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Optional

ACTOR_KINDS = ("person", "organization", "country", "place", "group")
STATEMENT_KINDS = ("direct", "indirect", "mixed")

#: Relationship types between actors/topics. Stores accept only these (an allow-list:
#: relationship types cannot be Cypher parameters, so they are never taken from input).
STANCE_TYPES = ("SUPPORTS", "OPPOSES", "DOES_NOT_SUPPORT")
EVENT_TYPES = ("VISITS", "CALLED", "MET", "INVITED", "EXPORTS_TO", "AFFILIATED_WITH", "LEADS", "LOCATED_IN")
RELATION_TYPES = STANCE_TYPES + EVENT_TYPES

#: Node labels and the fixed relationship types of the statement layer.
NODE_LABELS = ("Article", "Actor", "Topic", "Statement")
STRUCTURAL_TYPES = ("SAID", "ABOUT", "REPORTED_BY", "CONTAINS", "MENTIONS")

#: Counts kept on the nodes by every write (Store.refresh_stats), so the "top" queries read
#: them instead of aggregating a whole graph: on actors, how many articles mention them, how
#: often, how many statements they made; on actors and topics, how many statements are about
#: them, by how many distinct speakers, in how many articles, and how many distinct actors
#: support them, oppose them (OPPOSES or DOES_NOT_SUPPORT) and take any of these stances:
#: disagreements finds its targets from these (someone supports and someone else opposes a
#: target exactly when it has supporters, opponents and two or more stance holders).
ACTOR_STATS = ("articles", "mentions", "statements")
SUBJECT_STATS = ("about", "about_speakers", "about_articles", "supporters", "opponents", "stance_holders")

#: Kept tallies: nodes derived from the graph, recounted by every write like the counts
#: above, never exported or walked (they have no relationships). A ``QuoteCount`` holds, for
#: one speaker, one reporting agency (or none) and one publishing outlet (or none), how many
#: statements and their first and last dates: ``quoted-by`` reads these instead of grouping
#: every statement of the graph.
TALLY_LABELS = ("QuoteCount",)

#: A kept pair count: ``(a:Actor)-[:CO_MENTIONED {articles}]->(b:Actor)``, one per pair of
#: actors mentioned in the same article, from the lower id to the higher, holding in how many
#: articles both are. ``co-mentions`` reads a hub's partners from it instead of walking every
#: article the hub is in. Kept by deltas (+1/-1 per article written or replaced, in the same
#: transaction): recounting a hub's pairs on every write would cost as much as the query.
#: Like the tallies, never walked, exported or counted (no allow-list names it).
PAIR_TYPE = "CO_MENTIONED"

#: Kept statement counts: ``(sp:Actor)-[:SAID_ABOUT {statements, last_date}]->(t:Actor|Topic)``,
#: one per speaker and subject, holding how many statements ``sp`` made about ``t`` and the
#: latest one's date: the explorer's folded edge, read instead of walking a hub's thousands
#: of statements. Recounted per subject by every write that touches the subject (with its
#: ``about_speakers``, which counts the same pairs); like the pair counts, never walked,
#: exported or counted.
SAID_PAIR_TYPE = "SAID_ABOUT"

TOPIC_PREFIX = "topic:"


def stable_id(*parts: object) -> str:
    """A short, stable hash of ``parts`` (same input, same id, on every machine)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


def slugify(name: str) -> str:
    """``"Xi Jinping"`` -> ``"xi-jinping"``; accents folded, punctuation dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or stable_id(name)


def actor_id(kind: str, name: str) -> str:
    """Canonical actor id. The kind is part of the id so a person and a place never merge."""
    return f"{kind}:{slugify(name)}"


def topic_id(name: str) -> str:
    return TOPIC_PREFIX + slugify(name)


def node_label(node_id: str) -> str:
    """Label of an actor-or-topic id (stances and ABOUT may point at either)."""
    return "Topic" if node_id.startswith(TOPIC_PREFIX) else "Actor"


@functools.lru_cache(maxsize=1 << 16)  # the same names are keyed again and again in an article
def name_key(name: str) -> str:
    """Case- and punctuation-insensitive key used for alias lookups ("U.S." == "us")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace(".", "")).strip()


def singular(word: str) -> str:
    """A lower-case word's singular by its ending ("policies" -> "policy", "fees" -> "fee");
    words that only look plural ("business", "campus", "crisis") and short words stay."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class _Record:
    """Dict round-trip for the dataclasses below (nested records included)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Span(_Record):
    start: int
    end: int
    text: str


@dataclass
class Mention(_Record):
    """A span of text that names (or refers to) an actor."""

    start: int
    end: int
    text: str
    actor: Optional[str] = None  # actor id it resolves to, if any


@dataclass
class Article(_Record):
    id: str
    text: str
    title: str = ""
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None  # ISO 8601 date
    byline: Optional[str] = None
    path: Optional[str] = None
    language: Optional[str] = None

    @staticmethod
    def make_id(text: str) -> str:
        """Id from the normalised text: the same story syndicated twice is one article."""
        return stable_id(" ".join(text.split()).lower())


@dataclass
class Actor(_Record):
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass
class Topic(_Record):
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Statement(_Record):
    """Something an actor said, wrote or is reported to hold, as found in one article."""

    id: str
    speaker: Optional[Mention]
    cue: Optional[Span]
    content: Span
    kind: str = "direct"  # direct | indirect | mixed
    reported_by: Optional[str] = None  # actor id of the outlet/agency that carried it
    about: list[str] = field(default_factory=list)  # actor or topic ids
    sentence: Optional[Span] = None
    date: Optional[str] = None
    cue_lemma: Optional[str] = None
    # "headline": read from a title or summary line that holds an attribution ("Blair says
    # ...", "Sanders: ..."); None for the body
    origin: Optional[str] = None
    # "document": the source is a report, study, poll or figures, not an actor (the speaker
    # mention names the document and has no actor); None for actors
    source_kind: Optional[str] = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Statement":
        data = dict(data)
        data["speaker"] = Mention.from_dict(data["speaker"]) if data.get("speaker") else None
        data["cue"] = Span.from_dict(data["cue"]) if data.get("cue") else None
        data["content"] = Span.from_dict(data["content"])
        data["sentence"] = Span.from_dict(data["sentence"]) if data.get("sentence") else None
        return super().from_dict.__func__(cls, data)  # type: ignore[attr-defined]


@dataclass
class Relation(_Record):
    """A stance or event edge between two actors/topics, with its provenance."""

    type: str  # one of RELATION_TYPES
    source: str  # actor id
    target: str  # actor or topic id
    article: str
    statement: Optional[str] = None  # statement id the edge was read from, if any
    sentence: Optional[Span] = None
    cue: Optional[str] = None
    date: Optional[str] = None  # ISO date when known
    date_text: Optional[str] = None  # the words the date came from
    status: Optional[str] = None  # planned | done
    polarity: Optional[float] = None  # +1 supports, -1 opposes, 0 neutral/does-not-support
    confidence: Optional[float] = None
    detail: Optional[str] = None  # goods exported, role held, place met, ...
    # The evidence of a stance read from a cue word, as written in the article (a reader
    # highlights them): the cue ("endorsed", "expressed support for"), the holder ("Senator
    # Jane Ortiz", "She", "who") and the target phrase ("Maria Lopez"); None when not known
    # (events, edges from older extractions). Not part of the edge's identity.
    cue_span: Optional[Span] = None
    holder_span: Optional[Span] = None
    target_span: Optional[Span] = None

    @property
    def id(self) -> str:
        start = self.sentence.start if self.sentence else ""
        return stable_id(self.type, self.source, self.target, self.article, start, self.detail or "")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Relation":
        data = dict(data)
        for name in ("sentence", "cue_span", "holder_span", "target_span"):
            data[name] = Span.from_dict(data[name]) if data.get(name) else None
        return super().from_dict.__func__(cls, data)  # type: ignore[attr-defined]


@dataclass
class ArticleGraph(_Record):
    """Everything extracted from one article: the unit a store writes atomically."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "topics": [t.to_dict() for t in self.topics],
            "mentions": [m.to_dict() for m in self.mentions],
            "statements": [s.to_dict() for s in self.statements],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleGraph":
        return cls(
            article=Article.from_dict(data["article"]),
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            topics=[Topic.from_dict(t) for t in data.get("topics", [])],
            mentions=[Mention.from_dict(m) for m in data.get("mentions", [])],
            statements=[Statement.from_dict(s) for s in data.get("statements", [])],
            relations=[Relation.from_dict(r) for r in data.get("relations", [])],
        )

    def mention_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.actor:
                counts[m.actor] = counts.get(m.actor, 0) + 1
        return counts
