"""The BBC gold set of actor mentions (bench/gold) and the BBC actor audit (bench/bbc_actors.py):
the gold lines are what bench/entities.py reads, and the audit flags the failures issue 17 saw."""
from __future__ import annotations

import importlib.util
import json
import os
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold" / "bbc-entities.jsonl"
POLITICS = ROOT.parent / "shared" / "corpora" / "bbc" / "politics"
KINDS = {"person", "organization", "country", "place", "group"}
needs_corpus = pytest.mark.skipif(not POLITICS.is_dir(), reason="the BBC corpus is not beside the repository")


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _text(name: str) -> str:
    with open(POLITICS / name, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def test_gold_lines_have_sorted_disjoint_spans_and_known_kinds():
    rows = _rows()
    assert [r["split"] for r in rows] == ["train"] * 24 + ["dev"] * 12
    assert len({r["file"] for r in rows}) == 36
    for row in rows:
        spans = [lab["span"] for lab in row["labels"]]
        assert spans == sorted(spans)
        assert all(s < e for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), row["file"]
        assert {lab["kind"] for lab in row["labels"]} <= KINDS
        assert all(lab["actor"].strip() == lab["actor"] != "" for lab in row["labels"])


@needs_corpus
def test_gold_articles_are_the_documented_sample():
    chosen = random.Random(17).sample(sorted(os.listdir(POLITICS)), 36)
    assert [r["file"] for r in _rows()] == chosen


@needs_corpus
def test_gold_spans_are_names_without_honorifics():
    for row in _rows():
        text = _text(row["file"])
        for lab in row["labels"]:
            s, e = lab["span"]
            name = text[s:e]
            assert e <= len(text) and name == name.strip() and "\n" not in name, (row["file"], name)
            assert (name[0].isupper() or name[0].isdigit()), (row["file"], name)
            assert not text[e:e + 1].isalnum() and not text[s - 1:s].isalnum(), (row["file"], name)
            if lab["kind"] == "person":
                assert name.split()[0] not in {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord"}, (row["file"], name)


@needs_corpus
def test_gold_keeps_namesakes_and_cities_apart():
    """The wrong merges issue 17 names, as the gold set labels them."""
    labels = {r["file"]: [(_text(r["file"])[slice(*lab["span"])], lab["actor"], lab["kind"]) for lab in r["labels"]]
              for r in _rows()}
    assert ("Sandra", "Sandra Howard", "person") in labels["411.txt"]
    assert ("John Howard", "John Howard", "person") in labels["411.txt"]
    assert ("Howard", "Michael Howard", "person") in labels["411.txt"]
    assert ("Prince Charles", "Prince Charles", "person") in labels["328.txt"]
    assert ("Cherie Blair", "Cherie Blair", "person") in labels["328.txt"]
    assert ("London", "London", "place") in labels["149.txt"]
    assert ("Baghdad", "Baghdad", "place") in labels["149.txt"]
    assert ("Vincent Cable", "Vince Cable", "person") in labels["128.txt"]


def test_load_bbc_keeps_the_asked_split(tmp_path):
    (tmp_path / "001.txt").write_text("Mr Blair met Gordon Brown.", encoding="utf-8")
    (tmp_path / "002.txt").write_text("The Tories said no.", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"file": "001.txt", "split": "train", "labels": [
            {"span": [3, 8], "actor": "Tony Blair", "kind": "person"},
            {"span": [13, 25], "actor": "Gordon Brown", "kind": "person"}]}) + "\n"
        + json.dumps({"file": "002.txt", "split": "dev", "labels": [
            {"span": [4, 10], "actor": "Conservative Party", "kind": "organization"}]}) + "\n", encoding="utf-8")
    entities = _bench("entities")
    dev = entities.load_bbc(str(gold), str(tmp_path), "dev")
    assert [d["id"] for d in dev] == ["bbc/002.txt"]
    assert dev[0]["gold"] == [(4, 10, "bbc:Conservative Party", {"organization"})]
    both = entities.load_bbc(str(gold), str(tmp_path))
    assert [d["id"] for d in both] == ["bbc/001.txt", "bbc/002.txt"]
    assert both[0]["text"][3:8] == "Blair"


# -- bench/bbc_actors.py ----------------------------------------------------------------

def _actor(aid, name, kind, aliases=(), said=(), roles=()):
    return {"id": aid, "name": name, "kind": kind, "aliases": sorted(set(aliases) | {name}),
            "roles": list(roles), "said": list(said)}


def _data(actors, said, speaker_statements, texts):
    return {"actors": {a["id"]: a for a in actors}, "said": said,
            "spoken": {sid for _a, sid, _s, _art in said}, "speaker_statements": speaker_statements,
            "statements": len(speaker_statements), "articles": {k: k for k in texts}, "texts": texts}


