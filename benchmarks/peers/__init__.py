"""The implementations the benchmark compares, behind one small interface.

Each module here builds one :class:`Implementation`. A module that cannot be
imported (a peer not installed, or the project's core not written yet) raises
:class:`Unavailable`, and the benchmark reports it as skipped with the reason.
To add a peer, write a module with a ``build()`` function and list it in
:data:`BUILDERS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Payload = dict[str, Any]


class Unavailable(Exception):
    """An implementation cannot run here; the message says why."""


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Implementation:
    """One way of turning payloads into objects and back.

    Attributes:
        name: Name shown in the tables.
        load: Turns what ``prepare`` gave into loaded objects (many at once).
        dump: Turns loaded objects back into what the implementation emits.
        prepare: Turns a list of payloads into ``load``'s input, outside the timing.
        to_payloads: Turns ``dump``'s output into a list of payloads, for R1.
        note: How the implementation is called, for the notes under the tables.
    """

    name: str
    load: Callable[[Any], Any]
    dump: Callable[[Any], Any]
    prepare: Callable[[list[Payload]], Any] = _same
    to_payloads: Callable[[Any], list[Payload]] = _same
    note: str = ""


# Short id -> module under ``peers``, in table order. "ours" is the baseline.
BUILDERS: dict[str, str] = {
    "ours": "ours",
    "marshmallow": "plain_marshmallow",
    "sdk": "cohesity_sdk",
    "pydantic": "pydantic_models",
    "msgspec": "msgspec_structs",
    "json": "json_floor",
}


def build(short_id: str) -> Implementation:
    """Import the module for ``short_id`` and return its implementation.

    Raises:
        Unavailable: The module or what it measures cannot be imported.
    """
    try:
        module = importlib.import_module(f"peers.{BUILDERS[short_id]}")
    except ImportError as error:
        raise Unavailable(f"cannot import: {error}") from error
    return module.build()
