"""The ``stancegraph`` command line: a thin click layer over the library.

Each command parses its options, calls the library, and prints. Expected failures
(:class:`~stancegraph.errors.StancegraphError`) become one line on stderr and exit
code 1, never a traceback.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
import time
from typing import Any, Iterable, Iterator, Optional

import click

from stancegraph import __version__
from stancegraph.errors import InputError, QueryError, StancegraphError, without_credentials
from stancegraph.graph.model import ArticleGraph
from stancegraph.graph.store.base import QueryResult, Store, default_db_path, open_store

EPILOG_STORE = (
    "The graph is the embedded file given by --db (default $STANCEGRAPH_DB or ./stancegraph.lbdb) "
    "unless --neo4j URI or $NEO4J_URI names a Neo4j server (credentials from NEO4J_USERNAME, "
    "NEO4J_PASSWORD, NEO4J_DATABASE)."
)


def _fail(message: str, code: int = 1):
    click.echo(f"Error: {without_credentials(message)}", err=True)
    sys.exit(code)


def handle_errors(fn):
    """Turn the library's expected failures into one clean line and a non-zero exit."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StancegraphError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted; everything written before this point is kept", 130)
        except BrokenPipeError:  # `stancegraph ... | head`
            sys.stderr.close()
            sys.exit(0)

    return wrapper


def store_options(fn):
    fn = click.option("--neo4j", "neo4j_uri", metavar="URI", default=None,
                      help="Neo4j server (bolt:// or neo4j://); default $NEO4J_URI.")(fn)
    fn = click.option("--db", "db_path", metavar="PATH", default=None,
                      help="Embedded graph file; default $STANCEGRAPH_DB or ./stancegraph.lbdb.")(fn)
    return fn


def output_options(fn):
    fn = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                      show_default=True, help="Output format.")(fn)
    return fn


def _open(db_path: Optional[str], neo4j_uri: Optional[str], *, read_only: bool = False) -> Store:
    return open_store(neo4j_uri=neo4j_uri, db_path=db_path, read_only=read_only)


def print_result(result: QueryResult, fmt: str, *, title: Optional[str] = None) -> None:
    if fmt == "json":
        click.echo(json.dumps(result.records(), indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                             for v in row])
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        # Lines between rows only when cells are long enough to wrap.
        long_cells = any(len(_cell(v)) > 60 for row in result.rows for v in row)
        table = Table(title=title, show_lines=long_cells, title_justify="left")
        for col in result.columns:
            table.add_column(col, overflow="fold")
        for row in result.rows:
            table.add_row(*[_cell(v) for v in row])
        # On a terminal, fit its width; in a pipe or file, never wrap (so grep finds whole lines).
        width = _terminal_width() if sys.stdout.isatty() else 100_000
        # Data prints literally: no ':x:' emoji codes, no markup (cells are escaped too).
        console = Console(width=width, soft_wrap=False, highlight=False, emoji=False)
        console.print(table)
        click.echo(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")


def _terminal_width() -> int:
    try:
        return max(60, os.get_terminal_size().columns)
    except OSError:
        return 120


def _cell(value: Any) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, list):
        return escape(", ".join(str(v) for v in value))
    if isinstance(value, dict):
        return escape(json.dumps(value, ensure_ascii=False))
    return escape(str(value))


def _params(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {k: v for k, v in pairs}


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="stancegraph")
def cli():
    """Turn news articles into a graph of actors, their statements, stances and events.

    \b
    Quick start (embedded store, no server):
        stancegraph ingest --sample
        stancegraph ask "who said what about Taiwan"
    """


# --------------------------------------------------------------------------------------
# ingest / extract / load

