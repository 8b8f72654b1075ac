"""Extraction into a folder of JSON-lines shards, exactly once, whatever engine runs it.

The inputs are cut into *units* (a few files each, in input order; a web archive alone). A
unit's key is a hash of its inputs, the read options and the model, so it names the same
work on every run. :class:`ShardWriter` turns a unit into ``part-<key>.jsonl`` (the records
``stancegraph load`` reads) and ``_done/<key>.json`` (what it read, extracted, skipped and
failed), each written under a temporary name and then renamed; the done file comes last and
marks the unit complete. So:

- a worker killed mid-unit leaves only a temporary file; the unit's retry writes the whole
  shard again under the same name: no article twice, none missing;
- a rerun into the same folder skips the units whose done file exists;
- the same text in two units (read once by a local ``extract``, which skips the second as
  "same text as") is kept in the earlier unit only: :func:`finish` drops the later copies
  from their shards (rewritten the same way) and writes ``manifest.json``, the list of
  shards in input order that ``stancegraph load FOLDER`` reads.

The folder is a local path or any URL pyarrow opens (``s3://``, ``gs://``, ``hdfs://``...).
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import socket
import uuid
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from stancegraph.errors import InputError, MissingDependency
from stancegraph.graph.model import Article

#: Files per unit: a unit is what a worker redoes when it dies, and what a rerun skips.
FILES_PER_UNIT = 16
#: Bytes per unit of a gzipped web archive: about 250 pages of a CC-NEWS file (1 GB, some
#: 30,000 pages), so one file spreads over many workers.
WARC_BYTES_PER_UNIT = 8 << 20
MANIFEST = "manifest.json"
DONE = "_done"
TMP = "_tmp"


@dataclass
class Unit:
    """Inputs read and extracted together into one shard."""

    index: int
    inputs: list[str]
    key: str = ""

    @property
    def shard(self) -> str:
        return f"part-{self.key}.jsonl"


@dataclass
class UnitResult:
    """What a worker did with one unit (also the unit's done file)."""

    key: str
    shard: str
    read: list[list[str]] = field(default_factory=list)  #: [article id, where it came from], in order
    written: list[str] = field(default_factory=list)  #: ids in the shard
    skipped: list[str] = field(default_factory=list)  #: one line each
    failures: list[str] = field(default_factory=list)  #: one line each
    worker: str = ""  #: host:pid of the process that wrote the shard

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "UnitResult":
        return cls(**json.loads(text))


def plan_units(sources: Iterable[str], options: dict[str, Any], model: Optional[str],
               per_unit: int = FILES_PER_UNIT, warc_bytes: int = WARC_BYTES_PER_UNIT
               ) -> tuple[list[Unit], list[str]]:
    """The units for ``sources`` (files by absolute path, so every node finds them on a shared
    filesystem; http(s) URLs as given; a gzipped web archive in slices of ``warc_bytes``, one
    unit each), and one line for each input that cannot be read."""
    from stancegraph.loaders.read import warc
    from stancegraph.loaders.read.sources import LoadFailure, expand

    groups: list[list[str]] = [[]]
    failures = []
    for item in expand(list(sources), options.get("fmt")):
        if isinstance(item, LoadFailure):
            failures.append(item.message)
        elif item[0] == "stdin":
            raise InputError("standard input cannot be shared out to workers: give files, folders or URLs")
        elif item[0] == "file" and (warc.is_warc_name(item[1]) or options.get("fmt") == "warc"):
            groups.extend([part] for part in warc.slices(os.path.abspath(item[1]), warc_bytes))
            groups.append([])
        else:
            if len(groups[-1]) >= per_unit:
                groups.append([])
            groups[-1].append(os.path.abspath(item[1]) if item[0] == "file" else item[1])
    groups = [g for g in groups if g]
    salt = json.dumps({"options": options, "model": model}, sort_keys=True)
    units = [Unit(i, group) for i, group in enumerate(groups)]
    for unit in units:
        unit.key = hashlib.sha256((salt + json.dumps(unit.inputs)).encode()).hexdigest()[:20]
    return units, failures


# ------------------------------------------------------------------------- the folder


class Folder:
    """The output folder, local or remote, through pyarrow's filesystems."""

    def __init__(self, url: str) -> None:
        try:
            from pyarrow import fs
        except ImportError:
            raise MissingDependency("writing shards needs pyarrow, which comes with Ray: "
                                    "pip install 'stancegraph[ray]'") from None
        self._fs_module = fs
        self.url = url
        if "://" in url:
            try:
                self.fs, self.root = fs.FileSystem.from_uri(url)
            except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad URI
                raise InputError(f"{url}: cannot open as an output folder ({exc})") from None
        else:
            self.fs, self.root = fs.LocalFileSystem(), os.path.abspath(url)
        self.root = self.root.rstrip("/")

    def path(self, *parts: str) -> str:
        return "/".join((self.root,) + parts)

    def make(self) -> None:
        try:
            for sub in (DONE, TMP):
                self.fs.create_dir(self.path(sub), recursive=True)
        except OSError as exc:
            raise InputError(f"{self.url}: cannot write the output folder ({exc})") from None

    def exists(self, *parts: str) -> bool:
        return self.fs.get_file_info(self.path(*parts)).type != self._fs_module.FileType.NotFound

    def read(self, *parts: str) -> str:
        with self.fs.open_input_stream(self.path(*parts), compression=None) as fh:
            return fh.read().decode("utf-8")

    @contextlib.contextmanager
    def create(self, *parts: str) -> Iterator[Any]:
        """A binary stream to a temporary name, renamed once it is closed without an error:
        a reader sees the whole file or none."""
        tmp = self.path(TMP, f"{parts[-1]}.{uuid.uuid4().hex}")
        with self.fs.open_output_stream(tmp, compression=None) as fh:
            yield fh
        self.fs.move(tmp, self.path(*parts))

    def write(self, text: str, *parts: str) -> None:
        with self.create(*parts) as fh:
            fh.write(text.encode("utf-8"))

    def done(self) -> dict[str, UnitResult]:
        """The units complete in this folder, by key."""
        selector = self._fs_module.FileSelector(self.path(DONE), allow_not_found=True)
        found = {}
        for info in self.fs.get_file_info(selector):
            if info.base_name.endswith(".json"):
                result = UnitResult.from_json(self.read(DONE, info.base_name))
                found[result.key] = result
        return found

    def clear_tmp(self) -> None:
        """Temporary files a killed worker left (every unit is complete by now)."""
        self.fs.delete_dir_contents(self.path(TMP), missing_dir_ok=True)


# ------------------------------------------------------------------------- workers


class ShardWriter:
    """Reads and extracts units into shards: one per worker, the model loaded once.

    Called with a batch of units (``{"key": [...], "inputs": [JSON lists]}``, as Ray Data
    hands them over) and returns their :class:`UnitResult` as JSON (``{"result": [...]}``).
    """

    def __init__(self, out: str, model: Optional[str], options: dict[str, Any]) -> None:
        from stancegraph.loaders.extract.nlp import load_model
        from stancegraph.loaders.extract.pipeline import Extractor

        self.folder = Folder(out)
        self.extractor = Extractor(load_model(model))
        self.options = options

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        results = [self.unit(str(key), json.loads(str(inputs))) for key, inputs in zip(batch["key"], batch["inputs"])]
        return {"result": [r.to_json() for r in results]}

    def unit(self, key: str, inputs: list[str]) -> UnitResult:
        from stancegraph.loaders.extract.batch import where
        from stancegraph.loaders.extract.jsonl import jsonl_line

        result = UnitResult(key, Unit(0, inputs, key).shard, worker=f"{socket.gethostname()}:{os.getpid()}")

        def failed(article: Article, message: str) -> None:
            result.failures.append(f"{where(article)}: {message}")

        graphs = self.extractor.extract_many(self._articles(inputs, result), on_error=failed)
        with self.folder.create(result.shard) as out:
            for graph in graphs:
                out.write(jsonl_line(graph).encode("utf-8"))
                result.written.append(graph.article.id)
        self.folder.write(result.to_json(), DONE, f"{key}.json")
        return result

    def _articles(self, inputs: list[str], result: UnitResult) -> Iterator[Article]:
        from stancegraph.loaders.read.sources import LoadFailure, LoadSkipped, iter_articles

        for item in iter_articles(inputs, **self.options):
            if isinstance(item, LoadFailure):
                result.failures.append(item.message)
            elif isinstance(item, LoadSkipped):
                result.skipped.append(str(item))
            else:
                result.read.append([item.id, item.path or item.url or item.id])
                yield item


# ------------------------------------------------------------------------- the end


def duplicates(units: list[Unit], results: dict[str, UnitResult]) -> dict[str, dict[str, str]]:
    """For each unit key, the ids it read that an earlier unit read first (id -> where first)."""
    first: dict[str, str] = {}
    later: dict[str, dict[str, str]] = {}
    for unit in units:
        for article_id, where in results[unit.key].read:
            if article_id in first:
                later.setdefault(unit.key, {})[article_id] = first[article_id]
            else:
                first[article_id] = where
    return later


def finish(folder: Folder, units: list[Unit], results: dict[str, UnitResult], *,
           describe: dict[str, Any]) -> dict[str, Any]:
    """Drop the later copies of texts read twice from their shards, write the manifest, and
    clear the temporary files."""
    later = duplicates(units, results)
    shards = []
    for unit in units:
        result = results[unit.key]
        dropped = later.get(unit.key, {})
        if set(result.written) & set(dropped):
            lines = folder.read(result.shard).splitlines(keepends=True)
            kept = [line for line in lines if json.loads(line)["article"]["id"] not in dropped]
            if len(kept) < len(lines):  # not yet dropped by an earlier run into this folder
                folder.write("".join(kept), result.shard)
        shards.append({"shard": result.shard, "inputs": unit.inputs,
                       "articles": len([i for i in result.written if i not in dropped])})
    manifest = dict(describe, shards=shards, articles=sum(s["articles"] for s in shards))
    folder.write(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", MANIFEST)
    folder.clear_tmp()
    return manifest


def shard_files(folder: str) -> list[str]:
    """The shards of a local output folder: those its manifest lists, in order, else every
    ``*.jsonl`` in it by name."""
    manifest = os.path.join(folder, MANIFEST)
    if os.path.exists(manifest):
        try:
            with open(manifest, encoding="utf-8") as fh:
                names = [s["shard"] for s in json.load(fh)["shards"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{manifest}: not a stancegraph manifest ({exc})") from None
        return [os.path.join(folder, name) for name in names]
    names = sorted(n for n in os.listdir(folder) if n.endswith(".jsonl") and not n.startswith("."))
    if not names:
        raise InputError(f"{folder}: folder holds no manifest.json and no .jsonl files")
    return [os.path.join(folder, name) for name in names]
