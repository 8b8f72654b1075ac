"""Smoke test for the dev Neo4j started by dev/neo4j/neo4j.sh.

Usage:  eval "$(dev/neo4j/neo4j.sh env)" && python dev/neo4j/smoke_test.py
Needs only the `neo4j` Python driver. Exits non-zero on the first failed check.
"""

import os
import sys
import uuid

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError

URI = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7697")
USER = os.environ.get("NEO4J_USERNAME", "neo4j")
PASSWORD = os.environ.get("NEO4J_PASSWORD", "stancegraph-dev")
DATABASE = os.environ.get("NEO4J_DATABASE", "neo4j")


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        sys.exit(1)


def main():
    print(f"driver {neo4j.__version__}, {URI} as {USER}, database {DATABASE}")
    with GraphDatabase.driver(URI, auth=(USER, PASSWORD)) as driver:
        driver.verify_connectivity()
        info = driver.get_server_info()
        check(info.agent.startswith("Neo4j/5.26"), f"connected to {info.agent}")

        driver.execute_query(
            "CREATE CONSTRAINT smoke_actor_id IF NOT EXISTS "
            "FOR (n:SmokeActor) REQUIRE n.id IS UNIQUE",
            database_=DATABASE,
        )
        key = str(uuid.uuid4())
        with driver.session(database=DATABASE) as s:
            s.execute_write(lambda tx: tx.run("MERGE (a:SmokeActor {id: $id}) SET a.name = 'x'", id=key).consume())
            s.execute_write(lambda tx: tx.run("MERGE (a:SmokeActor {id: $id})", id=key).consume())

        with driver.session(database=DATABASE, default_access_mode=neo4j.READ_ACCESS) as s:
            rec = s.run("MATCH (a:SmokeActor {id: $id}) RETURN count(a) AS c, a.name AS name", id=key).single()
            check(rec["c"] == 1 and rec["name"] == "x", "MERGE is idempotent, node read back in READ session")

            try:
                s.execute_read(lambda tx: tx.run("CREATE (:SmokeActor {id: $id})", id=str(uuid.uuid4())).consume())
                check(False, "write inside execute_read is rejected")
            except Neo4jError as e:
                check(True, f"write inside execute_read is rejected ({e.code})")

        try:
            with driver.session(database=DATABASE) as s:
                s.run("CREATE (:SmokeActor {id: $id})", id=key).consume()
            check(False, "uniqueness constraint enforced")
        except Neo4jError as e:
            check("ConstraintValidationFailed" in (e.code or ""), f"uniqueness constraint enforced ({e.code})")

        driver.execute_query("MATCH (a:SmokeActor) DETACH DELETE a", database_=DATABASE)
        driver.execute_query("DROP CONSTRAINT smoke_actor_id IF EXISTS", database_=DATABASE)

    try:
        with GraphDatabase.driver(URI, auth=(USER, PASSWORD + "-wrong")) as bad:
            bad.verify_connectivity()
        check(False, "wrong password rejected")
    except AuthError as e:
        check(True, f"wrong password rejected with AuthError ({e.code})")

    print("smoke test passed")


if __name__ == "__main__":
    main()
