"""A real Ray cluster on this machine for the tests and bench/ray_extract.py: a head and
further node processes (``ray start``), one CPU each, on free loopback ports, in a temporary
folder of their own.

Each ``ray start --block`` runs in a new session, so stopping the cluster ends exactly the
processes it started (those sessions: GCS, raylets, their workers), never another Ray on
the machine (``ray stop`` would end every Ray of the user).
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

RAY = str(Path(sys.executable).with_name("ray"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalCluster:
    def __init__(self, nodes: int = 2, cpus: int = 1) -> None:
        self.nodes, self.cpus = nodes, cpus
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        # Short: Ray's unix sockets live under it, and their paths are limited to 107 bytes.
        self.tmp = tempfile.mkdtemp(prefix="sgray", dir="/tmp")
        self.procs: list[subprocess.Popen] = []

    def _start(self, args: list[str], log: str) -> None:
        ports = ["--dashboard-agent-listen-port", str(free_port()), "--dashboard-agent-grpc-port", str(free_port()),
                 "--metrics-export-port", str(free_port()), "--runtime-env-agent-port", str(free_port()),
                 "--node-manager-port", str(free_port()), "--object-manager-port", str(free_port())]
        cmd = [RAY, "start", *args, "--num-cpus", str(self.cpus), "--node-ip-address", "127.0.0.1",
               "--disable-usage-stats", "--block", *ports]
        with open(os.path.join(self.tmp, log), "wb") as out:
            self.procs.append(subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                               env=dict(os.environ, RAY_USAGE_STATS_ENABLED="0", RAY_AUTH_MODE="disabled")))

    def start(self, timeout: float = 120) -> "LocalCluster":
        self._start(["--head", "--port", str(self.port), "--include-dashboard", "false",
                     "--temp-dir", self.tmp], "head.log")
        self._wait(1, timeout)
        for i in range(1, self.nodes):
            self._start(["--address", self.address], f"node{i}.log")
        self._wait(self.nodes, timeout)
        return self

    def _wait(self, nodes: int, timeout: float) -> None:
        """Until the cluster has ``nodes`` live nodes (asked in a child process, bounded)."""
        probe = ("import ray, sys; ray.init(address=sys.argv[1], logging_level='ERROR'); "
                 "print(sum(1 for n in ray.nodes() if n['Alive']))")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for proc in self.procs:
                if proc.poll() is not None:
                    raise RuntimeError(f"ray start exited ({proc.returncode}): {self.log()}")
            try:
                done = subprocess.run([sys.executable, "-c", probe, self.address], capture_output=True,
                                      text=True, timeout=30, start_new_session=True)
                if done.returncode == 0 and int(done.stdout.strip().splitlines()[-1]) >= nodes:
                    return
            except (subprocess.TimeoutExpired, ValueError, IndexError):
                pass
            time.sleep(1)
        raise RuntimeError(f"the Ray cluster did not come up with {nodes} nodes in {timeout:g} s: {self.log()}")

    def log(self) -> str:
        text = []
        for name in sorted(os.listdir(self.tmp)):
            if name.endswith(".log"):
                with open(os.path.join(self.tmp, name), errors="replace") as fh:
                    text.append(f"{name}: " + " | ".join(fh.read().strip().splitlines()[-5:]))
        return " || ".join(text)

    def _processes(self) -> dict[int, str]:
        """This cluster's processes (pid: command line): those in the sessions of its
        ``ray start`` commands (Ray's workers have process groups of their own, not sessions)."""
        sessions = {p.pid for p in self.procs}
        found = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if os.getsid(int(entry)) in sessions:
                        with open(f"/proc/{entry}/cmdline", "rb") as fh:
                            found[int(entry)] = fh.read().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    continue
        return found

    def worker_pids(self, title: str = "MapWorker") -> list[int]:
        """Pids of this cluster's workers whose title holds ``title`` (Ray Data's actors are
        ``ray::MapWorker(...)``)."""
        return sorted(pid for pid, cmd in self._processes().items() if cmd.startswith("ray::") and title in cmd)

    def stop(self) -> None:
        for proc in self.procs:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 10
        for proc in self.procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
        for pid in self._processes():  # whatever did not stop by itself
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for proc in self.procs:
            proc.poll()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> "LocalCluster":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: Optional[object]) -> None:
        self.stop()
