"""Summarise bench/results/*.json (from ingest.py, ray_extract.py and queries.py) as one Markdown page.

    python bench/summary.py [-o bench/results/summary.md]
"""
from __future__ import annotations

import argparse
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def ingest_section(path: str) -> list[str]:
    r = json.load(open(path))
    m = r["median"]
    lines = [f"## Ingest: `{os.path.basename(path)}`", "",
             f"`{r['command']}` — {r.get('files', r.get('articles'))} files of `{r['corpus']}`, "
             f"{len(r['repetitions'])} repetition(s), medians shown (each repetition is in the file).", "",
             "| step | seconds | articles/s | peak RSS (MB) | ratio |", "|---|---|---|---|---|"]
    for key, v in m.items():
        if not isinstance(v, dict) or "seconds" not in v:
            continue
        ratio = v.get("vs_bare_spacy") or v.get("vs_extract_jobs2")
        label = ("× bare spaCy" if "vs_bare_spacy" in v else "× extraction time" if ratio is not None else "")
        lines.append(f"| {key} | {v['seconds']:.1f} | {v.get('articles_per_s', '') and round(v['articles_per_s'], 2)} "
                     f"| {'' if v.get('peak_rss_mb') is None else round(v['peak_rss_mb'])} "
                     f"| {'' if ratio is None else f'{ratio:.3f} {label}'} |")
    for key, v in m.items():
        if key.endswith("_speedup"):
            lines.append(f"| {key} | | | | {v:.3f} × jobs 1 |")
    lines.append("")
    return lines


def queries_section(path: str) -> list[str]:
    r = json.load(open(path))
    lines = [f"## Saved queries: `{os.path.basename(path)}`", "", f"`{r['command']}`", ""]
    for store, e in r["stores"].items():
        load = e.get("load")
        lines.append(f"**{store}**: {e['relationships']:,} relationships, {e['nodes']:,} nodes"
                     + (f"; bulk load {load['seconds']} s for {load['articles']:,} articles" if load else "")
                     + (f"; writes (batches of 64) {e['write_ms_per_article_empty_store']} ms/article into an empty store, "
                        f"{e.get('write_ms_per_article_large_store')} ms/article into this one"
                        if e.get("write_ms_per_article_empty_store") is not None else "")
                     + f"; node parameters: {e.get('params', 'hub')}.")
        lines += ["", "| query | p50 ms | p95 ms | rows | params |", "|---|---|---|---|---|"]
        for name, q in e["queries"].items():
            if "p50_ms" in q:
                lines.append(f"| {name} | {q['p50_ms']} | {q['p95_ms']} | {q['rows']} | {q['params'] or ''} |")
            elif "skipped" in q:
                lines.append(f"| {name} | — | — | | skipped: {q['skipped']} |")
            else:
                lines.append(f"| {name} | fails | | | {q.get('params') or ''}: {q.get('error', '')[:120]} |")
        lines.append("")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", default=os.path.join(HERE, "results", "summary.md"))
    args = ap.parse_args()
    out = ["# Benchmark results", ""]
    for path in sorted(glob.glob(os.path.join(HERE, "results", "*.json"))):
        data = json.load(open(path))
        out += ingest_section(path) if "median" in data else queries_section(path)
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(args.output)


if __name__ == "__main__":
    main()
