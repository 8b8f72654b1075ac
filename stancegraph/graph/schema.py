"""The stored schema, declared once: each node label's and relationship type's properties.

Everything else is derived from these declarations: the rows a write sends
(:mod:`stancegraph.graph.store.rows`), the LadybugDB tables and the positional columns of its
``COPY`` import, the property lists of both stores' ``CREATE`` / ``MERGE`` statements, and the
Neo4j indexes. ``tests/test_schema.py`` fails when one of them drifts from here.

To store a new property, add one :class:`Prop` below (and, if it comes from a new field, the
field to the record in :mod:`.model`). ``source`` says where a row finds its value: a dotted
path into the record (``"content.text"``; a ``None`` on the way gives ``None``), a path into
the article graph after ``@`` (``"@article.id"``), or a function of ``(record, graph)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Union

from stancegraph.graph.model import (ACTOR_STATS, NODE_LABELS, PAIR_TYPE, RELATION_TYPES, SAID_PAIR_TYPE,
                                     SUBJECT_STATS, TALLY_LABELS)

STRING, INT64, DOUBLE, STRINGS = "STRING", "INT64", "DOUBLE", "STRING[]"

Source = Union[str, Callable[[Any, Any], Any], None]


@dataclass(frozen=True)
class Prop:
    """One stored property. ``nullable``: it may be null (LadybugDB then needs its type spelt
    out in a write, since a column null in every row of a batch has none). ``source``: see the
    module docstring; ``None`` for values the write works out (lookup keys, counts).
    ``indexed``: Neo4j keeps an index on it."""

    name: str
    type: str = STRING
    nullable: bool = False
    source: Source = ""  # "" reads the record's attribute of the same name
    indexed: bool = False

    def expression(self, functions: dict[str, Callable[[Any, Any], Any]]) -> str:
        """This property's value in a written row, as a Python expression of ``r`` (the
        record) and ``g`` (its article graph); a function source goes into ``functions``."""
        source = self.name if self.source == "" else self.source
        if source is None:
            raise ValueError(f"property {self.name!r} is worked out by the write, not read from a record")
        if callable(source):
            functions[f"_{self.name}"] = source
            return f"_{self.name}(r, g)"
        path = source.lstrip("@").split(".")
        if not all(step.isidentifier() for step in path):
            raise ValueError(f"property {self.name!r}: bad source {source!r}")
        expr = "g" if source.startswith("@") else "r"
        for step in path[:-1]:  # a None on the way gives None
            expr = f"{expr}.{step}"
            expr = f"(None if {expr} is None else {expr}"
        expr = f"{expr}.{path[-1]}" + ")" * (len(path) - 1)
        return expr

    @property
    def field(self) -> Optional[str]:
        """The record field this property reads (``None`` when not a plain path into it)."""
        source = self.name if self.source == "" else self.source
        return source.split(".")[0] if isinstance(source, str) and not source.startswith("@") else None


@dataclass(frozen=True)
class Table:
    """A node label or relationship type: its properties, in the order LadybugDB declares them
    (which is the order of its ``COPY`` columns). ``ends``: a relationship's (from, to) labels.
    ``carried``: the record's fields stored other than as a property of its own (as a
    relationship, or not at all), each with why."""

    name: str
    props: tuple[Prop, ...]
    ends: tuple[tuple[str, str], ...] = ()
    carried: dict[str, str] = field(default_factory=dict)
    #: Kept counts (model.ACTOR_STATS...), set by the write; LadybugDB adds them by ALTER, so
    #: older graphs gain them too.
    counts: tuple[Prop, ...] = ()

    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.props + self.counts)


def _counts(names: tuple[str, ...], indexed: tuple[str, ...] = ()) -> tuple[Prop, ...]:
    return tuple(Prop(n, INT64, source=None, indexed=n in indexed) for n in names)


def _aliases(x: Any, graph: Any) -> list[str]:
    return sorted(set(x.aliases) | {x.name})


ARTICLE = Table("Article", (
    Prop("id"),
    Prop("title", source=lambda a, g: a.title or ""),
    Prop("url", nullable=True),
    Prop("outlet", nullable=True),
    Prop("published", nullable=True),
    Prop("path", nullable=True),
    Prop("byline", nullable=True),
), carried={"text": "not stored: the graph keeps spans, not whole articles",
            "language": "not stored: used while reading only"})

ACTOR = Table("Actor", (
    Prop("id"),
    Prop("name", indexed=True),
    Prop("kind"),
    Prop("aliases", STRINGS, source=_aliases),
    Prop("keys", STRINGS, source=None),  # lookup keys of the aliases (store.rows.with_keys)
    Prop("roles", STRINGS, source=lambda x, g: sorted(set(x.roles))),
), counts=_counts(ACTOR_STATS + SUBJECT_STATS, indexed=("mentions", "about")))

TOPIC = Table("Topic", (
    Prop("id"),
    Prop("name", indexed=True),
    Prop("aliases", STRINGS, source=_aliases),
    Prop("keys", STRINGS, source=None),
), counts=_counts(SUBJECT_STATS, indexed=("about",)))

STATEMENT = Table("Statement", (
    Prop("id"),
    Prop("text", source="content.text"),
    Prop("kind"),
    Prop("cue", nullable=True, source="cue.text"),
    Prop("cue_lemma", nullable=True),
    Prop("origin", nullable=True),  # "headline": said in a title or summary line
    Prop("source_kind", nullable=True),  # "document": a report, study or figures, not an actor
    Prop("start_char", INT64, source="content.start"),
    Prop("end_char", INT64, source="content.end"),
    Prop("sentence", nullable=True, source="sentence.text"),
    Prop("date", nullable=True, source=lambda s, g: s.date or g.article.published),
    Prop("article", source="@article.id", indexed=True),
    Prop("speaker_text", nullable=True, source="speaker.text"),
), carried={"speaker": "the SAID relationship (its text: speaker_text)",
            "reported_by": "the REPORTED_BY relationship",
            "about": "the ABOUT relationships",
            "content": "text, start_char, end_char"})

#: A kept tally (model.TALLY_LABELS), written from node_stats and by the stats refresh.
QUOTE_COUNT = Table("QuoteCount", (
    Prop("id"),
    Prop("speaker", indexed=True),
    Prop("agency", nullable=True, indexed=True),
    Prop("outlet", nullable=True),
    Prop("statements", INT64, indexed=True),
    Prop("first_date", nullable=True),
    Prop("last_date", nullable=True),
))

#: The properties of every stance and event edge (model.RELATION_TYPES).
RELATION_PROPS = (
    Prop("id"),  # Relation.id, a hash of what makes the edge
    Prop("article", indexed=True),
    Prop("statement", nullable=True),
    Prop("cue", nullable=True),
    Prop("date", nullable=True, indexed=True),
    Prop("date_text", nullable=True),
    Prop("status", nullable=True),
    Prop("polarity", DOUBLE, nullable=True),
    Prop("confidence", DOUBLE, nullable=True),
    Prop("detail", nullable=True),
    Prop("sentence", nullable=True, source="sentence.text"),
    Prop("sentence_start", INT64, nullable=True, source="sentence.start"),
    Prop("sentence_end", INT64, nullable=True, source="sentence.end"),
)
#: The evidence of a stance read from a cue word (model.Relation.cue_span, holder_span,
#: target_span): offsets into the article and the words. Added after graphs had been
#: written: LadybugDB adds them to older relationship tables by ALTER (at the end, where
#: COPY's positional columns expect them).
EVIDENCE_PROPS = (
    Prop("cue_start", INT64, nullable=True, source="cue_span.start"),
    Prop("cue_end", INT64, nullable=True, source="cue_span.end"),
    Prop("holder_start", INT64, nullable=True, source="holder_span.start"),
    Prop("holder_end", INT64, nullable=True, source="holder_span.end"),
    Prop("holder_text", nullable=True, source="holder_span.text"),
    Prop("target_start", INT64, nullable=True, source="target_span.start"),
    Prop("target_end", INT64, nullable=True, source="target_span.end"),
    Prop("target_text", nullable=True, source="target_span.text"),
)
RELATION_PROPS = RELATION_PROPS + EVIDENCE_PROPS
RELATION_CARRIED = {"type": "the relationship type", "source": "the relationship's start",
                    "target": "the relationship's end"}

NODES: dict[str, Table] = {t.name: t for t in (ARTICLE, ACTOR, TOPIC, STATEMENT, QUOTE_COUNT)}
RELATIONSHIPS: dict[str, Table] = {
    "SAID": Table("SAID", (), ends=(("Actor", "Statement"),)),
    "ABOUT": Table("ABOUT", (), ends=(("Statement", "Actor"), ("Statement", "Topic"))),
    "REPORTED_BY": Table("REPORTED_BY", (), ends=(("Statement", "Actor"),)),
    "CONTAINS": Table("CONTAINS", (), ends=(("Article", "Statement"),)),
    "MENTIONS": Table("MENTIONS", (Prop("count", INT64),), ends=(("Article", "Actor"),)),
    # The kept pair counts (model.PAIR_TYPE): from the lower actor id to the higher.
    PAIR_TYPE: Table(PAIR_TYPE, (Prop("articles", INT64, indexed=True),), ends=(("Actor", "Actor"),)),
    # The kept statement counts (model.SAID_PAIR_TYPE): speaker to subject.
    SAID_PAIR_TYPE: Table(SAID_PAIR_TYPE, (Prop("statements", INT64, indexed=True), Prop("last_date", nullable=True)),
                          ends=(("Actor", "Actor"), ("Actor", "Topic"))),
    **{t: Table(t, RELATION_PROPS, ends=(("Actor", "Actor"), ("Actor", "Topic")), carried=RELATION_CARRIED)
       for t in RELATION_TYPES},
}

assert tuple(NODES) == NODE_LABELS + TALLY_LABELS


def row_builder(table: Table) -> Callable[[Any, Any], dict[str, Any]]:
    """``build(record, graph)``: the row of ``table``'s properties read from a record (those
    the write works out, with ``source=None``, are left to it). Compiled once into one dict
    display, as dataclasses builds its methods: rows are built for every record written."""
    functions: dict[str, Callable[[Any, Any], Any]] = {}
    items = ", ".join(f"{p.name!r}: {p.expression(functions)}" for p in table.props if p.source is not None)
    namespace: dict[str, Any] = dict(functions)
    exec(f"def build(r, g):\n    return {{{items}}}\n", namespace)  # noqa: S102 - built from the declarations above
    return namespace["build"]
