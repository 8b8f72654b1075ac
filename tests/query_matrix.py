"""Every built-in read query over a matrix of parameter sets, on the three test articles.

``python tests/query_matrix.py`` writes the rows to tests/fixtures/query-rows.json;
test_queries.py checks that every store still gives exactly those rows. The file was first
written with the queries as they were before their bodies became per-store files and named
variants (commit 7f82520), so it proves the new form answers as the old one did. Write it
again only when a query's answer is meant to change, and read the diff.
"""
from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = os.path.join(HERE, "fixtures", "query-rows.json")

#: A value for each parameter that finds something in the test articles (tests/graphs.py).
VALUES = {"actor": "Xi", "target": "Taiwan independence", "subject": "Taiwan", "speaker": "Xi",
          "about": "Taiwan", "place": "Beijing", "exporter": "United States", "buyer": "China",
          "reporter": "WSJ", "source": "Xi", "from": "Trump", "to": "Xi", "stance": "opposes",
          "kind": "visits", "type": "visits", "edge": "no-such-edge", "since": "2025-11",
          "until": "2025-12", "min": "2", "limit": "2", "strict": "true",
          "role": "adviser", "by_statements": "true", "words": "taiwan"}
#: Values that find more for one query than those above.
FOR_QUERY = {"events": {"actor": "Trump", "target": "Xi", "kind": "calls"},
             "visits": {"actor": "Trump"}, "stance-matrix": {"min": "1"},
             "edge-provenance": {"edge": "b2eeae881e3feee3", "source": "Trump", "target": "Xi", "type": "called"}}


def parameter_sets(query) -> list[dict[str, str]]:
    """The required parameters, plus each set of up to two optional ones, plus all of them."""
    values = {**VALUES, **FOR_QUERY.get(query.name, {})}
    required = {p.name: values[p.name] for p in query.params if p.required}
    optional = [p.name for p in query.params if not p.required]
    subsets = [c for r in range(min(2, len(optional)) + 1) for c in itertools.combinations(optional, r)]
    if len(optional) > 2:
        subsets.append(tuple(optional))
    return [{**required, **{n: values[n] for n in subset}} for subset in subsets]


def case_key(name: str, given: dict[str, str]) -> str:
    return name + " " + " ".join(f"{k}={v}" for k, v in sorted(given.items()))


def all_rows(store, queries) -> dict[str, dict]:
    """{case: {"columns": [...], "rows": [...]}} for every read query and parameter set."""
    from stancegraph.queries import run_saved

    out = {}
    for name, query in sorted(queries.items()):
        if query.writes:
            continue
        for given in parameter_sets(query):
            result, _ = run_saved(store, query, given)
            out[case_key(name, given)] = json.loads(json.dumps({"columns": result.columns, "rows": result.rows}))
    return out


def filled(store):
    from graphs import biden_article, call_article, xi_visit_article

    for g in (biden_article(), xi_visit_article(), call_article()):
        store.upsert(g)
    return store


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    from stancegraph.graph.store.ladybug import LadybugStore
    from stancegraph.queries import load_queries

    with tempfile.TemporaryDirectory() as tmp, LadybugStore(os.path.join(tmp, "g.lbdb")) as store:
        found = all_rows(filled(store), load_queries(()))
    with open(ROWS, "w", encoding="utf-8") as fh:
        json.dump(found, fh, indent=0, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    print(f"{len(found)} cases -> {ROWS}")
