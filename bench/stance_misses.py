"""Why gold stance pairs are out of reach of rules over the extractor's actors (issue 18).

Used by ``python bench/stance_candidates.py --misses`` (SEESAW TRAIN only). Every gold pair
(sentence, holder, target) with both ends in the entity list that no ordered pair of actors
of its sentence covers gets a class for each end, the first that applies:

* ``writer``: the holder is "None", the writer (no edge can match it);
* ``found``: an actor mentioned in the sentence links to it;
* ``topic ...``: the end is a Topic / Event / Others entry, not an actor: ``topic made`` when
  one of the extractor's topics links to it, ``topic worded`` when most of its words are in
  the sentence but no topic was made, ``topic unworded`` otherwise;
* ``named, link failed``: a word of its name is in the sentence on an actor's mention, yet
  the actor does not link (the bench's linking);
* ``named, no actor``: a word of its name is in the sentence, and no actor is there;
* ``statement speaker``: the speaker of a statement whose content covers the sentence links
  to it (a quote that goes on from an earlier sentence, "he said" resolved by speakers.py):
  reachable by statement rules though no mention of it is in the sentence;
* ``pronoun`` / ``first person``: the sentence has a pronoun that could stand for it
  (he/she/him/her/his, they/them/their/it/its; I/we/me/us/my/our), split by whether the
  article names it elsewhere (an actor links to it) or never;
* ``role``: a role or description noun ("the president", "the administration", "lawmakers");
* ``other actor``: an actor of the sentence that links to nothing in the list (metonymy such
  as "the White House" for the president is counted here, with the pair of names kept);
* ``absent``: none of these.

Both ends ``found`` but not covered: ``same actor`` (both ends link to one actor) or
``split`` (the parser split the line into two sentences).
"""
from __future__ import annotations

import collections
import json
import os
import sys

import stances as bench

ACTOR_TYPES = ("People", "Organization", "GPE", "Religion")
THIRD = frozenset("he she him her his hers they them their theirs it its".split())
FIRST = frozenset("i we me us my our".split())


def entity_types(corpus: str, name: str) -> dict[str, str]:
    with open(os.path.join(corpus, "annotations", name), encoding="utf-8") as fh:
        ann = json.load(fh)
    return {e[0]: (e[1][0] if e[1] else "") for e in ann.get("entity lists", [])}


#: the classes in coarser groups for the summary table
GROUPS = {"found": "found", "writer": "writer", "statement speaker": "speaker elsewhere",
          "pronoun (known)": "pronoun/I (known)", "first person (known)": "pronoun/I (known)",
          "pronoun (unknown)": "unnamed in article", "first person (unknown)": "unnamed in article",
          "role (unknown)": "unnamed in article", "role (known)": "role (known)",
          "topic made": "topic made", "topic worded": "topic not made", "topic unworded": "topic not made",
          "named, link failed": "named, missed", "named, no actor": "named, missed",
          "other actor": "absent/other", "absent": "absent/other", "same actor": "same/split",
          "split": "same/split", "no line": "absent/other"}


