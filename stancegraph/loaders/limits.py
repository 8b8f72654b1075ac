"""A wall-clock limit for one piece of work on one input (an HTML page, an article).

SIGALRM interrupts Python code between bytecodes, so a slow pure-Python loop (trafilatura's
cleaning, the extraction rules) stops at the limit; a long call into C finishes first. It
works in the main thread on POSIX, which is where stancegraph reads and, in each worker
process, extracts; elsewhere the work runs without a limit.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


class TimeLimitExceeded(Exception):
    """The block ran past its limit."""


@contextmanager
def time_limit(seconds: float):
    """Raise :class:`TimeLimitExceeded` inside the block after ``seconds``."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
