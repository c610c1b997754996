"""The reference API description (a copy in tests/data) and what tests derive from it.

Tests build payloads from this copy, not from the package's own declarations, so a
schema that drifts from the reference fails them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import models
import schemas

DATA = Path(__file__).parent / "data"
REFERENCE: dict[str, Any] = json.loads((DATA / "app_instance_api.json").read_text())
MODELS: dict[str, dict[str, Any]] = {m["class"]: m for m in REFERENCE["models"]}
ENUMS: dict[str, dict[str, Any]] = {e["class"]: e for e in REFERENCE["enums"]}
SECRET_KEYS = ("appAccessToken", "sshKey")


def model_class(name: str) -> type[models.base.Model]:
    return getattr(models, name)  # type: ignore[no-any-return]


def schema_class(name: str) -> type[schemas.ModelSchema]:
    return getattr(schemas, f"{name}Schema")  # type: ignore[no-any-return]


def enum_values(name: str) -> list[str]:
    return [member["value"] for member in ENUMS[name]["members"]]


def kind(attr: dict[str, Any]) -> tuple[str, Any]:
    """Classifies a reference attribute: ('model', name), ('enum', name),
    ('list', item kind), or ('scalar', (type, format))."""
    if "model" in attr:
        return "model", attr["model"]
    if "enum" in attr:
        return "enum", attr["enum"]
    openapi = attr["openapi"]
    if openapi["type"] == "array":
        items = openapi["items"]
        if "model" in items:
            return "list", ("model", items["model"])
        return "list", ("scalar", (items["type"], items.get("format")))
    return "scalar", (openapi["type"], openapi.get("format"))


def load_sample(name: str) -> Any:
    return json.loads((DATA / name).read_text())
