"""The generated OpenAPI document against the reference description in tests/data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schemas.openapi import openapi_document

REFERENCE = json.loads(
    (Path(__file__).parent / "data" / "app_instance_api.json").read_text("utf-8")
)
ENUMS = {enum["class"]: enum for enum in REFERENCE["enums"]}
ATTRIBUTES = [
    pytest.param(model["class"], attr, id=f"{model['class']}.{attr['key']}")
    for model in REFERENCE["models"]
    for attr in model["attributes"]
]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return openapi_document()


def _ref(model: str) -> dict[str, str]:
    return {"$ref": f"#/definitions/{model}"}


def _expected_property(attr: dict[str, Any]) -> dict[str, Any]:
    """The property the reference attribute should become, description included."""
    if "model" in attr:
        expected: dict[str, Any] = {"allOf": [_ref(attr["model"])]}
    else:
        expected = dict(attr["openapi"])
        items = expected.get("items")
        if items is not None and "model" in items:
            expected["items"] = _ref(items["model"])
    if "enum" in attr:
        members = ENUMS[attr["enum"]]["members"]
        expected["enum"] = [m["value"] for m in members]
        expected["x-enum-varnames"] = [m["name"] for m in members]
    expected["description"] = attr["meaning"]
    expected["x-nullable"] = True
    return expected


def test_document_is_swagger_2_with_no_paths(document: dict[str, Any]) -> None:
    assert document["swagger"] == "2.0"
    assert document["paths"] == {}
    assert document["info"]["title"] == "Cohesity AppInstance models"


def test_definitions_are_the_reference_models(document: dict[str, Any]) -> None:
    expected = {model["class"] for model in REFERENCE["models"]}
    assert set(document["definitions"]) == expected
    assert len(expected) == 10


@pytest.mark.parametrize("model", REFERENCE["models"], ids=lambda m: m["class"])
def test_definition_has_the_reference_keys_in_order(
    document: dict[str, Any], model: dict[str, Any]
) -> None:
    definition = document["definitions"][model["class"]]
    assert definition["type"] == "object"
    assert list(definition["properties"]) == [a["key"] for a in model["attributes"]]
    assert "required" not in definition
    # The default mode refuses unknown keys, on every apispec version.
    assert definition["additionalProperties"] is False


@pytest.mark.parametrize(("model", "attr"), ATTRIBUTES)
def test_property_matches_the_reference(
    document: dict[str, Any], model: str, attr: dict[str, Any]
) -> None:
    prop = document["definitions"][model]["properties"][attr["key"]]
    assert prop == _expected_property(attr)


def test_every_enum_of_the_reference_is_used(document: dict[str, Any]) -> None:
    used = [
        prop["enum"]
        for definition in document["definitions"].values()
        for prop in definition["properties"].values()
        if "enum" in prop
    ]
    assert len(used) == len(ENUMS) == 5
    assert sorted(used) == sorted(
        [m["value"] for m in enum["members"]] for enum in ENUMS.values()
    )


def test_int32_keys_are_exactly_the_four_the_reference_names(
    document: dict[str, Any],
) -> None:
    int32 = sorted(
        {
            key
            for definition in document["definitions"].values()
            for key, prop in definition["properties"].items()
            if prop.get("format") == "int32"
        }
    )
    assert int32 == ["healthStatus", "nodePort", "port", "vlanId"]


def test_every_ref_points_at_a_definition(document: dict[str, Any]) -> None:
    refs = {ref.rsplit("/", 1)[1] for ref in _refs(document)}
    assert refs <= set(document["definitions"])
    assert len(refs) == 9  # every model but AppInstance is nested somewhere


def test_document_is_json_text_and_stable(document: dict[str, Any]) -> None:
    assert json.loads(json.dumps(document)) == document
    assert openapi_document() == document


def _refs(value: Any) -> list[str]:
    """Every ``$ref`` in a JSON value, at any depth."""
    if isinstance(value, dict):
        found = [value["$ref"]] if "$ref" in value else []
        return found + [ref for item in value.values() for ref in _refs(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in _refs(item)]
    return []
