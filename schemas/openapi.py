"""The OpenAPI (Swagger 2.0) document of the models, generated from the schemas.

:func:`openapi_document` runs apispec's marshmallow plugin over every schema, so the
document says what the schemas accept and cannot drift from them: one definition per
model, named as the model; ``x-nullable`` on every property; ``int32``/``int64``
formats; nested models as ``$ref`` (inside ``allOf``, since Swagger 2.0 ignores the
siblings of a bare ``$ref``); enums as inline ``enum`` lists, the form the
source SDK's enum classes were generated from (``state`` of ``AppInstance`` gave
``StateAppInstanceEnum``). The CLI's ``openapi`` command and the docs' download both
call it. Every definition says ``additionalProperties: false``, as the default mode
refuses unknown keys (newer apispec releases write it themselves; 6.0 does not, so it
is given explicitly).

Touch this module to change how the document is written, not what it says: that
comes from the model declarations.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import fields

from models.base import INT32, INT64, Scalar, nested_model
from schemas.app_instance import AppInstanceSchema
from schemas.base import ModelSchema, schema_class_for
from schemas.fields import StrictEnum, StrictInteger

__all__ = ["DISTRIBUTION", "openapi_document"]

# The distribution whose version the document carries as ``info.version``.
DISTRIBUTION = "cohesity-appinstance-schemas"

TITLE = "Cohesity AppInstance models"

DESCRIPTION = (
    "The AppInstance resource of the Cohesity cluster REST API and every object "
    "nested in it, as the strict schemas load and dump them. Every property may be "
    "null; list items may not. Unknown keys are refused unless the schema is used in "
    "pass-through mode."
)

# Integer width in bits -> the wire scalar that carries its OpenAPI format.
_INTEGER_SCALARS: dict[int, Scalar] = {
    scalar.bits: scalar for scalar in (INT32, INT64) if scalar.bits is not None
}


def openapi_document() -> dict[str, Any]:
    """Returns the Swagger 2.0 document of the 10 models and the enums they use.

    Returns:
        dictionary: The document, ready for ``json.dumps``; its ``definitions`` are
        keyed by model name (``AppInstance``, ``VmGroup``, ...).
    """
    plugin = MarshmallowPlugin(schema_name_resolver=_definition_name)
    spec = APISpec(
        title=TITLE,
        version=_version(),
        openapi_version="2.0",
        plugins=[plugin],
        info={"description": DESCRIPTION},
    )
    converter = plugin.converter
    assert converter is not None, "APISpec initialises the plugin's converter"
    converter.add_attribute_function(integer_format)
    converter.add_attribute_function(enum_values)

    _register(spec, AppInstanceSchema)
    return spec.to_dict()


def _register(spec: APISpec, schema: type[ModelSchema]) -> None:
    """Adds the definition of ``schema``, after those of the schemas it nests.

    Nested schemas go first so that apispec finds them registered rather than adding
    them on its own, without ``additionalProperties``.
    """
    name = _definition_name(schema)
    if name in spec.components.schemas:
        return
    model = schema.opts.model
    assert model is not None, f"{schema.__name__} names no model"
    for attr in model.__attributes__:
        nested = nested_model(attr.wire)
        if nested is not None:
            _register(spec, schema_class_for(nested))
    spec.components.schema(name, {"additionalProperties": False}, schema=schema)


def integer_format(
    converter: Any, field: fields.Field, **kwargs: Any
) -> dict[str, Any]:
    """apispec attribute function: the ``format`` of a strict integer field."""
    if isinstance(field, StrictInteger):
        return {"format": _INTEGER_SCALARS[field.bits].openapi_format}
    return {}


def enum_values(converter: Any, field: fields.Field, **kwargs: Any) -> dict[str, Any]:
    """apispec attribute function: the wire values and member names of an enum field.

    ``x-enum-varnames`` keeps the member names (``KRUNNING``) for code generators that
    read it, such as openapi-generator.
    """
    if isinstance(field, StrictEnum):
        members = list(field.enum)
        return {
            "type": "string",
            "enum": [member.value for member in members],
            "x-enum-varnames": [member.name for member in members],
        }
    return {}


def _definition_name(schema: Any) -> str:
    """The definition name of a schema class or instance: its model's name."""
    schema_class: type[ModelSchema] = (
        schema if isinstance(schema, type) else type(schema)
    )
    model = schema_class.opts.model
    assert model is not None, f"{schema_class.__name__} names no model"
    return str(model.__name__)


def _version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        # Run from a source tree that was never installed; the version is unknown.
        return "0+unknown"
