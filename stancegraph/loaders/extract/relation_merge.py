"""The same fact told several times in one article is one edge (:func:`merge_relations`),
used by :func:`.relations.extract_relations`."""
from __future__ import annotations

from typing import Optional

from stancegraph.graph import model
from stancegraph.graph.model import Relation

_SYMMETRIC = {"CALLED", "MET"}


def _date_fits(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _merge_key(r: Relation) -> tuple:
    """What makes two edges one fact. A stance is one per sentence: each time it is told is
    evidence of its own (the queries count them for and against, by date)."""
    ends = frozenset((r.source, r.target)) if r.type in _SYMMETRIC else (r.source, r.target)
    if r.type in model.STANCE_TYPES:
        return (r.type, ends, r.polarity, r.sentence.start if r.sentence else None)
    return (r.type, ends, None, None)


def merge_relations(rels: list[Relation]) -> list[Relation]:
    """The same fact told several times in one article is one edge.

    The seed tells Trump's visit three times (headline, report, Trump's post) and the Busan
    summit twice ("the U.S.-China summit on October 30", "last month's U.S.-China summit in
    Busan"). Edges of the same type between the same ends (either direction for CALLED and
    MET) whose dates agree (one unknown, or one a prefix of the other) merge: the most
    precise date wins, details (goods, place) are joined, and the provenance is that of the
    edge read from the most informative sentence. A CALLED edge that names who placed the
    call ("the call was initiated by President Xi") sets the direction.
    """
    groups: list[list[Relation]] = []
    for r in rels:
        key = _merge_key(r)
        for g in groups:
            if _merge_key(g[0]) == key and all(_date_fits(r.date, x.date) for x in g) and (
                    r.type in model.STANCE_TYPES or r.status is None or all(x.status in (None, r.status) for x in g)):
                g.append(r)
                break
        else:
            groups.append([r])
    out = []
    for g in groups:
        if len(g) == 1:
            out.append(g[0])
            continue
        # who placed a call is the claim that needs its sentence; the date can come from another
        initiator = next((r for r in g if r.type == "CALLED" and r.detail and "initiated" in r.detail), None)
        best = initiator or max(g, key=lambda r: (len(r.date or ""), len(r.detail or "") > 0, r.confidence or 0,
                                                  -g.index(r)))
        merged = Relation.from_dict(best.to_dict())
        dated = max(g, key=lambda r: len(r.date or ""))
        if dated.date and len(dated.date) > len(merged.date or ""):
            merged.date, merged.date_text = dated.date, dated.date_text
        details: list[str] = []
        for r in sorted(g, key=lambda r: r is not best):
            for d in (r.detail or "").split(", "):
                if d and d not in details:
                    details.append(d)
        # "summit" and "summit in Busan" are one detail
        details = [d for d in details if not any(o != d and o.startswith(d) for o in details)]
        merged.detail = ", ".join(details) or None
        merged.confidence = round(min(1.0, max(r.confidence or 0 for r in g) + 0.05 * (len(g) - 1)), 2)
        if not merged.status:
            merged.status = next((r.status for r in g if r.status), None)
        out.append(merged)
    return out
