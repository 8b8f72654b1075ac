"""Shards of `extract --engine ray` without a cluster: how inputs become units, what a
worker writes for a unit (however often it runs), how texts read in two units are kept once,
and the one-line errors of the Ray engine."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from stancegraph import api
from stancegraph.cli import cli
from stancegraph.loaders.read.sources import LoadFailure, LoadSkipped, iter_articles
from tests.conftest import require_or_skip
from tests.test_warc import write_warc

STORY = ("The harbour master, Ana Ruiz, said on Monday that the new ferry would sail in May. "
         "\"We are ready,\" she said. The council backed the plan. ")


@pytest.fixture
def pyarrow():
    try:
        import pyarrow.fs  # noqa: F401 - comes with stancegraph[ray]
    except ImportError:
        require_or_skip("pyarrow is not installed (pip install 'stancegraph[ray]')")


def stories(folder, texts):
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:03d}.txt").write_text(text)
    return folder


def test_units_are_runs_of_files_with_stable_keys(tmp_path):
    from stancegraph.loaders.extract.shards import plan_units

    folder = stories(tmp_path / "in", [f"Story {i}. {STORY}" for i in range(40)])
    units, failures = plan_units([str(folder), str(tmp_path / "missing.txt")], {}, None)
    assert [len(u.inputs) for u in units] == [16, 16, 8] and failures == [f"{tmp_path / 'missing.txt'}: no such file or directory"]
    assert units[0].inputs[0] == str(folder / "000.txt")
    again, _ = plan_units([str(folder)], {}, None)
    assert [u.key for u in again] == [u.key for u in units]
    other, _ = plan_units([str(folder)], {"outlet": "Harbour News"}, None)
    assert not {u.key for u in other} & {u.key for u in units}  # other options: other work


@pytest.mark.parametrize("size", [300, 1000, 2500])
def test_a_web_archive_is_cut_into_slices_that_read_like_the_whole(tmp_path, size):
    from trafilatura.meta import reset_caches

    from stancegraph.loaders.extract.shards import plan_units

    path = write_warc(tmp_path / "crawl.warc.gz")  # a request and five responses, ~4 KB
    units, _ = plan_units([str(path)], {}, None, warc_bytes=size)
    total = path.stat().st_size
    assert [u.inputs for u in units] == [[f"{path}#bytes={a}-{min(a + size, total)}"] for a in range(0, total, size)]

    def read(names):
        return [str(i) if isinstance(i, (LoadSkipped, LoadFailure)) else i.url for i in iter_articles(names)]

    reset_caches()
    whole = read([str(path)])
    reset_caches()
    assert [x for u in units for x in read(u.inputs)] == whole  # every record once, in order
    assert len(whole) == 5 and sum(1 for x in whole if "skipped" not in x) == 2


def test_a_small_or_plain_archive_is_one_unit(tmp_path):
    from stancegraph.loaders.extract.shards import plan_units

    gz = write_warc(tmp_path / "crawl.warc.gz")
    plain = write_warc(tmp_path / "crawl.warc", gzip=False)
    units, _ = plan_units([str(gz), str(plain)], {}, None)
    assert [u.inputs for u in units] == [[str(gz)], [str(plain)]]


def test_a_unit_run_twice_leaves_one_shard(tmp_path, pyarrow):
    from stancegraph.loaders.extract.shards import Folder, ShardWriter, plan_units

    folder = stories(tmp_path / "in", [f"Story {i}. {STORY}" for i in range(3)])
    (unit,), _ = plan_units([str(folder)], {}, None)
    out = tmp_path / "out"
    Folder(str(out)).make()
    writer = ShardWriter(str(out), None, {})
    first = writer.unit(unit.key, unit.inputs)
    text = (out / unit.shard).read_text()
    second = writer.unit(unit.key, unit.inputs)  # Ray ran it again after a worker died
    assert (out / unit.shard).read_text() == text and len(text.splitlines()) == 3
    assert first.written == second.written and len(set(first.written)) == 3
    assert [p.name for p in (out / "_done").iterdir()] == [f"{unit.key}.json"]
    assert not list((out / "_tmp").iterdir())


def test_the_same_text_in_two_units_is_kept_in_the_first(tmp_path, pyarrow):
    from stancegraph.loaders.extract.shards import Folder, ShardWriter, finish, plan_units

    folder = stories(tmp_path / "in", [f"First. {STORY}", f"Second. {STORY}", f"First. {STORY}"])
    units, _ = plan_units([str(folder)], {}, None, per_unit=1)
    out = Folder(str(tmp_path / "out"))
    out.make()
    writer = ShardWriter(out.url, None, {})
    results = {u.key: writer.unit(u.key, u.inputs) for u in reversed(units)}  # any order
    manifest = finish(out, units, results, describe={"engine": "test"})
    assert [s["articles"] for s in manifest["shards"]] == [1, 1, 0] and manifest["articles"] == 2
    assert (tmp_path / "out" / units[2].shard).read_text() == ""
    written = (tmp_path / "out" / units[2].shard).stat().st_mtime_ns
    assert finish(out, units, results, describe={"engine": "test"}) == manifest  # a rerun's finish
    assert (tmp_path / "out" / units[2].shard).stat().st_mtime_ns == written  # drops nothing twice
    graphs = list(api.read_jsonl(tmp_path / "out" / units[0].shard))
    assert graphs[0].article.path == str(folder / "000.txt")


def test_load_reads_a_folder_of_shards_in_manifest_order(tmp_path, pyarrow):
    from stancegraph.loaders.extract.shards import shard_files

    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"shards": [{"shard": "part-b.jsonl"}, {"shard": "part-a.jsonl"}]}))
    assert shard_files(str(out)) == [str(out / "part-b.jsonl"), str(out / "part-a.jsonl")]
    (out / "manifest.json").unlink()
    (out / "part-a.jsonl").write_text("")
    assert shard_files(str(out)) == [str(out / "part-a.jsonl")]


def test_without_ray_one_line_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    (tmp_path / "a.txt").write_text(STORY)
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                                      "--engine", "ray"])
    assert result.exit_code == 1
    assert result.output.strip().endswith("install it with: pip install 'stancegraph[ray]'")
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_ray_engine_needs_an_output_folder(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "--engine", "ray"])
    assert result.exit_code == 2 and "--engine ray writes shards into a folder" in result.output


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, pyarrow):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "taken").write_text("a file, not a folder")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "taken" / "out"),
                                      "--engine", "ray"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {tmp_path / 'taken' / 'out'}: cannot write the output folder")


@pytest.mark.neo4j
def test_load_of_a_shard_folder_writes_each_article_once(store, tmp_path, pyarrow):
    """On both stores: some articles already stored, then the folder, then the folder again."""
    from stancegraph.loaders.extract.shards import Folder, ShardWriter, finish, plan_units

    texts = [f"Story {i}. Minister {name} said the bridge would open in May. \"We are ready,\" {name} said."
             for i, name in enumerate(["Ana Ruiz", "Tom Berg", "Lisa Park", "Jan Smit", "Eva Kahn", "Ben Ode"])]
    folder = stories(tmp_path / "in", texts)
    units, _ = plan_units([str(folder)], {}, None, per_unit=2)
    out = Folder(str(tmp_path / "out"))
    out.make()
    writer = ShardWriter(out.url, None, {})
    results = {u.key: writer.unit(u.key, u.inputs) for u in units}
    finish(out, units, results, describe={})
    first_shard = tmp_path / "out" / units[0].shard
    api.load([first_shard], store)

    def counts():
        return (store.run("MATCH (a:Article) RETURN count(a)").rows[0][0],
                store.run("MATCH (s:Statement) RETURN count(s)").rows[0][0],
                store.run("MATCH (:Actor)-[r:SAID]->(:Statement) RETURN count(r)").rows[0][0])

    report = api.load([tmp_path / "out"], store)
    assert (report.loaded, report.written, report.failed) == (6, 6, 0)
    once = counts()
    assert once[0] == 6 and once[1] >= 6 and once[2] >= 6
    api.load([tmp_path / "out"], store)
    assert counts() == once
