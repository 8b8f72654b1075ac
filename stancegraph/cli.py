"""The ``stancegraph`` command line: a thin click layer over :mod:`stancegraph.api`.

Each command parses its options, calls the API, and prints what it returns. The options
commands share, and the printing, are in :mod:`stancegraph.cli_options`. Expected failures
(:class:`~stancegraph.errors.StancegraphError`) become one line on stderr and exit code 1,
never a traceback.
"""
from __future__ import annotations

import os
from typing import Any, Optional

import click

from stancegraph import __version__, api
from stancegraph.cli_actors import actors
from stancegraph.cli_options import (finish, handle_errors, loader_options, output_options, params_dict,
                                     print_matches, print_result, progress_bar, queries_dir_option,
                                     read_options, rules_option, store_options, subgraph_options)
from stancegraph.graph.store.base import QueryResult, Store


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

@cli.command()
@click.argument("sources", nargs=-1)
@loader_options("ingest")
@click.option("--force", is_flag=True, help="Re-extract articles already in the graph (replacing them).")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1),
              help="Articles written per transaction.")
@rules_option
@store_options
@handle_errors
def ingest(sources, sample, jobs, force, batch_size, rules, where, model, **kw):
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
    with where.open() as store, progress_bar("ingesting") as progress:
        report = api.ingest(sources, store, sample=sample, force=force, jobs=jobs, model=model,
                            batch_size=batch_size, progress=progress, rules=rules, **read_options(kw))
    finish(report)


@cli.command()
@click.argument("sources", nargs=-1)
@loader_options("extract")
@click.option("--output", "-o", default="-", show_default=True,
              help="Where to write the JSON lines; with --engine ray a folder or URL (s3://...) for the shards.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: --jobs processes here; ray: --jobs workers on a Ray cluster (stancegraph[ray]).")
@click.option("--ray-address", envvar="RAY_ADDRESS", show_envvar=True, default=None, metavar="ADDRESS",
              help="The Ray cluster for --engine ray (default: start a local Ray).")
@handle_errors
def extract(sources, sample, jobs, output, fmt, model, engine, ray_address, **kw):
    """Extract statements from articles as JSON lines, without touching any graph.

    One JSON object per article: its path, the article, and its statements with speaker,
    cue and content spans (character offsets into the article text). 'stancegraph load'
    writes these records into a graph, so extraction can run anywhere in parallel.
    With --engine ray the records go to shards in the -o folder, with a manifest; a rerun
    into the same folder skips the shards already complete (docs/scale.md).

    \b
    Examples:
        stancegraph extract article.txt
        stancegraph extract corpus/ -o deltas.jsonl && stancegraph load deltas.jsonl
        stancegraph extract cc-news/ -o deltas/ --engine ray --jobs 8 && stancegraph load deltas/
    """
    if engine == "ray":
        if output == "-":
            raise click.UsageError("--engine ray writes shards into a folder: give one with -o")
        with progress_bar("extracting") as progress:
            report = api.extract_shards(sources, output, sample=sample, jobs=jobs, ray_address=ray_address,
                                        model=model, progress=progress, **read_options(kw))
        finish(report, "extracted")
        return
    output = click.Path(dir_okay=False, writable=True, allow_dash=True).convert(output, None, click.get_current_context())
    report = api.IngestReport()
    with progress_bar("extracting") as progress:
        graphs = api.extract(sources, sample=sample, jobs=jobs, model=model, report=report,
                             progress=progress, **read_options(kw))
        with click.open_file(output, "w", encoding="utf-8") as out:
            for graph in graphs:
                out.write(api.to_jsonl(graph))
    finish(report, "extracted")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1),
              help="Articles per transaction (Neo4j, and articles replaced in the embedded store).")
@click.option("--copy/--no-copy", "use_copy", default=True, show_default=True,
              help="Embedded store: write new articles through LadybugDB's COPY bulk import.")
@rules_option
@store_options
@handle_errors
def load(files, batch_size, use_copy, rules, where):
    """Write extracted JSON lines (from 'stancegraph extract') into the graph, in bulk.

    FILES are JSON lines files, or folders of shards from 'extract --engine ray' (the
    shards their manifest lists).

    Neo4j gets large UNWIND batches; the embedded store gets its new articles through
    COPY (articles already in it are replaced transactionally, as by ingest).

    \b
    Examples:
        stancegraph load deltas.jsonl
        stancegraph load part-*.jsonl --neo4j bolt://localhost:7687 --batch-size 1000
    """
    with where.open() as store, progress_bar("loading") as progress:
        report = api.load(files, store, batch_size=batch_size, use_copy=use_copy, progress=progress, rules=rules)
    finish(report)


