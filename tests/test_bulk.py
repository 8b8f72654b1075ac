"""Batched and bulk writes give exactly what writing one article at a time gives, on both stores."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from graphs import BIDEN, TAIWAN, XI, biden_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.graph.store.bulk import bulk_load
from stancegraph.graph.store.ladybug_copy import CopyLoader, csv_value
from stancegraph.errors import StoreError
from stancegraph.graph.store.ladybug import LadybugStore
from stancegraph.graph.model import (Actor, Article, ArticleGraph, Mention, Relation, Span, Statement,
                                     stable_id)


def awkward_article() -> ArticleGraph:
    """Text a CSV import gets wrong when careless: quotes, commas, newlines, backslashes,
    unicode, an empty title, nulls, and a relation with every provenance field."""
    text = ('Xi said, "We \\ will, never\naccept \'it\'," in Beijing — 北京.\r\n'
            'Biden said: "",,"" is nothing.')
    art = Article(id=Article.make_id(text), text=text, title="", published=None, outlet=None,
                  url="https://example.org/a,b?c=\"d\"")
    c = Span(text.index("We"), text.index("'it'") + 4, text[text.index("We"):text.index("'it'") + 4])
    st = Statement(stable_id(art.id, c.start, c.end), Mention(0, 2, "Xi", XI), Span(3, 7, "said"), c,
                   kind="direct", about=[TAIWAN], sentence=Span(0, len(text), text), cue_lemma="say")
    c2 = Span(text.index('""'), text.index("is nothing") - 1, text[text.index('""'):text.index("is nothing") - 1])
    st2 = Statement(stable_id(art.id, c2.start, c2.end), Mention(text.index("Biden"), text.index("Biden") + 5,
                    "Biden", BIDEN), None, c2, kind="direct")
    rel = Relation("OPPOSES", XI, TAIWAN, art.id, statement=st.id, sentence=Span(0, 10, text[:10]),
                   cue='said, "', date="2025-01-02", date_text="on \"Monday\"", status="done", polarity=-1,
                   confidence=0.25, detail="a\nb")
    return ArticleGraph(
        article=art,
        actors=[Actor(XI, "Xi Jinping", "person", ["Xi", 'Xi "the, boss"'], ["president"]),
                Actor(TAIWAN, "Taiwan", "place", ["臺灣"]),
                Actor(BIDEN, "Joe Biden", "person", ["Biden"], ["senator"])],
        mentions=[Mention(0, 2, "Xi", XI), Mention(0, 2, "Xi", XI), Mention(text.index("Biden"),
                  text.index("Biden") + 5, "Biden", BIDEN)],
        statements=[st, st2], relations=[rel])


def graphs() -> list[ArticleGraph]:
    return [biden_article(), xi_visit_article(), awkward_article()]


def dump(store) -> dict:
    """Everything in a store, as sorted plain data (to compare two stores)."""
    out: dict = {}
    for label in ("Article", "Actor", "Topic", "Statement", "QuoteCount"):  # the kept tallies too
        rows = store.run(f"MATCH (n:{label}) RETURN n ORDER BY n.id").rows
        out[label] = [{k: v for k, v in r[0].items() if v is not None} for r in rows]
    label_fn = "type" if store.dialect == "neo4j" else "label"
    rows = store.run(f"MATCH (a)-[r]->(b) RETURN a.id, {label_fn}(r), b.id, r").rows
    out["rels"] = sorted(json.dumps([a, t, b, {k: v for k, v in (r or {}).items() if v is not None}],
                                    sort_keys=True, ensure_ascii=False) for a, t, b, r in rows)
    return out


@pytest.fixture
def reference(store):
    """The graphs written one article at a time, on a store of the same kind (then emptied)."""
    for g in graphs():
        store.upsert(g)
    written = dump(store)
    store.reset()
    return written


@pytest.fixture
def embedded_reference(tmp_path):
    with LadybugStore(str(tmp_path / "reference.lbdb")) as ref:
        for g in graphs():
            ref.upsert(g)
        return dump(ref)


def test_csv_values_keep_empty_text_apart_from_null():
    assert csv_value(None) == ""
    assert csv_value("") == '""'
    assert csv_value('say "hi",\nok') == '"say ""hi"",\nok"'
    assert csv_value(3) == "3" and csv_value(-1, as_float=True) == "-1.0"


@pytest.mark.parametrize("overlap", [False, True])
def test_batched_writes_equal_one_by_one(store, reference, overlap):
    assert store.upsert_many(graphs(), batch_size=2, overlap=overlap) == 3
    assert dump(store) == reference


def _failing_on(store, monkeypatch, bad_id: str) -> None:
    """Make every transaction that writes article ``bad_id`` fail inside the store."""
    write_batch = store._write_batch

    def faulty(batch, run, rows=None):
        write_batch(batch, run, rows)
        if any(g.article.id == bad_id for g in batch):
            raise StoreError("injected failure")
    monkeypatch.setattr(store, "_write_batch", faulty)


@pytest.mark.parametrize("overlap", [False, True])
def test_a_write_failing_in_the_store_loses_only_its_article(store, monkeypatch, overlap):
    """With overlap the failure happens in the background writer: the batch is retried one
    by one there, and the rest of the stream is written in order."""
    first, bad, last = graphs()
    _failing_on(store, monkeypatch, bad.article.id)
    failed = []
    n = store.upsert_many([first, bad, last], batch_size=2, overlap=overlap,
                          on_error=lambda g, exc: failed.append(g.article.id))
    assert n == 2 and failed == [bad.article.id]
    assert store.stored_articles(g.article.id for g in graphs()) == {first.article.id, last.article.id}


@pytest.mark.parametrize("overlap", [False, True])
def test_without_on_error_a_store_failure_stops_after_what_came_before(store, monkeypatch, overlap):
    first, bad, last = graphs()
    _failing_on(store, monkeypatch, bad.article.id)
    with pytest.raises(StoreError, match="injected"):
        store.upsert_many([first, bad, last], batch_size=1, overlap=overlap)
    assert store.stored_articles(g.article.id for g in graphs()) == {first.article.id}


def test_an_input_error_leaves_what_was_read_before_it_written(store):
    """An interrupted ingest (here the reader fails) still writes every batch handed over
    before it, and the background writer is finished before the error goes up."""
    def stream():
        yield from graphs()[:2]
        raise RuntimeError("reader broke")
    with pytest.raises(RuntimeError, match="reader broke"):
        store.upsert_many(stream(), batch_size=1, overlap=True)
    assert store.counts()["Article"] == 2


@pytest.mark.parametrize("fails", [False, True])
def test_the_background_writer_switches_threads_often_and_restores_the_interval(store, monkeypatch, fails):
    """The writer waits on the store and then needs the GIL back from the reading thread:
    while it runs threads switch every 0.5 ms, and Python's own interval is back after,
    whether the write succeeded or not."""
    before = sys.getswitchinterval()
    seen = []
    write_batch = store._write_batch

    def recording(batch, run, rows=None):
        seen.append(sys.getswitchinterval())
        write_batch(batch, run, rows)
        if fails:
            raise StoreError("injected failure")
    monkeypatch.setattr(store, "_write_batch", recording)
    store.upsert_many(graphs(), batch_size=2, overlap=True, on_error=lambda g, exc: None)
    assert seen and max(seen) <= 0.0005 < before
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("use_copy", [True, False])
def test_bulk_load_equals_one_by_one_and_is_idempotent(store, reference, use_copy):
    assert bulk_load(store, graphs(), use_copy=use_copy) == 3
    assert dump(store) == reference
    before = store.counts()
    # Again, and with an article repeated in the input: replaced, never duplicated.
    assert bulk_load(store, graphs() + [biden_article()], use_copy=use_copy) == 4
    assert store.counts() == before
    assert dump(store) == reference


def test_copy_into_a_store_that_already_holds_some_articles(tmp_path, embedded_reference):
    with LadybugStore(str(tmp_path / "g.lbdb")) as store:
        store.upsert(xi_visit_article())
        CopyLoader(store, chunk=1).load(graphs())  # one COPY transaction per article
        assert dump(store) == embedded_reference


def test_batch_with_a_bad_article_writes_the_others(store):
    bad = xi_visit_article()
    bad.relations.append(Relation("MET", XI, "person:nobody", bad.article.id))
    failed = []
    n = store.upsert_many([biden_article(), bad, awkward_article()], batch_size=10,
                          on_error=lambda g, exc: failed.append(g.article.id))
    assert n == 2 and failed == [bad.article.id]
    assert store.stored_articles([biden_article().article.id, bad.article.id, awkward_article().article.id]) == {
        biden_article().article.id, awkward_article().article.id}


def test_without_on_error_everything_before_the_bad_article_is_written(store):
    bad = xi_visit_article()
    bad.relations.append(Relation("MET", XI, "person:nobody", bad.article.id))
    with pytest.raises(StoreError, match="undefined"):
        bulk_load(store, [biden_article(), bad, awkward_article()])
    assert store.counts()["Article"] == 1 and store.has_article(biden_article().article.id)


def test_unknown_relationship_type_is_refused_by_the_copy_path(tmp_path):
    graph = xi_visit_article()
    graph.relations[0].type = "VISITS]->() DETACH DELETE n //"
    with LadybugStore(str(tmp_path / "g.lbdb")) as store:
        with pytest.raises(StoreError, match="unknown relationship type"):
            bulk_load(store, [graph])
        assert store.counts()["Article"] == 0


def test_cli_load_uses_bulk_and_reports(tmp_path, embedded_reference):
    deltas = tmp_path / "deltas.jsonl"
    deltas.write_text("\n".join(json.dumps({"graph": g.to_dict()}) for g in graphs()) + "\n")
    db = str(tmp_path / "graph.lbdb")
    result = CliRunner().invoke(cli, ["load", str(deltas), "--db", db])
    assert result.exit_code == 0, result.output
    assert "3 loaded, 3 written" in result.output
    with LadybugStore(db, read_only=True) as store:
        assert dump(store) == embedded_reference


def test_ingest_skips_what_is_stored_in_batches(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"Story {i}.\n\nOfficials said on Monday that plan number {i} "
                                         "would go ahead, according to the ministry.\n")
    db = str(tmp_path / "graph.lbdb")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", db, "--batch-size", "2"])
    assert first.exit_code == 0, first.output
    assert "5 written" in first.output
    (folder / "5.txt").write_text("Story 5.\n\nA new one, the mayor said.\n")
    again = runner.invoke(cli, ["ingest", str(folder), "--db", db, "--jobs", "2"])
    assert again.exit_code == 0, again.output
    assert "1 written, 5 skipped" in again.output
    with LadybugStore(db, read_only=True) as store:
        assert store.counts()["Article"] == 6


def test_parallel_extraction_equals_serial(nlp):
    from stancegraph.loaders.extract.pipeline import Extractor
    from stancegraph.loaders.extract.parallel import extract_parallel
    from stancegraph.loaders.read.sources import iter_articles, sample_path

    articles = [a for a in iter_articles([sample_path()]) if isinstance(a, Article)]
    articles += [Article(id=Article.make_id(t), text=t) for t in
                 (f"The minister said on day {i} that the talks would resume, Reuters reported." for i in range(20))]
    serial = [g.to_dict() for g in Extractor(nlp).extract_many(articles)]
    parallel = [g.to_dict() for g in extract_parallel(iter(articles), jobs=2, chunk_size=3)]
    assert parallel == serial
