"""Crash safety of the embedded store: opening a graph a killed process left behind, the
journal of article batches that says what a crash may have cost, and the private folders
of the bulk loader (docs/reliability.md, "Embedded store: crashes").

LadybugDB 0.22 keeps committed transactions in ``<graph>.wal`` until a checkpoint folds them
into the graph file. A process killed while it appends a commit leaves a torn record at
the end of the log, and with the default options every later open fails on it ("Checksum
verification failed, the WAL file is corrupted", "Reading past the end of the file ...wal";
dev/ladybug-wal-repro/ shows it with LadybugDB alone). A process killed during a
checkpoint leaves shadow pages that only a read-write open applies; until then read-only
opens fail ("checkpoint recovery pending"). So here:

- an open that fails on a torn log copies the log aside (``<graph>.wal.torn-<UTC time>``)
  and opens again replaying the complete transactions before the torn record (the torn
  one never returned from its COMMIT);
- a read-only open of a graph a killed writer left opens it read-write once first (that
  finishes the checkpoint and the roll-back below), and waits out a live writer's checkpoint;
- the :class:`Journal` (``<graph>.journal``) lists the articles of each write transaction
  before its COMMIT and marks it committed after: the first read-write open after a crash
  takes out what an unmarked transaction may have left (:func:`roll_back`), recounts,
  checkpoints before anything is appended after a torn record, and names in one line the
  articles to write again;
- a log is never touched while another process holds the graph open for writing.
"""
from __future__ import annotations

import contextlib
import datetime
import errno
import glob
import json
import os
import shutil
import signal
import tempfile
import threading
import time
from typing import Any, Callable, Iterable, Iterator, Optional

from stancegraph.errors import StoreError

#: Messages of LadybugDB 0.22 for a log it cannot replay.
_TORN_LOG = ("checksum verification failed", "wal file is corrupted",
             "corrupted wal", "wal replay")
_CHECKPOINT_PENDING = "checkpoint recovery is pending"

#: Prefix of the bulk loader's CSV folders (article text: private, removed on every exit).
COPY_PREFIX = "stancegraph-copy-"
#: A copy folder of a process that cannot be found is stale; one without a process id
#: (an older stancegraph) only after this many seconds.
STALE_AFTER = 3600
#: Read-only opens retried, 0.25 s apart, while a live writer checkpoints.
PENDING_RETRIES = 40


def is_torn_log(message: str) -> bool:
    low = message.lower()
    return any(m in low for m in _TORN_LOG) or ("reading past the end of the file" in low and ".wal" in low)


def open_database(ladybug: Any, path: str, *, read_only: bool, **options) -> tuple[Any, Optional[str]]:
    """``ladybug.Database(path, ...)`` after what a killed writer left behind is dealt with
    (see the module docstring). Returns it and where a torn log was kept, if it was."""
    for attempt in range(PENDING_RETRIES + 1):
        try:
            return ladybug.Database(path, read_only=read_only, **options), None
        except RuntimeError as exc:
            message = str(exc)
        if _CHECKPOINT_PENDING not in message.lower() or not read_only:
            break
        if not writer_active(path):
            _finish_checkpoint(ladybug, path, options)  # a killed writer's
        elif attempt < PENDING_RETRIES:
            time.sleep(0.25)  # a live writer's checkpoint: over in a moment
    else:
        raise StoreError(f"cannot open the graph at {path}: the process writing to it is checkpointing; "
                         "try again") from None
    if not is_torn_log(message) or writer_active(path):
        raise StoreError(f"cannot open the graph at {path}: {message}") from None
    kept = keep_log(path)
    try:
        # Replays the committed transactions before the torn record, the only one lost.
        return ladybug.Database(path, read_only=read_only, throw_on_wal_replay_failure=False, **options), kept
    except RuntimeError as exc:
        raise StoreError(f"cannot open the graph at {path}: {exc}") from None


def _finish_checkpoint(ladybug: Any, path: str, options: dict[str, Any]) -> None:
    """A checkpoint a killed writer left half done: a read-write open applies it."""
    try:
        ladybug.Database(path, read_only=False, **options).close()
    except RuntimeError as exc:
        raise StoreError(f"cannot open the graph at {path}: a checkpoint is pending and cannot be finished "
                         f"now (is another stancegraph writing to it?): {exc}") from None


