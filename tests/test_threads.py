"""R6: schema instances shared by threads give each thread what one thread gets."""

from __future__ import annotations

import sys
import threading

from marshmallow import EXCLUDE, INCLUDE, RAISE, ValidationError

from schemas import AppInstanceSchema
from tests.reference import load_sample

SHARED = AppInstanceSchema()
SHARED_MANY = AppInstanceSchema(many=True)


def one_round(payload, mode):
    """Loads and dumps through the shared instances; returns what came out."""
    try:
        model = SHARED.load(payload, unknown=mode)
    except ValidationError as error:
        return ("error", error.messages)
    many = SHARED_MANY.dump(SHARED_MANY.load([payload, payload], unknown=mode))
    return ("ok", SHARED.dump(model), many)


def test_eight_threads_with_different_modes_get_what_one_thread_gets():
    payload = load_sample("app_instance_full.json")
    payload = {
        **payload,
        "newKey": {"x": 1},
        "settings": {**payload["settings"], "gpu": 1},
    }
    modes = [INCLUDE, EXCLUDE, RAISE]
    expected = {mode: one_round(payload, mode) for mode in modes}
    results: list[tuple[str, object]] = []
    barrier = threading.Barrier(8)

    def worker(index):
        barrier.wait()
        for step in range(60):
            mode = modes[(index + step) % 3]
            results.append((mode, one_round(payload, mode)))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)

    assert len(results) == 480
    assert all(result == expected[mode] for mode, result in results)
    assert expected[INCLUDE][1] == payload
    assert expected[RAISE] == (
        "error",
        {"newKey": ["Unknown field."], "settings": {"gpu": ["Unknown field."]}},
    )
    assert "newKey" not in expected[EXCLUDE][1]
