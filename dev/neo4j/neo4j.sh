#!/usr/bin/env bash
# Dev/CI Neo4j 5.26 (Community, embedded, Bolt only) without Docker.
#
#   dev/neo4j/neo4j.sh start|stop|restart|status|env
#
# Environment (all optional):
#   NEO4J_PORT               Bolt port on 127.0.0.1           (default 7697)
#   NEO4J_PASSWORD           password of user "neo4j", >= 8 chars (default stancegraph-dev)
#   STANCEGRAPH_NEO4J_HOME   state dir: data, logs, pid file     (default <repo>/.neo4j)
#   STANCEGRAPH_NEO4J_CACHE  build cache: classpath, launcher jar, CDS archive; shared by all
#                            clones on the machine (default ${XDG_CACHE_HOME:-~/.cache}/stancegraph-neo4j)
#   NEO4J_HEAP               JVM -Xmx, at least 256m            (default 1g)
#   NEO4J_PAGECACHE_MB       page cache in MiB                 (default 512)
#   NEO4J_START_TIMEOUT      seconds to wait for Bolt          (default 120)
#   NEO4J_STOP_TIMEOUT       seconds to wait after SIGTERM     (default 90)
#   NEO4J_JAVA_OPTS          extra JVM flags, word-split (e.g. -XX:TieredStopAtLevel=1)
#   STANCEGRAPH_NEO4J_CONF   extra neo4j.conf-style settings file passed to the launcher
#   JAVA_HOME                Java 17+ to use (default: java on PATH)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/../.." && pwd)
STATE=$(realpath -m "${STANCEGRAPH_NEO4J_HOME:-$REPO/.neo4j}")
PORT=${NEO4J_PORT:-7697}
PASSWORD=${NEO4J_PASSWORD:-stancegraph-dev}
HEAP=${NEO4J_HEAP:-1g}
PAGECACHE_MB=${NEO4J_PAGECACHE_MB:-512}
START_TIMEOUT=${NEO4J_START_TIMEOUT:-120}
STOP_TIMEOUT=${NEO4J_STOP_TIMEOUT:-90}

PIDFILE=$STATE/neo4j.pid
LOG=$STATE/neo4j.log          # launcher stdout/stderr (Neo4j user log)
DBMS_HOME=$STATE/dbms         # Neo4j home: data/ and logs/debug.log
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
JAR=${JAVA_HOME:+$JAVA_HOME/bin/}jar
CACHE_ROOT=$(realpath -m "${STANCEGRAPH_NEO4J_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stancegraph-neo4j}")
CACHE=""                      # $CACHE_ROOT/<hash of pom.xml>: classpath.txt       (see set_cache)
LCACHE=""                     # $CACHE/launcher-<hash of Launcher.java, java, classpath>: launcher.jar, neo4j.jsa
DISCARD_JSA=0                 # set when stopping a failed start: don't keep its partial CDS archive
JVM_OPTS=(
  -Xms256m "-Xmx$HEAP"
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC -XX:+ExitOnOutOfMemoryError
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
  # What Neo4j's own launcher opens on Java 17. Without java.nio the page cache runs in a
  # slower fallback mode; without java.io/sun.nio.ch the transaction-log fadvise calls fail.
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)

say() { echo "neo4j.sh: $*" >&2; }
die() { say "$*"; exit 1; }

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; }

# Prints the pid and returns 0 if our launcher (for this state dir) is alive.
running_pid() {
  [[ -f $PIDFILE ]] || return 1
  local pid
  pid=$(<"$PIDFILE")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # Guard against pid reuse: it must be our Launcher on our home dir.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "Launcher $DBMS_HOME" || return 1
  echo "$pid"
}

# Bolt port of the running launcher (its last argument).
running_port() { tr '\0' '\n' <"/proc/$1/cmdline" | tail -n 1; }

ensure_state_dir() {
  mkdir -p "$STATE"
  # Self-ignoring state dir: nothing in it can be committed by accident.
  [[ -f $STATE/.gitignore ]] || echo '*' >"$STATE/.gitignore"
}

