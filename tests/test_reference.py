"""Every schema against the reference copy in tests/data: drift in either fails here."""

from __future__ import annotations

import sys
import typing

import pytest

import models
import schemas
from schemas.fields import (
    StrictBoolean,
    StrictEnum,
    StrictInteger,
    StrictList,
    StrictNested,
    StrictString,
)
from tests.reference import ENUMS, MODELS, enum_values, kind, model_class, schema_class


def describe(field):
    """The reference's description of what a schema field loads."""
    if isinstance(field, StrictNested):
        return "model", field.model.__name__
    if isinstance(field, StrictEnum):
        return "enum", field.enum.__name__
    if isinstance(field, StrictList):
        return "list", describe(field.inner)
    if isinstance(field, StrictInteger):
        return "scalar", ("integer", f"int{field.bits}")
    if isinstance(field, StrictBoolean):
        return "scalar", ("boolean", None)
    assert isinstance(field, StrictString)
    return "scalar", ("string", None)


def test_there_is_one_schema_and_one_model_per_reference_model():
    exported = {name for name in schemas.__all__ if name != "ModelSchema"}

    assert exported == {f"{name}Schema" for name in MODELS}
    assert set(models.__all__) == set(MODELS) | set(ENUMS)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_matches_the_reference(name):
    schema = schema_class(name)()
    attributes = MODELS[name]["attributes"]

    assert schema.opts.model is model_class(name)
    assert schema.__module__ == f"schemas.{MODELS[name]['module']}"
    assert list(schema.fields) == [attr["attribute"] for attr in attributes]
    for attr in attributes:
        field = schema.fields[attr["attribute"]]
        assert field.data_key == attr["key"]
        assert describe(field) == kind(attr)
        assert field.allow_none is attr["nullable"] is True
        assert field.required is False
        if isinstance(field, StrictList):
            assert field.inner.allow_none is False
        if isinstance(field, StrictEnum):
            assert list(field.enum.values()) == enum_values(attr["enum"])


@pytest.mark.parametrize("name", sorted(MODELS))
def test_declarations_match_the_reference(name):
    declared = model_class(name).__attributes__

    assert [(a.name, a.key, a.wire.label, a.meaning) for a in declared] == [
        (attr["attribute"], attr["key"], attr["doc_type"], attr["meaning"])
        for attr in MODELS[name]["attributes"]
    ]
    assert {a.key for a in declared if a.secret} == (
        {"appAccessToken", "sshKey"} & {a.key for a in declared}
    )


PYTHON_TYPE = {
    ("scalar", ("string", None)): str,
    ("scalar", ("integer", "int64")): int,
    ("scalar", ("integer", "int32")): int,
    ("scalar", ("boolean", None)): bool,
}


def python_type(attr_kind):
    what, detail = attr_kind
    if what in ("model", "enum"):
        return getattr(models, detail)
    if what == "list":
        return list[python_type(detail)]
    return PYTHON_TYPE[attr_kind]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_type_hints_agree_with_the_wire_types(name):
    cls = model_class(name)
    module = vars(sys.modules[cls.__module__])

    for attr in MODELS[name]["attributes"]:
        hint = eval(cls.__annotations__[attr["attribute"]], module)
        assert hint == typing.Optional[python_type(kind(attr))]
