"""This project's schemas: ``schemas.AppInstanceSchema`` loading ``models.AppInstance``.

Imported only when the benchmark runs, so the harness works before the project's
core exists; until then this implementation is reported as skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from peers import Implementation, Unavailable

_REPO = Path(__file__).resolve().parents[2]


def _import_schema() -> type:
    """Return ``schemas.AppInstanceSchema``, from the installed package or the repo."""
    try:
        from schemas import AppInstanceSchema
    except ImportError:
        for folder in (_REPO, _REPO / "src"):
            if folder.is_dir() and str(folder) not in sys.path:
                sys.path.insert(0, str(folder))
        sys.modules.pop("schemas", None)
        try:
            from schemas import AppInstanceSchema
        except ImportError as error:
            raise Unavailable(
                f"the project's core is not importable yet ({error});"
                " ratios use plain marshmallow as the baseline instead"
            ) from error
    return AppInstanceSchema


def build() -> Implementation:
    schema = _import_schema()()
    return Implementation(
        name="this project",
        load=lambda payloads: schema.load(payloads, many=True),
        dump=lambda models: schema.dump(models, many=True),
        note="`schemas.AppInstanceSchema()`: `load(payloads, many=True)`,"
        " `dump(models, many=True)`",
    )
