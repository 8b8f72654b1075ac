"""The store: one interface over the embedded LadybugDB file and a Neo4j server.

``base`` holds the interface; ``write`` the write algorithm both backends share, ``rows``
the rows it writes (from :mod:`stancegraph.graph.schema`), ``writer`` the background
writer, ``guard`` the read-only check. Each backend module (``ladybug`` with
``ladybug_copy``, ``neo4j``) holds that backend's Cypher, DDL and connection handling;
``shared`` the Cypher both run alike. :func:`open_store` picks the backend (here, so the
interface never imports its backends).
"""
from typing import Optional

from stancegraph.graph.store.base import QueryResult, Store, default_db_path

__all__ = ["QueryResult", "Store", "default_db_path", "open_store"]


def open_store(*, neo4j_uri: Optional[str] = None, db_path: Optional[str] = None,
               read_only: bool = False, create: bool = True, user: str = "neo4j",
               password: str = "", database: Optional[str] = None) -> Store:
    """The Neo4j server at ``neo4j_uri`` when one is given, else the embedded file ``db_path``.

    Nothing here reads the environment: the command line binds ``NEO4J_URI``,
    ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` and ``STANCEGRAPH_DB`` to its
    options. Credentials are never echoed back in errors.
    """
    if neo4j_uri:
        from stancegraph.graph.store.neo4j import Neo4jStore

        return Neo4jStore.connect(neo4j_uri, user=user, password=password, database=database or None)
    from stancegraph.graph.store.ladybug import LadybugStore

    return LadybugStore(db_path or default_db_path(), read_only=read_only, create=create)
