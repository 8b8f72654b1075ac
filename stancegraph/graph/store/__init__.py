"""The store: one interface over the embedded LadybugDB file and a Neo4j server.

``base`` holds the interface and the shared write algorithm; each backend module
(``ladybug``, ``neo4j``) holds that backend's Cypher, DDL and connection handling.
"""
from stancegraph.graph.store.base import QueryResult, Store, default_db_path, open_store

__all__ = ["QueryResult", "Store", "default_db_path", "open_store"]
