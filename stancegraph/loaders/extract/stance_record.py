"""Stance edges as attributions in PolNeAR's sense, for the evaluation record
(:func:`.jsonl.extract_jsonl_record`).

PolNeAR annotates beliefs and intentions as attributions, stance words among them
("Senator Jane Ortiz endorsed Maria Lopez"); the graph keeps those as stance edges, never
as statements. The record lists, after the statements, one row of ``kind`` "stance" per
cue of such an edge: speaker the holder as written, cue the cue words, content the target
phrase (``Relation.holder_span``, ``cue_span``, ``target_span``).

Only positions held, told in their own clause (PolNeAR train: of the rows from acts such as
praise and attack, from relative clauses, infinitives, possessives and participles, about
half matched an attribution; of the rest about three in four): the stance word is one of
holding a position (support, endorse, back, oppose, favour, prefer, embrace); the holder is not a
possessive on a verb's object ("rescinded his support for"; as a subject or in an adjunct,
"after his endorsement of", it tells the position: PolNeAR train 9 of 9 rows matched), a
noun after a preposition or a copula that an -ing form describes ("sent $5,000 to a super PAC
supporting ..."), nor a relative pronoun on a
statement's speaker ("Ortiz, who endorsed Lopez, said ..."; on any other noun the clause
tells a position: PolNeAR train, 17 of 21 such rows matched); the cue is no bare
infinitive ("the first senator to endorse"). See docs/attribution.md.
"""
from __future__ import annotations

import re

from stancegraph.graph.model import STANCE_TYPES, ArticleGraph

#: the forms of the words of holding a position, as they stand in a cue
_POSITION = re.compile(r"(?:support|endors|back|oppos|favou?r|embrac)(?:e|es|ed|d|s|ing|ements?|ition)?"
                       r"|prefer(?:s|red|ring)?", re.IGNORECASE)
#: the preposition a stance noun or verb takes: "support for", "in favor of"
_PREPOSITIONS = frozenset("for to of on against at with after by in behind over".split())
#: "is a group backing Lopez": a participle on a predicate noun names the noun
_COPULA = frozenset("is was are were be been being 's".split())
_RELATIVE = frozenset("who that which whom".split())
_POSSESSIVE = frozenset("his her their its our my your".split())
#: prepositions of an adjunct: "in his attacks on", "from her support for", "after his endorsement of"
_ADJUNCT = frozenset("in from of after with on at by during since despite for about over through amid".split())


def stance_rows(graph: ArticleGraph, rows: list[dict]) -> list[dict]:
    """The stance rows of ``graph`` (see the module docstring). Edges of one cue and holder
    are one row over their target phrases ("supports Clinton and Kaine"); a row whose
    content overlaps one already in ``rows`` is left out: a stance told inside a statement
    is that statement's ("Reed said he opposes the stadium"), not a second attribution."""
    text = graph.article.text
    found: dict[tuple[int, int], dict] = {}
    for r in graph.relations:
        if r.type not in STANCE_TYPES or not (r.cue_span and r.holder_span and r.target_span):
            continue
        key = (r.cue_span.start, r.holder_span.start)
        row = found.get(key)
        if row is None:
            found[key] = {"relation": r.id, "speaker": {**r.holder_span.to_dict(), "actor": r.source},
                          "cue": r.cue_span.to_dict(), "content": r.target_span.to_dict(), "kind": "stance",
                          "reported_by": None, "about": [r.target]}
            continue
        start, end = min(row["content"]["start"], r.target_span.start), max(row["content"]["end"], r.target_span.end)
        row["content"] = {"start": start, "end": end, "text": text[start:end]}
        if r.target not in row["about"]:
            row["about"].append(r.target)
    out: list[dict] = []
    for row in found.values():
        c = row["content"]
        if _position_held(text, row, rows) and not any(
                o["content"] and o["content"]["start"] < c["end"] and c["start"] < o["content"]["end"]
                for o in rows + out):
            out.append(row)
    return out


def _position_held(text: str, row: dict, statements: list[dict]) -> bool:
    """Whether the row tells a position held, in its own clause (the module docstring)."""
    words = row["cue"]["text"].split()
    preps = []
    while len(words) > 1 and words[-1].lower() in _PREPOSITIONS:
        preps.append(words.pop().lower())
    # "her attacks on": attacks kept up against someone, a noun with its "on" or "against"
    attacks = words[-1].lower() in ("attack", "attacks") and preps[-1:] in (["on"], ["against"])
    if not (_POSITION.fullmatch(words[-1]) or attacks):
        return False
    holder = row["speaker"]["text"].split()
    owner = holder[-1].lower() in _POSSESSIVE or holder[-1].endswith(("'s", "’s"))
    if owner and not _owner_told(text, row["speaker"]):
        return False
    if holder[-1].lower() in _RELATIVE and _in_speaker(text, row["speaker"], statements):
        return False
    cue = row["cue"]
    if text[:cue["start"]].rstrip().lower().endswith((" to", "\nto")) or words[0].lower() == "to":
        return False
    # "a super PAC supporting Carson": a participle right after the noun it describes ("is
    # backing", with its auxiliary, is the clause's own verb)
    holder_end = row["speaker"]["end"]
    described = len(words) == 1 and words[0].endswith("ing") and holder_end <= cue["start"] \
        and not text[holder_end:cue["start"]].strip()
    return not described or _participle_told(text, row["speaker"])


def _participle_told(text: str, holder: dict) -> bool:
    """"Democrats supporting Lopez have spent ...", "the head of a super PAC backing Lopez": a
    participle on its holder tells the position (PolNeAR train, 13 of 19 rows matched); not
    on a noun after another preposition or a copula ("gave $5,000 to a group backing Lopez",
    "is a super PAC supporting Lopez"): there the words only name the noun (0 of 4)."""
    before = text[:holder["start"]].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return last == "of" or not (last in _PREPOSITIONS or last in _ADJUNCT or last in _COPULA)


def _in_speaker(text: str, holder: dict, statements: list[dict]) -> bool:
    """"Reid, who endorsed Clinton, said ...", "said Ann Lee, a senator who backs Clinton": a
    relative clause on a statement's speaker (or on a noun in apposition to it) describes the
    speaker; it is not told as an attribution of its own (PolNeAR train)."""
    for st in statements:
        sp = st.get("speaker")
        if sp and (sp["start"] < holder["end"] and holder["start"] < sp["end"]
                   or sp["end"] <= holder["start"] and text[sp["end"]:holder["start"]].strip() == ","):
            return True
    return False


def _owner_told(text: str, holder: dict) -> bool:
    """"Her support for the reform won her the union vote", "two days after his endorsement of
    Lopez": a stance noun with its owner as a sentence's subject or in an adjunct tells the
    owner's position; as a verb's object ("rescinded his endorsement of", "withdrew her
    support for") it is what is done to it, often inside another attribution (PolNeAR train)."""
    before = text[:holder["start"]].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""  # the word before the owner
    return not before or before.endswith((".", "!", "?", '"', "”", "'")) or last in _ADJUNCT