# What is derived from pom.xml (and Launcher.java + the JDK) lives in content-keyed cache
# dirs, so a fresh clone on a machine that already ran this starts without Maven or javac.
set_cache() {
  CACHE=$CACHE_ROOT/$(sha256sum <"$SCRIPT_DIR/pom.xml" | cut -c1-16)
}

ensure_classpath() {
  local cpfile=$CACHE/classpath.txt
  if [[ -s $cpfile ]]; then
    local missing=0 jar
    local IFS=:
    for jar in $(<"$cpfile"); do [[ -f $jar ]] || { missing=1; break; }; done
    unset IFS
    ((missing == 0)) && return 0
    say "cached classpath refers to missing jars; resolving again"
  fi
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch Neo4j from Maven Central)"
  say "resolving Neo4j jars with Maven (first run only)..."
  mkdir -p "$CACHE"
  mvn -B -q -Dstyle.color=never -f "$SCRIPT_DIR/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$cpfile.tmp" >"$CACHE/mvn.log" 2>&1 \
    || { tail -n 40 "$CACHE/mvn.log" >&2; die "Maven failed (full log: $CACHE/mvn.log)"; }
  mv "$cpfile.tmp" "$cpfile"
}

ensure_launcher_jar() {
  local java_bin
  java_bin=$(readlink -f "$(command -v "$JAVA")")
  LCACHE=$CACHE/launcher-$( (cat "$SCRIPT_DIR/Launcher.java" "$CACHE/classpath.txt"; echo "$java_bin") \
    | sha256sum | cut -c1-16)
  [[ -f $LCACHE/launcher.jar ]] && return 0
  # Drop launcher builds (and their ~120 MB CDS archives) for other Launcher.java versions.
  rm -rf "$CACHE"/launcher-*
  local tmp=$LCACHE/classes.tmp
  mkdir -p "$tmp"
  "$JAVAC" -nowarn -d "$tmp" -cp "$(<"$CACHE/classpath.txt")" "$SCRIPT_DIR/Launcher.java" \
    || die "compiling Launcher.java failed"
  # A jar, not a class directory: class-data sharing (CDS) only archives classes from jars.
  "$JAR" cf "$LCACHE/launcher.jar.tmp" -C "$tmp" . || die "jar failed"
  mv "$LCACHE/launcher.jar.tmp" "$LCACHE/launcher.jar"
  rm -rf "$tmp"
}

# Class-data sharing: the first run records the loaded classes into an archive at exit
# (written during a clean stop); later runs map it, saving ~30% of startup CPU.
cds_opts() {
  local opts=(-Xlog:cds=off -Xlog:cds+dynamic=off)
  if [[ -f $LCACHE/neo4j.jsa ]]; then
    opts+=("-XX:SharedArchiveFile=$LCACHE/neo4j.jsa")
  else
    rm -f "$LCACHE/neo4j.jsa.new"
    opts+=("-XX:ArchiveClassesAtExit=$LCACHE/neo4j.jsa.new")
  fi
  printf '%s\n' "${opts[@]}"
}

