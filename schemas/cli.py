"""The ``appinstance`` command: check and round-trip AppInstance payloads.

Results go to stdout and problems to stderr, one line each, so a script can rely on
them. Exit codes:

* ``0``: every payload is valid (or the command had nothing to validate);
* ``1``: at least one payload is invalid; each error is printed as
  ``FILE: key.path: message``;
* ``2``: a file could not be read or is not JSON, or the command line is wrong;
* ``141``: stdout was closed before everything was written (as the shell reports a
  program that SIGPIPE stopped), so the result is unknown.

Errors name keys, never values, so a secret such as ``appAccessToken`` or ``sshKey``
is never printed by ``check``. ``roundtrip`` prints the whole payload, secrets
included, since that is its job.

Run ``appinstance --help`` (or ``python -m schemas --help``) for the usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any, Union

from marshmallow import EXCLUDE, INCLUDE, RAISE, ValidationError

from schemas import AppInstanceSchema

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2
EXIT_BROKEN_PIPE = 141

# What each --unknown choice means to marshmallow.
UNKNOWN_MODES = {"raise": RAISE, "include": INCLUDE, "exclude": EXCLUDE}

STDIN_NAME = "-"
SAMPLE_LABEL = "<sample>"
# Shown instead of a key path for an error about the payload as a whole.
ROOT_LABEL = "(payload)"

Messages = Union[dict, list, str]


class UnreadableInput(Exception):
    """A source that could not be read or decoded as JSON; the text is one line."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command and return its exit code.

    Args:
        argv (list of str): The arguments after the program name; ``sys.argv[1:]``
            when ``None``.

    Returns:
        int: ``0``, ``1``, ``2`` or ``141`` as the module docstring describes.
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE

    # The reader of stdout may go away early, as in `appinstance openapi | head`.
    try:
        status = _run(args)
        sys.stdout.flush()  # a pipe buffers output: meet a closed reader here
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _run(args: argparse.Namespace) -> int:
    if args.command == "openapi":
        return _run_openapi()

    schema = AppInstanceSchema()
    unknown = UNKNOWN_MODES[args.unknown]
    if args.command == "check":
        return _run_check(schema, args.files or [None], unknown)
    return _run_roundtrip(schema, args.file, unknown)


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at devnull so that flush cannot
    # raise a second BrokenPipeError with a traceback.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="appinstance",
        description="Validate and round-trip Cohesity AppInstance payloads.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    mode = argparse.ArgumentParser(add_help=False)
    mode.add_argument(
        "--unknown",
        choices=sorted(UNKNOWN_MODES),
        default="raise",
        help="what to do with keys the schema does not know: refuse them (raise, "
        "the default), keep them (include) or drop them (exclude)",
    )
    source_help = (
        "a JSON file holding one AppInstance object or a list of them; "
        "'-' reads stdin; without FILE the bundled sample is used"
    )

    check = commands.add_parser(
        "check",
        parents=[mode],
        help="validate payloads, printing each error as FILE: key.path: message",
    )
    check.add_argument("files", nargs="*", metavar="FILE", help=source_help)

    roundtrip = commands.add_parser(
        "roundtrip",
        parents=[mode],
        help="load a payload and print its canonical dump as JSON",
    )
    roundtrip.add_argument("file", nargs="?", metavar="FILE", help=source_help)

    commands.add_parser("openapi", help="print the OpenAPI (Swagger 2.0) document")
    return parser


def _run_check(
    schema: AppInstanceSchema, sources: Sequence[str | None], unknown: str
) -> int:
    status = EXIT_OK
    for source in sources:
        label = _label(source)
        try:
            data = _read_json(source)
        except UnreadableInput as exc:
            _complain(f"{label}: {exc}")
            status = max(status, EXIT_UNREADABLE)
            continue

        many = isinstance(data, list)
        try:
            schema.load(data, many=many, unknown=unknown)
        except ValidationError as exc:
            _report_errors(label, exc)
            status = max(status, EXIT_INVALID)
            continue

        count = len(data) if many else 1
        noun = "payload" if count == 1 else "payloads"
        print(f"{label}: OK ({count} {noun})")
    return status


def _run_roundtrip(schema: AppInstanceSchema, source: str | None, unknown: str) -> int:
    label = _label(source)
    try:
        data = _read_json(source)
    except UnreadableInput as exc:
        _complain(f"{label}: {exc}")
        return EXIT_UNREADABLE

    many = isinstance(data, list)
    try:
        loaded = schema.load(data, many=many, unknown=unknown)
    except ValidationError as exc:
        _report_errors(label, exc)
        return EXIT_INVALID

    print(json.dumps(schema.dump(loaded, many=many), indent=2, ensure_ascii=False))
    return EXIT_OK


def _run_openapi() -> int:
    # Imported here so that check and roundtrip work without building the document.
    from schemas.openapi import openapi_document

    print(json.dumps(openapi_document(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _label(source: str | None) -> str:
    if source is None:
        return SAMPLE_LABEL
    if source == STDIN_NAME:
        return "<stdin>"
    return source


def _read_json(source: str | None) -> Any:
    """Return the JSON value held by a file, stdin (``-``) or the sample (``None``).

    Raises:
        UnreadableInput: The source cannot be read, is empty, is not UTF-8 or is
            not JSON.
    """
    raw = _read_bytes(source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableInput("not UTF-8 text") from None
    if not text.strip():
        raise UnreadableInput("empty, no JSON value")

    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise UnreadableInput(f"not JSON: {exc.msg} at {where}") from None
    except RecursionError:
        raise UnreadableInput(
            "not JSON this command reads: nested too deeply"
        ) from None


def _refuse_constant(name: str) -> Any:
    # Python's json module accepts NaN and Infinity, which JSON itself does not.
    raise UnreadableInput(f"not JSON: {name} is not a JSON value")


def _read_bytes(source: str | None) -> bytes:
    if source is None:
        sample = resources.files("schemas") / "data" / "app_instance_sample.json"
        return sample.read_bytes()

    try:
        if source == STDIN_NAME:
            return _read_stdin()
        with open(source, "rb") as handle:
            return handle.read()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UnreadableInput(f"cannot read: {reason}") from None


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # stdin replaced by a text stream, as tests do
        return str(sys.stdin.read()).encode("utf-8")
    return bytes(stream.read())


def _flatten(
    messages: Messages, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, str]]:
    """Yield ``(key path, message)`` for every leaf of marshmallow's nested messages.

    Keys and list indices are joined with dots (``vmGroups.0.vms.1.name``); the
    ``_schema`` key marshmallow uses for a whole object is left out of the path.
    """
    if isinstance(messages, dict):
        for key, inner in messages.items():
            step = () if key == "_schema" else (str(key),)
            yield from _flatten(inner, path + step)
    elif isinstance(messages, list):
        for inner in messages:
            yield from _flatten(inner, path)
    else:
        yield ".".join(path) or ROOT_LABEL, str(messages)


def _report_errors(label: str, error: ValidationError) -> None:
    for path, message in _flatten(error.messages):
        _complain(f"{label}: {path}: {message}")


def _complain(line: str) -> None:
    print(line, file=sys.stderr)
