"""The rules file: each curation as one line, applied in order to every article graph before
it is written, so a re-ingest (``--force``) or a fresh ingest of the same files never undoes it.

One rule per line (``#`` starts a comment; names are double-quoted)::

    merge  person:blair into person:tony-blair "Tony Blair"
    split  person:charles-kennedy "Prince Charles" into person:prince-charles "Prince Charles"
    rename organization:clarke to "Charles Clarke"
    kind   organization:charles-clarke to person

A rule names its actor by id as the graph holds it when the rule runs (after the rules
above it), so rules chain. A merge or split names the actor it leads to by id and name; an
actor id is ``kind:slug(name)``, so a rename or a kind change gives a new id, and a new id
that another actor already has merges the two.
"""
from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional

from stancegraph.errors import InputError
from stancegraph.graph.model import ACTOR_KINDS, Actor, ArticleGraph, actor_id, name_key
from stancegraph.graph.store.rows import referenced_actor_ids

OPS = ("merge", "split", "rename", "kind")

HEADER = """\
# stancegraph actor rules (docs/entities.md, "Curation"): one rule per line, applied in order
# to every article written (ingest, load) and to the graph by 'stancegraph actors apply'.
#   merge  ID into ID2 "NAME"             ID (its mentions, statements, stances, events) becomes ID2, called NAME
#   split  ID "ALIAS"... into ID2 "NAME"  the mentions of ID named ALIAS, and what they said, become ID2 (NAME)
#   rename ID to "NAME"                    ID keeps its kind, takes the name (and the id that goes with it)
#   kind   ID to KIND                      ID keeps its name, takes the kind
"""

EXAMPLES = ('merge person:blair into person:tony-blair "Tony Blair"',
            'split person:x "Alias" into person:alias "Alias"',
            'rename organization:clarke to "Charles Clarke"', "kind organization:clarke to person")


def check_kind(kind: str) -> str:
    if kind not in ACTOR_KINDS:
        raise InputError(f"unknown actor kind {kind!r}: use one of {', '.join(ACTOR_KINDS)}")
    return kind


def kind_of(actor: str) -> str:
    return actor.split(":", 1)[0]


def quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Rule:
    """One curation. ``actor``: the id it applies to. ``name``/``kind``: what the actor becomes
    (``None``: its own); ``into``: for a merge or split, the id it leads to; ``aliases``: for
    a split, the names whose mentions move."""

    op: str
    actor: str
    name: Optional[str] = None
    kind: Optional[str] = None
    aliases: tuple[str, ...] = ()
    into: Optional[str] = None

    def target(self, name: str, kind: str) -> tuple[str, str, str]:
        """``(id, name, kind)`` an actor called ``name`` of ``kind`` becomes under this rule."""
        name, kind = self.name or name, self.kind or kind
        return self.into or actor_id(kind, name), name, kind

    def line(self) -> str:
        if self.op == "merge":
            return f"merge {self.actor} into {self.into} {quote(self.name or '')}"
        if self.op == "split":
            aliases = " ".join(quote(a) for a in self.aliases)
            return f"split {self.actor} {aliases} into {self.into} {quote(self.name or '')}"
        if self.op == "rename":
            return f"rename {self.actor} to {quote(self.name or '')}"
        return f"kind {self.actor} to {self.kind}"

    def __str__(self) -> str:
        return self.line()

    @classmethod
    def parse(cls, line: str) -> Optional["Rule"]:
        """The rule on ``line`` (``None`` for a blank or comment line); a malformed one raises
        ValueError saying what is wrong."""
        words = shlex.split(line, comments=True)
        if not words:
            return None
        op, args = words[0], words[1:]
        if op not in OPS:
            raise ValueError(f"unknown rule {op!r} (rules: {', '.join(OPS)})")
        if len(args) < 3 or ":" not in args[0]:
            raise ValueError(f"expected e.g. {EXAMPLES[OPS.index(op)]}")
        actor = args[0]
        if op in ("merge", "split"):
            if op == "split" and args[1] == "into":
                raise ValueError("a split names at least one alias")
            if "into" not in args or len(args) - args.index("into") != 3 or (op == "merge") != (args[1] == "into"):
                raise ValueError(f"expected e.g. {EXAMPLES[OPS.index(op)]}")
            into, name = args[-2], args[-1]
            if ":" not in into:
                raise ValueError(f"expected e.g. {EXAMPLES[OPS.index(op)]}")
            aliases = tuple(args[1:args.index("into")])
            return cls(op, actor, _name(name), _kind(kind_of(into)), aliases, into)
        if len(args) != 3 or args[1] != "to":
            raise ValueError(f"expected e.g. {EXAMPLES[OPS.index(op)]}")
        return cls(op, actor, _name(args[2])) if op == "rename" else cls(op, actor, kind=_kind(args[2]))

    def apply(self, graph: ArticleGraph) -> ArticleGraph:
        """``graph`` with this rule applied (the graph itself when it holds no such actor)."""
        if not any(a.id == self.actor for a in graph.actors):
            return graph
        if self.op == "split":
            return _split(graph, self)
        old = next(a for a in graph.actors if a.id == self.actor)
        return remap(graph, self.actor, self.target(old.name, old.kind))


def _name(name: str) -> str:
    if not name.strip():
        raise ValueError("a name cannot be empty")
    return name