cmd_start() {
  local pid
  if pid=$(running_pid); then
    local port
    port=$(running_port "$pid")
    say "already running (pid $pid) on bolt://127.0.0.1:$port"
    [[ $port == "$PORT" ]] || say "warning: NEO4J_PORT is $PORT; restart to switch ports"
    return 0
  fi
  rm -f "$PIDFILE"
  ((${#PASSWORD} >= 8)) || die "NEO4J_PASSWORD must be at least 8 characters"
  command -v "$JAVA" >/dev/null || die "java not found (need Java 17+; set JAVA_HOME)"
  if port_open; then
    die "127.0.0.1:$PORT is already in use by another process (set NEO4J_PORT)"
  fi
  ensure_state_dir
  set_cache
  ensure_classpath
  ensure_launcher_jar
  local -a cds extra=()
  mapfile -t cds < <(cds_opts)
  # shellcheck disable=SC2206 # deliberate word splitting of user-supplied JVM flags
  [[ -n ${NEO4J_JAVA_OPTS:-} ]] && extra=(${NEO4J_JAVA_OPTS})

  [[ -f $LOG ]] && mv -f "$LOG" "$LOG.1"
  local t0=$SECONDS
  # setsid: own session, so Ctrl-C in the calling terminal does not reach the server.
  NEO4J_PASSWORD=$PASSWORD NEO4J_PAGECACHE_MB=$PAGECACHE_MB \
    setsid "$JAVA" "${JVM_OPTS[@]}" "${cds[@]}" "${extra[@]}" \
    -cp "$(<"$CACHE/classpath.txt"):$LCACHE/launcher.jar" Launcher "$DBMS_HOME" "$PORT" \
    >"$LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"

  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "Neo4j exited during startup; last log lines ($LOG):"
      tail -n 40 "$LOG" >&2 || true
      rm -f "$PIDFILE"
      exit 1
    fi
    if grep -qs '^STANCEGRAPH_NEO4J_FAILED' "$LOG"; then
      say "Neo4j failed to start; last log lines ($LOG):"
      tail -n 40 "$LOG" >&2 || true
      DISCARD_JSA=1 cmd_stop >/dev/null 2>&1 || true
      exit 1
    fi
    if grep -qs '^STANCEGRAPH_NEO4J_READY' "$LOG" && port_open; then
      say "started (pid $pid) on bolt://127.0.0.1:$PORT in $((SECONDS - t0))s; log $LOG"
      return 0
    fi
    if ((SECONDS - t0 >= START_TIMEOUT)); then
      say "Neo4j not ready after ${START_TIMEOUT}s; last log lines ($LOG):"
      tail -n 40 "$LOG" >&2 || true
      DISCARD_JSA=1 cmd_stop >/dev/null 2>&1 || true
      exit 1
    fi
    sleep 0.5
  done
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PIDFILE"
    say "not running"
    return 0
  fi
  # The CDS archive (if this run records one) is named on the command line.
  local jsa
  jsa=$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^-XX:ArchiveClassesAtExit=//p')
  kill -TERM "$pid" 2>/dev/null || true
  local t0=$SECONDS killed=0
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - t0 >= STOP_TIMEOUT)); then
      say "no clean stop after ${STOP_TIMEOUT}s; sending SIGKILL to $pid"
      kill -KILL "$pid" 2>/dev/null || true
      killed=1
      sleep 1
      break
    fi
    sleep 0.3
  done
  rm -f "$PIDFILE"
  if [[ -n $jsa ]]; then
    if ((killed == 0 && DISCARD_JSA == 0)) && [[ -s $jsa ]]; then mv -f "$jsa" "${jsa%.new}"; else rm -f "$jsa"; fi
  fi
  say "stopped (pid $pid)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    local port
    port=$(running_port "$pid")
    if PORT=$port port_open; then
      echo "running (pid $pid) on bolt://127.0.0.1:$port; state $STATE"
    else
      echo "starting or unhealthy (pid $pid): bolt://127.0.0.1:$port not answering; log $LOG"
    fi
    return 0
  fi
  echo "not running"
  return 3
}

cmd_env() {
  printf 'export NEO4J_URI=%q\n' "bolt://127.0.0.1:$PORT"
  printf 'export NEO4J_USERNAME=neo4j\n'
  printf 'export NEO4J_PASSWORD=%q\n' "$PASSWORD"
  printf 'export NEO4J_DATABASE=neo4j\n'
  # Where LOAD CSV 'file:///name.csv' reads from (the server's import directory).
  printf 'export STANCEGRAPH_NEO4J_IMPORT=%q\n' "$DBMS_HOME/import"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop && cmd_start ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *)
    echo "usage: $0 start|stop|restart|status|env" >&2
    exit 2
    ;;
esac
