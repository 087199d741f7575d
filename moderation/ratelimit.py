"""Per-client request limits: at most `max_requests` in any window of `per_seconds`, one entry point `check`.

A sliding-window log rather than a token bucket: the operator setting reads "30 requests per 600 s", and a log
enforces exactly that for every window, with an exact `retry_after_s` (when the oldest counted request leaves the
window). Memory is one timestamp per counted request, bounded by max_requests per client; clients whose window
has emptied are forgotten by a periodic sweep.

The clock is injectable (`clock=time.monotonic` by default) so tests advance time exactly. Thread-safe: one lock
guards the table, and a check is a few deque operations.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable

SWEEP_EVERY = 1024  # checks between sweeps that drop idle clients, so the table does not grow without bound


@dataclass(frozen=True)
class RateDecision:
    """The answer for one request.

    allowed: True when the request may go ahead (it has been counted).
    retry_after_s: seconds until one more request would be allowed (0.0 when allowed).
    reason: one sentence a person can read (empty when allowed).
    remaining: requests still allowed in the current window after this one.
    """

    allowed: bool
    retry_after_s: float
    reason: str = ""
    remaining: int = 0


class RateLimiter:
    """At most `max_requests` allowed requests per client in any `per_seconds` window.

    Refused requests are not counted, so a client that keeps retrying is let in as soon as its window frees up.
    """

    def __init__(self, max_requests: int, per_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_requests, bool) or not isinstance(max_requests, int) or max_requests < 1:
            raise ValueError(f"max_requests must be a whole number >= 1, got {max_requests!r}")
        if isinstance(per_seconds, bool) or not isinstance(per_seconds, (int, float)) \
                or not math.isfinite(per_seconds) or per_seconds <= 0:
            raise ValueError(f"per_seconds must be a finite number > 0, got {per_seconds!r}")
        self.max_requests = max_requests
        self.per_seconds = float(per_seconds)
        self._clock = clock
        self._lock = threading.Lock()
        self._log: dict[str, deque[float]] = {}  # client -> times of its counted requests, oldest first
        self._checks = 0

    def check(self, client_id: str) -> RateDecision:
        """Count one request from `client_id` if its window has room; otherwise say when to retry."""
        if not isinstance(client_id, str) or not client_id:
            raise ValueError(f"client_id must be a non-empty string, got {client_id!r}")
        with self._lock:
            now = self._clock()
            self._checks += 1
            if self._checks % SWEEP_EVERY == 0:
                self._sweep(now)
            times = self._log.setdefault(client_id, deque())
            self._expire(times, now)
            if len(times) < self.max_requests:
                times.append(now)
                return RateDecision(True, 0.0, "", self.max_requests - len(times))
            retry_after = max(times[0] + self.per_seconds - now, 0.0)
        return RateDecision(
            False, retry_after,
            f"Too many requests: the limit is {self.max_requests} per {self.per_seconds:g} s for each client; "
            f"try again in {math.ceil(retry_after)} s.", 0)

    def reset(self, client_id: str | None = None) -> None:
        """Forget one client's requests (or everyone's): for operators and tests."""
        with self._lock:
            if client_id is None:
                self._log.clear()
            else:
                self._log.pop(client_id, None)

    def _expire(self, times: deque[float], now: float) -> None:
        # A request made at time t counts while now - t < per_seconds: it leaves the window exactly at t + per_seconds.
        while times and now - times[0] >= self.per_seconds:
            times.popleft()

    def _sweep(self, now: float) -> None:
        for client in list(self._log):
            self._expire(self._log[client], now)
            if not self._log[client]:
                del self._log[client]

    def __len__(self) -> int:
        """Clients currently tracked (those with a request in their window, give or take a sweep)."""
        with self._lock:
            return len(self._log)
