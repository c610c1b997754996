"""Markdown tables of a benchmark run, ready to paste into the docs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from harness import Difference, Memory, Timings
from peers import Implementation

MIB = 1024 * 1024

# Places shown per kind of round-trip change.
EXAMPLES = 3

# Issue 5's targets at 100 instances: (what, peer id, how ours must compare).
# Each ratio is the peer's figure divided by ours, so above 1 means ours is ahead.
TARGETS = (
    ("load+dump at least 12x faster than plain marshmallow", "marshmallow", 12.0),
    ("load+dump faster than pydantic v2", "pydantic", 1.0),
    ("load+dump no slower than the SDK", "sdk", 1.0),
)


def ratio(value: float, baseline: float) -> str:
    """Return ``value`` as a multiple of ``baseline``, as the tables print it."""
    return f"{value / baseline:.2f}x" if baseline else "n/a"


def header(
    command: str, environment: str, baseline_name: str, gc_on: bool
) -> list[str]:
    collector = (
        "The garbage collector ran during the samples."
        if gc_on
        else "The garbage collector was off during the samples, as in timeit"
        " (`--gc` leaves it on)."
    )
    return [
        "## AppInstance load and dump: this project against its peers",
        "",
        f"`{command}`, {environment}.",
        "",
        "Times are medians per AppInstance, in microseconds. In brackets, each"
        f" figure as a multiple of {baseline_name}'s: 4.00x takes four times as"
        " long, 0.50x half as long. Load starts from JSON-decoded payloads (dicts)"
        " and returns objects; dump returns payloads; the JSON floor starts from"
        f" and returns text. {collector}",
        "",
    ]


def timing_table(
    size: int,
    repeats: int,
    impls: Mapping[str, Implementation],
    timings: Mapping[str, Timings],
    baseline: str,
) -> list[str]:
    base = timings[baseline]
    title = f"{size:,} {_plural(size, 'instance')}"
    lines = [
        f"### {title} ({repeats} {_plural(repeats, 'repeat')})",
        "",
        "| implementation | load | dump | load+dump |",
        "| --- | ---: | ---: | ---: |",
    ]
    for short_id, measured in timings.items():
        cells = [
            _time_cell(measured.load / size, base.load / size),
            _time_cell(measured.dump / size, base.dump / size),
            _time_cell(measured.round_trip / size, base.round_trip / size),
        ]
        lines.append(f"| {impls[short_id].name} | {' | '.join(cells)} |")
    return [*lines, ""]


def _time_cell(seconds: float, baseline: float) -> str:
    return f"{seconds * 1e6:,.1f} µs ({ratio(seconds, baseline)})"


def memory_table(
    size: int,
    impls: Mapping[str, Implementation],
    memory: Mapping[str, Memory],
    baseline: str,
) -> list[str]:
    base = memory[baseline]
    lines = [
        f"### Memory of {size:,} loaded instances",
        "",
        "Measured with tracemalloc, one implementation at a time, the payloads"
        " built beforehand. Retained is what the loaded objects hold once the load"
        " returns; peak is the most the load held at any moment. Every"
        " implementation but the floor may share the payloads' strings and"
        " integers; the floor's figure is the decoded payloads themselves.",
        "",
        "| implementation | retained | per instance | peak during load |",
        "| --- | ---: | ---: | ---: |",
    ]
    for short_id, measured in memory.items():
        retained = (
            f"{measured.retained / MIB:,.1f} MiB"
            f" ({ratio(measured.retained, base.retained)})"
        )
        per_instance = f"{measured.retained / size / 1024:,.2f} KiB"
        peak = f"{measured.peak / MIB:,.1f} MiB ({ratio(measured.peak, base.peak)})"
        lines.append(
            f"| {impls[short_id].name} | {retained} | {per_instance} | {peak} |"
        )
    return [*lines, ""]


def round_trip_table(
    impls: Mapping[str, Implementation],
    found: Mapping[str, Mapping[str, list[Difference]]],
) -> list[str]:
    cases = list(next(iter(found.values())))
    lines = [
        "### Exact round trip (R1): `dump(load(p)) == p`",
        "",
        "Compared key by key with exact types (`1` is not `true`, an enum member is"
        " not its string). Cases: full payloads; explicit nulls at every level;"
        " empty lists and objects; absent keys.",
        "",
        f"| implementation | {' | '.join(cases)} | R1 |",
        f"| --- |{' :---: |' * (len(cases) + 1)}",
    ]
    for short_id, by_case in found.items():
        cells = [_yes(not by_case[case]) for case in cases]
        exact = not any(by_case.values())
        lines.append(
            f"| {impls[short_id].name} | {' | '.join(cells)} | **{_yes(exact)}** |"
        )

    changes = [
        f"- {impls[short_id].name}: {_kinds(by_case)}"
        for short_id, by_case in found.items()
        if any(by_case.values())
    ]
    if changes:
        lines += ["", "What the inexact round trips changed:", "", *changes]
    return [*lines, ""]


def _kinds(by_case: Mapping[str, list[Difference]]) -> str:
    """Return the kinds of change seen, each with its count and a few places."""
    places: dict[str, list[str]] = {}
    for case, differences in by_case.items():
        for difference in differences:
            where = f"`{difference.path}`" if difference.path else "the payload"
            places.setdefault(difference.what, []).append(f"{where} ({case})")

    kinds = []
    for what, where in places.items():
        examples = ", ".join(where[:EXAMPLES])
        more = f" and {len(where) - EXAMPLES} more" if len(where) > EXAMPLES else ""
        kinds.append(f"{what} at {examples}{more}")
    return "; ".join(kinds)


def targets_table(
    size: int,
    timings: Mapping[str, Timings],
    memory: Mapping[str, Memory],
) -> list[str]:
    """Return issue 5's targets with the measured figures, or nothing without ours."""
    if "ours" not in timings:
        return []
    ours = timings["ours"].round_trip
    rows = []
    for what, peer, needed in TARGETS:
        if peer in timings:
            times = timings[peer].round_trip / ours
            rows.append((what, f"{times:.2f}x as fast", times >= needed))
    if "json" in timings:
        times = ours / timings["json"].load
        rows.append(("load+dump within 3x of json.loads", f"{times:.2f}x", times <= 3))
    if "ours" in memory and "sdk" in memory:
        times = memory["ours"].retained / memory["sdk"].retained
        rows.append(("memory no more than the SDK's", f"{times:.2f}x", times <= 1))

    lines = [
        f"### Issue 5 targets at {size:,} instances",
        "",
        "| target | measured | met |",
        "| --- | ---: | :---: |",
    ]
    lines += [f"| {what} | {figure} | {_yes(met)} |" for what, figure, met in rows]
    return [*lines, ""]


def notes(
    impls: Mapping[str, Implementation], skipped: Iterable[tuple[str, str]]
) -> list[str]:
    lines = ["### How each implementation is called", ""]
    lines += [f"- **{impl.name}**: {impl.note}" for impl in impls.values()]
    lines += [f"- **{short_id}**: skipped, {reason}" for short_id, reason in skipped]
    return [*lines, ""]


def _plural(count: int, noun: str) -> str:
    return noun if count == 1 else f"{noun}s"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