class Misses:
    def __init__(self, corpus: str):
        from stancegraph.loaders.extract import cues
        from stancegraph.loaders.extract.roles import ROLE_HEADS

        self.corpus = corpus
        self.roles = frozenset(ROLE_HEADS) | frozenset(cues.DESCRIPTION_KINDS) | frozenset(
            "lawmaker legislator official administration white house senate republicans democrats".split())
        self.pairs: collections.Counter = collections.Counter()  # (holder class, target class)
        self.ends: collections.Counter = collections.Counter()  # (role, class)
        self.other_names: collections.Counter = collections.Counter()  # (actor name, gold end)
        self.link_failed: collections.Counter = collections.Counter()
        self.role_words: collections.Counter = collections.Counter()
        self.examples: dict = collections.defaultdict(list)
        self.total = self.covered = 0

    def article(self, art, graph, ctx, table, covered_all) -> None:
        types = entity_types(self.corpus, art["name"])
        names = {a.id: [a.name] + list(a.aliases) for a in graph.actors}
        linked = {a: bench.link(n, art["entities"], table) for a, n in names.items()}
        topic_links = set()
        for t in graph.topics:
            topic_links |= bench.link_topic([t.name] + list(t.aliases), art["entities"], table)
        in_article = set().union(*linked.values()) if linked else set()
        lines = {sid: (a, b) for a, b, sid in art["spans"]}
        gold = collections.defaultdict(set)
        for s, a, p, b in art["gold"]:
            if bench.NIL not in (a.lower(), b.lower()):
                gold[(s, a, b)].add(p)
        for (s, a, b), pols in gold.items():
            self.total += 1
            if (art["name"], s, a, b) in covered_all:
                self.covered += 1
                continue
            if s not in lines:
                self._count(("no line", "no line"), pols, art, s, a, b)
                continue
            line = Line(ctx, lines[s], linked, self.roles)
            ch = self._end(line, a, "holder", types, topic_links, in_article, ctx)
            ct = self._end(line, b, "target", types, topic_links, in_article, ctx)
            if ch == ct == "found":
                ch = ct = "same actor" if line.same_actor(a, b) else "split"
            self._count((ch, ct), pols, art, s, a, b, line.text)

    def _count(self, key, pols, art, s, a, b, text="") -> None:
        self.pairs[key] += 1
        self.ends["holder", key[0]] += 1
        self.ends["target", key[1]] += 1
        if len(self.examples[key]) < 4:
            self.examples[key].append(f"{art['name']} {s}: {a} -> {b} | {text[:160]}")

    def _end(self, line, x, role, types, topic_links, in_article, ctx) -> str:
        if role == "holder" and x == "None":
            return "writer"
        if line.finds(x):
            return "found"
        kind = types.get(x, "")
        if kind not in ACTOR_TYPES:
            if x in topic_links:
                return "topic made"
            return "topic worded" if line.words_of(x) >= 0.5 else "topic unworded"
        named = line.named_at(x)
        if named is not None:
            if named:
                self.link_failed[named, x] += 1
                return "named, link failed"
            return "named, no actor"
        if line.spoken_by(x):
            return "statement speaker"
        known = "known" if x in in_article else "unknown"
        if line.has(FIRST) and line.in_quote():
            return f"first person ({known})"
        if line.has(THIRD):
            return f"pronoun ({known})"
        word = line.role_word()
        if word is not None:
            self.role_words[word] += 1
            return f"role ({known})"
        for other in line.unlinked_actors():
            self.other_names[other, x] += 1
        return "other actor" if line.unlinked_actors() else "absent"

    def report(self, examples: bool = False) -> None:
        """The class tables; with ``examples`` also names and sentences of the corpus (for
        reading on screen only: never commit them)."""
        print(f"\ngold pairs {self.total}, covered by some actor pair {self.covered}, "
              f"uncovered {self.total - self.covered}")
        grouped: collections.Counter = collections.Counter()
        for (h, t), n in self.pairs.items():
            grouped[GROUPS.get(h, h), GROUPS.get(t, t)] += n
        known = {"found", "pronoun/I (known)", "role (known)", "speaker elsewhere"}
        resolved = sum(n for (h, t), n in grouped.items() if h in known and t in known)
        topics = sum(n for (h, t), n in grouped.items() if h in known and t == "topic made")
        print(f"ceiling of pairs over actors if every pronoun, role and speaker of the article were resolved: "
              f"{(self.covered + resolved) / self.total:.3f}; with the topics the extractor made as targets: "
              f"{(self.covered + resolved + topics) / self.total:.3f}")
        order = sorted({g for k in grouped for g in k}, key=lambda g: -sum(n for k, n in grouped.items() if g in k))
        print("\nuncovered pairs, holder group (rows) x target group (columns):")
        print(f"{'':22}" + "".join(f"{g[:11]:>12}" for g in order) + f"{'all':>8}")
        for h in order:
            row = [grouped[h, t] for t in order]
            if sum(row):
                print(f"{h:22}" + "".join(f"{n:12}" for n in row) + f"{sum(row):8}")
        print(f"\nthe 30 largest classes:\n{'holder class':26} {'target class':26} {'pairs':>6}")
        for (h, t), n in self.pairs.most_common(30):
            print(f"{h:26} {t:26} {n:6}")
        for role in ("holder", "target"):
            print(f"\n{role} classes of uncovered pairs:")
            for (r, c), n in sorted(self.ends.items(), key=lambda kv: -kv[1]):
                if r == role:
                    print(f"  {c:28} {n:6}")
        if not examples:
            return
        print("\nlink failed (actor name, gold name):", self.link_failed.most_common(25))
        print("\nunlinked actors beside an absent end (actor name, gold name):", self.other_names.most_common(40))
        print("\nrole words:", self.role_words.most_common(30))
        print("\nexamples (train):")
        for key, rows in sorted(self.examples.items(), key=lambda kv: -self.pairs[kv[0]])[:24]:
            print(f"  {key}:")
            for r in rows:
                print("     ", r)