def loader_options(fn):
    for decorator in reversed([
        click.option("--sample", is_flag=True, help="Also ingest the sample article shipped with stancegraph."),
        click.option("--input-format", "input_format",
                     type=click.Choice(["text", "markdown", "html", "json", "jsonl", "csv", "rss"]),
                     default=None, help="Force the input format (default: guessed per input)."),
        click.option("--text-field", default=None, help="JSON/CSV field with the article text."),
        click.option("--title-field", default=None, help="JSON/CSV field with the title."),
        click.option("--date-field", default=None, help="JSON/CSV field with the publication date."),
        click.option("--url-field", default=None, help="JSON/CSV field with the URL."),
        click.option("--outlet-field", default=None, help="JSON/CSV field with the outlet."),
        click.option("--outlet", default=None, help="Outlet for every input (overrides what the input says)."),
        click.option("--published", default=None, metavar="DATE",
                     help="Publication date for every input, e.g. 2025-11-25."),
        click.option("--model", default=None, help="spaCy pipeline to use (default en_core_web_sm)."),
        click.option("--max-bytes", default=50_000_000, show_default=True, type=click.IntRange(1),
                     help="Largest file, download, JSON line or CSV row read, in bytes."),
        click.option("--allow-private-urls", is_flag=True,
                     help="Let URLs and feed links reach loopback, private and link-local addresses "
                          "(refused by default)."),
    ]):
        fn = decorator(fn)
    return fn


class Tally:
    """Counts what happened to each input, for the closing summary and the exit code."""

    def __init__(self) -> None:
        self.loaded = self.skipped = self.failed = self.stored = 0

    def summary(self) -> str:
        return (f"{self.loaded} loaded, {self.stored} written, {self.skipped} skipped, "
                f"{self.failed} failed")


def _articles(sources: tuple[str, ...], sample: bool, tally: Tally, opts: dict[str, Any]) -> Iterator:
    """Articles from the loaders, with failures reported (one line each) and counted."""
    from stancegraph.loaders.read import sources as loaders

    inputs = list(sources) + ([loaders.sample_path()] if sample else [])
    if not inputs:
        raise InputError("nothing to ingest: give files, folders, globs, URLs or '-' (or --sample)")
    if sample and opts.get("published") is None and not sources:
        opts = dict(opts, published="2025-11-25")  # the sample's publication date
    for item in loaders.iter_articles(inputs, **{k: v for k, v in opts.items() if v is not None}):
        if isinstance(item, loaders.LoadFailure):
            tally.failed += 1
            click.echo(f"failed: {without_credentials(item.message)}", err=True)
        elif isinstance(item, loaders.LoadSkipped):
            tally.skipped += 1
        else:
            tally.loaded += 1
            yield item


def _loader_kwargs(kw: dict[str, Any]) -> dict[str, Any]:
    return {
        "fmt": kw["input_format"], "text_field": kw["text_field"], "title_field": kw["title_field"],
        "date_field": kw["date_field"], "url_field": kw["url_field"], "outlet_field": kw["outlet_field"],
        "outlet": kw["outlet"], "published": kw["published"], "max_bytes": kw["max_bytes"],
        "allow_private_urls": kw["allow_private_urls"],
    }


