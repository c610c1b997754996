"""Timing, memory and round-trip measurements, one implementation at a time.

Times are medians of repeated samples taken with ``time.perf_counter`` after a
warm-up; a sample repeats the call enough times to last at least ``MIN_SAMPLE``
seconds, so short calls are not lost in the timer's resolution. Memory is what
``tracemalloc`` sees the load allocate, the payloads themselves being built first.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from peers import Implementation, Payload

# Shortest sample worth timing, in seconds.
MIN_SAMPLE = 0.05

# Warm-up runs on at most this many payloads, so a big size is not loaded twice.
WARM_UP_SIZE = 100


@dataclass(frozen=True)
class Timings:
    """Median seconds per call of one implementation on one list of payloads."""

    load: float
    dump: float
    round_trip: float


@dataclass(frozen=True)
class Memory:
    """Bytes the load of a list of payloads allocated, as tracemalloc counts them.

    Attributes:
        retained: Still allocated once the load returned: the loaded objects.
        peak: The most allocated at any moment during the load.
    """

    retained: int
    peak: int


def warm_up(impl: Implementation, payloads: list[Payload]) -> None:
    """Load and dump a few payloads, so lazy set-up is not timed or counted."""
    impl.dump(impl.load(impl.prepare(payloads[:WARM_UP_SIZE])))


def measure_times(
    impl: Implementation, payloads: list[Payload], repeats: int
) -> Timings:
    """Return the median time per call of load, dump and load+dump on ``payloads``."""
    given = impl.prepare(payloads)
    loaded = impl.load(given)

    def round_trip(value: Any) -> Any:
        return impl.dump(impl.load(value))

    return Timings(
        load=median_seconds(impl.load, given, repeats),
        dump=median_seconds(impl.dump, loaded, repeats),
        round_trip=median_seconds(round_trip, given, repeats),
    )


def median_seconds(func: Callable[[Any], Any], arg: Any, repeats: int) -> float:
    """Return the median over ``repeats`` samples of the seconds one call takes."""
    gc.collect()
    first = _seconds(func, arg, 1)
    if first >= MIN_SAMPLE:
        loops, samples = 1, [first]
    else:
        loops, samples = math.ceil(MIN_SAMPLE / max(first, 1e-7)), []

    while len(samples) < repeats:
        samples.append(_seconds(func, arg, loops) / loops)
    return statistics.median(samples)


def _seconds(func: Callable[[Any], Any], arg: Any, loops: int) -> float:
    start = time.perf_counter()
    for _ in range(loops):
        func(arg)
    return time.perf_counter() - start


def measure_memory(impl: Implementation, payloads: list[Payload]) -> Memory:
    """Return what loading ``payloads`` allocates, with nothing else traced."""
    given = impl.prepare(payloads)
    gc.collect()

    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        loaded = impl.load(given)
        after, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    del loaded
    gc.collect()
    return Memory(retained=after - before, peak=peak - before)


@dataclass(frozen=True)
class Difference:
    """One place where a round trip changed a payload.

    Attributes:
        path: Where, in API keys (``vmGroups.0.vms``); empty for the whole payload.
        what: What happened there (``{} became null``, ``key added as null``).
    """

    path: str
    what: str


def round_trip_differences(impl: Implementation, payload: Payload) -> list[Difference]:
    """Return every place where ``dump(load([payload]))`` differs from ``[payload]``.

    An exception counts as one difference at the top, naming the exception.
    """
    try:
        result = impl.to_payloads(impl.dump(impl.load(impl.prepare([payload]))))
    except Exception as error:  # any failure is a failed round trip
        return [Difference("", f"raised {type(error).__name__}")]

    if not isinstance(result, list) or len(result) != 1:
        return [Difference("", f"dumped {_show(result)} for a list of one payload")]
    return list(differences(payload, result[0]))


def differences(expected: Any, got: Any, path: str = "") -> Iterator[Difference]:
    """Yield each place where ``got`` differs from ``expected``, depth first.

    Types are compared exactly: ``1`` is not ``True``, and an enum member is not
    its wire string, since neither would survive as the same JSON.
    """
    if type(expected) is not type(got):
        yield Difference(path, f"{_show(expected)} became {_show(got)}")
    elif isinstance(expected, dict):
        yield from _dict_differences(expected, got, path)
    elif isinstance(expected, list):
        if len(expected) != len(got):
            yield Difference(path, f"{len(expected)} items became {len(got)}")
        for index, (want, have) in enumerate(zip(expected, got)):
            yield from differences(want, have, _join(path, index))
    elif expected != got:
        yield Difference(path, f"{expected!r} became {got!r}")


def _dict_differences(
    expected: dict[str, Any], got: dict[str, Any], path: str
) -> Iterator[Difference]:
    for key, value in expected.items():
        if key in got:
            yield from differences(value, got[key], _join(path, key))
        else:
            yield Difference(_join(path, key), "key dropped")
    for key, value in got.items():
        if key not in expected:
            yield Difference(_join(path, key), f"key added as {_show(value)}")


def _join(path: str, key: str | int) -> str:
    return f"{path}.{key}" if path else str(key)


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)) and not value:
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    return f"{type(value).__name__} {value!r}"
