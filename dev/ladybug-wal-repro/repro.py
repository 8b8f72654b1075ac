"""LadybugDB 0.22: a write-ahead log with a torn last record (what a process killed while it
commits leaves) is replayed, but not cut back; the next writer appends after the torn record,
and from then on the database cannot be opened at all. See README.md.

    python repro.py [folder]      (needs only `pip install ladybug==0.22.0`)
"""
import os
import subprocess
import sys
import tempfile

# Each step runs in its own process and ends with os._exit: no close, no checkpoint,
# as when the process is killed right after its COMMIT returned.
WRITE = r"""
import os, sys, ladybug
db = ladybug.Database(sys.argv[1], auto_checkpoint=False)
conn = ladybug.Connection(db)
conn.execute("CREATE NODE TABLE IF NOT EXISTS Item(id STRING, body STRING, PRIMARY KEY(id))")
rows = [{"id": f"{sys.argv[2]}-{i}", "body": "x" * 200} for i in range(2000)]
conn.execute("UNWIND $rows AS r CREATE (:Item {id: r.id, body: r.body})", {"rows": rows})
print(conn.execute("MATCH (i:Item) RETURN count(i)").get_next()[0])
sys.stdout.flush()
os._exit(0)
"""


OPEN = r"""
import sys, ladybug
try:
    db = ladybug.Database(sys.argv[1], read_only=sys.argv[2] == "ro", throw_on_wal_replay_failure=sys.argv[3] == "throw")
    print("opened,", ladybug.Connection(db).execute("MATCH (i:Item) RETURN count(i)").get_next()[0], "items")
except RuntimeError as exc:
    print(exc)
"""


def run(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="ladybug-wal-repro-")
    for cut in (1, 100, 5000, 400000):
        path = os.path.join(folder, f"cut{cut}.lbdb")
        print(f"== {path}: two committed transactions of 2,000 rows each, then the process dies:",
              run(WRITE, path, "a"), "/", run(WRITE, path, "b"), "items")
        wal = path + ".wal"
        size = os.path.getsize(wal)
        os.truncate(wal, size - cut)  # the end of the log torn, as a kill during an append leaves it
        print(f"   log cut by {cut} bytes ({size} -> {size - cut}), then opened:")
        for mode in ("ro", "rw"):
            print(f"   {mode}, default options:               ", run(OPEN, path, mode, "throw"))
        print("   rw, throw_on_wal_replay_failure=False:", run(OPEN, path, "rw", "keep"))
        print("   a writer opens, commits, dies:        ", run(WRITE, path, "c"))


if __name__ == "__main__":
    main()
