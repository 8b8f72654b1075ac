"""Audit of the actor layer on the BBC politics articles: the BBC targets of issue 17.

    python bench/bbc_actors.py                        # ingest ../shared/corpora/bbc/politics, audit
    python bench/bbc_actors.py --jobs 2 --json out.json
    python bench/bbc_actors.py --db bbc.lbdb --reuse   # audit a store already built

Ingests the articles into a temporary embedded store through the Python API (or keeps the
store at --db; --reuse audits it as it is, without ingesting), then reads it (read-only
Cypher, values as parameters) and checks:

* people: for Tony Blair, Gordon Brown, Michael Howard, Charles Kennedy, Charles Clarke,
  Jack Straw, Robert Kilroy-Silk and Vince Cable, every actor with the surname in its name
  or an alias (kind, statements); the check passes when exactly one node has the full name
  (as name or alias), it is a person, no node is named by the bare surname ("Howard",
  "Mr Howard"), and in the articles whose text names the person in full (and no other
  person with that surname: "Ian Blair"), every statement whose speaker text is "Surname"
  or "Mr Surname" is SAID by that node;
* parties: Labour, Conservatives/Tories, Liberal Democrats/Lib Dems, UKIP, SNP, Plaid
  Cymru, Greens...: the nodes named by a synonym of the party; one node, an organization;
* wrong merges: "Prince Charles" is not an alias of Charles Kennedy, "Mrs Howard" and
  "Sandra Howard" are not aliases of Michael Howard (nor is "mrs" his role), London is a
  place and not an alias of the United Kingdom (other capitals are listed, not checked);
* junk: no actor name or alias with a newline, an HTML entity (&...;), a leading "- ",
  an honorific inside it ("Tanzania Mr Brown") or a character no name has ("Blair\xbfs");
* speakers: statements with a speaker text and no SAID edge, and among them those whose
  speaker text is a name or alias of an existing actor, compared by the stores' lookup key
  (model.name_key), pronouns and lower-case texts left out (target 0).

Exits 1 when a check fails, 2 when the store or corpus cannot be read.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
POLITICS = os.path.join(SHARED, "corpora", "bbc", "politics")

PEOPLE = ("Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "Charles Clarke",
          "Jack Straw", "Robert Kilroy-Silk", "Vince Cable")
#: party -> the names that denote it (compared case-insensitively, without a leading "the").
PARTIES = {
    "Labour": ("Labour", "Labour Party", "New Labour"),
    "Conservatives": ("Conservative", "Conservatives", "Conservative Party", "Tory", "Tories", "Tory Party"),
    "Liberal Democrats": ("Liberal Democrats", "Liberal Democrat", "Liberal Democrat Party", "Lib Dems",
                          "Lib Dem", "LibDems"),
    "UKIP": ("UKIP", "UK Independence Party", "United Kingdom Independence Party"),
    "SNP": ("SNP", "Scottish National Party", "Scottish Nationalists"),
    "Plaid Cymru": ("Plaid Cymru", "Plaid"),
    "Greens": ("Green Party", "Greens"),
    "Veritas": ("Veritas",),
    "BNP": ("BNP", "British National Party"),
    "Respect": ("Respect", "Respect Party"),
}
UK_NAMES = ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain")
#: capital -> its country's names; listed, not checked (the issue's target is London).
CAPITALS = {"Washington": ("United States", "US", "U.S.", "America", "USA"),
            "Baghdad": ("Iraq",), "Beijing": ("China",), "Brussels": ("Belgium",),
            "Paris": ("France",), "Edinburgh": ("Scotland",), "Cardiff": ("Wales",)}
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?"
ALLOWED = re.compile(r"^[\w .,'’&()/-]+$")


def norm(name: str) -> str:
    """Case-insensitive, without a leading "the" and surrounding blanks."""
    return re.sub(r"^the\s+", "", (name or "").strip(), flags=re.I).lower()


# -- reading the store ------------------------------------------------------------------

def read_store(store) -> dict:
    """Actors, SAID edges and statements with a speaker text, as plain Python."""
    actors = {}
    for aid, name, kind, aliases, roles in store.run(
            "MATCH (a:Actor) RETURN a.id, a.name, a.kind, a.aliases, a.roles").rows:
        actors[aid] = {"id": aid, "name": name, "kind": kind, "aliases": sorted(set(aliases or []) | {name}),
                       "roles": list(roles or []), "said": []}
    said = store.run("MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.id, s.id, s.speaker_text, s.article").rows
    spoken = set()
    for aid, sid, speaker, _art in said:
        actors[aid]["said"].append(speaker or "")
        spoken.add(sid)
    statements = store.run("MATCH (s:Statement) WHERE s.speaker_text IS NOT NULL AND s.speaker_text <> '' "
                           "RETURN s.id, s.speaker_text, s.article").rows
    total = store.run("MATCH (s:Statement) RETURN count(s)").rows[0][0]
    articles = dict(store.run("MATCH (a:Article) RETURN a.id, a.path").rows)
    return {"actors": actors, "said": said, "articles": articles, "spoken": spoken, "speaker_statements": statements,
            "statements": total}


# -- the checks -------------------------------------------------------------------------

def _node(a: dict) -> dict:
    return {"id": a["id"], "name": a["name"], "kind": a["kind"], "statements": len(a["said"]),
            "aliases": a["aliases"][:12]}


def article_texts(data: dict) -> dict[str, str]:
    """The text of every stored article, read again from its path (the graph keeps spans)."""
    texts = {}
    for aid, path in data["articles"].items():
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                texts[aid] = fh.read()
        except (OSError, TypeError):
            continue
    return texts


def check_person(full: str, data: dict) -> dict:
    """One node named ``full``, a person; no node named by the bare surname; and in the
    articles that name ``full`` (and no other person of that surname), every "Surname" /
    "Mr Surname" statement SAID by that node."""
    surname = full.split()[-1]
    word = re.compile(r"(?<![\w-])" + re.escape(surname.split("-")[0]) + r"(?![\w])")
    bare_names = {norm(surname), norm("Mr " + surname)}
    bare = re.compile(rf"^(?:Mr\.?\s+)?{re.escape(surname)}$")
    with_surname = [a for a in data["actors"].values() if any(word.search(n) for n in a["aliases"])]
    this = [a for a in with_surname if norm(full) in {norm(n) for n in a["aliases"]}]
    split = [a for a in with_surname if a not in this and norm(a["name"]) in bare_names]
    namesakes = {a["name"] for a in with_surname if a not in this and a["kind"] == "person"
                 and len(a["name"].split()) == 2 and a["name"].split()[-1] == surname}
    named_in = {aid for aid, text in data["texts"].items()
                if full in text and not any(n in text for n in namesakes)}
    on_node, elsewhere = 0, Counter()
    for aid, _sid, speaker, art in data["said"]:
        if art in named_in and bare.match((speaker or "").strip()):
            if len(this) == 1 and aid == this[0]["id"]:
                on_node += 1
            else:
                elsewhere[data["actors"][aid]["name"]] += 1
    unlinked = sum(1 for sid, speaker, art in data["speaker_statements"]
                   if art in named_in and bare.match(speaker.strip()) and sid not in data["spoken"])
    ok = len(this) == 1 and this[0]["kind"] == "person" and not split and not elsewhere and not unlinked
    return {"person": full, "ok": ok, "nodes": [_node(a) for a in this], "surname_nodes": [_node(a) for a in split],
            "other_nodes_with_surname": [_node(a) for a in with_surname if a not in this and a not in split],
            "articles_naming": len(named_in),
            "surname_only_statements": {"on_node": on_node, "elsewhere": dict(elsewhere), "unlinked": unlinked}}


def check_party(party: str, names: tuple, data: dict) -> dict:
    wanted = {norm(n) for n in names}
    nodes = [a for a in data["actors"].values() if wanted & {norm(n) for n in a["aliases"]}]
    ok = len(nodes) == 1 and nodes[0]["kind"] == "organization"
    return {"party": party, "ok": ok if nodes else None, "nodes": [_node(a) for a in nodes]}


def _with_alias(data: dict, names) -> list[dict]:
    wanted = {norm(n) for n in names}
    return [a for a in data["actors"].values() if wanted & {norm(n) for n in a["aliases"]}]


def check_merges(data: dict) -> list[dict]:
    out = []
    kennedy = _with_alias(data, ["Charles Kennedy"])
    bad = [a["name"] for a in kennedy if {norm(n) for n in a["aliases"]} & {"prince charles", "prince of wales"}]
    out.append({"check": "Prince Charles is not an alias of Charles Kennedy", "ok": not bad,
                "detail": {"kennedy_nodes": [_node(a) for a in kennedy],
                           "prince_charles_nodes": [_node(a) for a in _with_alias(data, ["Prince Charles"])]}})
    howard = _with_alias(data, ["Michael Howard"])
    bad = [a["name"] for a in howard if {norm(n) for n in a["aliases"]} & {"mrs howard", "sandra howard", "sandra"}
           or "mrs" in [r.lower() for r in a["roles"]]]
    out.append({"check": "Mrs Howard / Sandra Howard are not aliases of Michael Howard (nor 'mrs' his role)",
                "ok": not bad, "detail": {"michael_howard_nodes": [dict(_node(a), roles=a["roles"]) for a in howard],
                                          "mrs_howard_nodes": [_node(a) for a in
                                                               _with_alias(data, ["Mrs Howard", "Sandra Howard"])]}})
    london = _with_alias(data, ["London"])
    uk_ids = {a["id"] for a in _with_alias(data, UK_NAMES)}
    ok = bool(london) and all(a["kind"] == "place" and a["id"] not in uk_ids for a in london)
    out.append({"check": "London is a place node, not an alias of the United Kingdom", "ok": ok,
                "detail": {"london_nodes": [_node(a) for a in london]}})
    for city, country in CAPITALS.items():
        nodes = _with_alias(data, [city])
        merged = {a["id"] for a in _with_alias(data, country)} & {a["id"] for a in nodes}
        out.append({"check": f"{city} is a place, not its country (listed, not checked)", "ok": None,
                    "detail": {"nodes": [_node(a) for a in nodes], "merged_with_country": bool(merged)}})
    return out


def junk_reason(name: str) -> str | None:
    if "\n" in name or "\r" in name:
        return "newline"
    if re.search(r"&#?\w+;", name):
        return "HTML entity"
    if re.match(r"^\s*-", name):
        return "leading '-'"
    if name != name.strip():
        return "surrounding blanks"
    if re.search(rf"\S\s+{HONORIFIC}\s", name):
        return "honorific inside"
    if not ALLOWED.match(name):
        return "character no name has"
    return None


def check_junk(data: dict) -> dict:
    found = []
    for a in data["actors"].values():
        for n in a["aliases"]:
            reason = junk_reason(n)
            if reason:
                found.append({"actor": a["name"], "name": n, "reason": reason})
    return {"check": "no junk actor names or aliases", "ok": not found, "count": len(found),
            "by_reason": dict(Counter(j["reason"] for j in found)), "examples": found[:25]}


PRONOUNS = frozenset("i me we us you he him she her it they them who which that this these those one "
                     "his its their our".split())


def is_name(speaker: str) -> bool:
    """A speaker text that could name an actor: capitalised and not a pronoun ("I", "They")."""
    speaker = speaker.strip()
    return bool(speaker) and speaker[0].isupper() and speaker.lower() not in PRONOUNS


def check_speakers(data: dict) -> dict:
    from stancegraph.graph.model import name_key

    known = defaultdict(set)
    for a in data["actors"].values():
        for n in a["aliases"]:
            known[name_key(n)].add(a["name"])
    unlinked = [(sid, speaker, art) for sid, speaker, art in data["speaker_statements"] if sid not in data["spoken"]]
    naming = [(speaker, sorted(known[name_key(speaker)])) for _sid, speaker, _art in unlinked
              if is_name(speaker) and name_key(speaker) in known]
    return {"check": "statements whose speaker text names a known actor carry a SAID edge",
            "ok": not naming, "statements": data["statements"], "with_speaker_text": len(data["speaker_statements"]),
            "without_said": len(unlinked), "without_said_naming_an_actor": len(naming),
            "most_common_unlinked": Counter(s for _i, s, _a in unlinked).most_common(15),
            "naming_examples": Counter(f"{s} -> {' | '.join(n)}" for s, n in naming).most_common(15)}


def audit(data: dict) -> dict:
    return {"actors": len(data["actors"]), "statements": data["statements"],
            "people": [check_person(p, data) for p in PEOPLE],
            "parties": [check_party(p, n, data) for p, n in PARTIES.items()],
            "merges": check_merges(data), "junk": check_junk(data), "speakers": check_speakers(data)}


# -- output -----------------------------------------------------------------------------

def _mark(ok) -> str:
    return {True: "ok  ", False: "FAIL", None: "--  "}[ok]


def _nodes(nodes: list[dict]) -> str:
    return "; ".join(f"{n['name']!r} {n['kind']} {n['statements']}st" for n in nodes) or "none"


def report(res: dict) -> list[str]:
    lines = [f"{res['actors']} actors, {res['statements']} statements"]
    for p in res["people"]:
        s = p["surname_only_statements"]
        lines.append(f"{_mark(p['ok'])} {p['person']}: {len(p['nodes'])} node(s): {_nodes(p['nodes'])}")
        if p["surname_nodes"]:
            lines.append(f"       nodes named by the surname alone: {_nodes(p['surname_nodes'])}")
        lines.append(f"       surname-only statements in the {p['articles_naming']} articles naming {p['person']}: "
                     f"{s['on_node']} on it, elsewhere {s['elsewhere'] or 0}, no SAID {s['unlinked']}")
        if p["other_nodes_with_surname"]:
            lines.append(f"       others with the surname: {_nodes(p['other_nodes_with_surname'])}")
    for p in res["parties"]:
        lines.append(f"{_mark(p['ok'])} {p['party']}: {len(p['nodes'])} node(s): {_nodes(p['nodes'])}")
    for m in res["merges"]:
        lines.append(f"{_mark(m['ok'])} {m['check']}")
        for key, val in m["detail"].items():
            lines.append(f"       {key}: {_nodes(val) if isinstance(val, list) else val}")
    j = res["junk"]
    lines.append(f"{_mark(j['ok'])} {j['check']}: {j['count']} {j['by_reason']}")
    lines += [f"       {e['name']!r} (of {e['actor']!r}): {e['reason']}" for e in j["examples"][:15]]
    s = res["speakers"]
    lines.append(f"{_mark(s['ok'])} {s['check']}: {s['with_speaker_text']} of {s['statements']} statements have a "
                 f"speaker text, {s['without_said']} of those no SAID edge, "
                 f"{s['without_said_naming_an_actor']} of those name a known actor")
    lines += [f"       {name} x{n}" for name, n in s["naming_examples"]]
    lines.append(f"       most common unlinked: {s['most_common_unlinked']}")
    return lines


def failed(res: dict) -> list[str]:
    out = [p["person"] for p in res["people"] if not p["ok"]]
    out += [p["party"] for p in res["parties"] if p["ok"] is False]
    out += [m["check"] for m in res["merges"] if m["ok"] is False]
    out += [c["check"] for c in (res["junk"], res["speakers"]) if not c["ok"]]
    return out


def build_and_read(args) -> dict:
    """Ingest the corpus into --db or a temporary store (unless --reuse), then read it."""
    from stancegraph.api import ingest, open_store

    with tempfile.TemporaryDirectory(prefix="bbc-actors-") as tmp:
        db = args.db or os.path.join(tmp, "bbc.lbdb")
        with open_store(db, read_only=args.reuse, create=not args.reuse) as store:
            if not args.reuse:
                t0 = time.perf_counter()
                rep = ingest([os.path.abspath(args.corpus)], store, jobs=args.jobs)
                print(f"ingested {rep.summary()} in {time.perf_counter() - t0:.0f} s")
            return read_store(store)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=POLITICS, help="the BBC politics folder (default %(default)s)")
    ap.add_argument("--db", default=None, help="embedded store to build (or audit, with --reuse); "
                                               "default a temporary one, removed afterwards")
    ap.add_argument("--reuse", action="store_true", help="audit the store at --db as it is, without ingesting")
    ap.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1)")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args(argv)
    if args.reuse and not args.db:
        ap.error("--reuse needs --db")
    if not args.reuse and not os.path.isdir(args.corpus):
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    sys.path.insert(0, os.path.dirname(HERE))
    from stancegraph.errors import StancegraphError

    try:
        data = build_and_read(args)
    except StancegraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    data["texts"] = article_texts(data)
    if len(data["texts"]) < len(data["articles"]):
        print(f"note: {len(data['articles']) - len(data['texts'])} of {len(data['articles'])} articles' files "
              "could not be read again (paths relative to another folder?); the surname checks skip them")
    res = audit(data)
    print("\n".join(report(res)))
    bad = failed(res)
    res["failed"] = bad
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=1, ensure_ascii=False)
    print(f"{len(bad)} check(s) failed" + (": " + "; ".join(bad) if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
