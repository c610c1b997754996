"""Benchmark this project's AppInstance schemas against marshmallow, the SDK and more.

Run it from the repository root::

    python benchmarks/run.py                 # sizes 1, 100 and 10,000
    python benchmarks/run.py --quick         # a short run, for checking the harness
    python benchmarks/run.py --sizes 100 --repeats 15 --only ours,marshmallow

Everything runs in one process on the same payloads. Progress goes to stderr; the
markdown report, ready for the docs, goes to stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import report
from harness import (
    Difference,
    Memory,
    Timings,
    measure_memory,
    measure_times,
    round_trip_differences,
    warm_up,
)
from payloads import ROUND_TRIP_CASES, full_payloads
from peers import BUILDERS, Implementation, Unavailable, build

# From this many instances on, at most LARGE_REPEATS samples, to keep the run short.
LARGE_SIZE = 5000
LARGE_REPEATS = 3

# The size the targets are read at.
TARGET_SIZE = 100

PACKAGES = ("marshmallow", "pydantic", "msgspec", "cohesity-management-sdk")


# Defaults of a full run and of --quick; options given on the command line win.
FULL = {"sizes": (1, 100, 10_000), "repeats": 7, "memory_size": 10_000}
QUICK = {"sizes": (1, 100), "repeats": 3, "memory_size": 1000}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        help="comma-separated numbers of AppInstances per call (default 1,100,10000)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        help=f"timed samples per figure (default 7; at most {LARGE_REPEATS}"
        f" from {LARGE_SIZE:,} instances on)",
    )
    parser.add_argument(
        "--memory-size",
        type=int,
        help="instances loaded for the memory table (default 10000; 0 skips it)",
    )
    parser.add_argument(
        "--only",
        type=_ids,
        default=tuple(BUILDERS),
        help=f"comma-separated implementations to run, of {','.join(BUILDERS)}",
    )
    parser.add_argument(
        "--gc",
        action="store_true",
        help="leave the garbage collector on while timing (default: off, as timeit)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="default to sizes 1 and 100, 3 repeats, memory of 1,000 instances",
    )
    args = parser.parse_args(argv)
    for option, default in (QUICK if args.quick else FULL).items():
        if getattr(args, option) is None:
            setattr(args, option, default)
    return args


def _sizes(text: str) -> tuple[int, ...]:
    sizes = tuple(int(part) for part in text.split(","))
    if any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def _ids(text: str) -> tuple[str, ...]:
    ids = tuple(part.strip() for part in text.split(","))
    unknown = [short_id for short_id in ids if short_id not in BUILDERS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown implementation: {unknown}")
    return ids


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    impls, skipped = build_all(args.only)
    if not impls:
        print("nothing to run: every implementation was skipped", file=sys.stderr)
        return 1
    baseline = "ours" if "ours" in impls else next(iter(impls))
    for short_id, reason in skipped:
        print(f"skipping {short_id}: {reason}", file=sys.stderr)

    timings = {
        size: time_all(impls, size, args.repeats, args.gc) for size in args.sizes
    }
    memory = memory_all(impls, args.memory_size) if args.memory_size else {}
    differences = {short_id: round_trips(impl) for short_id, impl in impls.items()}

    given = sys.argv[1:] if argv is None else argv
    command = " ".join(["python benchmarks/run.py", *given])
    lines = report.header(command, environment(), impls[baseline].name, args.gc)
    for size, measured in timings.items():
        repeats = _repeats(size, args.repeats)
        lines += report.timing_table(size, repeats, impls, measured, baseline)
    if memory:
        lines += report.memory_table(args.memory_size, impls, memory, baseline)
    lines += report.round_trip_table(impls, differences)
    if TARGET_SIZE in timings:
        lines += report.targets_table(TARGET_SIZE, timings[TARGET_SIZE], memory)
    lines += report.notes(impls, skipped)
    print("\n".join(lines).rstrip())
    return 0


def build_all(
    ids: tuple[str, ...],
) -> tuple[dict[str, Implementation], list[tuple[str, str]]]:
    """Build the implementations asked for; return them and the skipped ones."""
    impls: dict[str, Implementation] = {}
    skipped: list[tuple[str, str]] = []
    for short_id in ids:
        try:
            impls[short_id] = build(short_id)
        except Unavailable as error:
            skipped.append((short_id, str(error)))
    return impls, skipped


def time_all(
    impls: dict[str, Implementation], size: int, repeats: int, gc_on: bool
) -> dict[str, Timings]:
    payloads = full_payloads(size)
    repeats = _repeats(size, repeats)
    measured = {}
    for short_id, impl in impls.items():
        print(f"timing {short_id} on {size:,} instances", file=sys.stderr)
        warm_up(impl, payloads)
        measured[short_id] = measure_times(impl, payloads, repeats, gc_on)
    return measured


def _repeats(size: int, repeats: int) -> int:
    return min(repeats, LARGE_REPEATS) if size >= LARGE_SIZE else repeats


def memory_all(impls: dict[str, Implementation], size: int) -> dict[str, Memory]:
    payloads = full_payloads(size)
    measured = {}
    for short_id, impl in impls.items():
        print(f"measuring memory of {short_id}", file=sys.stderr)
        warm_up(impl, payloads)
        measured[short_id] = measure_memory(impl, payloads)
    return measured


def round_trips(impl: Implementation) -> dict[str, list[Difference]]:
    """Return, per R1 case, every difference its round trips made."""
    return {
        case: [
            found
            for payload in payloads
            for found in round_trip_differences(impl, payload)
        ]
        for case, payloads in ROUND_TRIP_CASES.items()
    }


def environment() -> str:
    """Return the Python, machine and package versions the run used."""
    versions = []
    for package in PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{package} {metadata.version(package)}")
    python = f"Python {platform.python_version()} on {platform.system()}"
    return f"{python} {platform.machine()}, {_commit()}; {', '.join(versions)}"


def _commit() -> str:
    """Return the project's commit, saying so when its code has local changes."""
    repo = str(Path(__file__).resolve().parents[1])
    head = _git(repo, "rev-parse", "--short", "HEAD")
    if head is None:
        return "commit unknown"
    changed = _git(repo, "status", "--porcelain", "--", "models", "schemas")
    return f"commit {head}" + (" with local changes" if changed else "")


def _git(repo: str, *args: str) -> str | None:
    try:
        found = subprocess.run(
            ["git", "-C", repo, *args], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return found.stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