# --------------------------------------------------------------------------------------
# questions and queries

@cli.command()
@click.argument("question")
@click.option("--limit", type=click.IntRange(0), default=None, help="At most this many rows.")
@queries_dir_option
@output_options
@store_options
@handle_errors
def ask(question, limit, queries_dirs, fmt, where):
    """Answer a plain question from the saved queries.

    \b
    Examples:
        stancegraph ask "who said what about Taiwan"
        stancegraph ask "what did Xi say about Taiwan"
        stancegraph ask "Biden's stance on Taiwan independence over time"
        stancegraph ask "who is Medeiros" --limit 5
        stancegraph ask "top actors" --format json
    """
    with where.open(read_only=True) as store:
        answer = api.ask(question, store, limit=limit, queries_dirs=queries_dirs)
    click.echo(f"query: {answer.describe()}", err=True)
    for note in answer.notes:
        click.echo(f"note: {note}", err=True)
    print_matches(answer.matches)
    print_result(answer.result, fmt, title=answer.title)
    if answer.suggestions:
        click.echo("nothing in the graph answers this; these do: " + " | ".join(answer.suggestions), err=True)


@cli.command()
@click.argument("name")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A query parameter (repeatable).")
@click.option("--limit", type=click.IntRange(0), default=None,
              help="At most this many rows (the query's own limit when it takes one).")
@click.option("--write", is_flag=True, help="Allow a query marked 'writes: true' to change the graph.")
@click.option("--describe", is_flag=True, help="Show what the query answers and its parameters; run nothing.")
@queries_dir_option
@output_options
@store_options
@handle_errors
def query(name, params, limit, write, describe, queries_dirs, fmt, where):
    """Run the saved query NAME with parameters ('stancegraph queries' lists them).

    \b
    Examples:
        stancegraph query who-said-what -p subject Taiwan
        stancegraph query what-did-they-say -p speaker Xi -p about Taiwan --format csv
        stancegraph query events --describe
        stancegraph query add-role -p actor Medeiros -p role professor --write
    """
    saved = api.saved_query(name, queries_dirs)
    if describe:
        click.echo(saved.describe())
        return
    with where.open(read_only=not (write and saved.writes)) as store:
        answer = api.run_query(saved, params_dict(params), store, limit=limit, write=write)
    print_matches(answer.matches)
    print_result(answer.result, fmt, title=answer.title)


@cli.command("queries")
@click.argument("name", required=False)
@queries_dir_option
@handle_errors
def list_queries(name, queries_dirs):
    """List the saved queries, or show one query's parameters and Cypher.

    \b
    Examples:
        stancegraph queries
        stancegraph queries who-said-what
        stancegraph queries --queries-dir ./my-queries
    """
    queries = api.saved_queries(queries_dirs)
    if name:
        click.echo(api.saved_query(name, queries_dirs).source())
        return
    import textwrap

    width = max(len(n) for n in queries)
    for q in queries.values():
        marker = " [writes]" if q.writes else ""
        click.echo(f"{q.name.ljust(width)}  {q.title}{marker}")
        if q.description:
            click.echo(textwrap.fill(q.description, 100, initial_indent=" " * (width + 4),
                                     subsequent_indent=" " * (width + 4)))
    click.echo("\n'stancegraph queries NAME' shows a query's parameters and Cypher "
               "('stancegraph query NAME --describe': its parameters only).")


@cli.command()
@click.argument("cypher")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A query parameter (repeatable; values are strings).")
@click.option("--write", is_flag=True, help="Run in a write transaction (default: read-only).")
@output_options
@store_options
@handle_errors
def cypher(cypher, params, write, fmt, where):
    """Run one ad-hoc Cypher statement (read-only unless --write).

    \b
    Examples:
        stancegraph cypher "MATCH (a:Actor) RETURN a.name, a.kind LIMIT 5"
        stancegraph cypher 'MATCH (a:Actor) WHERE a.name = $name RETURN a.id' -p name "Xi Jinping"
    """
    with where.open(read_only=not write) as store:
        result = store.run(cypher, params_dict(params), write=write)
    print_result(result, fmt)


