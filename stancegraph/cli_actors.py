"""``stancegraph actors``: look at the actors and put them right by hand (docs/entities.md,
"Curation"). A thin layer over :mod:`stancegraph.curation`, like :mod:`stancegraph.cli`."""
from __future__ import annotations

import click

from stancegraph import curation
from stancegraph.cli_options import handle_errors, output_options, print_result, rules_option, store_options
from stancegraph.graph.model import ACTOR_KINDS

KIND = click.Choice(ACTOR_KINDS)


@click.group()
def actors():
    """List actors, find likely duplicates and wrong merges, and curate them.

    Every change (merge, split, rename, kind) is made to the graph at once and recorded as
    a rule in a rules file (--rules; by default NAME.rules beside NAME.lbdb, or
    ./stancegraph.rules for Neo4j) that ingest and load apply to every article they write,
    so a re-ingest never undoes it.

    \b
    Examples:
        stancegraph actors list --kind person --limit 20
        stancegraph actors suspects
        stancegraph actors merge "Tony Blair" Blair
        stancegraph actors split "Charles Kennedy" "Prince Charles"
        stancegraph actors rename organization:clarke "Charles Clarke"
        stancegraph actors kind "Charles Clarke" person
        stancegraph actors apply --rules politics.rules
    """


def _done(result: curation.Curation) -> None:
    for change in result.changes:
        click.echo(change, err=True)
    if not result.changes:
        click.echo("nothing in the graph changed", err=True)
    if result.path and result.rules:
        click.echo(f"rules: {result.path} ({len(result.rules)} rule{'s' if len(result.rules) != 1 else ''})",
                   err=True)


@actors.command("list")
@click.option("--kind", type=KIND, default=None, help="Only actors of this kind.")
@click.option("--name", default=None, help="Only actors whose name or an alias contains this (any case).")
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True, help="At most this many rows.")
@output_options
@store_options
@handle_errors
def list_actors(kind, name, limit, fmt, where):
    """The actors, most mentioned first: kind, counts and aliases.

    \b
    Examples:
        stancegraph actors list
        stancegraph actors list --kind organization --name labour --format json
    """
    with where.open(read_only=True) as store:
        result = curation.list_actors(store, kind=kind, name=name, limit=limit)
    print_result(result, fmt, title="actors")


@actors.command()
@click.option("--limit", type=click.IntRange(0), default=None, help="At most this many rows.")
@output_options
@store_options
@handle_errors
def suspects(limit, fmt, where):
    """Likely duplicates and wrong merges, each with its reason and the command that fixes it.

    Duplicates: the same name under two kinds, a bare surname beside a full name, one name
    the start or end of another, names differing only by 'the', 'party' or a plural, similar
    spellings. Wrong merges: a person whose aliases carry different first names, both male
    and female honorifics, or a title with a given name ('Prince Charles' in 'Charles Kennedy').

    \b
    Examples:
        stancegraph actors suspects
        stancegraph actors suspects --format json --limit 20
    """
    with where.open(read_only=True) as store:
        result = curation.actor_suspects(store, limit=limit)
    print_result(result, fmt, title="suspects")


@actors.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--into", default=None, metavar="ACTOR", help="Merge every NAME into this actor.")
@rules_option
@store_options
@handle_errors
def merge(names, into, rules, where):
    """Merge actors: 'merge A B C' merges B and C into A (or every NAME into --into).

    Mentions, statements, stances and events follow; the merged names become aliases.

    \b
    Examples:
        stancegraph actors merge "Tony Blair" Blair organization:blair
        stancegraph actors merge Tories "Conservative Party" --into Conservatives
    """
    if into is None:
        if len(names) < 2:
            raise click.UsageError("name the actor to merge into and at least one to merge (or use --into)")
        into, names = names[0], names[1:]
    with where.open() as store:
        _done(curation.merge_actors(store, into, list(names), rules=rules))


@actors.command()
@click.argument("actor")
@click.argument("aliases", nargs=-1, required=True)
@click.option("--name", default=None, help="The new actor's name (default: the first ALIAS).")
@click.option("--kind", type=KIND, default=None, help="The new actor's kind (default: ACTOR's).")
@rules_option
@store_options
@handle_errors
def split(actor, aliases, name, kind, rules, where):
    """Move ALIASES of ACTOR to an actor of their own, with what was said under them.

    In the graph now: the statements whose speaker text is one of the aliases, the stances
    and events read from them, and one mention each; a re-ingest (ingest --force) moves
    every mention of the aliases.

    \b
    Examples:
        stancegraph actors split "Charles Kennedy" "Prince Charles"
        stancegraph actors split "Michael Howard" "Mrs Howard" --name "Sandra Howard"
    """
    with where.open() as store:
        _done(curation.split_actor(store, actor, list(aliases), name=name, kind=kind, rules=rules))


@actors.command()
@click.argument("actor")
@click.argument("new_name")
@rules_option
@store_options
@handle_errors
def rename(actor, new_name, rules, where):
    """Give ACTOR a new name (and id); an actor already called so, of its kind, is merged in.

    \b
    Examples:
        stancegraph actors rename organization:clarke "Charles Clarke"
    """
    with where.open() as store:
        _done(curation.rename_actor(store, actor, new_name, rules=rules))


@actors.command("kind")
@click.argument("actor")
@click.argument("kind", type=KIND, metavar="KIND")
@rules_option
@store_options
@handle_errors
def set_kind(actor, kind, rules, where):
    """Make ACTOR of KIND (a new id); an actor of that name and kind is merged in.

    \b
    Examples:
        stancegraph actors kind organization:straw person
    """
    with where.open() as store:
        _done(curation.set_actor_kind(store, actor, kind, rules=rules))


@actors.command()
@rules_option
@store_options
@handle_errors
def apply(rules, where):
    """Apply the rules file to the graph again (after editing it, or to a graph written without it).

    \b
    Examples:
        stancegraph actors apply
        stancegraph actors apply --rules politics.rules --neo4j bolt://localhost:7687
    """
    with where.open() as store:
        _done(curation.apply_rules(store, rules))
