"""The worker pool behind `kg serve`: a stopped query does not cost the queries queued behind it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from kg.serve.engine import QueryEngine, QueryTimeout

pytestmark = [pytest.mark.server, pytest.mark.slow]

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ASK = "ASK { ?s ?p ?o }"


def test_engine_query_queued_behind_a_stopped_one_gets_its_own_time_limit(seed_store: Path):
    # one worker, a short limit: the second query waits for the slow one to be stopped and for a
    # fresh worker to open the store; neither the wait nor the start-up counts against its limit
    with QueryEngine(seed_store, workers=1, timeout=1.0) as engine:
        engine.check()
        outcome = {}

        def slow():
            try:
                engine.run(SLOW)
            except QueryTimeout as exc:
                outcome["slow"] = exc

        t = threading.Thread(target=slow)
        t.start()
        while engine._idle.qsize():  # the slow query has taken the only worker
            pass
        answers = [engine.run(ASK) for _ in range(3)]
        t.join()
    assert isinstance(outcome.get("slow"), QueryTimeout)
    assert all(a.body and a.kind == "boolean" for a in answers)


def test_engine_replaces_every_stopped_worker(seed_store: Path):
    with QueryEngine(seed_store, workers=2, timeout=0.5) as engine:
        for _ in range(3):
            with pytest.raises(QueryTimeout):
                engine.run(SLOW)
        assert engine.run(ASK).kind == "boolean"
        deadline = time.monotonic() + 60
        while engine._idle.qsize() < 2 and time.monotonic() < deadline:  # the last replacement starting
            time.sleep(0.05)
        alive = [w for w in engine._all if w.process.is_alive()]
        assert len(alive) == 2, "two workers, as configured: none leaked, none missing"