#: Graphs this process has open for writing (real path -> how many times).
_WRITING_HERE: dict[str, int] = {}


def opened_for_writing(path: str, delta: int) -> None:
    """Count this process's own writers (``delta`` +1 at open, -1 at close): a lock probe
    cannot see them, and closing the probe would drop their lock (POSIX locks are per process)."""
    key = os.path.realpath(path)
    _WRITING_HERE[key] = _WRITING_HERE.get(key, 0) + delta
    if _WRITING_HERE[key] <= 0:
        del _WRITING_HERE[key]


def writer_active(path: str) -> bool:
    """Whether a process has the graph open for writing (LadybugDB holds an exclusive lock on
    the file; readers do not): its log may be half appended, not torn."""
    import fcntl

    if os.path.realpath(path) in _WRITING_HERE:
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # drops the probe's lock
    return False


def _stamp() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def keep_log(path: str) -> Optional[str]:
    """A copy of the graph's torn write-ahead log next to it (``<graph>.wal.torn-<UTC time>``),
    for a look or a bug report: the replay that follows rewrites the log."""
    kept = f"{path}.wal.torn-{_stamp()}"
    try:
        shutil.copyfile(f"{path}.wal", kept)
    except OSError:
        return None  # a reader without write access: it replays what it can all the same
    return kept


def left_by_a_crash(path: str) -> bool:
    """A log or journal with no writer that holds the graph: a writer was killed."""
    return (os.path.exists(f"{path}.wal") or Journal(path).pending()) and not writer_active(path)


def recover_for_reading(open_and_close: Callable[[], None]) -> None:
    """Before a read-only open of a graph a killed writer left: a read-write open (which
    rolls back and checkpoints) when this user may write it; else readers see the log."""
    with contextlib.suppress(StoreError, OSError):
        open_and_close()


