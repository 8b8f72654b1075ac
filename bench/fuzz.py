"""Fuzzing the loaders and the extractor: does any input give a traceback?

    python bench/fuzz.py --inputs 1000 --seed 1            # writes bench/results/fuzz.json

Inputs (fixed seed): the loader test fixtures and the sample article, mutated (bytes
flipped, inserted, deleted, duplicated, spliced; odd Unicode; quotes and brackets); random
bytes; and huge or deep documents (a 1,100,000-character article, a 200,000-character word,
JSON and HTML nested 100,000 deep, a feed of 5,000 entries, 5,000 nested quotes...). They go
through the same path as ``stancegraph ingest``, in batches of ``--batch`` files: the
loaders (``iter_articles`` over the batch's folder), then ``Extractor.extract_many`` with an
``on_error`` that collects failures, then ``upsert_many`` into an embedded store.

Reported: every exception that escapes (a traceback a user would have seen), every failure
message of more than one line, whether every article that was extracted was written, and
the slowest inputs.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "loaders"
ODD = ["\u202e", "\u200b", "\ufeff", "\u0301" * 50, "\ud7ff", "\U0001f600", "\x00", "\r", "\u2028", "“", "”",
       "\"", "'", "«", "»", "[", "](", "![", "<", ">", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>",
       "<script>", "{", "}", "@", "\\", "\n\n", "---\n", "# ", "**", "By Jane Roe and ", "said", ":"]


def seeds() -> list[tuple[str, bytes]]:
    from stancegraph.loaders.read.sources import sample_path

    found = [(p.suffix, p.read_bytes()) for p in sorted(FIXTURES.iterdir()) if p.is_file()]
    return found + [(".txt", Path(sample_path()).read_bytes())]


def mutate(rng: random.Random, data: bytes, pool: list[tuple[str, bytes]]) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        op = rng.randrange(7)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:  # flip bytes
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == 1:  # insert random bytes
            data[at:at] = os.urandom(rng.randint(1, 64))
        elif op == 2:  # delete a range
            del data[at:at + rng.randint(1, 400)]
        elif op == 3:  # duplicate a range many times
            piece = data[at:at + rng.randint(1, 60)]
            data[at:at] = piece * rng.randint(2, 200)
        elif op == 4:  # splice another seed in
            other = rng.choice(pool)[1]
            s = rng.randrange(len(other))
            data[at:at] = other[s:s + rng.randint(1, 2000)]
        elif op == 5:  # odd Unicode and markup
            data[at:at] = rng.choice(ODD).encode("utf-8", "surrogatepass") * rng.randint(1, 200)
        else:  # truncate
            del data[at:]
    return bytes(data)


def huge_and_deep(rng: random.Random, long_article: bool) -> list[tuple[str, bytes]]:
    para = "The minister said on Monday that the talks would continue, \"whatever happens\".\n\n"
    longest = [(".txt", (para * (1_100_000 // len(para) + 1)).encode())] if long_article else []
    return longest + [
        (".txt", b"Title\n\n" + b"a" * 200_000 + b"\n"),
        (".txt", ("\u201c" * 5000 + "said" + "\u201d" * 5000).encode()),
        (".txt", b"x" * 100_000 + b"@" + b"y." * 50_000),
        (".md", b"# " + b" " * 100_000 + b"x\n" + b"![" + b"[a]" * 30_000 + b"\n"),
        (".json", b"[" * 100_000 + b"]" * 100_000),
        (".json", b'{"text": ' * 50_000 + b'"x"' + b"}" * 50_000),
        (".jsonl", b'{"text": "' + b"said " * 20_000 + b'"}\n'),  # one 20,000-word "sentence"
        (".html", b"<html><body>" + b"<div>" * 100_000 + b"said the mayor" + b"</div>" * 100_000 + b"</body></html>"),
        (".html", b"<html><body><article>" + b"<span>word " * 300_000 + b"</article></body></html>"),
        (".xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                 + b"<item><title>x</title><description>The mayor said yes.</description></item>" * 5000
                 + b"</channel></rss>"),
        (".xml", b'<?xml version="1.0"?><rss><channel>' + b"<item>" * 50_000),
        (".csv", b"text,title\n" + b'"' + b"a," * 30_000 + b'",t\n'),  # 60,000 one-character tokens
        (".txt", bytes(rng.randrange(256) for _ in range(100_000))),
    ]


def make_inputs(n: int, seed: int, long_article: bool = True) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    pool = seeds()
    inputs = huge_and_deep(rng, long_article)
    while len(inputs) < n:
        kind = rng.random()
        if kind < 0.8:
            ext, data = rng.choice(pool)
            inputs.append((ext, mutate(rng, data, pool)))
        else:
            ext = rng.choice([".txt", ".html", ".json", ".jsonl", ".csv", ".xml", ".md"])
            inputs.append((ext, bytes(rng.randrange(256) for _ in range(rng.randint(0, 5000)))))
    return inputs[:n]


def _escaped(report: dict, where: str, exc: BaseException) -> None:
    report["tracebacks"].append({"where": where, "error": f"{type(exc).__name__}: {str(exc)[:200]}",
                                 "traceback": traceback.format_exc()[-2000:]})


def run_batch(batch: list[tuple[int, str, bytes]], extractor, store, report: dict) -> None:
    from stancegraph.graph.model import Article
    from stancegraph.loaders.read.sources import LoadFailure, iter_articles

    with tempfile.TemporaryDirectory() as folder:
        for number, ext, data in batch:
            Path(folder, f"input-{number:05d}{ext}").write_bytes(data)
        articles = []
        started = time.monotonic()
        try:
            for item in iter_articles([folder], max_bytes=50_000_000, follow_links=False):  # offline
                if isinstance(item, Article):
                    articles.append(item)
                elif isinstance(item, LoadFailure):
                    report["load_failures"] += 1
                    if "\n" in item.message:
                        report["multiline_messages"].append(item.message[:300])
        except Exception as exc:  # noqa: BLE001 - what the fuzzer is looking for
            _escaped(report, f"loaders, batch of {batch[0][0]}..{batch[-1][0]}", exc)
        report["load_seconds"] += time.monotonic() - started
        report["articles"] += len(articles)

        failed = []
        started = time.monotonic()
        try:
            graphs = list(extractor.extract_many(articles, on_error=lambda a, m: failed.append(m)))
        except Exception as exc:  # noqa: BLE001
            _escaped(report, f"extractor, batch of {batch[0][0]}..{batch[-1][0]}", exc)
            graphs = []
        report["extract_seconds"] += time.monotonic() - started
        report["extract_failures"] += len(failed)
        report["multiline_messages"] += [m[:300] for m in failed if "\n" in m]
        report["extract_failure_messages"] += failed
        try:
            written = store.upsert_many(graphs, batch_size=64,
                                        on_error=lambda g, e: report["write_failures"].append(str(e)[:300]))
            report["written"] += written
        except Exception as exc:  # noqa: BLE001
            _escaped(report, f"store, batch of {batch[0][0]}..{batch[-1][0]}", exc)
        report["extracted"] += len(graphs)
        elapsed = time.monotonic() - started
        report["slowest_batches"].append([round(elapsed, 2), batch[0][0], batch[-1][0]])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25, help="Inputs per ingest batch.")
    parser.add_argument("--no-long-article", dest="long_article", action="store_false",
                        help="Leave out the 1,100,000-character article (its parse takes minutes).")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "fuzz.json"))
    args = parser.parse_args(argv)

    from stancegraph.graph.store.ladybug import LadybugStore
    from stancegraph.loaders.extract.nlp import load_model
    from stancegraph.loaders.extract.pipeline import Extractor

    inputs = make_inputs(args.inputs, args.seed, args.long_article)
    report = {"inputs": len(inputs), "seed": args.seed, "articles": 0, "load_failures": 0, "extracted": 0,
              "extract_failures": 0, "written": 0, "write_failures": [], "tracebacks": [],
              "multiline_messages": [], "extract_failure_messages": [], "slowest_batches": [],
              "load_seconds": 0.0, "extract_seconds": 0.0}
    extractor = Extractor(load_model())
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, LadybugStore(os.path.join(tmp, "fuzz.lbdb")) as store:
        numbered = [(i, ext, data) for i, (ext, data) in enumerate(inputs)]
        for b in range(0, len(numbered), args.batch):
            batch_started = time.monotonic()
            run_batch(numbered[b:b + args.batch], extractor, store, report)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"{min(b + args.batch, len(numbered))}/{len(numbered)} inputs, "
                  f"{len(report['tracebacks'])} tracebacks, batch {time.monotonic() - batch_started:.1f} s, "
                  f"peak {peak} MB", file=sys.stderr, flush=True)
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    report["seconds"] = round(time.monotonic() - started, 1)
    report["slowest_batches"] = sorted(report["slowest_batches"], reverse=True)[:5]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as fh:
        json.dump(report, fh, indent=2)
    print(f"{report['inputs']} inputs: {report['articles']} articles loaded, {report['load_failures']} load "
          f"failures; {report['extracted']} extracted, {report['extract_failures']} extraction failures; "
          f"{report['written']} written, {len(report['write_failures'])} write failures; "
          f"{len(report['tracebacks'])} tracebacks, {len(report['multiline_messages'])} multi-line messages; "
          f"{report['seconds']} s -> {args.out}")
    for tb in report["tracebacks"]:
        print(f"TRACEBACK {tb['where']}: {tb['error']}")
    return 1 if report["tracebacks"] or report["multiline_messages"] else 0


if __name__ == "__main__":
    sys.exit(main())
