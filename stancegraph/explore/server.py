"""Running the explorer: uvicorn on one address, in the foreground or (tests, benchmarks) in a thread."""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from typing import Any, Callable, Optional

from stancegraph.errors import StancegraphError

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposed(host: str, port: int) -> Optional[str]:
    """The warning for listening beyond loopback, or None."""
    if is_loopback(host):
        return None
    return (f"warning: serving on {host}, not on loopback: anyone who can reach this machine on port "
            f"{port} can read the whole graph (there is no login)")


def _config(app: Any, host: str, port: int, log_level: str):
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                          lifespan="off", server_header=False)


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def run(app: Any, *, host: str = "127.0.0.1", port: int = 8765,
        on_ready: Optional[Callable[[str], None]] = None, log_level: str = "warning") -> None:
    """Serve the ASGI ``app`` until interrupted; ``on_ready(url)`` once the socket listens."""
    import uvicorn

    _check_port(host, port)
    server = uvicorn.Server(_config(app, host, port, log_level))
    if on_ready is not None:
        threading.Thread(target=_when_started, args=(server, host, port, on_ready), daemon=True).start()
    server.run()


def _when_started(server: Any, host: str, port: int, on_ready: Callable[[str], None]) -> None:
    while not server.started and not server.should_exit:
        time.sleep(0.05)
    if server.started:
        on_ready(url_of(host, port))


def _check_port(host: str, port: int) -> None:
    """One clear line for a port in use, before uvicorn logs its own traceback-like lines."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as exc:
            raise StancegraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


class Background:
    """An ASGI ``app`` (the explorer: api.explorer_app) on a free loopback port in a thread
    (tests, benchmarks); ``stop()`` ends it."""

    def __init__(self, app: Any, host: str = "127.0.0.1"):
        import uvicorn

        with socket.socket() as s:
            s.bind((host, 0))
            port = s.getsockname()[1]
        self.url = url_of(host, port)
        self.server = uvicorn.Server(_config(app, host, port, "warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise StancegraphError("the explorer did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> "Background":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
