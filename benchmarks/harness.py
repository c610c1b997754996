"""Timing, memory and round-trip measurements, one implementation at a time.

Times are medians of repeated samples taken with ``time.perf_counter`` after a
warm-up; a sample repeats the call enough times to last at least ``MIN_SAMPLE``
seconds, so short calls are not lost in the timer's resolution. As ``timeit`` does,
the cyclic garbage collector is off during a sample (and run before it) unless
asked otherwise: at 10,000 instances its full collections walk every object the
process holds and multiply some figures several times over, by an amount that
depends on the whole heap rather than on the code timed. Memory is what
``tracemalloc`` sees the load allocate, the payloads themselves being built first.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    impl: Implementation, payloads: list[Payload], repeats: int, gc_on: bool = False
) -> Timings:
    """Return the median time per call of load, dump and load+dump on ``payloads``.

    Args:
        impl: What to time.
        payloads: The payloads, before ``impl.prepare``.
        repeats: Samples per figure.
        gc_on: Leave the cyclic garbage collector running while a sample is taken.
    """
    given = impl.prepare(payloads)
    # The load whose result the dump is timed on doubles as the first load sample,
    # which saves one full load per size (seconds, at 10,000 instances).
    first_load, loaded = _timed_call(impl.load, given, gc_on)

    def round_trip(value: Any) -> Any:
        return impl.dump(impl.load(value))

    return Timings(
        load=median_seconds(impl.load, given, repeats, gc_on, first_load),
        dump=median_seconds(impl.dump, loaded, repeats, gc_on),
        round_trip=median_seconds(round_trip, given, repeats, gc_on),
    )


def median_seconds(
    func: Callable[[Any], Any],
    arg: Any,
    repeats: int,
    gc_on: bool = False,
    first: float | None = None,
) -> float:
    """Return the median over ``repeats`` samples of the seconds one call takes.

    Args:
        func: The call to time, given ``arg``.
        arg: Its argument.
        repeats: How many samples to take.
        gc_on: Leave the cyclic garbage collector running during a sample.
        first: Seconds of one call already timed, used to size the samples.
    """
    if first is None:
        first, _ = _timed_call(func, arg, gc_on)
    if first >= MIN_SAMPLE:
        loops, samples = 1, [first]
    else:
        loops, samples = math.ceil(MIN_SAMPLE / max(first, 1e-7)), []

    while len(samples) < repeats:
        samples.append(_seconds(func, arg, loops, gc_on) / loops)
    return statistics.median(samples)


def _timed_call(func: Callable[[Any], Any], arg: Any, gc_on: bool) -> tuple[float, Any]:
    with _collector(gc_on):
        start = time.perf_counter()
        result = func(arg)
        return time.perf_counter() - start, result


def _seconds(func: Callable[[Any], Any], arg: Any, loops: int, gc_on: bool) -> float:
    with _collector(gc_on):
        start = time.perf_counter()
        for _ in range(loops):
            func(arg)
        return time.perf_counter() - start


@contextmanager
def _collector(gc_on: bool) -> Iterator[None]:
    """Collect garbage, then keep the collector on or off for the block."""
    gc.collect()
    if not gc_on:
        gc.disable()
    try:
        yield
    finally:
        gc.enable()


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
    # Keys dropped or added here come first, in payload order, then what is inside.
    for key in expected:
        if key not in got:
            yield Difference(_join(path, key), "key dropped")
    for key, value in got.items():
        if key not in expected:
            yield Difference(_join(path, key), f"key added as {_show(value)}")
    for key, value in expected.items():
        if key in got:
            yield from differences(value, got[key], _join(path, key))


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