class Journal:
    """``<graph>.journal``: JSON lines, one ``{"begin": n, "articles": [...]}`` before a write
    transaction commits, ``{"commit": n}`` once it has, and nothing older than the last
    checkpoint (:meth:`checkpointed` empties it). A line torn by a kill is ignored."""

    def __init__(self, path: str):
        self.path = f"{path}.journal"
        self._next = 0

    def _append(self, entry: dict[str, Any]) -> None:
        # Written through to the OS (a killed process loses nothing), not fsynced: two fsyncs
        # per transaction slowed every write, and after a power cut an entry the OS lost
        # belongs to a transaction LadybugDB replays whole or not at all.
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def begin(self, articles: Iterable[dict[str, Any]]) -> int:
        self._next += 1
        self._append({"begin": self._next, "pid": os.getpid(), "articles": list(articles)})
        return self._next

    def commit(self, number: int) -> None:
        self._append({"commit": number, "pid": os.getpid()})

    def pending(self) -> bool:
        """Whether it holds anything (a process ended without its last checkpoint)."""
        try:
            return os.path.getsize(self.path) > 0
        except OSError:
            return False

    def checkpointed(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path)

    def _entries(self) -> Iterator[dict[str, Any]]:
        try:
            with open(self.path, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        yield json.loads(line)
                    except ValueError:
                        continue  # torn by a kill
        except FileNotFoundError:
            return

    def _batches(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(committed, uncommitted) article entries since the last checkpoint."""
        begun: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
        done: set[tuple[Any, Any]] = set()
        for entry in self._entries():
            if "begin" in entry:
                begun[(entry.get("pid"), entry["begin"])] = entry.get("articles", [])
            elif "commit" in entry:
                done.add((entry.get("pid"), entry["commit"]))
        committed = [a for key, arts in begun.items() if key in done for a in arts]
        uncommitted = [a for key, arts in begun.items() if key not in done for a in arts]
        return committed, uncommitted

    def committed_since_checkpoint(self) -> list[dict[str, Any]]:
        return self._batches()[0]

    def uncommitted(self) -> list[dict[str, Any]]:
        return self._batches()[1]

    @staticmethod
    def write_lost(path: str, articles: list[dict[str, Any]]) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(f"{a.get('path') or ''}\t{a['id']}\n")


#: Taking out the articles of a transaction the journal never saw commit (see roll_back).
_ROLL_BACK = [
    "UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a",
    # Nodes left with no edge but kept counts: written by the transaction taken out.
    "MATCH (x:Actor) WHERE NOT EXISTS { MATCH (x)-[r]-() WHERE label(r) <> 'CO_MENTIONED' AND label(r) <> 'SAID_ABOUT' } "
    "DETACH DELETE x",
    "MATCH (x:Topic) WHERE NOT EXISTS { MATCH (x)-[r]-() WHERE label(r) <> 'SAID_ABOUT' } DETACH DELETE x",
    "MATCH (q:QuoteCount) DELETE q",  # all made anew by the recount
]


def roll_back(store: Any, notice: Callable[[str], None], kept: Optional[str] = None) -> None:
    """After a killed writer: take out what its uncommitted transactions may have left (their
    articles, and nodes and counts nothing else holds), recount, checkpoint, and say in one
    line which articles to write again (``kept``: where a torn log was kept)."""
    journal = store.journal
    # New articles only: one the killed run was replacing was committed before it, by an
    # earlier run, and stays (whole: its old version or, if the COMMIT landed, its new one).
    ids = sorted({a["id"] for a in journal.uncommitted() if a.get("new", True)})
    if journal.uncommitted():
        def work(run):
            for cypher in store.cypher.DELETE_ARTICLES + _ROLL_BACK:
                run(cypher, {"ids": ids})
        store._transaction(work, "(roll back)")
        store.refresh_stats()
    committed = journal.committed_since_checkpoint()
    stored = store.stored_articles(a["id"] for a in committed)
    # Its uncommitted articles (new ones are out; replaced ones may hold their old version),
    # and any committed one the graph lacks.
    redo = list({a["id"]: a for a in journal.uncommitted() + [a for a in committed if a["id"] not in stored]}.values())
    store.checkpoint()
    if not redo and not kept:
        return
    where = f" (its torn write-ahead log is kept as {kept})" if kept else ""
    if redo:
        listing = f"{store.path}.reingest-{_stamp()}.txt"
        Journal.write_lost(listing, redo)
        first = redo[0].get("path") or redo[0]["id"]
        notice(f"warning: {store.path}: recovered from a killed run{where}; {len(redo)} article(s) it was writing "
               f"are not in the graph, or not as it meant to write them ({first}, ...; all in {listing}): re-run it, it skips what is stored")
    else:
        notice(f"warning: {store.path}: recovered from a killed run{where}; every committed article is in the graph")


def journal_rows(graphs: Iterable[Any], held: Iterable[str] = ()) -> list[dict[str, Any]]:
    """What the journal keeps of each article of a batch: its id, where it came from, and
    whether it is new to the graph (not in ``held``, the ids the batch replaces)."""
    held = set(held)
    return [{"id": g.article.id, "path": g.article.path, "new": g.article.id not in held} for g in graphs]


# -- the bulk loader's private folders ---------------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM
    return True


def clean_stale_copy_dirs(parent: Optional[str] = None) -> int:
    """Remove copy folders a killed load left behind (this user's, whose process is gone);
    returns how many."""
    removed = 0
    for folder in glob.glob(os.path.join(parent or tempfile.gettempdir(), COPY_PREFIX + "*")):
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        if info.st_uid != os.getuid() or not os.path.isdir(folder) or os.path.islink(folder):
            continue
        pid = os.path.basename(folder)[len(COPY_PREFIX):].split("-", 1)[0]
        stale = (not _alive(int(pid))) if pid.isdigit() else time.time() - info.st_mtime > STALE_AFTER
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def private_copy_dir(parent: Optional[str] = None) -> str:
    """A new folder only this user can read (mkdtemp: mode 0700), named after this process."""
    return tempfile.mkdtemp(prefix=f"{COPY_PREFIX}{os.getpid()}-", dir=parent)


class _Terminated(SystemExit):
    pass


@contextlib.contextmanager
def exit_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP end the process through the ordinary exit path (``finally`` blocks:
    temporary files removed, the open transaction rolled back, the store closed) instead of
    at once. Only in the main thread, where Python delivers signals; SIGKILL cannot be caught."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise _Terminated(128 + signum)

    before = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(ValueError, OSError):
            before[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