def _progress(iterable, label: str):
    """A progress bar on a terminal, nothing in pipes and logs."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if not sys.stderr.isatty():
        yield from iterable
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[rate]}"), transient=True) as progress:
        task = progress.add_task(label, total=None, rate="")
        start = time.monotonic()
        for n, item in enumerate(iterable, 1):
            rate = n / max(time.monotonic() - start, 1e-6)
            progress.update(task, advance=1, rate=f"{rate:.1f} articles/s")
            yield item


@cli.command()
@click.argument("sources", nargs=-1)
@loader_options
@click.option("--jobs", "-j", default=1, show_default=True, help="Extraction worker processes.")
@click.option("--force", is_flag=True, help="Re-extract articles already in the graph (replacing them).")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1),
              help="Articles written per transaction.")
@store_options
@handle_errors
def ingest(sources, sample, jobs, force, batch_size, db_path, neo4j_uri, model, **kw):
    """Read articles, extract actors and statements, and write them to the graph.

    SOURCES are files, folders (read recursively), glob patterns, http(s) URLs, feeds,
    or - for standard input. Articles already in the graph are skipped (so an interrupted
    run can simply be started again) unless --force is given.

    \b
    Examples:
        stancegraph ingest --sample
        stancegraph ingest articles/ --published 2025-11-25 --outlet "Korea Economic Daily"
        stancegraph ingest --neo4j bolt://localhost:7687 feed.xml
        stancegraph ingest corpus/ --jobs 2
    """
    from stancegraph.loaders.extract.parallel import extract_parallel

    tally = Tally()
    articles = _articles(sources, sample, tally, _loader_kwargs(kw))
    with _open(db_path, neo4j_uri) as store:
        if not force:
            articles = _skip_stored(articles, store, tally)
        graphs = extract_parallel(articles, jobs=jobs, model=model, on_error=functools.partial(_extract_failed, tally))
        # Extraction of the next batch goes on while a background thread writes this one.
        tally.stored += store.upsert_many(_progress(graphs, "ingesting"), batch_size=batch_size,
                                          on_error=functools.partial(_write_failed, tally), overlap=True)
    click.echo(tally.summary(), err=True)
    if tally.failed:
        sys.exit(1)


def _write_failed(tally: Tally, graph: ArticleGraph, exc: StancegraphError) -> None:
    _extract_failed(tally, graph.article, str(exc))


def _extract_failed(tally: Tally, article, message: str) -> None:
    from stancegraph.loaders.extract.batch import where

    tally.failed += 1
    click.echo(f"failed: {without_credentials(f'{where(article)}: {message}')}", err=True)


def _skip_stored(articles, store: Store, tally: Tally, chunk: int = 256):
    """Articles not yet in the graph, asking the store about ``chunk`` ids at a time."""
    import itertools

    articles = iter(articles)
    while batch := list(itertools.islice(articles, chunk)):
        stored = store.stored_articles(a.id for a in batch)
        for article in batch:
            if article.id in stored:
                tally.skipped += 1
            else:
                yield article


@cli.command()
@click.argument("sources", nargs=-1)
@loader_options
@click.option("--jobs", "-j", default=1, show_default=True, help="Extraction worker processes.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              show_default=True, help="Where to write the JSON lines.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@handle_errors
def extract(sources, sample, jobs, output, fmt, model, **kw):
    """Extract statements from articles as JSON lines, without touching any graph.

    One JSON object per article: its path, the article, and its statements with speaker,
    cue and content spans (character offsets into the article text). ``stancegraph load``
    writes these records into a graph, so extraction can run anywhere in parallel.

    \b
    Examples:
        stancegraph extract article.txt
        stancegraph extract corpus/ -o deltas.jsonl && stancegraph load deltas.jsonl
    """
    from stancegraph.loaders.extract.pipeline import extract_jsonl_record
    from stancegraph.loaders.extract.parallel import extract_parallel

    tally = Tally()
    articles = _articles(sources, sample, tally, _loader_kwargs(kw))
    with click.open_file(output, "w", encoding="utf-8") as out:
        graphs = extract_parallel(articles, jobs=jobs, model=model, on_error=functools.partial(_extract_failed, tally))
        for graph in _progress(graphs, "extracting"):
            record = extract_jsonl_record(graph.article.path, graph)
            record["graph"] = graph.to_dict()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            tally.stored += 1
    click.echo(tally.summary().replace("written", "extracted"), err=True)
    if tally.failed:
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1),
              help="Articles per transaction (Neo4j, and articles replaced in the embedded store).")
@click.option("--copy/--no-copy", "use_copy", default=True, show_default=True,
              help="Embedded store: write new articles through LadybugDB's COPY bulk import.")
@store_options
@handle_errors
def load(files, batch_size, use_copy, db_path, neo4j_uri):
    """Write extracted JSON lines (from ``stancegraph extract``) into the graph, in bulk.

    Neo4j gets large UNWIND batches; the embedded store gets its new articles through
    COPY (articles already in it are replaced transactionally, as by ingest).

    \b
    Examples:
        stancegraph load deltas.jsonl
        stancegraph load part-*.jsonl --neo4j bolt://localhost:7687 --batch-size 1000
    """
    from stancegraph.graph.store.bulk import bulk_load

    tally = Tally()
    with _open(db_path, neo4j_uri) as store:
        tally.stored += bulk_load(store, _progress(_read_deltas(files, tally), "loading"),
                                  batch_size=batch_size, use_copy=use_copy,
                                  on_error=functools.partial(_write_failed, tally))
    click.echo(tally.summary(), err=True)
    if tally.failed:
        sys.exit(1)


def _read_deltas(files, tally: Tally) -> Iterator[ArticleGraph]:
    for name in files:
        try:
            fh = click.open_file(name, "r", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
        with fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    graph = ArticleGraph.from_dict(record.get("graph", record))
                except (ValueError, KeyError, TypeError) as exc:
                    tally.failed += 1
                    click.echo(f"failed: {name}:{lineno}: not an extracted record ({exc})", err=True)
                    continue
                tally.loaded += 1
                yield graph


# --------------------------------------------------------------------------------------
# questions and queries

def _print_matches(matches) -> None:
    for m in matches:
        click.echo(m.describe(), err=True)


@cli.command()
@click.argument("question")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@output_options
@store_options
@handle_errors
def ask(question, limit, fmt, db_path, neo4j_uri):
    """Answer a plain question from the saved queries.

    \b
    Examples:
        stancegraph ask "who said what about Taiwan"
        stancegraph ask "what did Xi say about Taiwan"
        stancegraph ask "top actors" --format json
    """
    from stancegraph.queries import get_query, load_queries, run_saved
    from stancegraph.queries.ask import interpret

    meaning = interpret(question)
    queries = load_queries()
    query = get_query(meaning.query, queries)
    params = dict(meaning.params)
    if limit is not None:
        params["limit"] = str(limit)
    shown = " ".join(f"-p {k} {json.dumps(v)}" for k, v in params.items())
    click.echo(f"query: {query.name} {shown}".rstrip(), err=True)
    with _open(db_path, neo4j_uri, read_only=True) as store:
        result, matches = run_saved(store, query, params)
    _print_matches(matches)
    print_result(result, fmt, title=query.title)


@cli.command()
@click.argument("name")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A query parameter (repeatable).")
@click.option("--limit", type=int, default=None, help="At most this many rows (when the query takes a limit).")
@click.option("--write", is_flag=True, help="Allow a query marked 'writes: true' to change the graph.")
@click.option("--describe", is_flag=True, help="Show what the query answers and its parameters; run nothing.")
@click.option("--queries-dir", "queries_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Folder with your own .cypher queries (repeatable).")
@output_options
@store_options
@handle_errors
def query(name, params, limit, write, describe, queries_dirs, fmt, db_path, neo4j_uri):
    """Run the saved query NAME with parameters ('stancegraph queries' lists them).

    \b
    Examples:
        stancegraph query who-said-what -p subject Taiwan
        stancegraph query what-did-they-say -p speaker Xi -p about Taiwan --format csv
        stancegraph query events --describe
        stancegraph query add-role -p actor Medeiros -p role professor --write
    """
    from stancegraph.queries import get_query, load_queries, run_saved

    saved = get_query(name, load_queries(queries_dirs))
    if describe:
        click.echo(saved.describe())
        return
    given = _params(params)
    if limit is not None:
        given["limit"] = str(limit)
    with _open(db_path, neo4j_uri, read_only=not (write and saved.writes)) as store:
        result, matches = run_saved(store, saved, given, write=write)
    _print_matches(matches)
    print_result(result, fmt, title=saved.title)


@cli.command("queries")
@click.argument("name", required=False)
@click.option("--queries-dir", "queries_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Folder with your own .cypher queries (repeatable).")
@handle_errors
def list_queries(name, queries_dirs):
    """List the saved queries, or show one query's parameters and Cypher.

    \b
    Examples:
        stancegraph queries
        stancegraph queries who-said-what
    """
    from stancegraph.queries import get_query, load_queries

    queries = load_queries(queries_dirs)
    if name:
        click.echo(get_query(name, queries).describe())
        return
    import textwrap

    width = max(len(n) for n in queries)
    for q in queries.values():
        marker = " [writes]" if q.writes else ""
        click.echo(f"{q.name.ljust(width)}  {q.title}{marker}")
        if q.description:
            click.echo(textwrap.fill(q.description, 100, initial_indent=" " * (width + 4),
                                     subsequent_indent=" " * (width + 4)))
    click.echo("\n'stancegraph query NAME --describe' shows a query's parameters.")


@cli.command()
@click.argument("cypher")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A query parameter (repeatable; values are strings).")
@click.option("--write", is_flag=True, help="Run in a write transaction (default: read-only).")
@output_options
@store_options
@handle_errors
def cypher(cypher, params, write, fmt, db_path, neo4j_uri):
    """Run one ad-hoc Cypher statement (read-only unless --write).

    \b
    Example:
        stancegraph cypher "MATCH (a:Actor) RETURN a.name, a.kind LIMIT 5"
    """
    with _open(db_path, neo4j_uri, read_only=not write) as store:
        result = store.run(cypher, _params(params), write=write)
    print_result(result, fmt)


# --------------------------------------------------------------------------------------
# subgraphs: render and export

def subgraph_options(fn):
    for decorator in reversed([
        click.option("--around", multiple=True, metavar="NAME",
                     help="Start from this actor or topic (name, alias or id; repeatable)."),
        click.option("--hops", default=2, show_default=True, help="How far from --around to go."),
        click.option("--query", "query_name", default=None, metavar="NAME",
                     help="Take the nodes of a saved query's result instead."),
        click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
                     help="Parameter of --query (repeatable)."),
        click.option("--kind", "node_kinds", multiple=True,
                     help="Keep only actors of this kind (person, organization, country, place, group)."),
        click.option("--rel", "rel_types", multiple=True, help="Keep only relationships of this type."),
        click.option("--since", default=None, metavar="DATE", help="Keep statements and edges from this date."),
        click.option("--until", default=None, metavar="DATE", help="Keep statements and edges up to this date."),
        click.option("--outlet", default=None, help="Keep articles from this outlet."),
        click.option("--max-nodes", default=300, show_default=True, help="Cap on the number of nodes."),
        click.option("--fold-statements", is_flag=True,
                     help="Draw statements as speaker-to-subject edges instead of nodes."),
        click.option("--through-articles", is_flag=True,
                     help="Walk on through articles (by default they end the walk: an article "
                          "links everything it mentions)."),
    ]):
        fn = decorator(fn)
    return fn


def _subgraph(store: Store, kw: dict[str, Any]):
    from stancegraph.graph.output.subgraph import SubgraphSpec, build_subgraph, build_subgraph_from_rows
    from stancegraph.queries import find_nodes, get_query, load_queries, run_saved, suggest_nodes

    spec_args = dict(hops=kw["hops"], node_kinds=list(kw["node_kinds"]) or None,
                     rel_types=list(kw["rel_types"]) or None, since=kw["since"], until=kw["until"],
                     outlet=kw["outlet"], max_nodes=kw["max_nodes"], fold_statements=kw["fold_statements"],
                     through_articles=kw["through_articles"])
    if kw["query_name"]:
        saved = get_query(kw["query_name"], load_queries())
        result, matches = run_saved(store, saved, _params(kw["params"]))
        _print_matches(matches)
        return build_subgraph_from_rows(store, result, SubgraphSpec(**spec_args))
    ids: list[str] = []
    for name in kw["around"]:
        nodes = find_nodes(store, name)
        if not nodes:
            close = suggest_nodes(store, name)
            raise QueryError(f"no actor or topic matches {name!r}"
                             + (f"; did you mean {', '.join(close)}?" if close else ""))
        ids += [n["id"] for n in nodes]
    return build_subgraph(store, SubgraphSpec(around=ids or None, **spec_args))


@cli.command()
@subgraph_options
@click.option("--output", "-o", default="stancegraph.html", show_default=True,
              type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@store_options
@handle_errors
def render(output, open_browser, db_path, neo4j_uri, **kw):
    """Draw a subgraph as an interactive HTML page that works offline.

    \b
    Examples:
        stancegraph render --around Taiwan --hops 2 -o taiwan.html --open
        stancegraph render --query who-said-what -p subject Taiwan --fold-statements
    """
    from stancegraph.graph.output.render import render_html

    with _open(db_path, neo4j_uri, read_only=True) as store:
        graph, note = _subgraph(store, kw)
    if note:
        click.echo(note, err=True)
    path = render_html(graph, output, title="stancegraph: " + (", ".join(kw["around"]) or kw["query_name"] or "graph"))
    click.echo(f"wrote {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open("file://" + os.path.abspath(path))


@cli.command()
@subgraph_options
@click.option("--to", "fmt", type=click.Choice(["graphml", "gexf", "json", "csv", "cypher"]), required=True,
              help="Export format (csv writes nodes.csv, relationships.csv and load-csv.cypher into a folder).")
@click.option("--output", "-o", required=True, type=click.Path(writable=True),
              help="File to write (a folder for csv).")
@store_options
@handle_errors
def export(fmt, output, db_path, neo4j_uri, **kw):
    """Export a subgraph for Gephi, notebooks or another Neo4j.

    \b
    Examples:
        stancegraph export --around Taiwan --to gexf -o taiwan.gexf
        stancegraph export --to csv -o dump/ --max-nodes 100000
        stancegraph export --around Xi --to cypher -o xi.cypher
    """
    from stancegraph.graph.output.export import export_graph

    with _open(db_path, neo4j_uri, read_only=True) as store:
        graph, note = _subgraph(store, kw)
    if note:
        click.echo(note, err=True)
    export_graph(graph, fmt, output)
    click.echo(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", err=True)
    if fmt == "csv":
        click.echo("load into Neo4j: copy nodes.csv and relationships.csv into the server's import folder, "
                   f"then cypher-shell -f {os.path.join(output, 'load-csv.cypher')}", err=True)


# --------------------------------------------------------------------------------------
# housekeeping

@cli.command()
@click.option("--recount", is_flag=True,
              help="First recount the counts kept on actors and topics, the quote tallies and the "
                   "co-mention pair counts (top-actors, quoted-by, co-mentions...) from the edges: after "
                   "loading a Cypher or CSV export, which carries its source's counts and no tallies.")
@output_options
@store_options
@handle_errors
def stats(fmt, db_path, neo4j_uri, recount):
    """Count nodes by label and relationships by type.

    \b
    Examples:
        stancegraph stats --format json
        stancegraph stats --recount
    """
    with _open(db_path, neo4j_uri, read_only=not recount) as store:
        if recount:
            store.refresh_stats()
        counts = store.counts()
    print_result(QueryResult(["what", "count"], [[k, v] for k, v in counts.items()]), fmt)


@cli.command()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@store_options
@handle_errors
def reset(yes, db_path, neo4j_uri):
    """Delete every node and relationship from the graph.

    \b
    Example:
        stancegraph reset --yes
    """
    target = without_credentials(neo4j_uri or os.environ.get("NEO4J_URI") or "") or db_path or default_db_path()
    if not yes:
        click.confirm(f"Delete everything in {target}?", abort=True)
    with _open(db_path, neo4j_uri) as store:
        store.reset()
    click.echo(f"emptied {target}", err=True)


def main() -> None:
    cli(prog_name="stancegraph")


if __name__ == "__main__":  # pragma: no cover
    main()
