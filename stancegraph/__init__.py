"""stancegraph: news articles to a knowledge graph of actors, statements and stances.

The Python API (docs/api.md) is re-exported here from :mod:`stancegraph.api`, loaded on
first use so that ``import stancegraph`` and ``stancegraph --help`` stay fast::

    import stancegraph

    with stancegraph.open_store("news.lbdb") as store:
        stancegraph.ingest(["articles/"], store)
        print(stancegraph.ask("who said what about Taiwan", store).records())
"""
from typing import TYPE_CHECKING, Any

from stancegraph.errors import InputError, QueryError, StancegraphError, StoreError

__version__ = "0.1.0"

#: The API's names, all defined in stancegraph.api.
API = ("open_store", "read", "extract", "extract_shards", "ingest", "load", "to_jsonl", "read_jsonl", "ask",
       "interpret", "run_query", "saved_queries", "saved_query", "select_subgraph", "render", "export", "serve",
       "explorer_app", "IngestReport", "Answer", "Subgraph", "Progress")
#: Actor curation (docs/entities.md), defined in stancegraph.curation.
CURATION = ("list_actors", "actor_suspects", "merge_actors", "split_actor", "rename_actor", "set_actor_kind",
            "apply_rules", "Curation")

__all__ = ["StancegraphError", "InputError", "StoreError", "QueryError", "__version__", *API, *CURATION]

if TYPE_CHECKING:  # pragma: no cover
    from stancegraph.api import (Answer, IngestReport, Progress, Subgraph, ask, explorer_app, export,  # noqa: F401
                                 extract, extract_shards, ingest, interpret, load, open_store, read, read_jsonl,
                                 render, run_query, saved_queries, saved_query, select_subgraph, serve, to_jsonl)
    from stancegraph.curation import (Curation, actor_suspects, apply_rules, list_actors,  # noqa: F401
                                      merge_actors, rename_actor, set_actor_kind, split_actor)


def __getattr__(name: str) -> Any:
    if name in API:
        from stancegraph import api

        return getattr(api, name)
    if name in CURATION:
        from stancegraph import curation

        return getattr(curation, name)
    raise AttributeError(f"module 'stancegraph' has no attribute {name!r}")


def __dir__() -> list:
    return sorted(list(globals()) + list(API) + list(CURATION))
