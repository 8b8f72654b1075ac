"""The parse runs in a forked child ahead of the rules (parse_process.parse_in_child): the
same Docs in the same order as a parse in this process, failures and early stops handled,
and the thread used where a child cannot be had."""
from __future__ import annotations

import multiprocessing
import time

import pytest

from stancegraph.graph.model import Article
from stancegraph.loaders.extract import batch, parse_process

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the child is forked; without fork the thread is used")


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Ms Jones said the plan {i} was late.\nShe left Paris on Monday.")
            for i in range(n)]


def _parse(nlp, batch_size: int):
    return lambda todo: batch.parse_in_order(nlp, todo, nlp.make_doc, batch_size=batch_size)


def _children() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "stancegraph-parse"]


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_same_docs_in_the_same_order_as_a_parse_here(nlp, batch_size):
    def rows(parsed):
        return [(a.id, d.to_json(), e) for a, d, e in parsed]

    child = rows(parse_process.parse_in_child(nlp, iter(_articles(20)), _parse(nlp, batch_size), batch_size=batch_size))
    here = rows(batch.parse_in_order(nlp, iter(_articles(20)), nlp.make_doc, batch_size=batch_size))
    assert child == here and [r[0] for r in child] == [f"a{i}" for i in range(20)]
    assert child[0][1]["ents"] and child[0][1]["tokens"][0]["dep"]  # entities and parse came back


def test_the_extractor_uses_the_child_and_gives_what_a_parse_here_gives(extractor, monkeypatch):
    seen = []

    def build(article, doc):
        seen.append(len(_children()))
        return extractor.build(article, doc)

    arts = _articles(5)
    forked = [g.to_dict() for g in batch.extract_in_order(extractor.nlp, arts, extractor._prepare, build)]
    monkeypatch.setenv("STANCEGRAPH_PARSE_PROCESS", "0")
    threaded = [g.to_dict() for g in extractor.extract_many(arts)]
    assert forked == threaded and any(s["speaker"] for g in forked for s in g["statements"])
    assert seen[0] == 1  # the rules ran while the child was there


def test_a_failure_in_the_parse_process_reaches_the_caller(nlp):
    class BrokenPipeline:  # the model itself fails (out of memory, a broken component)
        max_length = nlp.max_length
        vocab = nlp.vocab
        make_doc = staticmethod(nlp.make_doc)

        def pipe(self, stream, **kw):
            for doc, context in stream:
                raise RuntimeError("component failed")
                yield doc, context

    with pytest.raises(RuntimeError, match="component failed"):
        list(parse_process.parse_in_child(BrokenPipeline(), iter(_articles(5)), _parse(BrokenPipeline(), 2),
                                          batch_size=2))
    assert not _children()


def test_stopping_early_ends_the_child(nlp):
    parsed = parse_process.parse_in_child(nlp, iter(_articles(200)), _parse(nlp, 4), batch_size=4)
    next(parsed)
    assert len(_children()) == 1
    parsed.close()
    deadline = time.monotonic() + 10
    while _children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _children()


def test_the_thread_is_used_when_asked_or_inside_a_worker(nlp, monkeypatch):
    assert parse_process.usable(nlp)
    monkeypatch.setenv("STANCEGRAPH_PARSE_PROCESS", "0")
    assert not parse_process.usable(nlp)
    monkeypatch.delenv("STANCEGRAPH_PARSE_PROCESS")
    monkeypatch.setattr(multiprocessing.current_process(), "_config", {"daemon": True})
    assert not parse_process.usable(nlp)  # a --jobs worker may not have children


def test_a_child_whose_parent_is_killed_goes_too(tmp_path):
    import os
    import select
    import signal
    import subprocess
    import sys

    script = tmp_path / "ingest_then_hang.py"
    script.write_text(
        "import sys, time\n"
        "from stancegraph.graph.model import Article\n"
        "from stancegraph.loaders.extract import batch, parse_process\n"
        "from stancegraph.loaders.extract.nlp import load_model\n"
        "nlp = load_model()\n"
        "arts = [Article(id=str(i), text='Ms Jones said the plan was late.') for i in range(9)]\n"
        "parsed = parse_process.parse_in_child(nlp, iter(arts), lambda todo: batch.parse_in_order(\n"
        "    nlp, todo, nlp.make_doc, batch_size=1), batch_size=1)\n"
        "next(parsed)  # the child has the next article and waits for more\n"
        "print([p.pid for p in __import__('multiprocessing').active_children()][0], flush=True)\n"
        "time.sleep(600)\n")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=root,
                            env=dict(os.environ, PYTHONPATH=root))
    try:
        assert select.select([proc.stdout], [], [], 180)[0], "the script never started its child"
        child = int(proc.stdout.readline())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _running(child):
        time.sleep(0.2)
    if _running(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the parse process outlived its killed parent")


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for whoever adopted it to reap it."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
