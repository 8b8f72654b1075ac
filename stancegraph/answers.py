"""The Python API's questions and saved queries (part of :mod:`stancegraph.api`, which
re-exports every name here; docs/api.md, docs/queries.md)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Union

from stancegraph.errors import InputError, QueryError
from stancegraph.graph.names import Match
from stancegraph.graph.store.base import QueryResult, Store

if TYPE_CHECKING:  # the query module loads only when used
    from stancegraph.queries import SavedQuery

PathLike = Union[str, "os.PathLike[str]"]


@dataclass
class Answer:
    """The rows a saved query returned, with what was run to get them."""

    query: str  #: the saved query's name
    title: str
    params: dict[str, Any]  #: the parameters as given (names, not yet node ids)
    result: QueryResult
    matches: list[Match]  #: the nodes each name parameter was matched to
    notes: list[str] = field(default_factory=list)  #: how a question was read (ask): names taken, dates
    suggestions: list[str] = field(default_factory=list)  #: questions that answer, when this found nothing

    @property
    def columns(self) -> list[str]:
        return self.result.columns

    @property
    def rows(self) -> list[list[Any]]:
        return self.result.rows

    def records(self) -> list[dict[str, Any]]:
        return self.result.records()

    def describe(self) -> str:
        """The query and its parameters, as ``stancegraph query`` takes them."""
        return " ".join([self.query] + [f"-p {k} {json.dumps(v, ensure_ascii=False)}" for k, v in self.params.items()])

    def command(self) -> str:
        """The ``stancegraph query`` line that gives these rows."""
        return "stancegraph query " + self.describe()


def saved_queries(queries_dirs: Iterable[PathLike] = ()) -> dict[str, "SavedQuery"]:
    """The saved queries by name: the built-in ones, then ``~/.config/stancegraph/queries``,
    then ``queries_dirs`` (a later query of the same name wins). A folder in
    ``queries_dirs`` that does not exist raises :class:`InputError`."""
    from stancegraph.queries import load_queries

    dirs = [os.fspath(d) for d in queries_dirs]
    for folder in dirs:
        if not os.path.isdir(folder):
            what = "is not a folder" if os.path.exists(folder) else "does not exist"
            raise InputError(f"queries folder {folder} {what}")
    return load_queries(dirs)


def saved_query(name: str, queries_dirs: Iterable[PathLike] = ()) -> "SavedQuery":
    """One saved query by name; an unknown name raises :class:`QueryError` with close names."""
    from stancegraph.queries import get_query

    return get_query(name, saved_queries(queries_dirs))


def run_query(name: Union[str, "SavedQuery"], params: Optional[Mapping[str, Any]], store: Store, *,
              limit: Optional[int] = None, write: bool = False,
              queries_dirs: Iterable[PathLike] = ()) -> Answer:
    """Run a saved query (``stancegraph queries`` lists them) with ``params``.

    ``node`` parameters take a name, alias or id of an actor or topic (any case). ``limit``
    caps the rows: it is the query's own ``limit`` when it has one, else the rows are cut.
    A query that writes runs only with ``write=True``.
    """
    saved = saved_query(name, queries_dirs) if isinstance(name, str) else name
    given = dict(params or {})
    if limit is not None and limit < 0:
        raise QueryError(f"limit must be 0 or more, got {limit}")
    if limit is not None and saved.param("limit") is not None:
        given["limit"] = limit
    from stancegraph.queries import run_saved

    result, matches = run_saved(store, saved, given, write=write)
    if limit is not None and saved.param("limit") is None:
        result = QueryResult(result.columns, result.rows[:limit])
    return Answer(saved.name, saved.title, given, result, matches)


def interpret(question: str, store: Optional[Store] = None) -> tuple[str, dict[str, Any]]:
    """The saved query and parameters a plain question maps onto (see :func:`ask`). With
    ``store`` the names are the graph's own (an ambiguous one taken as its most mentioned actor)."""
    from stancegraph.queries.ask import interpret as _interpret

    meaning = _interpret(question, store)
    return meaning.query, dict(meaning.params)


def ask(question: str, store: Store, *, limit: Optional[int] = None,
        queries_dirs: Iterable[PathLike] = ()) -> Answer:
    """Answer a plain question ("who said what about Taiwan") from the saved queries.

    The graph's names are found first, then what is asked of them (docs/queries.md).
    ``answer.command()`` says which query ran, ``answer.notes`` how names and dates were read;
    an answer with no rows carries ``suggestions`` that do answer. A question that cannot be
    placed raises :class:`QueryError` naming what was recognised, with questions to try.
    """
    from stancegraph.queries import get_query
    from stancegraph.queries.ask import interpret as _interpret
    from stancegraph.queries.ask.suggest import suggest

    queries = saved_queries(queries_dirs)
    meaning = _interpret(question, store)
    answer = run_query(get_query(meaning.query, queries), meaning.params, store, limit=limit)
    notes = list(meaning.notes)
    if not answer.rows and meaning.fallback is not None:
        other = run_query(get_query(meaning.fallback.query, queries), meaning.fallback.params, store, limit=limit)
        if other.rows:
            notes.append(f"{answer.describe()} found nothing; answered by {meaning.fallback.query} instead")
            answer = other
    answer.notes = notes
    if not answer.rows:
        answer.suggestions = suggest(meaning.names, store, queries=queries)
    return answer