# --------------------------------------------------------------------------------------
# subgraphs: render and export

def _select(store: Store, kw: dict[str, Any], fold: Optional[bool]) -> api.Subgraph:
    subgraph = api.select_subgraph(
        store, around=kw["around"], hops=kw["hops"], query=kw["query_name"], params=params_dict(kw["params"]),
        kinds=kw["node_kinds"], rel_types=kw["rel_types"], since=kw["since"], until=kw["until"],
        outlet=kw["outlet"], max_nodes=kw["max_nodes"], fold_statements=fold,
        through_articles=kw["through_articles"], queries_dirs=kw["queries_dirs"])
    print_matches(subgraph.matches)
    if subgraph.note:
        click.echo(subgraph.note, err=True)
    return subgraph


@cli.command()
@subgraph_options
@click.option("--output", "-o", default="stancegraph.html", show_default=True,
              type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@store_options
@handle_errors
def render(output, open_browser, where, **kw):
    """Draw a subgraph as an interactive HTML page that works offline.

    \b
    Examples:
        stancegraph render --around Taiwan --hops 2 -o taiwan.html --open
        stancegraph render --query who-said-what -p subject Taiwan --fold-statements
    """
    with where.open(read_only=True) as store:
        subgraph = _select(store, kw, kw["fold_statements"])  # None: fold when there are many
    title = "stancegraph: " + (", ".join(kw["around"]) or kw["query_name"] or "graph")
    path = api.render(subgraph, output, title=title)
    click.echo(f"wrote {path} ({subgraph.summary()})", err=True)
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
def export(fmt, output, where, **kw):
    """Export a subgraph for Gephi, notebooks or another Neo4j.

    \b
    Examples:
        stancegraph export --around Taiwan --to gexf -o taiwan.gexf
        stancegraph export --to csv -o dump/ --max-nodes 100000
        stancegraph export --around Xi --to cypher -o xi.cypher
    """
    with where.open(read_only=True) as store:
        subgraph = _select(store, kw, bool(kw["fold_statements"]))
    api.export(subgraph, fmt, output)
    click.echo(f"wrote {output} ({subgraph.summary()})", err=True)
    if fmt == "csv":
        click.echo("load into Neo4j: copy nodes.csv and relationships.csv into the server's import folder, "
                   f"then cypher-shell -f {os.path.join(output, 'load-csv.cypher')}", err=True)


@cli.command()
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADDRESS",
              help="Address to listen on. Anything but loopback lets others on the network read the "
                   "graph (a warning is printed).")
@click.option("--open", "open_browser", is_flag=True, help="Open the explorer in a browser.")
@store_options
@handle_errors
def serve(port, host, open_browser, where):
    """Explore the graph in a browser: search, expand, filter, read the evidence (read-only).

    Serves a local web app (docs/explore.md) until Ctrl-C. It only reads the graph and,
    by default, only this machine can reach it.

    \b
    Examples:
        stancegraph serve --open
        stancegraph serve --db news.lbdb --port 8080
        stancegraph serve --neo4j bolt://localhost:7687
    """
    def ready(url: str) -> None:
        click.echo(f"exploring {where} at {url} (Ctrl-C to stop)", err=True)
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    with where.open(read_only=True) as store:
        try:
            api.serve(store, host=host, port=port, on_ready=ready, notice=lambda line: click.echo(line, err=True))
        except KeyboardInterrupt:
            click.echo("stopped", err=True)


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
def stats(fmt, where, recount):
    """Count nodes by label and relationships by type.

    \b
    Examples:
        stancegraph stats --format json
        stancegraph stats --recount
    """
    with where.open(read_only=not recount) as store:
        if recount:
            store.refresh_stats()
        counts = store.counts()
    print_result(QueryResult(["what", "count"], [[k, v] for k, v in counts.items()]), fmt)


@cli.command()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@store_options
@handle_errors
def reset(yes, where):
    """Delete every node and relationship from the graph.

    \b
    Examples:
        stancegraph reset --yes
        stancegraph reset --db old.lbdb
    """
    if not yes:
        click.confirm(f"Delete everything in {where}?", abort=True)
    with where.open() as store:
        store.reset()
    click.echo(f"emptied {where}", err=True)


cli.add_command(actors)  # stancegraph/cli_actors.py


def main() -> None:
    cli(prog_name="stancegraph")


if __name__ == "__main__":  # pragma: no cover
    main()