@pytest.mark.parametrize("name, reason", [
    ("Howard\n\n", "newline"), ("Blair&#191;s", "HTML entity"), ("- Blair", "leading '-'"),
    ("Tanzania Mr Brown", "honorific inside"), ("Blair\xbfs", "character no name has"),
    ("Robert Kilroy-Silk", None), ("Prince Charles", None), ("O'Neill", None), ("AT&T", None),
])
def test_audit_flags_junk_names(name, reason):
    assert _bench("bbc_actors").junk_reason(name) == reason


def test_audit_finds_a_surname_split_and_its_statements():
    audit = _bench("bbc_actors")
    text = "Jack Straw spoke. Straw said no."
    said = [("p", "s1", "Jack Straw", "a1"), ("o", "s2", "Straw", "a1")]
    split = _data([_actor("p", "Jack Straw", "person", said=["Jack Straw"]),
                   _actor("o", "Straw", "organization", said=["Straw"])],
                  said, [("s1", "Jack Straw", "a1"), ("s2", "Straw", "a1")], {"a1": text})
    res = audit.check_person("Jack Straw", split)
    assert not res["ok"]
    assert [n["name"] for n in res["surname_nodes"]] == ["Straw"]
    assert res["surname_only_statements"]["elsewhere"] == {"Straw": 1}

    said = [("p", "s1", "Jack Straw", "a1"), ("p", "s2", "Straw", "a1")]
    one = _data([_actor("p", "Jack Straw", "person", aliases=["Straw"], said=["Jack Straw", "Straw"])],
                said, [("s1", "Jack Straw", "a1"), ("s2", "Straw", "a1")], {"a1": text})
    res = audit.check_person("Jack Straw", one)
    assert res["ok"] and res["surname_only_statements"]["on_node"] == 1


def test_audit_does_not_count_a_namesakes_article():
    """"Blair said" in an article that names Ian Blair too may be his: not counted against Tony Blair."""
    audit = _bench("bbc_actors")
    said = [("t", "s1", "Tony Blair", "a1"), ("i", "s2", "Blair", "a1")]
    data = _data([_actor("t", "Tony Blair", "person", aliases=["Blair"]), _actor("i", "Ian Blair", "person")],
                 said, [("s1", "Tony Blair", "a1"), ("s2", "Blair", "a1")],
                 {"a1": "Tony Blair and Sir Ian Blair met. Blair said it went well."})
    assert audit.check_person("Tony Blair", data)["ok"]


def test_audit_flags_wrong_merges():
    audit = _bench("bbc_actors")
    merged = _data([_actor("k", "Charles Kennedy", "person", aliases=["Prince Charles", "Kennedy"]),
                    _actor("h", "Michael Howard", "person", aliases=["Mrs Howard"], roles=["mrs"]),
                    _actor("uk", "United Kingdom", "country", aliases=["UK", "London"])], [], [], {})
    assert [m["ok"] for m in audit.check_merges(merged)[:3]] == [False, False, False]
    apart = _data([_actor("k", "Charles Kennedy", "person"), _actor("c", "Prince Charles", "person"),
                   _actor("h", "Michael Howard", "person"), _actor("s", "Sandra Howard", "person", ["Mrs Howard"]),
                   _actor("uk", "United Kingdom", "country", ["UK"]), _actor("l", "London", "place")], [], [], {})
    assert [m["ok"] for m in audit.check_merges(apart)[:3]] == [True, True, True]


def test_audit_counts_unlinked_speakers_that_name_an_actor_but_not_pronouns():
    audit = _bench("bbc_actors")
    data = _data([_actor("m", "Theresa May", "person"), _actor("i", "I.", "person")],
                 [], [("s1", "Theresa May", "a1"), ("s2", "I", "a1"), ("s3", "a spokesman", "a1")], {})
    res = audit.check_speakers(data)
    assert res["without_said"] == 3
    assert res["without_said_naming_an_actor"] == 1 and not res["ok"]


@pytest.mark.parametrize("topic, entities, expected", [
    # the lexicon's wordings of a topic's name
    ("Obamacare", ["Affordable Care Act", "Barack Obama"], {"Affordable Care Act"}),
    # containment with the same head noun, either way
    ("sanctions", ["U.S. sanctions", "Russia"], {"U.S. sanctions"}),
    ("generous child tax credit", ["child tax credit", "tax"], {"child tax credit"}),
    # a different head is another thing: an effort to recall is no recall, a state's actions no state
    ("recall effort", ["recall"], set()),
    ("Russia's actions against Ukraine", ["Russia", "Ukraine"], set()),
])
def test_a_topic_links_to_gold_entries_with_its_head_noun(topic, entities, expected):
    assert _bench("stances").link_topic([topic], entities) == expected