def _kind(kind: str) -> str:
    try:
        return check_kind(kind)
    except InputError as exc:
        raise ValueError(str(exc)) from None


def apply_rules(rules: Iterable[Rule], graph: ArticleGraph) -> ArticleGraph:
    """``graph`` with every rule applied in order."""
    for rule in rules:
        graph = rule.apply(graph)
    return graph


def remap(graph: ArticleGraph, old: str, target: tuple[str, str, str]) -> ArticleGraph:
    """Actor ``old`` as ``target`` (id, name, kind) everywhere in ``graph``: its mentions,
    statements (speaker, reporter, about), stances and events; two actors with one id unite."""
    new_id, name, kind = target

    def m(node: Optional[str]) -> Optional[str]:
        return new_id if node == old else node

    actors = [Actor(new_id, name, kind, sorted(set(a.aliases) | {a.name}), list(a.roles)) if a.id == old else a
              for a in graph.actors]
    statements = [replace(s, speaker=replace(s.speaker, actor=m(s.speaker.actor)) if s.speaker else None,
                          reported_by=m(s.reported_by), about=list(dict.fromkeys(m(t) for t in s.about)))
                  for s in graph.statements]
    return replace(graph, actors=_united(actors, {new_id: (name, kind)}),
                   mentions=[replace(x, actor=m(x.actor)) for x in graph.mentions], statements=statements,
                   relations=[replace(r, source=m(r.source), target=m(r.target)) for r in graph.relations])


def _united(actors: list[Actor], named: dict[str, tuple[str, str]]) -> list[Actor]:
    """One actor per id (aliases and roles united), those in ``named`` with that name and kind."""
    out: dict[str, Actor] = {}
    for a in actors:
        before = out.get(a.id)
        if before is not None:
            a = replace(before, aliases=sorted(set(before.aliases) | set(a.aliases) | {a.name}),
                        roles=sorted(set(before.roles) | set(a.roles)))
        out[a.id] = a
    for node_id, (name, kind) in named.items():
        if node_id in out:
            out[node_id] = replace(out[node_id], name=name, kind=kind)
    return list(out.values())


def _split(graph: ArticleGraph, rule: Rule) -> ArticleGraph:
    """The mentions of ``rule.actor`` whose text is one of the rule's aliases, the statements
    said through them and the stances and events read from those statements, as the rule's
    new actor."""
    keys = {name_key(a) for a in rule.aliases}
    new_id, name, kind = rule.target("", "")
    old = rule.actor

    def moves(actor: Optional[str], text: str) -> bool:
        return actor == old and name_key(text) in keys

    moved_texts = sorted({x.text for x in graph.mentions if moves(x.actor, x.text)}
                         | {s.speaker.text for s in graph.statements if s.speaker and moves(s.speaker.actor, s.speaker.text)})
    if not moved_texts:
        return graph
    mentions = [replace(x, actor=new_id) if moves(x.actor, x.text) else x for x in graph.mentions]
    said = {s.id for s in graph.statements if s.speaker and moves(s.speaker.actor, s.speaker.text)}
    statements = [replace(s, speaker=replace(s.speaker, actor=new_id)) if s.id in said else s
                  for s in graph.statements]
    relations = [replace(r, source=new_id) if r.source == old and r.statement in said else r
                 for r in graph.relations]
    actors = [replace(a, aliases=[x for x in a.aliases if name_key(x) not in keys]) if a.id == old else a
              for a in graph.actors] + [Actor(new_id, name, kind, moved_texts)]
    out = replace(graph, actors=_united(actors, {new_id: (name, kind)}), mentions=mentions,
                  statements=statements, relations=relations)
    if old not in referenced_actor_ids(out):  # every mention of it moved: no node left behind
        out.actors = [a for a in out.actors if a.id != old]
    return out


# ---------------------------------------------------------------------------------------
# the file

def read_rules(path: str) -> list[Rule]:
    """The rules in the file at ``path``; a line that is not a rule raises InputError naming it."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError as exc:
        raise InputError(f"rules file {path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"rules file {path}: not UTF-8 text") from None
    rules = []
    for lineno, line in enumerate(lines, 1):
        try:
            rule = Rule.parse(line)
        except ValueError as exc:
            raise InputError(f"rules file {path}:{lineno}: {exc}") from None
        if rule is not None:
            rules.append(rule)
    return rules


def add_rules(path: str, rules: list[Rule]) -> Callable[[], None]:
    """Append ``rules`` to the file at ``path`` (created with a header explaining the format),
    written whole and atomically; returns a function that puts the file back as it was."""
    existed = os.path.exists(path)
    try:
        before = open(path, encoding="utf-8").read() if existed else None
    except OSError as exc:
        raise InputError(f"rules file {path}: cannot read ({exc.strerror or exc})") from None
    text = before if before is not None else HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    _write(path, text + "".join(r.line() + "\n" for r in rules))

    def restore() -> None:
        if before is None:
            os.remove(path)
        else:
            _write(path, before)

    return restore


def _write(path: str, text: str) -> None:
    tmp = f"{path}.tmp-{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        with_tmp = os.path.exists(tmp)
        if with_tmp:
            os.remove(tmp)
        raise InputError(f"rules file {path}: cannot write ({exc.strerror or exc})") from None
