"""The store: one interface over the embedded LadybugDB file and a Neo4j server.

Read in this order: ``base`` (the Store interface, open_store), ``write`` (the write
algorithm both backends share), ``rows`` (the graph records as parameter rows, after
:mod:`stancegraph.graph.schema`), ``writer`` (batches and the background writer thread),
``shared`` (the Cypher both backends run alike). Each backend module holds all of its own
Cypher, DDL and bulk loading: ``ladybug`` (+ ``ladybug_copy``, its COPY import) and ``neo4j``.
"""
from stancegraph.graph.store.base import QueryResult, Store, default_db_path, open_store

__all__ = ["QueryResult", "Store", "default_db_path", "open_store"]
