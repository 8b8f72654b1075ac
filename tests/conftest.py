"""Shared fixtures: the spaCy pipeline (loaded once), and a store of each kind.

The Neo4j leg runs when ``STANCEGRAPH_TEST_NEO4J_URI`` points at a server (``dev/test.sh``
starts one). Outside CI it is skipped with the reason; under ``CI=true`` a missing Neo4j
is a failure, not a skip.
"""
from __future__ import annotations

import os

import pytest

from stancegraph.errors import StoreError

IN_CI = os.environ.get("CI", "").lower() == "true"
NEO4J_ENV = "STANCEGRAPH_TEST_NEO4J_URI"


def require_or_skip(reason: str):
    """Skip a test whose infrastructure is missing; under CI=true that is a failure."""
    if IN_CI:
        pytest.fail(f"{reason} (required under CI=true)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _no_ambient_neo4j(monkeypatch):
    # A developer's NEO4J_URI must never make a test write to their own server.
    for var in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "STANCEGRAPH_DB"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def nlp():
    from stancegraph.loaders.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extractor(nlp):
    # One Extractor for the whole run: it keeps no state between articles.
    from stancegraph.loaders.extract.pipeline import Extractor

    return Extractor(nlp)


def neo4j_settings() -> dict[str, str]:
    uri = os.environ.get(NEO4J_ENV)
    if not uri:
        require_or_skip(f"no Neo4j for tests: set {NEO4J_ENV} (bash dev/neo4j/neo4j.sh start)")
    return {
        "NEO4J_URI": uri,
        "NEO4J_USERNAME": os.environ.get("STANCEGRAPH_TEST_NEO4J_USERNAME", "neo4j"),
        "NEO4J_PASSWORD": os.environ.get("STANCEGRAPH_TEST_NEO4J_PASSWORD", ""),
    }


@pytest.fixture(scope="session")
def neo4j_store_session():
    settings = neo4j_settings()
    from stancegraph.graph.store.neo4j import Neo4jStore

    try:
        store = Neo4jStore.connect(settings["NEO4J_URI"], user=settings["NEO4J_USERNAME"],
                                   password=settings["NEO4J_PASSWORD"])
    except StoreError as exc:
        require_or_skip(f"Neo4j for tests not reachable: {exc}")
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_import_dir(neo4j_store_session):
    """The test Neo4j's import directory: where LOAD CSV 'file:///x.csv' reads from."""
    import pathlib

    path = os.environ.get("STANCEGRAPH_TEST_NEO4J_IMPORT")
    if not path or not os.path.isdir(path):
        require_or_skip("no import directory of the test Neo4j: set STANCEGRAPH_TEST_NEO4J_IMPORT "
                        "(dev/test.sh sets it)")
    return pathlib.Path(path)


@pytest.fixture
def neo4j_env(monkeypatch, neo4j_store_session):
    """Environment pointing the CLI at the test Neo4j, emptied first."""
    neo4j_store_session.reset()
    for key, value in neo4j_settings().items():
        monkeypatch.setenv(key, value)
    return neo4j_settings()


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request, tmp_path):
    """An empty store of each kind: every store-level behaviour is tested on both."""
    if request.param == "ladybug":
        from stancegraph.graph.store.ladybug import LadybugStore

        s = LadybugStore(str(tmp_path / "graph.lbdb"))
        yield s
        s.close()
    else:
        s = request.getfixturevalue("neo4j_store_session")
        s.reset()
        yield s