class Line:
    """One gold sentence (a line of the written text) in the extractor's parse."""

    def __init__(self, ctx, span, linked, roles):
        self.ctx, self.linked, self.roles = ctx, linked, roles
        start, end = span
        self.toks = ctx.doc.char_span(start, end, alignment_mode="expand") or ctx.doc[0:0]
        self.text = self.toks.text
        self.start, self.end = start, end
        self.actor_toks = collections.defaultdict(list)
        for t in self.toks:
            for a in ctx.actors_at.get(t.i, ()):
                self.actor_toks[a].append(t)

    def finds(self, x) -> bool:
        return any(x in self.linked.get(a, ()) for a in self.actor_toks)

    def same_actor(self, a, b) -> bool:
        return any(a in self.linked.get(x, ()) and b in self.linked.get(x, ()) for x in self.actor_toks)

    def words_of(self, x) -> float:
        words = bench._content(x)
        have = {bench._norm(t.text) for t in self.toks} | {t.lemma_.lower() for t in self.toks}
        return len(words & have) / len(words) if words else 0.0

    def named_at(self, x):
        """None when no word of x's name is here; else the names of the actors on those words
        ("" when none)."""
        words = {w for w in bench._content(x) if len(w) > 2}
        hits = [t for t in self.toks if t.text[:1].isupper() and bench._norm(t.text) in words]
        if not hits:
            return None
        actors = {a for t in hits for a in self.ctx.actors_at.get(t.i, ())}
        return "; ".join(sorted(self.ctx.actors[a].name for a in actors if a in self.ctx.actors))

    def spoken_by(self, x) -> bool:
        for st in self.ctx.statements:
            sp = st.speaker.actor if st.speaker else None
            if sp and st.content.start < self.end and self.start < st.content.end and x in self.linked.get(sp, ()):
                return True
        return False

    def has(self, words) -> bool:
        return any(t.lower_ in words for t in self.toks)

    def in_quote(self) -> bool:
        return any(self.ctx.in_quote[t.i] for t in self.toks if t.lower_ in FIRST)

    def role_word(self):
        for t in self.toks:
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in self.roles:
                return t.lemma_.lower()
        return None

    def unlinked_actors(self) -> list[str]:
        return [self.ctx.actors[a].name for a in self.actor_toks if not self.linked.get(a) and a in self.ctx.actors]


if __name__ == "__main__":
    import argparse

    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                            epilog="A library of bench/stance_candidates.py: run that with --misses.").parse_args()
    sys.exit("run: python bench/stance_candidates.py --misses")
