"""RateLimiter: exact sliding-window arithmetic on an injected clock, per-client isolation, thread safety."""

from __future__ import annotations

import threading

import pytest

from moderation.ratelimit import SWEEP_EVERY, RateDecision, RateLimiter


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_window_allows_n_then_refuses_with_exact_retry_after():
    clock = FakeClock()
    limiter = RateLimiter(3, 10.0, clock=clock)
    assert limiter.check("alice") == RateDecision(True, 0.0, "", 2)
    clock.now += 1.0
    assert limiter.check("alice") == RateDecision(True, 0.0, "", 1)
    clock.now += 2.0
    assert limiter.check("alice") == RateDecision(True, 0.0, "", 0)
    clock.now += 4.0  # t = 1007: the first request (t = 1000) leaves the window at 1010
    refused = limiter.check("alice")
    assert (refused.allowed, refused.retry_after_s, refused.remaining) == (False, 3.0, 0)
    assert refused.reason == ("Too many requests: the limit is 3 per 10 s for each client; try again in 3 s.")
    clock.now = 1009.5
    assert limiter.check("alice").retry_after_s == 0.5
    clock.now = 1010.0  # exactly per_seconds after the first request: it no longer counts
    assert limiter.check("alice") == RateDecision(True, 0.0, "", 0)
    refused = limiter.check("alice")  # window now holds 1001, 1003, 1010
    assert not refused.allowed and refused.retry_after_s == 1.0


def test_refused_requests_are_not_counted():
    clock = FakeClock(0.0)
    limiter = RateLimiter(1, 5.0, clock=clock)
    assert limiter.check("c").allowed
    for t in (1.0, 2.0, 3.0, 4.0):
        clock.now = t
        assert limiter.check("c").retry_after_s == 5.0 - t
    clock.now = 5.0
    assert limiter.check("c").allowed


def test_clients_are_independent():
    clock = FakeClock()
    limiter = RateLimiter(1, 60.0, clock=clock)
    assert limiter.check("alice").allowed
    assert not limiter.check("alice").allowed
    assert limiter.check("bob").allowed
    limiter.reset("alice")
    assert limiter.check("alice").allowed
    assert not limiter.check("bob").allowed


def test_idle_clients_are_swept():
    clock = FakeClock(0.0)
    limiter = RateLimiter(1, 1.0, clock=clock)
    for i in range(SWEEP_EVERY - 1):
        limiter.check(f"client-{i}")
    assert len(limiter) == SWEEP_EVERY - 1
    clock.now = 2.0  # every window has emptied; the next check is the SWEEP_EVERY-th and sweeps
    limiter.check("last")
    assert len(limiter) == 1


def test_thread_safe_exact_count():
    limiter = RateLimiter(500, 3600.0)
    allowed = []
    lock = threading.Lock()

    def worker() -> None:
        ok = sum(limiter.check("shared").allowed for _ in range(100))
        with lock:
            allowed.append(ok)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(allowed) == 500  # 800 attempts, exactly the limit let through


@pytest.mark.parametrize("args,needle", [
    ((0, 10.0), "max_requests"), ((2.5, 10.0), "2.5"), ((True, 10.0), "True"),
    ((3, 0.0), "per_seconds"), ((3, float("inf")), "inf"), ((3, -1), "-1"),
])
def test_bad_settings_are_clear_errors(args, needle):
    with pytest.raises(ValueError, match=needle):
        RateLimiter(*args)


@pytest.mark.parametrize("client", ["", None, 42])
def test_bad_client_id(client):
    with pytest.raises(ValueError, match="client_id"):
        RateLimiter(1, 1.0).check(client)
