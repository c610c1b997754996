"""The base schema: fields derived from a model's declarations, payloads kept exact.

:class:`ModelSchema` is what every schema module subclasses, naming its model in
``Meta.model``; the fields come from the model's ``attribute()`` declarations through
the table :data:`FIELD_FOR_SCALAR`, so no field is written twice. Beyond marshmallow's
own behaviour it:

- loads into model objects and dumps only what the payload had (no ``null`` for an
  absent key, a ``null`` for an explicit one);
- applies ``unknown=`` at every depth, and in ``INCLUDE`` mode keeps unknown keys on the
  model (never mixed with the attributes) and dumps them back where they were;
- refuses on dump any value load would refuse, keyed by attribute name;
- turns text that is not JSON, or is nested too deeply, into a ValidationError.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any, Optional

from marshmallow import (
    EXCLUDE,
    INCLUDE,
    RAISE,
    Schema,
    SchemaOpts,
    ValidationError,
    missing,
    post_load,
)
from marshmallow import fields as ma_fields
from marshmallow.schema import SchemaMeta

from models.base import (
    BOOLEAN,
    INT32,
    INT64,
    STRING,
    Attribute,
    EnumOf,
    ListOf,
    Model,
    ModelOf,
    WireType,
)
from schemas import fastpath
from schemas.fields import (
    StrictBoolean,
    StrictEnum,
    StrictInteger,
    StrictList,
    StrictNested,
    StrictString,
)

__all__ = ["FIELD_FOR_SCALAR", "ModelSchema", "field_for", "schema_for"]

# The unknown-key mode of the load running in this thread (or task), if any; nested
# schemas take it, so the mode chosen at the top applies at every depth.
_ACTIVE_UNKNOWN: ContextVar[Optional[str]] = ContextVar("active_unknown", default=None)

#: Wire scalar -> the strict field that loads and dumps it.
FIELD_FOR_SCALAR: dict[WireType, Any] = {
    STRING: lambda **kw: StrictString(**kw),
    INT64: lambda **kw: StrictInteger(64, **kw),
    INT32: lambda **kw: StrictInteger(32, **kw),
    BOOLEAN: lambda **kw: StrictBoolean(**kw),
}

_MODES = frozenset((RAISE, INCLUDE, EXCLUDE))
_SCHEMAS: dict[type[Model], type[ModelSchema]] = {}
_INSTANCES: dict[tuple[type[Model], str], ModelSchema] = {}


def schema_for(model: type[Model], unknown: str = RAISE) -> ModelSchema:
    """The shared schema instance for ``model`` and mode ``unknown``.

    Schema instances are safe to share between threads, so one per model and mode is
    enough.
    """
    key = (model, unknown)
    schema = _INSTANCES.get(key)
    if schema is None:
        schema = _INSTANCES[key] = _SCHEMAS[model](unknown=unknown)
    return schema


def field_for(wire: WireType, **kwargs: Any) -> ma_fields.Field:
    """Returns a new strict field for a value of wire type ``wire``."""
    if isinstance(wire, ModelOf):
        return StrictNested(wire.model, schema_class_for, **kwargs)
    if isinstance(wire, EnumOf):
        return StrictEnum(wire.enum, **kwargs)
    if isinstance(wire, ListOf):
        return StrictList(field_for(wire.item), **kwargs)
    return FIELD_FOR_SCALAR[wire](**kwargs)  # type: ignore[no-any-return]


def schema_class_for(model: type[Model]) -> type[ModelSchema]:
    """The schema class declared for ``model``."""
    return _SCHEMAS[model]


def _field(attr: Attribute) -> ma_fields.Field:
    return field_for(
        attr.wire,
        data_key=attr.key,
        allow_none=True,
        metadata={"description": attr.meaning, "attribute_spec": attr},
    )


class ModelSchemaOpts(SchemaOpts):
    """Options of a :class:`ModelSchema`: adds ``Meta.model``, the model class."""

    def __init__(self, meta: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(meta, *args, **kwargs)
        self.model: Optional[type[Model]] = getattr(meta, "model", None)
        # Before marshmallow 3.26 fields came out in set order unless `ordered` was
        # on; dumps and error messages follow the declaration order on every version.
        self.ordered = True


class ModelSchemaMeta(SchemaMeta):
    """Declares one field per attribute of ``Meta.model`` and registers the schema."""

    @classmethod
    def get_declared_fields(
        mcs,
        klass: Any,
        cls_fields: list[tuple[str, ma_fields.Field]],
        inherited_fields: list[tuple[str, ma_fields.Field]],
        dict_cls: type = dict,
    ) -> dict[str, ma_fields.Field]:
        model = klass.opts.model
        if model is not None:
            # The first schema declared for a model is its schema: a subclass made
            # elsewhere (with hooks, say) must not change what nested fields and
            # Model.from_dictionary use.
            _SCHEMAS.setdefault(model, klass)
            derived = [(attr.name, _field(attr)) for attr in model.__attributes__]
            cls_fields = derived + list(cls_fields)
        return super().get_declared_fields(
            klass, cls_fields, inherited_fields, dict_cls
        )


class ModelSchema(Schema, metaclass=ModelSchemaMeta):
    """Base of the schemas: strict, exact, model-building. See the module docstring.

    Subclasses name their model and nothing else::

        class NodePortSchema(ModelSchema):
            class Meta:
                model = NodePort
    """

    OPTIONS_CLASS = ModelSchemaOpts
    opts: ModelSchemaOpts

    error_messages = {
        "type": "Invalid input type.",
        "model": "Not a valid {model} model.",
        "json": "Not valid JSON: {reason}.",
        "depth": "Nested too deeply.",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model = self.opts.model
        self._keys = frozenset(
            field.data_key or name for name, field in self.load_fields.items()
        )
        self._model = model

    # -- load -----------------------------------------------------------------

    def load(
        self,
        data: Any,
        *,
        many: Optional[bool] = None,
        partial: Any = None,
        unknown: Optional[str] = None,
    ) -> Any:
        """Loads a payload (or, with ``many``, a list of them) into models.

        ``unknown`` (``RAISE``, ``INCLUDE`` or ``EXCLUDE``) applies at every depth;
        without it, a nested load takes the mode of the load it is part of, and a
        top-level load the schema's own.

        Raises:
            marshmallow.ValidationError: The payload is not valid; ``messages`` is
                keyed by the API's keys and list indices.
        """
        mode = unknown or _ACTIVE_UNKNOWN.get() or self.unknown
        if mode not in _MODES:
            # As marshmallow says it, before the fast path could miss it.
            raise ValueError(f"unknown must be one of {sorted(_MODES)}, not {mode!r}")
        if partial is None and fastpath.ENABLED:
            # Generated from these fields; see schemas.fastpath for when it applies.
            try:
                return fastpath.load(self, data, many, mode)
            except fastpath.Fallback:
                pass
        token = _ACTIVE_UNKNOWN.set(mode)
        try:
            # Unknown keys are collected by _make_model, never by marshmallow, which
            # would mix them with the attributes.
            return super().load(
                data,
                many=many,
                partial=partial,
                unknown=RAISE if mode == RAISE else EXCLUDE,
            )
        finally:
            _ACTIVE_UNKNOWN.reset(token)

    def loads(  # type: ignore[override]
        self,
        s: Any,
        *,
        many: Optional[bool] = None,
        partial: Any = None,
        unknown: Optional[str] = None,
        **kwargs: Any,
    ) -> Any:
        """Loads JSON text; text that is not JSON raises a ValidationError too."""
        try:
            data = json.loads(s, **kwargs)
        except RecursionError:
            raise ValidationError(self._message("depth")) from None
        except (TypeError, ValueError) as error:
            reason = (
                error.msg if isinstance(error, json.JSONDecodeError) else "not text"
            )
            raise ValidationError(self._message("json", reason=reason)) from None
        return self.load(data, many=many, partial=partial, unknown=unknown)

    @post_load(pass_original=True)
    def _make_model(
        self, data: dict[str, Any], original: Mapping[str, Any], **kwargs: Any
    ) -> Model:
        model = self._model
        assert model is not None, "a ModelSchema needs Meta.model"
        instance = model(**data)
        nulls = frozenset(name for name, value in data.items() if value is None)
        if nulls:
            instance._nulls = nulls
        if _ACTIVE_UNKNOWN.get() == INCLUDE:
            extra = {k: v for k, v in original.items() if k not in self._keys}
            if extra:
                instance._extra = self._copy_extra(extra)
        return instance

    def _copy_extra(self, extra: dict[str, Any]) -> dict[str, Any]:
        # A copy, so that changing the model never changes the caller's payload.
        try:
            return copy.deepcopy(extra)
        except RecursionError:
            raise ValidationError(self._message("depth")) from None

    # -- dump -----------------------------------------------------------------

    def _serialize(self, obj: Any, *, many: bool = False) -> Any:
        if fastpath.ENABLED:
            try:
                return fastpath.dump(self, obj, many)
            except fastpath.Fallback:
                pass
        if many:
            if type(obj) is not list:
                raise ValidationError(self._message("type"))
            return self._serialize_many(obj)
        model = self._model
        if type(obj) is not model:
            name = model.__name__ if model else "model"
            raise ValidationError(self._message("model", model=name))
        payload: dict[str, Any] = {}
        errors: dict[str, Any] = {}
        nulls = obj._nulls or ()
        for attr_name, field in self.dump_fields.items():
            try:
                value = field.serialize(attr_name, obj, accessor=self.get_attribute)
            except ValidationError as error:
                errors[attr_name] = error.messages
                continue
            if value is missing or (value is None and attr_name not in nulls):
                continue
            payload[field.data_key or attr_name] = value
        if errors:
            raise ValidationError(errors)
        if obj._extra:
            for key, value in obj._extra.items():
                payload.setdefault(key, value)
        return payload

    def _serialize_many(self, objs: list[Any]) -> list[Any]:
        result = []
        errors: dict[int, Any] = {}
        for index, obj in enumerate(objs):
            try:
                result.append(self._serialize(obj))
            except ValidationError as error:
                errors[index] = error.messages
        if errors:
            raise ValidationError(errors)
        return result

    def _message(self, key: str, **kwargs: Any) -> dict[str, list[str]]:
        return {"_schema": [self.error_messages[key].format(**kwargs)]}
